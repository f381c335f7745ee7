"""What the lodging page shows: hotels, their rooms and room blocks, stays, rooms per night."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, TypedDict, cast

from fairdesk.core.reception.views import Record
from fairdesk.core.reception.views.clashes import Flagged
from fairdesk.core.vocab import ROOM_TYPES, label, named

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

LODGING_ENTITIES = ("hotels", "rooms", "room_blocks", "stays")


class HotelRow(Record):
    name: str
    name_en: str
    address: str
    contact: str
    phone: str
    distance_km: float
    stars: int
    designated: int
    notes: str
    rooms: int
    stays: int
    label: str  # the name in the interface's language


class RoomRow(Record, Flagged):
    hotel_id: str
    number: str
    room_type: str
    capacity: int
    floor: str
    notes: str
    occupants: str | None  # names, 、-separated
    type_label: str


class BlockRow(Record, Flagged):
    hotel_id: str
    room_type: str
    night: str
    rooms: int
    rate_cents: int
    currency: str
    type_label: str


class StayRow(Record, Flagged):
    guest_id: str
    companion_id: str | None
    hotel_id: str
    room_id: str | None
    room_type: str
    check_in: str
    check_out: str
    notes: str
    guest: str
    category: str
    companion: str | None
    hotel: str
    room: str | None  # the room's number
    type: str | None  # the stay's room type, else its room's
    nights: int
    person: str  # the companion, else the guest
    type_label: str
    sharing: str  # who else stays in the room, 、-separated


class OccupancyRow(TypedDict):
    type: str
    type_label: str
    nights: dict[str, tuple[int, int]]  # night -> (rooms used, rooms reserved)


def hotel_rows(fair: Fair) -> list[HotelRow]:
    """Hotels, VIP hotels first; ``label`` is the name in the interface's language."""
    rows = fair.rows(
        "SELECT h.*, (SELECT count(*) FROM rooms r WHERE r.hotel_id = h.id) AS rooms,"
        " (SELECT count(*) FROM stays s WHERE s.hotel_id = h.id) AS stays"
        " FROM hotels h ORDER BY h.designated DESC, h.name"
    )
    for r in rows:
        r["label"] = named(r)
    return cast(list[HotelRow], rows)


def room_rows(fair: Fair, hotel_id: str) -> list[RoomRow]:
    """The hotel's rooms, each with who sleeps in it."""
    rows = fair.rows(
        "SELECT r.*, (SELECT group_concat(coalesce(c.name, g.name), '、') FROM stays s"
        " JOIN guests g ON g.id = s.guest_id LEFT JOIN companions c ON c.id = s.companion_id"
        " WHERE s.room_id = r.id) AS occupants FROM rooms r WHERE r.hotel_id = ?"
        " ORDER BY r.number",
        [hotel_id],
    )
    return cast(list[RoomRow], _with_type_labels(rows))


def block_rows(fair: Fair, hotel_id: str) -> list[BlockRow]:
    """The rooms the hotel holds for the fair, per type and night."""
    rows = fair.reception.list("room_blocks", hotel_id=hotel_id)
    return cast(list[BlockRow], _with_type_labels(rows))


def _with_type_labels(rows: list[dict]) -> list[dict]:
    for r in rows:
        r["type_label"] = label(ROOM_TYPES, r["room_type"]) if r.get("room_type") else ""
    return rows


def stay_rows(fair: Fair, hotel_id: str | None = None) -> list[StayRow]:
    """Stays with guest (or companion) name, hotel, room, nights and who shares the room."""
    where, params = ("WHERE s.hotel_id = ?", [hotel_id]) if hotel_id else ("", [])
    rows = fair.rows(
        "SELECT s.*, g.name AS guest, g.category, c.name AS companion, h.name AS hotel,"
        " h.name_en AS hotel_en,"
        " r.number AS room, coalesce(nullif(s.room_type, ''), r.room_type) AS type,"
        " CAST(julianday(s.check_out) - julianday(s.check_in) AS INTEGER) AS nights"
        " FROM stays s JOIN guests g ON g.id = s.guest_id"
        " LEFT JOIN companions c ON c.id = s.companion_id JOIN hotels h ON h.id = s.hotel_id"
        f" LEFT JOIN rooms r ON r.id = s.room_id {where} ORDER BY h.name, r.number, g.name",
        params,
    )
    names_by_room: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in rows:
        r["person"] = r["companion"] or r["guest"]
        r["hotel"] = named(r, "hotel")
        r["type_label"] = label(ROOM_TYPES, r["type"]) if r["type"] else ""
        if r["room_id"]:
            names_by_room[r["room_id"]].append((r["id"], r["person"]))
    for r in rows:
        mates = names_by_room.get(r["room_id"] or "", [])
        r["sharing"] = "、".join(name for sid, name in mates if sid != r["id"])
    return cast(list[StayRow], rows)


def occupancy(fair: Fair, hotel_id: str) -> tuple[list[str], list[OccupancyRow]]:
    """Nights, and per room type the rooms used and reserved each night.

    Rooms used are counted by the core's rule (a shared room once, a stay
    without a room by its party), the same count the overbooking check uses.
    """
    from fairdesk.core.reception.lodging import load_lodging, rooms_used

    data = load_lodging(fair, everything=True)
    reserved = {(t, n): b["rooms"] for (h, t, n), b in data.blocks.items() if h == hotel_id}
    used = {(t, n): count for (h, t, n), (count, _ids) in rooms_used(data).items() if h == hotel_id}
    keys = set(reserved) | set(used)
    nights = sorted({n for _t, n in keys})
    types = [t for t in ROOM_TYPES if any(k[0] == t for k in keys)]
    types += sorted({t for t, _n in keys if t not in ROOM_TYPES})
    grid: list[OccupancyRow] = [
        {
            "type": t,
            "type_label": label(ROOM_TYPES, t) if t else "?",
            "nights": {n: (used.get((t, n), 0), reserved.get((t, n), 0)) for n in nights},
        }
        for t in types
    ]
    return nights, grid


# --- a stay form's choices ----------------------------------------------------------------
def room_options(fair: Fair) -> list[tuple[str, str]]:
    """Rooms named by hotel, number and type (a room number alone repeats across hotels)."""
    return [
        (r["id"], f"{named(r, 'hotel')} {r['number']}（{label(ROOM_TYPES, r['room_type'])}）")
        for r in fair.rows(
            "SELECT r.id, r.number, r.room_type, h.name AS hotel, h.name_en AS hotel_en"
            " FROM rooms r"
            " JOIN hotels h ON h.id = r.hotel_id ORDER BY h.name, r.number"
        )
    ]


def companion_options(fair: Fair) -> list[tuple[str, str]]:
    """Companions named with the guest they travel with."""
    return [
        (r["id"], f"{r['name']}（{r['guest']}）")
        for r in fair.rows(
            "SELECT c.id, c.name, g.name AS guest FROM companions c JOIN guests g"
            " ON g.id = c.guest_id ORDER BY g.name, c.name"
        )
    ]
