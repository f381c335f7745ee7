"""A badge scanned away from the check-in desk: the guest's card in a small window.

The window's scanner hears a scan on every page, whatever has focus. Only the check-in
desk records arrivals; anywhere else the scan looks the guest up (nothing is written)
and shows the same card the desk would, with a way to the guest's record or the desk.
"""

from __future__ import annotations

from fairdesk.base.errors import FairdeskError
from fairdesk.core.badges import checkin
from fairdesk.core.changes import Changes
from fairdesk.gui.checkin.card import CheckInCard
from fairdesk.gui.qt import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget, Signal
from fairdesk.gui.session import FairSession
from fairdesk.gui.widgets.ops import FAILED, run_op


class ScanLookup(QDialog):
    """Non-modal, reused: each scan replaces the card shown."""

    guest_requested = Signal(str)  # show this guest's record
    desk_requested = Signal()  # go to the check-in desk
    card_shown = Signal(object)  # the ScanResult, once it is on screen

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Scanned badge"))
        self.card = CheckInCard(session=session)
        self.open_guest = QPushButton(self.tr("Open the guest's record"))
        self.open_desk = QPushButton(self.tr("Go to the check-in desk"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_guest)
        buttons.addWidget(self.open_desk)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card, 1)
        layout.addLayout(buttons)
        self.resize(920, 660)  # the card's tiles show three lines whole
        self.code = ""  # the code shown, read again when the fair changes
        session.fair_changed.connect(self.on_fair_changed)
        self.open_guest.clicked.connect(self.on_open_guest_clicked)
        self.open_desk.clicked.connect(self.on_open_desk_clicked)
        close.clicked.connect(self.close)

    def show_code(self, code: str) -> checkin.ScanResult | None:
        """Look ``code`` up and show its card; records nothing."""
        fair = self.session.fair
        if fair is None:
            return None
        result = run_op(self.parentWidget() or self, lambda: checkin.look_up(fair, code))
        if result is FAILED:
            return None
        self.code = code
        self._show(result)
        self.show()
        self.raise_()
        self.card_shown.emit(result)
        return result

    def _show(self, result: checkin.ScanResult, *, flash: bool = True) -> None:
        self.card.show_result(result, preview=self.tr("Not recorded here: check in at the desk"),
                              flash=flash)
        self.open_guest.setEnabled(result.guest is not None)

    def on_fair_changed(self, changes: Changes) -> None:
        """The card shown follows the file: the guest checked in at the desk meanwhile,
        renamed, given a room or a new badge."""
        fair = self.session.fair
        if fair is None or not self.code or not self.isVisible() or not (
                changes.areas & {"guests", "badges", "reception"}):
            return
        try:
            result = checkin.look_up(fair, self.code)
        except FairdeskError:
            return  # the card stays as it was; a new scan says what is wrong
        self._show(result, flash=False)

    def on_open_guest_clicked(self) -> None:
        if self.card.guest_id:
            self.guest_requested.emit(self.card.guest_id)
            self.close()

    def on_open_desk_clicked(self) -> None:
        self.desk_requested.emit()
        self.close()
