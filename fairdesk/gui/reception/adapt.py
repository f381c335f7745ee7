"""The roster core's plans and printouts as the window needs them: plain rows, pruned plans.

One module knows the shapes of ``fairdesk.core.reception`` plans (placements,
pickup groups, seatings) and of the report renderers, so the pages stay
simple. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from fairdesk.core.vocab import GUEST_CATEGORIES, ROOM_TYPES, label, named

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# --- auto-assign ------------------------------------------------------------------------------
def rooms_snapshot(fair: Fair) -> Any:
    """What auto-assign reads (reads the fair: call on the GUI thread)."""
    from fairdesk.core.reception.room_plan import read_assign_snapshot

    return read_assign_snapshot(fair)


def plan_rooms(snapshot: Any, progress: Progress, cancelled: Cancelled) -> Any:
    """The core's AssignPlan from a snapshot (no SQLite: runs in a worker thread)."""
    from fairdesk.core.reception.room_plan import plan_from_snapshot

    return plan_from_snapshot(snapshot, progress=progress, should_cancel=cancelled)


def placement_rows(plan: Any) -> list[dict]:
    return [
        {
            "id": p.id,
            "person": p.name if not p.companion_id else f"{p.name}（{p.guest_name}）",
            "category": label(GUEST_CATEGORIES, p.category),
            "hotel": named({"name": p.hotel_name, "name_en": p.hotel_name_en}),
            "room": p.room_number or "—",
            "type": label(ROOM_TYPES, p.room_type),
            "check_in": p.check_in,
            "check_out": p.check_out,
            "nights": _nights(p.check_in, p.check_out),
            "sharing": p.sharing_with,
            "reason": str(p.reason),
        }
        for p in plan.placements
    ]


def left_row(record_id: str, person: str, category: str, reason: Any) -> dict:
    """One row of the list of who a plan could not serve (the preview's lower table)."""
    return {
        "id": record_id,
        "person": person,
        "category": label(GUEST_CATEGORIES, category),
        "reason": str(reason),
    }


def unplaced_rows(plan: Any) -> list[dict]:
    return [
        left_row(f"{u.guest_id}/{u.companion_id or ''}", u.name, u.category, u.reason)
        for u in plan.unplaced
    ]


def keep_placements(plan: Any, kept: list[dict]) -> Any:
    """The plan with only the placements the user left checked."""
    ids = {r["id"] for r in kept}
    return replace(plan, placements=[p for p in plan.placements if p.id in ids])


def apply_rooms(fair: Fair, plan: Any, progress: Progress | None = None) -> Any:
    from fairdesk.core.reception.room_plan import apply_plan

    return apply_plan(fair, plan, progress=progress)


def _nights(check_in: str, check_out: str) -> int:
    from fairdesk.core.reception.model import nights

    return len(nights(check_in, check_out))


# --- pickups ------------------------------------------------------------------------------------
def pickups_snapshot(fair: Fair, day: str | None) -> Any:
    """What pickup planning reads for the day's arrivals not yet met (GUI thread)."""
    from fairdesk.core.reception.pickup_plan import read_pickup_snapshot

    return read_pickup_snapshot(fair, day=day)


def plan_pickups(
    snapshot: Any, progress: Progress, cancelled: Cancelled, window_minutes: int = 60
) -> Any:
    """The core's PickupPlan from a snapshot (no SQLite: runs in a worker thread)."""
    from fairdesk.core.reception.pickup_plan import plan_pickups_from_snapshot

    return plan_pickups_from_snapshot(
        snapshot, window_minutes=window_minutes, progress=progress, should_cancel=cancelled
    )


def pickup_rows(plan: Any) -> list[dict]:
    """One row per proposed trip, in the order of the place and time it serves."""
    rows = []
    for t in plan.trips:
        times = sorted(a.guest["arrival_at"] for a in t.arrivals)
        first, last = times[0][11:16], times[-1][11:16]
        rows.append(
            {
                "id": t.id,
                "place": t.place,
                "to": t.to_place,
                "window": first if first == last else f"{first}–{last}",
                "starts": t.starts_at[11:16],
                "guests": "、".join(r.name for r in t.riders),
                "count": len(t.riders),
                "vehicle": f"{t.vehicle['plate']}（{t.vehicle['seats']}）",
                "driver": t.driver["name"],
                "escort": t.escort["name"] if t.escort else "",
                "flight": t.flight_or_train,
                "reason": str(t.reason),
            }
        )
    rows.sort(key=lambda r: (r["place"], r["window"]))
    return rows


def pickup_left(plan: Any) -> list[dict]:
    return [
        left_row(g["id"], g["name"], g["category"], u.reason)
        for u in plan.unserved
        for g in (u.arrival.guest,)
    ]


def keep_pickups(plan: Any, kept: list[dict]) -> Any:
    ids = {r["id"] for r in kept}
    return replace(plan, trips=[t for t in plan.trips if t.id in ids])


def apply_pickups(fair: Fair, plan: Any, progress: Progress | None = None) -> Any:
    from fairdesk.core.reception.pickup_plan import apply_pickups as apply

    return apply(fair, plan, progress=progress)


# --- banquet seating --------------------------------------------------------------------------
def seating_snapshot(fair: Fair, sitting_id: str) -> Any:
    """What seating one sitting reads (GUI thread). Raises NotFoundError for the sitting."""
    from fairdesk.core.reception.meals import read_seating_snapshot

    return read_seating_snapshot(fair, sitting_id)


def plan_seating(snapshot: Any, progress: Progress, cancelled: Cancelled) -> Any:
    """The core's SeatingPlan from a snapshot (no SQLite: runs in a worker thread)."""
    from fairdesk.core.reception.meals import plan_seating_from_snapshot

    return plan_seating_from_snapshot(snapshot, progress=progress, should_cancel=cancelled)


def seating_rows(plan: Any) -> list[dict]:
    """The plan's new seats, table by table in seat order (seats already taken are kept)."""
    seats = sorted(plan.new_seats, key=lambda s: (s.table_number, s.seat_no))
    return [
        {
            "id": f"{s.table_id}/{s.seat_no}",
            "table": s.table_number,
            "seat_no": s.seat_no,
            "guest": s.name,
            "title": s.title,
            "organisation": s.organisation,
            "category": label(GUEST_CATEGORIES, s.category),
        }
        for s in seats
    ]


def seating_left(plan: Any) -> list[dict]:
    reason = _no_seat_reason()
    return [left_row(g["id"], g["name"], g["category"], reason) for g in plan.unseated]


def _no_seat_reason() -> str:
    from fairdesk.base.i18n import t

    return t("各桌已坐满，请加桌。", "Every table is full: add a table.")


def keep_seating(plan: Any, kept: list[dict]) -> Any:
    ids = {r["id"] for r in kept}
    return replace(
        plan, seats=[s for s in plan.seats if s.kept or f"{s.table_id}/{s.seat_no}" in ids]
    )


def apply_seating(fair: Fair, plan: Any) -> Any:
    from fairdesk.core.reception.meals import apply_seating as apply

    return apply(fair, plan)


# --- printouts ------------------------------------------------------------------------------------
Snapshot = Callable[..., Any]
Render = Callable[[Any, Any, Progress, Callable[[], bool]], Any]


def render_sheets(
    data: tuple[Any, str], path: Any, progress: Progress, cancelled: Callable[[], bool]
) -> Any:
    """Lists as a PDF (or a workbook for a path ending in .xlsx); runs in a worker."""
    from fairdesk.reports.reception.lists import render_sheets as pdf
    from fairdesk.reports.reception.workbooks import write_sheets

    sheets, printed_by = data
    if str(path).lower().endswith(".xlsx"):
        return write_sheets(sheets, path)
    return pdf(sheets, path, printed_by=printed_by, progress=progress, cancelled=cancelled)


def render_table_plan(
    data: tuple[Any, str], path: Any, progress: Progress, cancelled: Callable[[], bool]
) -> Any:
    from fairdesk.reports.reception.table_plan import render_table_plan as pdf
    from fairdesk.reports.reception.workbooks import write_table_plan

    plan, printed_by = data
    if str(path).lower().endswith(".xlsx"):
        return write_table_plan(plan, path)
    return pdf(plan, path, printed_by=printed_by, progress=progress, cancelled=cancelled)


def _with_operator(fair: Fair, sheets: Any) -> tuple[Any, str]:
    """The snapshot and who prints it. Raises NotFoundError when there is nothing to print."""
    from fairdesk.base.errors import NotFoundError

    if isinstance(sheets, list) and not sheets:
        raise NotFoundError("没有可打印的内容。", "There is nothing to print.")
    return sheets, fair.operator.name


def _rooming(fair: Fair, hotel_id: str | None) -> Any:
    from fairdesk.core.reception.lists import rooming_lists

    return _with_operator(fair, rooming_lists(fair, hotel_id))


def _dispatch(fair: Fair, day: str) -> Any:
    from fairdesk.core.reception.lists import dispatch_sheets

    return _with_operator(fair, dispatch_sheets(fair, day))


def _escorts(fair: Fair) -> Any:
    from fairdesk.core.reception.lists import escort_sheets

    return _with_operator(fair, escort_sheets(fair))


def _arrivals(fair: Fair, day: str) -> Any:
    from fairdesk.core.reception.lists import arrivals_sheet

    return _with_operator(fair, [arrivals_sheet(fair, day)])


def _tables(fair: Fair, sitting_id: str) -> Any:
    from fairdesk.core.reception.lists import table_plan

    return _with_operator(fair, table_plan(fair, sitting_id))


def _meal_counts(fair: Fair) -> Any:
    from fairdesk.core.reception.lists import meal_counts_sheets

    return _with_operator(fair, meal_counts_sheets(fair))


def printout(kind: str) -> tuple[Snapshot, Render]:
    """(snapshot on the GUI thread, render in a worker) for one kind of printout."""
    return {
        "rooming": (_rooming, render_sheets),
        "dispatch": (_dispatch, render_sheets),
        "escort": (_escorts, render_sheets),
        "arrivals": (_arrivals, render_sheets),
        "arrivals_xlsx": (_arrivals, render_sheets),
        "tables": (_tables, render_table_plan),
        "meal_counts": (_meal_counts, render_sheets),
    }[kind]
