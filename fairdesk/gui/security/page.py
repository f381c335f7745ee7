"""The security liaison's page: the sign-off matrix, my department's items, the
rectifications, and the checklist templates.

Everything is read through the core's readers (:mod:`fairdesk.core.security.views`)
and written through its operations, run with :func:`run_op` so a refusal (sign-off
with an item open) is a sentence. The department picked once is remembered on
this laptop.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fairdesk.base.i18n import language
from fairdesk.core.changes import Changes
from fairdesk.core.security import issuing, paper, signoff, sites, templates, views
from fairdesk.core.vocab import (
    CELL_STATES,
    CHECK_STATUSES,
    DEPARTMENTS,
    RECTIFICATION_STATUSES,
    SITE_KINDS,
    label,
    named,
)
from fairdesk.gui import prefs
from fairdesk.gui.qt import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QModelIndex,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.security.inspection_dialog import InspectionDialog, ReinspectDialog
from fairdesk.gui.security.matrix_model import MatrixModel
from fairdesk.gui.style import SECURITY_CELL_COLOURS, colour_legend, set_role, set_tone
from fairdesk.gui.widgets.models import Column, RowsModel
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.page import Page
from fairdesk.gui.widgets.printing import print_to_file, printer_button
from fairdesk.gui.widgets.record_table import RecordTable, make_table_view

OVERDUE_RED = "#c62828"
ITEM_WIDTHS = (170, 200, 220, 125, 80, 160)  # px, all in sight on a 1366 laptop; the last stretches
RECT_WIDTHS = (120, 180, 125, 70, 220, 200, 170, 170)


def _short(moment: str | None) -> str:
    return (moment or "")[:16].replace("T", " ")


REQUIREMENT_WIDTH = 340  # px: the templates' requirement column at most, when first sized


def matrix_department_of(operator: Any) -> str:
    """A signed-in liaison's own department (its code), else ''."""
    return operator.department if operator.role == "security" else ""


class SecurityPage(Page):
    """Sites × departments, the liaison's own items, rectifications, templates."""

    area = "security"

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.matrix_model = MatrixModel(self)
        self.matrix_view = make_table_view_for_matrix(self.matrix_model, self)
        self.summary = QLabel()
        self.hotels_note = QLabel()
        self.add_hotels_button = QPushButton(self.tr("Make them security sites"))
        self.hotels_note.hide()
        self.add_hotels_button.hide()
        self.department = QComboBox()
        self.site_filter = QComboBox()
        self.search = QLineEdit(objectName="security_search")  # Ctrl+F finds it
        self.overdue_banner = QLabel()
        self.items_model = RowsModel(self._item_columns(), self)
        self.items_view = make_table_view(self.items_model, self)
        self.signoff_label = QLabel()
        self.inspect_button = QPushButton(self.tr("Inspect site…"))
        self.sign_button = QPushButton(self.tr("Sign off site"))
        self.withdraw_button = QPushButton(self.tr("Withdraw sign-off…"))
        self.checklist_button = QPushButton(self.tr("Print checklist…"))
        self.rects_model = RowsModel(self._rect_columns(), self)
        self.rects_view = make_table_view(self.rects_model, self)
        self.reinspect_button = QPushButton(self.tr("Re-inspect…"))
        self.notice_button = QPushButton(self.tr("Print notice…"))
        self.opinion_button = QPushButton(self.tr("Print re-inspection opinion…"))
        self.templates = RecordTable(lambda: self.session.fair.security, "checklist_templates",
                                     self._template_columns(), self._template_rows,
                                     title=self.tr("Checklist templates"),
                                     form_kwargs=self._template_form)
        self.sites = RecordTable(lambda: self.session.fair.security, "sites",
                                 self._site_columns(), self._site_rows,
                                 title=self.tr("Security sites"),
                                 deleter=self.on_delete_site)
        self.issue_button = QPushButton(self.tr("Issue checklists to sites"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.report_button = QPushButton(self.tr("Print daily report…"))
        self.workbook_button = QPushButton(self.tr("Export to Excel…"))
        self.printer_button = printer_button()
        self.printer_button.setMenu(self._printer_menu())
        self.tabs = QTabWidget()
        self._build()
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Security")

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(self.tr("Security checklists and sign-off"))
        set_role(heading, "pageHeading")
        bar = QHBoxLayout()
        bar.addWidget(heading, 1)
        bar.addWidget(self.report_button)
        bar.addWidget(self.workbook_button)
        bar.addWidget(self.printer_button)
        self.tabs.addTab(self._matrix_tab(), self.tr("Sign-off matrix"))
        self.tabs.addTab(self._items_tab(), self.tr("My department"))
        self.tabs.addTab(self._rects_tab(), self.tr("Rectifications"))
        self.tabs.addTab(self._templates_tab(), self.tr("Templates"))
        self.tabs.addTab(self._sites_tab(), self.tr("Sites"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    def _matrix_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        set_role(self.summary, "result")
        legend = QLabel(colour_legend([(SECURITY_CELL_COLOURS[s], label(CELL_STATES, s))
                                       for s in CELL_STATES if s != "none"]))
        set_role(legend, "legend")
        hotels = QHBoxLayout()
        hotels.addWidget(self.hotels_note, 1)
        hotels.addWidget(self.add_hotels_button)
        layout.addWidget(self.summary)
        layout.addWidget(legend)
        layout.addLayout(hotels)
        layout.addWidget(self.matrix_view, 1)
        hint = QLabel(self.tr("Double-click a cell (or press Enter) to open that department's"
                              " items at the site."))
        set_role(hint, "hint")
        layout.addWidget(hint)
        return tab

    def _items_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Department")))
        pick.addWidget(self.department)
        pick.addWidget(QLabel(self.tr("Site")))
        pick.addWidget(self.site_filter, 1)
        self.search.setPlaceholderText(self.tr("Search items, sites, requirements"))
        self.search.setClearButtonEnabled(True)
        pick.addWidget(self.search, 1)
        set_role(self.overdue_banner, "banner")
        self.overdue_banner.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.signoff_label, 1)
        for b in (self.inspect_button, self.sign_button, self.withdraw_button,
                  self.checklist_button):
            actions.addWidget(b)
        layout.addLayout(pick)
        layout.addWidget(self.overdue_banner)
        layout.addLayout(actions)
        layout.addWidget(self.items_view, 1)
        return tab

    def _rects_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        actions = QHBoxLayout()
        note = QLabel(self.tr("Rectifications of the department chosen under My department;"
                              " open and overdue first."))
        set_role(note, "hint")
        actions.addWidget(note, 1)
        for b in (self.reinspect_button, self.notice_button, self.opinion_button):
            actions.addWidget(b)
        layout.addLayout(actions)
        layout.addWidget(self.rects_view, 1)
        return tab

    def _templates_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        actions = QHBoxLayout()
        note = QLabel(self.tr("Editing a template changes the checklists issued from now on;"
                              " those already issued keep their text."))
        set_role(note, "hint")
        actions.addWidget(note, 1)
        for b in (self.issue_button, self.import_button, self.export_button):
            actions.addWidget(b)
        layout.addLayout(actions)
        layout.addWidget(self.templates, 1)
        return tab

    def _sites_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        note = QLabel(self.tr("Guest hotels, venues, routes and visit sites kept safe for the"
                              " fair; a new site gets its checklists at once."))
        set_role(note, "hint")
        layout.addWidget(note)
        layout.addWidget(self.sites, 1)
        return tab

    def on_delete_site(self, site_id: str) -> None:
        """Delete a site: one with inspection history is refused, naming what it holds; one
        whose checklist items were never inspected goes with them, once confirmed."""
        fair = self.session.fair
        held = sites.holdings(fair, site_id)
        name = named(fair.get("sites", site_id))
        title = self.tr("Not deleted")
        if held.history:  # the core's refusal names what holds it
            run_op(self, lambda: sites.delete_site(fair, site_id), title=title)
            return
        if held.items == 1:
            question = self.tr("Delete “%1” and its one checklist item? It has not been "
                               "inspected yet; both deletions are kept in the audit log.")
        elif held.items:
            question = self.tr("Delete “%1” and its %2 checklist items? None has been "
                               "inspected yet; each deletion is kept in the audit log.")
        else:
            question = self.tr("Delete the site “%1”?")
        question = question.replace("%1", name).replace("%2", str(held.items))
        answer = QMessageBox.question(self, self.tr("Delete site"), question)
        if answer == QMessageBox.StandardButton.Yes:
            run_op(self, lambda: sites.delete_site(fair, site_id, with_items=True), title=title)

    def _connect_signals(self) -> None:
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.sites.record_created.connect(self.on_site_created)
        self.matrix_view.activated.connect(self.on_matrix_cell_activated)  # double-click, Enter
        self.add_hotels_button.clicked.connect(self.on_add_hotels_clicked)
        self.department.activated.connect(self.on_department_chosen)
        self.site_filter.activated.connect(self.on_site_filter_chosen)
        self.search.textChanged.connect(self.on_search_changed)
        self.items_view.selectionModel().selectionChanged.connect(self.on_item_selected)
        self.items_view.doubleClicked.connect(self.on_inspect_clicked)
        self.inspect_button.clicked.connect(self.on_inspect_clicked)
        self.sign_button.clicked.connect(self.on_sign_clicked)
        self.withdraw_button.clicked.connect(self.on_withdraw_clicked)
        self.checklist_button.clicked.connect(self.on_checklist_clicked)
        self.reinspect_button.clicked.connect(self.on_reinspect_clicked)
        self.rects_view.doubleClicked.connect(self.on_reinspect_clicked)
        self.notice_button.clicked.connect(self.on_notice_clicked)
        self.opinion_button.clicked.connect(self.on_opinion_clicked)
        self.issue_button.clicked.connect(self.on_issue_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.report_button.clicked.connect(self.on_report_clicked)
        self.workbook_button.clicked.connect(self.on_workbook_clicked)

    # --- columns -------------------------------------------------------------------------
    def _item_columns(self) -> list[Column]:
        late = lambda r: OVERDUE_RED if r["late"] else None  # noqa: E731
        return [
            Column("site", lambda: self.tr("Site"), foreground=late),
            Column("title", lambda: self.tr("Item"), lambda r: r["label"], foreground=late),
            Column("detail", lambda: self.tr("Requirement"), lambda r: r["requirement"],
                   tooltip=lambda r: r["requirement"]),  # the whole of a long one
            Column("due_at", lambda: self.tr("Due"), lambda r: _short(r["due_at"]),
                   foreground=late),
            Column("status", lambda: self.tr("Status"),
                   lambda r: self.tr("Overdue") if r["overdue"] else
                   label(CHECK_STATUSES, r["status"]), foreground=late),
            Column("done", lambda: self.tr("Done"),
                   lambda r: f"{_short(r['done_at'])} {r['done_by']}".strip()),
            Column("open_rect", lambda: self.tr("Open rectifications"),
                   lambda r: r["open_rectifications"] or ""),
        ]

    def _rect_columns(self) -> list[Column]:
        # the deadline and where it stands next to the number: on a 1366 laptop the long
        # texts may scroll off to the right, never these
        late = lambda r: OVERDUE_RED if r["overdue"] else None  # noqa: E731
        return [
            Column("number", lambda: self.tr("Notice"), lambda r: r["notice_number"]),
            Column("site", lambda: self.tr("Site")),
            Column("due_at", lambda: self.tr("Deadline"), lambda r: _short(r["due_at"]),
                   foreground=late),
            Column("status", lambda: self.tr("Status"),
                   lambda r: self.tr("Overdue") if r["overdue"] else
                   label(RECTIFICATION_STATUSES, r["status"]), foreground=late),
            Column("problem", lambda: self.tr("Problem")),
            Column("action_required", lambda: self.tr("Action required")),
            Column("responsible_unit", lambda: self.tr("Responsible unit")),
            Column("item", lambda: self.tr("Item")),
            Column("verified_by", lambda: self.tr("Closed by"),
                   lambda r: f"{r['verified_by']} {_short(r['closed_at'])}".strip()),
        ]

    def _template_columns(self) -> list[Column]:
        return [
            Column("department_code", lambda: self.tr("Department"),
                   lambda r: label(DEPARTMENTS, r["department_code"])),
            Column("title", lambda: self.tr("Item"),
                   lambda r: named({"name": r["title"], "name_en": r["title_en"]})),
            Column("requirement", lambda: self.tr("Requirement"),
                   lambda r: named(r, "requirement"), tooltip=lambda r: named(r, "requirement")),
            Column("site_kinds", lambda: self.tr("Site kinds"),
                   lambda r: (", " if language() == "en" else "、").join(
                       label(SITE_KINDS, k) for k in r["site_kinds"].split(","))),
            Column("due_days", lambda: self.tr("Days before opening")),
            Column("version", lambda: self.tr("Version")),
            Column("active", lambda: self.tr("Active"),
                   lambda r: self.tr("yes") if r["active"] else self.tr("no")),
        ]

    def _site_columns(self) -> list[Column]:
        return [
            Column("name", lambda: self.tr("Site"), lambda r: named(r)),
            Column("kind", lambda: self.tr("Kind"), lambda r: label(SITE_KINDS, r["kind"])),
            Column("address", lambda: self.tr("Address")),
        ]

    def _site_rows(self) -> list[dict]:
        return self.session.fair.security.list("sites")

    def _template_form(self, template_id: str | None) -> dict:
        """The form shows the site kinds in words (接待酒店、会场), as the table does."""
        if template_id is None:
            return {"values": {"site_kinds": label(SITE_KINDS, "hotel")}}
        kinds = self.session.fair.get("checklist_templates", template_id)["site_kinds"]
        return {"values": {"site_kinds": "、".join(label(SITE_KINDS, k)
                                                  for k in kinds.split(",") if k)}}

    def _template_rows(self) -> list[dict]:
        return templates.in_order(self.session.fair.security.list("checklist_templates"))

    # --- refresh -------------------------------------------------------------------------
    def on_fair_changed(self, changes: Changes) -> None:
        if changes.areas & {"security", "reception", "settings"}:
            self.request_refresh()

    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        matrix = views.matrix(fair)
        self.matrix_model.set_matrix(matrix)
        self._size_matrix(len(matrix.departments))
        overdue = sum(t.overdue for t in views.department_totals(matrix))
        self.summary.setText(self.tr("%1 of %2 sites cleared by every department; %3 overdue.")
                             .replace("%1", str(matrix.cleared_count))
                             .replace("%2", str(len(matrix.sites))).replace("%3", str(overdue)))
        set_tone(self.summary, "warning" if overdue else "ok")
        self._fill_hotels(fair)
        self._fill_pickers(matrix)
        self._stale_tabs = {1, 2, 3, 4}  # filled when shown: a big fair has thousands of items
        self.on_tab_changed(self.tabs.currentIndex())

    def _size_matrix(self, departments: int) -> None:
        if getattr(self, "_matrix_sized", False) or not departments:
            return
        # the departments share what the site column leaves, so all of them fit a 1366-wide
        # laptop; below their minimum the view scrolls
        header = self.matrix_view.horizontalHeader()
        header.setMinimumSectionSize(84)
        header.setStretchLastSection(False)
        # the sites' names whole where they fit (a convention centre's English name is
        # long), never so wide that the departments drop below their minimum
        self.matrix_view.setColumnWidth(0, max(240, min(self.matrix_view.sizeHintForColumn(0)
                                                        + 8, 380)))
        for column in range(1, departments + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(departments + 1, QHeaderView.ResizeMode.ResizeToContents)
        self._matrix_sized = True

    def _cap_requirement_width(self) -> None:
        """Once: a long (English) requirement would push the site kinds, days and version
        off a 1366-wide laptop; the whole text is in the cell's tooltip."""
        view = self.templates.view
        if getattr(self, "_requirement_capped", False) or not view.model().rowCount():
            return
        column = next(i for i, c in enumerate(self._template_columns()) if c.key == "requirement")
        view.setColumnWidth(column, min(view.columnWidth(column), REQUIREMENT_WIDTH))
        self._requirement_capped = True

    def on_tab_changed(self, index: int) -> None:
        stale = getattr(self, "_stale_tabs", set())
        if index not in stale:
            return
        if index in (1, 2):
            self.refresh_items()
            stale -= {1, 2}
        elif index == 3:
            self.templates.refresh()
            self._cap_requirement_width()
            stale.discard(3)
        elif index == 4:
            self.sites.refresh()
            stale.discard(4)

    def _fill_hotels(self, fair: Any) -> None:
        missing = issuing.hotels_without_site(fair)
        self.hotels_note.setText(self.tr("Reception hotels that are not security sites yet: %1")
                                 .replace("%1", "、".join(named(h) for h in missing)))
        self.hotels_note.setVisible(bool(missing))
        self.add_hotels_button.setVisible(bool(missing))

    def _fill_pickers(self, matrix: views.Matrix) -> None:
        liaison = matrix_department_of(self.session.fair.operator) if self.session.fair else ""
        wanted = self.department.currentData() or liaison or prefs.security_department()
        self.department.clear()
        for d in matrix.departments:
            self.department.addItem(d.label, d.code)
        index = self.department.findData(wanted)
        self.department.setCurrentIndex(max(0, index))
        keep = self.site_filter.currentData()
        self.site_filter.clear()
        self.site_filter.addItem(self.tr("All sites"), "")
        for s in matrix.sites:
            self.site_filter.addItem(s.label, s.id)
        self.site_filter.setCurrentIndex(max(0, self.site_filter.findData(keep)))

    def department_id(self) -> str:
        fair = self.session.fair
        code = self.department.currentData()
        if fair is None or not code:
            return ""
        return next((d.id for d in views.departments(fair) if d.code == code), "")

    def refresh_items(self) -> None:
        fair = self.session.fair
        dept = self.department_id()
        if fair is None or not dept:
            self.items_model.set_rows([])
            self.rects_model.set_rows([])
            return
        at = views.as_of(fair)
        found = views.items(fair, department_id=dept, site_id=self.site_filter.currentData() or None,
                            search=self.search.text(), at=at)
        self.items_model.set_rows([dict(vars(i), label=i.label, late=i.late,
                                        requirement=i.requirement) for i in found])
        rects = views.rectifications(fair, department_id=dept, at=at)
        self.rects_model.set_rows([dict(vars(r), notice_number=r.notice_label) for r in rects])
        # the department's whole count, whatever site or search narrows the list to
        late = views.overdue(fair, department_id=dept, at=at)
        items_late = sum(1 for o in late if o.kind == "item")
        rects_late = len(late) - items_late
        self.overdue_banner.setText(
            self.tr("Overdue in this department: %1 items and %2 rectifications — listed first.")
            .replace("%1", str(items_late)).replace("%2", str(rects_late)))
        self.overdue_banner.setVisible(bool(items_late or rects_late))
        if not getattr(self, "_sized", False):  # fixed widths: measuring 1,000s of rows is slow
            for view, widths in ((self.items_view, ITEM_WIDTHS), (self.rects_view, RECT_WIDTHS)):
                for column, width in enumerate(widths):
                    view.setColumnWidth(column, width)
            self._sized = True
        self.on_item_selected()

    # --- the current item's site ---------------------------------------------------------
    def current_site(self) -> str:
        rows = self.items_view.selectionModel().selectedRows()
        if rows:
            return self.items_model.row_at(rows[0].row())["site_id"]
        return self.site_filter.currentData() or ""

    def on_item_selected(self, *_args: Any) -> None:
        fair, site, dept = self.session.fair, self.current_site(), self.department_id()
        for b in (self.inspect_button, self.sign_button, self.withdraw_button,
                  self.checklist_button):
            b.setEnabled(bool(site and dept))
        if fair is None or not site or not dept:
            self.signoff_label.setText(self.tr("Choose an item or a site."))
            return
        current = signoff.active_signoff(fair, site, dept)
        name = named(fair.get("sites", site))
        self.signoff_label.setText(
            self.tr("%1: signed off by %2 at %3").replace("%1", name)
            .replace("%2", current["signed_by"]).replace("%3", _short(current["signed_at"]))
            if current else self.tr("%1: not signed off yet").replace("%1", name))
        set_tone(self.signoff_label, "ok" if current else "")

    # --- slots ---------------------------------------------------------------------------
    def on_matrix_cell_activated(self, index: QModelIndex) -> None:
        site, dept = self.matrix_model.site_and_department(index)
        if not dept:
            return
        code = next(d.code for d in views.departments(self.session.fair) if d.id == dept)
        self.department.setCurrentIndex(self.department.findData(code))
        self.site_filter.setCurrentIndex(self.site_filter.findData(site))
        self.refresh_items()
        self._stale_tabs -= {1, 2}
        self.tabs.setCurrentIndex(1)

    def on_department_chosen(self, _index: int) -> None:
        prefs.remember_security_department(self.department.currentData() or "")
        self.refresh_items()

    def on_site_filter_chosen(self, _index: int) -> None:
        self.refresh_items()

    def on_search_changed(self, _text: str) -> None:
        self.refresh_items()

    def on_add_hotels_clicked(self) -> None:
        """Each reception hotel not yet a site becomes one, with its checklists issued (as
        the lodging page does for a new hotel)."""
        fair = self.session.fair
        hotels = issuing.hotels_without_site(fair)
        for hotel in hotels:
            if run_op(self, lambda h=hotel: issuing.site_for_hotel(fair, h["id"]),
                      title=self.tr("Not added")) is FAILED:
                return
        sites = [s["id"] for h in hotels for s in fair.security.list("sites", hotel_id=h["id"])]
        run_op(self, lambda: issuing.issue_checklists(fair, sites), title=self.tr("Not issued"))

    def on_inspect_clicked(self, *_args: Any) -> None:
        site, dept = self.current_site(), self.department_id()
        if site and dept:
            InspectionDialog(self.session.fair, site, dept, self).exec()

    def on_sign_clicked(self) -> None:
        fair, site, dept = self.session.fair, self.current_site(), self.department_id()
        run_op(self, lambda: signoff.sign_off(fair, site, dept, fair.operator.name),
               title=self.tr("Not signed off"))

    def on_withdraw_clicked(self) -> None:
        fair, site, dept = self.session.fair, self.current_site(), self.department_id()
        reason, ok = QInputDialog.getText(self, self.tr("Withdraw sign-off"),
                                          self.tr("Why is the sign-off withdrawn?"))
        if ok:
            run_op(self, lambda: signoff.withdraw_sign_off(fair, site, dept, reason=reason,
                                                           by=fair.operator.name),
                   title=self.tr("Not withdrawn"))

    def current_rect(self) -> str:
        rows = self.rects_view.selectionModel().selectedRows()
        return self.rects_model.row_at(rows[0].row())["id"] if rows else ""

    def on_reinspect_clicked(self, *_args: Any) -> None:
        if self.current_rect():
            ReinspectDialog(self.session.fair, self.current_rect(), self).exec()

    def _printer_menu(self) -> QMenu:
        """Print… on this page: each of its PDF printouts, sent to a printer with a preview."""
        menu = QMenu(self)
        menu.addAction(self.tr("Daily security report"),
                       lambda: self.on_report_clicked(to_printer=True))
        menu.addAction(self.tr("Checklist sheet of the chosen site"),
                       lambda: self.on_checklist_clicked(to_printer=True))
        menu.addAction(self.tr("Rectification notice of the chosen item"),
                       lambda: self._notice(False, to_printer=True))
        menu.addAction(self.tr("Re-inspection opinion of the chosen item"),
                       lambda: self._notice(True, to_printer=True))
        return menu

    def on_checklist_clicked(self, *, to_printer: bool = False) -> None:
        fair, site, dept = self.session.fair, self.current_site(), self.department_id()
        name = fair.get("sites", site)["name"] if site else ""
        self._print(self.tr("Checklist sheet"), f"checklist-{name}.pdf",
                    lambda: paper.checklist_sheets(fair, site, dept), "checklists",
                    to_printer=to_printer)

    def _notice(self, opinion: bool, *, to_printer: bool = False) -> None:
        rect, fair = self.current_rect(), self.session.fair
        if not rect:
            return
        title = self.tr("Re-inspection opinion") if opinion else self.tr("Rectification notice")
        self._print(title, f"{'opinion' if opinion else 'notice'}-{rect}.pdf",
                    lambda: (paper.opinion if opinion else paper.notice)(fair, rect),
                    "opinion" if opinion else "notice", to_printer=to_printer)

    def on_notice_clicked(self) -> None:
        self._notice(False)

    def on_opinion_clicked(self) -> None:
        self._notice(True)

    def on_report_clicked(self, *, to_printer: bool = False) -> None:
        fair = self.session.fair
        self._print(self.tr("Daily security report"), "security-daily.pdf",
                    lambda: paper.daily_report(fair), "daily", to_printer=to_printer)

    def on_workbook_clicked(self) -> None:
        fair = self.session.fair

        def snapshot() -> tuple:
            at = views.as_of(fair)
            return (paper.daily_report(fair), views.items(fair, at=at), views.inspections(fair),
                    views.rectifications(fair, at=at))
        self._print(self.tr("Security records"), "security.xlsx", snapshot, "workbook")

    def _print(self, title: str, suggested: str, snapshot: Any, render: str, *,
               to_printer: bool = False) -> None:
        who = self.session.fair.operator.name
        self._worker = print_to_file(self, title, suggested, snapshot, _render(render, who),
                                     to_printer=to_printer)

    def on_site_created(self, changes: Changes) -> None:
        """A new site: its checklists issued from the templates (the bundled ones if none)."""
        fair = self.session.fair
        site = next((c.after for c in changes.items if c.entity == "sites" and c.after), None)
        if site is None:
            return
        done = run_op(self, lambda: issuing.issue_checklists(fair, [site["id"]]),
                      title=self.tr("Not issued"))
        if done is not FAILED:
            QMessageBox.information(self, self.tr("Issue checklists"),
                                    self.tr("%1 items issued to %2 sites.")
                                    .replace("%1", str(done.items)).replace("%2", str(done.sites)))

    def on_issue_clicked(self) -> None:
        fair = self.session.fair
        done = run_op(self, lambda: issuing.issue_checklists(fair), title=self.tr("Not issued"))
        if done is not FAILED:
            QMessageBox.information(self, self.tr("Issue checklists"),
                                    self.tr("%1 items issued to %2 sites.")
                                    .replace("%1", str(done.items)).replace("%2", str(done.sites)))

    def on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import templates"), "",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            fair = self.session.fair
            done = run_op(self, lambda: templates.import_templates(fair, path),
                          title=self.tr("Not imported"))
            if done is not FAILED:
                QMessageBox.information(
                    self, self.tr("Import templates"),
                    self.tr("Templates: %1 added, %2 changed, %3 unchanged.")
                    .replace("%1", str(done.created)).replace("%2", str(done.updated))
                    .replace("%3", str(done.unchanged)))

    def on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export templates"),
                                              "templates.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path:
            fair = self.session.fair
            count = run_op(self, lambda: _export_templates(fair, path),
                           title=self.tr("Not exported"))
            if count is not FAILED:
                QMessageBox.information(self, self.tr("Export templates"),
                                        self.tr("%1 templates written to %2.")
                                        .replace("%1", str(count)).replace("%2", path))


def _export_templates(fair: Any, path: str) -> int:
    """The templates written to ``path``; a file that cannot be written is a sentence."""
    from fairdesk.base.files import write_error

    try:
        return templates.export_templates(fair, Path(path))
    except OSError as exc:
        raise write_error(path, exc) from None


def make_table_view_for_matrix(model: MatrixModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _render(name: str, printed_by: str) -> Any:
    """The worker's render function for printout ``name``, stamped with the operator."""
    from fairdesk.reports.security import paper as pdf
    from fairdesk.reports.security.workbook import write_security_workbook

    if name == "workbook":
        return lambda data, path, _progress, _cancelled: write_security_workbook(path, *data)
    fn = {"checklists": pdf.render_checklists, "notice": pdf.render_notice,
          "opinion": pdf.render_opinion, "daily": pdf.render_daily}[name]
    return lambda data, path, _progress, _cancelled: fn(data, path, printed_by=printed_by)
