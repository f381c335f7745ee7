"""Pickups from the arrivals list: trips grouped by airport/station and time window, a preview.

Each VIP gets a car of their own with an escort (the one assigned to them if
free). Other arrivals at one place within ``window_minutes`` of the first, going
to the same hotel, share a vehicle: the smallest free one that seats them
(sedan, MPV, minibus, coach); a group too big for any free vehicle is split,
parties kept together. The car leaves ``wait_minutes`` after the last arrival.
A vehicle counts as free only with its driver free (the usual one first), the
turnaround margin kept. The finished plan is run through the conflict rules
with everything already booked: a trip that would clash is moved to the
unserved list with the reason.

For the window, :func:`read_pickup_snapshot` reads plain rows on the fair's
thread and :func:`plan_pickups_from_snapshot` plans from them without SQLite
(a worker thread, with progress and cancel); :func:`plan_pickups` does both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import Text
from fairdesk.core.ids import new_id
from fairdesk.core.reception.conflicts import added, refuse
from fairdesk.core.reception.model import (
    ATTENDING,
    Progress,
    ShouldCancel,
    add_minutes,
    checkpoint,
    hhmm,
    minutes,
    mmdd_hhmm,
)
from fairdesk.core.reception.transport import (
    TransportData,
    load_transport,
    place_key,
    transport_conflicts,
)

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair

Row = dict[str, Any]


@dataclass
class Rider:
    guest_id: str
    companion_id: str | None
    name: str


@dataclass
class Arrival:
    guest: Row
    riders: list[Rider]
    hotel: str


@dataclass
class PlannedTrip:
    place: str
    to_place: str
    starts_at: str
    ends_at: str
    flight_or_train: str
    vehicle: Row
    driver: Row
    escort: Row | None
    arrivals: list[Arrival]
    reason: Text
    id: str = field(default_factory=new_id)

    @property
    def riders(self) -> list[Rider]:
        return [r for a in self.arrivals for r in a.riders]

    @property
    def people(self) -> int:
        return len(self.riders) + (1 if self.escort else 0)


@dataclass
class Unserved:
    arrival: Arrival
    reason: Text


@dataclass
class PickupPlan:
    trips: list[PlannedTrip] = field(default_factory=list)
    unserved: list[Unserved] = field(default_factory=list)

    def summary(self) -> Text:
        people = sum(len(t.riders) for t in self.trips)
        return Text(f"生成接站行程 {len(self.trips)} 趟，接 {people} 人；"
                    f"{len(self.unserved)} 位嘉宾未能安排车辆。",
                    f"{len(self.trips)} pickup trips for {people} people; "
                    f"{len(self.unserved)} guests without a car.")


class Calendar:
    """Busy windows per vehicle, driver and escort, in minutes."""

    def __init__(self, margin: int) -> None:
        self.margin = margin
        self.busy: dict[str, list[tuple[int, int]]] = defaultdict(list)

    def free(self, key: str | None, start: int, end: int, margin: int | None = None) -> bool:
        m = self.margin if margin is None else margin
        return bool(key) and all(start >= e + m or s >= end + m for s, e in self.busy[key])

    def book(self, key: str | None, start: int, end: int) -> None:
        if key:
            self.busy[key].append((start, end))


@dataclass
class PickupSnapshot:
    """Everything pickup planning reads, as plain rows (read on the fair's thread)."""

    data: TransportData  # every trip, passenger, escort window, vehicle
    drivers: list[Row]  # by name
    escorts: list[Row]  # by name
    escort_guests: list[Row]  # escort_id, guest_id
    arrivals: list[Arrival]  # not yet met, by arrival time


def read_pickup_snapshot(fair: Fair, *, day: str | None = None) -> PickupSnapshot:
    """Read what :func:`plan_pickups_from_snapshot` needs (fast: one query per table)."""
    return PickupSnapshot(
        data=load_transport(fair, everything=True),
        drivers=fair.rows("SELECT * FROM drivers ORDER BY name"),
        escorts=fair.rows("SELECT * FROM escorts ORDER BY name"),
        escort_guests=fair.rows("SELECT escort_id, guest_id FROM escort_assignments"),
        arrivals=_arrivals(fair, day))


def plan_pickups_from_snapshot(snap: PickupSnapshot, *, window_minutes: int = 60,
                               wait_minutes: int = 20, drive_minutes: int = 60,
                               progress: Progress | None = None,
                               should_cancel: ShouldCancel | None = None) -> PickupPlan:
    """Pickup trips for the snapshot's arrivals; pure (no SQLite), any thread.

    ``progress(done, total)`` counts arrival groups served, then one step for the
    final clash check. Raises PlanCancelled when ``should_cancel()`` turns true."""
    data = replace(snap.data, trips=dict(snap.data.trips),
                   passengers=list(snap.data.passengers))  # the snapshot stays as read
    cal = Calendar(data.turnaround)
    for t in data.trips.values():
        span = minutes(t["starts_at"]), minutes(t["ends_at"])
        for key in (t["vehicle_id"], t["driver_id"], t["escort_id"]):
            cal.book(key, *span)
    for a in data.assignments:
        cal.book(a["escort_id"], minutes(a["starts_at"]), minutes(a["ends_at"]))
    fleet = sorted(data.vehicles.values(), key=lambda v: (v["seats"], v["plate"]))
    usual = {d["vehicle_id"]: d for d in snap.drivers if d["vehicle_id"]}
    plan = PickupPlan()
    ctx = _Ctx(cal, fleet, usual, snap.drivers, _escorts_by_guest(snap), wait_minutes,
               drive_minutes)
    groups = _groups(snap.arrivals, window_minutes)
    total = len(groups) + 1
    for i, group in enumerate(groups, 1):
        _serve(ctx, group, plan)
        checkpoint(i, total, progress, should_cancel, every=20)
    _drop_clashes(data, plan)
    checkpoint(total, total, progress, should_cancel)
    return plan


def plan_pickups(fair: Fair, *, window_minutes: int = 60, day: str | None = None,
                 wait_minutes: int = 20, drive_minutes: int = 60) -> PickupPlan:
    """Pickup trips for every arrival not yet met (on ``day`` if given); nothing is written."""
    return plan_pickups_from_snapshot(read_pickup_snapshot(fair, day=day),
                                      window_minutes=window_minutes, wait_minutes=wait_minutes,
                                      drive_minutes=drive_minutes)


@dataclass
class _Ctx:
    cal: Calendar
    fleet: list[Row]
    usual: dict[str, Row]
    drivers: list[Row]
    escorts: tuple[dict[str, list[Row]], list[Row]]
    wait: int
    drive: int


def _arrivals(fair: Fair, day: str | None) -> list[Arrival]:
    marks = ", ".join("?" * len(ATTENDING))
    sql = (f"SELECT * FROM guests WHERE state IN ({marks}) AND arrival_at IS NOT NULL"
           " AND arrival_place != '' AND id NOT IN (SELECT p.guest_id FROM trip_passengers p"
           " JOIN trips t ON t.id = p.trip_id WHERE t.purpose = 'pickup')")
    params: list = list(ATTENDING)
    if day:
        sql += " AND substr(arrival_at, 1, 10) = ?"
        params.append(day)
    guests = fair.rows(sql + " ORDER BY arrival_at, name", params)
    companions: dict[str, list[Row]] = defaultdict(list)
    for c in fair.rows("SELECT id, guest_id, name FROM companions ORDER BY created_at"):
        companions[c["guest_id"]].append(c)
    hotels = {s["guest_id"]: s["name"] for s in fair.rows(
        "SELECT s.guest_id, h.name FROM stays s JOIN hotels h ON h.id = s.hotel_id"
        " WHERE s.companion_id IS NULL ORDER BY s.check_in DESC")}
    venue = fair.setting("fair.venue") or "会场"
    return [Arrival(g, [Rider(g["id"], None, g["name"])] +
                    [Rider(g["id"], c["id"], c["name"]) for c in companions[g["id"]]],
                    hotels.get(g["id"], venue)) for g in guests]


def _groups(arrivals: list[Arrival], window: int) -> list[list[Arrival]]:
    """VIPs alone; others by place and hotel, within ``window`` minutes of the group's first."""
    out: list[list[Arrival]] = []
    open_groups: dict[tuple[str, str], tuple[int, list[Arrival]]] = {}
    for a in arrivals:
        if a.guest["category"] == "vip":
            out.append([a])
            continue
        key = (place_key(a.guest["arrival_place"]), a.hotel)
        at = minutes(a.guest["arrival_at"])
        first = open_groups.get(key)
        if first is None or at >= first[0] + window:
            first = (at, [])
            open_groups[key] = first
            out.append(first[1])
        first[1].append(a)
    return out


def _escorts_by_guest(snap: PickupSnapshot) -> tuple[dict[str, list[Row]], list[Row]]:
    assigned: dict[str, list[Row]] = defaultdict(list)
    by_id = {e["id"]: e for e in snap.escorts}
    for a in snap.escort_guests:
        assigned[a["guest_id"]].append(by_id[a["escort_id"]])
    return assigned, snap.escorts


def _serve(ctx: _Ctx, group: list[Arrival], plan: PickupPlan) -> None:
    pending = list(group)
    while pending:
        trip = _one_trip(ctx, pending)
        if trip is None:
            plan.unserved += [Unserved(a, Text(
                f"{mmdd_hhmm(a.guest['arrival_at'])} 前后没有空闲的车辆和驾驶员。",
                f"No vehicle and driver free around {mmdd_hhmm(a.guest['arrival_at'])}."))
                for a in pending]
            return
        plan.trips.append(trip)
        pending = [a for a in pending if a not in trip.arrivals]


def _one_trip(ctx: _Ctx, pending: list[Arrival]) -> PlannedTrip | None:
    vip = pending[0].guest["category"] == "vip"
    last = max(a.guest["arrival_at"] for a in pending)
    starts = add_minutes(last, ctx.wait)
    ends = add_minutes(starts, ctx.drive)
    span = minutes(starts), minutes(ends)
    escort = _free_escort(ctx, pending[0], span) if vip else None
    need = sum(len(a.riders) for a in pending) + (1 if escort else 0)
    car = _vehicle(ctx, span, need) or _vehicle(ctx, span, 0, largest=True)
    if car is None:
        return None
    vehicle, driver = car
    riders_room = vehicle["seats"] - (1 if escort else 0)
    chosen, used = [], 0
    for a in pending:
        if used + len(a.riders) <= riders_room:
            chosen.append(a)
            used += len(a.riders)
    if not chosen:
        return None
    for key in (vehicle["id"], driver["id"], escort["id"] if escort else None):
        ctx.cal.book(key, *span)
    codes = sorted({a.guest["arrival_transport"] for a in chosen if a.guest["arrival_transport"]})
    return PlannedTrip(chosen[0].guest["arrival_place"], chosen[0].hotel, starts, ends,
                       "/".join(codes)[:20], vehicle, driver, escort, chosen,
                       _reason(vip, chosen, vehicle, escort))


def _vehicle(ctx: _Ctx, span: tuple[int, int], need: int,
             largest: bool = False) -> tuple[Row, Row] | None:
    fleet = reversed(ctx.fleet) if largest else ctx.fleet
    for v in fleet:
        if v["seats"] < need or not ctx.cal.free(v["id"], *span):
            continue
        driver = _free_driver(ctx, v, span)
        if driver:
            return v, driver
    return None


def _free_driver(ctx: _Ctx, vehicle: Row, span: tuple[int, int]) -> Row | None:
    own = ctx.usual.get(vehicle["id"])
    if own and ctx.cal.free(own["id"], *span):
        return own
    for d in ctx.drivers:
        if not d["vehicle_id"] and ctx.cal.free(d["id"], *span):
            return d
    return None


def _free_escort(ctx: _Ctx, arrival: Arrival, span: tuple[int, int]) -> Row | None:
    assigned, everyone = ctx.escorts
    for e in assigned.get(arrival.guest["id"], []) + everyone:
        if ctx.cal.free(e["id"], *span, margin=0):
            return e
    return None


def _reason(vip: bool, chosen: list[Arrival], vehicle: Row, escort: Row | None) -> Text:
    if vip and escort:
        return Text("贵宾单独派车并安排陪同。", "A car of their own and an escort for a VIP.")
    if vip:
        return Text("贵宾单独派车；此时没有空闲的陪同人员，请另行安排。",
                    "A car of their own for a VIP; no escort is free then: find one.")
    first, last = (hhmm(chosen[0].guest["arrival_at"]), hhmm(chosen[-1].guest["arrival_at"]))
    people = sum(len(a.riders) for a in chosen)
    return Text(f"{first}–{last} 抵达的 {people} 人同车，{vehicle['seats']} 座。",
                f"{people} people arriving {first}–{last} together, {vehicle['seats']} seats.")


def _rows(plan: PickupPlan) -> tuple[list[Row], list[Row]]:
    trips, riders = [], []
    for t in plan.trips:
        trips.append({"id": t.id, "vehicle_id": t.vehicle["id"], "driver_id": t.driver["id"],
                      "escort_id": t.escort["id"] if t.escort else None, "purpose": "pickup",
                      "from_place": t.place, "to_place": t.to_place, "starts_at": t.starts_at,
                      "ends_at": t.ends_at, "flight_or_train": t.flight_or_train,
                      "notes": str(t.reason)})
        riders += [{"id": new_id(), "trip_id": t.id, "guest_id": r.guest_id,
                    "companion_id": r.companion_id} for r in t.riders]
    return trips, riders


def _drop_clashes(data: Any, plan: PickupPlan) -> None:
    """Run the rules over what is booked plus the plan; what would clash becomes unserved.

    A guest already on another trip then is taken off this one (the others still ride);
    a trip clashing for its car, driver or escort is dropped whole."""
    before = {c.key for c in transport_conflicts(data)}
    trips, riders = _rows(plan)
    data.trips.update({t["id"]: t for t in trips})
    data.passengers += riders
    clashes = [c for c in transport_conflicts(data) if c.key not in before]
    rider_of = {r["id"]: (r["trip_id"], r["guest_id"]) for r in riders}
    bad_trips: dict[str, Any] = {}
    bad_guests: dict[tuple[str, str], Any] = {}
    for c in clashes:
        mine = [rider_of[i] for i in c.record_ids if i in rider_of]
        if c.kind == "guest_double_trip" and mine:
            for key in mine:
                bad_guests.setdefault(key, c)
            continue
        for t in plan.trips:
            if c.involves(t.id):
                bad_trips.setdefault(t.id, c)
    for t in list(plan.trips):
        if t.id in bad_trips:
            plan.trips.remove(t)
            plan.unserved += [Unserved(a, bad_trips[t.id].message) for a in t.arrivals]
            continue
        for a in [a for a in t.arrivals if (t.id, a.guest["id"]) in bad_guests]:
            t.arrivals.remove(a)
            plan.unserved.append(Unserved(a, bad_guests[(t.id, a.guest["id"])].message))
        if not t.arrivals:
            plan.trips.remove(t)


def apply_pickups(fair: Fair, plan: PickupPlan, *,
                  progress: Callable[[int, int], None] | None = None) -> Changes:
    """Write the plan's trips and passengers in one transaction, re-checking every rule.

    Raises ConflictError (nothing written) if a trip would clash with what is booked now."""
    trips, riders = _rows(plan)
    scope = {"vehicle_ids": {t["vehicle_id"] for t in trips},
             "driver_ids": {t["driver_id"] for t in trips},
             "escort_ids": {t["escort_id"] for t in trips if t["escort_id"]},
             "guest_ids": {r["guest_id"] for r in riders}}
    with fair.transaction() as tx:
        before = transport_conflicts(load_transport(fair, **scope))
        for i, t in enumerate(trips, 1):
            tx.insert("trips", t)
            if progress and i % 20 == 0:
                progress(i, len(trips) + 1)
        for r in riders:
            tx.insert("trip_passengers", r)
        after = transport_conflicts(load_transport(fair, **scope))
        refuse(added(before, after, *(t["id"] for t in trips)))
        if progress:
            progress(len(trips) + 1, len(trips) + 1)
    return tx.changes
