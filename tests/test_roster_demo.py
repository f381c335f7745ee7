"""Auto-assign and pickup generation on the demo fair: nothing new clashes, nobody is left out."""

from __future__ import annotations

import pytest

from fairdesk.core.demo import generate_demo
from fairdesk.core.reception.conflicts import find_conflicts
from fairdesk.core.reception.model import ATTENDING
from fairdesk.core.reception.pickup_plan import apply_pickups, plan_pickups
from fairdesk.core.reception.room_plan import apply_plan, plan_auto_assign


@pytest.fixture
def demo(fair):
    generate_demo(fair, guests=240, seed=7)
    return fair


def _keys(fair):
    return {c.key for c in find_conflicts(fair)}


def test_auto_assign_on_the_demo_fair(demo):
    before = _keys(demo)
    plan = plan_auto_assign(demo)
    assert plan.unplaced == []
    apply_plan(demo, plan)
    assert _keys(demo) <= before
    marks = ", ".join("?" * len(ATTENDING))
    unlodged = demo.rows(
        f"SELECT name, category FROM guests WHERE state IN ({marks}) AND id NOT IN"
        " (SELECT guest_id FROM stays WHERE companion_id IS NULL)", list(ATTENDING))
    skipped = {u.name for u in plan.skipped}
    assert all(g["name"] in skipped for g in unlodged)


def test_pickups_on_the_demo_fair(demo):
    apply_plan(demo, plan_auto_assign(demo))
    before = _keys(demo)
    plan = plan_pickups(demo)
    assert plan.trips
    for miss in plan.unserved:  # only arrivals the rules forbid (already on another trip)
        assert "同时在两个行程上" in str(miss.reason)
    apply_pickups(demo, plan)
    assert _keys(demo) <= before
    assert plan_pickups(demo).trips == []
