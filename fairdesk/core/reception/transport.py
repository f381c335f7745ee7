"""Rules for vehicles, drivers, escorts and passengers, over a snapshot of trips.

A :class:`TransportData` holds plain rows read in one query per table (all of
them for the full check, or only those near one record for a targeted check);
:func:`transport_conflicts` runs every rule over it. Overlaps are found by
sorting each resource's bookings by start and scanning forward while the next
booking starts before the current one ends: O(n log n) plus the clashes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import Text
from fairdesk.core.reception.model import Conflict, hhmm, minutes, mmdd_hhmm

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict[str, Any]
# A pickup trip is the car's time on the job: it may wait at the airport or station
# before the landing, but not for longer than this (a longer wait means the wrong
# flight or day) ...
PICKUP_EARLY_MINUTES = 60
# ... and it must still be running this long after the landing (to meet the guest).
PICKUP_MEET_MINUTES = 15

TRIP_COLS = ("t.id, t.vehicle_id, t.driver_id, t.escort_id, t.purpose, t.from_place, t.to_place,"
             " t.starts_at, t.ends_at, t.flight_or_train")


@dataclass
class TransportData:
    trips: dict[str, Row] = field(default_factory=dict)
    passengers: list[Row] = field(default_factory=list)  # trip_id, guest_id, companion_id, id
    assignments: list[Row] = field(default_factory=list)  # escort windows (timed only)
    guests: dict[str, Row] = field(default_factory=dict)  # name, arrival_at, arrival_place
    vehicles: dict[str, Row] = field(default_factory=dict)
    drivers: dict[str, Row] = field(default_factory=dict)
    escorts: dict[str, Row] = field(default_factory=dict)
    turnaround: int = 15


def _in(column: str, ids: Iterable[str]) -> tuple[str, list[str]]:
    ids = [i for i in ids if i]
    if not ids:
        return "0", []
    return f"{column} IN ({', '.join('?' * len(ids))})", ids


def _trip_filter(vehicle_ids: Iterable[str], driver_ids: Iterable[str],
                 escort_ids: Iterable[str], trip_ids: Iterable[str],
                 guest_ids: Iterable[str]) -> tuple[str, list[str]]:
    clauses, params = [], []
    for column, ids in (("t.vehicle_id", vehicle_ids), ("t.driver_id", driver_ids),
                        ("t.escort_id", escort_ids), ("t.id", trip_ids)):
        clause, values = _in(column, ids)
        if values:
            clauses.append(clause)
            params += values
    clause, values = _in("guest_id", guest_ids)
    if values:
        clauses.append(f"t.id IN (SELECT trip_id FROM trip_passengers WHERE {clause})")
        params += values
    return " OR ".join(clauses) or "0", params


def load_transport(fair: Fair, *, vehicle_ids: Iterable[str] = (), driver_ids: Iterable[str] = (),
                   escort_ids: Iterable[str] = (), guest_ids: Iterable[str] = (),
                   trip_ids: Iterable[str] = (), everything: bool = False,
                   guests: dict[str, Row] | None = None, riders: bool = True) -> TransportData:
    """Rows for the rules: everything, or the trips touching these vehicles/drivers/escorts/guests.

    ``guests`` (id -> row with name, arrival_at, arrival_place) saves reading them again.
    ``riders=False`` reads the passengers of escorted trips only: enough for the vehicle,
    driver and escort rules (the agenda's "needed elsewhere"), not for seats or pickups."""
    data = TransportData(turnaround=int(fair.setting("trips.turnaround_minutes") or 0))
    if guests is not None:
        data.guests = guests
    escort_ids = set(escort_ids)
    if everything:
        where, params = "1", []
    else:
        where, params = _trip_filter(vehicle_ids, driver_ids, escort_ids, trip_ids, guest_ids)
    data.trips = {r["id"]: r for r in fair.rows(
        f"SELECT {TRIP_COLS} FROM trips t WHERE {where}", params)}
    _load_passengers(fair, data, everything, riders)
    escort_ids |= {t["escort_id"] for t in data.trips.values() if t["escort_id"]}
    _load_assignments(fair, data, None if everything else escort_ids)
    _load_names(fair, data, everything)
    return data


def _load_passengers(fair: Fair, data: TransportData, everything: bool,
                     riders: bool = True) -> None:
    sql = ("SELECT p.id, p.trip_id, p.guest_id, p.companion_id FROM trip_passengers p")
    if everything and riders:
        data.passengers = fair.rows(sql)
    else:
        trips = data.trips if riders else [t for t, row in data.trips.items() if row["escort_id"]]
        where, params = _in("p.trip_id", trips)
        data.passengers = fair.rows(f"{sql} WHERE {where}", params)


def _load_assignments(fair: Fair, data: TransportData, escort_ids: set[str] | None) -> None:
    sql = ("SELECT a.id, a.escort_id, a.guest_id, a.session_id,"
           " coalesce(a.starts_at, s.starts_at) AS starts_at,"
           " coalesce(a.ends_at, s.ends_at) AS ends_at, s.title AS session_title"
           " FROM escort_assignments a LEFT JOIN agenda_sessions s ON s.id = a.session_id"
           " WHERE coalesce(a.starts_at, s.starts_at) IS NOT NULL"
           " AND coalesce(a.ends_at, s.ends_at) IS NOT NULL")
    if escort_ids is None:
        data.assignments = fair.rows(sql)
    else:
        where, params = _in("a.escort_id", escort_ids)
        data.assignments = fair.rows(f"{sql} AND {where}", params)


def _load_names(fair: Fair, data: TransportData, everything: bool) -> None:
    data.vehicles = {r["id"]: r for r in fair.rows("SELECT id, plate, seats, kind FROM vehicles")}
    data.drivers = {r["id"]: r for r in fair.rows("SELECT id, name, phone FROM drivers")}
    data.escorts = {r["id"]: r for r in fair.rows("SELECT id, name FROM escorts")}
    if everything and data.guests:
        return
    load_guests(fair, data, None if everything else
                {p["guest_id"] for p in data.passengers} | {a["guest_id"] for a in data.assignments})


def load_guests(fair: Fair, data: TransportData, ids: set[str] | None) -> None:
    sql = "SELECT id, name, arrival_at, arrival_place FROM guests"
    if ids is None:
        rows = fair.rows(sql)
    else:
        missing = [i for i in ids if i not in data.guests]
        where, params = _in("id", missing)
        rows = fair.rows(f"{sql} WHERE {where}", params) if missing else []
    data.guests.update({r["id"]: r for r in rows})


# --- the rules ------------------------------------------------------------------------------
def transport_conflicts(data: TransportData) -> list[Conflict]:
    passengers = _by_trip(data.passengers)
    out: list[Conflict] = []
    out += _resource_overlaps(data, "vehicle_id", data.turnaround, _vehicle_msg)
    out += _resource_overlaps(data, "driver_id", data.turnaround, _driver_msg)
    out += _seats(data, passengers)
    out += _pickups(data, passengers)
    out += _guest_trips(data)
    out += _escort_duties(data, passengers)
    return out


def _by_trip(passengers: list[Row]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for p in passengers:
        out[p["trip_id"]].append(p)
    return out


def overlapping(items: list[tuple[int, int, Any]], margin: int = 0) -> Iterator[tuple[Any, Any]]:
    """Pairs whose windows ``[start, end + margin)`` overlap; items are (start, end, payload)."""
    items = sorted(items, key=lambda x: (x[0], x[1]))
    for i, (_start, end, a) in enumerate(items):
        for j in range(i + 1, len(items)):
            if items[j][0] >= end + margin:
                break
            yield a, items[j][2]


def trip_words(trip: Row) -> Text:
    span = f"{mmdd_hhmm(trip['starts_at'])}–{hhmm(trip['ends_at'])}"
    return Text(f"{span} {trip['from_place']}→{trip['to_place']}",
                f"{span} {trip['from_place']} → {trip['to_place']}")


def _resource_overlaps(data: TransportData, column: str, margin: int, message) -> list[Conflict]:
    groups: dict[str, list] = defaultdict(list)
    for t in data.trips.values():
        if t[column]:
            groups[t[column]].append((minutes(t["starts_at"]), minutes(t["ends_at"]), t))
    out = []
    for resource_id, items in groups.items():
        for a, b in overlapping(items, margin):
            kind, text = message(data, resource_id, a, b, margin)
            out.append(Conflict(kind, "trips", (b["id"], a["id"], resource_id), text))
    return out


def _vehicle_msg(data: TransportData, vid: str, a: Row, b: Row, margin: int) -> tuple[str, Text]:
    plate = data.vehicles.get(vid, {}).get("plate", "?")
    wa, wb = trip_words(a), trip_words(b)
    return "vehicle_double_booked", Text(
        f"车辆 {plate} 同时排了两个行程：{wa.zh}；{wb.zh}（周转需 {margin} 分钟）。",
        f"Vehicle {plate} is on two trips at once: {wa.en}; {wb.en} "
        f"(turnaround {margin} min).")


def _driver_msg(data: TransportData, did: str, a: Row, b: Row, margin: int) -> tuple[str, Text]:
    name = data.drivers.get(did, {}).get("name", "?")
    wa, wb = trip_words(a), trip_words(b)
    return "driver_double_booked", Text(
        f"驾驶员 {name} 同时排了两个行程：{wa.zh}；{wb.zh}（周转需 {margin} 分钟）。",
        f"Driver {name} is on two trips at once: {wa.en}; {wb.en} (turnaround {margin} min).")


def _seats(data: TransportData, passengers: dict[str, list[Row]]) -> list[Conflict]:
    out = []
    for t in data.trips.values():
        vehicle = data.vehicles.get(t["vehicle_id"] or "")
        if not vehicle:
            continue
        riders = passengers.get(t["id"], [])
        need = len(riders) + (1 if t["escort_id"] else 0)
        if need > vehicle["seats"]:
            w = trip_words(t)
            out.append(Conflict("seats_short", "trips", (t["id"], vehicle["id"],
                                                         *(p["id"] for p in riders)), Text(
                f"行程 {w.zh}：{need} 人（含陪同）乘坐 {vehicle['plate']}，"
                f"只有 {vehicle['seats']} 个座位。",
                f"Trip {w.en}: {need} people (escort included) in {vehicle['plate']}, "
                f"which has {vehicle['seats']} seats.")))
    return out


def _pickups(data: TransportData, passengers: dict[str, list[Row]]) -> list[Conflict]:
    out = []
    for t in data.trips.values():
        if t["purpose"] != "pickup":
            continue
        for p in passengers.get(t["id"], []):
            guest = data.guests.get(p["guest_id"])
            if not guest or p["companion_id"]:
                continue
            out += _pickup_rules(t, p, guest)
    return out


def _pickup_rules(t: Row, p: Row, guest: Row) -> list[Conflict]:
    out, w, name = [], trip_words(t), guest["name"]
    arrival = guest["arrival_at"]
    if arrival:
        landed, start, end = minutes(arrival), minutes(t["starts_at"]), minutes(t["ends_at"])
        if end < landed + PICKUP_MEET_MINUTES:
            out.append(Conflict("pickup_before_arrival", "trips", (t["id"], p["id"]), Text(
                f"接站行程 {w.zh} 在 {name} 抵达（{mmdd_hhmm(arrival)}）前就结束了。",
                f"Pickup {w.en} is over before {name} arrives at {mmdd_hhmm(arrival)}.")))
        elif start < landed - PICKUP_EARLY_MINUTES:
            out.append(Conflict("pickup_before_arrival", "trips", (t["id"], p["id"]), Text(
                f"接站行程 {w.zh} 比 {name} 的抵达时间 {mmdd_hhmm(arrival)} "
                f"早 {landed - start} 分钟出发（最多提前 {PICKUP_EARLY_MINUTES} 分钟候接）。",
                f"Pickup {w.en} starts {landed - start} min before {name} arrives at "
                f"{mmdd_hhmm(arrival)} (a car waits at most {PICKUP_EARLY_MINUTES} min).")))
    place = (guest["arrival_place"] or "").strip()
    if place and t["from_place"].strip() and not _same_place(place, t["from_place"]):
        out.append(Conflict("pickup_wrong_place", "trips", (t["id"], p["id"]), Text(
            f"接站行程 {w.zh} 从“{t['from_place']}”出发，但 {name} 抵达“{place}”。",
            f"Pickup {w.en} leaves from '{t['from_place']}' but {name} arrives at '{place}'.")))
    return out


def place_key(place: str) -> str:
    """A place's name without terminals, spaces and 国际/international (萧山国际机场 T3 = 萧山机场)."""
    text = re.sub(r"\bt\d\b|\bterminal\s*\d\b|[0-9一二三]号?航站楼|国际|international|\s+", "",
                  place.strip().lower())
    return text or place.strip().lower()


def _same_place(a: str, b: str) -> bool:
    a, b = place_key(a), place_key(b)
    return a == b or a in b or b in a


def _guest_trips(data: TransportData) -> list[Conflict]:
    rides = defaultdict(int)
    for p in data.passengers:
        rides[(p["guest_id"], p["companion_id"])] += 1
    per_person: dict[tuple, list] = defaultdict(list)
    for p in data.passengers:
        if rides[(p["guest_id"], p["companion_id"])] < 2:
            continue
        t = data.trips.get(p["trip_id"])
        if t:
            per_person[(p["guest_id"], p["companion_id"])].append(
                (minutes(t["starts_at"]), minutes(t["ends_at"]), (t, p)))
    out = []
    for (guest_id, companion_id), items in per_person.items():
        if len(items) < 2:
            continue
        for (a, pa), (b, pb) in overlapping(items):
            name = data.guests.get(guest_id, {}).get("name", "?")
            who = Text(f"{name}的随行人员", f"a companion of {name}") if companion_id else \
                Text(name, name)
            wa, wb = trip_words(a), trip_words(b)
            out.append(Conflict("guest_double_trip", "trips", (b["id"], a["id"], pb["id"],
                                                               pa["id"]), Text(
                f"{who.zh} 同时在两个行程上：{wa.zh}；{wb.zh}。",
                f"{who.en} is on two trips at once: {wa.en}; {wb.en}."), "warning"))
    return out


# --- escorts: trips they ride on and timed assignments (sessions included) ------------------
@dataclass
class Duty:
    start: int
    end: int
    guests: frozenset[str]
    ids: tuple[str, ...]
    words: Text
    group: str  # duties with the same group are one outing (a group at one session)


def _escort_duties(data: TransportData, passengers: dict[str, list[Row]]) -> list[Conflict]:
    duties: dict[str, list] = defaultdict(list)
    for t in data.trips.values():
        if t["escort_id"]:
            guests = frozenset(p["guest_id"] for p in passengers.get(t["id"], []))
            d = Duty(minutes(t["starts_at"]), minutes(t["ends_at"]), guests, (t["id"],),
                     trip_words(t), "trip:" + t["id"])
            duties[t["escort_id"]].append((d.start, d.end, d))
    for a in data.assignments:
        d = _assignment_duty(data, a)
        duties[a["escort_id"]].append((d.start, d.end, d))
    out = []
    for escort_id, items in duties.items():
        for a, b in overlapping(items):
            if a.group == b.group or a.guests & b.guests:
                continue  # the escort is with the same guest, or with a group at one session
            name = data.escorts.get(escort_id, {}).get("name", "?")
            out.append(Conflict("escort_double_booked", "escorts", (escort_id, *b.ids, *a.ids),
                                Text(f"陪同 {name} 同时在两处：{a.words.zh}；{b.words.zh}。",
                                     f"Escort {name} is in two places at once: {a.words.en}; "
                                     f"{b.words.en}.")))
    return out


def _assignment_duty(data: TransportData, a: Row) -> Duty:
    name = data.guests.get(a["guest_id"], {}).get("name", "?")
    span = f"{mmdd_hhmm(a['starts_at'])}–{hhmm(a['ends_at'])}"
    if a["session_id"]:
        words = Text(f"{span} 陪同 {name} 出席“{a['session_title']}”",
                     f"{span} with {name} at '{a['session_title']}'")
        group = "session:" + a["session_id"] + a["starts_at"] + a["ends_at"]
    else:
        words = Text(f"{span} 陪同 {name}", f"{span} with {name}")
        group = "window:" + a["starts_at"] + a["ends_at"]
    return Duty(minutes(a["starts_at"]), minutes(a["ends_at"]), frozenset({a["guest_id"]}),
                (a["id"],), words, group)
