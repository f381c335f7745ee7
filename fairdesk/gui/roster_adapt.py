"""The roster core's plans and printouts as the window needs them: plain rows, pruned plans.

One module knows the shapes of ``fairdesk.core.roster`` plans (placements,
pickup groups, seatings) and of the report renderers, so the pages stay
simple. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from fairdesk.core.vocab import GUEST_CATEGORIES, ROOM_TYPES, label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Progress = Callable[[int, int], None]


# --- auto-assign ------------------------------------------------------------------------------
def plan_rooms(fair: Fair) -> Any:
    """The core's AssignPlan (reads the fair: call on the GUI thread)."""
    from fairdesk.core.roster.lodging import plan_auto_assign

    return plan_auto_assign(fair)


def placement_rows(plan: Any) -> list[dict]:
    return [{"id": p.id, "person": p.name if not p.companion_id else f"{p.name}（{p.guest_name}）",
             "category": label(GUEST_CATEGORIES, p.category), "hotel": p.hotel_name,
             "room": p.room_number or "—", "type": label(ROOM_TYPES, p.room_type),
             "check_in": p.check_in, "check_out": p.check_out,
             "nights": _nights(p.check_in, p.check_out), "sharing": p.sharing_with,
             "reason": str(p.reason)} for p in plan.placements]


def unplaced_rows(plan: Any) -> list[dict]:
    return [{"id": f"{u.guest_id}/{u.companion_id or ''}", "person": u.name,
             "category": label(GUEST_CATEGORIES, u.category), "reason": str(u.reason)}
            for u in plan.unplaced]


def keep_placements(plan: Any, kept: list[dict]) -> Any:
    """The plan with only the placements the user left checked."""
    ids = {r["id"] for r in kept}
    return replace(plan, placements=[p for p in plan.placements if p.id in ids])


def apply_rooms(fair: Fair, plan: Any, progress: Progress | None = None) -> Any:
    from fairdesk.core.roster.lodging import apply_plan

    return apply_plan(fair, plan, progress=progress)


def _nights(check_in: str, check_out: str) -> int:
    from datetime import date

    return (date.fromisoformat(check_out) - date.fromisoformat(check_in)).days
