"""A guest's reception chain at a glance: stay, trips (car, driver), escort and meals.

Compact enough to embed in a guest's details or at the check-in desk:

    chain = GuestChainView()
    chain.show_guest(fair, guest_id)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fairdesk.gui import roster_data
from fairdesk.gui.qt import QFrame, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

MISSING_STYLE = "color: #c62828;"
HEADING_STYLE = "color: #455a64; font-weight: bold; margin-top: 6px;"


class GuestChainView(QFrame):
    """Sections of one guest's chain; an empty link reads in red ("no room yet")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 8, 10, 8)
        self._labels: list[QLabel] = []
        self.show_guest(None, "")

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._labels = []

    def _add(self, text: str, style: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        self._layout.addWidget(label)
        self._labels.append(label)
        return label

    def show_guest(self, fair: Fair | None, guest_id: str) -> None:
        """Show ``guest_id``'s chain (or a hint when none is chosen)."""
        self._clear()
        if fair is None or not guest_id:
            self._add(self.tr("Choose a guest to see their stay, trips and escort."),
                      "color: #757575;")
            self._layout.addStretch(1)
            return
        chain = roster_data.chain(fair, guest_id)
        self._add(chain["name"], "font-size: 14px; font-weight: bold;")
        if chain["arrival"]:
            self._add(chain["arrival"], "color: #616161;")
        self._section(self.tr("Stay"), chain["stay"], self.tr("No room yet"))
        self._section(self.tr("Trips"), chain["trips"], self.tr("No trip booked"))
        self._section(self.tr("Escort"), chain["escort"], self.tr("No escort"))
        self._section(self.tr("Meals"), chain["meals"], self.tr("No seat at a banquet"))
        self._layout.addStretch(1)

    def _section(self, heading: str, lines: list[str], missing: str) -> None:
        self._add(heading, HEADING_STYLE)
        if not lines:
            self._add(missing, MISSING_STYLE)
        for line in lines:
            self._add(line)

    def texts(self) -> list[str]:
        """What the widget reads, top to bottom (for tests and accessibility)."""
        return [label.text() for label in self._labels]
