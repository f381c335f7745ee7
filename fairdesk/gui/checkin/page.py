"""The check-in desk: a full-screen page for a laptop at the venue door.

Scan a badge (USB scanner, whatever has focus, Chinese input method or not; or
the webcam where QtMultimedia and zxing-cpp are installed) and the card shows at
once: green checked in, amber already checked in, red refused with the reason.
Search by name or pinyin for a guest without a badge and check them in by hand;
undo the desk's last check-in; live counters. In session sign-in mode scans mark
attendance for the chosen agenda session.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

from fairdesk.base.errors import FairdeskError
from fairdesk.base.i18n import language
from fairdesk.core.badges import checkin
from fairdesk.core.badges.desk_card import category_colour, category_labels
from fairdesk.core.changes import Changes
from fairdesk.core.timeutil import fair_now_iso
from fairdesk.gui import style
from fairdesk.gui.badges.printing import confirm_reprints, print_badges
from fairdesk.gui.checkin.card import COLOURS, CheckInCard
from fairdesk.gui.checkin.scanner import ScanCatcher
from fairdesk.gui.checkin.sounds import DeskSounds
from fairdesk.gui.qt import (
    QColor,
    QComboBox,
    QDesktopServices,
    QEvent,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHideEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    QPushButton,
    QShortcut,
    QShowEvent,
    Qt,
    QTimer,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fairdesk.gui.session import FairSession
from fairdesk.gui.widgets.flow import FlowLayout
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.page import Page

RECENT = 12


def camera_available() -> bool:
    """A webcam scanner needs QtMultimedia (pyside6-addons) and zxing-cpp."""
    return (importlib.util.find_spec("PySide6.QtMultimedia") is not None
            and importlib.util.find_spec("zxingcpp") is not None)


class CheckInPage(Page):
    area = "badges"
    takes_scans = True  # the window hands this page the scans made while it is shown

    scan_handled = Signal(object)  # ScanResult, after the card shows it
    badge_printed = Signal(str)  # the PDF's path

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.catcher = ScanCatcher(self)
        self.sound = True
        self.sounds = DeskSounds(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._camera = None
        self.badge_folder: Path | None = None  # where desk reprints go; None: ask
        self.open_printed = True
        self._worker = None
        self._session_titles: dict[str, str] = {}
        self.walk_in_dialog = None
        self._build()
        self._connect_signals()
        if session.fair is not None:
            self.refresh()

    def title(self) -> str:
        return self.tr("Check-in desk")

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.card = CheckInCard(session=self.session)
        self.desk = QLineEdit()
        self.desk.setPlaceholderText(self.tr("Desk name"))
        self.desk.setMaximumWidth(160)
        self.mode = QComboBox()
        self.mode.setMinimumContentsLength(16)  # a long session title is elided, not widening
        self.mode.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.camera_button = QPushButton(self.tr("Webcam"))
        self.camera_button.setVisible(camera_available())
        self.full_screen_button = QPushButton(self.tr("Full screen (F11)"))
        self.full_screen_button.setCheckable(True)
        self.full_screen_shortcut = QShortcut(QKeySequence("F11"), self)
        self.leave_full_screen = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)  # Esc, too
        self.leave_full_screen.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.leave_full_screen.setEnabled(False)  # only while full screen
        self.total = QLabel()
        self.total.setObjectName("deskTotal")
        header = QHBoxLayout()
        heading = QLabel(self.tr("Check-in desk"))
        heading.setObjectName("pageTitle")
        header.addWidget(heading)
        header.addSpacing(16)
        header.addWidget(QLabel(self.tr("Desk")))
        header.addWidget(self.desk)
        header.addWidget(QLabel(self.tr("Mode")))
        header.addWidget(self.mode, 1)
        header.addWidget(self.camera_button)
        header.addWidget(self.full_screen_button)
        self.total.setWordWrap(True)
        # the chips wrap onto a second row rather than widen the page past a laptop's screen
        self.by_category = FlowLayout()
        left = QVBoxLayout()
        left.addWidget(self.card, 1)
        left.addWidget(self.total)
        left.addLayout(self.by_category)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self._side_panel(), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.setObjectName("checkInPage")  # its larger type is in the app stylesheet

    def _side_panel(self) -> QWidget:
        panel = QFrame()
        panel.setMinimumWidth(280)
        panel.setMaximumWidth(360)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Name, pinyin or badge code"))
        self.search.setToolTip(self.tr(
            "↓↑ choose · Enter shows the card · Ctrl+Enter checks in · Esc clears"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.search.installEventFilter(self)  # Down/Up walk the results, Enter opens the card
        self.results.installEventFilter(self)
        self.manual_button = QPushButton(self.tr("Check in (Ctrl+Enter)"))
        self.manual_button.setToolTip(self.tr("Check in the selected guest"))
        self.manual_button.setEnabled(False)
        self.check_in_shortcuts = [QShortcut(QKeySequence(k), self) for k in
                                   ("Ctrl+Return", "Ctrl+Enter")]
        self.reprint_button = QPushButton(self.tr("Print a new badge"))
        self.reprint_button.setToolTip(self.tr("Print a new badge for the selected guest"))
        self.reprint_button.setEnabled(False)
        self.itinerary_button = QPushButton(self.tr("Print the selected guest's itinerary"))
        self.itinerary_button.setEnabled(False)
        self.undo_button = QPushButton(self.tr("Undo the last check-in"))
        self.walk_in_button = QPushButton(self.tr("Walk-in… (Ctrl+Shift+N)"))
        self.walk_in_button.setToolTip(self.tr(
            "Register a guest who is not on the list, check them in and print their badge"))
        self.walk_in_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        self.recent = QListWidget()
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setWordWrap(True)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        for widget in (self._side_title(self.tr("Search")), self.search, self.results,
                       self.manual_button, self.reprint_button, self.itinerary_button,
                       self.undo_button, self.walk_in_button, self.message,
                       self._side_title(self.tr("Recent scans")), self.recent):
            layout.addWidget(widget)
        layout.setStretch(2, 2)
        layout.setStretch(9, 3)
        return panel

    @staticmethod
    def _side_title(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sideTitle")
        return label

    def _connect_signals(self) -> None:
        self.catcher.code_scanned.connect(self.on_code_scanned)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.on_search_return_pressed)
        self._search_timer.timeout.connect(self.on_search_timeout)
        self.results.currentItemChanged.connect(self.on_result_selected)
        self.results.itemActivated.connect(self.on_result_activated)
        self.manual_button.clicked.connect(self.on_manual_check_in)
        for shortcut in self.check_in_shortcuts:
            shortcut.activated.connect(self.on_manual_check_in)
        self.reprint_button.clicked.connect(self.on_reprint_clicked)
        self.itinerary_button.clicked.connect(self.on_itinerary_clicked)
        self.undo_button.clicked.connect(self.on_undo_clicked)
        self.walk_in_button.clicked.connect(self.on_walk_in_clicked)
        self.walk_in_shortcut.activated.connect(self.on_walk_in_clicked)
        self.mode.currentIndexChanged.connect(self.on_mode_changed)
        self.camera_button.clicked.connect(self.on_camera_clicked)
        self.full_screen_button.toggled.connect(self.on_full_screen_toggled)
        self.full_screen_shortcut.activated.connect(self.full_screen_button.toggle)
        self.leave_full_screen.activated.connect(self.on_escape_in_full_screen)

    # --- showing and hiding: the scanner listens only while the desk is visible ---------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not getattr(self.window(), "routes_scans", False):  # else the window hands them on
            self.catcher.install()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.catcher.remove()
        super().hideEvent(event)

    # --- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        if not self.desk.text():
            self.desk.setText(fair.operator.desk or self.tr("Door 1"))
        self._fill_sessions()
        self._refresh_counters()

    def on_fair_changed(self, changes: Changes) -> None:
        if not changes.areas & {"badges", "guests", "agenda"} or self.wait_while_hidden():
            return
        if "agenda_sessions" in changes.entities:
            self._fill_sessions()
        self._refresh_counters()
        if "guests" in changes.entities and self.results.count():
            self.research()  # a guest listed may be renamed, moved or gone

    def research(self) -> None:
        """Search the box's text again, the guest chosen in the results kept chosen."""
        item = self.results.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.on_search_timeout()
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole) == chosen:
                self.results.setCurrentRow(row)
                break

    def _fill_sessions(self) -> None:
        fair = self.session.fair
        current = self.session_id()
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItem(self.tr("Registration (arrival)"), None)
        self._session_titles = {}
        for s in fair.agenda.list("agenda_sessions"):
            title = s["title_en"] if language() == "en" and s["title_en"] else s["title"]
            self._session_titles[s["id"]] = title
            self.mode.addItem(self.tr("Sign-in: %1 %2").replace("%1", s["starts_at"][5:16]
                              .replace("T", " ")).replace("%2", title), s["id"])
        index = self.mode.findData(current)
        self.mode.setCurrentIndex(max(0, index))
        self.mode.blockSignals(False)

    def session_id(self) -> str | None:
        return self.mode.currentData() if self.mode.count() else None

    def _refresh_counters(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        sid = self.session_id()
        if sid:
            self.total.setText(self.tr("Signed in: %1").replace(
                "%1", str(checkin.session_count(fair, sid))))
            self._category_chips(checkin.session_counters(fair, sid))
        else:
            c = checkin.desk_counters(fair)
            self.total.setText(self.tr("Arrived %1 / expected %2 · today %3 / %4")
                               .replace("%1", str(c.arrived)).replace("%2", str(c.expected))
                               .replace("%3", str(c.arrived_today))
                               .replace("%4", str(c.expected_today)))
            self._category_chips(c.by_category)

    def _category_chips(self, counts: tuple[checkin.CategoryCount, ...]) -> None:
        while self.by_category.count():
            item = self.by_category.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for cat in counts:
            zh, en = category_labels(cat.category)
            chip = QLabel(f"{en if language() == 'en' else zh}  {cat.arrived}/{cat.expected}")
            chip.setObjectName("categoryCount")
            chip.setStyleSheet(style.category_chip(category_colour(cat.category)))
            self.by_category.addWidget(chip)

    # --- scanning ------------------------------------------------------------------------------
    def on_code_scanned(self, code: str) -> None:
        self._check_in(checkin.check_in, code)

    def _check_in(self, how: Callable[..., checkin.ScanResult],
                  value: str) -> checkin.ScanResult | None:
        """``how`` is check_in for scanned text (badge codes only), check_in_guest for the
        guest the operator chose from the search."""
        fair = self.session.fair
        if fair is None:
            return None
        result = run_op(self, lambda: how(
            fair, value, desk=self.desk.text().strip(), session_id=self.session_id()),
            on_error=self.say_refusal)
        if result is FAILED:
            return None
        self.card.show_result(result, session=self.session_title())
        self._add_recent(result)
        self._signal(result)
        self.scan_handled.emit(result)
        return result

    def _signal(self, result: checkin.ScanResult) -> None:
        """A sound a busy desk notices: short and high for green, low for anything else."""
        if self.sound:
            self.sounds.play(result.colour)

    def session_title(self) -> str:
        """The chosen session's title (in the interface's language), empty at registration."""
        return self._session_titles.get(self.session_id() or "", "")

    def _add_recent(self, result: checkin.ScanResult) -> None:
        """Newest first, each scan at the time it was made (a rescan is not its first time)."""
        fair = self.session.fair
        name = result.card.name if result.card else self.tr("(unknown)")
        now = fair_now_iso(fair.tz)[11:19] if fair is not None else ""
        heading = self.card.banner.text().split("  ", 1)[-1]
        item = QListWidgetItem(f"{now}  {name}\n{heading} · {self.card.detail.text()}")
        item.setForeground(Qt.GlobalColor.white)
        item.setBackground(QColor(COLOURS[result.colour][0]))
        self.recent.insertItem(0, item)
        while self.recent.count() > RECENT:
            self.recent.takeItem(self.recent.count() - 1)

    # --- the fallback: search and manual check-in ------------------------------------------------
    def on_search_timeout(self) -> None:
        self._search_timer.stop()
        fair = self.session.fair
        self.results.clear()
        if fair is None:
            return
        for g in checkin.search_guests(fair, self.search.text()):
            zh, en = category_labels(g["category"])
            latin = g["name_latin"] if g["name_latin"] != g["name"] else ""
            cat = en if language() == "en" else zh
            item = QListWidgetItem(f"{g['name']}  {latin}\n{g['organisation']} · {cat}")
            item.setData(Qt.ItemDataRole.UserRole, g["id"])
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def on_search_return_pressed(self) -> None:
        """Enter in the search box: search now if the typing has not been searched yet, then
        show the chosen guest's card."""
        if self._search_timer.isActive() or not self.results.count():
            self.on_search_timeout()
        self.on_result_activated()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        """The search box walks the results with Down/Up; Esc clears the search."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()  # type: ignore[attr-defined]
        if obj is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)
            return True
        if key == Qt.Key.Key_Escape and (self.search.text() or obj is self.results):
            self.search.clear()
            self.results.clear()
            self.search.setFocus()
            return True
        return False

    def on_result_activated(self, *_args: object) -> None:
        """Show the chosen guest's card (nothing recorded yet): the operator checks it is
        the right person before Ctrl+Enter checks them in."""
        fair, item = self.session.fair, self.results.currentItem()
        if fair is None or item is None:
            return
        result = run_op(self, lambda: checkin.look_up_guest(
            fair, item.data(Qt.ItemDataRole.UserRole), session_id=self.session_id()),
            on_error=self.say_refusal)
        if result is not FAILED:
            hint = (self.tr("Ctrl+Enter signs them in") if self.session_id()
                    else self.tr("Ctrl+Enter checks them in"))
            self.card.show_result(result, session=self.session_title(), preview=hint)

    def on_result_selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.manual_button.setEnabled(current is not None)
        self.reprint_button.setEnabled(current is not None)
        self.itinerary_button.setEnabled(current is not None)

    def on_manual_check_in(self, *_args: object) -> None:
        item = self.results.currentItem()
        if item is not None:
            result = self._check_in(checkin.check_in_guest, item.data(Qt.ItemDataRole.UserRole))
            if result is not None and result.ok:  # ready for the next guest in the queue
                self.search.clear()
                self.results.clear()
                self.search.setFocus()

    def on_itinerary_clicked(self) -> None:
        """The selected guest's personal itinerary, to hand over at the desk."""
        from fairdesk.gui.agenda.printouts import print_itineraries

        fair, item = self.session.fair, self.results.currentItem()
        if fair is not None and item is not None:
            print_itineraries(self, fair, [item.data(Qt.ItemDataRole.UserRole)])

    def on_reprint_clicked(self) -> None:
        """A lost or damaged badge: print the next version (the old one becomes void)."""
        fair, item = self.session.fair, self.results.currentItem()
        if fair is None or item is None:
            return
        gid = item.data(Qt.ItemDataRole.UserRole)
        if confirm_reprints(self, fair, [gid]):
            self._print_badge(gid)

    def on_walk_in_clicked(self) -> None:
        """Register a guest not on the list, check them in, print their first badge."""
        from fairdesk.gui.checkin.walk_in import WalkInDialog

        dialog = WalkInDialog(self.session, self.desk.text().strip(), self)
        self.walk_in_dialog = dialog  # for tests and for the dialog's lifetime
        dialog.accepted.connect(lambda: self.on_walk_in_registered(dialog.result))
        dialog.open()

    def on_walk_in_registered(self, result: checkin.ScanResult | None) -> None:
        if result is None:
            return
        self.card.show_result(result, session=self.session_title())
        self._add_recent(result)
        self._signal(result)
        self.scan_handled.emit(result)
        self._print_badge(result.guest["id"])

    def _print_badge(self, gid: str) -> None:
        fair = self.session.fair
        ref = fair.get("guests", gid)["ref_code"]
        path = self._badge_path(ref)
        if path is None:
            return
        size = str(fair.setting("badge.size") or "a6").lower()
        worker = run_op(self, lambda: print_badges(
            self, fair, [gid], path, size, done=lambda _p: self.on_badge_printed(path)),
            on_error=self.say_refusal)
        if worker is not FAILED:
            self._worker = worker

    def say_refusal(self, err: FairdeskError) -> None:
        """A desk under a queue reads the refusal in its message line, no box to dismiss."""
        self.message.setText(str(err))

    def _badge_path(self, ref: str) -> Path | None:
        if self.badge_folder is not None:
            return self.badge_folder / f"badge-{ref}.pdf"
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the badge"),
                                                    f"badge-{ref}.pdf", "PDF (*.pdf)")
        return Path(name) if name else None

    def on_badge_printed(self, path: Path) -> None:
        self.message.setText(self.tr("Badge ready to print: %1").replace("%1", str(path)))
        self.badge_printed.emit(str(path))
        if self.open_printed:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def on_undo_clicked(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        undone = checkin.undo_last_check_in(fair, self.desk.text().strip())
        self.message.setText(str(undone.reason) if undone else
                             self.tr("Nothing to undo at this desk."))
        if undone is not None:
            self.card.clear()

    def on_mode_changed(self, _index: int) -> None:
        self.card.clear()
        self._refresh_counters()

    def on_escape_in_full_screen(self) -> None:
        """Esc at a full-screen desk: a search typed is cleared first, then the screen is left."""
        if self.search.text():
            self.search.clear()
            self.results.clear()
            self.search.setFocus()
        else:
            self.full_screen_button.setChecked(False)

    def on_full_screen_toggled(self, on: bool) -> None:
        self.leave_full_screen.setEnabled(on)
        window = self.window()
        if on:
            window.showFullScreen()
        else:
            window.showNormal()

    def on_camera_clicked(self) -> None:
        from fairdesk.gui.checkin.camera import CameraScanner

        if self._camera is None:
            self._camera = CameraScanner(self)
            self._camera.code_scanned.connect(self.on_code_scanned)
        self._camera.show()
