"""What the signing page shows: the projects table (one read, filtered without the database)
and the totals of what the filter leaves."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, TypedDict

from fairdesk.core.guests.names import fold_text
from fairdesk.core.money import yi_text
from fairdesk.core.signing.statuses import ProjectStatus
from fairdesk.core.signing.summary import Figures, ProjectValue, project_values
from fairdesk.core.vocab import CAPITAL, CONTRACT_TYPES, PROJECT_STATUSES, SECTORS, label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


class ProjectRow(TypedDict):
    """One line of the projects table (read by key by the table model)."""

    id: str
    name: str
    name_en: str
    county_id: str | None
    county: str
    county_en: str
    sector: str
    sector_label: str
    contract_type: str
    document: str
    capital: str
    capital_label: str
    status: str
    stage: str
    investor: str
    country: str
    currency: str
    amount: str  # in its own currency, 万
    total_yi: str  # CNY, 亿元
    contract_yi: str
    total_fen: Decimal
    contract_fen: Decimal
    signed_at: str
    slot: str  # "session title #position" or ""
    search: str  # folded name, English name, investor, county


def project_rows(fair: Fair) -> list[ProjectRow]:
    """Every project (cancelled ones too), in name order."""
    values = {v.id: v for v in project_values(fair)}
    slots = {r["project_id"]: f"{r['title']} #{r['position']}" for r in fair.rows(
        "SELECT c.project_id, c.position, a.title FROM ceremony_slots c"
        " LEFT JOIN agenda_sessions a ON a.id = c.session_id")}
    out: list[ProjectRow] = []
    for r in fair.rows(
            "SELECT p.id, p.name, p.name_en, p.county_id, p.sector, p.contract_type, p.capital,"
            " p.status, p.investor, p.investor_country, p.currency, p.total_investment_cents,"
            " p.signed_at, u.name AS county, u.name_en AS county_en FROM signing_projects p"
            " LEFT JOIN inviting_units u ON u.id = p.county_id ORDER BY p.name"):
        v = values.get(r["id"])
        total = v.total_fen if v else Decimal(0)
        contract = v.contract_fen if v else Decimal(0)
        county = r["county"] or ""
        out.append(ProjectRow(
            id=r["id"], name=r["name"], name_en=r["name_en"] or "", county_id=r["county_id"],
            county=county, county_en=r["county_en"] or "", sector=r["sector"], sector_label=label(SECTORS, r["sector"]),
            contract_type=r["contract_type"],
            document=label(CONTRACT_TYPES, r["contract_type"]), capital=r["capital"],
            capital_label=label(CAPITAL, r["capital"]), status=r["status"],
            stage=label(PROJECT_STATUSES, r["status"]), investor=r["investor"] or "",
            country=r["investor_country"] or "", currency=r["currency"],
            amount=f"{Decimal(r['total_investment_cents']) / 1_000_000:,.2f}",
            total_yi=yi_text(total), contract_yi=yi_text(contract), total_fen=total,
            contract_fen=contract, signed_at=(r["signed_at"] or "")[:16].replace("T", " "),
            slot=slots.get(r["id"], ""),
            search=fold_text(" ".join((r["name"], r["name_en"] or "", r["investor"] or "",
                                       county, r["county_en"] or "")))))
    return out


@dataclass(frozen=True)
class ProjectFilter:
    """Empty fields filter nothing."""

    county_id: str = ""
    status: str = ""
    contract_type: str = ""
    capital: str = ""
    sector: str = ""
    text: str = ""

    def matches(self, row: ProjectRow) -> bool:
        for key in ("county_id", "status", "contract_type", "capital", "sector"):
            wanted = getattr(self, key)
            if wanted and row[key] != wanted:  # type: ignore[literal-required]
                return False
        return not self.text or fold_text(self.text) in row["search"]


def filtered(rows: list[ProjectRow], wanted: ProjectFilter) -> list[ProjectRow]:
    return [r for r in rows if wanted.matches(r)]


def totals(rows: list[ProjectRow]) -> Figures:
    """What the rows add up to, cancelled projects left out (every stage, document and
    capital the filter leaves is counted: the bar sums what the table shows)."""
    figures = Figures()
    for r in rows:
        if r["status"] == ProjectStatus.CANCELLED:
            continue
        figures.add(ProjectValue(r["id"], r["county_id"], r["sector"], r["contract_type"],
                                 r["capital"], r["status"], r["total_fen"], r["contract_fen"]))
    return figures
