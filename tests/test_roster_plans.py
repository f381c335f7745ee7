"""Auto-assign, pickups, seating, headcounts and the arrivals board on a sample fair."""

from __future__ import annotations

import pytest

from fairdesk.base.errors import ConflictError
from fairdesk.core.reception.arrivals import arrivals_board, guest_chain
from fairdesk.core.reception.conflicts import find_conflicts
from fairdesk.core.reception.meals import (
    apply_seating,
    honour_seats,
    plan_seating,
    sitting_headcount,
    title_rank,
)
from fairdesk.core.reception.model import ATTENDING, minutes
from fairdesk.core.reception.pickup_plan import apply_pickups, plan_pickups
from fairdesk.core.reception.room_plan import apply_plan, plan_auto_assign
from fairdesk.core.reception.sample import build_sample


@pytest.fixture
def sample(fair):
    build_sample(fair, guests=240, vehicles=24)
    return fair


def _attending(fair):
    marks = ", ".join("?" * len(ATTENDING))
    return fair.rows(f"SELECT * FROM guests WHERE state IN ({marks})", list(ATTENDING))


def test_auto_assign_places_every_placeable_guest_without_clashes(sample):
    plan = plan_auto_assign(sample)
    assert plan.unplaced == [] and plan.placements
    assert sample.count("stays") == 0  # a preview writes nothing
    apply_plan(sample, plan)
    assert find_conflicts(sample) == []
    lodged = {(s["guest_id"], s["companion_id"]) for s in sample.rows("SELECT * FROM stays")}
    companions = sample.rows("SELECT * FROM companions")
    for g in _attending(sample):
        assert (g["id"], None) in lodged
    assert all((c["guest_id"], c["id"]) in lodged for c in companions)
    designated = {h["id"] for h in sample.rows("SELECT id FROM hotels WHERE designated = 1")}
    for s in sample.rows("SELECT s.*, g.category, g.arrival_at, g.departure_at FROM stays s"
                         " JOIN guests g ON g.id = s.guest_id WHERE s.companion_id IS NULL"):
        assert s["check_in"] == s["arrival_at"][:10] and s["check_out"] == s["departure_at"][:10]
        if s["category"] in ("vip", "official"):
            assert s["hotel_id"] in designated
    assert plan_auto_assign(sample).placements == []  # nobody left


def test_companions_go_with_their_guest(sample):
    apply_plan(sample, plan_auto_assign(sample))
    for c in sample.rows("SELECT s.hotel_id, s.room_id, g.hotel_id AS ghotel FROM stays s"
                         " JOIN stays g ON g.guest_id = s.guest_id AND g.companion_id IS NULL"
                         " WHERE s.companion_id IS NOT NULL"):
        assert c["hotel_id"] == c["ghotel"]


def _small_fair(fair, suites=1):
    r = fair.reception
    hotel = r.create("hotels", name="国宾馆", designated=1).items[0].after["id"]
    for night in ("2026-05-17", "2026-05-18"):
        r.create("room_blocks", hotel_id=hotel, room_type="suite", night=night, rooms=suites)
        r.create("room_blocks", hotel_id=hotel, room_type="king", night=night, rooms=1)
    r.create("rooms", hotel_id=hotel, number="1801", room_type="suite", capacity=2)
    return hotel


def _guest(fair, name, category="vip", **kw):
    return fair.guests.create("guests", name=name, category=category, country="CN",
                              state="confirmed", arrival_at="2026-05-17 10:00",
                              departure_at="2026-05-19 10:00", **kw).items[0].after["id"]


def test_full_blocks_leave_guests_unplaced_with_the_reason(fair):
    _small_fair(fair)
    a, b = _guest(fair, "乙"), _guest(fair, "甲")  # same arrival: 乙 sorts first
    fair.guests.create("companions", guest_id=a, name="乙的秘书")
    plan = plan_auto_assign(fair)
    placed = {(p.guest_id, p.companion_id): p for p in plan.placements}
    assert placed[(a, None)].room_number == "1801"
    assert placed[(a, None)].room_type == "suite"
    companion = next(p for p in plan.placements if p.companion_id)
    assert companion.room_type == "king" and companion.hotel_id == placed[(a, None)].hotel_id
    assert [u.guest_id for u in plan.unplaced] == [b]
    assert "指定酒店" in str(plan.unplaced[0].reason)
    apply_plan(fair, plan)
    assert find_conflicts(fair) == []


def test_apply_refuses_a_stale_plan_and_writes_nothing(fair):
    hotel = _small_fair(fair)
    a = _guest(fair, "甲")
    plan = plan_auto_assign(fair)
    fair.reception.create("stays", guest_id=a, hotel_id=hotel, room_type="king",
                          check_in="2026-05-17", check_out="2026-05-19")
    with pytest.raises(ConflictError) as err:
        apply_plan(fair, plan)
    assert "甲" in str(err.value) and fair.count("stays") == 1


def test_day_visitors_and_unknown_dates(fair):
    _small_fair(fair)
    fair.guests.create("guests", name="当天", category="investor", country="CN",
                       state="attending", arrival_at="2026-05-18 08:00",
                       departure_at="2026-05-18 18:00")
    fair.guests.create("guests", name="未定", category="investor", country="CN",
                       state="attending")
    plan = plan_auto_assign(fair)
    assert [u.name for u in plan.skipped] == ["当天"] and [u.name for u in plan.unplaced] == ["未定"]


def test_pickups_meet_every_arrival_without_clashes(sample):
    apply_plan(sample, plan_auto_assign(sample))
    plan = plan_pickups(sample)
    assert plan.unserved == [] and plan.trips
    for trip in plan.trips:
        assert trip.people <= trip.vehicle["seats"]
        for a in trip.arrivals:
            assert minutes(trip.starts_at) >= minutes(a.guest["arrival_at"])
            assert a.guest["arrival_place"] == trip.place
        if any(a.guest["category"] == "vip" for a in trip.arrivals):
            assert len(trip.arrivals) == 1 and trip.escort is not None
            assert trip.vehicle["kind"] in ("sedan", "mpv")
    apply_pickups(sample, plan)
    assert find_conflicts(sample) == []
    met = {r["guest_id"] for r in sample.rows(
        "SELECT p.guest_id FROM trip_passengers p JOIN trips t ON t.id = p.trip_id"
        " WHERE t.purpose = 'pickup'")}
    assert {g["id"] for g in _attending(sample)} <= met
    assert plan_pickups(sample).trips == []


def test_pickups_without_a_free_car_are_listed(fair):
    r = fair.reception
    car = r.create("vehicles", plate="浙A·1", kind="sedan", seats=4).items[0].after["id"]
    r.create("drivers", name="王师傅", vehicle_id=car)
    for name, place in (("甲", "萧山机场"), ("乙", "杭州东站")):
        _guest(fair, name, category="investor", arrival_place=place)
    plan = plan_pickups(fair)
    assert len(plan.trips) == 1 and len(plan.unserved) == 1
    assert "没有空闲" in str(plan.unserved[0].reason)


def test_seating_in_protocol_order(sample):
    sitting = sample.scalar("SELECT id FROM meal_sittings WHERE kind = 'banquet'")
    assert honour_seats(10) == [1, 2, 10, 3, 9, 4, 8, 5, 7, 6]
    assert title_rank("市长") < title_rank("副市长") < title_rank("局长") < title_rank("经理")
    plan = plan_seating(sample, sitting)
    head = plan.at(plan.tables[0]["id"])
    assert head[0].seat_no == 1 and head[0].category == "official"
    assert {s.category for s in head[1:]} <= {"vip", "official"}
    apply_seating(sample, plan)
    assert find_conflicts(sample) == []
    assert plan_seating(sample, sitting).new_seats == []


def test_seating_a_stale_plan_is_refused_and_writes_nothing(sample):
    sitting = sample.scalar("SELECT id FROM meal_sittings WHERE kind = 'banquet'")
    first, stale = plan_seating(sample, sitting), plan_seating(sample, sitting)
    apply_seating(sample, first)
    seats = sample.count("banquet_seats")
    with pytest.raises(ConflictError) as err:
        apply_seating(sample, stale)
    assert "1 号桌 1 座已安排给" in err.value.text.zh
    assert "Table 1 seat 1 is taken by" in err.value.text.en
    assert sample.count("banquet_seats") == seats


def test_headcount_and_dietary_counts(fair):
    r = fair.reception
    sitting = r.create("meal_sittings", name="欢迎晚宴", kind="banquet",
                       starts_at="2026-05-18 18:00", ends_at="2026-05-18 20:00"
                       ).items[0].after["id"]
    a = _guest(fair, "甲", dietary="清真")
    b = _guest(fair, "乙", dietary="素食，海鲜过敏")
    c = fair.guests.create("companions", guest_id=a, name="甲的夫人").items[0].after["id"]
    fair.guests.create("dietary_needs", guest_id=a, companion_id=c, kind="nut_allergy",
                       detail="花生")
    fair.guests.create("guests", name="已离开", category="vip", country="CN", state="confirmed",
                       arrival_at="2026-05-17 10:00", departure_at="2026-05-18 12:00")
    count = sitting_headcount(fair, sitting)
    assert (count.guests, count.companions, count.total) == (2, 1, 3)
    assert (count.halal, count.vegetarian, count.allergic) == (1, 1, 2)
    assert any("花生" in x for x in count.allergies) and b


def test_arrivals_board_and_guest_chain(sample):
    apply_plan(sample, plan_auto_assign(sample))
    day = "2026-05-17"
    board = arrivals_board(sample, day)
    assert board and all(r.arrival_at[:10] == day for r in board)
    assert all(r.hotel and not r.pickup for r in board)
    assert [str(m) for m in board[0].missing] == ["未派车"]
    apply_pickups(sample, plan_pickups(sample, day=day))
    board = arrivals_board(sample, day)
    assert all(r.pickup and r.missing == [] for r in board)
    chain = guest_chain(sample, board[0].guest_id)
    lines = [str(x) for x in chain.lines()]
    assert lines[0].startswith("住：" + board[0].hotel)
    assert lines[1].startswith("车：接站") and board[0].place in lines[1]


def test_a_guest_busy_on_another_trip_is_left_off_the_shared_car(fair):
    r = fair.reception
    for i in range(2):
        car = r.create("vehicles", plate=f"浙A·{i}", kind="mpv", seats=6).items[0].after["id"]
        r.create("drivers", name=f"师傅{i}", vehicle_id=car)
    busy = _guest(fair, "忙", category="investor", arrival_place="萧山机场")
    free = _guest(fair, "闲", category="investor", arrival_place="萧山机场")
    r.add_trip(purpose="visit", from_place="萧山机场", to_place="考察点",
               starts_at="2026-05-17 10:10", ends_at="2026-05-17 12:00", passengers=[busy])
    plan = plan_pickups(fair)
    assert [[a.guest["id"] for a in t.arrivals] for t in plan.trips] == [[free]]
    assert [u.arrival.guest["id"] for u in plan.unserved] == [busy]
    assert "同时在两个行程上" in str(plan.unserved[0].reason)
