"""What the arrivals page shows: the core's arrivals board of a day, as table rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from fairdesk.core.reception.views.clashes import by_record, conflicts

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


class ArrivalRow(TypedDict):
    id: str  # the guest's
    guest_id: str
    time: str  # "HH:MM"
    hour: str
    guest: str
    category_label: str
    organisation: str
    party: int  # the guest and their companions
    transport: str
    place: str
    pickup: str  # empty when no pickup is booked
    pickup_problems: list[str]  # the pickup trip's clashes
    room: str  # hotel and room; empty when no room is booked
    escort: str


def arrival_rows(fair: Fair, day: str) -> list[ArrivalRow]:
    """The arrivals board of ``day`` as rows; ``pickup`` / ``room`` empty when missing."""
    from fairdesk.core.reception.arrivals import arrivals_board

    reasons = by_record(conflicts(fair))
    rows: list[ArrivalRow] = []
    for a in arrivals_board(fair, day):
        rows.append(
            {
                "pickup_problems": reasons.get(a.pickup_trip_id or "", []),
                "id": a.guest_id,
                "guest_id": a.guest_id,
                "time": a.arrival_at[11:16],
                "hour": a.hour,
                "guest": a.name,
                "category_label": a.category_label,
                "organisation": a.organisation,
                "party": 1 + a.companions,
                "transport": a.transport,
                "place": a.place,
                "pickup": a.pickup,
                "room": " ".join(x for x in (a.hotel, a.room) if x),
                "escort": a.escort,
            }
        )
    return rows
