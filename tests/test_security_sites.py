"""Deleting a security site names what holds it (its inspection history is never deleted),
or takes its never-inspected checklist items with it when asked; and only the department's
liaison records a rectification fixed, as only they inspect and re-inspect."""

from __future__ import annotations

import pytest

from fairdesk.base.errors import ConflictError
from fairdesk.base.i18n import set_language
from fairdesk.core import roles
from fairdesk.core.context import Operator
from fairdesk.core.roles import PermissionDenied, Role
from fairdesk.core.security import inspections, issuing, sites
from tests.test_security import answer_all, dept, sec, site  # noqa: F401  (the fixture)


def _written(fair) -> tuple[int, int, int]:  # noqa: ANN001
    return (fair.count("audit_log"), fair.count("sites"), fair.count("checklist_items"))


def test_a_site_with_inspections_is_refused_naming_what_holds_it(sec) -> None:  # noqa: F811
    hotel = site(sec, "海景酒店")
    sec.security.update("sites", hotel, name_en="Seaview Hotel")
    answer_all(sec, hotel, dept(sec, "fire"), fail=2)
    items = sec.count("checklist_items", "site_id = ?", [hotel])
    before = _written(sec)
    with pytest.raises(ConflictError) as refused:
        sec.security.delete("sites", hotel)
    assert str(refused.value) == (f"“海景酒店”还有 {items} 项检查事项、1 次检查记录、2 条整改："
                                  "检查历史须保留，不能删除此点位。")
    set_language("en")
    assert str(refused.value) == (f"“Seaview Hotel” still has {items} checklist items, "
                                  "1 inspection and 2 rectifications: its inspection history "
                                  "is kept, so the site cannot be deleted.")
    with pytest.raises(ConflictError):  # asked to take its items: still refused
        sites.delete_site(sec, hotel, with_items=True)
    assert _written(sec) == before


def test_a_never_inspected_site_goes_with_its_items_when_confirmed(sec) -> None:  # noqa: F811
    sec.security.create("sites", name="海港大酒店", kind="hotel")
    issuing.issue_checklists(sec)
    harbour = site(sec, "海港大酒店")
    items = sec.count("checklist_items", "site_id = ?", [harbour])
    assert items > 10
    before = _written(sec)
    with pytest.raises(sites.SiteHasItems, match=f"“海港大酒店”还有 {items} 项尚未检查的检查事项") as asked:
        sec.security.delete("sites", harbour)
    assert asked.value.items == items and _written(sec) == before
    changes = sites.delete_site(sec, harbour, with_items=True)
    assert sec.count("sites", "id = ?", [harbour]) == 0
    assert sec.count("checklist_items", "site_id = ?", [harbour]) == 0
    deleted = sec.rows("SELECT entity, entity_id FROM audit_log WHERE action = 'delete'")
    assert sum(1 for r in deleted if r["entity"] == "checklist_items") == items
    assert {"entity": "sites", "entity_id": harbour} in deleted
    assert {c.entity for c in changes.items} == {"sites", "checklist_items"}
    assert sec.count("tombstones", "id = ?", [harbour]) == 1


def test_a_site_with_a_ticked_item_keeps_it(sec) -> None:  # noqa: F811
    """An item done without an inspection is work too: the site is refused."""
    venue = site(sec, "会展中心")
    item = sec.security.list("checklist_items", site_id=venue)[0]
    sec.security.update("checklist_items", item["id"], status="done")
    with pytest.raises(ConflictError, match="检查历史须保留"):
        sites.delete_site(sec, venue, with_items=True)


def test_only_the_departments_liaison_records_a_rectification_fixed(sec) -> None:  # noqa: F811
    rect = answer_all(sec, site(sec, "海景酒店"), dept(sec, "police"), fail=1).rectifications[0]
    sec.sign_in(Operator("王主任", "组委会办公室", "lap1", Role.COMMITTEE))
    roles.set_pin(sec, Role.COMMITTEE, "2468")
    sec.sign_in(Operator("赵国栋", "安保组", "lap6", Role.SECURITY, "fire"))
    before = sec.count("audit_log")
    with pytest.raises(PermissionDenied) as refused:
        inspections.mark_fixed(sec, rect["id"])
    assert str(refused.value) == ("只有公安的安全保卫联络员（或组委会）可以为公安登记整改完成；"
                                  "您当前的角色是“安全保卫（消防）”。")
    assert sec.count("audit_log") == before
    assert sec.get("rectifications", rect["id"])["status"] == "open"
    sec.sign_in(Operator("周警官", "安保组", "lap5", Role.SECURITY, "police"))
    inspections.mark_fixed(sec, rect["id"])
    assert sec.get("rectifications", rect["id"])["status"] == "fixed"
