"""Rules for lodging over a snapshot of stays: rooms, blocks, guests' visits.

Rooms used on a night, for a hotel and room type, are the rooms named in stays
plus, for stays without a room number yet, one room per guest's party per
``TYPE_CAPACITY`` people of the type (a guest and a companion share a king room).
A hotel with room blocks has exactly the blocks' rooms; a night or type with no
block there has none. A hotel without any block is limited by its listed rooms.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import Text
from fairdesk.core.reception.model import TYPE_CAPACITY, Conflict, night_list, nights
from fairdesk.core.vocab import ROOM_TYPES

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict[str, Any]

STAY_SQL = ("SELECT s.id, s.guest_id, s.companion_id, s.hotel_id, s.room_id, s.check_in,"
            " s.check_out, coalesce(nullif(s.room_type, ''), r.room_type, '') AS room_type"
            " FROM stays s LEFT JOIN rooms r ON r.id = s.room_id")


@dataclass
class LodgingData:
    stays: dict[str, Row] = field(default_factory=dict)
    rooms: dict[str, Row] = field(default_factory=dict)
    hotels: dict[str, Row] = field(default_factory=dict)
    blocks: dict[tuple[str, str, str], Row] = field(default_factory=dict)
    block_hotels: set[str] = field(default_factory=set)
    guests: dict[str, Row] = field(default_factory=dict)
    companions: dict[str, Row] = field(default_factory=dict)


def load_lodging(fair: Fair, *, guest_ids: Iterable[str] = (), room_ids: Iterable[str] = (),
                 hotel_types: Iterable[tuple[str, str]] = (),
                 everything: bool = False, guests: dict[str, Row] | None = None) -> LodgingData:
    """Stays (all, or those sharing a guest, a room or a hotel's room type) and what they need.

    ``guests`` (id -> row with name, category, arrival_at, departure_at) saves reading them."""
    data = LodgingData()
    if guests is not None:
        data.guests = guests
    if everything:
        rows = fair.rows(STAY_SQL)
    else:
        rows = _scoped_stays(fair, set(guest_ids), set(room_ids), set(hotel_types))
    data.stays = {r["id"]: r for r in rows}
    data.rooms = {r["id"]: r for r in fair.rows(
        "SELECT id, hotel_id, number, room_type, capacity, floor FROM rooms")}
    data.hotels = {r["id"]: r for r in fair.rows("SELECT id, name, name_en, designated FROM hotels")}
    for b in fair.rows("SELECT id, hotel_id, room_type, night, rooms FROM room_blocks"):
        data.blocks[(b["hotel_id"], b["room_type"], b["night"])] = b
        data.block_hotels.add(b["hotel_id"])
    if everything and guests is not None:
        data.companions = {c["id"]: c for c in fair.rows("SELECT id, guest_id, name FROM companions")}
    else:
        load_people(fair, data, None if everything else
                    {s["guest_id"] for s in rows} | set(guest_ids))
    return data


def _scoped_stays(fair: Fair, guest_ids: set[str], room_ids: set[str],
                  hotel_types: set[tuple[str, str]]) -> list[Row]:
    clauses, params = [], []
    if guest_ids:
        clauses.append(f"s.guest_id IN ({', '.join('?' * len(guest_ids))})")
        params += list(guest_ids)
    if room_ids:
        clauses.append(f"s.room_id IN ({', '.join('?' * len(room_ids))})")
        params += list(room_ids)
    for hotel_id, room_type in hotel_types:
        clauses.append("(s.hotel_id = ? AND coalesce(nullif(s.room_type, ''), r.room_type) = ?)")
        params += [hotel_id, room_type]
    if not clauses:
        return []
    return fair.rows(f"{STAY_SQL} WHERE {' OR '.join(clauses)}", params)


def load_people(fair: Fair, data: LodgingData, guest_ids: set[str] | None) -> None:
    sql = "SELECT id, name, category, arrival_at, departure_at FROM guests"
    csql = "SELECT id, guest_id, name FROM companions"
    if guest_ids is None:
        guests, companions = fair.rows(sql), fair.rows(csql)
    else:
        ids = [i for i in guest_ids if i and i not in data.guests]
        if not ids:
            return
        marks = ", ".join("?" * len(ids))
        guests = fair.rows(f"{sql} WHERE id IN ({marks})", ids)
        companions = fair.rows(f"{csql} WHERE guest_id IN ({marks})", ids)
    data.guests.update({g["id"]: g for g in guests})
    data.companions.update({c["id"]: c for c in companions})


def person_name(data: LodgingData, stay: Row) -> str:
    if stay.get("companion_id"):
        return data.companions.get(stay["companion_id"], {}).get("name", "?")
    return data.guests.get(stay["guest_id"], {}).get("name", "?")


def room_words(data: LodgingData, room_id: str) -> Text:
    room = data.rooms.get(room_id, {})
    zh, en = hotel_names(data, room.get("hotel_id", ""))
    return Text(f"{zh} {room.get('number', '?')} 房", f"{en} room {room.get('number', '?')}")


def hotel_names(data: LodgingData, hotel_id: str) -> tuple[str, str]:
    """The hotel's name, and its English name for the English sentence (else the name)."""
    hotel = data.hotels.get(hotel_id, {})
    zh = hotel.get("name") or "?"
    return zh, hotel.get("name_en") or zh


# --- the rules ------------------------------------------------------------------------------
def lodging_conflicts(data: LodgingData) -> list[Conflict]:
    return (_room_capacity(data) + _outside_visit(data) + _blocks(data)
            + _double_stays(data))


def _room_capacity(data: LodgingData) -> list[Conflict]:
    per_night: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in data.stays.values():
        if s["room_id"]:
            for night in nights(s["check_in"], s["check_out"]):
                per_night[(s["room_id"], night)].append(s["id"])
    over: dict[str, tuple[list[str], set[str]]] = {}
    for (room_id, night), stay_ids in per_night.items():
        if len(stay_ids) > data.rooms.get(room_id, {}).get("capacity", 1):
            days, ids = over.setdefault(room_id, ([], set()))
            days.append(night)
            ids.update(stay_ids)
    out = []
    for room_id, (days, ids) in over.items():
        cap = data.rooms.get(room_id, {}).get("capacity", 1)
        names = "、".join(sorted(person_name(data, data.stays[i]) for i in ids))
        w = room_words(data, room_id)
        out.append(Conflict("room_over_capacity", "rooms", (room_id, *sorted(ids)), Text(
            f"{w.zh}只住得下 {cap} 人，{night_list(days)} 晚安排了：{names}。",
            f"{w.en} sleeps {cap}, but on {night_list(days)} it holds: {names}.")))
    return out


def _outside_visit(data: LodgingData) -> list[Conflict]:
    out = []
    for s in data.stays.values():
        guest = data.guests.get(s["guest_id"])
        if not guest:
            continue
        arrive, leave = (guest["arrival_at"] or "")[:10], (guest["departure_at"] or "")[:10]
        early = bool(arrive) and s["check_in"] < arrive
        late = bool(leave) and s["check_out"] > leave
        if early or late:
            name = person_name(data, s)
            out.append(Conflict("stay_outside_visit", "stays", (s["id"],), Text(
                f"{name} 的住宿 {s['check_in']} 至 {s['check_out']} 超出行程"
                f"（抵达 {arrive or '未定'}，离开 {leave or '未定'}）。",
                f"{name}'s stay {s['check_in']} to {s['check_out']} is outside the visit "
                f"(arrives {arrive or 'unknown'}, leaves {leave or 'unknown'}).")))
    return out


def rooms_used(data: LodgingData) -> dict[tuple[str, str, str], tuple[int, list[str]]]:
    """Per (hotel, room type, night): rooms taken and the stays taking them."""
    named: dict[tuple, set[str]] = defaultdict(set)
    parties: dict[tuple, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    stays: dict[tuple, list[str]] = defaultdict(list)
    for s in data.stays.values():
        for night in nights(s["check_in"], s["check_out"]):
            key = (s["hotel_id"], s["room_type"], night)
            stays[key].append(s["id"])
            if s["room_id"]:
                named[key].add(s["room_id"])
            else:
                parties[key][s["guest_id"]] += 1
    out = {}
    for key, ids in stays.items():
        per_room = TYPE_CAPACITY.get(key[1], 1)
        roomless = sum(-(-n // per_room) for n in parties[key].values())
        out[key] = (len(named[key]) + roomless, ids)
    return out


def _blocks(data: LodgingData) -> list[Conflict]:
    over: dict[tuple[str, str], list] = defaultdict(list)
    for (hotel_id, room_type, night), (used, ids) in rooms_used(data).items():
        if hotel_id not in data.block_hotels:
            continue
        block = data.blocks.get((hotel_id, room_type, night))
        have = block["rooms"] if block else 0
        if used > have:
            over[(hotel_id, room_type)].append((night, used, have, ids))
    out = []
    for (hotel_id, room_type), items in over.items():
        hotel, hotel_en = hotel_names(data, hotel_id)
        zh_type, en_type = ROOM_TYPES.get(room_type, (room_type, room_type))
        detail = ", ".join(f"{n[5:]} {u}/{h}" for n, u, h, _ in sorted(items))
        ids = sorted({i for *_, stay_ids in items for i in stay_ids})
        out.append(Conflict("block_overbooked", "hotels", (hotel_id, *ids), Text(
            f"{hotel}{zh_type}超出预留：{detail}（已用/预留间数）。",
            f"{hotel_en} {en_type.lower()}s beyond the block: {detail} (rooms used/reserved).")))
    return out


def _double_stays(data: LodgingData) -> list[Conflict]:
    per_person: dict[tuple, list[Row]] = defaultdict(list)
    for s in data.stays.values():
        per_person[(s["guest_id"], s["companion_id"])].append(s)
    out = []
    for items in per_person.values():
        if len(items) < 2:
            continue
        items.sort(key=lambda s: s["check_in"])
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                if b["check_in"] >= a["check_out"]:
                    break
                name = person_name(data, a)
                out.append(Conflict("guest_double_stay", "stays", (b["id"], a["id"]), Text(
                    f"{name} 有两处住宿重叠：{_stay_words(data, a).zh}；{_stay_words(data, b).zh}。",
                    f"{name} has two overlapping stays: {_stay_words(data, a).en}; "
                    f"{_stay_words(data, b).en}.")))
    return out


def _stay_words(data: LodgingData, s: Row) -> Text:
    zh, en = hotel_names(data, s["hotel_id"])
    span = f"{s['check_in'][5:]}–{s['check_out'][5:]}"
    return Text(f"{zh} {span}", f"{en} {span}")
