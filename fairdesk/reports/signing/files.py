"""The signing desk's files: the MC's script as .docx (python-docx; the MC's office edits
it) and the leaders' summary as .xlsx (the one writer, :mod:`fairdesk.base.xlsx`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.base.files import written
from fairdesk.base.i18n import t
from fairdesk.base.xlsx import close_book, open_book, tab_name
from fairdesk.core.signing.notes import intents_note, rates_note
from fairdesk.reports.signing.paper import county_table, group_table

if TYPE_CHECKING:
    from fairdesk.core.signing.script import Script
    from fairdesk.core.signing.summary import SigningSummary

DOCX_FONT = "宋体"  # what a Chinese Word or WPS shows; the MC's office has it
_SIZES = {"title": 18, "note": 10.5, "heading": 14, "zh": 14, "en": 11}


def write_script_docx(script: Script, path: str | Path) -> Path:
    """The script as an editable Word document, a paragraph per paragraph. Raises OSError."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    doc.core_properties.title = script.title
    section = doc.sections[0]  # python-docx's template is US Letter; the office prints A4
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(25)
    for para in script.paragraphs:
        p = doc.add_paragraph()
        run = p.add_run(para.text)
        run.font.size = Pt(_SIZES[para.kind])
        run.font.name = DOCX_FONT
        run.element.rPr.rFonts.set(qn("w:eastAsia"), DOCX_FONT)  # CJK text uses this slot
        run.bold = para.kind in ("title", "heading")
        if para.kind in ("title", "note"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif para.kind == "zh":
            p.paragraph_format.first_line_indent = Pt(28)
        p.paragraph_format.line_spacing = 1.5 if para.kind == "zh" else 1.15
    path = Path(path)
    with written(path) as partial:
        doc.save(str(partial))
    return path


def write_summary_xlsx(summary: SigningSummary, path: str | Path) -> Path:
    """One sheet per table (counties, sectors, documents, capital), the same figures as the
    PDF. Raises OSError."""
    book = open_book(path)
    font = {"font_name": "宋体", "font_size": 11}
    head = book.add_format({**font, "bold": True, "bg_color": "#1F4E79", "font_color": "#FFFFFF",
                            "border": 1, "text_wrap": True, "valign": "vcenter"})
    cell = book.add_format(font)
    bold = book.add_format({**font, "bold": True, "top": 1})
    used: set[str] = set()
    tables = [(t("县区", "Counties"), *county_table(summary))]
    for kind, name in (("sector", t("产业领域", "Sectors")), ("document", t("签约类型", "Documents")),
                       ("capital", t("资金来源", "Capital"))):
        tables.append((name, *group_table(summary, kind)))
    for name, header, rows in tables:
        ws = book.add_worksheet(tab_name(name, used))
        for c, h in enumerate(header):
            ws.set_column(c, c, 16 if c else 22)
            ws.write_string(0, c, h, head)
        for r, values in enumerate(rows, 1):
            for c, value in enumerate(values):
                _write(ws, r, c, value, bold if r == len(rows) else cell)
        notes = [n for n in (intents_note(summary), rates_note(summary)) if n]
        for i, note in enumerate(notes):
            ws.write_string(len(rows) + 2 + i, 0, note, cell)
        ws.freeze_panes(1, 1)
    close_book(book)
    return Path(path)


def _write(ws: object, r: int, c: int, value: str, fmt: object) -> None:
    """Figures as numbers (a leader's assistant sums them again), labels as text."""
    try:
        number = float(value)
    except ValueError:
        ws.write_string(r, c, value, fmt)  # type: ignore[attr-defined]
        return
    ws.write_number(r, c, number, fmt)  # type: ignore[attr-defined]
