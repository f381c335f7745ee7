"""Vehicles, drivers, escorts and trips; no vehicle or driver is ever booked twice at once.

Trips are requested first (pickups, shuttles, site visits, drop-offs), then given
vehicles in order of start time: each vehicle keeps its own driver, so a free
vehicle means a free driver; when every suitable vehicle is busy the fleet grows.
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from fairdesk.core.demo import data
from fairdesk.core.demo.base import DAY1, DAY2, Demo, at, iso, minutes
from fairdesk.core.demo.people import chinese_name, cn_mobile

if TYPE_CHECKING:
    from fairdesk.core.demo.guests import Guest

SEATS = {kind: spec[0] for kind, spec in data.VEHICLES.items()}
KINDS = ("sedan", "mpv", "minibus", "coach")
_LANG = {"JP": "ja", "KR": "ko", "DE": "de", "FR": "fr", "AE": "ar"}
Passenger = tuple[str, str | None]  # guest id, companion id


@dataclass
class TripRequest:
    purpose: str
    start: datetime
    end: datetime
    from_place: str
    to_place: str
    passengers: list[Passenger] = field(default_factory=list)
    kind: str = ""
    flight: str = ""
    session: str | None = None
    escort: str | None = None
    notes: str = ""


def build_transport(demo: Demo) -> None:
    rng = demo.rng("transport")
    escorts = _escorts(demo, rng)
    requests = [*_pickups(demo, rng, escorts), *_shuttles(demo), *_dropoffs(demo, rng, escorts)]
    fleet = Fleet(demo, rng)
    for request in sorted(requests, key=lambda r: (r.start, r.end, r.from_place)):
        _trip(demo, fleet, request)


class Fleet:
    """Vehicles with their usual drivers, and when each is free again."""

    def __init__(self, demo: Demo, rng: random.Random) -> None:
        self.demo, self.rng = demo, rng
        self.plates: set[str] = set()
        self.free: dict[str, list[tuple[datetime, int, dict, dict]]] = {k: [] for k in KINDS}
        self.turnaround = minutes(demo.fair.setting("trips.turnaround_minutes") or 15)
        for kind, (_seats, share, _models) in data.VEHICLES.items():
            for _ in range(share):  # the fleet on contract; more are hired when needed
                heapq.heappush(self.free[kind], (at(DAY1, 0) - minutes(60 * 24 * 3),
                                                 *self._add(kind)))
        for _ in range(3):  # relief drivers without a car of their own
            demo.add("drivers", name=chinese_name(rng, "M"), phone=cn_mobile(rng),
                     unit=rng.choice(data.VEHICLE_SUPPLIERS), notes="机动驾驶员")

    def _add(self, kind: str) -> tuple[int, dict, dict]:
        """A new vehicle with its driver (and its order in the fleet)."""
        seats, _share, models = data.VEHICLES[kind]
        plate = self._plate()
        supplier = data.VEHICLE_SUPPLIERS[0] if kind == "sedan" else self.rng.choice(
            data.VEHICLE_SUPPLIERS[1:])
        vehicle = self.demo.add("vehicles", plate=plate, kind=kind, seats=seats,
                                supplier=supplier, notes=self.rng.choice(models))
        gender = "M" if self.rng.random() < 0.9 else "F"
        driver = self.demo.add("drivers", name=chinese_name(self.rng, gender),
                               phone=cn_mobile(self.rng), unit=supplier, vehicle_id=vehicle["id"])
        return len(self.plates), vehicle, driver

    def _plate(self) -> str:
        while True:
            plate = data.PLATE_PREFIX + self.rng.choice("ADFGHJKLMNPQRSTUVWXYZ") + str(
                self.rng.randrange(1000, 10000))
            if plate not in self.plates:
                self.plates.add(plate)
                return plate

    def book(self, kind: str, start: datetime, end: datetime) -> tuple[dict, dict]:
        """A vehicle of ``kind`` and its driver, free from ``start`` to ``end``."""
        heap = self.free[kind]
        if heap and heap[0][0] + self.turnaround <= start:
            _free, order, vehicle, driver = heapq.heappop(heap)
        else:  # every one is busy: the transport desk hires another
            order, vehicle, driver = self._add(kind)
        heapq.heappush(heap, (end, order, vehicle, driver))
        return vehicle, driver


def _trip(demo: Demo, fleet: Fleet, request: TripRequest) -> None:
    kind = request.kind or _kind_for(len(request.passengers))
    vehicle, driver = fleet.book(kind, request.start, request.end)
    trip = demo.add(
        "trips", vehicle_id=vehicle["id"], driver_id=driver["id"], escort_id=request.escort,
        purpose=request.purpose, from_place=request.from_place[:100],
        to_place=request.to_place[:100], starts_at=iso(request.start), ends_at=iso(request.end),
        flight_or_train=request.flight, session_id=request.session, notes=request.notes)
    for guest_id, companion_id in request.passengers:
        demo.add("trip_passengers", trip_id=trip["id"], guest_id=guest_id,
                 companion_id=companion_id)


def _kind_for(people: int) -> str:
    for kind in KINDS:
        if people <= SEATS[kind]:
            return kind
    return "coach"


def _loads(parties: list[list[Passenger]]) -> list[list[Passenger]]:
    """Parties packed into vehicle loads, never splitting a party."""
    total = sum(len(p) for p in parties)
    size = SEATS["coach"] if total >= 30 else SEATS["minibus"] if total >= 10 else (
        SEATS["mpv"] if total >= 5 else SEATS["sedan"])
    loads: list[list[Passenger]] = [[]]
    for party in parties:
        if loads[-1] and len(loads[-1]) + len(party) > size:
            loads.append([])
        loads[-1].extend(party)
    return loads


def _party(guest: Guest) -> list[Passenger]:
    return [(guest.id, None), *((guest.id, c) for c in guest.companions)]


def _floor(moment: datetime, step: int) -> datetime:
    """``moment`` rounded down to a multiple of ``step`` minutes since midnight."""
    since = moment.hour * 60 + moment.minute
    return moment.replace(hour=0, minute=0) + minutes(since // step * step)


def _places(names: list[str]) -> str:
    unique = list(dict.fromkeys(names))
    return "、".join(unique[:3]) + ("等" if len(unique) > 3 else "")


# --- escorts -----------------------------------------------------------------------------
def _escorts(demo: Demo, rng: random.Random) -> dict[str, str]:
    """Escorts and their assignments; returns the escort of each VIP guest."""
    guests = [g for g in demo.refs["guests"] if g.attending]
    vips = [g for g in guests if g.category == "vip"]
    foreign = [g for g in guests if g.language == "en" and g.category != "vip"]
    of_vip: dict[str, str] = {}
    for guest in vips:
        escort = _escort(demo, rng, _LANG.get(guest.country, "en") if guest.language == "en"
                         else "")
        of_vip[guest.id] = escort["id"]
        demo.add("escort_assignments", escort_id=escort["id"], guest_id=guest.id,
                 starts_at=iso((guest.arrival or at(DAY1, 7, 30)) - minutes(60)),
                 ends_at=iso(guest.departure or at(DAY2, 18)), role="全程陪同",
                 notes="一对一陪同")
    by_language: dict[str, list[Guest]] = {}
    for guest in foreign:
        by_language.setdefault(_LANG.get(guest.country, "en"), []).append(guest)
    for language, group in sorted(by_language.items()):
        for start in range(0, len(group), 15):
            escort = _escort(demo, rng, language)
            for guest in group[start:start + 15]:
                demo.add("escort_assignments", escort_id=escort["id"], guest_id=guest.id,
                         starts_at=iso(at(DAY1, 8)), ends_at=iso(at(DAY2, 17)),
                         role="翻译陪同", notes="")
    for _ in range(3):
        _escort(demo, rng, rng.choice(("", "en")), notes="报到台机动")
    return of_vip


def _escort(demo: Demo, rng: random.Random, language: str, notes: str = "") -> dict:
    languages = "zh" + (f",{language}" if language else "")
    if language and language != "en" and rng.random() < 0.5:
        languages += ",en"
    return demo.add("escorts", name=chinese_name(rng, "F" if rng.random() < 0.7 else "M"),
                    unit=rng.choice(data.ESCORT_UNITS), phone=cn_mobile(rng),
                    languages=languages, notes=notes)


# --- trip requests -----------------------------------------------------------------------
def _pickups(demo: Demo, rng: random.Random, escorts: dict[str, str]) -> list[TripRequest]:
    lodged, requests = demo.refs["lodged"], []
    windows: dict[tuple[str, datetime], list[Guest]] = {}
    for guest in demo.refs["guests"]:
        if guest.id not in lodged or guest.state not in ("arrived", "departed", "confirmed"):
            continue
        assert guest.arrival
        if guest.category == "vip":
            requests.append(TripRequest(
                "pickup", guest.arrival - minutes(30), guest.arrival + minutes(70), guest.place,
                lodged[guest.id]["name"], _party(guest), "sedan" if len(_party(guest)) <= 4
                else "mpv", guest.transport, escort=escorts.get(guest.id), notes="贵宾接站"))
        elif rng.random() < 0.88:
            slot = _floor(guest.arrival, 40)
            windows.setdefault((guest.place, slot), []).append(guest)
    for (place, slot), guests in sorted(windows.items()):
        for load in _loads([_party(g) for g in guests]):
            riders = {gid for gid, _c in load}
            group = [g for g in guests if g.id in riders]
            last = max(g.arrival for g in group if g.arrival)
            flights = sorted({g.transport for g in group})
            requests.append(TripRequest(
                "pickup", slot - minutes(10), last + minutes(75), place,
                _places([lodged[g.id]["name"] for g in group]), load,
                flight=flights[0] if len(flights) == 1 else "",
                notes="" if len(flights) == 1 else "航班/车次：" + "、".join(flights[:8])))
    return requests


def _shuttles(demo: Demo) -> list[TripRequest]:
    lodged, sessions, venues = demo.refs["lodged"], demo.refs["sessions"], demo.refs["venues"]
    attended = demo.refs["attended"]
    main, banquet = venues["main"]["name"], venues["banquet"]["name"]
    requests = []
    by_hotel: dict[str, list[Guest]] = {}
    for guest in attended.get("opening", []):
        if guest.id in lodged:
            by_hotel.setdefault(lodged[guest.id]["name"], []).append(guest)
    wave = 0  # two waves, so that a coach of the first can drive the second
    for hotel, guests in sorted(by_hotel.items()):
        for load in _loads([[(g.id, None)] for g in guests]):
            start = at(DAY1, 7, 10) if wave % 2 == 0 else at(DAY1, 8)
            wave += 1
            requests.append(TripRequest("shuttle", start, start + minutes(35), hotel, main,
                                        load, session=sessions["opening"]["id"]))
    for load in _loads([[(g.id, None)] for g in attended.get("banquet", [])]):
        requests.append(TripRequest("shuttle", at(DAY1, 17, 50), at(DAY1, 18, 25), main,
                                    banquet, load, session=sessions["banquet"]["id"]))
    sites = {key: name for key, name, _en, _addr in data.VISIT_SITES}
    for key in ("visit_port", "visit_resort", "visit_park"):
        for load in _loads([[(g.id, None)] for g in attended.get(key, [])]):
            requests.append(TripRequest("visit", at(DAY2, 7, 50), at(DAY2, 12, 30), main,
                                        sites[key.removeprefix("visit_")], load,
                                        session=sessions[key]["id"], notes="全程随团"))
    for hotel in sorted({h["name"] for h in lodged.values()}):
        requests.append(TripRequest("shuttle", at(DAY2, 13, 50), at(DAY2, 14, 20), hotel,
                                    venues["hall"]["name"], kind="minibus",
                                    session=sessions["signing2"]["id"], notes="按需发车"))
    return requests


def _dropoffs(demo: Demo, rng: random.Random, escorts: dict[str, str]) -> list[TripRequest]:
    lodged, requests = demo.refs["lodged"], []
    windows: dict[tuple[str, datetime], list[Guest]] = {}
    for guest in demo.refs["guests"]:
        if guest.id not in lodged or guest.state not in ("arrived", "departed"):
            continue
        assert guest.departure
        start = guest.departure - minutes(150)
        if guest.category == "vip":
            requests.append(TripRequest(
                "dropoff", start, start + minutes(70), lodged[guest.id]["name"],
                guest.departure_place, _party(guest), "sedan" if len(_party(guest)) <= 4
                else "mpv", escort=escorts.get(guest.id), notes="贵宾送站"))
        elif rng.random() < 0.8:
            slot = start.replace(minute=0)
            windows.setdefault((guest.departure_place, slot), []).append(guest)
    for (place, slot), guests in sorted(windows.items()):
        for load in _loads([_party(g) for g in guests]):
            riders = {gid for gid, _c in load}
            hotels = [lodged[g.id]["name"] for g in guests if g.id in riders]
            requests.append(TripRequest("dropoff", slot, slot + minutes(80), _places(hotels),
                                        place, load))
    return requests
