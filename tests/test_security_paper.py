"""The liaison's printouts and commands, read back as a user would: PDF text, sizes, fonts,
the workbook's cells, stdout and exit codes."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest

from fairdesk import cli
from fairdesk.core.demo import create_demo_fair
from fairdesk.core.fair import Fair
from fairdesk.core.security import inspections, views
from fairdesk.core.security.inspections import ItemAnswer
from fairdesk.core.security.statuses import Answer, CellState

A4 = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)
EVE = "2026-05-17"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("security") / "demo.fair"
    create_demo_fair(path, guests=120).close()
    return path


@pytest.fixture
def copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.fair"
    shutil.copy(demo_file, target)
    return target


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pdf(path: Path) -> tuple[list[str], list[tuple[float, float]]]:
    doc = pdfium.PdfDocument(str(path))
    # lines joined: wrapped Chinese in a cell reads as one string again
    texts = [page.get_textpage().get_text_range().replace("\r\n", "") for page in doc]
    sizes = [tuple(round(x, 2) for x in page.get_size()) for page in doc]
    doc.close()
    data = path.read_bytes()
    assert b"/FontFile2" in data and b"/Helvetica" not in data  # the CJK font, embedded
    return texts, sizes


def test_daily_report_pdf_and_figures(demo_file, tmp_path, capsys):
    out = tmp_path / "daily.pdf"
    code, stdout, _ = run(capsys, "security-report", str(demo_file), "--day", EVE, "--out", str(out))
    assert code == 1  # the demo has overdue items and sites not cleared
    assert "截至 2026-05-17 23:59" in stdout and "消防" in stdout and "未会签完毕" in stdout
    texts, sizes = pdf(out)
    assert set(sizes) == {A4_LANDSCAPE}
    text = "".join(texts)
    for word in ("安保工作日报", "各部门完成情况", "会签情况", "逾期事项及责任单位", "公安", "卫健",
                 "住建/城管/市场监管"):
        assert word in text
    with _open(demo_file) as fair:
        late = views.overdue(fair, at=views.as_of(fair, EVE))
        first_site = views.sites(fair)[0].name
    assert late and late[0].site in text and first_site in text


class _open:  # noqa: N801 - a tiny context manager for a read-only look at the file
    def __init__(self, path: Path) -> None:
        self.fair = Fair.open(path)

    def __enter__(self) -> Fair:
        return self.fair

    def __exit__(self, *exc: object) -> None:
        self.fair.close()


def test_workbook_has_real_dates(demo_file, tmp_path, capsys):
    out = tmp_path / "security.xlsx"
    run(capsys, "security-report", str(demo_file), "--out", str(out))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["部门汇总", "检查事项", "检查记录", "整改"]
    items = book["检查事项"]
    assert items.cell(1, 3).value == "事项" and isinstance(items.cell(2, 5).value, datetime)
    rects = book["整改"]
    assert rects.cell(2, 1).value.startswith("〔2026〕第 ")
    assert isinstance(rects.cell(2, 8).value, datetime)
    assert book["检查记录"].max_row > 10
    # an item failed with its rectification past the deadline is overdue, as in the window
    with _open(demo_file) as fair:
        late = {(i.site, i.label) for i in views.items(fair) if i.late}
    marked = {(r[0].value, r[2].value) for r in items.iter_rows(min_row=2) if r[6].value == "是"}
    assert late and marked == late


def test_checklist_sheet_lists_items_with_tick_boxes(demo_file, tmp_path, capsys):
    out = tmp_path / "sheet.pdf"
    with _open(demo_file) as fair:
        hotel = views.sites(fair)[0]
        titles = [i.title for i in views.items(fair, site_id=hotel.id)
                  if i.department == "消防"]
    code, stdout, _ = run(capsys, "checklist", str(demo_file), "--site", hotel.name,
                          "--department", "fire", "--out", str(out))
    assert code == 0 and f"{len(titles)} 项" in stdout
    texts, sizes = pdf(out)
    assert sizes == [A4]
    for word in ("安全检查表", "合格", "不合格", "不适用", "情况说明", "检查人（签字）",
                 "被检查单位负责人（签字）", hotel.name, *titles):
        assert word in texts[0], word
    doc = pdfium.PdfDocument(str(out))
    raw = doc[0].get_textpage().get_text_range()
    doc.close()
    for heading in ("序号", "完成时限", "不合格", "不适用", "情况说明"):  # each on one line
        assert heading in raw, heading
    code, _, err = run(capsys, "checklist", str(demo_file), "--site", "不存在的酒店",
                       "--out", str(out))
    assert code == 1 and err.strip() == "fairdesk: 找不到点位“不存在的酒店”。"


def test_fire_liaison_end_to_end(copy, tmp_path, capsys):
    """Overdue items found, an inspection with one failure, the notice printed, the
    re-inspection recorded, the site signed off, the matrix cell green."""
    with _open(copy) as fair:
        fire = next(d for d in views.departments(fair) if d.code == "fire")
        cell_site = next(s for s in views.sites(fair) if views.matrix(fair).cell(s.id, fire.id).state
                         not in (CellState.SIGNED_OFF, CellState.NONE)
                         and not views.rectifications(fair, site_id=s.id,
                                                      department_id=fire.id, open_only=True))
        mine = views.items(fair, department_id=fire.id, site_id=cell_site.id)
        before = fair.scalar("SELECT max(number) FROM rectifications")
        answers = [ItemAnswer(i.id, Answer.FAIL if n == 0 else Answer.PASS,
                              note="消防通道堆放桌椅" if n == 0 else "",
                              action_required="当日清理", deadline="2026-05-17 18:00",
                              responsible_person="王经理") for n, i in enumerate(mine)]
        rect = inspections.record_inspection(
            fair, site_id=cell_site.id, department_id=fire.id, answers=answers,
            inspector="赵国栋", at="2026-05-17 09:30").rectifications[0]
        assert rect["number"] == before + 1
    out = tmp_path / "notice.pdf"
    code, stdout, _ = run(capsys, "rectification-notice", str(copy), str(rect["number"]),
                          "--out", str(out))
    assert code == 0
    [text], sizes = pdf(out)
    assert sizes == [A4]
    for word in ("整改通知书", f"〔2026〕第 {rect['number']} 号", "消防通道堆放桌椅", "当日清理",
                 "2026-05-17 18:00", "王经理", "本通知书一式两份", "（盖章）", cell_site.name):
        assert word in text, word
    flat = "".join(text.split())  # the body's dates as a government document writes them
    assert "请你单位于2026年5月17日18时00分前整改完毕" in flat and "2026年5月17日，消防" in flat
    with _open(copy) as fair:
        inspections.reinspect(fair, rect["id"], passed=True, inspector="赵国栋",
                              note="已清理完毕", at="2026-05-17 16:00")
        from fairdesk.core.security.signoff import sign_off
        sign_off(fair, cell_site.id, fire.id, "赵国栋")
        assert views.matrix(fair).cell(cell_site.id, fire.id).state == CellState.SIGNED_OFF
    code, _, _ = run(capsys, "rectification-notice", str(copy), f"2026-{rect['number']}",
                     "--opinion", "--out", str(out))
    [text], _ = pdf(out)
    assert "复查意见书" in text and "复查合格" in text and "已清理完毕" in text


def test_template_import_with_a_bad_row_writes_nothing(copy, tmp_path, capsys):
    out = tmp_path / "templates.xlsx"
    code, stdout, _ = run(capsys, "security-templates", str(copy), "--export", str(out))
    assert code == 0 and "已导出 33 条模板" in stdout
    book = openpyxl.load_workbook(out)
    book.active.append(["宣传部", "横幅", "", "", "会场", 1])
    book.active.cell(2, 4).value = "改过的要求"
    book.save(out)
    code, _, err = run(capsys, "security-templates", str(copy), "--import", str(out))
    assert code == 1 and err.count("\n") == 1 and "第 35 行" in err and "宣传部" in err
    with _open(copy) as fair:
        assert fair.count("checklist_templates") == 33
        assert not fair.rows("SELECT 1 FROM checklist_templates WHERE requirement = '改过的要求'")


def test_issue_checklists_for_a_new_site(copy, capsys):
    with _open(copy) as fair:
        fair.security.create("sites", name="新港码头", kind="route")
    code, stdout, _ = run(capsys, "issue-checklists", str(copy), "--site", "新港码头")
    assert code == 0 and "已下发" in stdout
    code, stdout, _ = run(capsys, "issue-checklists", str(copy))
    assert code == 0 and "没有需要下发的新事项" in stdout
    with _open(copy) as fair:
        site = fair.scalar("SELECT id FROM sites WHERE name = '新港码头'")
        assert {i.department for i in views.items(fair, site_id=site)} >= {"交通", "公安"}


def test_no_opinion_before_a_re_inspection(copy, tmp_path, capsys):
    """A 复查意见书 says "经复查…": for a rectification never re-inspected the command refuses
    in one sentence and writes no file; once re-inspected (not passed) it prints."""
    with _open(copy) as fair:
        rect = next(r for r in views.rectifications(fair, open_only=True)
                    if not inspections.history(fair, r.id))
    out = tmp_path / "opinion.pdf"
    code, _, err = run(capsys, "rectification-notice", str(copy), str(rect.number),
                       "--opinion", "--out", str(out))
    assert code == 1 and not out.exists()
    assert f"整改 {rect.notice_number} 还没有复查记录" in err and "Traceback" not in err
    with _open(copy) as fair:
        inspections.reinspect(fair, rect.id, passed=False, inspector="赵国栋",
                              note="仍未整改到位", at="2026-05-17 16:00")
    code, _, _ = run(capsys, "rectification-notice", str(copy), str(rect.number),
                     "--opinion", "--out", str(out))
    [text], _ = pdf(out)
    assert code == 0 and "整改未完成，继续整改" in text and "仍未整改到位" in text


def test_the_notice_names_the_item_in_chinese_from_an_english_window(copy):
    """整改通知书 is a Chinese document: printed from the English window (or --lang en) it
    still names the item by its Chinese title, as the rest of its text."""
    from fairdesk.base.i18n import language, set_language
    from fairdesk.core.security.paper import notice

    before = language()
    set_language("en")
    try:
        with _open(copy) as fair:
            rect = next(r for r in views.rectifications(fair) if r.item)
            item = fair.get("checklist_items", fair.get("rectifications", rect.id)
                            ["checklist_item_id"])
            assert item["title_en"] and rect.item == item["title_en"]  # the window's words
            n = notice(fair, rect.id)
            assert n.item == item["title"]
        from fairdesk.reports.security.paper import render_notice

        out = render_notice(n, copy.parent / "notice-en.pdf", printed_by="Zhao")
        [text], _ = pdf(out)
        assert "打印于" in text and "第 1 页 / 共 1 页" in text and "printed at" not in text
    finally:
        set_language(before)


def test_security_report_exits_0_only_when_every_site_is_cleared_and_nothing_overdue(
        tmp_path, capsys):
    from fairdesk.core.security import issuing, signoff, templates
    from tests.conftest import TESTER

    path = tmp_path / "small.fair"
    fair = Fair.create(path, TESTER, **{"fair.name": "测试投洽会", "fair.starts_on": "2026-05-18"})
    templates.install_defaults(fair)
    hotel = fair.security.create("sites", name="海景酒店", kind="hotel").items[0].after["id"]
    issuing.issue_checklists(fair)
    codes = [r["id"] for r in fair.rows("SELECT DISTINCT department_id AS id FROM"
                                        " checklist_items")]
    for dept in codes:
        items = inspections.department_items(fair, hotel, dept)
        inspections.record_inspection(fair, site_id=hotel, department_id=dept, inspector="赵国栋",
                                      answers=[ItemAnswer(i["id"], Answer.PASS) for i in items],
                                      at="2026-05-15 10:00")
        signoff.sign_off(fair, hotel, dept, "赵国栋")
    fair.close()
    code, stdout, _ = run(capsys, "security-report", str(path), "--day", EVE)
    assert code == 0 and "点位 1 个，会签完毕 1 个；逾期 0 项。" in stdout
    assert "未会签完毕" not in stdout
    with _open(path) as fair:
        signoff.withdraw_sign_off(fair, hotel, codes[0], reason="厨房改造", by="赵国栋")
    code, stdout, _ = run(capsys, "security-report", str(path), "--day", EVE)
    assert code == 1 and "未会签完毕：海景酒店" in stdout


def _squashed(text: str) -> str:
    """Text without whitespace: English wrapped in a cell loses the space at its line end."""
    return "".join(text.split())


def test_the_english_checklist_sheet_holds_the_english_requirement(copy, tmp_path, capsys):
    """Printed in English, the sheet's words are English, each item by its English title and
    requirement (its Chinese title under it); an item without English keeps its Chinese."""
    with _open(copy) as fair:
        hotel = views.sites(fair)[0]
        fire = next(d for d in views.departments(fair) if d.code == "fire")
        rows = fair.rows("SELECT * FROM checklist_items WHERE site_id = ? AND department_id = ?"
                         " ORDER BY due_at, title", [hotel.id, fire.id])
        bare = rows[-1]  # as if its template had no English
        fair.security.update("checklist_items", bare["id"], title_en="", detail_en="")
    out = tmp_path / "sheet-en.pdf"
    code, stdout, _ = run(capsys, "--lang", "en", "checklist", str(copy), "--site",
                          hotel.name_en, "--department", "Fire", "--out", str(out))
    assert code == 0 and f"{len(rows)} items" in stdout
    texts, sizes = pdf(out)
    assert sizes == [A4]
    text = _squashed(texts[0])
    for word in ("Security checklist", "Requirement", "Pass", "Fail", "N/A", "Notes",
                 "Inspector (signature):", "Person responsible at the site (signature):",
                 hotel.name_en, "Fire"):
        assert _squashed(word) in text, word
    for row in rows[:-1]:
        assert all(w and _squashed(w) in text for w in (row["title_en"], row["detail_en"],
                                                          row["title"]))
    assert _squashed(bare["title"]) in text and _squashed(bare["detail"]) in text
    for chinese in ("检查要求", "不合格", "检查人（签字）", "情况说明"):
        assert chinese not in text, chinese


def test_english_daily_report_and_workbook_use_the_english_words(demo_file, tmp_path, capsys):
    """The English daily report numbers a notice "No. 2026-7" where the Chinese one says
    〔2026〕第 7 号; the English workbook gives each item's English requirement."""
    en, zh = tmp_path / "daily-en.pdf", tmp_path / "daily-zh.pdf"
    run(capsys, "--lang", "en", "security-report", str(demo_file), "--day", EVE, "--out", str(en))
    run(capsys, "security-report", str(demo_file), "--day", EVE, "--out", str(zh))
    english, chinese = "".join(pdf(en)[0]), "".join(pdf(zh)[0])
    with _open(demo_file) as fair:
        late = [r for r in views.rectifications(fair, at=views.as_of(fair, EVE)) if r.overdue]
    assert late
    for r in late:
        assert f"No. {r.year}-{r.number} " in english and r.notice_number in chinese
    assert "〔" not in english and "No. 20" not in chinese
    book_path = tmp_path / "security-en.xlsx"
    run(capsys, "--lang", "en", "security-report", str(demo_file), "--out", str(book_path))
    book = openpyxl.load_workbook(book_path)
    items, rects = book["Items"], book["Rectifications"]
    assert items.cell(1, 4).value == "Requirement"
    with _open(demo_file) as fair:
        english_of = {r["detail"]: r["detail_en"] for r in fair.rows(
            "SELECT detail, detail_en FROM checklist_items")}
    shown = [r[3].value for r in items.iter_rows(min_row=2)]
    assert shown and set(shown) <= set(english_of.values())
    assert all(r[0].value.startswith("No. 2026-") for r in rects.iter_rows(min_row=2))


def test_the_notice_is_found_by_any_of_its_numbers_and_stays_chinese(copy, tmp_path, capsys):
    with _open(copy) as fair:
        rect = views.rectifications(fair)[0]
    out = tmp_path / "notice.pdf"
    for wanted in (str(rect.number), f"{rect.year}-{rect.number}",
                   f"No. {rect.year}-{rect.number}", rect.id):
        code, stdout, _ = run(capsys, "--lang", "en", "rectification-notice", str(copy), wanted,
                              "--out", str(out))
        assert code == 0 and f"No. {rect.year}-{rect.number}" in stdout, wanted
        [text], _ = pdf(out)
        assert rect.notice_number in text and "整改通知书" in text and "No. 20" not in text
