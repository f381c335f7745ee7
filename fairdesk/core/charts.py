"""The dashboard's chart series, computed from the open fair (plain numbers, no Qt).

Arrivals and check-ins by hour of a day; replies over time; rooms assigned against
attending guests; security completion by department; signing totals by county against
the county's target. Each is one grouped query (the dashboard refreshes on every change).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from fairdesk.core.dashboard import ReceptionFigures, reception_figures, security_figures
from fairdesk.core.guests.invitations import ATTENDING_STATES, REPLIED_STATES, sql_states
from fairdesk.core.money import Money, yi
from fairdesk.core.signing.statuses import ProjectStatus
from fairdesk.core.timeutil import fair_now_iso

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


@dataclass(frozen=True)
class Hourly:
    day: str
    hours: list[int]  # 0..23
    arrivals: list[int]  # attending guests whose arrival falls in that hour
    check_ins: list[int]  # registrations at a desk in that hour (undone ones left out)


@dataclass(frozen=True)
class Series:
    labels: list[str]
    values: list[float]
    targets: list[float] | None = None


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def busiest_day(fair: Fair) -> str:
    """Today (fair-local) if anyone arrives today, else the day most guests arrive."""
    today = fair_now_iso(fair.tz)[:10]
    if fair.scalar("SELECT 1 FROM guests WHERE arrival_at >= ? AND arrival_at < ? LIMIT 1",
                   [today, _next_day(today)]):
        return today
    return fair.scalar("SELECT substr(arrival_at, 1, 10) AS d FROM guests WHERE arrival_at"
                       " IS NOT NULL GROUP BY d ORDER BY count(*) DESC LIMIT 1") or today


def by_hour(fair: Fair, day: str | None = None) -> Hourly:
    """Arrivals and check-ins per hour of ``day`` (index ranges on the times, not scans)."""
    day = day or busiest_day(fair)
    span = [day, _next_day(day)]
    arrivals, checks = [0] * 24, [0] * 24
    for r in fair.rows(
            "SELECT CAST(substr(arrival_at, 12, 2) AS INTEGER) AS h, count(*) AS n FROM guests"
            f" WHERE arrival_at >= ? AND arrival_at < ? AND state IN"
            f" {sql_states(ATTENDING_STATES)} GROUP BY h", span):
        arrivals[r["h"]] = r["n"]
    for r in fair.rows(
            "SELECT CAST(substr(at, 12, 2) AS INTEGER) AS h, count(*) AS n FROM check_ins"
            " WHERE at >= ? AND at < ? AND kind = 'registration' AND undone_at IS NULL"
            " GROUP BY h", span):
        checks[r["h"]] = r["n"]
    return Hourly(day, list(range(24)), arrivals, checks)


def replies_over_time(fair: Fair) -> Series:
    """Replies received, cumulative, by the day they came back."""
    rows = fair.rows("SELECT replied_on AS d, count(*) AS n FROM guests WHERE replied_on IS NOT"
                     f" NULL AND state IN {sql_states(REPLIED_STATES)} GROUP BY d ORDER BY d")
    total, values = 0, []
    for r in rows:
        total += r["n"]
        values.append(float(total))
    return Series([r["d"][5:] for r in rows], values)


def rooms(fair: Fair, figures: ReceptionFigures | None = None) -> Series:
    """Attending guests, and those of them with a room (``figures``, the dashboard's own,
    saves reading them twice)."""
    r = figures or reception_figures(fair)
    return Series(["attending", "lodged"], [float(r.attending), float(r.lodged)])


def security_completion(fair: Fair, rows: list | None = None) -> Series:
    """Per department, the share of its checklist items done (percent)."""
    rows = security_figures(fair) if rows is None else rows
    return Series([d.code for d in rows],
                  [round(100 * d.done / d.total, 1) if d.total else 0.0 for d in rows])


def signing_by_county(fair: Fair) -> Series:
    """Per county, the signed total investment and its target, in 亿元."""
    rates = fair.rates
    signed: dict[str, Decimal] = {}
    for r in fair.rows("SELECT county_id, currency, sum(total_investment_cents) AS t FROM"
                       " signing_projects WHERE status = ? AND county_id IS NOT NULL"
                       " GROUP BY county_id, currency", [ProjectStatus.SIGNED]):
        signed[r["county_id"]] = signed.get(r["county_id"], Decimal(0)) + Money(
            r["t"], r["currency"]).to_cny(rates)
    # targets are in yuan (fen), as the dashboard's signing figures read them
    targets = {r["inviting_unit_id"]: Decimal(r["target_investment_cents"] or 0) / 100
               for r in fair.rows("SELECT inviting_unit_id, target_investment_cents"
                                  " FROM county_targets")}
    names = {r["id"]: r["name"] for r in fair.rows("SELECT id, name FROM inviting_units")}
    ids = sorted(set(signed) | set(targets), key=lambda i: names.get(i, ""))
    return Series([names.get(i, "?") for i in ids],
                  [float(yi(signed.get(i, Decimal(0)))) for i in ids],
                  [float(yi(targets.get(i, Decimal(0)))) for i in ids])
