"""What the transport page and the passengers dialog show: the fleet, drivers, trips, riders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from fairdesk.core.reception.model import ATTENDING
from fairdesk.core.reception.views import Record
from fairdesk.core.reception.views.clashes import Flagged
from fairdesk.core.vocab import TRIP_PURPOSES, VEHICLE_KINDS, label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


class VehicleRow(Record):
    plate: str
    kind: str
    seats: int
    supplier: str
    notes: str
    kind_label: str
    drivers: str | None  # the names of the drivers who usually drive it, 、-separated
    trips: int


class DriverRow(Record):
    name: str
    phone: str
    unit: str
    vehicle_id: str | None
    notes: str
    plate: str | None  # of the usual vehicle
    trips: int


class TripRow(Record, Flagged):
    vehicle_id: str | None
    driver_id: str | None
    escort_id: str | None
    purpose: str
    from_place: str
    to_place: str
    starts_at: str
    ends_at: str
    flight_or_train: str
    session_id: str | None
    notes: str
    plate: str | None
    seats: int | None
    vehicle_kind: str | None
    driver: str | None
    escort: str | None
    passengers: int
    passenger_names: str | None  # 、-separated
    purpose_label: str
    route: str  # "from → to"


def vehicle_rows(fair: Fair) -> list[VehicleRow]:
    rows = fair.rows(
        "SELECT v.*, (SELECT group_concat(d.name, '、') FROM drivers d WHERE d.vehicle_id = v.id)"
        " AS drivers, (SELECT count(*) FROM trips t WHERE t.vehicle_id = v.id) AS trips"
        " FROM vehicles v ORDER BY v.plate"
    )
    for r in rows:
        r["kind_label"] = label(VEHICLE_KINDS, r["kind"])
    return cast(list[VehicleRow], rows)


def driver_rows(fair: Fair) -> list[DriverRow]:
    return cast(list[DriverRow], fair.rows(
        "SELECT d.*, v.plate, (SELECT count(*) FROM trips t WHERE t.driver_id = d.id) AS trips"
        " FROM drivers d LEFT JOIN vehicles v ON v.id = d.vehicle_id ORDER BY d.name"
    ))


def trip_rows(fair: Fair, day: str | None = None) -> list[TripRow]:
    """Trips (of one day when given) with plate, driver, escort and passenger count."""
    where, params = ("WHERE substr(t.starts_at, 1, 10) = ?", [day]) if day else ("", [])
    rows = fair.rows(
        "SELECT t.*, v.plate, v.seats, v.kind AS vehicle_kind, d.name AS driver,"
        " e.name AS escort,"
        " (SELECT count(*) FROM trip_passengers p WHERE p.trip_id = t.id) AS passengers,"
        " (SELECT group_concat(g.name, '、') FROM trip_passengers p JOIN guests g"
        "   ON g.id = p.guest_id WHERE p.trip_id = t.id) AS passenger_names"
        " FROM trips t LEFT JOIN vehicles v ON v.id = t.vehicle_id"
        " LEFT JOIN drivers d ON d.id = t.driver_id LEFT JOIN escorts e ON e.id = t.escort_id"
        f" {where} ORDER BY t.starts_at",
        params,
    )
    for r in rows:
        r["purpose_label"] = label(TRIP_PURPOSES, r["purpose"])
        r["route"] = f"{r['from_place']} → {r['to_place']}"
    return cast(list[TripRow], rows)


# --- one trip's passengers ----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Rider:
    """Someone on a trip: a guest, or a companion travelling with the guest."""

    id: str  # of the trip_passengers row
    name: str  # the guest's
    companion: str | None  # the companion's name when a companion rides


@dataclass(frozen=True, slots=True)
class Candidate:
    """An attending guest not on the trip yet."""

    id: str
    name: str
    category: str
    arrival_at: str | None


def riders(fair: Fair, trip_id: str) -> list[Rider]:
    return [Rider(**r) for r in fair.rows(
        "SELECT p.id, g.name, c.name AS companion FROM trip_passengers p JOIN guests g"
        " ON g.id = p.guest_id LEFT JOIN companions c ON c.id = p.companion_id"
        " WHERE p.trip_id = ? ORDER BY g.name",
        [trip_id],
    )]


def trip_seats(fair: Fair, trip_id: str) -> int | None:
    """The seats of the trip's vehicle; None while it has none."""
    return fair.scalar(
        "SELECT v.seats FROM trips t JOIN vehicles v ON v.id = t.vehicle_id WHERE t.id = ?",
        [trip_id],
    )


def candidates(fair: Fair, trip_id: str, text: str, limit: int) -> list[Candidate]:
    """Attending guests not on the trip whose name or pinyin holds ``text``, by pinyin."""
    needle = f"%{text.strip().lower()}%"
    marks = ", ".join("?" * len(ATTENDING))
    return [Candidate(**r) for r in fair.rows(
        f"SELECT id, name, category, arrival_at FROM guests WHERE state IN ({marks})"
        " AND (lower(name) LIKE ? OR search_key LIKE ?) AND id NOT IN (SELECT guest_id"
        f" FROM trip_passengers WHERE trip_id = ?) ORDER BY search_key LIMIT {int(limit)}",
        [*ATTENDING, needle, needle, trip_id],
    )]
