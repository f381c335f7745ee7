"""Planners split for the window: a snapshot read with the fair, a plan from it without SQLite."""

from __future__ import annotations

import pytest

from fairdesk.core.reception import meals, pickup_plan, room_plan
from fairdesk.core.reception.model import PlanCancelled
from fairdesk.core.reception.sample import build_sample


@pytest.fixture
def sample(fair):
    build_sample(fair, guests=240, vehicles=24)
    return fair


def _banquet(fair) -> str:
    return fair.scalar("SELECT id FROM meal_sittings WHERE kind = 'banquet' ORDER BY starts_at")


def _placements(plan):
    return [(p.guest_id, p.companion_id, p.hotel_id, p.room_id, p.room_type, p.check_in)
            for p in plan.placements]


def _trips(plan):
    return [(t.place, t.starts_at, t.vehicle["id"], t.driver["id"],
             [(r.guest_id, r.companion_id) for r in t.riders]) for t in plan.trips]


def _seats(plan):
    return [(s.table_id, s.seat_no, s.guest_id) for s in plan.seats]


CASES = {
    "rooms": (lambda f: room_plan.read_assign_snapshot(f), room_plan.plan_from_snapshot,
              lambda f: room_plan.plan_auto_assign(f), _placements),
    "pickups": (lambda f: pickup_plan.read_pickup_snapshot(f), pickup_plan.plan_pickups_from_snapshot,
                lambda f: pickup_plan.plan_pickups(f), _trips),
    "seats": (lambda f: meals.read_seating_snapshot(f, _banquet(f)),
              meals.plan_seating_from_snapshot, lambda f: meals.plan_seating(f, _banquet(f)),
              _seats),
}


@pytest.mark.parametrize("case", CASES)
def test_plan_from_a_snapshot_needs_no_database_and_matches_the_whole_planner(sample, case):
    read, plan, whole, key = CASES[case]
    expected = key(whole(sample))
    assert expected  # the sample gives each planner work to do
    snapshot = read(sample)
    sample.close()  # from here on, any SQLite read would fail
    seen: list[tuple[int, int]] = []
    first = plan(snapshot, progress=lambda done, total: seen.append((done, total)))
    assert key(first) == expected
    assert key(plan(snapshot)) == expected  # the snapshot is left as read: plan again
    assert seen and seen[-1][0] == seen[-1][1]  # the bar reaches its end
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize("case", CASES)
def test_a_cancelled_plan_stops_and_writes_nothing(sample, case):
    read, plan, _whole, _key = CASES[case]
    before = sample.count("audit_log")
    snapshot = read(sample)
    asked = []

    def should_cancel() -> bool:
        asked.append(1)
        return len(asked) >= 2

    with pytest.raises(PlanCancelled) as raised:
        plan(snapshot, should_cancel=should_cancel)
    assert len(asked) == 2  # it stopped at the first check after the cancel
    assert "取消" in raised.value.text.zh and "cancelled" in raised.value.text.en
    assert sample.count("audit_log") == before
