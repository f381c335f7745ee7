"""Meals: headcount and dietary counts per sitting, and banquet seats in protocol order (礼宾次序).

Honour order: category (VIP, official, investor, expert, guest, media, staff),
then the rank a title suggests (minister before mayor before director...,
a deputy just after), then the name. At a table, the first in honour sits in
seat 1 (the host's seat, facing the door); the next at the host's right (seat
2), the next at the host's left (the last seat), alternating outwards. At the
head table the highest official present is the host; the guests of honour (主宾) of
the sitting's session come next, then the others, each by rank.
Sources disagree on the side of the first guest for an even number of leaders
(以右为尊 at banquets and abroad; the rostrum's 以左为尊): the fair's setting
``seating.principal_side`` ("right", the default, or "left") chooses it.

Seating is split for the window: :func:`read_seating_snapshot` reads plain rows
on the fair's thread, :func:`plan_seating_from_snapshot` plans without SQLite.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fairdesk.core.reception.conflicts import SEAT_SQL, added, refuse, seat_conflicts
from fairdesk.core.reception.model import ATTENDING, Progress, ShouldCancel, checkpoint
from fairdesk.core.vocab import STAFF_CATEGORIES

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair

Row = dict[str, Any]
CATEGORY_RANK = {c: i for i, c in enumerate(
    ("vip", "official", "investor", "expert", "guest", "media", "staff", "security"))}
TITLE_RANKS: tuple[tuple[str, ...], ...] = (
    ("部长", "minister", "大使", "ambassador"),
    ("省长", "书记", "governor", "secretary"),
    ("主席", "chairman", "董事长", "董事長", "president"),
    ("市长", "mayor", "总领事", "consul general"),
    ("总裁", "總裁", "首席执行官", "ceo", "总经理", "總經理", "general manager"),
    ("厅长", "局长", "director general", "领事", "consul"),
    ("县长", "区长", "行长", "校长"),
    ("总监", "处长", "director", "教授", "professor"),
    ("主任", "head"),
    ("经理", "manager"),
)
DIET_WORDS: dict[str, tuple[str, ...]] = {
    "halal": ("清真", "穆斯林", "halal", "muslim"),
    "vegan": ("纯素", "vegan"),
    "vegetarian": ("素食", "吃素", "vegetarian"),
    "no_pork": ("不吃猪肉", "no pork"),
    "no_beef": ("不吃牛肉", "no beef"),
    "seafood_allergy": ("海鲜过敏", "seafood"),
    "nut_allergy": ("坚果", "花生", "nut", "peanut"),
    "diabetic": ("糖尿病", "diabet"),
}
ALLERGY_KINDS = ("seafood_allergy", "nut_allergy")


def title_rank(title: str) -> float:
    text = (title or "").lower()
    deputy = 0.5 if ("副" in text or "deputy" in text or "vice" in text) else 0.0
    for i, words in enumerate(TITLE_RANKS):
        if any(w in text for w in words):
            return i + deputy
    return len(TITLE_RANKS) + deputy


def protocol_key(guest: Row) -> tuple:
    return (CATEGORY_RANK.get(guest.get("category", ""), 9), title_rank(guest.get("title", "")),
            guest.get("name_latin") or guest.get("name", ""))


def diet_kinds(text: str) -> set[str]:
    """Dietary codes read from free text (清真, 素食, 海鲜过敏...); any 过敏 counts as an allergy."""
    low = (text or "").lower()
    kinds = {kind for kind, words in DIET_WORDS.items() if any(w in low for w in words)}
    if "vegan" in kinds:
        kinds.discard("vegetarian")
    if ("过敏" in low or "allerg" in low) and not kinds & set(ALLERGY_KINDS):
        kinds.add("other_allergy")
    return kinds


# --- headcounts -----------------------------------------------------------------------------
@dataclass
class SittingCount:
    sitting: Row
    guests: int = 0
    companions: int = 0
    staff: int = 0  # at a staff meal: staff and security badges, escorts, drivers
    dietary: Counter = field(default_factory=Counter)
    allergies: list[str] = field(default_factory=list)  # "name: detail"
    needs: list[dict] = field(default_factory=list)  # everyone with a dietary need

    @property
    def total(self) -> int:
        return self.guests + self.companions + self.staff

    @property
    def halal(self) -> int:
        return self.dietary["halal"]

    @property
    def vegetarian(self) -> int:
        return self.dietary["vegetarian"] + self.dietary["vegan"]

    @property
    def allergic(self) -> int:
        return len(self.allergies)


def admitted_categories(fair: Fair, sitting: Row) -> list[str]:
    """The categories the sitting's session admits; empty when it has none (everyone)."""
    if not sitting.get("session_id"):
        return []
    session = fair.get("agenda_sessions", sitting["session_id"])
    return json.loads(session["admitted_categories"] or "[]")


def expected_at(guests: list[Row], sitting: Row, admitted: list[str]) -> list[Row]:
    """Of ``guests``, the attending ones in town for the sitting and admitted to it."""
    start, end = sitting["starts_at"], sitting["ends_at"]
    return [g for g in guests
            if g["state"] in ATTENDING
            and (not g["arrival_at"] or g["arrival_at"] <= start)
            and (not g["departure_at"] or g["departure_at"] >= end)
            and (not admitted or g["category"] in admitted)]


@dataclass
class _People:
    """Attending guests, companions and recorded dietary needs, read once for every sitting."""

    guests: list[Row]
    companions: list[Row]
    needs: list[Row]
    crew: int = 0  # escorts and drivers: they eat at the staff meals

    @classmethod
    def of(cls, fair: Fair) -> _People:
        marks = ", ".join("?" * len(ATTENDING))
        crew = fair.scalar("SELECT (SELECT count(*) FROM escorts) + (SELECT count(*) FROM drivers)")
        return cls(fair.rows(f"SELECT * FROM guests WHERE state IN ({marks})", list(ATTENDING)),
                   fair.rows("SELECT * FROM companions"), fair.rows("SELECT * FROM dietary_needs"),
                   int(crew or 0))


def sitting_headcount(fair: Fair, sitting_id: str, people: _People | None = None
                      ) -> SittingCount:
    """Who is expected at one sitting, with the dietary counts.

    A guests' sitting counts the attending guests in town and admitted to it, and their
    companions; a staff meal (``diners`` 'staff') counts the staff: the attending staff and
    security badges, and every escort and driver (no guest, no companion)."""
    sitting = fair.get("meal_sittings", sitting_id)
    pool = people or _People.of(fair)
    if sitting.get("diners") == "staff":
        guests = expected_at([g for g in pool.guests if g["category"] in STAFF_CATEGORIES],
                             sitting, [])
        count = SittingCount(sitting, staff=len(guests) + pool.crew)
        companions: list[Row] = []
    else:
        guests = expected_at(pool.guests, sitting, admitted_categories(fair, sitting))
        count = SittingCount(sitting, guests=len(guests))
        present = {g["id"] for g in guests}
        companions = [c for c in pool.companions if c["guest_id"] in present]
        count.companions = len(companions)
    ids = {g["id"] for g in guests}
    needs: dict[tuple, set[str]] = defaultdict(set)
    details: dict[tuple, list[str]] = defaultdict(list)
    for n in pool.needs:
        if n["guest_id"] in ids and (companions or not n["companion_id"]):
            needs[(n["guest_id"], n["companion_id"])].add(n["kind"])
            if n["detail"]:
                details[(n["guest_id"], n["companion_id"])].append(n["detail"])
    people = [((g["id"], None), g["name"], g["dietary"]) for g in guests]
    people += [((c["guest_id"], c["id"]), c["name"], c["dietary"]) for c in companions]
    for key, name, text in people:
        kinds = needs[key] | diet_kinds(text)
        count.dietary.update(kinds)
        if kinds & {*ALLERGY_KINDS, "other_allergy"}:
            detail = _join_details(text, details[key])
            count.allergies.append(f"{name}：{detail}" if detail else name)
        if kinds:
            count.needs.append({"guest_id": key[0], "companion_id": key[1], "name": name,
                                "kinds": sorted(kinds), "detail": _join_details(text,
                                                                                 details[key])})
    return count


def _join_details(text: str, details: list[str]) -> str:
    """The free text and the recorded details, each said once."""
    parts: list[str] = []
    for part in [text, *details]:
        part = (part or "").strip()
        if part and not any(part in p for p in parts):
            parts = [p for p in parts if p not in part] + [part]
    return "；".join(parts)


def headcounts(fair: Fair) -> list[SittingCount]:
    """Every sitting's headcount, in time order (the people are read once)."""
    people = _People.of(fair)
    return [sitting_headcount(fair, s["id"], people)
            for s in fair.rows("SELECT id FROM meal_sittings ORDER BY starts_at")]


# --- seating --------------------------------------------------------------------------------
@dataclass
class Seat:
    table_id: str
    table_number: int
    seat_no: int
    guest_id: str
    name: str
    title: str
    organisation: str
    category: str
    kept: bool = False  # already seated before the plan


@dataclass
class SeatingPlan:
    sitting: Row
    tables: list[Row]
    seats: list[Seat] = field(default_factory=list)
    unseated: list[Row] = field(default_factory=list)

    def at(self, table_id: str) -> list[Seat]:
        return sorted((s for s in self.seats if s.table_id == table_id), key=lambda s: s.seat_no)

    @property
    def new_seats(self) -> list[Seat]:
        return [s for s in self.seats if not s.kept]


#: The sides the first guest may take at the host's side (``seating.principal_side``).
SIDES = ("right", "left")


def honour_seats(n: int, side: str = "right") -> list[int]:
    """Seat numbers in honour order at a table of ``n``: 1, 2, n, 3, n-1, ... (seat 2 is
    the host's right); with ``side="left"`` the first guest takes the host's left: 1, n, 2,
    n-1, ..."""
    order, right, left = [1], 2, n
    while len(order) < n:
        order.append(right)
        right += 1
        if len(order) < n:
            order.append(left)
            left -= 1
    if side == "left":
        return [1, *[n + 2 - s for s in order[1:]]]
    return order


def principal_side(fair: Fair) -> str:
    """The fair's rule for the first guest's side: "right" or "left"."""
    side = fair.setting("seating.principal_side")
    return side if side in SIDES else "right"


def protocol_queue(guests: list[Row], *, head: bool,
                   honoured: frozenset[str] | set[str] = frozenset()) -> list[Row]:
    """The guests in honour order; at the head table the top official first (the host),
    then the session's guests of honour (主宾, ids in ``honoured``) by rank, then the rest."""
    queue = sorted(guests, key=protocol_key)
    if not head:
        return queue
    queue = _host_first(queue)
    if not queue or not honoured:
        return queue
    host, rest = queue[0], queue[1:]
    return [host, *(g for g in rest if g["id"] in honoured),
            *(g for g in rest if g["id"] not in honoured)]


@dataclass
class SeatingSnapshot:
    """What seating one sitting reads, as plain rows (read on the fair's thread)."""

    sitting: Row
    tables: list[Row]  # head table first, then by number
    existing: list[Row]  # seats already taken at the sitting
    guests: dict[str, Row]  # every guest, by id
    admitted: list[str]  # categories the sitting's session admits (empty: all)
    side: str = "right"  # the first guest's side of the host (the fair's setting)
    honoured: frozenset[str] = frozenset()  # the session's guests of honour (主宾)


def read_seating_snapshot(fair: Fair, sitting_id: str) -> SeatingSnapshot:
    """Read what :func:`plan_seating_from_snapshot` needs. Raises NotFoundError for the sitting."""
    sitting = fair.get("meal_sittings", sitting_id)
    return SeatingSnapshot(
        sitting=sitting,
        tables=fair.rows("SELECT * FROM banquet_tables WHERE sitting_id = ?"
                         " ORDER BY is_head DESC, number", [sitting_id]),
        existing=fair.rows(f"{SEAT_SQL} WHERE t.sitting_id = ?", [sitting_id]),
        guests={g["id"]: g for g in fair.rows("SELECT * FROM guests")},
        admitted=admitted_categories(fair, sitting), side=principal_side(fair),
        honoured=frozenset(r["guest_id"] for r in fair.rows(
            "SELECT guest_id FROM session_guests WHERE session_id = ? AND role = 'honour'",
            [sitting.get("session_id")])))


def plan_seating_from_snapshot(snap: SeatingSnapshot, *, progress: Progress | None = None,
                               should_cancel: ShouldCancel | None = None) -> SeatingPlan:
    """Seats for every expected guest not yet seated, head table first, in honour order.

    Pure (no SQLite), any thread; ``progress(done, total)`` counts tables filled.
    Raises PlanCancelled when ``should_cancel()`` turns true."""
    tables, existing = snap.tables, snap.existing
    plan = SeatingPlan(snap.sitting, tables)
    for s in existing:
        g = snap.guests[s["guest_id"]]
        plan.seats.append(Seat(s["table_id"], s["number"], s["seat_no"], g["id"], g["name"],
                               g["title"], g["organisation"], g["category"], kept=True))
    seated = {s["guest_id"] for s in existing}
    present = expected_at(list(snap.guests.values()), snap.sitting, snap.admitted)
    queue = protocol_queue([g for g in present if g["id"] not in seated],
                           head=bool(tables and tables[0]["is_head"] and not existing),
                           honoured=snap.honoured)
    queue.reverse()  # popped from the end: the first in honour last
    taken = {(s["table_id"], s["seat_no"]) for s in existing}
    for i, table in enumerate(tables, 1):
        for seat_no in honour_seats(table["seats"], snap.side):
            if not queue:
                break
            if (table["id"], seat_no) in taken:
                continue
            g = queue.pop()
            plan.seats.append(Seat(table["id"], table["number"], seat_no, g["id"], g["name"],
                                   g["title"], g["organisation"], g["category"]))
        checkpoint(i, len(tables), progress, should_cancel, every=10)
    plan.unseated = queue[::-1]
    return plan


def plan_seating(fair: Fair, sitting_id: str) -> SeatingPlan:
    """Seats for every expected guest not yet seated, head table first, in honour order."""
    return plan_seating_from_snapshot(read_seating_snapshot(fair, sitting_id))


def _host_first(queue: list[Row]) -> list[Row]:
    """At the head table the top official hosts (seat 1); the top guest sits beside them."""
    officials = [g for g in queue if g["category"] == "official"]
    if not officials or queue[0]["category"] == "official":
        return queue
    host = officials[0]
    rest = [g for g in queue if g is not host]
    return [host, *rest]


def apply_seating(fair: Fair, plan: SeatingPlan) -> Changes:
    """Write the plan's new seats in one transaction. Raises ConflictError (nothing written)."""
    with fair.transaction() as tx:
        seated = fair.rows(f"{SEAT_SQL} WHERE t.sitting_id = ?", [plan.sitting["id"]])
        before = seat_conflicts(fair, seated)
        _refuse_taken(plan, seated)
        ids = [tx.insert("banquet_seats", {"table_id": s.table_id, "guest_id": s.guest_id,
                                           "seat_no": s.seat_no})["id"] for s in plan.new_seats]
        after = seat_conflicts(fair, fair.rows(f"{SEAT_SQL} WHERE t.sitting_id = ?",
                                               [plan.sitting["id"]]))
        refuse(added(before, after, *ids))
    return tx.changes


def _refuse_taken(plan: SeatingPlan, seated: list[Row]) -> None:
    """Raises ConflictError when a planned seat has been given to someone since the plan."""
    from fairdesk.base.errors import ConflictError

    taken = {(r["table_id"], r["seat_no"]): r["name"] for r in seated}
    for s in plan.new_seats:
        who = taken.get((s.table_id, s.seat_no))
        if who:
            raise ConflictError(
                f"{s.table_number} 号桌 {s.seat_no} 座已安排给 {who}，请重新生成方案。",
                f"Table {s.table_number} seat {s.seat_no} is taken by {who}: make the plan again.")
