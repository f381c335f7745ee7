"""Auto-assign: attending guests without a room placed into the hotels' blocks, as a preview.

Rules, in order: VIPs and officials first, only in designated hotels, in a suite
or king room of their own; everyone else in the other hotels (nearest first),
then in designated hotels' spare rooms. Companions go with their guest: the same
room when it sleeps two, else rooms next to it. Nights run from the arrival date
to the departure date. A night is possible only if the block (or the listed
rooms, for a hotel without blocks) has a room left. Nothing is written until
:func:`apply_plan`, which re-checks every rule in its transaction.

Planning is split for the window: :func:`read_assign_snapshot` reads plain rows
with the fair's connection (its thread), :func:`plan_from_snapshot` plans from
them without SQLite (a worker thread, with progress and cancel);
:func:`plan_auto_assign` is the two in a row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import ConflictError
from fairdesk.base.i18n import Text
from fairdesk.core.ids import new_id
from fairdesk.core.reception.conflicts import added, refuse
from fairdesk.core.reception.lodging import LodgingData, load_lodging, lodging_conflicts, rooms_used
from fairdesk.core.reception.model import (
    ATTENDING,
    TYPE_CAPACITY,
    checkpoint,
    natural_key,
    nights,
)
from fairdesk.core.vocab import ROOM_TYPES

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair

Row = dict[str, Any]
Progress = Callable[[int, int], None]
PROTOCOL = ("vip", "official")
NO_ROOM_CATEGORIES = ("staff", "security")
TYPES_FOR = {"vip": ("suite", "king"), "official": ("king", "suite", "single"),
             "companion": ("king", "twin", "single"), "alone": ("single", "king", "twin"),
             "pair": ("twin", "king")}


@dataclass
class Person:
    guest_id: str
    companion_id: str | None
    name: str


@dataclass
class Placement:
    """One stay to write: who, where, which nights, and why there."""

    guest_id: str
    companion_id: str | None
    name: str
    guest_name: str
    category: str
    hotel_id: str
    hotel_name: str
    room_id: str | None
    room_number: str
    room_type: str
    check_in: str
    check_out: str
    sharing_with: str = ""
    reason: Text = Text("", "")
    id: str = field(default_factory=new_id)
    hotel_name_en: str = ""

    @property
    def room_type_label(self) -> str:
        return str(Text(*ROOM_TYPES.get(self.room_type, (self.room_type, self.room_type))))


@dataclass
class Unplaced:
    guest_id: str
    companion_id: str | None
    name: str
    category: str
    reason: Text


@dataclass
class AssignPlan:
    placements: list[Placement] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)  # needs a room, none found
    skipped: list[Unplaced] = field(default_factory=list)  # needs no room (day visit, staff)

    def summary(self) -> Text:
        guests = len({p.guest_id for p in self.placements})
        return Text(f"可安排 {len(self.placements)} 人（{guests} 位嘉宾及随行）；"
                    f"无法安排 {len(self.unplaced)} 人；无需住宿 {len(self.skipped)} 人。",
                    f"{len(self.placements)} people placed ({guests} guests with companions); "
                    f"{len(self.unplaced)} cannot be placed; {len(self.skipped)} need no room.")


# --- what is free -----------------------------------------------------------------------------
class Capacity:
    """Rooms left per hotel, type and night, and which listed rooms are free."""

    def __init__(self, data: LodgingData) -> None:
        self.data = data
        self.used: dict[tuple, int] = defaultdict(int)
        for key, (count, _ids) in rooms_used(data).items():
            self.used[key] = count
        self.occupied: dict[tuple[str, str], int] = defaultdict(int)
        for s in data.stays.values():
            if s["room_id"]:
                for night in nights(s["check_in"], s["check_out"]):
                    self.occupied[(s["room_id"], night)] += 1
        self.rooms: dict[tuple[str, str], list[Row]] = defaultdict(list)
        for r in sorted(data.rooms.values(), key=lambda r: natural_key(r["number"])):
            self.rooms[(r["hotel_id"], r["room_type"])].append(r)
        self.cursor: dict[tuple[str, str], int] = defaultdict(int)

    def rooms_left(self, hotel_id: str, room_type: str, night: str) -> int:
        if hotel_id in self.data.block_hotels:
            block = self.data.blocks.get((hotel_id, room_type, night))
            have = block["rooms"] if block else 0
        else:
            have = len(self.rooms.get((hotel_id, room_type), ()))
        return have - self.used[(hotel_id, room_type, night)]

    def fits(self, hotel_id: str, room_type: str, days: list[str]) -> bool:
        return all(self.rooms_left(hotel_id, room_type, n) > 0 for n in days)

    def free_room(self, hotel_id: str, room_type: str, days: list[str],
                  near: Row | None = None) -> Row | None:
        """A listed room empty on all ``days``: the one after ``near`` if free, else the next."""
        rooms = self.rooms.get((hotel_id, room_type), [])
        if not rooms:
            return None
        start = rooms.index(near) + 1 if near in rooms else self.cursor[(hotel_id, room_type)]
        for k in range(len(rooms)):
            i = (start + k) % len(rooms)
            if all(self.occupied[(rooms[i]["id"], n)] == 0 for n in days):
                if near is None:
                    self.cursor[(hotel_id, room_type)] = i
                return rooms[i]
        return None

    def take(self, hotel_id: str, room_type: str, days: list[str], room: Row | None,
             people: int) -> None:
        for n in days:
            self.used[(hotel_id, room_type, n)] += 1
            if room:
                self.occupied[(room["id"], n)] += people

    def release(self, hotel_id: str, room_type: str, days: list[str], room: Row | None,
                people: int) -> None:
        for n in days:
            self.used[(hotel_id, room_type, n)] -= 1
            if room:
                self.occupied[(room["id"], n)] -= people


# --- the snapshot and the plan ----------------------------------------------------------------
@dataclass
class AssignSnapshot:
    """Everything auto-assign reads, as plain rows (read on the fair's thread, planned anywhere)."""

    data: LodgingData
    hotels: list[Row]
    guests: list[Row]  # attending, with arrival and departure
    companions: list[Row]  # in the order they were added
    fair_starts_on: str | None
    fair_ends_on: str | None


def read_assign_snapshot(fair: Fair) -> AssignSnapshot:
    """Read what :func:`plan_from_snapshot` needs (fast: one query per table)."""
    marks = ", ".join("?" * len(ATTENDING))
    return AssignSnapshot(
        data=load_lodging(fair, everything=True),
        hotels=fair.rows("SELECT id, name, name_en, designated, distance_km FROM hotels"),
        guests=fair.rows(f"SELECT id, name, category, title, arrival_at, departure_at FROM guests"
                         f" WHERE state IN ({marks})", list(ATTENDING)),
        companions=fair.rows("SELECT id, guest_id, name FROM companions ORDER BY created_at"),
        fair_starts_on=fair.setting("fair.starts_on"),
        fair_ends_on=fair.setting("fair.ends_on"))


def plan_from_snapshot(snap: AssignSnapshot, *, guest_ids: list[str] | None = None,
                       progress: Progress | None = None,
                       should_cancel: Callable[[], bool] | None = None) -> AssignPlan:
    """Where every attending guest without a room would go; pure (no SQLite), any thread.

    ``progress(done, total)`` counts parties placed. Raises PlanCancelled when
    ``should_cancel()`` turns true."""
    cap = Capacity(snap.data)
    plan = AssignPlan()
    hotels = sorted(snap.hotels, key=lambda h: (h["distance_km"], h["name"]))
    parties = _parties(snap, guest_ids, plan)
    for i, (guest, party) in enumerate(parties, 1):
        _place_party(cap, hotels, guest, party, plan)
        checkpoint(i, len(parties), progress, should_cancel)
    return plan


def plan_auto_assign(fair: Fair, *, guest_ids: list[str] | None = None) -> AssignPlan:
    """Where every attending guest without a room would go (nothing is written)."""
    return plan_from_snapshot(read_assign_snapshot(fair), guest_ids=guest_ids)


def _parties(snap: AssignSnapshot, guest_ids: list[str] | None,
             plan: AssignPlan) -> list[tuple[Row, list[Person]]]:
    lodged = {(s["guest_id"], s["companion_id"]) for s in snap.data.stays.values()}
    guests = [dict(g) for g in snap.guests]  # the snapshot stays as read
    if guest_ids is not None:
        wanted = set(guest_ids)
        guests = [g for g in guests if g["id"] in wanted]
    companions: dict[str, list[Row]] = defaultdict(list)
    for c in snap.companions:
        companions[c["guest_id"]].append(c)
    _nights_from_dates(snap, guests)
    rank = {c: i for i, c in enumerate(("vip", "official"))}
    guests.sort(key=lambda g: (rank.get(g["category"], 9), g["arrival_at"] or "", g["name"]))
    out = []
    for g in guests:
        party = [Person(g["id"], None, g["name"])] if (g["id"], None) not in lodged else []
        party += [Person(g["id"], c["id"], c["name"]) for c in companions[g["id"]]
                  if (g["id"], c["id"]) not in lodged]
        if party and _needs_room(g, party, plan):
            out.append((g, party))
    return out


def _nights_from_dates(snap: AssignSnapshot, guests: list[Row]) -> None:
    """Check-in and check-out from arrival and departure; the fair's dates where unknown."""
    opening, closing = snap.fair_starts_on, snap.fair_ends_on
    eve = (date.fromisoformat(opening) - timedelta(days=1)).isoformat() if opening else ""
    for g in guests:
        g["check_in"] = (g["arrival_at"] or "")[:10] or eve
        g["check_out"] = (g["departure_at"] or "")[:10] or closing or ""
        g["by_fair_dates"] = not (g["arrival_at"] and g["departure_at"])


def _needs_room(g: Row, party: list[Person], plan: AssignPlan) -> bool:
    reason = None
    if g["category"] in NO_ROOM_CATEGORIES:
        reason = Text("工作人员、安保由所在单位安排住宿。", "Staff and security are lodged by their units.")
    elif not g["check_in"] or not g["check_out"]:
        plan.unplaced += [Unplaced(p.guest_id, p.companion_id, p.name, g["category"], Text(
            "抵达或离开时间未定（投洽会日期也未设置），无法确定入住夜数。",
            "Arrival or departure is not known (nor the fair's dates), so the nights are "
            "not either.")) for p in party]
        return False
    elif g["check_out"] <= g["check_in"]:
        reason = Text("当天往返，无需住宿。", "Leaves the day they arrive: no night to stay.")
    if reason:
        plan.skipped += [Unplaced(p.guest_id, p.companion_id, p.name, g["category"], reason)
                         for p in party]
        return False
    return True


def _room_groups(g: Row, party: list[Person]) -> list[tuple[list[Person], tuple[str, ...]]]:
    """How a party splits into rooms, each with the room types to try in order."""
    lead = [p for p in party if p.companion_id is None]
    rest = [p for p in party if p.companion_id is not None]
    if g["category"] in PROTOCOL:
        groups = [(lead, TYPES_FOR[g["category"]])] if lead else []
        return groups + [(rest[i:i + 2], TYPES_FOR["companion"] if len(rest[i:i + 2]) == 2
                          else TYPES_FOR["alone"]) for i in range(0, len(rest), 2)]
    people = lead + rest
    return [(people[i:i + 2], TYPES_FOR["pair"] if len(people[i:i + 2]) == 2
             else TYPES_FOR["alone"]) for i in range(0, len(people), 2)]


def _candidate_hotels(g: Row, hotels: list[Row]) -> list[Row]:
    designated = [h for h in hotels if h["designated"]]
    others = [h for h in hotels if not h["designated"]]
    if g["category"] in PROTOCOL and designated:
        return designated
    return others + designated


def _place_party(cap: Capacity, hotels: list[Row], g: Row, party: list[Person],
                 plan: AssignPlan) -> None:
    days = nights(g["check_in"], g["check_out"])
    groups = _room_groups(g, party)
    for hotel in _candidate_hotels(g, hotels):
        taken = _try_hotel(cap, hotel, days, groups)
        if taken is not None:
            plan.placements += _placements(g, hotel, days, taken)
            return
    where = Text("指定酒店", "the designated hotels") if g["category"] in PROTOCOL and any(
        h["designated"] for h in hotels) else Text("各酒店", "any hotel")
    span = f"{g['check_in'][5:]}–{g['check_out'][5:]}"
    plan.unplaced += [Unplaced(p.guest_id, p.companion_id, p.name, g["category"], Text(
        f"{where.zh}在 {span} 没有足够的空房（需 {len(groups)} 间）。",
        f"No room free in {where.en} for {span} ({len(groups)} rooms needed)."))
        for p in party]


def _try_hotel(cap: Capacity, hotel: Row, days: list[str],
               groups: list[tuple[list[Person], tuple[str, ...]]]) -> list | None:
    taken: list[tuple[list[Person], str, Row | None]] = []
    near = None
    for people, types in groups:
        choice = _pick(cap, hotel["id"], types, days, len(people), near)
        if choice is None:
            for ppl, room_type, room in taken:
                cap.release(hotel["id"], room_type, days, room, len(ppl))
            return None
        room_type, room = choice
        cap.take(hotel["id"], room_type, days, room, len(people))
        taken.append((people, room_type, room))
        near = room or near
    return taken


def _pick(cap: Capacity, hotel_id: str, types: tuple[str, ...], days: list[str], people: int,
          near: Row | None) -> tuple[str, Row | None] | None:
    for room_type in types:
        if people > TYPE_CAPACITY.get(room_type, 1) or not cap.fits(hotel_id, room_type, days):
            continue
        listed = cap.rooms.get((hotel_id, room_type))
        room = cap.free_room(hotel_id, room_type, days, near) if listed else None
        if room is not None and room["capacity"] >= people:
            return room_type, room
        if hotel_id in cap.data.block_hotels:  # the hotel gives the number at check-in
            return room_type, None
    return None


def _placements(g: Row, hotel: Row, days: list[str], taken: list) -> list[Placement]:
    reason = _reason(g, hotel)
    out = []
    for people, room_type, room in taken:
        for p in people:
            mates = "、".join(q.name for q in people if q is not p)
            out.append(Placement(
                p.guest_id, p.companion_id, p.name, g["name"], g["category"], hotel["id"],
                hotel["name"], room["id"] if room else None, room["number"] if room else "",
                room_type, g["check_in"], g["check_out"], mates, reason,
                hotel_name_en=hotel.get("name_en") or ""))
    return out


def _reason(g: Row, hotel: Row) -> Text:
    why = _why_hotel(g, hotel)
    if g["by_fair_dates"]:
        return Text(why.zh + "行程未定，按会期安排入住夜数。",
                    why.en + " Travel not known yet: nights from the fair's dates.")
    return why


def _why_hotel(g: Row, hotel: Row) -> Text:
    if g["category"] in PROTOCOL:
        return Text("贵宾、领导安排在指定酒店。", "VIPs and officials stay in a designated hotel.")
    if hotel["designated"]:
        return Text("其他酒店已满，安排在指定酒店的空房。",
                    "The other hotels are full: a spare room in a designated hotel.")
    return Text("距会场最近且有空房的酒店。", "The nearest hotel with rooms free.")


# --- writing it -------------------------------------------------------------------------------
def apply_plan(fair: Fair, plan: AssignPlan, *, progress: Progress | None = None) -> Changes:
    """Write the plan's stays in one transaction, re-checking every lodging rule.

    Raises ConflictError (nothing written) if someone has a stay meanwhile or a room,
    block or visit would clash."""
    rows = [{"id": p.id, "guest_id": p.guest_id, "companion_id": p.companion_id,
             "hotel_id": p.hotel_id, "room_id": p.room_id, "room_type": p.room_type,
             "check_in": p.check_in, "check_out": p.check_out,
             "notes": ""}  # who shares is derived from the room and nights, never stored
            for p in plan.placements]
    scope = {"guest_ids": {r["guest_id"] for r in rows},
             "room_ids": {r["room_id"] for r in rows if r["room_id"]},
             "hotel_types": {(r["hotel_id"], r["room_type"]) for r in rows}}
    with fair.transaction() as tx:
        before = lodging_conflicts(load_lodging(fair, **scope))
        _refuse_lodged(fair, rows)
        for i in range(0, len(rows), 200):
            for row in rows[i:i + 200]:
                tx.insert("stays", row)
            if progress:
                progress(min(i + 200, len(rows)), len(rows))
        after = lodging_conflicts(load_lodging(fair, **scope))
        refuse(added(before, after, *(r["id"] for r in rows)))
    return tx.changes


def _refuse_lodged(fair: Fair, rows: list[Row]) -> None:
    people = {(r["guest_id"], r["companion_id"]) for r in rows}
    if len(people) < len(rows):
        raise ConflictError("方案里有人被安排了两次。", "The plan places someone twice.")
    marks = ", ".join("?" * len({g for g, _ in people}))
    for s in fair.rows(f"SELECT guest_id, companion_id FROM stays WHERE guest_id IN ({marks})",
                       list({g for g, _ in people})):
        if (s["guest_id"], s["companion_id"]) in people:
            name = fair.scalar("SELECT name FROM guests WHERE id = ?", [s["guest_id"]])
            raise ConflictError(f"{name} 已有住宿安排，请重新生成方案。",
                                f"{name} has a stay already: make the plan again.")
