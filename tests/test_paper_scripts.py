"""Names in every script print on every badge size and table card (issue 15, points 1-2).

Each badge is drawn twice, with the guest's name and with the name blanked: the name's
glyphs must add ink (a script without a font prints nothing, which would not), and the
text the PDF carries must hold the name's letters where the script keeps them as such.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from fairdesk.core.badges import issuing
from fairdesk.core.badges.layout import STOCKS, default_layout
from fairdesk.core.badges.snapshot import badge_job
from fairdesk.core.fair import Fair
from fairdesk.core.guests.names import name_forms
from fairdesk.core.reception.meal_lists import TablePlan
from fairdesk.reports import fonts
from fairdesk.reports.badges.cards import SIZES, render_badges, unprintable_badges
from fairdesk.reports.badges.designed import render_designed
from fairdesk.reports.badges.table_cards import render_table_cards
from fairdesk.reports.reception.table_plan import render_table_plan

WORLD = [  # name, organisation, title, romanisation
    ("张伟", "国家开发银行", "副行长", ""),
    ("Christopher Montgomery", "Keystone Semiconductor plc", "Director", ""),
    ("محمد بن سلمان", "شركة أرامكو السعودية", "المدير التنفيذي", ""),
    ("דוד כהן", "טבע תעשיות", "מנכ\"ל", ""),
    ("สมชาย ใจดี", "ธนาคารกรุงเทพ", "ผู้จัดการ", ""),
    ("김민준", "삼성전자", "부사장", ""),
    ("渡邉さくら", "トヨタ自動車株式会社", "部長", "Watanabe Sakura"),
    ("Иван Петров", "Газпромбанк", "Директор", ""),
    ("𠮷田", "吉野家控股", "社长", ""),
    ("刘䶮", "南汉投资", "董事", ""),
    ("राहुल शर्मा", "टाटा समूह", "निदेशक", ""),
    ("Ana 😀 Silva", "Vale S.A. 🌏", "CEO", ""),
]
# letters the PDF's text keeps as letters (shaped Arabic/Thai/Devanagari become glyph forms)
EXTRACTABLE = ("国家开发银行", "Christopher", "김민준", "渡邉さくら", "Иван", "𠮷", "䶮", "Watanabe", "😀", "🌏")


def _world(fair: Fair) -> list[str]:
    ids = []
    for name, org, title, roman in WORLD:
        changes = fair.guests.create("guests", name=name, organisation=org, title=title,
                                     name_roman=roman, category="investor", country="US")
        ids.append(changes.ids()[0])
    return ids


def _ink(path: Path) -> list[int]:
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for page in pdf:
        image = page.render(scale=1.5).to_pil().convert("L")
        out.append(sum(1 for v in image.get_flattened_data() if v < 128))
    pdf.close()
    return out


def _text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    text = "".join(p.get_textpage().get_text_range() for p in pdf)
    pdf.close()
    return text


@pytest.mark.parametrize("size", list(SIZES))
def test_every_script_prints_on_every_badge_size(fair: Fair, tmp_path: Path, size: str) -> None:
    ids = _world(fair)
    job = badge_job(fair, issuing.badges_for_printing(fair, ids, size=size))
    assert [b["name"] for b in job.badges] == [w[0] for w in WORLD]
    for b in job.badges:
        blank = type(job)(job.header, [{**b, "name": "", "name_latin": ""}])
        full = type(job)(job.header, [b])
        render_badges(tmp_path / "full.pdf", full, size)
        render_badges(tmp_path / "blank.pdf", blank, size)
        with_name, without = _ink(tmp_path / "full.pdf")[0], _ink(tmp_path / "blank.pdf")[0]
        assert with_name > without + 40, (size, b["name"], with_name, without)
    render_badges(tmp_path / "all.pdf", job, size)
    text = _text(tmp_path / "all.pdf")
    for word in EXTRACTABLE if SIZES[size].portrait else EXTRACTABLE[:-3]:
        assert word in text, (size, word)
    assert "Du Bian" not in text and "Tian" not in text.replace("Tianjin", "")
    raw = (tmp_path / "all.pdf").read_bytes()
    for font in (b"NotoSansArabic", b"NotoSansHebrew", b"NotoSansThai", b"HanaMinA",
                 b"HanaMinB", b"Symbola", b"NotoSansDevanagari"):
        assert font in raw, (size, font)


def test_table_cards_print_every_script(tmp_path: Path) -> None:
    items = [{"name": n, "organisation": o, "title": t} for n, o, t, _r in WORLD]
    render_table_cards(tmp_path / "cards.pdf", items)
    render_table_cards(tmp_path / "blank.pdf", [{**i, "name": ""} for i in items])
    full, blank = _ink(tmp_path / "cards.pdf"), _ink(tmp_path / "blank.pdf")
    for (name, *_rest), a, b in zip(WORLD, full, blank, strict=True):
        assert a > b + 400, (name, a, b)


def test_arabic_is_joined_and_right_to_left() -> None:
    """Shaped: محمد is drawn as its joined forms, right to left (the initial meem is drawn
    last, rightmost; the final dal first); words in an Arabic line read right to left."""
    (piece,) = fonts.layout("محمد", 20).pieces
    assert piece.text[0] == "\ufeaa" and piece.text[-1] == "\ufee3"  # final dal ... initial meem
    assert [r.rtl for r in fonts.runs("Dr محمد علي")] == [False, True]
    assert fonts.runs("محمد علي")[0].text == "محمد علي"  # the space stays in the Arabic run
    pieces = fonts.layout("Ali (محمد)", 10).pieces
    assert [p.text for p in pieces[::2]] == ["Ali (", ")"]
    pieces = fonts.layout("(محمد) Ali", 10).pieces  # an Arabic line: Ali comes first, leftmost
    assert pieces[0].text == "Ali" and pieces[-1].text == ")"  # "Ali (محمد)", parens mirrored


def test_hebrew_words_in_right_to_left_order() -> None:
    markup = fonts.markup("דוד כהן")
    assert markup == '<font name="NotoSansHebrew">כהן דוד</font>'


def test_unprintable_characters_are_named_before_printing(fair: Fair) -> None:
    ids = _world(fair)
    odd = fair.guests.create("guests", name="王\U0003134a", category="investor",
                             country="CN").ids()[0]  # Extension G: no bundled font has it
    job = badge_job(fair, issuing.badges_for_printing(fair, [*ids, odd]))
    warnings = unprintable_badges(job.badges)
    assert len(warnings) == 1 and "\U0003134a" in warnings[0] and "王" in warnings[0]


def test_latin_line_under_names() -> None:
    assert name_forms("渡邉さくら")[0] == "渡邉さくら"  # kana: no pinyin line
    assert name_forms("𠮷田")[0] == "𠮷田"  # a character without a reading: no half pinyin
    assert name_forms("阿卜杜热西提·艾合买提江")[0] == "Abudurexiti Aihemaitijiang"
    assert name_forms("迪丽热巴・迪力木拉提")[0] == "Dilireba Dilimulati"
    assert name_forms("欧阳娜娜")[0] == "Ouyang Nana"
    assert name_forms("刘䶮")[0] == "Liu Yan"


def test_own_romanisation_is_the_latin_name(fair: Fair) -> None:
    gid = fair.guests.create("guests", name="渡邉さくら", name_roman="Watanabe  Sakura",
                             category="investor", country="JP").ids()[0]
    assert fair.get("guests", gid)["name_latin"] == "Watanabe Sakura"
    fair.guests.update("guests", gid, name="渡辺さくら")
    assert fair.get("guests", gid)["name_latin"] == "Watanabe Sakura"
    fair.guests.update("guests", gid, name_roman="")
    assert fair.get("guests", gid)["name_latin"] == "渡辺さくら"


# --- every name on every form of paper (issue 15, "done when") -------------------------------

def _flat(text: str) -> str:
    """The text as compared: compatibility forms folded (a shaped Arabic letter is its
    letter again; the ideographic space in 张　伟 a space) and no spaces or line breaks."""
    return "".join(unicodedata.normalize("NFKC", text).split())


# Devanagari's shaped clusters reach the text layer as private-use codes (its ink is checked
# above); every other script's letters are in the text, right-to-left ones in logical order.
LOGICAL = [w for w in WORLD if not any("\u0900" <= ch <= "\u097f" for ch in w[0])]
PAPER = [*(f"size:{s}" for s in SIZES), *(f"stock:{s}" for s in STOCKS), "table-cards",
         "table-plan"]


def _plan(names: list[tuple[str, str]]) -> TablePlan:
    head = {i + 1: nt for i, nt in enumerate(names[:10])}
    rest = {i + 1: nt for i, nt in enumerate(names[10:])}
    sitting = {"name": "欢迎晚宴", "name_en": "Welcome banquet",
               "starts_at": "2026-05-18T18:30:00+08:00"}
    return TablePlan("测试投洽会", sitting, [
        {"number": 1, "name": "", "seats": 10, "is_head": True, "names": head},
        {"number": 2, "name": "", "seats": 16, "is_head": False, "names": {**head, **rest}},
    ], [])


def _render(fair: Fair, paper: str, path: Path) -> None:
    kind, _sep, code = paper.partition(":")
    if kind in ("size", "stock"):
        ids = _world(fair)
        job = badge_job(fair, issuing.badges_for_printing(fair, ids, size=code or "a6"))
        if kind == "stock":
            layout = default_layout(code)
            render_designed(path, type(job)(job.header, job.badges, layout), layout)
        else:
            render_badges(path, job, code)
    elif paper == "table-cards":
        render_table_cards(path, [{"name": n, "organisation": o, "title": t}
                                  for n, o, t, _r in WORLD])
    else:
        render_table_plan(_plan([(n, t) for n, _o, t, _r in WORLD]), path, printed_by="x",
                          printed_at="2026-05-18 10:00")


@pytest.mark.parametrize("paper", PAPER)
def test_every_name_is_in_the_text_of_every_printout(fair: Fair, tmp_path: Path,
                                                     paper: str) -> None:
    """Arabic, Hebrew, Thai, Japanese, Korean, Russian, rare CJK and emoji names print on
    every badge size, every stock preset of the layout, the table cards and the table
    plan: each name (and, on badges and cards, its organisation and title) is found in the
    page's text, whole."""
    path = tmp_path / "paper.pdf"
    _render(fair, paper, path)
    text = _flat(_text(path))
    for name, org, title, _roman in LOGICAL:
        for field in (name, title) if paper == "table-plan" else (name, org, title):
            assert _found(field, text), (paper, field)


def _found(field: str, text: str) -> bool:
    """The field whole in the text, or (a name set in several fonts, 刘 and 䶮) each of its
    runs whole: the text layer may list a run of another font's glyphs elsewhere."""
    return _flat(field) in text or all(_flat(r.text) in text for r in fonts.runs(field))


def _font_size(page: pdfium.PdfPage, word: str) -> float:
    textpage = page.get_textpage()
    searcher = textpage.search(word)
    found = searcher.get_next()
    assert found, word
    return pdfium_c.FPDFText_GetFontSize(textpage.raw, found[0])


def test_table_plan_latin_names_are_not_much_smaller_than_chinese(tmp_path: Path) -> None:
    """At the head table and in a big table's list a Latin name prints within a fifth of
    the Chinese names' size, and a long title keeps every word whole."""
    names = [("张伟", "副行长"), ("Christopher Montgomery", "Director of Business Development"),
             ("Alexandra Fitzgerald-Whitmore", "Senior Vice President"), ("李娜", "处长")]
    path = render_table_plan(_plan(names), tmp_path / "plan.pdf", printed_by="x",
                             printed_at="2026-05-18 10:00")
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[0]
    chinese = _font_size(page, "张伟")
    for word in ("Christopher", "Fitzgerald"):
        assert _font_size(page, word) >= chinese * 0.8, (word, _font_size(page, word), chinese)
    words = set(page.get_textpage().get_text_range().replace("\r\n", " ").split(" "))
    assert {"Director", "Business", "Development", "Senior", "President"} <= words
    assert not {"Develop", "Busi", "Presi"} & words
    pdf.close()


def test_a_right_to_left_name_starts_at_the_right_of_a_left_aligned_box(fair: Fair,
                                                                        tmp_path: Path) -> None:
    """In the committee's layout a "left" box holds an Arabic name against its right edge
    (where the line starts), as the fixed CR80 card does, and a Latin name at its left."""
    from reportlab.lib.units import mm

    ids = _world(fair)
    layout = default_layout("cr80")
    name_box = next(b for b in layout.front if b.key == "name")
    job = badge_job(fair, issuing.badges_for_printing(fair, [ids[1], ids[2]], size="cr80"))
    render_designed(tmp_path / "rtl.pdf", type(job)(job.header, job.badges, layout), layout)
    pdf = pdfium.PdfDocument(str(tmp_path / "rtl.pdf"))
    for page, script in zip(pdf, ("latin", "arabic"), strict=True):
        textpage = page.get_textpage()
        boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())
                 if (0x600 <= ord(textpage.get_text_range(i, 1) or " ") <= 0x6ff
                     or 0xfe70 <= ord(textpage.get_text_range(i, 1) or " ") <= 0xfeff)
                 == (script == "arabic") and textpage.get_text_range(i, 1).isalpha()]
        card_h = layout.stock.card[1] * mm
        top, bottom = card_h - name_box.y * mm, card_h - (name_box.y + name_box.h) * mm
        line = [b for b in boxes if b[1] > bottom - 2 * mm and b[3] < top + 2 * mm]  # the name
        left, right = min(b[0] for b in line), max(b[2] for b in line)
        if script == "arabic":
            assert abs(right - (name_box.x + name_box.w) * mm) < 2 * mm, (right, name_box)
        else:
            assert abs(left - name_box.x * mm) < 2 * mm, (left, name_box)
    pdf.close()
