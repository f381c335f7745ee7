"""Sign-off (会签): a department signs a site off when its part there is done.

A department may sign off a site only when every one of its items there is passed
or not applicable and every rectification raised there is closed; the refusal
names what is still open. A site is *cleared* when every department with items
at it has signed it off. A sign-off can be withdrawn, with a reason; the
withdrawn row stays (audited history), and the department may sign again later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fairdesk.base.errors import ConflictError, ValidationError
from fairdesk.core import roles
from fairdesk.core.security.statuses import ChecklistStatus, RectificationStatus

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row

DONE = (ChecklistStatus.DONE, ChecklistStatus.NA)
SHOWN = 5  # open things named in a refusal; the rest are counted


def open_items(fair: Fair, site_id: str, department_id: str) -> list[Row]:
    return fair.rows("SELECT * FROM checklist_items WHERE site_id = ? AND department_id = ?"
                     " AND status NOT IN (?, ?) ORDER BY due_at, title",
                     [site_id, department_id, *DONE])


def open_rectifications(fair: Fair, site_id: str, department_id: str) -> list[Row]:
    return fair.rows("""SELECT r.* FROM rectifications r JOIN inspections i ON i.id = r.inspection_id
        WHERE i.site_id = ? AND i.department_id = ? AND r.status != ? ORDER BY r.due_at""",
                     [site_id, department_id, RectificationStatus.VERIFIED])


def active_signoff(fair: Fair, site_id: str, department_id: str) -> Row | None:
    found = fair.rows("SELECT * FROM site_signoffs WHERE site_id = ? AND department_id = ?"
                      " AND withdrawn_at IS NULL", [site_id, department_id])
    return found[0] if found else None


def _listed(names: list[str]) -> tuple[str, str]:
    shown = names[:SHOWN]
    more = len(names) - len(shown)
    return ("、".join(f"“{n}”" for n in shown) + (f"等 {len(names)} 项" if more else ""),
            ", ".join(f"'{n}'" for n in shown) + (f" and {more} more" if more else ""))


def refusal(fair: Fair, site: Row, department: Row) -> ConflictError | None:
    """Why the department cannot sign the site off yet, or None when it can."""
    items = open_items(fair, site["id"], department["id"])
    rects = open_rectifications(fair, site["id"], department["id"])
    if not items and not rects:
        return None
    zh, en = [], []
    if items:
        z, e = _listed([i["title"] for i in items])
        zh.append(f"未完成事项 {len(items)} 项：{z}")
        en.append(f"{len(items)} item(s) not passed: "
                  + _listed([i["title_en"] or i["title"] for i in items])[1])
    if rects:
        z, e = _listed([r["problem"] for r in rects])
        zh.append(f"未销号整改 {len(rects)} 项：{z}")
        en.append(f"{len(rects)} rectification(s) open: {e}")
    return ConflictError(f"{department['name']}不能会签“{site['name']}”：" + "；".join(zh) + "。",
                         f"{department['name_en'] or department['name']} cannot sign off "
                         f"'{site['name_en'] or site['name']}': " + "; ".join(en) + ".")


def sign_off(fair: Fair, site_id: str, department_id: str, signed_by: str) -> Changes:
    """Sign the site off for the department.

    Raises NotFoundError, ValidationError (no signer, no items there), ConflictError
    (something still open, named; or already signed off)."""
    site, department = fair.get("sites", site_id), fair.get("departments", department_id)
    roles.require_department(fair, department)
    if not signed_by.strip():
        raise ValidationError("signed_by", "请填写会签人。", "Enter who signs off.")
    if not fair.scalar("SELECT 1 FROM checklist_items WHERE site_id = ? AND department_id = ?",
                       [site_id, department_id]):
        raise ValidationError("site_id", f"{department['name']}在“{site['name']}”没有检查事项。",
                              f"{department['name_en'] or department['name']} has no items "
                              f"at '{site['name_en'] or site['name']}'.")
    if active_signoff(fair, site_id, department_id):
        raise ConflictError(f"{department['name']}已会签“{site['name']}”。",
                            f"{department['name_en'] or department['name']} has already "
                            f"signed off '{site['name_en'] or site['name']}'.")
    refused = refusal(fair, site, department)
    if refused:
        raise refused
    with fair.transaction() as tx:
        tx.insert("site_signoffs", {"site_id": site_id, "department_id": department_id,
                                    "signed_by": signed_by.strip(), "signed_at": tx.fair_now})
    return tx.changes


def withdraw_sign_off(fair: Fair, site_id: str, department_id: str, *, reason: str,
                      by: str) -> Changes:
    """Withdraw the department's sign-off of the site.

    Raises ValidationError (no reason), ConflictError (not signed off), PermissionDenied
    (another department's liaison)."""
    roles.require_department(fair, fair.get("departments", department_id))
    if not reason.strip():
        raise ValidationError("withdraw_reason", "撤回会签须写明原因。",
                              "Give a reason for withdrawing the sign-off.")
    current = active_signoff(fair, site_id, department_id)
    if current is None:
        raise ConflictError("该部门尚未会签此点位，无可撤回。",
                            "This department has not signed this site off; nothing to withdraw.")
    with fair.transaction() as tx:
        tx.update("site_signoffs", current["id"], {
            "withdrawn_at": tx.fair_now, "withdrawn_by": by.strip() or fair.operator.name,
            "withdraw_reason": reason.strip()})
    return tx.changes


def cleared_sites(fair: Fair) -> set[str]:
    """Ids of the sites every responsible department (one with items there) signed off."""
    rows = fair.rows("""
        SELECT c.site_id, count(DISTINCT c.department_id) AS responsible,
          count(DISTINCT s.department_id) AS signed
        FROM checklist_items c LEFT JOIN site_signoffs s ON s.site_id = c.site_id
          AND s.department_id = c.department_id AND s.withdrawn_at IS NULL
        GROUP BY c.site_id""")
    return {r["site_id"] for r in rows if r["responsible"] and r["signed"] == r["responsible"]}


def is_cleared(fair: Fair, site_id: str) -> bool:
    return site_id in cleared_sites(fair)

