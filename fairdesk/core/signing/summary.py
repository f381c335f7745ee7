"""The signing results the leaders and the press get: per county against its target, the
city's total, and the breakdowns (sector, document, capital, size).

Every figure is summed exactly in CNY fen (a Decimal): a signed project counts with the
value frozen when it was signed, the others at the fair's rates of today. Rounding happens
only when printed (:class:`Printed`): to 0.01 亿元, half-up. In a printed table each column's
lines are apportioned by largest remainder so they add up to the column's total as printed
(the total is the exact sum rounded half-up; a line is its exact value rounded down or up);
the total investment column is foreign + domestic as printed, so rows add up too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from fairdesk.base.i18n import language
from fairdesk.core.money import FEN_PER_YI, apportion, cny_fen, hundredths
from fairdesk.core.signing.statuses import ProjectStatus
from fairdesk.core.vocab import CAPITAL, CONTRACT_TYPES, SECTORS, label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

ZERO = Decimal(0)
OVER_5000_WAN = Decimal(5000 * 10_000 * 100)  # fen
OVER_1_YI = Decimal(FEN_PER_YI)
PLANNED = (ProjectStatus.PLANNED, ProjectStatus.READY)


@dataclass(frozen=True)
class ProjectValue:
    """One project's figures in CNY fen, exact."""

    id: str
    county_id: str | None
    sector: str
    contract_type: str
    capital: str
    status: str
    total_fen: Decimal
    contract_fen: Decimal


@dataclass
class Figures:
    """Totals of a group of projects, in CNY fen (exact)."""

    projects: int = 0
    foreign_fen: Decimal = ZERO
    domestic_fen: Decimal = ZERO
    contract_fen: Decimal = ZERO
    over_5000_wan: int = 0
    over_1_yi: int = 0

    @property
    def total_fen(self) -> Decimal:
        return self.foreign_fen + self.domestic_fen

    def add(self, p: ProjectValue) -> None:
        self.projects += 1
        if p.capital == "foreign":
            self.foreign_fen += p.total_fen
        else:
            self.domestic_fen += p.total_fen
        self.contract_fen += p.contract_fen
        self.over_5000_wan += p.total_fen >= OVER_5000_WAN
        self.over_1_yi += p.total_fen >= OVER_1_YI


@dataclass
class CountyLine:
    county_id: str | None
    name: str
    name_en: str
    target_projects: int = 0
    target_total_fen: Decimal = ZERO
    target_foreign_fen: Decimal = ZERO
    signed: Figures = field(default_factory=Figures)
    planned: Figures = field(default_factory=Figures)

    @property
    def label(self) -> str:
        return (self.name_en or self.name) if language() == "en" else self.name

    def percent(self, done: Decimal | int, target: Decimal | int) -> Decimal | None:
        """% of target achieved, one decimal; None without a target."""
        if not target:
            return None
        return (Decimal(done) * 100 / Decimal(target)).quantize(Decimal("0.1"))

    @property
    def projects_pct(self) -> Decimal | None:
        return self.percent(self.signed.projects, self.target_projects)

    @property
    def total_pct(self) -> Decimal | None:
        return self.percent(self.signed.total_fen, self.target_total_fen)

    @property
    def foreign_pct(self) -> Decimal | None:
        return self.percent(self.signed.foreign_fen, self.target_foreign_fen)

    @property
    def shortfall_projects(self) -> int:
        return max(0, self.target_projects - self.signed.projects)

    @property
    def shortfall_fen(self) -> Decimal:
        return max(ZERO, self.target_total_fen - self.signed.total_fen)


@dataclass
class SigningSummary:
    counties: list[CountyLine]
    total: Figures
    planned: Figures
    target_projects: int
    target_total_fen: Decimal
    target_foreign_fen: Decimal
    by_sector: dict[str, Figures]
    by_document: dict[str, Figures]
    by_capital: dict[str, Figures]
    intents: Figures  # signed letters of intent (counted in the totals only by the setting)
    intents_counted: bool
    rates: dict[str, Decimal]


def project_values(fair: Fair, rates: dict[str, Decimal] | None = None) -> list[ProjectValue]:
    """Every project not cancelled, valued in CNY fen (frozen if signed)."""
    rates = rates if rates is not None else fair.rates
    out = []
    for r in fair.db.execute(
            "SELECT id, county_id, sector, contract_type, capital, status, currency,"
            " total_investment_cents, contract_amount_cents, total_cny_fen, contract_cny_fen"
            " FROM signing_projects WHERE status != ?", [ProjectStatus.CANCELLED]).fetchall():
        pid, county, sector, doc, capital, status, cur, total, contract, ftotal, fcontract = r
        signed = status == ProjectStatus.SIGNED and ftotal is not None
        out.append(ProjectValue(
            pid, county, sector, doc, capital, status,
            Decimal(ftotal) if signed else _value(total, cur, rates),
            Decimal(fcontract) if signed else _value(contract, cur, rates)))
    return out


def _value(cents: int, currency: str, rates: dict[str, Decimal]) -> Decimal:
    try:
        return cny_fen(cents or 0, currency, rates)
    except KeyError:  # no rate set yet: the project is listed, its amount cannot be summed
        return ZERO


def signing_summary(fair: Fair) -> SigningSummary:
    """All the figures, from one read of the projects and the targets."""
    rates = fair.rates
    count_intents = bool(fair.setting("signing.count_intents"))
    counties = _county_lines(fair)
    by_id = {c.county_id: c for c in counties}
    total, planned, intents = Figures(), Figures(), Figures()
    groups: dict[str, dict[str, Figures]] = {k: defaultdict(Figures)
                                             for k in ("sector", "document", "capital")}
    for p in project_values(fair, rates):
        intent = p.contract_type == "intent"
        if intent and p.status == ProjectStatus.SIGNED:
            intents.add(p)
        if intent and not count_intents:
            continue
        line = by_id.get(p.county_id) or _unplaced(counties, by_id, p.county_id)
        if p.status == ProjectStatus.SIGNED:
            total.add(p)
            line.signed.add(p)
            groups["sector"][p.sector].add(p)
            groups["document"][p.contract_type].add(p)
            groups["capital"][p.capital].add(p)
        elif p.status in PLANNED:
            planned.add(p)
            line.planned.add(p)
    return SigningSummary(
        counties=counties, total=total, planned=planned,
        target_projects=sum(c.target_projects for c in counties),
        target_total_fen=sum((c.target_total_fen for c in counties), ZERO),
        target_foreign_fen=sum((c.target_foreign_fen for c in counties), ZERO),
        by_sector=_ordered(groups["sector"], SECTORS),
        by_document=_ordered(groups["document"], CONTRACT_TYPES),
        by_capital=_ordered(groups["capital"], CAPITAL),
        intents=intents, intents_counted=count_intents, rates=rates)


def _county_lines(fair: Fair) -> list[CountyLine]:
    """Every county (an inviting unit of kind county, or one with a target), in name order."""
    lines = []
    for r in fair.rows(
            "SELECT u.id, u.name, u.name_en, t.target_projects, t.target_investment_cents,"
            " t.target_foreign_cents FROM inviting_units u"
            " LEFT JOIN county_targets t ON t.inviting_unit_id = u.id"
            " WHERE u.kind = 'county' OR t.id IS NOT NULL"
            " OR u.id IN (SELECT county_id FROM signing_projects) ORDER BY u.name"):
        lines.append(CountyLine(r["id"], r["name"], r["name_en"] or "",
                                int(r["target_projects"] or 0),
                                Decimal(r["target_investment_cents"] or 0),
                                Decimal(r["target_foreign_cents"] or 0)))
    return lines


def _unplaced(counties: list[CountyLine], by_id: dict, county_id: str | None) -> CountyLine:
    line = CountyLine(county_id, "（未填县区）", "(no county)")
    counties.append(line)
    by_id[county_id] = line
    return line


def _ordered(groups: dict[str, Figures], vocab: dict) -> dict[str, Figures]:
    keys = [k for k in vocab if k in groups] + sorted(k for k in groups if k not in vocab)
    return {k: groups[k] for k in keys}


def group_label(kind: str, code: str) -> str:
    vocab = {"sector": SECTORS, "document": CONTRACT_TYPES, "capital": CAPITAL}[kind]
    return label(vocab, code)


@dataclass(frozen=True)
class PrintedLine:
    """One line of a printed table: 亿元 figures as text with two decimals."""

    label: str
    projects: int
    total: str
    foreign: str
    domestic: str
    contract: str


def printed(labels: list[str], figures: list[Figures], total_label: str
            ) -> tuple[list[PrintedLine], PrintedLine]:
    """Lines and total as printed (see the module's note): the columns add up."""
    foreign, foreign_total = apportion([f.foreign_fen for f in figures])
    domestic, domestic_total = apportion([f.domestic_fen for f in figures])
    contract, contract_total = apportion([f.contract_fen for f in figures])
    lines = [PrintedLine(name, f.projects, hundredths(fo + do), hundredths(fo), hundredths(do),
                         hundredths(co))
             for name, f, fo, do, co in zip(labels, figures, foreign, domestic, contract,
                                            strict=True)]
    total = PrintedLine(total_label, sum(f.projects for f in figures),
                        hundredths(foreign_total + domestic_total), hundredths(foreign_total),
                        hundredths(domestic_total), hundredths(contract_total))
    return lines, total


def printed_total(figures: Figures) -> PrintedLine:
    """One group's figures as a total line prints them: the total investment is foreign +
    domestic as printed, so a sentence (press figures, the MC's closing) says the same
    numbers as the summary's total line, and its parts add up."""
    return printed([""], [figures], "")[1]
