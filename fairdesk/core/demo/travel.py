"""Arrival and departure of each guest: flight or train, airport or station, times by state."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from fairdesk.core.demo import data
from fairdesk.core.demo.base import DAY1, DAY2, SNAPSHOT, at, digits, iso, minutes

if TYPE_CHECKING:
    from fairdesk.core.demo.guests import Guest

DAY0 = date(2026, 5, 17)
DAY3 = date(2026, 5, 20)
_TRAIN_CITIES = {"瀛洲市", "上海市", "杭州市", "苏州市", "南京市", "厦门市", "广州市", "深圳市", "云溪市"}
# (day, first hour, last hour, weight) of arrivals of guests who have arrived by the snapshot
_ARRIVALS = ((DAY0, 8, 22, 68), (DAY1, 6, 8, 24), (DAY1, 11, 19, 5), (DAY2, 6, 8, 3))
_DEPARTURES = ((DAY2, 14, 21, 60), (DAY3, 7, 14, 40))


def _moment(rng: random.Random, windows: tuple[tuple[date, int, int, int], ...]) -> datetime:
    day, first, last, _w = rng.choices(windows, weights=[w[3] for w in windows])[0]
    return at(day, rng.randint(first, last), rng.randrange(0, 60, 5))


def carrier(rng: random.Random, country: str, train: bool) -> str:
    if train:
        return rng.choice("GGGD") + str(rng.randint(1, 9)) + digits(rng, 3)
    if country in data.INTL_FLIGHTS and rng.random() < 0.4:
        return data.INTL_FLIGHTS[country] + str(rng.randint(100, 999))
    return rng.choice(data.FLIGHT_PREFIXES) + str(rng.randint(1, 9)) + digits(rng, 3)


def plan_travel(rng: random.Random, row: dict, guest: Guest) -> None:
    """Fill the guest's arrival/departure fields and ``guest.checked_in`` by state."""
    row.update(arrival_at=None, arrival_transport="", arrival_place="", departure_at=None,
               departure_transport="", departure_place="")
    state = guest.state
    planned = state in ("confirmed", "arrived", "departed") or (
        state == "attending" and rng.random() < 0.5)
    if guest.local:
        if guest.arrived:
            day = DAY1 if rng.random() < 0.9 else DAY2
            guest.checked_in = at(day, 7, 30) + minutes(rng.randrange(0, 80))
        return
    if not planned:
        return
    arrival, departure = _times(rng, state)
    train = row["city"] in _TRAIN_CITIES and rng.random() < 0.55
    place = rng.choice(data.STATIONS) if train else data.AIRPORT
    back_train = train and rng.random() < 0.8
    guest.arrival, guest.departure, guest.place = arrival, departure, place
    guest.departure_place = rng.choice(data.STATIONS) if back_train else data.AIRPORT
    guest.transport = carrier(rng, guest.country, train)
    row.update(arrival_at=iso(arrival), arrival_transport=guest.transport, arrival_place=place,
               departure_at=iso(departure),
               departure_transport=carrier(rng, guest.country, back_train),
               departure_place=guest.departure_place)
    if guest.arrived:
        latest = min(arrival + minutes(150), SNAPSHOT - minutes(5))
        guest.checked_in = arrival + minutes(rng.randint(35, 95))
        guest.checked_in = min(guest.checked_in, latest)


def _times(rng: random.Random, state: str) -> tuple[datetime, datetime]:
    if state == "departed":
        arrival = _moment(rng, _ARRIVALS[:2])
        departure = at(DAY1, 19) + minutes(rng.randrange(0, 14 * 60 + 30, 5))
        return arrival, min(departure, at(DAY2, 9, 30))
    if state == "confirmed" and rng.random() < 0.6:  # still on the way
        arrival = at(DAY2, 10, 30) + minutes(rng.randrange(0, 300, 5))
        return arrival, _moment(rng, _DEPARTURES[1:])
    arrival = _moment(rng, _ARRIVALS)
    departure = _moment(rng, _DEPARTURES)
    if departure - arrival < timedelta(hours=20):
        departure += timedelta(days=1)
    return arrival, departure
