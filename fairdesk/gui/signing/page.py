"""The signing desk's page: the projects (filters, search, a totals bar that follows them,
the form with its parties), the ceremony's running order (dragged into order, times,
checks in red and amber, witnesses), and the counties' progress against their targets.

Everything is read through the core's readers (:mod:`fairdesk.core.signing.views`,
``ceremony``, ``summary``) and written through ``fair.signing``, run with :func:`run_op`.
"""

from __future__ import annotations

from typing import Any

from fairdesk.base.i18n import language
from fairdesk.core.changes import Changes
from fairdesk.core.money import yi_text
from fairdesk.core.signing import ceremony, views
from fairdesk.core.signing.summary import signing_summary
from fairdesk.core.vocab import CAPITAL, CONTRACT_TYPES, PROJECT_STATUSES, SECTORS, label, named
from fairdesk.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.signing.counties import CountiesTab
from fairdesk.gui.signing.order_model import RunningOrderModel, UnplacedModel
from fairdesk.gui.signing.printing import SigningPrinting
from fairdesk.gui.style import set_role
from fairdesk.gui.widgets.models import NUMBER, Column, RowsModel
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.page import Page
from fairdesk.gui.widgets.record_form import RecordForm
from fairdesk.gui.widgets.record_table import RecordTable, flag_problems, make_table_view

PROJECT_FIELDS = ["name", "name_en", "county_id", "sector", "contract_type", "capital",
                  "investor", "investor_country", "total_investment_cents",
                  "contract_amount_cents", "currency", "status", "signed_at", "notes"]


class SigningPage(Page):
    """Projects, running order, counties."""

    area = "signing"

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._rows: list[views.ProjectRow] = []
        self.filters = {key: QComboBox() for key in
                        ("county_id", "status", "contract_type", "capital", "sector")}
        self.search = QLineEdit(objectName="signing_search")  # Ctrl+F finds it
        self.search.setPlaceholderText(self.tr("Search project, investor, county"))
        self.totals_bar = QLabel()
        set_role(self.totals_bar, "result")
        self.projects_model = RowsModel(self._project_columns(), self)
        self.projects_view = make_table_view(self.projects_model, self)
        self.new_button = QPushButton(self.tr("New project…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.signed_button = QPushButton(self.tr("Mark signed"))
        self.place_button = QPushButton(self.tr("Add to running order"))
        self.parties = RecordTable(lambda: self.session.fair.signing, "signing_parties",
                                   self._party_columns(), self._party_rows,
                                   title=self.tr("Parties and signatories"),
                                   form_kwargs=self._party_form)
        self.session_box = QComboBox()
        self.order_model = RunningOrderModel(self._slot_columns(), self.on_slot_moved,
                                             self.on_project_dropped, self)
        self.order_view = make_table_view(self.order_model, self)
        self.unplaced_model = UnplacedModel(self._unplaced_columns(), self)
        self.unplaced_view = make_table_view(self.unplaced_model, self)
        self.running_time = QLabel()
        self.issues_label = QLabel()
        self.issues_label.setWordWrap(True)
        self.remove_slot_button = QPushButton(self.tr("Remove from order"))
        self.minutes_button = QPushButton(self.tr("Minutes…"))
        self.witnesses = RecordTable(lambda: self.session.fair.signing, "ceremony_witnesses",
                                     self._witness_columns(), self._witness_rows,
                                     title=self.tr("Witnessing leaders"),
                                     form_kwargs=self._witness_form)
        self.counties = CountiesTab(self)
        self.printing = SigningPrinting(self)
        self.tabs = QTabWidget()
        self._issues: list[ceremony.Issue] = []
        self._build()
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Signing")

    # --- columns -----------------------------------------------------------------------
    def _project_columns(self) -> list[Column]:
        return [Column("name", lambda: self.tr("Project"), getter=named),
                Column("county", lambda: self.tr("County"), getter=lambda r: named(r, "county")),
                Column("sector_label", lambda: self.tr("Sector")),
                Column("document", lambda: self.tr("Document")),
                Column("capital_label", lambda: self.tr("Capital")),
                Column("investor", lambda: self.tr("Investor")),
                Column("amount", lambda: self.tr("Total (10k, own currency)"), align=NUMBER,
                       getter=lambda r: f"{r['amount']} {r['currency']}",
                       sort_key=lambda r: (0, r["total_fen"])),
                Column("total_yi", lambda: self.tr("Total (¥100M)"), align=NUMBER,
                       sort_key=lambda r: (0, r["total_fen"])),
                Column("contract_yi", lambda: self.tr("Contract (¥100M)"), align=NUMBER,
                       sort_key=lambda r: (0, r["contract_fen"])),
                Column("stage", lambda: self.tr("Stage")),
                Column("slot", lambda: self.tr("Running order"))]

    def _party_columns(self) -> list[Column]:
        return [Column("side", lambda: self.tr("Side"),
                       getter=lambda r: label({"investor": ("投资方", "Investor"),
                                               "local": ("地方", "Local party")}, r["side"])),
                Column("organisation", lambda: self.tr("Organisation")),
                Column("signatory", lambda: self.tr("Signatory")),
                Column("signatory_title", lambda: self.tr("Title"))]

    def _slot_columns(self) -> list[Column]:
        return [flag_problems(c) for c in (
            Column("position", lambda: self.tr("No."), align=NUMBER),
            Column("time", lambda: self.tr("Time")),
            Column("minutes", lambda: self.tr("Min."), align=NUMBER),
            Column("project", lambda: self.tr("Project")),
            Column("county", lambda: self.tr("County")),
            Column("total", lambda: self.tr("Total (¥100M)"), align=NUMBER),
            Column("investor_signs", lambda: self.tr("Investor signs")),
            Column("local_signs", lambda: self.tr("Local party signs")),
            Column("witnesses", lambda: self.tr("Witnesses")))]

    def _unplaced_columns(self) -> list[Column]:
        return [Column("name", lambda: self.tr("Not yet in an order"),
                       tooltip=lambda r: r["name"]),
                Column("stage", lambda: self.tr("Stage"))]

    def _witness_columns(self) -> list[Column]:
        return [Column("name", lambda: self.tr("Name")), Column("title", lambda: self.tr("Title"))]

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(self.tr("Signing ceremony register"))
        set_role(heading, "pageHeading")
        bar = QHBoxLayout()
        bar.addWidget(heading, 1)
        for button in self.printing.buttons():
            bar.addWidget(button)
        self.tabs.addTab(self._projects_tab(), self.tr("Projects"))
        self.tabs.addTab(self._order_tab(), self.tr("Running order"))
        self.tabs.addTab(self.counties, self.tr("Counties and totals"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    def _projects_tab(self) -> QWidget:
        tab = QWidget()
        filters = QHBoxLayout()
        for box in self.filters.values():
            filters.addWidget(box)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.totals_bar, 1)
        for button in (self.place_button, self.signed_button, self.edit_button,
                       self.new_button):
            buttons.addWidget(button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.projects_view, 1)
        top_layout.addLayout(buttons)
        return _over(tab, top, self.parties)

    def _order_tab(self) -> QWidget:
        tab = QWidget()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session")))
        self.session_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.session_box)
        top.addStretch(1)
        top.addWidget(self.running_time)
        view = self.order_view
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        self.unplaced_view.setDragEnabled(True)
        self.unplaced_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        hint = QLabel(self.tr("Drag a row to change the order, or a project in from the right; "
                              "times follow."))
        set_role(hint, "hint")
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.minutes_button)
        buttons.addWidget(self.remove_slot_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(view)
        tables.addWidget(self.unplaced_view)
        tables.setStretchFactor(0, 3)
        tables.setStretchFactor(1, 1)
        tables.setSizes([1060, 280])  # the list beside is widened by its handle
        waiting = self.unplaced_view.horizontalHeader()
        waiting.setStretchLastSection(False)
        waiting.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        waiting.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        upper_layout.addWidget(tables, 1)
        upper_layout.addLayout(buttons)
        upper_layout.addWidget(self.issues_label)
        return _over(tab, upper, self.witnesses)

    def _connect_signals(self) -> None:
        for box in self.filters.values():
            box.currentIndexChanged.connect(self.on_filter_changed)
        self.search.textChanged.connect(self.on_filter_changed)
        self.projects_view.selectionModel().selectionChanged.connect(self.on_project_selected)
        self.projects_view.doubleClicked.connect(lambda _i: self.on_edit_clicked())
        self.new_button.clicked.connect(self.on_new_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.signed_button.clicked.connect(self.on_signed_clicked)
        self.place_button.clicked.connect(self.on_place_clicked)
        self.session_box.currentIndexChanged.connect(lambda _i: self.refresh_order())
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.order_view.selectionModel().selectionChanged.connect(
            lambda *_a: self.witnesses.refresh())
        self.remove_slot_button.clicked.connect(self.on_remove_slot_clicked)
        self.minutes_button.clicked.connect(self.on_minutes_clicked)

    # --- refreshing --------------------------------------------------------------------
    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        self._fill_filters(fair)
        self._fill_sessions(fair)
        self._rows = views.project_rows(fair)
        self.show_projects()
        self.parties.refresh()
        self._tabs_stale = {1, 2}
        self.on_tab_changed(self.tabs.currentIndex())

    def on_tab_changed(self, index: int) -> None:
        """The running order and the counties are read when their tab is shown."""
        stale = getattr(self, "_tabs_stale", set())
        if index not in stale or self.session.fair is None:
            return
        stale.discard(index)
        if index == 1:
            self.refresh_order()
        elif index == 2:
            self.counties.show_summary(signing_summary(self.session.fair))

    def _fill_filters(self, fair: Any) -> None:
        counties = [(u["id"], named(u)) for u in fair.guests.list(
            "inviting_units", kind="county", order_by="name")]
        choices = {"county_id": (self.tr("All counties"), counties),
                   "status": (self.tr("All stages"), _vocab(PROJECT_STATUSES)),
                   "contract_type": (self.tr("All documents"), _vocab(CONTRACT_TYPES)),
                   "capital": (self.tr("Foreign and domestic"), _vocab(CAPITAL)),
                   "sector": (self.tr("All sectors"), _vocab(SECTORS))}
        for key, (everything, items) in choices.items():
            box = self.filters[key]
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never cut
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, "")
            for code, text in items:
                box.addItem(text, code)
            box.setCurrentIndex(max(0, box.findData(keep)))
            box.blockSignals(False)

    def _fill_sessions(self, fair: Any) -> None:
        keep = self.session_box.currentData()
        self.session_box.blockSignals(True)
        self.session_box.clear()
        for s in ceremony.signing_sessions(fair):
            title = (s["title_en"] or s["title"]) if self._english() else s["title"]
            self.session_box.addItem(f"{title}  {s['starts_at'][:16].replace('T', ' ')}",
                                     s["id"])
        self.session_box.setCurrentIndex(max(0, self.session_box.findData(keep)))
        self.session_box.blockSignals(False)

    def _english(self) -> bool:
        from fairdesk.base.i18n import language

        return language() == "en"

    def current_filter(self) -> views.ProjectFilter:
        data = {key: box.currentData() or "" for key, box in self.filters.items()}
        return views.ProjectFilter(text=self.search.text().strip(), **data)

    def show_projects(self) -> None:
        keep = self.current_project()
        rows = views.filtered(self._rows, self.current_filter())
        self.projects_model.set_rows([dict(r) for r in rows])
        if not getattr(self, "_sized", False) and rows:
            fit_columns(self.projects_view, wrap=False, widest={0: NAME_COLUMN})
            self._sized = True
        self.select_project(keep)
        figures = views.totals(rows)
        self.totals_bar.setText(self.tr(
            "%1 projects · total %2 · foreign %3 · domestic %4 · contract %5 (¥100M)")
            .replace("%1", str(figures.projects)).replace("%2", yi_text(figures.total_fen))
            .replace("%3", yi_text(figures.foreign_fen))
            .replace("%4", yi_text(figures.domestic_fen))
            .replace("%5", yi_text(figures.contract_fen)))
        self._update_buttons()

    def current_project(self) -> str:
        rows = self.projects_view.selectionModel().selectedRows()
        return self.projects_model.row_at(rows[0].row())["id"] if rows else ""

    def select_project(self, project_id: str) -> None:
        for row in range(self.projects_model.rowCount()):
            if project_id and self.projects_model.row_at(row)["id"] == project_id:
                self.projects_view.selectRow(row)
                return

    def _update_buttons(self) -> None:
        has = bool(self.current_project())
        for button in (self.edit_button, self.signed_button, self.place_button):
            button.setEnabled(has)
        self.parties.new_button.setEnabled(has)

    def _party_rows(self) -> list[dict]:
        project = self.current_project()
        if not project or self.session.fair is None:
            return []
        return self.session.fair.signing.list("signing_parties", project_id=project)

    def _party_form(self, record_id: str | None) -> dict:
        return {} if record_id else {"values": {"project_id": self.current_project()}}

    # --- the running order ---------------------------------------------------------------
    def current_session(self) -> str:
        return self.session_box.currentData() or ""

    def refresh_order(self) -> None:
        fair = self.session.fair
        session_id = self.current_session()
        if fair is None or not session_id:
            self.order_model.set_rows([])
            self.running_time.setText("")
            self.issues_label.setText(self.tr("The agenda has no signing session yet."))
            return
        keep = self.current_slot()
        order, self._issues = ceremony.checked_order(fair, session_id)
        self.order_model.set_rows(slot_rows(order, self._issues))
        self.unplaced_model.set_rows([{**r, "stage": label(PROJECT_STATUSES, r["status"]),
                                       "name": (r["name_en"] or r["name"]) if self._english()
                                       else r["name"]}
                                      for r in ceremony.unplaced_projects(fair)])
        if not getattr(self, "_order_sized", False) and order.slots:
            fit_columns(self.order_view)
            self._order_sized = True
        fit_rows(self.order_view)
        self.select_slot(keep)
        end = order.slots[-1].ends_at if order.slots else order.starts_at
        self.running_time.setText(self.tr("%1 signings · %2 min · %3–%4")
                                  .replace("%1", str(len(order.slots)))
                                  .replace("%2", str(order.minutes))
                                  .replace("%3", order.starts_at.strftime("%H:%M"))
                                  .replace("%4", end.strftime("%H:%M")))
        self.issues_label.setText(self.issues_text(order))
        self.witnesses.refresh()

    def issues_text(self, order: ceremony.RunningOrder) -> str:
        """The count of problems and each one's reason by its slot's number (the rows are
        coloured too), the errors first; at most ISSUE_LINES lines, then how many more."""
        if not self._issues:
            return self.tr("No problems found.")
        errors = sum(i.severity == ceremony.Severity.ERROR for i in self._issues)
        head = (self.tr("%1 to fix, %2 to confirm:").replace("%1", str(errors))
                .replace("%2", str(len(self._issues) - errors)))
        position = {s.id: s.position for s in order.slots}
        ranked = sorted(self._issues, key=lambda i: (i.severity != ceremony.Severity.ERROR,
                                                     position.get(i.slot_id, 0)))
        lines = [self.tr("No. %1: %2").replace("%1", str(position.get(i.slot_id, "?")))
                 .replace("%2", i.text) for i in ranked[:ISSUE_LINES]]
        if len(ranked) > ISSUE_LINES:
            lines.append(self.tr("… and %1 more (hover a row for why)")
                         .replace("%1", str(len(ranked) - ISSUE_LINES)))
        return "\n".join([head, *lines])

    def current_slot(self) -> str:
        rows = self.order_view.selectionModel().selectedRows()
        return self.order_model.row_at(rows[0].row())["id"] if rows else ""

    def select_slot(self, slot_id: str) -> None:
        for row in range(self.order_model.rowCount()):
            if slot_id and self.order_model.row_at(row)["id"] == slot_id:
                self.order_view.selectRow(row)
                return

    def _witness_rows(self) -> list[dict]:
        slot = self.current_slot()
        if not slot or self.session.fair is None:
            return []
        return self.session.fair.signing.list("ceremony_witnesses", slot_id=slot)

    def _witness_form(self, record_id: str | None) -> dict:
        return {} if record_id else {"values": {"slot_id": self.current_slot()},
                                     "fields": ["slot_id", "name", "title", "guest_id",
                                                "position"]}

    # --- slots -------------------------------------------------------------------------
    def on_fair_changed(self, changes: Changes) -> None:
        settings = {c.record_id for c in changes.items if c.entity == "fair_settings"}
        if changes.areas & {self.area, "guests", "agenda"} or settings & SIGNING_SETTINGS:
            self.request_refresh()

    def on_filter_changed(self, *_args: Any) -> None:
        self.show_projects()

    def on_project_selected(self, *_args: Any) -> None:
        self._update_buttons()
        self.parties.refresh()

    def on_new_clicked(self) -> None:
        fair = self.session.fair
        county = self.filters["county_id"].currentData() or None
        form = RecordForm(fair.signing, "signing_projects", fields=PROJECT_FIELDS,
                          values={"county_id": county, "status": "planned",
                                  "contract_type": "contract", "currency": "CNY"}, parent=self)
        form.exec()

    def on_edit_clicked(self) -> None:
        project = self.current_project()
        if project:
            RecordForm(self.session.fair.signing, "signing_projects", project,
                       fields=PROJECT_FIELDS, parent=self).exec()

    def on_signed_clicked(self) -> None:
        project = self.current_project()
        if project:
            run_op(self, lambda: self.session.fair.signing.mark_signed(project),
                   title=self.tr("Not signed"))

    def on_place_clicked(self) -> None:
        project, session_id = self.current_project(), self.current_session()
        if not project:
            return
        if not session_id:
            self.issues_label.setText(self.tr("The agenda has no signing session yet."))
            return
        done = run_op(self, lambda: self.session.fair.signing.place_project(project, session_id),
                      title=self.tr("Not added"))
        if done is not FAILED:
            self.tabs.setCurrentIndex(1)

    def on_slot_moved(self, slot_id: str, position: int) -> None:
        run_op(self, lambda: self.session.fair.signing.move_slot(slot_id, position),
               title=self.tr("Not moved"))
        self.select_slot(slot_id)

    def on_project_dropped(self, project_id: str, position: int) -> None:
        session_id = self.current_session()
        if session_id:
            run_op(self, lambda: self.session.fair.signing.place_project(project_id, session_id,
                                                                          position),
                   title=self.tr("Not added"))

    def on_remove_slot_clicked(self) -> None:
        slot = self.current_slot()
        if slot:
            run_op(self, lambda: self.session.fair.signing.delete("ceremony_slots", slot),
                   title=self.tr("Not removed"))

    def on_minutes_clicked(self) -> None:
        slot = self.current_slot()
        if slot:
            RecordForm(self.session.fair.signing, "ceremony_slots", slot, fields=["minutes"],
                       parent=self).exec()


# the fair settings the page's figures follow: a project not yet signed is valued at today's
# rates, and the committee decides whether letters of intent count
SIGNING_SETTINGS = {"money.rates", "signing.count_intents"}
ISSUE_LINES = 4  # problems listed under the running order (the rest: hover the rows)
MAX_COLUMN = 240  # px: a longer name wraps at a word onto a second line, never cut
SAMPLED_ROWS = 80  # rows a column's width is measured on
NAME_COLUMN = 380  # px: the projects table's names (hundreds of rows: one line each)


def fit_columns(view: Any, *, wrap: bool = True, widest: dict[int, int] | None = None) -> None:
    """Columns as wide as their header and their first SAMPLED_ROWS cells, up to MAX_COLUMN
    (or ``widest`` of a column); with ``wrap`` long cells wrap between words.

    Measured here from the font (Qt's resizeColumnsToContents asks every role of every
    sampled cell: ten times the calls)."""
    view.setWordWrap(wrap)
    model, metrics, header = view.model(), view.fontMetrics(), view.horizontalHeader()
    rows = min(model.rowCount(), SAMPLED_ROWS)
    for column in range(model.columnCount()):
        cells = (str(model.index(r, column).data() or "") for r in range(rows))
        width = max((metrics.horizontalAdvance(text) for text in cells), default=0) + 14
        width = max(width, header.sectionSizeFromContents(column).width())
        view.setColumnWidth(column, min(width, (widest or {}).get(column, MAX_COLUMN)))


ROW_HEIGHT = 26  # px, one line, as make_table_view's rows


def fit_rows(view: Any) -> None:
    """Each row as tall as its longest wrapped cell needs (estimated from the font: Qt's
    resizeRowsToContents lays out every cell of every row, half the tab's time)."""
    model, metrics = view.model(), view.fontMetrics()
    widths = [max(view.columnWidth(c) - 10, 1) for c in range(model.columnCount())]
    line = metrics.lineSpacing()
    for row in range(model.rowCount()):
        lines = max((-(-metrics.horizontalAdvance(str(model.index(row, c).data() or ""))
                      // widths[c]) for c in range(len(widths))), default=1)
        view.setRowHeight(row, ROW_HEIGHT if lines <= 1 else lines * line + 8)


def _vocab(vocab: dict) -> list[tuple[str, str]]:
    return [(code, label(vocab, code)) for code in vocab]


def _signs(slot: ceremony.Slot, side: str) -> str:
    english = language() == "en"
    return ("; " if english else "、").join(
        (f"{s.name} ({s.title})" if english else f"{s.name}（{s.title}）") if s.title else s.name
        for s in slot.signatories if s.side == side and s.name)


def slot_rows(order: ceremony.RunningOrder, issues: list[ceremony.Issue]) -> list[dict]:
    """The running order's rows with the checks' reasons (red for errors, amber else)."""
    by_slot: dict[str, list[ceremony.Issue]] = {}
    for issue in issues:
        by_slot.setdefault(issue.slot_id, []).append(issue)
    rows = []
    for slot in order.slots:
        found = by_slot.get(slot.id, [])
        rows.append({
            "id": slot.id, "position": slot.position, "minutes": slot.minutes,
            "time": f"{slot.starts_at:%H:%M}–{slot.ends_at:%H:%M}",
            "project": slot.project_label, "county": slot.county_label,
            "total": yi_text(slot.total_fen), "investor_signs": _signs(slot, "investor"),
            "local_signs": _signs(slot, "local"),
            "witnesses": "、".join(w.name for w in slot.witnesses),
            "_problems": [i.text for i in found],
            "_severity": "error" if any(i.severity == ceremony.Severity.ERROR for i in found)
            else "warning"})
    return rows


def _over(tab: QWidget, upper: QWidget, lower: QWidget) -> QWidget:
    """``tab`` holding ``upper`` over ``lower`` (its records' details), 3 : 1, resizable."""
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(upper)
    split.addWidget(lower)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 1)
    QVBoxLayout(tab).addWidget(split)
    return tab
