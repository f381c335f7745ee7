"""The signing ceremony: projects, parties and signatories, county targets, running order."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import ConflictError, ValidationError
from fairdesk.core.countries import COUNTRIES
from fairdesk.core.entity import AreaService, Entity, Field, entities
from fairdesk.core.money import CURRENCIES, cny_fen, fen_half_up, parse_rate
from fairdesk.core.signing.statuses import ProjectStatus
from fairdesk.core.timeutil import to_fair_iso
from fairdesk.core.vocab import CAPITAL, CONTRACT_TYPES, PARTY_SIDES, PROJECT_STATUSES, SECTORS

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row, Tx

COUNTY_TARGET = Entity("county_targets", "县区签约目标", "County signing target", (
    Field("inviting_unit_id", "县（市、区）", "County", "ref", required=True, ref="inviting_units"),
    Field("target_projects", "项目数目标", "Target projects", "int", minimum=0),
    Field("target_investment_cents", "总投资目标（元）", "Target investment (CNY)", "money",
          minimum=0),
    Field("target_foreign_cents", "外资目标（元）", "Target foreign (CNY)", "money", minimum=0),
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
    # empty: derived from the investor's country or region (HK, MO, TW and abroad: foreign)
    Field("capital", "资金来源", "Capital", "choice", choices=tuple(CAPITAL)),
    Field("investor", "投资方", "Investor", max_len=200),
    Field("investor_country", "投资方国别", "Investor country", "choice",
          choices=tuple(COUNTRIES)),
    Field("total_investment_cents", "总投资（原币）", "Total investment (own currency)", "money",
          minimum=0),
    Field("contract_amount_cents", "合同金额（原币）", "Contract amount (own currency)", "money",
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
    Field("minutes", "用时（分钟）", "Minutes", "int", minimum=1),
), title="position", order_by="position")

WITNESS = Entity("ceremony_witnesses", "见证领导", "Witness", (
    Field("slot_id", "签约顺序", "Slot", "ref", required=True, ref="ceremony_slots"),
    Field("name", "姓名", "Name", required=True, max_len=100),
    Field("title", "职务", "Title", max_len=200),
    Field("guest_id", "嘉宾", "Guest", "ref", ref="guests"),
    Field("position", "排序", "Order", "int", minimum=1),
), order_by="position")

_AMOUNTS = ("total_investment_cents", "contract_amount_cents", "currency")


def capital_of(country: str) -> str:
    """Foreign capital comes from abroad and from Hong Kong, Macao and Taiwan."""
    return "domestic" if (country or "CN") == "CN" else "foreign"


class SigningService(AreaService):
    entities = entities(COUNTY_TARGET, PROJECT, PARTY, CEREMONY_SLOT, WITNESS)

    def before_write(self, tx: Tx, entity: str, current: Row | None, clean: dict) -> None:
        if entity == "ceremony_slots" and current is None and not clean.get("minutes"):
            clean["minutes"] = DEFAULT_SLOT_MINUTES
        if entity != "signing_projects":
            return
        merged = {**(current or {}), **clean}
        if not merged.get("capital"):
            clean["capital"] = capital_of(merged.get("investor_country") or "CN")
        if merged.get("currency") and merged["currency"] != "CNY" \
                and merged["currency"] not in self.fair.rates:
            raise ValidationError("currency", f"组委会尚未设定 {merged['currency']} 的汇率。",
                                  f"The committee has set no exchange rate for "
                                  f"{merged['currency']} yet.")
        clean.update(_frozen(self.fair, current, merged))

    def mark_signed(self, project_id: str, at: str | None = None) -> Changes:
        """The project is signed now (or ``at``): its CNY value is frozen at today's rate."""
        moment = at or to_fair_iso(datetime.now(UTC), self.fair.tz)
        return self.update("signing_projects", project_id, status=ProjectStatus.SIGNED,
                           signed_at=moment)

    def set_rate(self, currency: str, rate: str) -> Changes:
        """The committee's rate for ``currency`` (CNY per unit; audited as a setting change).

        Projects already signed keep the CNY value frozen at signing. Raises ValidationError.
        """
        code = (currency or "").strip().upper()
        if code not in CURRENCIES or code == "CNY":
            raise ValidationError("currency", f"“{currency}”不是可设汇率的币种"
                                  f"（{'、'.join(c for c in CURRENCIES if c != 'CNY')}）。",
                                  f"'{currency}' is not a currency with a rate "
                                  f"({', '.join(c for c in CURRENCIES if c != 'CNY')}).")
        try:
            value = parse_rate(rate)
        except ValueError:
            raise ValidationError("rate", f"汇率“{rate}”不是正数。",
                                  f"The rate '{rate}' is not a positive number.") from None
        rates = {k: str(v) for k, v in self.fair.rates.items()}
        with self.fair.transaction() as tx:
            if self.fair.stored_setting("money.rates") is None:  # the audit's "before" then
                self.fair.settings_set(tx, "money.rates", dict(rates))  # shows the defaults
            rates[code] = str(value)
            self.fair.settings_set(tx, "money.rates", rates)
        return tx.changes

    def move_slot(self, slot_id: str, new_position: int) -> Changes:
        """Put a slot at ``new_position`` (1-based) in its session; the others close up."""
        slot = self.fair.get("ceremony_slots", slot_id)
        order = [r["id"] for r in self.fair.rows(
            "SELECT id FROM ceremony_slots WHERE session_id IS ? ORDER BY position, id",
            [slot["session_id"]])]
        order.remove(slot_id)
        order.insert(max(0, min(new_position - 1, len(order))), slot_id)
        with self.fair.transaction() as tx:
            for position, sid in enumerate(order, 1):
                tx.update("ceremony_slots", sid, {"position": position})
        return tx.changes

    def place_project(self, project_id: str, session_id: str,
                      position: int | None = None) -> Changes:
        """Put a project into a session's running order (at the end, or at ``position``).

        Raises ConflictError when it already has a place in a running order."""
        if self.fair.scalar("SELECT 1 FROM ceremony_slots WHERE project_id = ?", [project_id]):
            raise ConflictError("该项目已在签约顺序中。",
                                "This project already has a place in a running order.")
        last = self.fair.scalar("SELECT coalesce(max(position), 0) FROM ceremony_slots"
                                " WHERE session_id = ?", [session_id])
        with self.fair.transaction() as tx:
            changes = self.create("ceremony_slots", session_id=session_id,
                                  project_id=project_id, position=last + 1)
            if position is not None:
                self.move_slot(changes.ids("ceremony_slots")[0], position)
        return tx.changes


DEFAULT_SLOT_MINUTES = 3


def _frozen(fair: Fair, current: Row | None, merged: dict) -> dict:
    """The CNY values to store: frozen when signed (at the rate of the day, or the rate it
    was signed at when its amounts are corrected later), cleared when no longer signed."""
    if merged.get("status") != ProjectStatus.SIGNED:
        return {"total_cny_fen": None, "contract_cny_fen": None, "rate_at_signing": ""}
    was_signed = current is not None and current.get("status") == ProjectStatus.SIGNED
    if was_signed and all(current.get(k) == merged.get(k) for k in _AMOUNTS) \
            and current.get("total_cny_fen") is not None:
        return {}
    currency = merged.get("currency") or "CNY"
    if was_signed and current.get("rate_at_signing") and current.get("currency") == currency:
        rate = Decimal(current["rate_at_signing"])
    else:
        rate = Decimal(1) if currency == "CNY" else fair.rates[currency]
    rates = {currency: rate}
    return {"total_cny_fen": fen_half_up(cny_fen(merged.get("total_investment_cents") or 0,
                                                 currency, rates)),
            "contract_cny_fen": fen_half_up(cny_fen(merged.get("contract_amount_cents") or 0,
                                                    currency, rates)),
            "rate_at_signing": str(rate)}
