"""The arrivals board (who lands where, their car and room) and one guest's whole chain."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fairdesk.core.i18n import Text
from fairdesk.core.roster.model import ATTENDING, hhmm, mmdd_hhmm, nights
from fairdesk.core.vocab import GUEST_CATEGORIES, ROOM_TYPES, TRIP_PURPOSES, label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict[str, Any]

TRIP_SQL = ("SELECT t.*, v.plate, v.kind AS vehicle_kind, d.name AS driver_name,"
            " d.phone AS driver_phone, e.name AS escort_name, e.phone AS escort_phone"
            " FROM trips t LEFT JOIN vehicles v ON v.id = t.vehicle_id"
            " LEFT JOIN drivers d ON d.id = t.driver_id LEFT JOIN escorts e ON e.id = t.escort_id")
STAY_SQL = ("SELECT s.*, h.name AS hotel_name, h.phone AS hotel_phone, r.number AS room_number,"
            " coalesce(nullif(s.room_type, ''), r.room_type, '') AS type"
            " FROM stays s JOIN hotels h ON h.id = s.hotel_id LEFT JOIN rooms r ON r.id = s.room_id")


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
            row.hotel, row.room = stay["hotel_name"], stay["room_number"] or ""
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


# --- a guest's chain ------------------------------------------------------------------------
@dataclass
class GuestChain:
    """Everything the reception roster holds for one guest, for the details panel and the desk."""

    guest: Row
    companions: list[Row] = field(default_factory=list)
    stays: list[Row] = field(default_factory=list)
    trips: list[Row] = field(default_factory=list)
    escorts: list[Row] = field(default_factory=list)
    meals: list[Row] = field(default_factory=list)

    def lines(self) -> list[Text]:
        """One sentence per link of the chain, or what is missing."""
        out = [self._stay_line(), *(self._trip_line(t) for t in self.trips)]
        if not self.trips:
            out.append(Text("车：未安排", "Car: none"))
        out.append(self._escort_line())
        out += [Text(f"餐：{m['sitting_name']} {m['number']} 号桌 {m['seat_no']} 座",
                     f"Meal: {m['sitting_name']} table {m['number']} seat {m['seat_no']}")
                for m in self.meals]
        return out

    def _stay_line(self) -> Text:
        own = [s for s in self.stays if not s["companion_id"]]
        if not own:
            return Text("住：未安排", "Stay: none")
        s = own[0]
        zh_type, en_type = ROOM_TYPES.get(s["type"], (s["type"], s["type"]))
        room = s["room_number"] or "—"
        n = len(nights(s["check_in"], s["check_out"]))
        return Text(f"住：{s['hotel_name']} {room} {zh_type}，{s['check_in'][5:]}–"
                    f"{s['check_out'][5:]}（{n} 晚）",
                    f"Stay: {s['hotel_name']} {room} {en_type}, {s['check_in'][5:]}–"
                    f"{s['check_out'][5:]} ({n} nights)")

    @staticmethod
    def _trip_line(t: Row) -> Text:
        zh_p, en_p = TRIP_PURPOSES.get(t["purpose"], (t["purpose"], t["purpose"]))
        car = " ".join(filter(None, (t["plate"], t["driver_name"], t["driver_phone"])))
        return Text(f"车：{zh_p} {mmdd_hhmm(t['starts_at'])} {t['from_place']}→{t['to_place']}"
                    f" {car or '未派车'}",
                    f"Car: {en_p} {mmdd_hhmm(t['starts_at'])} {t['from_place']} → "
                    f"{t['to_place']} {car or 'no car yet'}")

    def _escort_line(self) -> Text:
        if not self.escorts:
            return Text("陪同：未安排", "Escort: none")
        names = "、".join(dict.fromkeys(f"{e['name']} {e['phone']}".strip() for e in self.escorts))
        return Text(f"陪同：{names}", f"Escort: {names}")


def guest_chain(fair: Fair, guest_id: str) -> GuestChain:
    """The stay, trips, escort and meals of a guest (and companions). Raises NotFoundError."""
    chain = GuestChain(fair.get("guests", guest_id))
    chain.companions = fair.rows("SELECT * FROM companions WHERE guest_id = ?", [guest_id])
    chain.stays = fair.rows(f"{STAY_SQL} WHERE s.guest_id = ? ORDER BY s.check_in", [guest_id])
    chain.trips = fair.rows(f"SELECT DISTINCT x.* FROM trip_passengers p JOIN ({TRIP_SQL}) x"
                            " ON x.id = p.trip_id WHERE p.guest_id = ? ORDER BY x.starts_at",
                            [guest_id])
    chain.escorts = fair.rows(
        "SELECT a.*, e.name, e.phone, e.languages, s.title AS session_title FROM escort_assignments"
        " a JOIN escorts e ON e.id = a.escort_id LEFT JOIN agenda_sessions s"
        " ON s.id = a.session_id WHERE a.guest_id = ? ORDER BY a.starts_at", [guest_id])
    chain.meals = fair.rows(
        "SELECT m.name AS sitting_name, m.starts_at, t.number, t.name AS table_name, b.seat_no"
        " FROM banquet_seats b JOIN banquet_tables t ON t.id = b.table_id"
        " JOIN meal_sittings m ON m.id = t.sitting_id WHERE b.guest_id = ? ORDER BY m.starts_at",
        [guest_id])
    return chain
