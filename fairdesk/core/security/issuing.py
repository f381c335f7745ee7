"""Issuing checklists: the active templates applied to sites, due from the opening day.

An item copies its template's text and remembers the template and its version; a
site never gets the same template twice, so issuing again only adds what is new.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import ConflictError, NotFoundError, ValidationError
from fairdesk.core.security.default_templates import DEFAULT_TEMPLATES
from fairdesk.core.security.statuses import ChecklistStatus
from fairdesk.core.timeutil import to_fair_iso
from fairdesk.core.vocab import DEPARTMENTS

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row, Tx

DUE_HOUR = time(18, 0)  # an item due "N days before opening" is due that evening


@dataclass(frozen=True)
class Issued:
    items: int
    sites: int
    changes: Changes


def ensure_departments(tx: Tx) -> dict[str, Row]:
    """The fair's departments by code, the seven of the security order added if missing."""
    have = {r["code"]: r for r in tx.fair.rows("SELECT * FROM departments")}
    for code, (zh, en) in DEPARTMENTS.items():
        if code not in have:
            have[code] = tx.insert("departments", {"code": code, "name": zh, "name_en": en})
    return have


def opening_day(fair: Fair) -> date:
    """The fair's opening day. Raises ValidationError when it is not set."""
    text = fair.setting("fair.starts_on")
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise ValidationError("fair.starts_on", "请先在投洽会设置中填写开幕日期。",
                              "Set the fair's opening day first (fair settings).") from None


def due_at(fair: Fair, opening: date, days_before: int) -> str:
    return to_fair_iso(datetime.combine(opening - timedelta(days=days_before), DUE_HOUR), fair.tz)


def department_code(text: Any) -> str | None:
    """A department's code from its code, Chinese or English name; None if none matches."""
    value = str(text or "").strip()
    for code, (zh, en) in DEPARTMENTS.items():
        if value.lower() in (code, zh, en.lower()) or (value and value in zh):
            return code
    return None


def find_site(fair: Fair, wanted: str) -> Row:
    """A site by id or name (Chinese or English). Raises NotFoundError."""
    found = fair.rows("SELECT * FROM sites WHERE id = ? OR name = ? OR name_en = ?",
                      [wanted, wanted, wanted])
    if not found:
        raise NotFoundError(f"找不到点位“{wanted}”。", f"No site '{wanted}'.")
    return found[0]


def find_department(fair: Fair, wanted: str) -> Row:
    """A department by id, code, or name. Raises NotFoundError."""
    code = department_code(wanted)
    found = fair.rows("SELECT * FROM departments WHERE id = ? OR code = ? OR name = ?",
                      [wanted, code or wanted, wanted])
    if not found:
        raise NotFoundError(f"找不到责任部门“{wanted}”。", f"No department '{wanted}'.")
    return found[0]


def insert_default_templates(tx: Tx, fair: Fair) -> None:
    """The bundled templates (and the seven departments), in a fair that has no template."""
    ensure_departments(tx)
    if not fair.count("checklist_templates"):
        tx.insert_many("checklist_templates", [
            {"department_code": d, "title": title, "title_en": en, "requirement": req,
             "requirement_en": req_en, "site_kinds": kinds, "due_days": days,
             "position": i, "version": 1, "active": 1}
            for i, (d, title, en, req, req_en, kinds, days) in enumerate(DEFAULT_TEMPLATES)])


def issue_checklists(fair: Fair, site_ids: list[str] | None = None) -> Issued:
    """Apply every active template to the sites (all when ``site_ids`` is None); a fair
    with no template gets the bundled ones first, in the same transaction.

    Raises ValidationError when the fair has no opening day."""
    opening = opening_day(fair)
    sites = fair.rows("SELECT * FROM sites ORDER BY kind, name") if site_ids is None else \
        fair.rows_in("SELECT * FROM sites WHERE id IN (?...) ORDER BY kind, name", site_ids)
    issued = {(r["site_id"], r["template_id"]) for r in fair.rows(
        "SELECT site_id, template_id FROM checklist_items WHERE template_id IS NOT NULL")}
    with fair.transaction() as tx:
        insert_default_templates(tx, fair)
        templates = fair.rows("SELECT * FROM checklist_templates WHERE active = 1"
                              " ORDER BY department_code, position, title")
        departments = ensure_departments(tx)
        rows = [{"department_id": departments[t["department_code"]]["id"],
                 "site_id": s["id"], "title": t["title"], "title_en": t["title_en"],
                 "detail": t["requirement"], "detail_en": t["requirement_en"],
                 "due_at": due_at(fair, opening, t["due_days"]),
                 "status": ChecklistStatus.OPEN, "template_id": t["id"],
                 "template_version": t["version"]}
                for s in sites for t in templates
                if s["kind"] in t["site_kinds"].split(",") and (s["id"], t["id"]) not in issued]
        tx.insert_many("checklist_items", rows)
    return Issued(len(rows), len({r["site_id"] for r in rows}), tx.changes)


def hotels_without_site(fair: Fair) -> list[Row]:
    """Reception's hotels that are not a security site yet."""
    return fair.rows("SELECT * FROM hotels WHERE id NOT IN"
                     " (SELECT hotel_id FROM sites WHERE hotel_id IS NOT NULL) ORDER BY name")


def site_for_hotel(fair: Fair, hotel_id: str) -> Changes:
    """Make a reception hotel a guest-hotel security site. Raises NotFoundError,
    ConflictError (already a site)."""
    hotel = fair.get("hotels", hotel_id)
    if fair.scalar("SELECT 1 FROM sites WHERE hotel_id = ? OR name = ?", [hotel_id, hotel["name"]]):
        raise ConflictError(f"“{hotel['name']}”已是安保点位。",
                            f"'{hotel['name']}' is already a security site.")
    return fair.security.create("sites", name=hotel["name"], name_en=hotel.get("name_en", ""),
                                kind="hotel", hotel_id=hotel_id,
                                address=hotel.get("address", ""))
