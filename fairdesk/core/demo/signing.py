"""Signing projects, their parties, each county's target and the ceremonies' running order."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from decimal import Decimal
from itertools import cycle
from typing import TYPE_CHECKING

from fairdesk.core.demo import data
from fairdesk.core.demo.base import DAY1, DAY2, Demo, Weights, at, iso, minutes
from fairdesk.core.demo.people import chinese_name
from fairdesk.core.money import fen_half_up

if TYPE_CHECKING:
    from fairdesk.core.demo.guests import Guest

CONTRACTS = Weights((("contract", 60), ("agreement", 30), ("intent", 10)))
FOREIGN_SHARE = 0.38
_EURO = {"DE", "FR", "IT", "NL"}
SIGNING_STARTS = at(DAY1, 14, 30)
_NOTES = ("外方董事长出席签约", "需同声传译", "签约文本已审核", "", "", "", "")


def build_signing(demo: Demo) -> None:
    rng = demo.rng("signing")
    counties = [u for u in demo.refs["units"] if u["kind"] == "county"]
    leaders = {c["id"]: chinese_name(rng, "M" if rng.random() < 0.8 else "F") for c in counties}
    pools = {"foreign": _investors(demo, rng, foreign=True),
             "domestic": _investors(demo, rng, foreign=False)}
    rates = {k: float(v) for k, v in demo.fair.rates.items()}
    names: set[str] = set()
    projects = []
    count = min(60, 30 + demo.size // 300)
    for status, capital in _quotas(rng, count):
        county = rng.choice(counties)
        investor = next(pools[capital])
        project = _project(demo, rng, county, (status, capital), investor, rates, names)
        _parties(demo, project, investor, county, leaders[county["id"]])
        projects.append(project)
    _one_in_hkd(projects, rates)
    _running_order(demo, projects, rates)
    _freeze_signed(projects, demo.fair.rates)
    _witnesses(demo, rng)
    _signatories_signed_in(demo, projects)
    _problems(demo, projects)
    _targets(demo, rng, counties, projects, rates)


def _quotas(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(status, capital) of each project: fixed shares, in random order."""
    cancelled, planned = max(1, count // 20), max(2, count // 10)
    ready = round(count * 0.3)
    statuses = (["cancelled"] * cancelled + ["planned"] * planned + ["ready"] * ready
                + ["signed"] * (count - cancelled - planned - ready))
    foreign = round(count * FOREIGN_SHARE)
    capitals = ["foreign"] * foreign + ["domestic"] * (count - foreign)
    rng.shuffle(statuses)
    rng.shuffle(capitals)
    return list(zip(statuses, capitals, strict=True))


def _investors(demo: Demo, rng: random.Random, *, foreign: bool) -> Iterator[Guest | None]:
    """Arrived investors of distinct organisations, round and round."""
    seen: set[str] = set()
    found = []
    for guest in demo.refs["guests"]:
        if (_present(guest) and guest.category in ("investor", "vip")
                and (guest.country != "CN") == foreign and guest.organisation not in seen):
            seen.add(guest.organisation)
            found.append(guest)
    rng.shuffle(found)
    return cycle(found or [None])


def _present(guest: Guest) -> bool:
    """Here for both signing sessions: checked in before the first, leaving after the second."""
    return (guest.state == "arrived" and guest.checked_in is not None
            and guest.checked_in < SIGNING_STARTS
            and (guest.departure is None or guest.departure > at(DAY2, 17)))


def _project(demo: Demo, rng: random.Random, county: dict, kind: tuple[str, str],
             investor: Guest | None, rates: dict[str, float], names: set[str]) -> dict:
    status, capital = kind
    sector = rng.choice(list(data.PROJECTS))
    name, name_en = rng.choice(data.PROJECTS[sector])
    name, name_en = name.format(c=county["name"]), name_en.format(e=county["name_en"])
    if name in names:
        name, name_en = name.replace("项目", "（二期）项目"), name_en + " (Phase II)"
    names.add(name)
    country = investor.country if investor else ("US" if capital == "foreign" else "CN")
    currency = _currency(rng, country) if capital == "foreign" else "CNY"
    total, contract = _amounts(rng, rates.get(currency, 1.0))
    return demo.add(
        "signing_projects", name=name, name_en=name_en, county_id=county["id"], sector=sector,
        contract_type=CONTRACTS.pick(rng), capital=capital,
        investor=investor.organisation if investor else "Demo Capital Ltd.",
        investor_country=country, total_investment_cents=total,
        contract_amount_cents=contract, currency=currency, status=status, signed_at=None,
        notes=rng.choice(_NOTES))


def _currency(rng: random.Random, country: str) -> str:
    if country in ("HK", "MO"):
        return "HKD"
    if country in _EURO and rng.random() < 0.6:
        return "EUR"
    return "USD"


def _amounts(rng: random.Random, rate: float) -> tuple[int, int]:
    """Total investment from 0.5 to 100 亿 CNY (log-uniform), in cents of the currency."""
    yuan = math.exp(rng.uniform(math.log(0.5e8), math.log(100e8)))
    units = round(yuan / rate / 1e6) * 1_000_000 or 1_000_000  # whole millions
    contract = round(units * rng.uniform(0.35, 1.0) / 1e4) * 10_000
    return units * 100, min(contract, units) * 100


def _parties(demo: Demo, project: dict, investor: Guest | None, county: dict,
             leader: str) -> None:
    demo.add("signing_parties", project_id=project["id"], side="investor",
             organisation=project["investor"], signatory=investor.name if investor else "",
             signatory_title=investor.title if investor else "",
             guest_id=investor.id if investor else None)
    title, organisation = _local_party(county["name"])
    demo.add("signing_parties", project_id=project["id"], side="local",
             organisation=organisation, signatory=leader, signatory_title=title, guest_id=None)


def _local_party(county: str) -> tuple[str, str]:
    if county.endswith("高新区"):
        return "管委会主任", f"海滨{county}管理委员会"
    title = {"区": "区长", "县": "县长", "市": "市长"}[county[-1]]
    return title, f"{county}人民政府"


def _running_order(demo: Demo, projects: list[dict], rates: dict[str, float]) -> None:
    """Signed projects on day 1 (largest first), ready ones at the county session on day 2."""
    sessions = demo.refs["sessions"]
    for status, session in (("signed", "signing"), ("ready", "signing2")):
        chosen = sorted((p for p in projects if p["status"] == status),
                        key=lambda p: -_cny(p, rates))
        for position, project in enumerate(chosen, 1):
            demo.add("ceremony_slots", session_id=sessions[session]["id"],
                     project_id=project["id"], position=position, minutes=3 + (position == 1))
            if status == "signed":
                project["signed_at"] = iso(at(DAY1, 14, 40) + minutes(3 * position))


def _signatories_signed_in(demo: Demo, projects: list[dict]) -> None:
    """Investors who signed on day 1 were at the ceremony: their sign-in is recorded."""
    session = demo.refs["sessions"]["signing"]["id"]
    present = {g.id for g in demo.refs["attended"].setdefault("signing", [])}
    signed = {p["id"] for p in projects if p["status"] == "signed"}
    for party in demo.rows["signing_parties"]:
        guest_id = party["guest_id"]
        if party["project_id"] in signed and guest_id and guest_id not in present:
            present.add(guest_id)
            demo.add("attendance", session_id=session, guest_id=guest_id,
                     at=iso(SIGNING_STARTS - minutes(20)), desk="会场入口",
                     operator=demo.refs["operator_names"][-1])


def _one_in_hkd(projects: list[dict], rates: dict[str, float]) -> None:
    """The committees' figures always have a Hong Kong project: make sure one is in HKD."""
    if any(p["currency"] == "HKD" for p in projects):
        return
    project = next(p for p in projects if p["capital"] == "foreign")
    factor = rates["USD"] / rates["HKD"]
    project.update(currency="HKD", investor_country="HK",
                   total_investment_cents=round(project["total_investment_cents"] * factor, -8),
                   contract_amount_cents=round(project["contract_amount_cents"] * factor, -8))
    project["contract_amount_cents"] = min(project["contract_amount_cents"],
                                           project["total_investment_cents"])


def _freeze_signed(projects: list[dict], rates: dict[str, Decimal]) -> None:
    """Signed projects keep their CNY value at the rate of the day they were signed."""
    for p in projects:
        if p["status"] != "signed":
            continue
        rate = Decimal(1) if p["currency"] == "CNY" else rates[p["currency"]]
        p.update(rate_at_signing=str(rate),
                 total_cny_fen=fen_half_up(Decimal(p["total_investment_cents"]) * rate),
                 contract_cny_fen=fen_half_up(Decimal(p["contract_amount_cents"]) * rate))


_WITNESS_TITLES = (("市委书记", 0.8), ("市长", 0.8), ("省商务厅副厅长", 0.4))


def _witnesses(demo: Demo, rng: random.Random) -> None:
    """The city's leaders witness the signings: two or three per slot, in protocol order."""
    leaders = [(chinese_name(rng, "M"), title, share) for title, share in _WITNESS_TITLES]
    for slot in demo.rows["ceremony_slots"]:
        chosen = [(name, title) for name, title, share in leaders if rng.random() < share]
        for position, (name, title) in enumerate(chosen or [leaders[1][:2]], 1):
            demo.add("ceremony_witnesses", slot_id=slot["id"], name=name, title=title,
                     guest_id=None, position=position)


def _problems(demo: Demo, projects: list[dict]) -> None:
    """Left for the desk to fix in the county session: an investor's signatory who has not
    arrived, a slot whose investor named no signatory, a project not yet marked ready."""
    session = demo.refs["sessions"]["signing2"]["id"]
    slots = [s for s in demo.rows["ceremony_slots"] if s["session_id"] == session]
    if len(slots) < 3:
        return
    parties = {(p["project_id"], p["side"]): p for p in demo.rows["signing_parties"]}
    waiting = next((g for g in demo.refs["guests"] if g.category == "investor"
                    and g.state in ("attending", "confirmed")), None)
    first = parties[(slots[0]["project_id"], "investor")]
    if waiting is not None:
        first.update(signatory=waiting.name, signatory_title=waiting.title, guest_id=waiting.id)
    blank = parties[(slots[1]["project_id"], "investor")]
    blank.update(signatory="", signatory_title="", guest_id=None)
    unready = next((p for p in projects if p["status"] == "planned"), None)
    if unready is not None:
        demo.add("ceremony_slots", session_id=session, project_id=unready["id"],
                 position=len(slots) + 1, minutes=3)


def _cny(project: dict, rates: dict[str, float]) -> float:
    return project["total_investment_cents"] / 100 * rates.get(project["currency"], 1.0)


def _targets(demo: Demo, rng: random.Random, counties: list[dict], projects: list[dict],
             rates: dict[str, float]) -> None:
    for county in counties:
        mine = [p for p in projects
                if p["county_id"] == county["id"] and p["status"] != "cancelled"]
        total = sum(_cny(p, rates) for p in mine) * rng.uniform(0.8, 1.25) or 5e8
        yi = max(1, round(total / 1e8))
        demo.add("county_targets", inviting_unit_id=county["id"],
                 target_projects=max(2, len(mine) + rng.randint(-1, 2)),
                 target_investment_cents=yi * 10**10,
                 target_foreign_cents=round(yi * rng.uniform(0.25, 0.45)) * 10**10,
                 currency="CNY")
