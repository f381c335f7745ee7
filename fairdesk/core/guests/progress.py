"""What the committee follows up: replies outstanding, and each inviting unit against its target."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from fairdesk.base.i18n import t
from fairdesk.core.countries import is_foreign
from fairdesk.core.guests.invitations import ARRIVED_STATES, ATTENDING_STATES, INVITED_STATES
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.vocab import named

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row

_GUEST_COLUMNS = """g.id, g.ref_code, g.name, g.organisation, g.title, g.category, g.country,
    g.phone, g.state, g.letter_sent_on, g.replied_on, g.arrival_at, g.arrival_transport,
    g.inviting_unit_id, coalesce(u.name, '') AS unit_name,
    coalesce(u.name_en, '') AS unit_name_en"""


@dataclass
class FollowUp:
    """Guests to chase, each list of rows sorted by inviting unit then name.

    ``no_reply`` rows carry ``waiting_days`` (days since the letter was sent).
    """

    days: int
    today: date
    no_reply: list[Row] = field(default_factory=list)
    undecided: list[Row] = field(default_factory=list)
    no_arrival: list[Row] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.no_reply) + len(self.undecided) + len(self.no_arrival)


def _guests(fair: Fair, where: str, params: list) -> list[Row]:
    """The guests, ``unit_name`` in the interface's language."""
    rows = fair.rows(f"SELECT {_GUEST_COLUMNS} FROM guests g LEFT JOIN inviting_units u"
                     f" ON u.id = g.inviting_unit_id WHERE {where}"
                     " ORDER BY u.sort_order, u.name, g.search_key", params)
    for r in rows:
        r["unit_name"] = named(r, "unit_name")
    return rows


def follow_up(fair: Fair, *, days: int = 7, today: date | None = None) -> FollowUp:
    """Invited guests with no reply ``days`` after the letter (or with no letter date),
    undecided guests, and attending or confirmed guests with no arrival time."""
    today = today or fair.guests.today()
    cutoff = (today - timedelta(days=days)).isoformat()
    result = FollowUp(days, today)
    result.no_reply = _guests(
        fair, "g.state = ? AND (g.letter_sent_on IS NULL OR g.letter_sent_on <= ?)",
        [InvitationState.INVITED, cutoff])
    for row in result.no_reply:
        sent = row["letter_sent_on"]
        row["waiting_days"] = (today - date.fromisoformat(sent)).days if sent else None
    result.undecided = _guests(fair, "g.state = ?", [InvitationState.UNDECIDED])
    result.no_arrival = _guests(fair, "g.state IN (?, ?) AND g.arrival_at IS NULL",
                                [InvitationState.ATTENDING, InvitationState.CONFIRMED])
    return result


@dataclass
class UnitProgress:
    """One inviting unit's guests against its targets (``unit_id`` None: the total row,
    or guests with no inviting unit when ``is_total`` is False)."""

    unit_id: str | None
    name: str
    target: int = 0
    target_foreign: int = 0
    invited: int = 0
    attending: int = 0
    arrived: int = 0
    foreign_invited: int = 0
    foreign_attending: int = 0
    is_total: bool = False

    @property
    def percent(self) -> float | None:
        """Attending guests as a percentage of the target (None without a target)."""
        return round(100 * self.attending / self.target, 1) if self.target else None

    @property
    def foreign_percent(self) -> float | None:
        return (round(100 * self.foreign_attending / self.target_foreign, 1)
                if self.target_foreign else None)

    @property
    def shortfall(self) -> int:
        """Attending guests still missing to reach the target (0 once met)."""
        return max(0, self.target - self.attending)

    @property
    def foreign_shortfall(self) -> int:
        return max(0, self.target_foreign - self.foreign_attending)

    def add(self, other: UnitProgress) -> None:
        for name in ("target", "target_foreign", "invited", "attending", "arrived",
                     "foreign_invited", "foreign_attending"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def unit_progress(fair: Fair) -> list[UnitProgress]:
    """One row per inviting unit in their order, guests with no unit if any, then the total."""
    rows = {u["id"]: UnitProgress(u["id"], named(u), u["target_guests"], u["target_foreign"])
            for u in fair.rows("SELECT * FROM inviting_units ORDER BY sort_order, name")}
    loose = UnitProgress(None, t("（未指定邀请单位）", "(no inviting unit)"))
    counts = fair.rows("SELECT inviting_unit_id AS unit, country, state, count(*) AS n"
                       " FROM guests GROUP BY inviting_unit_id, country, state")
    for c in counts:
        target = rows.get(c["unit"], loose)
        foreign = is_foreign(c["country"])
        if c["state"] in INVITED_STATES:
            target.invited += c["n"]
            target.foreign_invited += c["n"] if foreign else 0
        if c["state"] in ATTENDING_STATES:
            target.attending += c["n"]
            target.foreign_attending += c["n"] if foreign else 0
        if c["state"] in ARRIVED_STATES:
            target.arrived += c["n"]
    result = list(rows.values())
    if loose.invited or loose.attending or any(c["unit"] is None for c in counts):
        result.append(loose)
    total = UnitProgress(None, t("合计", "Total"), is_total=True)
    for row in result:
        total.add(row)
    return [*result, total]
