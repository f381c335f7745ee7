"""The signing ceremony: projects, parties and signatories, county targets, running order."""

from __future__ import annotations

from typing import Any

from fairdesk.base.errors import ValidationError
from fairdesk.core.countries import COUNTRIES
from fairdesk.core.entity import AreaService, Entity, Field, entities
from fairdesk.core.money import CURRENCIES
from fairdesk.core.signing.statuses import ProjectStatus
from fairdesk.core.vocab import CAPITAL, CONTRACT_TYPES, PARTY_SIDES, PROJECT_STATUSES, SECTORS

COUNTY_TARGET = Entity("county_targets", "县区签约目标", "County signing target", (
    Field("inviting_unit_id", "县（市、区）", "County", "ref", required=True, ref="inviting_units"),
    Field("target_projects", "项目数目标", "Target projects", "int", minimum=0),
    Field("target_investment_cents", "总投资目标（分）", "Target investment (fen)", "cents",
          minimum=0),
    Field("target_foreign_cents", "外资目标（分）", "Target foreign (fen)", "cents", minimum=0),
    Field("currency", "币种", "Currency", "choice", choices=("CNY",)),
), title="inviting_unit_id")


def _contract_within_total(_fair: Any, v: dict) -> None:
    if (v.get("contract_amount_cents") or 0) > (v.get("total_investment_cents") or 0):
        raise ValidationError("contract_amount_cents", "合同金额不能超过总投资。",
                              "The contract amount cannot exceed the total investment.")


def _signed_has_date(_fair: Any, v: dict) -> None:
    if v.get("status") == ProjectStatus.SIGNED and not v.get("signed_at"):
        raise ValidationError("signed_at", "已签约项目须填写签约时间。",
                              "A signed project needs the signing time.")


PROJECT = Entity("signing_projects", "签约项目", "Signing project", (
    Field("name", "项目名称", "Project", required=True, max_len=200),
    Field("name_en", "英文名称", "English name", max_len=300),
    Field("county_id", "落户县区", "County", "ref", ref="inviting_units"),
    Field("sector", "产业领域", "Sector", "choice", required=True, choices=tuple(SECTORS)),
    Field("contract_type", "签约类型", "Document", "choice", required=True,
          choices=tuple(CONTRACT_TYPES)),
    Field("capital", "资金来源", "Capital", "choice", required=True, choices=tuple(CAPITAL)),
    Field("investor", "投资方", "Investor", max_len=200),
    Field("investor_country", "投资方国别", "Investor country", "choice",
          choices=tuple(COUNTRIES)),
    Field("total_investment_cents", "总投资（分）", "Total investment (cents)", "cents",
          minimum=0),
    Field("contract_amount_cents", "合同金额（分）", "Contract amount (cents)", "cents",
          minimum=0),
    Field("currency", "币种", "Currency", "choice", required=True, choices=CURRENCIES),
    Field("status", "状态", "Status", "choice", required=True, choices=tuple(PROJECT_STATUSES)),
    Field("signed_at", "签约时间", "Signed at", "datetime"),
    Field("notes", "备注", "Notes"),
), order_by="name", checks=(_contract_within_total, _signed_has_date))

PARTY = Entity("signing_parties", "签约方", "Signing party", (
    Field("project_id", "项目", "Project", "ref", required=True, ref="signing_projects"),
    Field("side", "签约方", "Side", "choice", required=True, choices=tuple(PARTY_SIDES)),
    Field("organisation", "单位", "Organisation", required=True, max_len=200),
    Field("signatory", "签约人", "Signatory", max_len=100),
    Field("signatory_title", "签约人职务", "Signatory's title", max_len=200),
    Field("guest_id", "嘉宾", "Guest", "ref", ref="guests"),
), title="organisation", order_by="side, organisation")

CEREMONY_SLOT = Entity("ceremony_slots", "签约顺序", "Ceremony order", (
    Field("session_id", "签约仪式", "Ceremony", "ref", ref="agenda_sessions"),
    Field("project_id", "项目", "Project", "ref", required=True, ref="signing_projects"),
    Field("position", "顺序", "Position", "int", required=True, minimum=1),
), title="position", order_by="position")


class SigningService(AreaService):
    entities = entities(COUNTY_TARGET, PROJECT, PARTY, CEREMONY_SLOT)
