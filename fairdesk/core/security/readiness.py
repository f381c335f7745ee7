"""Guests lodged in a hotel, or sessions held at a venue, whose site security has not cleared.

The reception roster (``roster-check``, the lodging page) warns about each: a site
should be cleared — every responsible department signed off — a given number of
hours (``security.clear_hours``, default 24) before its first guest arrives or its
first session starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from fairdesk.core.security.signoff import cleared_sites

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

HOURS_SETTING = "security.clear_hours"
DEFAULT_HOURS = 24


@dataclass(frozen=True)
class Unready:
    kind: str  # "hotel" or "venue"
    record_id: str  # the hotel's or the venue's id
    site_id: str | None  # None: not a security site at all
    name: str
    first_at: str  # first guest's arrival, or first session's start (fair-local text)
    clear_by: str  # when it should have been cleared
    count: int  # guests lodged, or sessions held
    open_departments: list[str]


def clear_hours(fair: Fair) -> int:
    """How many hours before its first guest or session a site should be cleared."""
    value = fair.setting(HOURS_SETTING)
    try:
        return DEFAULT_HOURS if value in (None, "") else int(value)
    except (TypeError, ValueError):
        return DEFAULT_HOURS


def _clear_by(first_at: str, hours: int) -> str:
    return (datetime.fromisoformat(first_at) - timedelta(hours=hours)).isoformat()


def _open_departments(fair: Fair, site_id: str) -> list[str]:
    """The departments still to sign, in the order of the security order (公安, 交通, 消防…)."""
    from fairdesk.core.vocab import DEPARTMENTS

    order = list(DEPARTMENTS)
    rows = fair.rows("""SELECT DISTINCT d.code, d.name FROM checklist_items c
        JOIN departments d ON d.id = c.department_id WHERE c.site_id = ? AND NOT EXISTS (
          SELECT 1 FROM site_signoffs s WHERE s.site_id = c.site_id AND s.department_id =
          c.department_id AND s.withdrawn_at IS NULL)""", [site_id])
    return [r["name"] for r in sorted(rows, key=lambda r: (
        order.index(r["code"]) if r["code"] in order else len(order), r["code"]))]


def unready_sites(fair: Fair) -> list[Unready]:
    """Hotels with guests and venues with sessions whose site is not cleared (none while
    the fair has no security sites at all: security is not kept in this file)."""
    if not fair.count("sites"):
        return []
    cleared, hours = cleared_sites(fair), clear_hours(fair)
    out = []
    hotels = fair.rows("""SELECT h.id, h.name, count(DISTINCT st.guest_id) AS n,
            min(coalesce(g.arrival_at, st.check_in || 'T14:00:00')) AS first_at,
            (SELECT id FROM sites WHERE hotel_id = h.id LIMIT 1) AS site_id
        FROM hotels h JOIN stays st ON st.hotel_id = h.id JOIN guests g ON g.id = st.guest_id
        GROUP BY h.id ORDER BY h.name""")
    venues = fair.rows("""SELECT v.id, v.name, count(*) AS n, min(a.starts_at) AS first_at,
            (SELECT id FROM sites WHERE venue_id = v.id LIMIT 1) AS site_id
        FROM venues v JOIN agenda_sessions a ON a.venue_id = v.id
        GROUP BY v.id ORDER BY v.name""")
    for kind, rows in (("hotel", hotels), ("venue", venues)):
        for r in rows:
            if r["site_id"] in cleared:
                continue
            first = _aware(r["first_at"], fair)
            out.append(Unready(kind, r["id"], r["site_id"], r["name"], first,
                               _clear_by(first, hours), r["n"],
                               _open_departments(fair, r["site_id"]) if r["site_id"] else []))
    return out


def _aware(text: str, fair: Fair) -> str:
    from fairdesk.core.timeutil import to_fair_iso

    moment = datetime.fromisoformat(text)
    return to_fair_iso(moment, fair.tz)
