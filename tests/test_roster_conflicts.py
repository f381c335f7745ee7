"""Every roster rule: each clash is found, refused through the services, and valid plans pass."""

from __future__ import annotations

import pytest

from fairdesk.base.errors import ConflictError, ValidationError
from fairdesk.core.reception.conflicts import conflicts_for_trip, find_conflicts


def _new(changes, table):
    return next(c.after for c in changes.items if c.entity == table)


def _guest(fair, name="张伟", category="investor", arrive="2026-05-17 10:00",
           leave="2026-05-20 15:00", place="萧山机场", **kw):
    return _new(fair.guests.create("guests", name=name, category=category, country="CN",
                                   state="confirmed", arrival_at=arrive, departure_at=leave,
                                   arrival_place=place, **kw), "guests")["id"]


@pytest.fixture
def roster(fair):
    r = fair.reception
    hotel = _new(r.create("hotels", name="海景酒店", designated=1), "hotels")["id"]
    room = _new(r.create("rooms", hotel_id=hotel, number="801", room_type="king", capacity=1),
                "rooms")["id"]
    car = _new(r.create("vehicles", plate="浙A·12345", kind="sedan", seats=3), "vehicles")["id"]
    bus = _new(r.create("vehicles", plate="浙A·88888", kind="coach", seats=40), "vehicles")["id"]
    driver = _new(r.create("drivers", name="王师傅", phone="13900000001"), "drivers")["id"]
    escort = _new(r.create("escorts", name="李娜"), "escorts")["id"]
    return {"fair": fair, "r": r, "hotel": hotel, "room": room, "car": car, "bus": bus,
            "driver": driver, "escort": escort}


def _kinds(fair):
    return [c.kind for c in find_conflicts(fair)]


def _force(fair, table, **values):
    """Write a row past the services (as a merge from another laptop might)."""
    with fair.transaction() as tx:
        return tx.insert(table, values)["id"]


def _trip(x, start, end, vehicle=None, driver=None, escort=None, purpose="shuttle",
          from_place="海景酒店", passengers=()):
    return _new(x["r"].add_trip(purpose=purpose, from_place=from_place, to_place="会展中心",
                                starts_at=start, ends_at=end, vehicle_id=vehicle,
                                driver_id=driver, escort_id=escort, passengers=passengers),
                "trips")["id"]


def test_empty_and_valid_roster_has_no_conflicts(roster):
    g = _guest(roster["fair"])
    roster["r"].assign_room(g, roster["room"], "2026-05-17", "2026-05-20")
    _trip(roster, "2026-05-18 08:00", "2026-05-18 09:00", roster["car"], roster["driver"],
          passengers=[g])
    _trip(roster, "2026-05-18 09:30", "2026-05-18 10:00", roster["car"], roster["driver"])
    assert find_conflicts(roster["fair"]) == []


def test_vehicle_double_booking_is_refused_with_the_plate(roster):
    _trip(roster, "2026-05-18 08:00", "2026-05-18 09:00", roster["car"])
    with pytest.raises(ConflictError) as err:
        _trip(roster, "2026-05-18 09:05", "2026-05-18 10:00", roster["car"])
    assert "浙A·12345" in str(err.value) and "15" in str(err.value)
    assert roster["fair"].count("trips") == 1
    _force(roster["fair"], "trips", vehicle_id=roster["car"], purpose="shuttle", from_place="A",
           to_place="B", starts_at="2026-05-18T08:30:00+08:00",
           ends_at="2026-05-18T09:30:00+08:00")
    assert _kinds(roster["fair"]) == ["vehicle_double_booked"]


def test_turnaround_margin_comes_from_the_setting(roster):
    roster["fair"].set_settings(trips__turnaround_minutes=0)
    _trip(roster, "2026-05-18 08:00", "2026-05-18 09:00", roster["car"])
    _trip(roster, "2026-05-18 09:00", "2026-05-18 10:00", roster["car"])
    assert find_conflicts(roster["fair"]) == []


def test_driver_double_booking(roster):
    _trip(roster, "2026-05-18 08:00", "2026-05-18 09:00", roster["car"], roster["driver"])
    with pytest.raises(ConflictError) as err:
        _trip(roster, "2026-05-18 08:30", "2026-05-18 09:30", roster["bus"], roster["driver"])
    assert "王师傅" in str(err.value)
    trip = _trip(roster, "2026-05-18 12:00", "2026-05-18 13:00", roster["bus"])
    with pytest.raises(ConflictError):
        roster["r"].update("trips", trip, driver_id=roster["driver"], starts_at="2026-05-18 08:10")
    roster["r"].assign_vehicle(trip, roster["bus"], roster["driver"])  # no clash at noon


def test_seats_short_counts_the_escort(roster):
    guests = [_guest(roster["fair"], name=n) for n in ("甲", "乙", "丙")]
    trip = _trip(roster, "2026-05-18 08:00", "2026-05-18 09:00", roster["car"],
                 passengers=guests)
    with pytest.raises(ConflictError) as err:
        roster["r"].update("trips", trip, escort_id=roster["escort"])
    assert "3 个座位" in str(err.value)
    with pytest.raises(ConflictError):
        roster["r"].add_passengers(trip, [_guest(roster["fair"], name="丁")])
    roster["r"].assign_vehicle(trip, roster["bus"], None)
    roster["r"].update("trips", trip, escort_id=roster["escort"])
    roster["fair"].reception.update("vehicles", roster["bus"], seats=2)  # shrinking is listed
    assert _kinds(roster["fair"]) == ["seats_short"]


def test_pickup_must_meet_the_arrival_at_the_right_place(roster):
    g = _guest(roster["fair"], arrive="2026-05-17 10:00", place="萧山机场")
    with pytest.raises(ConflictError) as err:  # over before the landing
        _trip(roster, "2026-05-17 08:30", "2026-05-17 10:05", purpose="pickup",
              from_place="萧山机场", passengers=[g])
    assert "前就结束" in str(err.value)
    with pytest.raises(ConflictError) as err:  # waiting two hours: the wrong flight
        _trip(roster, "2026-05-17 08:00", "2026-05-17 11:00", purpose="pickup",
              from_place="萧山机场", passengers=[g])
    assert "早 120 分钟" in str(err.value)
    with pytest.raises(ConflictError) as err:
        _trip(roster, "2026-05-17 10:30", "2026-05-17 11:30", purpose="pickup",
              from_place="杭州东站", passengers=[g])
    assert "杭州东站" in str(err.value)
    _trip(roster, "2026-05-17 09:30", "2026-05-17 11:30", purpose="pickup",  # waits 30 min
          from_place="萧山国际机场 T3", passengers=[g])
    roster["fair"].guests.update("guests", g, arrival_at="2026-05-17 12:00")
    assert _kinds(roster["fair"]) == ["pickup_before_arrival"]


def test_guest_on_two_trips_at_once_is_a_warning(roster):
    g = _guest(roster["fair"])
    _trip(roster, "2026-05-18 08:00", "2026-05-18 09:00", passengers=[g])
    _trip(roster, "2026-05-18 08:30", "2026-05-18 09:30", passengers=[g])  # listed, not refused
    found = find_conflicts(roster["fair"])
    assert [(c.kind, c.severity) for c in found] == [("guest_double_trip", "warning")]
    trip = _trip(roster, "2026-05-18 12:00", "2026-05-18 13:00")
    with pytest.raises(ConflictError):
        roster["r"].add_passengers(trip, [g, g])


def test_escort_in_two_places(roster):
    a, b = _guest(roster["fair"], name="甲"), _guest(roster["fair"], name="乙")
    r, e = roster["r"], roster["escort"]
    r.assign_escort(e, a, "2026-05-18 08:00", "2026-05-18 12:00")
    r.assign_escort(e, b)  # the whole visit: no window, no clash
    _trip(roster, "2026-05-18 09:00", "2026-05-18 10:00", escort=e, passengers=[a])  # with a
    with pytest.raises(ConflictError) as err:
        _trip(roster, "2026-05-18 10:30", "2026-05-18 11:00", escort=e, passengers=[b])
    assert "李娜" in str(err.value)
    session = _new(roster["fair"].agenda.create(
        "agenda_sessions", title="发展论坛", kind="forum", starts_at="2026-05-18 11:30",
        ends_at="2026-05-18 13:00"), "agenda_sessions")["id"]
    with pytest.raises(ConflictError) as err:
        r.assign_escort(e, b, session_id=session)
    assert "发展论坛" in str(err.value)
    r.assign_escort(e, a, session_id=session)  # still with guest a: fine
    assert find_conflicts(roster["fair"]) == []


def test_room_capacity_block_and_visit(roster):
    fair, r = roster["fair"], roster["r"]
    a, b = _guest(fair, name="甲"), _guest(fair, name="乙")
    r.assign_room(a, roster["room"], "2026-05-17", "2026-05-19")
    with pytest.raises(ConflictError) as err:
        r.assign_room(b, roster["room"], "2026-05-18", "2026-05-20")
    assert "801" in str(err.value) and "05-18" in str(err.value)
    with pytest.raises(ConflictError) as err:
        r.assign_room(b, roster["room"], "2026-05-15", "2026-05-16")  # before b arrives
    assert "超出行程" in str(err.value)
    with pytest.raises(ConflictError):
        r.create("stays", guest_id=a, hotel_id=roster["hotel"], room_type="king",
                 check_in="2026-05-18", check_out="2026-05-19")  # a already sleeps in 801
    r.create("room_blocks", hotel_id=roster["hotel"], room_type="king", night="2026-05-17",
             rooms=1)
    with pytest.raises(ConflictError) as err:
        r.create("stays", guest_id=b, hotel_id=roster["hotel"], room_type="king",
                 check_in="2026-05-17", check_out="2026-05-18")
    assert "超出预留" in str(err.value)
    kinds = set(_kinds(fair))
    assert kinds == {"block_overbooked"}  # night 18 has no block now the hotel has blocks


def test_each_lodging_kind_is_listed(roster):
    fair = roster["fair"]
    a, b = _guest(fair, name="甲"), _guest(fair, name="乙")
    for g in (a, b):
        _force(fair, "stays", guest_id=g, hotel_id=roster["hotel"], room_id=roster["room"],
               room_type="king", check_in="2026-05-17", check_out="2026-05-18")
    _force(fair, "stays", guest_id=a, hotel_id=roster["hotel"], room_type="king",
           check_in="2026-05-10", check_out="2026-05-18")
    kinds = _kinds(fair)
    assert set(kinds) == {"room_over_capacity", "stay_outside_visit", "guest_double_stay"}


def test_seats_rules(roster):
    fair, r = roster["fair"], roster["r"]
    sitting = _new(r.create("meal_sittings", name="欢迎晚宴", kind="banquet",
                            starts_at="2026-05-18 18:00", ends_at="2026-05-18 20:00"),
                   "meal_sittings")["id"]
    t1 = _new(r.create("banquet_tables", sitting_id=sitting, number=1, seats=2, is_head=1),
              "banquet_tables")["id"]
    t2 = _new(r.create("banquet_tables", sitting_id=sitting, number=2, seats=2),
              "banquet_tables")["id"]
    a, b = _guest(fair, name="甲"), _guest(fair, name="乙")
    r.seat_guest(t1, a, 1)
    with pytest.raises(ConflictError) as err:
        r.seat_guest(t1, b, 1)
    assert "甲" in str(err.value)
    with pytest.raises(ConflictError):
        r.seat_guest(t2, a, 1)
    with pytest.raises(ConflictError):
        r.seat_guest(t2, b, 3)
    r.seat_guest(t2, b, 2)
    _force(fair, "banquet_seats", table_id=t2, guest_id=a, seat_no=1)
    assert _kinds(fair) == ["seat_double"]


def test_room_must_be_in_the_hotel(roster):
    r = roster["r"]
    other = _new(r.create("hotels", name="山景酒店"), "hotels")["id"]
    with pytest.raises(ValidationError) as err:
        r.create("stays", guest_id=_guest(roster["fair"]), hotel_id=other,
                 room_id=roster["room"], check_in="2026-05-17", check_out="2026-05-18")
    assert err.value.field == "room_id"


def test_preview_of_a_trip_change(roster):
    trip = _trip(roster, "2026-05-18 08:00", "2026-05-18 09:00", roster["car"])
    clash = conflicts_for_trip(roster["fair"], {
        "vehicle_id": roster["car"], "purpose": "shuttle", "from_place": "A", "to_place": "B",
        "starts_at": "2026-05-18T08:30:00+08:00", "ends_at": "2026-05-18T09:30:00+08:00"})
    assert [c.kind for c in clash] == ["vehicle_double_booked"] and clash[0].involves(trip)
    assert conflicts_for_trip(roster["fair"], {"notes": "x"}, trip) == []


def test_escort_session_migration_on_an_older_file():
    import sqlite3

    from sqlite_utils import Database

    from fairdesk.storage.schema import migrations

    db = Database(sqlite3.connect(":memory:"))
    migrations.apply(db, stop_before="0009_reception_escort_sessions")
    assert "session_id" not in db["escort_assignments"].columns_dict
    migrations.apply(db)
    assert "session_id" in db["escort_assignments"].columns_dict


def test_a_companion_travels_with_their_own_guest(roster):
    fair = roster["fair"]
    a, b = _guest(fair, name="甲"), _guest(fair, name="乙")
    companion = _new(fair.guests.create("companions", guest_id=a, name="甲的秘书"),
                     "companions")["id"]
    with pytest.raises(ValidationError) as err:
        roster["r"].assign_room(b, roster["room"], "2026-05-17", "2026-05-18",
                                companion_id=companion)
    assert err.value.field == "companion_id"
    roster["r"].assign_room(a, roster["room"], "2026-05-17", "2026-05-18", companion_id=companion)


def test_find_conflicts_of_some_kinds_only(roster):
    fair = roster["fair"]
    a = _guest(fair, name="甲")
    _force(fair, "stays", guest_id=a, hotel_id=roster["hotel"], room_type="king",
           check_in="2026-05-10", check_out="2026-05-18")
    _force(fair, "trips", vehicle_id=roster["car"], purpose="shuttle", from_place="A",
           to_place="B", starts_at="2026-05-18T08:30:00+08:00",
           ends_at="2026-05-18T09:30:00+08:00")
    _force(fair, "trips", vehicle_id=roster["car"], purpose="shuttle", from_place="A",
           to_place="B", starts_at="2026-05-18T09:00:00+08:00",
           ends_at="2026-05-18T09:40:00+08:00")
    assert {c.kind for c in find_conflicts(fair)} == {"stay_outside_visit",
                                                      "vehicle_double_booked"}
    only = find_conflicts(fair, kinds={"vehicle_double_booked", "driver_double_booked"})
    assert [c.kind for c in only] == ["vehicle_double_booked"]
