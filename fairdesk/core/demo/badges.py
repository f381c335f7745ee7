"""Badges printed before the fair (a few reprinted) and the registrations at the desks."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

from fairdesk.core.demo.base import SNAPSHOT, Demo, at, iso, minutes
from fairdesk.core.demo.travel import DAY0

if TYPE_CHECKING:
    from fairdesk.core.demo.guests import Guest

PRINT_FROM = at(DAY0 - timedelta(days=2), 9)
REPRINT_SHARE = 0.03
MAIN_DESK = "会展中心报到处"


def build_badges(demo: Demo) -> None:
    rng = demo.rng("badges")
    operators = demo.refs["operator_names"]
    lodged = demo.refs["lodged"]
    badged = [g for g in demo.refs["guests"] if _gets_badge(rng, g)]
    reprinted = {g.id for g in rng.sample(badged, k=max(1, round(len(badged) * REPRINT_SHARE)))}
    for guest in badged:
        badge = _badges(demo, rng, guest, rng.choice(operators), guest.id in reprinted)
        if guest.arrived and guest.checked_in:
            hotel = lodged.get(guest.id)
            desk = f"{hotel['name']}大堂" if hotel and rng.random() < 0.7 else MAIN_DESK
            operator = rng.choice(operators)
            demo.add("check_ins", guest_id=guest.id, badge_id=badge["id"],
                     at=iso(guest.checked_in), desk=desk, operator=operator,
                     laptop=f"laptop-{operators.index(operator) + 1:02d}",
                     kind="registration", undone_at=None)


def _gets_badge(rng: random.Random, guest: Guest) -> bool:
    return guest.state in ("confirmed", "arrived", "departed") or (
        guest.state == "attending" and rng.random() < 0.3)


def _badges(demo: Demo, rng: random.Random, guest: Guest, operator: str,
            reprint: bool) -> dict:
    """Version 1, and for a few guests a reprint that voids it; returns the valid badge."""
    printed = PRINT_FROM + minutes(rng.randrange(0, 60 * 60))
    if guest.checked_in:
        printed = min(printed, guest.checked_in - minutes(30))
    first = demo.add("badges", guest_id=guest.id, version=1, category=guest.category,
                     size="A6", printed_at=iso(printed), printed_by=operator, voided_at=None)
    _log_print(demo, first)
    if not reprint:
        return first
    reprinted = min(printed + timedelta(hours=rng.randint(2, 30)), SNAPSHOT - minutes(20))
    if guest.checked_in:  # reprinted at the desk on arrival: a corrected title
        reprinted = guest.checked_in - minutes(5)
    first["voided_at"] = iso(reprinted)
    second = demo.add("badges", guest_id=guest.id, version=2, category=guest.category,
                      size="A6", printed_at=iso(reprinted), printed_by=operator, voided_at=None)
    _log_print(demo, second)
    return second


def _log_print(demo: Demo, badge: dict) -> None:
    """The print log entry the badge desk keeps for every badge printed."""
    demo.add("badge_prints", badge_id=badge["id"], guest_id=badge["guest_id"],
             version=badge["version"], size=badge["size"], printed_at=badge["printed_at"],
             printed_by=badge["printed_by"])
