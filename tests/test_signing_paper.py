"""The signing desk's paper and commands, read back as a user would: the MC's script from
the PDF and from the .docx, the running order, the summary's lines adding up on paper, in
the workbook and on stdout."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest
from docx import Document

from fairdesk import cli
from fairdesk.core.demo import create_demo_fair
from fairdesk.core.fair import Fair
from tests.signing_lists import write_messy_list

A4 = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("signing") / "demo.fair"
    create_demo_fair(path, guests=300).close()
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


def pdf(path: Path) -> tuple[str, list[tuple[float, float]]]:
    doc = pdfium.PdfDocument(str(path))
    text = "".join(page.get_textpage().get_text_range().replace("\r\n", "") for page in doc)
    sizes = [tuple(round(x, 2) for x in page.get_size()) for page in doc]
    doc.close()
    assert b"/FontFile2" in path.read_bytes()  # the CJK font, embedded
    return text, sizes


def _slots(path: Path, session: int = 1) -> list[dict]:
    fair = Fair.open(path)
    try:
        from fairdesk.core.signing.ceremony import running_order, signing_sessions

        order = running_order(fair, signing_sessions(fair)[session - 1]["id"])
        return [{"name": s.name, "county": s.county,
                 "signers": [x.name for x in s.signatories if x.name]} for s in order.slots]
    finally:
        fair.close()


def test_mc_script_pdf_reads_every_project_in_order(copy, tmp_path, capsys):
    out = tmp_path / "mc.pdf"
    code, stdout, _ = run(capsys, "mc-script", str(copy), "--out", str(out))
    assert code == 0 and "主持词" in stdout
    text, sizes = pdf(out)
    assert set(sizes) == {A4}
    slots = _slots(copy)
    positions = [text.index(s["name"]) for s in slots]
    assert positions == sorted(positions)  # read out in running order
    assert "一、开场" in text and "签约仪式到此结束" in text
    for s in slots:
        for name in s["signers"]:
            assert name in text
    assert re.search(r"总投资[\d.]+亿元", text) and "万美元" in text
    assert "Distinguished guests" in text  # the demo fair has English text


def test_mc_script_docx_holds_the_same_script(copy, tmp_path, capsys):
    out = tmp_path / "mc.docx"
    code, _, _ = run(capsys, "mc-script", str(copy), "--session", "1", "--out", str(out))
    assert code == 0
    paragraphs = [p.text for p in Document(str(out)).paragraphs]
    text = "\n".join(paragraphs)
    slots = _slots(copy)
    assert paragraphs[0].endswith("主持词")
    assert [s["name"] for s in slots if s["name"] in text] == [s["name"] for s in slots]
    assert text.index(slots[0]["name"]) < text.index(slots[-1]["name"])
    assert "签约仪式到此结束" in text


def test_running_order_sheet_flags_the_problems(copy, tmp_path, capsys):
    out = tmp_path / "order.pdf"
    code, stdout, _ = run(capsys, "running-order", str(copy), "--session", "2", "--out",
                          str(out))
    assert code == 1  # the demo leaves problems in the county session
    assert "尚未报到" in stdout and "缺少投资方签约人" in stdout
    text, sizes = pdf(out)
    assert set(sizes) == {A4_LANDSCAPE}
    assert "签约仪式程序" in text and "见证领导" in text and "待处理" in text
    for s in _slots(copy, 2):
        assert s["name"] in text


def _stdout_table(stdout: str) -> list[list[str]]:
    lines = stdout.splitlines()
    return [line.split() for line in lines[2:lines.index(next(x for x in lines
                                                               if x.startswith("合计"))) + 1]]


def test_summary_lines_add_up_on_stdout_pdf_and_xlsx(copy, tmp_path, capsys):
    code, stdout, _ = run(capsys, "signing-summary", str(copy))
    assert code == 0
    rows = _stdout_table(stdout)
    *counties, total = rows
    assert total[0] == "合计"
    for col in range(1, 6):  # projects, total, foreign, domestic, contract
        assert sum(Decimal(r[col]) for r in counties) == Decimal(total[col])
    for r in rows:  # and each line's foreign + domestic is its total
        assert Decimal(r[3]) + Decimal(r[4]) == Decimal(r[2])
    assert "意向" in stdout  # letters of intent shown apart

    out = tmp_path / "summary.pdf"
    run(capsys, "signing-summary", str(copy), "--out", str(out))
    text, sizes = pdf(out)
    assert sizes[0] == A4_LANDSCAPE and "签约成果汇总表" in text and "全市合计" in text
    assert total[2] in text and "各行之和等于合计" in text

    book = tmp_path / "summary.xlsx"
    run(capsys, "signing-summary", str(copy), "--out", str(book))
    ws = openpyxl.load_workbook(book).worksheets[0]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    lines = [v for v in values if v[0] and isinstance(v[5], (int, float))]
    *county_lines, city = lines
    assert round(sum(Decimal(str(v[5])) for v in county_lines), 2) == Decimal(str(city[5]))
    assert Decimal(str(city[5])) == Decimal(total[2])


def test_press_figures_are_one_paragraph(copy, capsys):
    code, stdout, _ = run(capsys, "signing-summary", str(copy), "--press")
    press = [line for line in stdout.splitlines() if line.startswith("2026")][0]
    assert "共签约项目" in press and "外资项目" in press and "1亿元以上项目" in press


def test_exchange_rate_and_import_commands(copy, tmp_path, capsys):
    code, stdout, _ = run(capsys, "exchange-rate", str(copy), "usd", "7.25")
    assert code == 0 and "USD  7.25" in stdout and "签约时汇率" in stdout
    code, _, err = run(capsys, "exchange-rate", str(copy), "USD", "seven")
    assert code == 1 and "不是正数" in err
    fair = Fair.open(copy)
    for name in ("东港区", "西山县"):  # the counties the list names
        fair.guests.create("inviting_units", name=name, kind="county")
    fair.close()
    path = write_messy_list(tmp_path / "list.xlsx", bad_amount=True)
    code, _, err = run(capsys, "import-projects", str(copy), str(path), "--county", name)
    assert code == 1 and "第 7 行" in err
    rejects = tmp_path / "rejects.xlsx"
    code, stdout, _ = run(capsys, "import-projects", str(copy), str(path), "--county", name,
                          "--skip-invalid", "--rejects", str(rejects), "--dry-run")
    assert code == 0 and "试运行" in stdout and not rejects.exists()


def test_the_english_running_order_and_the_script_in_each_language(copy, tmp_path, capsys):
    """In English the sheet names the currency as "(USD)" after a space, so a long name
    wraps instead of running into the next column, and says where in English; the MC's
    script reads the venue in Chinese in its Chinese lines, whatever the clerk's language."""
    out = tmp_path / "order-en.pdf"
    code, _, _ = run(capsys, "--lang", "en", "running-order", str(copy), "--session", "2",
                     "--out", str(out))
    text, _ = pdf(out)
    assert code == 1 and " (USD)" in text and "（USD）" not in text
    fair = Fair.open(copy)
    venue = fair.rows("SELECT v.name, v.name_en FROM agenda_sessions s JOIN venues v"
                      " ON v.id = s.venue_id WHERE s.kind = 'signing' ORDER BY s.starts_at")
    fair.close()
    assert f" · {venue[1]['name_en']} · " in text
    script = tmp_path / "mc-en.docx"
    run(capsys, "--lang", "en", "mc-script", str(copy), "--out", str(script))
    lines = [p.text for p in Document(str(script)).paragraphs]
    assert venue[0]["name"] in lines[1] and venue[0]["name_en"] not in lines[1]


def test_a_breakdown_of_the_summary_is_never_split_by_a_page(copy, tmp_path, capsys):
    out = tmp_path / "summary-en.pdf"
    run(capsys, "--lang", "en", "signing-summary", str(copy), "--out", str(out))
    doc = pdfium.PdfDocument(str(out))
    pages = [page.get_textpage().get_text_range() for page in doc]
    doc.close()
    [capital] = [text for text in pages if "Capital" in text]
    after = capital[capital.index("Capital"):]
    assert re.search(r"Foreign\s+\d", after) and re.search(r"Domestic\s+\d", after)


def test_the_script_says_dollar_amounts_as_an_mc_reads_them(copy, tmp_path, capsys):
    out = tmp_path / "mc.docx"
    run(capsys, "mc-script", str(copy), "--out", str(out))
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    section = Document(str(out)).sections[0]  # printed on A4, not python-docx's US Letter
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    said = re.findall(r"USD ([\d,.]+) million", text)
    assert said and not any(x.endswith(".00") for x in said)
    assert any("," in x for x in said) or all(float(x.replace(",", "")) < 1000 for x in said)


def test_press_figures_in_english_say_the_summary_total(copy, capsys):
    code, stdout, _ = run(capsys, "--lang", "en", "signing-summary", str(copy), "--press")
    total = next(line for line in stdout.splitlines() if line.startswith("Total ")).split()
    [press] = [line for line in stdout.splitlines() if line.startswith("The ")]
    assert code == 0 and "Investment and Trade Fair signed" in press
    millions = f"{round(float(total[2]) * 100):,}"  # 269.59 (亿元, as printed) -> 26,959
    assert f"total investment of RMB {millions} million" in press
    assert re.search(r"Also (1 letter|\d+ letters) of intent, RMB", press)
    assert "共签约" not in press


def test_the_scripts_english_lines_say_chinese_signatories_in_latin(copy, tmp_path, capsys):
    """An MC reading to English guests says 'Ma Yongqiang', not '马永强', and RMB amounts
    in millions as the printed 亿元 figure gives them (68.55 亿元 -> RMB 6,855 million)."""
    out = tmp_path / "mc.docx"
    run(capsys, "mc-script", str(copy), "--out", str(out))
    english = [p.text for p in Document(str(out)).paragraphs if p.text.startswith("No. ")]
    signing = [line.split("Signing: ", 1)[1] for line in english if "Signing: " in line]
    assert signing
    names = [part.split(" (")[0] for line in signing for part in re.split(r"; |, (?=\S+ \()",
                                                                          line)]
    assert names and not any(re.search(r"[\u4e00-\u9fff]", n) for n in names), names
    assert not any("hundred million" in line for line in english)
    assert any(re.search(r"RMB [\d,]+ million", line) for line in english)
