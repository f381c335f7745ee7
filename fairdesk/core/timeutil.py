"""Dates and times in the fair's timezone.

Datetimes are stored as ISO 8601 text with their UTC offset
(``2026-05-18T10:30:00+08:00``), dates as ``YYYY-MM-DD``; both sort as text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TZ = "Asia/Shanghai"


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TZ)


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def to_fair_iso(value: datetime, tz: ZoneInfo) -> str:
    """A datetime as text in the fair's timezone; naive values are taken as fair-local."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(tz).replace(microsecond=0).isoformat()


def fair_now_iso(tz: ZoneInfo) -> str:
    """Now, as stored text in the fair's timezone (to the second)."""
    return to_fair_iso(datetime.now(UTC), tz)
