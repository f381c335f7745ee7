"""Chinese punctuation never begins a printed line (避头点): a comma, colon or closing
bracket at a line's end hangs in the margin, or takes the character before it down."""

from __future__ import annotations

import random
from pathlib import Path

import pypdfium2 as pdfium

from fairdesk.reports.fonts import CANNOT_START_ZH
from fairdesk.reports.frame import build, para, styles

TEXTS = ["请你单位于2026年5月18日18时00分前整改完毕，并将整改情况书面报送消防（联系人：赵国栋），"
         "由检查部门复查。逾期未整改或整改不到位的，将报组委会依规处理。",
         "二号安全出口堆放杂物；消防通道被占用！是否已清理？已清理（见照片）。"]


def _lines(text: str, width: float) -> list[str]:
    p = para(text, styles()["cell"])
    p.wrap(width, 10_000)
    return ["".join(line[1]) if isinstance(line, tuple) else "".join(
        getattr(w, "text", "") for w in line.words) for line in p.blPara.lines]


def test_no_line_starts_with_punctuation_at_any_width():
    rng = random.Random(7)
    texts = TEXTS + ["".join(rng.choice("安全检查合格整改" + "，。：；）") for _ in range(120))
                     for _ in range(20)]
    for text in texts:
        for width in range(60, 400, 7):
            lines = _lines(text, width)
            assert "".join(lines) == text, (width, lines)  # nothing lost or doubled
            starts = [line for line in lines[1:] if line and line[0] in CANNOT_START_ZH]
            assert not starts, (width, starts)


def test_the_printed_page_keeps_the_bracket_and_comma_with_their_word(tmp_path: Path):
    out = build(tmp_path / "p.pdf", [para(TEXTS[0], styles()["cell"])], wide=False,
                title="t", fair_name="展会", printed_by="测试员")
    pdf = pdfium.PdfDocument(out)
    text = pdf[0].get_textpage().get_text_range()
    pdf.close()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines and not any(line[0] in CANNOT_START_ZH for line in lines)
