"""Every clash in the roster, found at once or for one proposed change.

:func:`find_conflicts` reads each kind of record once and runs all the rules
(the roster-check, the red rows in the window). The ``conflicts_for_*``
functions run the same rules over the records near one proposed change, with
the change laid over them in memory, and return only the clashes it would
*add*: the services call them inside their transaction and refuse the write.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import ConflictError
from fairdesk.base.i18n import Text
from fairdesk.core.reception.lodging import load_lodging, load_people, lodging_conflicts
from fairdesk.core.reception.model import CONFLICT_KINDS, Conflict
from fairdesk.core.reception.transport import (
    load_guests,
    load_transport,
    transport_conflicts,
)

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict[str, Any]
NEW = "__new__"
_ORDER = {kind: i for i, kind in enumerate(CONFLICT_KINDS)}


TRANSPORT_KINDS = frozenset({"vehicle_double_booked", "driver_double_booked", "seats_short",
                             "pickup_before_arrival", "pickup_wrong_place", "guest_double_trip",
                             "escort_double_booked"})
LODGING_KINDS = frozenset({"room_over_capacity", "stay_outside_visit", "block_overbooked",
                           "guest_double_stay"})
SEAT_KINDS = frozenset({"seat_double", "seat_beyond_table"})
SECURITY_KINDS = frozenset({"hotel_not_cleared", "venue_not_cleared"})


def find_conflicts(fair: Fair, kinds: Iterable[str] | None = None) -> list[Conflict]:
    """Every clash in the fair's roster, grouped by kind (only these ``kinds``, if given).

    Asking for the transport kinds alone skips reading the stays, and so on."""
    wanted = set(CONFLICT_KINDS if kinds is None else kinds)
    guests = {g["id"]: g for g in fair.rows(
        "SELECT id, name, category, arrival_at, arrival_place, departure_at FROM guests")}
    out: list[Conflict] = []
    if wanted & TRANSPORT_KINDS:
        out += transport_conflicts(load_transport(fair, everything=True, guests=guests))
    if wanted & LODGING_KINDS:
        out += lodging_conflicts(load_lodging(fair, everything=True, guests=guests))
    if wanted & SEAT_KINDS:
        out += seat_conflicts(fair)
    if wanted & SECURITY_KINDS:
        out += security_warnings(fair)
    out = [c for c in out if c.kind in wanted]
    out.sort(key=lambda c: (_ORDER.get(c.kind, 99), str(c.message)))
    return out


def conflicts_by_record(conflicts: Iterable[Conflict]) -> dict[str, list[Conflict]]:
    """Conflicts indexed by every record id they involve (for red rows in tables)."""
    out: dict[str, list[Conflict]] = defaultdict(list)
    for c in conflicts:
        for record_id in c.record_ids:
            out[record_id].append(c)
    return out


def added(before: Iterable[Conflict], after: Iterable[Conflict],
          *record_ids: str) -> list[Conflict]:
    """Clashes in ``after`` that were not in ``before`` (and involve one of ``record_ids``)."""
    old = {c.key for c in before}
    return [c for c in after if c.key not in old
            and (not record_ids or any(c.involves(r) for r in record_ids))]


def refuse(conflicts: list[Conflict]) -> None:
    """Raise ConflictError naming the clashes (the first three), if there are any errors."""
    errors = [c for c in conflicts if c.severity == "error"]
    if not errors:
        return
    more = len(errors) - 3
    zh = "；".join(c.message.zh.rstrip("。") for c in errors[:3]) + (
        f"；另有 {more} 处冲突。" if more > 0 else "。")
    en = " ".join(c.message.en for c in errors[:3]) + (
        f" And {more} more clashes." if more > 0 else "")
    raise ConflictError(zh, en)


# --- trips ----------------------------------------------------------------------------------
def conflicts_for_trip(fair: Fair, values: Row, trip_id: str | None = None) -> list[Conflict]:
    """Clashes a trip with ``values`` (a new one, or ``trip_id`` changed) would add."""
    current = fair.get("trips", trip_id) if trip_id else {}
    tid = trip_id or values.get("id") or NEW
    trip = {**current, **values, "id": tid}
    riders = [r["guest_id"] for r in fair.rows(
        "SELECT guest_id FROM trip_passengers WHERE trip_id = ?", [tid])]
    data = load_transport(
        fair, vehicle_ids=[trip.get("vehicle_id"), current.get("vehicle_id")],
        driver_ids=[trip.get("driver_id"), current.get("driver_id")],
        escort_ids=[trip.get("escort_id"), current.get("escort_id")],
        trip_ids=[tid], guest_ids=riders)
    before = transport_conflicts(data)
    data.trips[tid] = {k: trip.get(k) or ("" if k in ("from_place", "to_place") else None)
                       for k in ("id", "vehicle_id", "driver_id", "escort_id", "purpose",
                                 "from_place", "to_place", "starts_at", "ends_at",
                                 "flight_or_train")}
    return added(before, transport_conflicts(data), tid)


def conflicts_of_trip(fair: Fair, trip_id: str) -> list[Conflict]:
    """Every clash a trip (as written) is part of; for a trip just added, all are new."""
    trip = fair.get("trips", trip_id)
    riders = [r["guest_id"] for r in fair.rows(
        "SELECT guest_id FROM trip_passengers WHERE trip_id = ?", [trip_id])]
    data = load_transport(fair, vehicle_ids=[trip["vehicle_id"]], driver_ids=[trip["driver_id"]],
                          escort_ids=[trip["escort_id"]], trip_ids=[trip_id], guest_ids=riders)
    return [c for c in transport_conflicts(data) if c.involves(trip_id)]


def conflicts_for_passengers(fair: Fair, trip_id: str,
                             people: Iterable[tuple[str, str | None] | str]) -> list[Conflict]:
    """Clashes that putting these guests (or (guest, companion) pairs) on the trip would add."""
    trip = fair.get("trips", trip_id)
    pairs = [(p, None) if isinstance(p, str) else (p[0], p[1]) for p in people]
    data = load_transport(fair, trip_ids=[trip_id], vehicle_ids=[trip["vehicle_id"]],
                          escort_ids=[trip["escort_id"]], guest_ids=[g for g, _ in pairs])
    before = transport_conflicts(data)
    new_ids = [f"{NEW}{i}" for i in range(len(pairs))]
    data.passengers += [{"id": pid, "trip_id": trip_id, "guest_id": g, "companion_id": c}
                        for pid, (g, c) in zip(new_ids, pairs, strict=True)]
    load_guests(fair, data, {g for g, _ in pairs})
    return added(before, transport_conflicts(data), *new_ids)


# --- escorts --------------------------------------------------------------------------------
def conflicts_for_escort(fair: Fair, values: Row,
                         assignment_id: str | None = None) -> list[Conflict]:
    """Clashes an escort assignment with ``values`` would add (timed or session ones only)."""
    current = fair.get("escort_assignments", assignment_id) if assignment_id else {}
    aid = assignment_id or values.get("id") or NEW
    a = {**current, **values, "id": aid}
    window = _assignment_window(fair, a)
    if window is None:
        return []
    data = load_transport(fair, escort_ids=[a["escort_id"], current.get("escort_id")])
    before = transport_conflicts(data)
    data.assignments = [x for x in data.assignments if x["id"] != aid]
    data.assignments.append({"id": aid, "escort_id": a["escort_id"], "guest_id": a["guest_id"],
                             "session_id": a.get("session_id"), **window})
    load_guests(fair, data, {a["guest_id"]})
    return added(before, transport_conflicts(data), aid)


def _assignment_window(fair: Fair, a: Row) -> Row | None:
    session = fair.get("agenda_sessions", a["session_id"]) if a.get("session_id") else {}
    starts = a.get("starts_at") or session.get("starts_at")
    ends = a.get("ends_at") or session.get("ends_at")
    if not starts or not ends:
        return None
    return {"starts_at": starts, "ends_at": ends, "session_title": session.get("title", "")}


# --- stays ----------------------------------------------------------------------------------
def conflicts_for_stay(fair: Fair, values: Row, stay_id: str | None = None) -> list[Conflict]:
    """Clashes a stay with ``values`` (new, or ``stay_id`` changed) would add."""
    current = fair.get("stays", stay_id) if stay_id else {}
    sid = stay_id or values.get("id") or NEW
    stay = {**current, **values, "id": sid}
    if stay.get("room_id") and not stay.get("room_type"):
        stay["room_type"] = fair.get("rooms", stay["room_id"])["room_type"]
    scope = {"guest_ids": [stay["guest_id"]],
             "room_ids": [r for r in (stay.get("room_id"), current.get("room_id")) if r],
             "hotel_types": [(stay["hotel_id"], stay.get("room_type") or "")]}
    data = load_lodging(fair, **scope)
    before = lodging_conflicts(data)
    data.stays[sid] = {k: stay.get(k) for k in ("id", "guest_id", "companion_id", "hotel_id",
                                                 "room_id", "check_in", "check_out")}
    data.stays[sid]["room_type"] = stay.get("room_type") or ""
    load_people(fair, data, {stay["guest_id"]})
    return added(before, lodging_conflicts(data), sid)


# --- banquet seats --------------------------------------------------------------------------
SEAT_SQL = ("SELECT s.id, s.table_id, s.guest_id, s.seat_no, t.sitting_id, t.number,"
            " t.seats, g.name FROM banquet_seats s JOIN banquet_tables t ON t.id = s.table_id"
            " JOIN guests g ON g.id = s.guest_id")


def seat_conflicts(fair: Fair, rows: list[Row] | None = None) -> list[Conflict]:
    """Guests seated twice at one sitting; seat numbers beyond a table's seats."""
    rows = fair.rows(SEAT_SQL) if rows is None else rows
    out, seen = [], {}
    for s in sorted(rows, key=lambda r: (r["number"], r["seat_no"])):
        if s["seat_no"] > s["seats"]:
            out.append(Conflict("seat_beyond_table", "banquet_tables", (s["table_id"], s["id"]),
                                Text(f"{s['number']} 号桌只有 {s['seats']} 个座位，"
                                     f"{s['name']} 排在 {s['seat_no']} 号。",
                                     f"Table {s['number']} has {s['seats']} seats but "
                                     f"{s['name']} is in seat {s['seat_no']}.")))
        key = (s["sitting_id"], s["guest_id"])
        if key in seen:
            first = seen[key]
            out.append(Conflict("seat_double", "banquet_seats", (s["id"], first["id"]), Text(
                f"{s['name']} 在同一场宴会排了两个座位：{first['number']} 号桌 "
                f"{first['seat_no']} 座与 {s['number']} 号桌 {s['seat_no']} 座。",
                f"{s['name']} has two seats at one sitting: table {first['number']} seat "
                f"{first['seat_no']} and table {s['number']} seat {s['seat_no']}.")))
        else:
            seen[key] = s
    return out


def conflicts_for_seat(fair: Fair, values: Row, seat_id: str | None = None) -> list[Conflict]:
    """Clashes seating a guest at ``values`` (table_id, guest_id, seat_no) would add."""
    table = fair.get("banquet_tables", values["table_id"])
    rows = fair.rows(f"{SEAT_SQL} WHERE t.sitting_id = ?", [table["sitting_id"]])
    before = seat_conflicts(fair, rows)
    sid = seat_id or values.get("id") or NEW
    guest = fair.get("guests", values["guest_id"])
    rows = [r for r in rows if r["id"] != sid] + [{
        "id": sid, "table_id": table["id"], "guest_id": guest["id"], "seat_no": values["seat_no"],
        "sitting_id": table["sitting_id"], "number": table["number"], "seats": table["seats"],
        "name": guest["name"]}]
    return added(before, seat_conflicts(fair, rows), sid)


def security_warnings(fair: Fair) -> list[Conflict]:
    """Warnings: guests lodged in, or sessions held at, a site security has not cleared."""
    from fairdesk.core.security.readiness import unready_sites

    out = []
    for u in unready_sites(fair):
        first, by = u.first_at[:16].replace("T", " "), u.clear_by[:16].replace("T", " ")
        why_zh = ("未列为安保点位" if u.site_id is None else
                  f"未会签：{'、'.join(u.open_departments)}" if u.open_departments else "未下发检查表")
        why_en = ("not a security site" if u.site_id is None else
                  f"not signed off by {len(u.open_departments)} department(s)"
                  if u.open_departments else "no checklist issued")
        if u.kind == "hotel":
            text = Text(f"{u.name}住有 {u.count} 位嘉宾（首位 {first} 抵达），安保应在 {by} 前会签完毕，"
                        f"目前{why_zh}。",
                        f"{u.name} lodges {u.count} guest(s) (first arriving {first}); security "
                        f"should clear it by {by}, but it is {why_en}.")
        else:
            text = Text(f"{u.name}举办 {u.count} 场活动（首场 {first}），安保应在 {by} 前会签完毕，"
                        f"目前{why_zh}。",
                        f"{u.name} holds {u.count} session(s) (first at {first}); security "
                        f"should clear it by {by}, but it is {why_en}.")
        out.append(Conflict(f"{u.kind}_not_cleared", "hotels" if u.kind == "hotel" else "venues",
                            (u.record_id, *((u.site_id,) if u.site_id else ())), text, "warning"))
    return out
