"""Dates and times in the fair's timezone.

Datetimes are stored as ISO 8601 text with their UTC offset
(``2026-05-18T10:30:00+08:00``), dates as ``YYYY-MM-DD``; both sort as text.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TZ = "Asia/Shanghai"
# China keeps UTC+8 all year: the fair's clock even where no time-zone database is found
# (the Linux one-folder app reads the system's /usr/share/zoneinfo; a bare system has none).
CHINA = timezone(timedelta(hours=8), DEFAULT_TZ)


def zone(name: str) -> tzinfo:
    """The time zone ``name``, else the default's; UTC+8 when there is no database at all."""
    for key in (name, DEFAULT_TZ):
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            continue
    return CHINA


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def to_fair_iso(value: datetime, tz: tzinfo) -> str:
    """A datetime as text in the fair's timezone; naive values are taken as fair-local."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(tz).replace(microsecond=0).isoformat()


def fair_now_iso(tz: tzinfo) -> str:
    """Now, as stored text in the fair's timezone (to the second)."""
    return to_fair_iso(datetime.now(UTC), tz)


def short_time(at: str, tz: tzinfo) -> str:
    """A stored time (ISO, any offset; naive taken as UTC) as the fair's "05-18 14:30";
    text that is no time comes back as it is."""
    try:
        moment = datetime.fromisoformat(str(at).replace(" ", "T", 1))
    except ValueError:
        return at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz).strftime("%m-%d %H:%M")
