"""A guest's chain, the one source for the guest form, the arrivals panel and the desk card."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fairdesk.core.badges.desk_card import guest_card
from fairdesk.core.changes import Change, Changes
from fairdesk.core.reception.chain import guest_chain
from fairdesk.core.timeutil import to_fair_iso


def _guest(fair, name="周到") -> str:
    return fair.guests.add_guest(name=name, organisation="海滨港务集团", category="investor",
                                 country="CN").ids("guests")[0]


def _trip(fair, gid, start: datetime, plate: str) -> str:
    car = fair.reception.create("vehicles", plate=plate, kind="sedan", seats=4).ids("vehicles")[0]
    trip = fair.reception.create(
        "trips", vehicle_id=car, purpose="shuttle", from_place="酒店", to_place="会场",
        starts_at=to_fair_iso(start, fair.tz),
        ends_at=to_fair_iso(start + timedelta(minutes=40), fair.tz)).ids("trips")[0]
    fair.reception.create("trip_passengers", trip_id=trip, guest_id=gid)
    return trip


def test_the_card_shows_the_next_trip_else_the_last(fair):
    gid = _guest(fair)
    now = datetime.now(UTC).replace(microsecond=0)
    _trip(fair, gid, now - timedelta(days=2), "浙A·00001")
    _trip(fair, gid, now - timedelta(days=1), "浙A·00002")
    assert guest_card(fair, gid).car == "浙A·00002"  # all past: the most recent
    _trip(fair, gid, now + timedelta(days=2), "浙A·00004")
    _trip(fair, gid, now + timedelta(days=1), "浙A·00003")
    assert guest_card(fair, gid).car == "浙A·00003"  # the next one from now
    chain = guest_chain(fair, gid)
    assert chain.current_trip(to_fair_iso(now, fair.tz))["plate"] == "浙A·00003"


def test_the_card_and_the_chain_agree_on_stay_and_escort(fair):
    gid = _guest(fair)
    hotel = fair.reception.create("hotels", name="海滨国宾馆").ids("hotels")[0]
    room = fair.reception.create("rooms", hotel_id=hotel, number="1208",
                                 room_type="king", capacity=2).ids("rooms")[0]
    fair.reception.create("stays", guest_id=gid, hotel_id=hotel, room_id=room,
                          check_in="2026-05-17", check_out="2026-05-19")
    for name in ("先到", "后到"):
        escort = fair.reception.create("escorts", name=name, phone="13800000000").ids()[0]
        fair.reception.create("escort_assignments", guest_id=gid, escort_id=escort,
                              starts_at=f"2026-05-1{7 if name == '先到' else 8}T09:00")
    card, chain = guest_card(fair, gid), guest_chain(fair, gid)
    assert (card.hotel, card.room) == (chain.stay["hotel_name"], chain.stay["room_number"])
    assert (card.hotel, card.room) == ("海滨国宾馆", "1208")
    assert card.escort == "先到 13800000000" and chain.escort["name"] == "先到"
    assert chain.sharing[chain.stay["id"]] == []


def test_a_chain_knows_which_changes_touch_it(fair):
    gid, other = _guest(fair), _guest(fair, "别人")
    trip = _trip(fair, gid, datetime.now(UTC), "浙A·00009")
    chain = guest_chain(fair, gid)
    car = chain.trips[0]["vehicle_id"]

    def change(entity, record_id, after=None, area="reception"):
        return Changes([Change(area, entity, record_id, "update", after, after)])

    assert chain.affected_by(change("vehicles", car))
    assert chain.affected_by(change("trips", trip))
    assert chain.affected_by(change("guests", gid, area="guests"))
    assert chain.affected_by(change("stays", "x", {"guest_id": gid, "room_id": None}))
    assert chain.affected_by(Changes([Change("reception", "stays", "*", "bulk-create")]))
    assert not chain.affected_by(change("guests", other, area="guests"))
    assert not chain.affected_by(change("stays", "y", {"guest_id": other, "room_id": "r9"}))
    assert not chain.affected_by(change("vehicles", "another car"))
