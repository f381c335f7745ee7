"""A guest's reception chain at a glance: stay, trips (car, driver), escort and meals.

Compact enough to embed in a guest's details or at the check-in desk:

    chain = GuestChainView()
    chain.show_guest(fair, guest_id)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fairdesk.core.privacy import shown
from fairdesk.core.reception.chain import guest_chain
from fairdesk.core.vocab import GUEST_CATEGORIES, ROOM_TYPES, TRIP_PURPOSES, label, named
from fairdesk.gui.qt import QFrame, QLabel, QVBoxLayout, QWidget
from fairdesk.gui.style import set_role, set_tone

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


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
                item.widget().hide()
                item.widget().setParent(None)
                item.widget().deleteLater()
        self._labels = []

    def _add(self, text: str, *, role: str = "", tone: str = "") -> QLabel:
        """A line of the chain; ``role`` / ``tone`` name its look in the app stylesheet."""
        label = QLabel(text)
        label.setWordWrap(True)
        set_role(label, role)
        set_tone(label, tone)
        self._layout.addWidget(label)
        self._labels.append(label)
        return label

    def show_guest(self, fair: Fair | None, guest_id: str) -> None:
        """Show ``guest_id``'s chain (or a hint when none is chosen)."""
        self._clear()
        if fair is None or not guest_id:
            self._add(
                self.tr("Choose a guest to see their stay, trips and escort."), role="hint"
            )
            self._layout.addStretch(1)
            return
        found = guest_chain(fair, guest_id)
        g = found.guest
        name = g["name"] + (f" (+{len(found.companions)})" if found.companions else "")
        self._add(name, role="chainName")
        detail = " · ".join(
            x for x in (label(GUEST_CATEGORIES, g["category"]), g["organisation"]) if x
        )
        self._add(detail, role="detail")
        if g["arrival_at"]:
            self._add(
                self.tr("Arrives %1").replace(
                    "%1",
                    " ".join(
                        x
                        for x in (
                            _when(g["arrival_at"]),
                            g["arrival_transport"],
                            g["arrival_place"],
                        )
                        if x
                    ),
                ),
                role="detail",
            )
        self._section(
            self.tr("Stay"),
            [self._stay(s) for s in found.stays if not s["companion_id"]],
            self.tr("No room yet"),
        )
        self._section(
            self.tr("Trips"), [self._trip(fair, t) for t in found.trips],
            self.tr("No trip booked")
        )
        self._section(
            self.tr("Escort"),
            [" ".join(x for x in (e["name"], shown(fair, "phone", e["phone"])) if x)
             for e in found.unique_escorts()],
            self.tr("No escort"),
        )
        meals = [
            self.tr("%1, table %2, seat %3")
            .replace("%1", named(m, "sitting_name"))
            .replace("%2", str(m["number"]))
            .replace("%3", str(m["seat_no"]))
            for m in found.meals
        ]
        self._section(self.tr("Meals"), meals, self.tr("No seat at a banquet"))
        self._layout.addStretch(1)

    def _stay(self, s: dict) -> str:
        from fairdesk.core.reception.model import nights as stay_nights

        nights = len(stay_nights(s["check_in"], s["check_out"]))
        room = s["room_number"] or self.tr("room number at check-in")
        kind = label(ROOM_TYPES, s["type"]) if s["type"] else ""
        text = self.tr("%1 %2 %3, %4 to %5, nights: %6")
        return (
            text.replace("%1", named(s, "hotel_name"))
            .replace("%2", room)
            .replace("%3", kind)
            .replace("%4", s["check_in"][5:])
            .replace("%5", s["check_out"][5:])
            .replace("%6", str(nights))
        )

    def _trip(self, fair: Fair, t: dict) -> str:
        phone = shown(fair, "phone", t["driver_phone"])  # masked for a role that may not see it
        car = " ".join(x for x in (t["plate"], t["driver_name"], phone) if x) \
            or self.tr("no car yet")
        return (
            f"{_when(t['starts_at'])} {label(TRIP_PURPOSES, t['purpose'])}: "
            f"{t['from_place']} → {t['to_place']}\n{car}"
        )

    def _section(self, heading: str, lines: list[str], missing: str) -> None:
        self._add(heading, role="chainHeading")
        if not lines:
            self._add(missing, tone="error")
        for line in lines:
            self._add(line)

    def texts(self) -> list[str]:
        """What the widget reads, top to bottom (for tests and accessibility)."""
        return [label.text() for label in self._labels]


def _when(iso: str) -> str:
    return f"{iso[5:10]} {iso[11:16]}"

