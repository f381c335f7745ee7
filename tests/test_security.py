"""The security liaison's rules: templates, issuing, inspections, rectifications, sign-off."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from fairdesk.base.errors import ConflictError, ValidationError
from fairdesk.core.fair import Fair
from fairdesk.core.security import inspections, issuing, signoff, templates, views
from fairdesk.core.security.inspections import ItemAnswer
from fairdesk.core.security.statuses import Answer, CellState, ChecklistStatus
from tests.conftest import TESTER


@pytest.fixture
def sec() -> Fair:
    """A fair opening 2026-05-18 with the default templates, a hotel and a venue issued."""
    f = Fair.memory(TESTER, **{"fair.name": "测试投洽会", "fair.starts_on": "2026-05-18"})
    templates.install_defaults(f)
    f.security.create("sites", name="海景酒店", kind="hotel")
    f.security.create("sites", name="会展中心", kind="venue")
    issuing.issue_checklists(f)
    yield f
    f.close()


def dept(fair: Fair, code: str) -> str:
    return fair.scalar("SELECT id FROM departments WHERE code = ?", [code])


def site(fair: Fair, name: str) -> str:
    return fair.scalar("SELECT id FROM sites WHERE name = ?", [name])


def answer_all(fair: Fair, site_id: str, dept_id: str, fail: int = 0, **kw) -> inspections.Recorded:
    found = inspections.department_items(fair, site_id, dept_id)
    answers = [ItemAnswer(i["id"], Answer.FAIL if n < fail else Answer.PASS,
                          note="安全出口堆放杂物" if n < fail else "",
                          action_required="立即清理", deadline="2026-05-16 18:00")
               for n, i in enumerate(found)]
    return inspections.record_inspection(fair, site_id=site_id, department_id=dept_id,
                                         answers=answers, inspector="赵国栋",
                                         at="2026-05-15 10:00", **kw)


def test_defaults_cover_every_department_and_issue_by_site_kind(sec: Fair) -> None:
    codes = {r["department_code"] for r in sec.security.list("checklist_templates")}
    assert len(codes) == 7
    hotel = sec.security.list("checklist_items", site_id=site(sec, "海景酒店"))
    titles = {i["title"] for i in hotel}
    assert "酒店楼层管控" in titles and "厨房燃气安全" in titles
    assert "临时搭建物验收" not in titles  # a venue item
    gas = next(i for i in hotel if i["title"] == "厨房燃气安全")
    assert gas["due_at"] == "2026-05-16T18:00:00+08:00"  # 2 days before opening, fair-local
    assert gas["template_version"] == 1
    assert issuing.issue_checklists(sec).items == 0  # issuing again adds nothing


def test_template_edit_leaves_issued_checklists_alone(sec: Fair) -> None:
    tpl = sec.security.list("checklist_templates", title="厨房燃气安全")[0]
    sec.security.update("checklist_templates", tpl["id"], requirement="新的要求", due_days=4)
    assert sec.get("checklist_templates", tpl["id"])["version"] == 2
    item = sec.security.list("checklist_items", template_id=tpl["id"])[0]
    assert item["detail"].startswith("燃气泄漏报警") and item["template_version"] == 1
    assert item["due_at"] == "2026-05-16T18:00:00+08:00"
    sec.security.create("sites", name="海滨大酒店", kind="hotel")
    issuing.issue_checklists(sec)
    new = sec.security.list("checklist_items", template_id=tpl["id"],
                            site_id=site(sec, "海滨大酒店"))[0]
    assert new["detail"] == "新的要求" and new["template_version"] == 2
    assert new["due_at"] == "2026-05-14T18:00:00+08:00"


def test_template_site_kinds_are_typed_in_words_and_kept_as_codes(sec: Fair) -> None:
    """The template form takes the site kinds as the table shows them (接待酒店、会场);
    the same kinds in other words change nothing; an unknown one is refused at the field
    in words, not codes."""
    tpl = sec.security.list("checklist_templates", title="厨房燃气安全")[0]
    sec.security.update("checklist_templates", tpl["id"], site_kinds="接待酒店、会场")
    after = sec.get("checklist_templates", tpl["id"])
    assert after["site_kinds"] == "hotel,venue" and after["version"] == 2
    sec.security.update("checklist_templates", tpl["id"], site_kinds="hotel, 会场")
    assert sec.get("checklist_templates", tpl["id"])["version"] == 2  # nothing changed
    with pytest.raises(ValidationError, match="接待酒店、会场、考察点") as refused:
        sec.security.update("checklist_templates", tpl["id"], site_kinds="酒店、码头")
    assert refused.value.field == "site_kinds" and "hotel" not in str(refused.value)


def test_inspection_needs_every_item_answered(sec: Fair) -> None:
    s, d = site(sec, "海景酒店"), dept(sec, "fire")
    first = inspections.department_items(sec, s, d)[0]
    with pytest.raises(ValidationError, match="还没有检查结论"):
        inspections.record_inspection(sec, site_id=s, department_id=d, inspector="赵国栋",
                                      answers=[ItemAnswer(first["id"], Answer.PASS)])
    assert sec.count("inspections") == 0


def test_failure_raises_numbered_rectification_and_blocks_sign_off(sec: Fair) -> None:
    s, d = site(sec, "海景酒店"), dept(sec, "fire")
    recorded = answer_all(sec, s, d, fail=1)
    assert recorded.inspection["result"] == "issues"
    [rect] = recorded.rectifications
    assert inspections.notice_number(rect) == "〔2026〕第 1 号"
    assert rect["responsible_unit"] == "海景酒店"
    with pytest.raises(ConflictError, match="安全出口堆放杂物"):
        signoff.sign_off(sec, s, d, "赵国栋")
    with pytest.raises(ValidationError, match="写明"):
        inspections.reinspect(sec, rect["id"], passed=False, inspector="赵国栋")
    inspections.reinspect(sec, rect["id"], passed=False, inspector="赵国栋", note="仍有杂物")
    assert sec.get("rectifications", rect["id"])["status"] == "open"
    inspections.reinspect(sec, rect["id"], passed=True, inspector="赵国栋", note="已清理")
    assert [h["passed"] for h in inspections.history(sec, rect["id"])] == [0, 1]
    assert sec.get("checklist_items", rect["checklist_item_id"])["status"] == ChecklistStatus.DONE
    signoff.sign_off(sec, s, d, "赵国栋")
    assert views.matrix(sec).cell(s, d).state == CellState.SIGNED_OFF


def test_sign_off_refused_with_an_open_item_then_allowed(sec: Fair) -> None:
    s, d = site(sec, "会展中心"), dept(sec, "petitions")
    with pytest.raises(ConflictError) as refused:
        signoff.sign_off(sec, s, d, "孙丽华")
    assert "信访值班电话" in str(refused.value) and "未完成事项" in str(refused.value)
    answer_all(sec, s, d)
    signoff.sign_off(sec, s, d, "孙丽华")
    with pytest.raises(ConflictError, match="已会签"):
        signoff.sign_off(sec, s, d, "孙丽华")


def test_cleared_only_when_every_department_signed(sec: Fair) -> None:
    s = site(sec, "海景酒店")
    codes = {r["code"] for r in sec.rows(
        "SELECT DISTINCT d.code FROM checklist_items c JOIN departments d ON d.id ="
        " c.department_id WHERE c.site_id = ?", [s])}
    for n, code in enumerate(sorted(codes)):
        assert not signoff.is_cleared(sec, s)
        answer_all(sec, s, dept(sec, code))
        signoff.sign_off(sec, s, dept(sec, code), f"签字人{n}")
    assert signoff.is_cleared(sec, s) and views.matrix(sec).cleared(s)
    with pytest.raises(ValidationError, match="原因"):
        signoff.withdraw_sign_off(sec, s, dept(sec, "fire"), reason=" ", by="赵国栋")
    signoff.withdraw_sign_off(sec, s, dept(sec, "fire"), reason="厨房改造", by="赵国栋")
    assert not signoff.is_cleared(sec, s)
    assert sec.count("site_signoffs") == len(codes)  # the withdrawn one stays
    assert sec.scalar("SELECT count(*) FROM audit_log WHERE entity = 'site_signoffs'"
                      " AND action = 'update'") == 1


def test_overdue_in_the_fair_timezone(sec: Fair) -> None:
    s, d = site(sec, "海景酒店"), dept(sec, "fire")
    gas = next(i for i in inspections.department_items(sec, s, d) if i["title"] == "厨房燃气安全")
    sec.security.update("checklist_items", gas["id"], due_at="2026-05-16 23:30")
    # 2026-05-16 16:00 UTC is already 2026-05-17 00:00 in Shanghai: overdue
    from datetime import UTC
    late = views.as_of(sec, now=datetime(2026, 5, 16, 16, 0, tzinfo=UTC))
    early = views.as_of(sec, now=datetime(2026, 5, 16, 15, 0, tzinfo=UTC))
    assert gas["id"] in {o.id for o in views.overdue(sec, at=late)}
    assert gas["id"] not in {o.id for o in views.overdue(sec, at=early)}
    assert views.as_of(sec, day="2026-05-16") == "2026-05-16T23:59:59+08:00"
    assert views.matrix(sec, late).cell(s, d).state == CellState.OVERDUE


def test_rectification_numbers_never_repeat_also_after_a_deletion(sec: Fair) -> None:
    s = site(sec, "会展中心")
    first = answer_all(sec, s, dept(sec, "fire"), fail=2).rectifications
    assert [r["number"] for r in first] == [1, 2]
    sec.security.delete("rectifications", first[1]["id"])
    again = answer_all(sec, s, dept(sec, "health"), fail=1).rectifications
    assert again[0]["number"] == 3
    numbers = [r["number"] for r in sec.security.list("rectifications")]
    assert len(numbers) == len(set(numbers))


def test_inspection_photo_is_shrunk_and_stripped(sec: Fair) -> None:
    from io import BytesIO

    from PIL import Image
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x013B] = "Huawei", "P60", "检查员手机"  # make, model, artist
    big, small = BytesIO(), BytesIO()
    Image.new("RGB", (3000, 2000), "orange").save(big, "JPEG", exif=exif.tobytes())
    Image.new("RGB", (300, 200), "orange").save(small, "JPEG", exif=exif.tobytes())
    assert Image.open(BytesIO(small.getvalue())).getexif()  # the camera's metadata is there
    answer_all(sec, site(sec, "会展中心"), dept(sec, "police"), photo=big.getvalue())
    answer_all(sec, site(sec, "会展中心"), dept(sec, "fire"), photo=small.getvalue())
    large, little = sec.rows("SELECT p.* FROM inspection_photos p JOIN inspections i"
                             " ON i.id = p.inspection_id JOIN departments d ON d.id ="
                             " i.department_id ORDER BY d.code = 'fire'")
    assert max(large["width"], large["height"]) < 3000
    for stored in (large, little):  # shrunk or not, the metadata is dropped
        assert not Image.open(BytesIO(stored["data"])).getexif()


def test_template_workbook_round_trip_and_bad_row(sec: Fair, tmp_path: Path) -> None:
    out = tmp_path / "templates.xlsx"
    count = templates.export_templates(sec, out)
    import openpyxl
    book = openpyxl.load_workbook(out)
    ws = book.active
    assert ws.cell(1, 1).value == "责任部门" and ws.max_row == count + 1
    assert [c.value for c in ws[1]] == ["责任部门", "检查事项", "英文", "检查要求", "英文要求",
                                        "适用点位", "开幕前天数"]
    first = templates.in_order(sec.security.list("checklist_templates", active=1))[0]
    assert ws.cell(2, 5).value == first["requirement_en"] and first["requirement_en"]
    ws.cell(2, 4).value = "改过的要求"
    ws.append(["消防", "舞台烟火审批", "Stage pyrotechnics approved", "烟火效果经审批",
               "Pyrotechnics on stage approved in writing by the fire department", "会场", 2])
    book.save(out)
    result = templates.import_templates(sec, out)
    assert (result.created, result.updated) == (1, 1)
    new = sec.security.list("checklist_templates", title="舞台烟火审批")[0]
    assert new["requirement_en"] == ("Pyrotechnics on stage approved in writing by the fire"
                                     " department")
    again = tmp_path / "again.xlsx"  # and out again: the English column kept
    templates.export_templates(sec, again)
    rows = {r[1]: r for r in openpyxl.load_workbook(again).active.iter_rows(values_only=True)}
    assert rows["舞台烟火审批"][4] == new["requirement_en"]
    assert rows[first["title"]][3:5] == ("改过的要求", first["requirement_en"])
    ws.append(["宣传部", "乱写", "", "", "", "会场", 1])
    book.save(out)
    before = sec.count("checklist_templates")
    with pytest.raises(ValidationError) as bad:
        templates.import_templates(sec, out)
    assert f"第 {count + 3} 行" in str(bad.value) and "不是责任部门" in str(bad.value)
    assert sec.count("checklist_templates") == before


def _old_workbook(path: Path, header: list[str], rows: list[list]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_an_old_workbook_without_the_english_requirement_imports(sec: Fair, tmp_path: Path):
    """A workbook exported before the English requirement (six columns) still imports: a
    new template has no English requirement, a changed one keeps the English it had."""
    gas = sec.security.list("checklist_templates", title="厨房燃气安全")[0]
    old = _old_workbook(tmp_path / "old.xlsx",
                        ["责任部门", "检查事项", "英文", "检查要求", "适用点位", "开幕前天数"],
                        [["消防", "厨房燃气安全", "Kitchen gas safety", "燃气阀门每日检查",
                          "接待酒店", 2],
                         ["卫健", "客房消毒", "Rooms disinfected", "客房每日消毒并登记",
                          "接待酒店", 1]])
    result = templates.import_templates(sec, old)
    assert (result.created, result.updated) == (1, 1)
    changed = sec.get("checklist_templates", gas["id"])
    assert changed["requirement"] == "燃气阀门每日检查"
    assert changed["requirement_en"] == gas["requirement_en"] != ""
    rooms = sec.security.list("checklist_templates", title="客房消毒")[0]
    assert rooms["requirement_en"] == "" and rooms["site_kinds"] == "hotel"
    # columns are found by their headings, in any order and in English
    moved = _old_workbook(tmp_path / "moved.xlsx",
                          ["Requirement in English", "Department", "Item", "Site kinds"],
                          [["Rooms disinfected daily, with a log", "health", "客房消毒", "hotel"]])
    templates.import_templates(sec, moved)
    rooms = sec.get("checklist_templates", rooms["id"])
    assert rooms["requirement_en"] == "Rooms disinfected daily, with a log"
    assert rooms["requirement"] == "客房每日消毒并登记"  # no column: kept as it was


def test_a_workbook_without_an_item_column_is_refused_in_one_sentence(sec: Fair,
                                                                      tmp_path: Path):
    bad = _old_workbook(tmp_path / "bad.xlsx", ["责任部门", "检查要求", "适用点位"],
                        [["消防", "要求", "会场"]])
    before = sec.count("checklist_templates")
    with pytest.raises(ValidationError) as err:
        templates.import_templates(sec, bad)
    assert str(err.value) == "“bad.xlsx”的表头没有“检查事项”列。"
    assert sec.count("checklist_templates") == before


def test_the_english_requirement_is_copied_at_issue_and_kept_after_an_edit(sec: Fair):
    from fairdesk.base.i18n import set_language

    tpl = sec.security.list("checklist_templates", title="厨房燃气安全")[0]
    item = sec.security.list("checklist_items", template_id=tpl["id"])[0]
    assert item["detail_en"] == tpl["requirement_en"]
    assert item["detail_en"].startswith("Gas leak alarm")
    sec.security.update("checklist_templates", tpl["id"], requirement_en="Gas checked daily")
    assert sec.get("checklist_templates", tpl["id"])["version"] == 2  # what an item copies
    assert sec.get("checklist_items", item["id"])["detail_en"] == tpl["requirement_en"]
    # the English window shows the English requirement, the Chinese window the Chinese
    hotel = site(sec, "海景酒店")
    set_language("en")
    row = next(i for i in views.items(sec, site_id=hotel) if i.id == item["id"])
    assert row.requirement == item["detail_en"] and row.label == "Kitchen gas safety"
    assert views.items(sec, site_id=hotel, search="leak alarm")[0].id == item["id"]
    set_language("zh")
    assert row.requirement == item["detail"]


def test_an_item_without_english_falls_back_to_chinese(sec: Fair):
    from fairdesk.base.i18n import set_language

    tpl = sec.security.create("checklist_templates", department_code="fire", title="消防车通道",
                              requirement="消防车通道无占用", site_kinds="会场",
                              active=True).items[0].after
    issuing.issue_checklists(sec)
    item = sec.security.list("checklist_items", template_id=tpl["id"])[0]
    assert item["detail_en"] == "" and item["title_en"] == ""
    set_language("en")
    row = next(i for i in views.items(sec) if i.id == item["id"])
    assert (row.label, row.requirement) == ("消防车通道", "消防车通道无占用")


def test_the_notice_number_in_english_and_in_chinese(sec: Fair):
    from fairdesk.base.i18n import set_language

    answer_all(sec, site(sec, "会展中心"), dept(sec, "fire"), fail=1)
    [rect] = views.rectifications(sec)
    assert rect.notice_number == rect.notice_label == "〔2026〕第 1 号"
    set_language("en")
    assert rect.notice_label == "No. 2026-1" and rect.notice_number == "〔2026〕第 1 号"
    [late] = [o for o in views.overdue(sec, at="2026-05-17T09:00:00+08:00")
              if o.kind == "rectification"]
    assert late.title.startswith("No. 2026-1 ")
    from fairdesk.core.security.paper import find_rectification

    for wanted in ("1", "2026-1", "No. 2026-1", "〔2026〕第 1 号", rect.id):
        assert find_rectification(sec, wanted).id == rect.id


def test_hotel_becomes_a_site(sec: Fair) -> None:
    hotel = sec.reception.create("hotels", name="金海湾酒店").items[0].after
    assert [h["id"] for h in issuing.hotels_without_site(sec)] == [hotel["id"]]
    issuing.site_for_hotel(sec, hotel["id"])
    assert issuing.hotels_without_site(sec) == []
    with pytest.raises(ConflictError):
        issuing.site_for_hotel(sec, hotel["id"])


def test_roster_warns_of_guests_in_a_hotel_not_cleared(sec: Fair) -> None:
    from fairdesk.core.reception.conflicts import find_conflicts

    hotel = sec.reception.create("hotels", name="海景大酒店").items[0].after
    sec.security.update("sites", site(sec, "海景酒店"), hotel_id=hotel["id"])
    guest = sec.guests.create("guests", name="张伟", category="investor", country="CN",
                              arrival_at="2026-05-17 10:00").items[0].after
    sec.reception.create("stays", guest_id=guest["id"], hotel_id=hotel["id"],
                         room_type="king", check_in="2026-05-17", check_out="2026-05-19")
    [warning] = find_conflicts(sec, ["hotel_not_cleared"])
    assert warning.severity == "warning"
    assert "海景大酒店住有 1 位嘉宾" in str(warning.message)
    assert "2026-05-16 10:00 前会签完毕" in str(warning.message) and "消防" in str(warning.message)
    # the departments still to sign in the security order's order, not by their codes
    assert "未会签：公安、交通、消防" in str(warning.message)
    s = site(sec, "海景酒店")
    for code in {r["code"] for r in sec.rows(
            "SELECT DISTINCT d.code FROM checklist_items c JOIN departments d ON d.id ="
            " c.department_id WHERE c.site_id = ?", [s])}:
        answer_all(sec, s, dept(sec, code))
        signoff.sign_off(sec, s, dept(sec, code), "签字人")
    assert find_conflicts(sec, ["hotel_not_cleared"]) == []


def test_dashboard_overdue_counts_items_and_rectifications_as_the_page_does(sec: Fair) -> None:
    from fairdesk.core import dashboard

    answer_all(sec, site(sec, "会展中心"), dept(sec, "fire"), fail=1)  # deadline 05-16 18:00
    moment = datetime(2026, 5, 17, 9, 0, tzinfo=sec.tz)
    figures = {d.code: d.overdue for d in dashboard.security_figures(sec, now=moment)}
    totals = {t.department.code: t.overdue
              for t in views.department_totals(views.matrix(sec, views.as_of(sec, now=moment)))}
    assert figures == totals and figures["fire"] > 0


def test_a_liaison_signs_off_only_for_their_own_department(sec: Fair) -> None:
    from fairdesk.core import roles
    from fairdesk.core.context import Operator
    from fairdesk.core.roles import PermissionDenied, Role

    s, fire, police = site(sec, "会展中心"), dept(sec, "fire"), dept(sec, "police")
    answer_all(sec, s, fire)
    answer_all(sec, s, police)
    sec.sign_in(Operator("王主任", "组委会办公室", "lap1", Role.COMMITTEE))
    roles.set_pin(sec, Role.COMMITTEE, "2468")
    sec.sign_in(Operator("周警官", "安保组", "lap5", Role.SECURITY, "police"))
    with pytest.raises(PermissionDenied, match="只有消防的安全保卫联络员") as refused:
        signoff.sign_off(sec, s, fire, "周警官")
    # the liaison's role in words, their department too (it read "安全保卫（police）")
    assert "（公安）" in str(refused.value) and "police" not in str(refused.value)
    assert roles.role_name(Role.SECURITY, "fire")[1].endswith("(Fire)")
    assert signoff.active_signoff(sec, s, fire) is None
    signoff.sign_off(sec, s, police, "周警官")
    with pytest.raises(PermissionDenied):
        signoff.withdraw_sign_off(sec, s, fire, reason="误签", by="周警官")
    # nor inspects or re-inspects for another department: nothing written
    before = sec.count("inspections")
    with pytest.raises(PermissionDenied, match="可以为消防检查、复查"):
        answer_all(sec, s, fire)
    assert sec.count("inspections") == before
    rect = answer_all(sec, site(sec, "海景酒店"), police, fail=1).rectifications[0]
    sec.sign_in(Operator("赵国栋", "安保组", "lap6", Role.SECURITY, "fire"))
    with pytest.raises(PermissionDenied, match="只有公安的安全保卫联络员.*可以为公安检查、复查"):
        inspections.reinspect(sec, rect["id"], passed=True, inspector="赵国栋")
    assert sec.get("rectifications", rect["id"])["status"] == "open"


def test_an_older_file_gets_the_english_requirement_columns(tmp_path: Path):
    """A fair file from before 0021 (templates and issued items in it) opens upgraded: its
    rows kept, the English requirement empty, so the English window shows the Chinese;
    the backup taken before the upgrade is the old file."""  # test_migrations.py's pattern
    import sqlite3

    from sqlite_utils import Database

    from fairdesk.base.i18n import set_language
    from fairdesk.storage import fairfile
    from fairdesk.storage.schema import migrations

    path = tmp_path / "old.fair"
    db = Database(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {fairfile.APPLICATION_ID}")
    migrations.apply(db, stop_before="0021_secen_requirement_en")
    now = "2026-05-01T09:00:00+00:00"
    stamp = {"created_at": now, "updated_at": now, "updated_by": "old@desk/laptop"}
    db["departments"].insert({"id": "D1", "code": "fire", "name": "消防", "name_en": "Fire",
                              **stamp})
    db["sites"].insert({"id": "S1", "name": "会展中心", "kind": "venue", **stamp})
    db["checklist_templates"].insert({"id": "T1", "department_code": "fire",
                                      "title": "灭火器配置有效", "title_en": "Extinguishers",
                                      "requirement": "逐层检查灭火器", "site_kinds": "venue",
                                      **stamp})
    db["checklist_items"].insert({"id": "I1", "department_id": "D1", "site_id": "S1",
                                  "title": "灭火器配置有效", "title_en": "Extinguishers",
                                  "detail": "逐层检查灭火器", "template_id": "T1",
                                  "template_version": 1, **stamp})
    db.conn.commit()
    db.close()
    fair = Fair.open(path, TESTER)
    try:
        assert fairfile.pending_names(fair.db) == []
        tpl, item = fair.get("checklist_templates", "T1"), fair.get("checklist_items", "I1")
        assert (tpl["requirement"], tpl["requirement_en"]) == ("逐层检查灭火器", "")
        assert (item["detail"], item["detail_en"]) == ("逐层检查灭火器", "")
        set_language("en")
        [row] = views.items(fair)
        assert (row.label, row.requirement) == ("Extinguishers", "逐层检查灭火器")
        fair.security.update("checklist_templates", "T1", requirement_en="Check every floor")
        assert fair.get("checklist_templates", "T1")["version"] == 2
        assert fair.get("checklist_items", "I1")["detail_en"] == ""  # issued: left alone
    finally:
        fair.close()
    names = migrations.names()  # the backup is named by the last migration the file had
    last = names[names.index("0021_secen_requirement_en") - 1]
    [backup] = tmp_path.glob("old.fair.before-*.bak")
    assert backup.name == f"old.fair.before-{last}.bak"
    old = Database(sqlite3.connect(backup))
    assert "requirement_en" not in {c.name for c in old["checklist_templates"].columns}
    old.close()
