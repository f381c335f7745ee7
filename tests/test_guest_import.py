"""Importing guest lists as inviting units send them: counts, duplicates, atomicity, re-import."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import xlsxwriter
from python_calamine import CalamineWorkbook

from fairdesk.base.errors import ValidationError
from fairdesk.core.guests.importing import (
    ImportCancelled,
    apply_import,
    build_preview,
    cell_values,
    guess_columns,
    import_file,
    read_table,
)
from fairdesk.core.guests.importing.columns import guess_field

DATA = Path(__file__).parent / "data"
MESSY = DATA / "guests-county.xlsx"
CLEAN = DATA / "guests-clean.xlsx"
HEAD = ["姓名", "工作单位", "联系电话", "证件号码", "国家/地区", "是否参会"]


def dump(fair) -> dict[str, list]:
    """Every row of every table: the fair's whole content."""
    tables = [r[0] for r in fair.db.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {t: fair.db.execute(f"SELECT * FROM [{t}] ORDER BY rowid").fetchall() for t in tables}


def write_xlsx(path, rows):
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("名单")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, datetime):
                sheet.write_datetime(r, c, value, book.add_format({"num_format": "yyyy-mm-dd hh:mm"}))
            elif value is not None:
                sheet.write(r, c, value)
    book.close()
    return path


def preview_of(fair, path, **kw):
    raw = read_table(path)
    return build_preview(fair, raw, guess_columns(raw), **kw)


# --- the samples ---------------------------------------------------------------------
def test_messy_sample_preview_counts_and_reasons(fair):
    raw = read_table(MESSY)
    assert raw.header_line == 4 and raw.merged_title
    mapping = guess_columns(raw)
    assert mapping.fields == ["seq", "name", "gender", "organisation", "title", "country",
                              "phone", "email", "id_number", "inviting_unit", "attending",
                              "arrival_at", "arrival_transport", "notes"]
    preview = build_preview(fair, raw, mapping)
    assert preview.guest_rows == 62
    assert (preview.count("new"), preview.count("duplicate_in_file"), preview.count("invalid"),
            preview.count("skipped")) == (60, 1, 1, 1)
    assert [str(p) for p in preview.problems] == ["第 67 行“姓名”列：姓名为空。"]
    dup = preview.with_status("duplicate_in_file")[0]
    assert dup.line == 66 and dup.duplicate.ref == 8 and dup.duplicate.rule == "id_number"
    assert preview.with_status("skipped")[0].line == 69  # 合计 60人
    # Same name and organisation but different passports: two people, with a warning.
    warned = {p.line for p in preview.warnings if "证件号码不同" in str(p)}
    assert warned == {17, 34}
    assert preview.new_units == ["市商务局"]


def test_messy_sample_values_are_cleaned(fair):
    rows = {r.line: r for r in preview_of(fair, MESSY).rows}
    assert rows[6].values["phone"] == "13497465075"  # full-width digits
    assert rows[8].values["phone"] == "13139624595"  # a number in Excel
    assert rows[15].values["phone"] == "15268656355"  # +86 and spaces
    assert rows[15].values["name"] == "廖清鸣"  # stray spaces
    assert rows[5].values["arrival_at"] == "2026-05-18T15:00:00+08:00"  # 5月18日15点
    assert rows[7].values["arrival_at"] == "2026-05-17T10:15:00+08:00"  # 2026年5月17日 10:15
    assert rows[15].values["arrival_at"] == "2026-05-19T10:00:00+08:00"  # 2026/05/19 10:00
    assert rows[19].values["arrival_at"] == "2026-05-18T10:00:00+08:00"  # Excel date
    assert rows[8].values["arrival_at"] == "2026-05-17T00:00:00+08:00"  # date only
    assert (rows[5].reply, rows[6].reply, rows[13].reply) == ("attending", "declined",
                                                              "undecided")
    assert rows[9].values["gender"] == "F" and rows[9].values["country"] == "DK"
    assert rows[26].values["country"] == "TW" and rows[26].values["id_type"] == "taiwan_permit"
    assert rows[14].values["country"] == "HK" and rows[5].values["id_type"] == "id_card"
    assert rows[16].values["id_number"] == "58948113114402426X"
    assert rows[11].values["dietary"] == "清真"


def test_messy_sample_refused_whole_then_imported_skipping_the_bad_row(fair, tmp_path):
    before = dump(fair)
    with pytest.raises(ValidationError) as err:
        import_file(fair, MESSY)
    assert str(err.value).startswith("第 67 行“姓名”列：姓名为空") and err.value.row == 67
    assert dump(fair) == before
    rejects = tmp_path / "rejects.xlsx"
    result = import_file(fair, MESSY, skip_invalid=True, rejects_path=rejects)
    assert (result.rows_read, result.imported, result.duplicates_in_file, result.rejected,
            result.skipped_lines) == (62, 60, 1, 1, 1)
    assert fair.count("guests") == 60
    unit = fair.guests.unit_by_name("市商务局")
    assert fair.count("guests", "inviting_unit_id = ?", [unit["id"]]) == 60
    assert fair.count("guests", "state = 'attending'") == 40
    assert fair.count("invitation_history") == 60
    assert fair.count("audit_log", "entity = 'guests' AND action = 'create'") == 60
    history = fair.rows("SELECT note FROM invitation_history LIMIT 1")[0]["note"]
    assert history.startswith("导入自 guests-county.xlsx 第")
    sheet = CalamineWorkbook.from_path(str(rejects)).get_sheet_by_index(0).to_python()
    assert sheet[0][0] == "原行号" and sheet[0][-1] == "问题"
    assert len(sheet) == 2 and sheet[1][0] == 67 and "姓名为空" in sheet[1][-1]


def test_reimporting_the_same_file_duplicates_no_one(fair):
    import_file(fair, MESSY, skip_invalid=True)
    before = dump(fair)
    result = import_file(fair, MESSY, skip_invalid=True)
    assert result.imported == 0 and result.merged == 0 and result.unchanged == 60
    assert result.duplicates_in_fair == 61
    assert dump(fair) == before


def test_clean_sample_imports_every_row(fair):
    result = import_file(fair, CLEAN)
    assert (result.rows_read, result.imported, result.rejected) == (40, 40, 0)
    assert fair.count("guests", "name = 'Hiroshi Tanaka'") == 3  # three passports, three people
    assert import_file(fair, CLEAN).imported == 0 and fair.count("guests") == 40


# --- duplicate rules ---------------------------------------------------------------------
@pytest.mark.parametrize("second, rule", [
    (["张卫东", "别的公司", "138-0013-8000", "", "中国", "是"], "phone"),
    (["張衛東", "别的公司", "", "44030119900101123x", "中国", "是"], "id_number"),
    (["張 衛東", "臨港 集團", "", "", "中国", "是"], "name_org"),
])
def test_each_duplicate_rule_within_the_file_and_against_the_fair(fair, tmp_path, second, rule):
    first = ["张卫东", "临港集团", "13800138000", "44030119900101123X", "中国", "是"]
    path = write_xlsx(tmp_path / "dup.xlsx", [HEAD, first, second])
    preview = preview_of(fair, path)
    row = preview.rows[1]
    assert row.status == "duplicate_in_file" and row.duplicate.rule == rule
    assert row.duplicate.ref == 2
    solo = write_xlsx(tmp_path / "solo.xlsx", [HEAD, first])
    import_file(fair, solo)
    path2 = write_xlsx(tmp_path / "again.xlsx", [HEAD, second])
    row = preview_of(fair, path2).rows[0]
    assert row.status == "duplicate_in_fair" and row.duplicate.rule == rule


def test_duplicate_fills_empty_fields_and_records_a_first_reply(fair, tmp_path):
    import_file(fair, write_xlsx(tmp_path / "a.xlsx", [
        ["姓名", "单位", "手机"], ["李四", "华润置地", "13912345678"]]))
    gid = fair.rows("SELECT id FROM guests")[0]["id"]
    assert fair.get("guests", gid)["state"] == "to_invite"
    result = import_file(fair, write_xlsx(tmp_path / "b.xlsx", [
        ["Name", "Company", "Mobile", "Title", "Attending", "Arrival"],
        ["李四", "华润置地有限公司", "+86 139 1234 5678", "总经理", "Yes", "2026-05-18 09:30"]]))
    assert (result.imported, result.merged) == (0, 1)
    guest = fair.get("guests", gid)
    assert guest["title"] == "总经理" and guest["organisation"] == "华润置地"  # kept, not overwritten
    assert guest["state"] == "attending" and guest["arrival_at"] == "2026-05-18T09:30:00+08:00"
    assert [h["to_state"] for h in fair.guests.history(gid)] == \
        ["to_invite", "invited", "attending"]
    # A later list saying "No" does not overturn the reply already recorded.
    import_file(fair, write_xlsx(tmp_path / "c.xlsx", [["姓名", "手机", "是否参会"],
                                                      ["李四", "13912345678", "否"]]))
    assert fair.get("guests", gid)["state"] == "attending"


# --- atomicity ---------------------------------------------------------------------------
def test_cancel_leaves_the_fair_unchanged(fair, tmp_path):
    rows = [HEAD] + [[f"客商{i}", "某公司", f"139{i:08d}", "", "中国", "是"] for i in range(1200)]
    path = write_xlsx(tmp_path / "big.xlsx", rows)
    preview = preview_of(fair, path)
    before = dump(fair)
    seen = []
    with pytest.raises(ImportCancelled):
        apply_import(fair, preview, progress=lambda done, total: seen.append((done, total)),
                     should_cancel=lambda: bool(seen))
    assert seen == [(500, 1200)]
    assert dump(fair) == before
    result = apply_import(fair, preview_of(fair, path), progress=lambda d, t: seen.append((d, t)))
    assert result.imported == 1200 and seen[-1] == (1200, 1200)


def test_a_failing_write_rolls_everything_back(fair, tmp_path, monkeypatch):
    from fairdesk.core.guests.importing import apply as apply_module

    path = write_xlsx(tmp_path / "x.xlsx", [HEAD, ["王五", "甲公司", "", "", "中国", "否"],
                                            ["赵六", "乙公司", "", "", "中国", "是"]])
    preview = preview_of(fair, path, default_unit_id=None)
    before = dump(fair)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(apply_module, "_merge", boom)
    with pytest.raises(RuntimeError):
        apply_import(fair, preview)
    assert dump(fair) == before


# --- reading files as they come ----------------------------------------------------------
def test_csv_in_gbk_with_title_rows_blank_lines_and_totals(fair, tmp_path):
    text = ("南山县客商名单\n填表人：张三\n\n"
            "Name,Organisation,Phone,Country,RSVP,Arrival\n"
            "王小明,南山港务,１３８ ００１３ ８００１,中国,待定,\n"
            ",,,,,\n"
            "Hans Weber,BASF,+49 621 600,Deutschland,TBD,5月18日下午3点\n"
            "Total,2,,,,\n")
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode("gbk"))
    raw = read_table(path)
    assert raw.encoding == "gb18030" and raw.header_line == 4
    preview = build_preview(fair, raw, guess_columns(raw))
    assert (preview.count("new"), preview.count("skipped")) == (2, 1)
    wang, hans = preview.with_status("new")
    assert wang.values["phone"] == "13800138001" and wang.reply == "undecided"
    assert hans.values["country"] == "DE" and hans.values["language"] == "en"
    assert hans.values["arrival_at"] == "2026-05-18T15:00:00+08:00"


def test_bad_cells_are_named_by_row_and_header(fair, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", [
        ["名单"], [], HEAD + ["电子邮箱", "抵达时间"],
        ["甲", "公司", "12", "", "火星", "也许吧", "not-mail", "明天"]])
    preview = preview_of(fair, path)
    messages = [str(p) for p in preview.problems]
    assert "第 4 行“联系电话”列：“12”不像电话号码。" in messages
    assert "第 4 行“国家/地区”列：无法识别国家或地区“火星”。" in messages
    assert any(m.startswith("第 4 行“是否参会”列") for m in messages)
    assert any(m.startswith("第 4 行“电子邮箱”列") for m in messages)
    assert any(m.startswith("第 4 行“抵达时间”列") for m in messages)


def test_unreadable_files_are_one_sentence(tmp_path):
    with pytest.raises(ValidationError, match="找不到文件"):
        read_table(tmp_path / "none.xlsx")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match="无法读取“broken.xlsx”"):
        read_table(broken)
    headless = write_xlsx(tmp_path / "nohead.xlsx", [["a", "b"], [1, 2]])
    with pytest.raises(ValidationError, match="找不到表头行"):
        read_table(headless)


def test_mapping_can_be_corrected(fair, tmp_path):
    path = write_xlsx(tmp_path / "odd.xlsx", [["客户", "所属", "号码"],
                                              ["陈七", "某集团", "13612345678"]])
    with pytest.raises(ValidationError):  # no column name it knows: no header found
        read_table(path)
    path = write_xlsx(tmp_path / "odd2.xlsx", [["客户", "单位", "电话"],
                                               ["陈七", "某集团", "13612345678"]])
    raw = read_table(path)
    mapping = guess_columns(raw)
    with pytest.raises(ValidationError, match="没有“姓名”列"):
        build_preview(fair, raw, mapping)
    mapping.assign(0, "name")
    assert build_preview(fair, raw, mapping).rows[0].values["name"] == "陈七"


@pytest.mark.parametrize("header, field", [
    ("姓名", "name"), ("Name", "name"), ("工作单位", "organisation"), ("Company", "organisation"),
    ("职务", "title"), ("Position", "title"), ("手机", "phone"), ("联系电话（手机）", "phone"),
    ("证件号码", "id_number"), ("身份证号", "id_number"), ("ID No.", "id_number"),
    ("国家或地区", "country"), ("邀请单位", "inviting_unit"), ("参会", "attending"),
    ("到达时间", "arrival_at"), ("航班/车次", "arrival_transport"), ("备注", "notes"),
    ("姓名*", "name"), ("E-mail", "email"), ("返程航班", "departure_transport"),
])
def test_header_synonyms(header, field):
    assert guess_field(header) == field


@pytest.mark.parametrize("value, expected", [
    ("2026年5月18日 10:30", "2026-05-18T10:30:00+08:00"),
    ("5月18日10点", "2026-05-18T10:00:00+08:00"),
    ("5月18日10点半", "2026-05-18T10:30:00+08:00"),
    ("2026/05/18", "2026-05-18T00:00:00+08:00"),
    ("2026-05-18", "2026-05-18T00:00:00+08:00"),
    ("5/18 下午2点", "2026-05-18T14:00:00+08:00"),
    (46160.4375, "2026-05-18T10:30:00+08:00"),
    (datetime(2026, 5, 18, 10, 30), "2026-05-18T10:30:00+08:00"),
    ("2026-05-18T02:30:00+00:00", "2026-05-18T10:30:00+08:00"),  # an offset is kept: UTC
    (datetime(2026, 5, 18, 2, 30, tzinfo=UTC), "2026-05-18T10:30:00+08:00"),
])
def test_date_forms(value, expected, fair):
    assert cell_values.datetime_value(value, 2026, fair.tz) == expected


@pytest.mark.parametrize("value, state", [("是", "attending"), ("否", "declined"),
                                          ("待定", "undecided"), ("Yes", "attending"),
                                          ("NO", "declined"), ("TBD", "undecided"), ("", None)])
def test_attending_words(value, state):
    assert cell_values.reply(value) == state


def test_a_list_of_names_alone_is_enough(fair, tmp_path):
    path = write_xlsx(tmp_path / "names.xlsx", [["姓名"], ["周八"], ["Olga Petrova"]])
    result = import_file(fair, path)
    assert result.imported == 2
    assert {r["country"] for r in fair.rows("SELECT country FROM guests")} == {"CN"}


def test_missing_columns_are_said(fair, tmp_path):
    path = write_xlsx(tmp_path / "names.xlsx", [["姓名", "单位"], ["周八", "某公司"]])
    summary = import_file(fair, path).summary()
    assert summary[0] == "没有“国家或地区”列：全部按中国（大陆）导入。"
    assert "没有“是否参会”列：全部为待邀请。" in summary
    assert not [s for s in import_file(fair, CLEAN).summary() if s.startswith("没有")]
