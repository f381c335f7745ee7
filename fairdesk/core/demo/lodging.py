"""Hotels, room blocks, rooms and stays: one room per party, twins shared by two journalists."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from fairdesk.core.demo import data
from fairdesk.core.demo.base import Demo, Weights
from fairdesk.core.demo.people import chinese_name
from fairdesk.core.demo.travel import DAY0

if TYPE_CHECKING:
    from fairdesk.core.demo.guests import Guest

CAPACITY = {"suite": 2, "king": 2, "twin": 2, "single": 1}
RATE_CENTS = {"suite": 168000, "king": 68000, "twin": 62000, "single": 48000}  # 5-star rates
ROOMS_PER_FLOOR = 20
FIRST_FLOOR, SUITE_FLOOR = 6, 18
NIGHTS = (DAY0 - timedelta(days=1), DAY0, DAY0 + timedelta(days=1), DAY0 + timedelta(days=2))
_SPOUSE = ("夫人", "Spouse")
ROOM_TYPES = Weights((("king", 70), ("single", 18), ("twin", 12)))


@dataclass
class Party:
    """Who sleeps in one room: (guest, companion or None, check-in, check-out) each."""

    room_type: str
    occupants: list[tuple[Guest, str | None]] = field(default_factory=list)
    hotel: int = 0  # index in the list of hotels


def build_lodging(demo: Demo) -> None:
    rng = demo.rng("lodging")
    lodgers = [g for g in demo.refs["guests"]
               if g.attending and not g.local and g.arrival and rng.random() < 0.96]
    parties = _parties(rng, lodgers, demo.refs.get("companion_relations", {}))
    count = min(len(data.HOTELS), max(8, math.ceil(len(parties) / 260)))
    hotels = _hotels(demo, rng, count)
    _choose_hotels(rng, parties, hotels)
    rooms = _rooms(demo, rng, hotels, parties)
    _stays(demo, rng, parties, hotels, rooms)
    demo.refs["hotels"] = hotels


def _parties(rng: random.Random, lodgers: list[Guest],
             relations: dict[str, str]) -> list[Party]:
    parties: list[Party] = []
    sharing: dict[str, Party] = {}  # a twin with a free bed, per gender
    for guest in lodgers:
        if guest.category in ("media", "staff"):
            twin = sharing.pop(guest.gender, None)
            if twin is None:
                sharing[guest.gender] = twin = Party("twin")
                parties.append(twin)
            twin.occupants.append((guest, None))
            party = twin
        else:
            party = Party(_room_type(rng, guest), [(guest, None)])
            parties.append(party)
        for companion in guest.companions:
            if (party.room_type != "twin" and relations[companion] in _SPOUSE
                    and len(party.occupants) < CAPACITY[party.room_type]):
                party.occupants.append((guest, companion))
            else:
                parties.append(Party(rng.choice(("single", "king")), [(guest, companion)]))
    return parties


def _room_type(rng: random.Random, guest: Guest) -> str:
    if guest.category == "vip":
        return "suite"
    if guest.category == "official":
        return "suite" if rng.random() < 0.5 else "king"
    return ROOM_TYPES.pick(rng)


def designated(hotels: int) -> int:
    """How many hotels (the first of the list) receive the VIPs and officials."""
    return max(2, hotels // 6)


def _hotels(demo: Demo, rng: random.Random, count: int) -> list[dict]:
    hotels = []
    for i, (name, name_en, stars) in enumerate(data.HOTELS[:count]):
        road = rng.choice(data.HOTEL_ROADS)
        hotels.append(demo.add(
            "hotels", name=name, name_en=name_en, address=f"{road}{rng.randint(1, 399)}号",
            contact=chinese_name(rng, rng.choice("MF")),
            phone=f"0898-{rng.randint(6000, 6999)}{rng.randint(1000, 9999)}",
            distance_km=round(rng.uniform(0.3, 18.0), 1), stars=stars,
            designated=1 if i < designated(count) else 0,
            notes="贵宾接待酒店，设贵宾专用通道" if i < designated(count) else ""))
    return hotels


def _choose_hotels(rng: random.Random, parties: list[Party], hotels: list[dict]) -> None:
    vip_hotels = designated(len(hotels))
    others = Weights((i, h["stars"] ** 2) for i, h in enumerate(hotels) if i >= vip_hotels)
    for party in parties:
        guest = party.occupants[0][0]
        if guest.category in ("vip", "official") or (party.room_type == "suite"):
            party.hotel = rng.randrange(vip_hotels)
        else:
            party.hotel = others.pick(rng) if rng.random() < 0.8 else rng.randrange(
                len(hotels))
    # companions sleep in the hotel of their guest
    by_guest = {p.occupants[0][0].id: p.hotel for p in parties if p.occupants[0][1] is None}
    for party in parties:
        guest, companion = party.occupants[0]
        if companion is not None:
            party.hotel = by_guest.get(guest.id, party.hotel)


def _rooms(demo: Demo, rng: random.Random, hotels: list[dict],
           parties: list[Party]) -> dict[tuple[int, str], list[dict]]:
    """Rooms per (hotel, type): the rooms parties need, plus about a tenth spare."""
    needed: dict[tuple[int, str], int] = {}
    for party in parties:
        key = (party.hotel, party.room_type)
        needed[key] = needed.get(key, 0) + 1
    rooms: dict[tuple[int, str], list[dict]] = {}
    for h, hotel in enumerate(hotels):
        numbers = _RoomNumbers()
        for room_type in ("single", "twin", "king", "suite"):
            want = needed.get((h, room_type), 0)
            spare = 2 if room_type == "suite" and hotel["designated"] else 0
            want += math.ceil(want * 0.1) + spare
            for _ in range(want):
                floor, number = numbers.next(room_type == "suite")
                rooms.setdefault((h, room_type), []).append(demo.add(
                    "rooms", hotel_id=hotel["id"], number=number, room_type=room_type,
                    capacity=CAPACITY[room_type], floor=str(floor),
                    notes="海景" if room_type == "suite" and rng.random() < 0.5 else ""))
        _blocks(demo, hotel, rooms, h)
    return rooms


class _RoomNumbers:
    """Room numbers of one hotel: rooms from the 6th floor up, suites from the 18th."""

    def __init__(self) -> None:
        self.rooms = self.suites = 0

    def next(self, suite: bool) -> tuple[int, str]:
        if suite:
            lowest = max(FIRST_FLOOR + self.rooms // ROOMS_PER_FLOOR + 1, SUITE_FLOOR)
            floor, index = lowest + self.suites // 8, self.suites % 8 + 1
            self.suites += 1
        else:
            floor = FIRST_FLOOR + self.rooms // ROOMS_PER_FLOOR
            index = self.rooms % ROOMS_PER_FLOOR + 1
            self.rooms += 1
        return floor, f"{floor}{index:02d}"


def _blocks(demo: Demo, hotel: dict, rooms: dict[tuple[int, str], list[dict]], h: int) -> None:
    factor = {5: 1.0, 4: 0.72, 3: 0.5}.get(hotel["stars"], 0.6)
    for room_type in ("suite", "king", "twin", "single"):
        count = len(rooms.get((h, room_type), ()))
        if not count:
            continue
        for night in NIGHTS:
            booked = count if night != NIGHTS[0] else math.ceil(count * 0.3)
            demo.add("room_blocks", hotel_id=hotel["id"], room_type=room_type,
                     night=night.isoformat(), rooms=booked,
                     rate_cents=round(RATE_CENTS[room_type] * factor, -2), currency="CNY")


def _stays(demo: Demo, rng: random.Random, parties: list[Party], hotels: list[dict],
           rooms: dict[tuple[int, str], list[dict]]) -> None:
    free = {key: list(found) for key, found in rooms.items()}
    lodged: dict[str, dict] = {}
    for party in parties:
        guest = party.occupants[0][0]
        waiting = guest.state in ("attending", "confirmed") and rng.random() < 0.25
        unassigned = waiting or rng.random() < 0.02
        room = None if unassigned else free[(party.hotel, party.room_type)].pop()
        hotel = hotels[party.hotel]
        for occupant, companion in party.occupants:
            check_in, check_out = _nights(occupant)
            demo.add("stays", guest_id=occupant.id, companion_id=companion,
                     hotel_id=hotel["id"], room_id=room["id"] if room else None,
                     room_type=party.room_type, check_in=check_in.isoformat(),
                     check_out=check_out.isoformat(),
                     notes="" if room else "房间待分配")
            if companion is None:
                lodged[occupant.id] = hotel
    demo.refs["lodged"] = lodged


def _nights(guest: Guest) -> tuple[date, date]:
    assert guest.arrival and guest.departure
    check_in = guest.arrival.date()
    check_out = max(guest.departure.date(), check_in + timedelta(days=1))
    return check_in, check_out
