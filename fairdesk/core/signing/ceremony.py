"""The ceremony's running order as the desk, the backstage sheet and the MC read it.

Each signing session of the agenda holds slots in order; a slot's time is the session's
start plus the minutes of the slots before it. :func:`running_order` reads it all at once
(projects, both sides' signatories with their guest record, witnesses) and
:func:`check_order` says what is wrong, with a reason per slot: a signatory who is not
attending or has not arrived yet, one person signing in two slots at once, a slot with no
signatory, a project not marked ready.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from fairdesk.base.errors import NotFoundError
from fairdesk.base.i18n import language, t
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.money import cny_fen
from fairdesk.core.signing.statuses import ProjectStatus

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

NOT_ATTENDING = (InvitationState.DECLINED, InvitationState.CANCELLED, InvitationState.DEPARTED)


class Severity(enum.StrEnum):
    #: The slot cannot go on stage as it is.
    ERROR = "error"
    #: Something to confirm before the ceremony.
    WARNING = "warning"


@dataclass(frozen=True)
class Signatory:
    side: str
    organisation: str
    name: str
    title: str
    guest_id: str | None
    guest_state: str | None  # None when the signatory is not a guest of the fair
    name_latin: str = ""  # the guest's own romanisation, when the signatory is a guest


@dataclass(frozen=True)
class Witness:
    name: str
    title: str


@dataclass(frozen=True)
class Issue:
    slot_id: str
    severity: Severity
    text: str


@dataclass
class Slot:
    id: str
    position: int
    minutes: int
    starts_at: datetime
    project_id: str
    name: str
    name_en: str
    county: str
    county_en: str
    investor: str
    investor_country: str
    capital: str
    contract_type: str
    status: str
    currency: str
    total_cents: int
    contract_cents: int
    total_fen: Decimal
    contract_fen: Decimal
    signatories: list[Signatory] = field(default_factory=list)
    witnesses: list[Witness] = field(default_factory=list)

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)

    @property
    def project_label(self) -> str:
        return (self.name_en or self.name) if language() == "en" else self.name

    @property
    def county_label(self) -> str:
        return (self.county_en or self.county) if language() == "en" else self.county


@dataclass
class RunningOrder:
    session_id: str
    title: str
    title_en: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    host: str
    slots: list[Slot]
    venue_en: str = ""  # ``venue`` is the venue's Chinese name (the MC's script reads it)

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.slots)

    @property
    def label(self) -> str:
        return (self.title_en or self.title) if language() == "en" else self.title

    @property
    def venue_label(self) -> str:
        return (self.venue_en or self.venue) if language() == "en" else self.venue


def signing_sessions(fair: Fair) -> list[dict]:
    """The agenda's signing sessions, in time order (id, title, title_en, starts_at)."""
    return fair.rows("SELECT id, title, title_en, starts_at, ends_at FROM agenda_sessions"
                     " WHERE kind = 'signing' ORDER BY starts_at, title")


def find_session(fair: Fair, text: str | None) -> str:
    """A signing session by id, title or 1-based number; the first one without ``text``.

    Raises NotFoundError."""
    sessions = signing_sessions(fair)
    if not sessions:
        raise NotFoundError("议程中没有签约仪式。", "The agenda has no signing session.")
    if not text:
        return sessions[0]["id"]
    for i, s in enumerate(sessions, 1):
        if text in (s["id"], s["title"], s["title_en"], str(i)):
            return s["id"]
    raise NotFoundError(f"找不到签约仪式“{text}”。", f"No signing session '{text}'.")


def running_order(fair: Fair, session_id: str) -> RunningOrder:
    """The session's slots in order with their times. Raises NotFoundError."""
    session = fair.get("agenda_sessions", session_id)
    found = fair.rows("SELECT name, name_en FROM venues WHERE id = ?", [session["venue_id"]])
    venue, venue_en = (found[0]["name"], found[0]["name_en"] or "") if found else ("", "")
    start = datetime.fromisoformat(session["starts_at"])
    slots = _slots(fair, session_id, start)
    _attach_people(fair, slots)
    return RunningOrder(session_id, session["title"], session["title_en"] or "", start,
                        datetime.fromisoformat(session["ends_at"]), venue, session["host"] or "",
                        slots, venue_en)


def _slots(fair: Fair, session_id: str, start: datetime) -> list[Slot]:
    rates = fair.rates
    slots, at = [], start
    for r in fair.rows(
            "SELECT c.id, c.position, c.minutes, p.id AS pid, p.name, p.name_en, p.investor,"
            " p.investor_country, p.capital, p.contract_type, p.status, p.currency,"
            " p.total_investment_cents AS tc, p.contract_amount_cents AS cc, p.total_cny_fen,"
            " p.contract_cny_fen, u.name AS county, u.name_en AS county_en"
            " FROM ceremony_slots c JOIN signing_projects p ON p.id = c.project_id"
            " LEFT JOIN inviting_units u ON u.id = p.county_id"
            " WHERE c.session_id = ? ORDER BY c.position, c.id", [session_id]):
        frozen = r["status"] == ProjectStatus.SIGNED and r["total_cny_fen"] is not None
        minutes = int(r["minutes"] or 3)
        slots.append(Slot(
            r["id"], r["position"], minutes, at, r["pid"], r["name"], r["name_en"] or "",
            r["county"] or "", r["county_en"] or "", r["investor"] or "",
            r["investor_country"] or "", r["capital"], r["contract_type"], r["status"],
            r["currency"], r["tc"], r["cc"],
            Decimal(r["total_cny_fen"]) if frozen else _fen(r["tc"], r["currency"], rates),
            Decimal(r["contract_cny_fen"]) if frozen else _fen(r["cc"], r["currency"], rates)))
        at += timedelta(minutes=minutes)
    return slots


def _fen(cents: int, currency: str, rates: dict[str, Decimal]) -> Decimal:
    try:
        return cny_fen(cents or 0, currency, rates)
    except KeyError:
        return Decimal(0)


def _attach_people(fair: Fair, slots: list[Slot]) -> None:
    by_project = {s.project_id: s for s in slots}
    by_id = {s.id: s for s in slots}
    for r in fair.rows_in(
            "SELECT p.project_id, p.side, p.organisation, p.signatory, p.signatory_title,"
            " p.guest_id, g.name, g.title, g.state, g.name_latin FROM signing_parties p"
            " LEFT JOIN guests g ON g.id = p.guest_id WHERE p.project_id IN (?...)"
            " ORDER BY p.side, p.organisation", list(by_project)):
        by_project[r["project_id"]].signatories.append(Signatory(
            r["side"], r["organisation"], r["name"] or r["signatory"] or "",
            r["title"] or r["signatory_title"] or "", r["guest_id"], r["state"],
            r["name_latin"] or ""))
    for r in fair.rows_in("SELECT slot_id, name, title FROM ceremony_witnesses"
                          " WHERE slot_id IN (?...) ORDER BY position, name", list(by_id)):
        by_id[r["slot_id"]].witnesses.append(Witness(r["name"], r["title"]))


def check_order(fair: Fair, order: RunningOrder, others: list[RunningOrder] | None = None
                ) -> list[Issue]:
    """Every problem of the running order, slot by slot; ``others`` are the other sessions
    (a person signing there at the same time clashes)."""
    arrived = _arrived(fair, [s.guest_id for slot in order.slots for s in slot.signatories
                              if s.guest_id])
    issues: list[Issue] = []
    for slot in order.slots:
        issues += _slot_issues(slot, arrived)
    issues += _clashes(order, others or [])
    if order.slots and order.slots[-1].ends_at > order.ends_at:
        last = order.slots[-1]
        issues.append(Issue(last.id, Severity.WARNING, t(
            "签约用时超出仪式结束时间（{end}）。", "The signings run past the session's end ({end}).",
            end=order.ends_at.strftime("%H:%M"))))
    return issues


def _arrived(fair: Fair, guest_ids: list[str]) -> set[str]:
    """Guests checked in (报到) or signed in at a session: they are here."""
    rows = fair.rows_in("SELECT DISTINCT guest_id FROM check_ins WHERE undone_at IS NULL"
                        " AND guest_id IN (?...)", guest_ids)
    rows += fair.rows_in("SELECT DISTINCT guest_id FROM attendance WHERE guest_id IN (?...)",
                         guest_ids)
    return {r["guest_id"] for r in rows}


def _slot_issues(slot: Slot, arrived: set[str]) -> list[Issue]:
    out = []
    if slot.status == ProjectStatus.PLANNED:
        out.append(Issue(slot.id, Severity.WARNING, t("项目尚未标记为拟签约。",
                                                      "The project is not marked ready to sign.")))
    elif slot.status == ProjectStatus.CANCELLED:
        out.append(Issue(slot.id, Severity.ERROR, t("项目已取消。", "The project is cancelled.")))
    named = [s for s in slot.signatories if s.name]
    if not named:
        out.append(Issue(slot.id, Severity.ERROR, t("没有签约人。", "No signatory.")))
    for side in ("investor", "local"):
        if named and not any(s.side == side for s in named):
            out.append(Issue(slot.id, Severity.ERROR, t(
                "缺少{side}签约人。", "No signatory for the {side}.",
                side=t("投资方", "investor") if side == "investor" else t("地方", "local party"))))
    for s in named:
        if s.guest_id and s.guest_state in NOT_ATTENDING:
            out.append(Issue(slot.id, Severity.ERROR, t(
                "签约人{name}不参会。", "Signatory {name} is not attending.", name=s.name)))
        elif s.guest_id and s.guest_id not in arrived and s.guest_state != "arrived":
            out.append(Issue(slot.id, Severity.WARNING, t(
                "签约人{name}尚未报到。", "Signatory {name} has not arrived yet.", name=s.name)))
    return out


def _person(s: Signatory) -> str:
    return s.guest_id or f"{s.name}|{s.organisation}"


def _clashes(order: RunningOrder, others: list[RunningOrder]) -> list[Issue]:
    """A person in two slots whose times overlap (in this session or another)."""
    times: dict[str, list[tuple[Slot, bool, str]]] = defaultdict(list)
    for o in [order, *others]:
        for slot in o.slots:
            for s in slot.signatories:
                if s.name:
                    times[_person(s)].append((slot, o is order, s.name))
    out = []
    for slots in times.values():
        for a, mine, name in slots:
            for b, _, _ in slots:
                if mine and a.id != b.id and a.starts_at < b.ends_at and b.starts_at < a.ends_at:
                    out.append(Issue(a.id, Severity.ERROR, t(
                        "{name}同时在另一项签约（第 {n} 项，{at}）。",
                        "{name} signs in another slot at the same time (No. {n}, {at}).",
                        name=name, n=b.position, at=b.starts_at.strftime("%H:%M"))))
    return out


def all_orders(fair: Fair) -> list[RunningOrder]:
    return [running_order(fair, s["id"]) for s in signing_sessions(fair)]


def checked_order(fair: Fair, session_id: str) -> tuple[RunningOrder, list[Issue]]:
    """The session's running order and its issues (clashes with every other session too)."""
    orders = all_orders(fair)
    mine = next((o for o in orders if o.session_id == session_id), None)
    if mine is None:
        mine = running_order(fair, session_id)
    return mine, check_order(fair, mine, [o for o in orders if o is not mine])


def unplaced_projects(fair: Fair) -> list[dict]:
    """Projects ready or signed with no place in any running order (id, name, status)."""
    return fair.rows("SELECT p.id, p.name, p.name_en, p.status FROM signing_projects p"
                     " WHERE p.status IN (?, ?) AND NOT EXISTS (SELECT 1 FROM ceremony_slots c"
                     " WHERE c.project_id = p.id) ORDER BY p.name",
                     [ProjectStatus.READY, ProjectStatus.PLANNED])
