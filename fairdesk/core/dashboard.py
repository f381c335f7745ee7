"""The figures on the dashboard, for every area, computed from the open fair.

Pure reads: the window and ``fairdesk info`` show the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from fairdesk.core.guests.invitations import (
    ARRIVED_STATES,
    ATTENDING_STATES,
    INVITED_STATES,
    REPLIED_STATES,
    sql_states,
)
from fairdesk.core.money import yi
from fairdesk.core.security.statuses import ChecklistStatus, RectificationStatus
from fairdesk.core.signing.statuses import ProjectStatus
from fairdesk.core.timeutil import fair_now_iso, to_fair_iso
from fairdesk.core.vocab import GUEST_CATEGORIES

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

INVITED, REPLIED, ATTENDING, ARRIVED = (INVITED_STATES, REPLIED_STATES, ATTENDING_STATES,
                                        ARRIVED_STATES)


def display_name(fair: Fair) -> str:
    """The fair's name in the current language (the Chinese name when there is no English)."""
    return fair.display_name


@dataclass
class GuestFigures:
    total: int = 0
    by_category: dict[str, dict[str, int]] = field(default_factory=dict)

    def column(self, key: str) -> int:
        return sum(c[key] for c in self.by_category.values())


BUCKETS = {"invited": INVITED, "replied": REPLIED, "attending": ATTENDING, "arrived": ARRIVED}


def guest_figures(fair: Fair) -> GuestFigures:
    """Guests per category: records, invited, replied, attending, arrived.

    One pass over the (category, state) index; the buckets are summed here.
    """
    counts: dict[str, dict[str, int]] = {}
    for r in fair.rows("SELECT category, state, count(*) AS n FROM guests "
                       "GROUP BY category, state"):
        cat = counts.setdefault(r["category"], dict.fromkeys(("total", *BUCKETS), 0))
        cat["total"] += r["n"]
        for bucket, states in BUCKETS.items():
            if r["state"] in states:
                cat[bucket] += r["n"]
    figures = GuestFigures()
    for cat in [*GUEST_CATEGORIES, *sorted(set(counts) - set(GUEST_CATEGORIES))]:
        if cat in counts:
            figures.by_category[cat] = counts[cat]
    figures.total = sum(c["total"] for c in figures.by_category.values())
    return figures


@dataclass
class ReceptionFigures:
    attending: int
    lodged: int  # attending guests with a room assigned
    stays: int
    hotels: int
    rooms: int
    trips: int
    vehicles: int
    drivers: int
    escorts: int
    escorted: int
    meal_sittings: int


def reception_figures(fair: Fair) -> ReceptionFigures:
    one = fair.scalar
    return ReceptionFigures(
        attending=one(f"SELECT count(*) FROM guests WHERE state IN {sql_states(ATTENDING)}"),
        # the distinct roomed guests first (a partial index), then their states
        lodged=one(f"""SELECT count(*) FROM (SELECT DISTINCT guest_id FROM stays
                   WHERE room_id IS NOT NULL AND companion_id IS NULL) s
                   JOIN guests g ON g.id = s.guest_id WHERE g.state IN {sql_states(ATTENDING)}"""),
        stays=fair.count("stays"), hotels=fair.count("hotels"), rooms=fair.count("rooms"),
        trips=fair.count("trips"), vehicles=fair.count("vehicles"),
        drivers=fair.count("drivers"), escorts=fair.count("escorts"),
        escorted=one("SELECT count(DISTINCT guest_id) FROM escort_assignments"),
        meal_sittings=fair.count("meal_sittings"),
    )


@dataclass
class DepartmentFigures:
    code: str
    name: str
    name_en: str
    total: int
    done: int
    overdue: int
    open_rectifications: int


def security_figures(fair: Fair, now: datetime | None = None) -> list[DepartmentFigures]:
    now_iso = to_fair_iso(now, fair.tz) if now else fair_now_iso(fair.tz)
    rows = fair.rows("""
        SELECT d.code, d.name, d.name_en, count(c.id) AS total,
          coalesce(sum(c.status IN (:done, :na)), 0) AS done,
          coalesce(sum(c.status = :open AND c.due_at IS NOT NULL AND c.due_at < :now), 0)
          + (SELECT count(*) FROM rectifications r JOIN inspections i ON i.id = r.inspection_id
             WHERE i.department_id = d.id AND r.status != :closed AND r.due_at < :now)
            AS overdue,
          (SELECT count(*) FROM rectifications r JOIN inspections i ON i.id = r.inspection_id
             WHERE i.department_id = d.id AND r.status != :closed) AS open_rect
        FROM departments d LEFT JOIN checklist_items c ON c.department_id = d.id
        GROUP BY d.id ORDER BY d.code""",
        {"now": now_iso, "done": ChecklistStatus.DONE, "na": ChecklistStatus.NA,
         "open": ChecklistStatus.OPEN, "closed": RectificationStatus.VERIFIED})
    return [DepartmentFigures(r["code"], r["name"], r["name_en"], r["total"], r["done"],
                              r["overdue"], r["open_rect"]) for r in rows]


@dataclass
class SigningFigures:
    projects: int
    signed: int
    foreign_yi: Decimal  # total investment of signed foreign-capital projects, 亿元
    domestic_yi: Decimal
    contract_yi: Decimal
    target_projects: int
    target_yi: Decimal
    target_foreign_yi: Decimal

    @property
    def total_yi(self) -> Decimal:
        return self.foreign_yi + self.domestic_yi


def signing_figures(fair: Fair) -> SigningFigures:
    """The signing desk's headline figures, from the same summary the leaders' paper prints
    (signed projects at their frozen CNY value; letters of intent as the fair's setting says)."""
    from fairdesk.core.signing.summary import signing_summary

    summary = signing_summary(fair)
    total = summary.total
    return SigningFigures(
        projects=fair.count("signing_projects", "status != ?", [ProjectStatus.CANCELLED]),
        signed=total.projects,
        foreign_yi=yi(total.foreign_fen / 100), domestic_yi=yi(total.domestic_fen / 100),
        contract_yi=yi(total.contract_fen / 100),
        target_projects=summary.target_projects
        or int(fair.setting("signing.target_projects") or 0),
        target_yi=yi((summary.target_total_fen
                      or Decimal(int(fair.setting("signing.target_total_cents") or 0))) / 100),
        target_foreign_yi=yi((summary.target_foreign_fen or Decimal(
            int(fair.setting("signing.target_foreign_cents") or 0))) / 100),
    )


@dataclass
class AgendaFigures:
    sessions: int
    days: int
    attendance: int
    venues: int


def agenda_figures(fair: Fair) -> AgendaFigures:
    return AgendaFigures(
        sessions=fair.count("agenda_sessions"),
        days=fair.scalar("SELECT count(DISTINCT substr(starts_at, 1, 10)) FROM agenda_sessions"),
        attendance=fair.count("attendance"), venues=fair.count("venues"))


def table_counts(fair: Fair) -> dict[str, int]:
    """Row counts of every record table, by area (``fairdesk info``)."""
    from fairdesk.storage.schema import AREA_TABLES
    return {table: fair.count(table) for tables in AREA_TABLES.values() for table in tables}


def guests_by_state(fair: Fair) -> dict[str, int]:
    """Guests in each invitation state, in the vocabulary's order (``fairdesk info``)."""
    from fairdesk.core.vocab import INVITATION_STATES

    found = {r["state"]: r["n"] for r in
             fair.rows("SELECT state, count(*) AS n FROM guests GROUP BY state")}
    ordered = {s: found.pop(s) for s in INVITATION_STATES if s in found}
    return {**ordered, **dict(sorted(found.items()))}
