"""The "Reception" group of the guest form: the guest's stay, trips, escort and banquet seat.

Reads the core's chain (:func:`fairdesk.core.reception.chain.guest_chain`), the one source the
check-in desk card uses too; the trip the desk would show is in bold. A missing link reads
in red. A double-click on a trip emits ``trip_activated(trip_id, day)``.

    box = ReceptionBox()
    box.show_guest(fair, guest_id)
    box.on_fair_changed(changes)   # reloads only when the change touches the shown chain
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from fairdesk.core import privacy
from fairdesk.core.changes import Changes
from fairdesk.core.reception.chain import guest_chain
from fairdesk.core.timeutil import to_fair_iso
from fairdesk.core.vocab import ROOM_TYPES, TRIP_PURPOSES, label, named
from fairdesk.gui.guests.form_parts import small_table
from fairdesk.gui.qt import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QModelIndex,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fairdesk.gui.style import set_role, set_tone
from fairdesk.gui.widgets.models import Column, RowsModel

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.reception.chain import GuestChain

MISSING_RED = "#c62828"
MAX_TRIP_ROWS = 5


class ReceptionBox(QGroupBox):
    """The guest's reception chain as a group of the guest form."""

    trip_activated = Signal(str, str)  # trip id, its day (YYYY-MM-DD)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reception"))
        self.fair: Fair | None = None
        self.chain: GuestChain | None = None
        self.labels: dict[str, QLabel] = {}
        self.trips_model = RowsModel(self._trip_columns(), self)
        self.trips_view = small_table(self.trips_model, 2)
        self.trips_view.setObjectName("reception_trips")
        header = self.trips_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # from → to
        self.trips_view.doubleClicked.connect(self.on_trips_double_clicked)
        self.trips_hint = QLabel(self.tr("Double-click a trip to see it on the Vehicles & trips"
                                         " page."), self)
        set_role(self.trips_hint, "hint")
        self.trips_hint.setWordWrap(True)  # a long English line must not widen the form
        self._build()
        self.show_guest(None, None)

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (("stay", self.tr("Stay")), ("nights", self.tr("Nights")),
                ("sharing", self.tr("Sharing with")), ("party", self.tr("Companions' rooms")))
        for key, text in rows:
            self._row(key, text)
        self.trips_missing = QLabel(self)
        trips = QWidget(self)
        column = QVBoxLayout(trips)
        column.setContentsMargins(0, 0, 0, 0)
        for w in (self.trips_missing, self.trips_view, self.trips_hint):
            column.addWidget(w)
        self.form.addRow(self._caption(self.tr("Trips")), trips)
        self._row("escort", self.tr("Escort"))
        self._row("banquet", self.tr("Banquet"))

    def _caption(self, text: str) -> QLabel:
        caption = QLabel(text, self)
        caption.setMinimumWidth(104)  # the guest form's label column
        return caption

    def _row(self, key: str, text: str) -> None:
        value = QLabel(self)
        value.setObjectName(f"reception_{key}")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels[key] = value
        self.form.addRow(self._caption(text), value)

    def _trip_columns(self) -> list[Column]:
        return [
            Column("starts_at", lambda: self.tr("When"),
                   lambda r: f"{r['starts_at'][5:10]} {r['starts_at'][11:16]}"),
            Column("purpose", lambda: self.tr("Purpose"), lambda r: label(TRIP_PURPOSES, r["purpose"])),
            Column("route", lambda: self.tr("From → to"),
                   lambda r: f"{r['from_place']} → {r['to_place']}"),
            Column("plate", lambda: self.tr("Car"), lambda r: r["plate"] or self.tr("no car yet"),
                   foreground=lambda r: None if r["plate"] else MISSING_RED),
            Column("driver", lambda: self.tr("Driver"),
                   lambda r: " ".join(x for x in (r["driver_name"], self._phone(r["driver_phone"]))
                                      if x)),
        ]

    def _phone(self, phone: str | None) -> str:
        """A driver's or escort's phone, masked for a role that may not see it (the desk
        card and the roster's pages show it in full on a click)."""
        return privacy.shown(self.fair, "phone", phone) if self.fair is not None else ""

    # --- showing -------------------------------------------------------------------------------
    def show_guest(self, fair: Fair | None, guest_id: str | None) -> None:
        """Show ``guest_id``'s chain read from ``fair`` (or nothing). Raises NotFoundError."""
        self.fair = fair
        self.chain = guest_chain(fair, guest_id) if fair is not None and guest_id else None
        self._show()

    def reload(self) -> None:
        """Read the shown guest's chain again (it may have been deleted: then show nothing)."""
        if self.fair is None or self.chain is None:
            return
        guest_id = self.chain.guest["id"]
        exists = self.fair.guests.count("guests", id=guest_id)
        self.show_guest(self.fair if exists else None, guest_id if exists else None)

    def on_fair_changed(self, changes: Changes) -> None:
        """Reload when ``changes`` touch the shown guest's chain (no query otherwise)."""
        if self.chain is not None and self.chain.affected_by(changes):
            self.reload()

    def _show(self) -> None:
        chain = self.chain
        if chain is None:
            for value in self.labels.values():
                value.clear()
            self.trips_model.set_rows([])
            self.trips_missing.clear()
            return
        self._show_stays(chain)
        self._show_trips(chain)
        self._set("escort", [" ".join(x for x in (e["name"], self._phone(e["phone"]), e["unit"]) if x)
                             for e in chain.unique_escorts()], self.tr("No escort"))
        self._set("banquet", [self.tr("%1, table %2, seat %3").replace("%1", named(m, "sitting_name"))
                              .replace("%2", str(m["number"])).replace("%3", str(m["seat_no"]))
                              for m in chain.meals], self.tr("No seat at a banquet"))

    def _show_stays(self, chain: GuestChain) -> None:
        own = chain.own_stays
        self._set("stay", [self._where(s) for s in own], self.tr("No room yet"))
        self._set("nights", [self._nights(s) for s in own], "")
        self._set("sharing", ["、".join(chain.sharing.get(s["id"]) or []) or self.tr("no one")
                              for s in own], "")
        party = [self.tr("%1: %2").replace("%1", chain.companion_name(s["companion_id"]))
                 .replace("%2", self._where(s)) for s in chain.stays if s["companion_id"]]
        self._set("party", party, "")
        for key in ("nights", "sharing"):
            self.form.setRowVisible(self.labels[key], bool(own))
        self.form.setRowVisible(self.labels["party"], bool(party))

    def _where(self, s: dict) -> str:
        room = s["room_number"] or self.tr("room number at check-in")
        kind = label(ROOM_TYPES, s["type"]) if s["type"] else ""
        return " · ".join(x for x in (named(s, "hotel_name"), room, kind) if x)

    def _nights(self, s: dict) -> str:
        from fairdesk.core.reception.model import nights

        n = len(nights(s["check_in"], s["check_out"]))
        return (self.tr("%1 to %2, %3 night(s)").replace("%1", s["check_in"][5:])
                .replace("%2", s["check_out"][5:]).replace("%3", str(n)))

    def _show_trips(self, chain: GuestChain) -> None:
        now = to_fair_iso(datetime.now(UTC), self.fair.tz) if self.fair is not None else ""
        current = chain.current_trip(now)
        rows = [{**t, "_bold": current is not None and t["id"] == current["id"]}
                for t in chain.trips]
        self.trips_model.set_rows(rows)
        self._fit_trips(len(rows))
        for w in (self.trips_view, self.trips_hint):
            w.setVisible(bool(rows))
        self.trips_missing.setText("" if rows else self.tr("No trip booked"))
        set_tone(self.trips_missing, "missing")
        self.trips_missing.setVisible(not rows)
        self.trips_view.setToolTip(self.tr("In bold: the trip the check-in desk shows.")
                                   if current else "")

    def _fit_trips(self, count: int) -> None:
        """Tall enough for every trip (up to MAX_TRIP_ROWS, then it scrolls)."""
        view = self.trips_view
        view.resizeRowsToContents()
        shown = min(count, MAX_TRIP_ROWS)
        rows = sum(view.rowHeight(r) for r in range(shown)) if shown else \
            view.verticalHeader().defaultSectionSize()
        header = max(view.horizontalHeader().sizeHint().height(),
                     view.horizontalHeader().height() if view.isVisible() else 0)
        view.setFixedHeight(header + rows + 2 * view.frameWidth() + 2)

    def _set(self, key: str, lines: list[str], missing: str) -> None:
        value = self.labels[key]
        value.setText("\n".join(lines) if lines else missing)
        set_tone(value, "" if lines else "missing")

    # --- reading (tests, accessibility) ------------------------------------------------------
    def text_of(self, key: str) -> str:
        """What a row reads ("stay", "nights", "sharing", "party", "escort", "banquet")."""
        return self.labels[key].text()

    def is_missing(self, key: str) -> bool:
        """Whether a row (or "trips") shows a missing link in red (the "missing" tone)."""
        if key == "trips":
            return self.trips_missing.isVisibleTo(self) and _missing(self.trips_missing)
        return bool(self.labels[key].text()) and _missing(self.labels[key])

    # --- slots ---------------------------------------------------------------------------------
    def on_trips_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            trip = self.trips_model.row_at(index.row())
            self.trip_activated.emit(trip["id"], trip["starts_at"][:10])


def _missing(label: QLabel) -> bool:
    return label.property("tone") == "missing"
