"""The days the roster pages' day pickers offer."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from fairdesk.core.reception.model import ATTENDING

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


def fair_days(fair: Fair) -> list[str]:
    """The fair's days (ISO dates); today when the fair has no dates yet."""
    start, end = fair.setting("fair.starts_on"), fair.setting("fair.ends_on")
    if not start:
        return [date.today().isoformat()]
    first, last = date.fromisoformat(start), date.fromisoformat(end or start)
    return [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


def trip_days(fair: Fair) -> list[str]:
    """Days that have trips, or the fair's days when none has."""
    days = [
        r["day"]
        for r in fair.rows(
            "SELECT DISTINCT substr(starts_at, 1, 10) AS day FROM trips ORDER BY day"
        )
    ]
    return days or fair_days(fair)


def arrival_days(fair: Fair) -> list[str]:
    """Days attending guests arrive on, or the fair's days when none has an arrival yet."""
    days = [
        r["day"]
        for r in fair.rows(
            f"SELECT DISTINCT substr(arrival_at, 1, 10) AS day FROM guests WHERE arrival_at IS NOT"
            f" NULL AND state IN ({', '.join('?' * len(ATTENDING))}) ORDER BY day",
            list(ATTENDING),
        )
    ]
    return days or fair_days(fair)
