"""The arrivals board: who lands where, their car and room (a guest's whole chain: .chain)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import Text, t
from fairdesk.core.reception.chain import STAY_SQL, TRIP_SQL, GuestChain, guest_chain
from fairdesk.core.reception.model import ATTENDING, hhmm
from fairdesk.core.vocab import GUEST_CATEGORIES, label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict[str, Any]
__all__ = ["ArrivalRow", "GuestChain", "arrivals_board", "guest_chain"]


@dataclass
class ArrivalRow:
    hour: str
    arrival_at: str
    guest_id: str
    name: str
    category: str
    organisation: str
    phone: str
    companions: int
    transport: str
    place: str
    pickup: str = ""  # "10:20 浙A·12345 王师傅 139..."
    pickup_trip_id: str | None = None
    hotel: str = ""
    room: str = ""
    escort: str = ""

    @property
    def category_label(self) -> str:
        return label(GUEST_CATEGORIES, self.category)

    @property
    def missing(self) -> list[Text]:
        out = []
        if not self.pickup:
            out.append(Text("未派车", "no pickup"))
        if not self.hotel:
            out.append(Text("未安排住宿", "no room"))
        return out


def arrivals_board(fair: Fair, day: str) -> list[ArrivalRow]:
    """Attending guests arriving on ``day`` (YYYY-MM-DD), by time, with pickup, room and escort."""
    marks = ", ".join("?" * len(ATTENDING))
    guests = fair.rows(f"SELECT * FROM guests WHERE state IN ({marks})"
                       " AND substr(arrival_at, 1, 10) = ? ORDER BY arrival_at, name",
                       [*ATTENDING, day])
    ids = [g["id"] for g in guests]
    pickups = _pickups(fair, ids)
    stays = _stays_on(fair, ids, day)
    escorts = _escort_names(fair, ids)
    companions = _companion_counts(fair)
    out = []
    for g in guests:
        trip = pickups.get(g["id"])
        stay = stays.get(g["id"])
        row = ArrivalRow(g["arrival_at"][11:13], g["arrival_at"], g["id"], g["name"],
                         g["category"], g["organisation"], g["phone"], companions.get(g["id"], 0),
                         g["arrival_transport"], g["arrival_place"], escort=escorts.get(g["id"], ""))
        if trip:
            row.pickup = " ".join(filter(None, (hhmm(trip["starts_at"]), trip["plate"],
                                                trip["driver_name"], trip["driver_phone"])))
            row.pickup = row.pickup or hhmm(trip["starts_at"])
            row.pickup_trip_id = trip["id"]
        if stay:
            row.hotel = t(stay["hotel_name"], stay["hotel_name_en"] or stay["hotel_name"])
            row.room = stay["room_number"] or ""
        out.append(row)
    return out


def _in(ids: list[str]) -> str:
    return ", ".join("?" * len(ids)) or "NULL"


def _pickups(fair: Fair, ids: list[str]) -> dict[str, Row]:
    rows = fair.rows(f"SELECT p.guest_id, x.* FROM trip_passengers p JOIN ({TRIP_SQL}) x"
                     f" ON x.id = p.trip_id WHERE x.purpose = 'pickup' AND p.companion_id IS NULL"
                     f" AND p.guest_id IN ({_in(ids)}) ORDER BY x.starts_at", ids)
    return {r["guest_id"]: r for r in reversed(rows)}


def _stays_on(fair: Fair, ids: list[str], day: str) -> dict[str, Row]:
    rows = fair.rows(f"{STAY_SQL} WHERE s.companion_id IS NULL AND s.guest_id IN ({_in(ids)})"
                     " ORDER BY s.check_in", ids)
    out: dict[str, Row] = {}
    for r in rows:
        if r["guest_id"] not in out or r["check_in"] <= day < r["check_out"]:
            out[r["guest_id"]] = r
    return out


def _escort_names(fair: Fair, ids: list[str]) -> dict[str, str]:
    out: dict[str, list[str]] = defaultdict(list)
    for r in fair.rows(f"SELECT a.guest_id, e.name FROM escort_assignments a JOIN escorts e"
                       f" ON e.id = a.escort_id WHERE a.guest_id IN ({_in(ids)})", ids):
        if r["name"] not in out[r["guest_id"]]:
            out[r["guest_id"]].append(r["name"])
    return {k: "、".join(v) for k, v in out.items()}


def _companion_counts(fair: Fair) -> dict[str, int]:
    return {r["guest_id"]: r["n"] for r in fair.rows(
        "SELECT guest_id, count(*) AS n FROM companions GROUP BY guest_id")}
