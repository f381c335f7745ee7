"""The main window: navigation by area on the left, the area's page on the right."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.base.errors import FairFileError
from fairdesk.base.i18n import language
from fairdesk.core.context import Operator
from fairdesk.core.dashboard import display_name
from fairdesk.core.fair import Fair
from fairdesk.core.roles import PermissionDenied, role_name
from fairdesk.gui import prefs
from fairdesk.gui.checkin.scanner import ScanCatcher
from fairdesk.gui.checkpoints import IdleCheckpoint, RollingBackup
from fairdesk.gui.errors import show_error
from fairdesk.gui.menus import MenuBar
from fairdesk.gui.page_stack import PageStack
from fairdesk.gui.pages import page_specs
from fairdesk.gui.qt import (
    QApplication,
    QCloseEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QShortcut,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.session import FairSession
from fairdesk.gui.signin import ask_sign_in
from fairdesk.gui.start import StartPanel
from fairdesk.gui.widgets import keys
from fairdesk.gui.widgets.jobs import modal_jobs
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.page import Page
from fairdesk.gui.widgets.record_table import RecordTable
from fairdesk.storage import fairfile
from fairdesk.storage.sqlerrors import reason

if TYPE_CHECKING:
    from fairdesk.gui.checkin.lookup import ScanLookup


def _refuse_read_only(path: Path) -> None:
    """Raise sqlite3's own read-only error for a file or folder we may not write to (the
    operator's sign-in is written once the file is checked, after the window is shown)."""
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise sqlite3.OperationalError("attempt to write a readonly database")


class MainWindow(QMainWindow):
    """One window per laptop session; holds the :class:`FairSession` and the pages."""

    routes_scans = True  # the window hears the scanner on every page (see on_code_scanned)

    def __init__(self, operator: Operator, parent: QWidget | None = None, *,
                 pin: str = "") -> None:
        super().__init__(parent)
        self.operator = operator
        self.pin = pin  # the role's PIN as typed at sign-in: each fair opened checks it
        self.session = FairSession(self)
        self.checkpoints = IdleCheckpoint(self.session, self)
        self.rolling_backup = RollingBackup(self.session, self)
        self.root = QStackedWidget()
        self.start = StartPanel()
        self.navigation = QListWidget(objectName="navigation")
        self.navigation_header = QLabel(objectName="navigationHeader")
        self.page_stack = PageStack(self.session)
        self.operator_label = QLabel()
        self.file_label = QLabel()
        self.menus = MenuBar(self)
        self.scanner = ScanCatcher(self)
        self._scan_lookup = None
        self._build()
        self._build_pages()
        self._build_shortcuts()
        self._connect_signals()
        self.menus.retranslate()
        self._show_titles()
        self.resize(1400, 900)

    # --- building ---------------------------------------------------------------------
    def _build(self) -> None:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.navigation_header)
        side_layout.addWidget(self.navigation)
        side.setFixedWidth(210)
        self.navigation_header.setWordWrap(True)
        workspace = QWidget()
        layout = QHBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.page_stack, 1)
        self.root.addWidget(self.start)
        self.root.addWidget(workspace)
        self.setCentralWidget(self.root)
        self.setMenuBar(self.menus)
        self.statusBar().addPermanentWidget(self.file_label)
        self.statusBar().addPermanentWidget(self.operator_label)

    def _build_pages(self) -> None:
        """A navigation entry per page class; only the visible page is built now."""
        current = max(self.navigation.currentRow(), 0)
        self.navigation.blockSignals(True)
        self.navigation.clear()
        titles = self.page_stack.load(page_specs(), current)
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(title)
            if number <= 9:
                item.setToolTip(QKeySequence(f"Ctrl+{number}").toString(
                    QKeySequence.SequenceFormat.NativeText))
            self.navigation.addItem(item)
        self.navigation.setCurrentRow(self.page_stack.currentIndex())
        self.navigation.blockSignals(False)
        self._link_dashboard()

    def _link_dashboard(self) -> None:
        dashboard = self.page("dashboard")
        if dashboard is not None and hasattr(dashboard, "link_cards"):
            dashboard.link_cards({spec.area for spec in self.page_stack.specs})
            dashboard.area_requested.connect(self.show_area)

    def show_area(self, area: str) -> None:
        """Show the page of ``area`` if there is one."""
        row = self.page_stack.row_of(area)
        if row >= 0:
            self.show_page(row)

    def show_page_of(self, page_class: type) -> Page | None:
        """Show the page built from ``page_class`` and return it (None if the window has none).

        For the pages that share an area (the reception roster's pages)."""
        row = self.page_stack.row_of_class(page_class)
        if row < 0:
            return None
        self.show_page(row)
        return self.page_stack.page_at(row)

    def _build_shortcuts(self) -> None:
        """Ctrl+1 … Ctrl+9 show the pages in navigation order."""
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.show_page(row))
        self.setProperty(keys.OWNS_EDIT_KEYS, True)  # Edit → Find, Save, Delete (menus.py)

    def on_find_activated(self) -> None:
        """Ctrl+F: the shown page's search box (a line edit named ``…search``), text selected:
        on a page of several tables, the box of the table being worked in."""
        page = self.current_page()
        boxes = [] if page is None else [
            box for box in page.findChildren(QLineEdit) if box.objectName().endswith("search")]
        focus = QApplication.focusWidget()
        # the box of the table being worked in, else one shown, else one on a tab not shown
        boxes.sort(key=lambda box: (not (focus and box.parentWidget().isAncestorOf(focus)),
                                    not box.isVisible()))
        if boxes:
            keys.bring_into_view(boxes[0])
            boxes[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
            boxes[0].selectAll()

    def on_save_activated(self) -> None:
        """Ctrl+S: the shown page saves its form (a page without one has nothing to save)."""
        page = self.current_page()
        if page is not None and hasattr(page, "save_requested"):
            page.save_requested()

    def on_delete_activated(self) -> None:
        """Del: the record chosen in the table that has the focus, after asking (its Delete
        button); in a text box the key deletes text, as ever (the box takes it first)."""
        table = keys.ancestor(QApplication.focusWidget(), RecordTable)
        page = self.current_page()
        if table is not None and table.delete_button.isEnabled():
            table.on_delete_clicked()
        elif page is not None and hasattr(page, "delete_requested"):
            page.delete_requested()

    def show_page(self, row: int) -> None:
        if 0 <= row < self.navigation.count():
            self.navigation.setCurrentRow(row)

    def show_next_page(self, step: int) -> None:
        """View → Next page (Ctrl+PgDown, ``step`` 1) or Previous page (Ctrl+PgUp, -1), in
        navigation order, round from the last page to the first."""
        count = self.navigation.count()
        if count:
            self.show_page((max(self.navigation.currentRow(), 0) + step) % count)

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self.on_navigation_current_row_changed)
        self.session.fair_changed.connect(self.on_fair_changed)
        self.session.fair_opened.connect(self.on_fair_opened)
        self.session.fair_closed.connect(self.on_fair_closed)
        self.scanner.code_scanned.connect(self.on_code_scanned)
        self.scanner.hold_first_key = lambda: bool(
            getattr(self.current_page(), "takes_scans", False))
        modal_jobs().busy.connect(self.on_modal_job_busy)
        self._connect_start()

    def _connect_start(self) -> None:
        self.start.new_requested.connect(self.menus.on_new_triggered)
        self.start.open_requested.connect(self.menus.on_open_triggered)
        self.start.recent_chosen.connect(self.open_path)

    def retranslate(self) -> None:
        """Re-read every visible string in the current language (pages are rebuilt)."""
        self.menus.retranslate()
        self._build_pages()
        self.start.deleteLater()
        self._replace_start()
        self._show_titles()

    def _replace_start(self) -> None:
        self.root.removeWidget(self.start)
        self.start = StartPanel()
        self.root.insertWidget(0, self.start)
        self._connect_start()
        self.root.setCurrentIndex(1 if self.session.fair else 0)

    def _show_titles(self) -> None:
        fair = self.session.fair
        if fair is None:
            self.setWindowTitle(self.tr("fairdesk — Investment Fair Desk"))
            self.file_label.setText("")
        else:
            where = fair.path.name if fair.path else self.tr("(in memory)")
            self.setWindowTitle(f"{display_name(fair)} — {where} — fairdesk")
            self.file_label.setText(str(fair.path or ""))
            self.navigation_header.setText(display_name(fair))
        self.menus.update_enabled()
        zh, en = role_name(self.operator.role, self.operator.department)
        self.operator_label.setText(self.tr("Operator: %1 @ %2 (%3)").replace(
            "%1", self.operator.name).replace("%2", self.operator.desk or "—").replace(
            "%3", en if language() == "en" else zh))

    # --- opening and closing fairs ----------------------------------------------------
    def open_fair(self, fair: Fair) -> None:
        """Show ``fair`` (already open); signs the current operator in to it.

        When the fair does not take the operator's role (its PIN is wrong), the sign-in
        dialog says so and asks again; cancelled, the operator works without a role.
        """
        try:
            fair.sign_in(self.operator, self.pin, record_later=True)  # after the file check
        except PermissionDenied as exc:
            self._sign_in_again(fair, str(exc))
        self.session.open(fair)
        if fair.check_pending:
            from fairdesk.gui.file_check import FileCheck

            FileCheck(self, self.session, self.on_fair_found_damaged)
        if fair.path is not None:
            prefs.add_recent_file(fair.path)

    def on_fair_found_damaged(self, fair: Fair) -> None:
        """The background check found the file damaged: nothing was written to it; it is
        closed, unchanged, and the window says what to do."""
        self.session.close()
        show_error(self, fairfile.damaged_error(fair.path or Path("fair")),
                   self.tr("Cannot open the fair"))

    def open_fair_file(self, path: str | Path) -> None:
        """Open the fair file at ``path``.

        Raises FairFileError: missing, damaged, from a newer fairdesk, or read-only
        (signing in writes the operator to the file).
        """
        fair = Fair.open(path, self.operator, check_later=True)  # checked after the paint
        try:
            _refuse_read_only(Path(path))  # signing in writes, a little later
            self.open_fair(fair)
        except sqlite3.Error as exc:
            fair.close()
            why = reason(exc)
            raise FairFileError(f"无法写入投洽会文件 {path}：{why.zh}。",
                                f"Cannot write to the fair file {path}: {why.en}.") from exc

    def open_path(self, path: str) -> bool:
        """Open ``path``, showing a sentence (not a traceback) if it cannot be opened."""
        opened = run_op(self, lambda: self.open_fair_file(path),
                        title=self.tr("Cannot open the fair"))
        if opened is FAILED:
            self.start.refresh()
            return False
        return True

    def _sign_in_again(self, fair: Fair, refusal: str) -> None:
        signed = ask_sign_in(self, check=fair.sign_in, refusal=refusal)
        if signed is None:
            self.operator, self.pin = replace(self.operator, role="", department=""), ""
            fair.sign_in(self.operator)
        else:
            self.operator, self.pin = signed.operator, signed.pin

    def set_operator(self, operator: Operator, pin: str = "") -> None:
        """Make ``operator`` the author of changes from now on. Raises PermissionDenied
        (a wrong PIN for the open fair; nothing changes then)."""
        if self.session.fair is not None:
            self.session.fair.sign_in(operator, pin)
        self.operator, self.pin = operator, pin
        self.session.operator_changed()
        self._show_titles()

    @property
    def pages(self) -> list[Page]:
        """The pages built so far (a page is built when first shown)."""
        return self.page_stack.built_pages()

    def current_page(self) -> Page | None:
        widget = self.page_stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def page(self, area: str) -> Page | None:
        """The page of ``area`` (built now if it was not yet), or None."""
        return self.page_stack.page_at(self.page_stack.row_of(area))

    # --- slots ----------------------------------------------------------------------
    def on_navigation_current_row_changed(self, row: int) -> None:
        self.page_stack.show_row(row)
        page = self.current_page()
        if page is not None and not getattr(page, "takes_scans", False):  # the desk: its own Esc
            for box in page.findChildren(QLineEdit):
                if box.objectName().endswith("search"):
                    keys.clear_on_escape(box)  # Esc clears the search

    def on_code_scanned(self, code: str) -> None:
        """A scan on any page: the check-in desk records it; elsewhere the guest's card
        opens (nothing recorded)."""
        page = self.current_page()
        if page is not None and getattr(page, "takes_scans", False):
            page.on_code_scanned(code)  # type: ignore[attr-defined]
            return
        self.scan_lookup().show_code(code)

    def scan_lookup(self) -> ScanLookup:
        """The small window a scan away from the desk opens (made on the first such scan)."""
        if self._scan_lookup is None:
            from fairdesk.gui.checkin.lookup import ScanLookup

            self._scan_lookup = ScanLookup(self.session, self)
            self._scan_lookup.guest_requested.connect(self.on_scan_guest_requested)
            self._scan_lookup.desk_requested.connect(lambda: self.show_area("badges"))
        return self._scan_lookup

    def on_scan_guest_requested(self, guest_id: str) -> None:
        self.show_area("guests")
        page = self.current_page()
        if page is not None and hasattr(page, "on_guest_chosen"):
            page.on_guest_chosen(guest_id)

    def on_fair_opened(self, _fair: Fair) -> None:
        self.scanner.install()
        self.root.setCurrentIndex(1)
        self._show_titles()

    def on_modal_job_busy(self, busy: bool) -> None:
        """Behind a job's modal dialog no scan is taken: the scanner's filter stands aside,
        so the GUI thread runs no Python per event while the worker renders."""
        if busy:
            self.scanner.remove()
        elif self.session.fair is not None:
            self.scanner.install()

    def on_fair_closed(self) -> None:
        self.scanner.remove()
        self.root.setCurrentIndex(0)
        self.start.refresh()
        self._show_titles()

    def on_fair_changed(self, changes: object) -> None:
        if "fair_settings" in changes.entities:  # type: ignore[attr-defined]
            self._show_titles()

    # --- window state -----------------------------------------------------------------
    def restore_geometry(self) -> None:
        geometry = prefs.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _finish_jobs(self) -> None:
        """Let running jobs (printing, planning) end and deliver their results first:
        they write to the fair when they finish, and a thread must not outlive the app."""
        from fairdesk.gui.widgets import jobs

        if not jobs.RUNNING:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            jobs.wait_for_jobs()
            QApplication.processEvents()
        finally:
            QApplication.restoreOverrideCursor()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        prefs.save_window_geometry(self.saveGeometry())
        self._finish_jobs()
        self.session.close()
        super().closeEvent(event)
