"""Deleting a security site: refused, naming what holds it, while it has any inspection
history; with its checklist items (each audited) when none of them was ever inspected."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fairdesk.base.errors import ConflictError
from fairdesk.core import roles
from fairdesk.core.security.statuses import ChecklistStatus

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row


@dataclass(frozen=True)
class SiteHoldings:
    """What a site still has: its checklist items (``worked``: done, failed, not applicable
    or signed off), and its history: inspections, rectifications, sign-offs."""

    items: int
    worked: int
    inspections: int
    rectifications: int
    signoffs: int

    @property
    def history(self) -> bool:
        return bool(self.worked or self.inspections or self.rectifications or self.signoffs)


class SiteHasItems(ConflictError):
    """The site has only never-inspected checklist items: it may go with them, if asked."""

    def __init__(self, site: Row, items: int) -> None:
        self.site_id = site["id"]
        self.items = items
        super().__init__(
            f"“{site['name']}”还有 {items} 项尚未检查的检查事项；须确认连同这些事项一起删除。",
            f"“{site.get('name_en') or site['name']}” still has {_n(items, 'checklist item')}"
            ", none inspected yet; confirm to delete them with the site.")


def holdings(fair: Fair, site_id: str) -> SiteHoldings:
    one = lambda sql: fair.db.execute(sql, [site_id]).fetchone()[0]  # noqa: E731
    return SiteHoldings(
        items=one("SELECT count(*) FROM checklist_items WHERE site_id = ?"),
        worked=fair.db.execute(
            "SELECT count(*) FROM checklist_items WHERE site_id = ? AND (status != ? "
            "OR done_at IS NOT NULL OR signed_off_at IS NOT NULL)",
            [site_id, ChecklistStatus.OPEN.value]).fetchone()[0],
        inspections=one("SELECT count(*) FROM inspections WHERE site_id = ?"),
        rectifications=one("SELECT count(*) FROM rectifications r JOIN inspections i "
                           "ON i.id = r.inspection_id WHERE i.site_id = ?"),
        signoffs=one("SELECT count(*) FROM site_signoffs WHERE site_id = ?"))


def delete_site(fair: Fair, site_id: str, *, with_items: bool = False) -> Changes:
    """Delete a site; ``with_items``: and its checklist items, none of them inspected.

    Raises PermissionDenied (the committee's), NotFoundError, ConflictError naming what the
    site holds (its inspection history is never deleted), SiteHasItems (it has items and
    ``with_items`` is False). Nothing is written when it raises.
    """
    roles.require(fair, roles.Action.DELETE)
    with fair.transaction() as tx:
        site = fair.get("sites", site_id)
        held = holdings(fair, site_id)
        if held.history:
            raise _refusal(site, held)
        if held.items and not with_items:
            raise SiteHasItems(site, held.items)
        try:
            for (item_id,) in fair.db.execute(
                    "SELECT id FROM checklist_items WHERE site_id = ?", [site_id]).fetchall():
                tx.delete("checklist_items", item_id)
            tx.delete("sites", site_id)
        except sqlite3.IntegrityError as exc:  # held by a record of another kind
            if "FOREIGN KEY" not in str(exc):
                raise
            raise ConflictError(f"“{site['name']}”仍被其他记录引用，不能删除。",
                                f"“{site.get('name_en') or site['name']}” is still referred "
                                "to by other records; it cannot be deleted.") from None
    return tx.changes


def _refusal(site: Row, held: SiteHoldings) -> ConflictError:
    zh = [f"{n} {unit}" for n, unit in ((held.items, "项检查事项"), (held.inspections, "次检查记录"),
                                       (held.rectifications, "条整改"), (held.signoffs, "次会签"))
          if n]
    en = [_n(n, unit) for n, unit in ((held.items, "checklist item"),
                                      (held.inspections, "inspection"),
                                      (held.rectifications, "rectification"),
                                      (held.signoffs, "sign-off")) if n]
    return ConflictError(
        f"“{site['name']}”还有 {'、'.join(zh)}：检查历史须保留，不能删除此点位。",
        f"“{site.get('name_en') or site['name']}” still has {_join(en)}: its inspection "
        "history is kept, so the site cannot be deleted.")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
