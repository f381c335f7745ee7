"""The frame the printed lists share (roster lists, security paper): A4, the fair's heading,
tables, and a footer.

The footer says when and by whom the page was printed and "page x of y"; the
page count needs the whole document, so pages are held and stamped on save.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from fairdesk.base.errors import FairdeskError
from fairdesk.base.files import written
from fairdesk.base.i18n import t
from fairdesk.reports.fonts import FONT, hang_cjk_punctuation, markup, register_fonts, text_width

hang_cjk_punctuation()

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
MARGIN = 12 * mm
INK = colors.HexColor("#1F2D3D")
HEAD_BG = colors.HexColor("#2E4A66")
STRIPE = colors.HexColor("#F2F5F8")
RULE = colors.HexColor("#9AA8B6")
ALERT = colors.HexColor("#B42318")


class PrintCancelled(FairdeskError):
    def __init__(self) -> None:
        super().__init__("已取消打印，未生成文件。", "Printing cancelled; no file was written.")


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # shaping: Arabic, Thai and Devanagari runs (fonts.markup) are shaped by HarfBuzz
    base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=10.5, textColor=INK,
                          wordWrap="CJK", shaping=1)
    return {
        "cell": base,
        "head": ParagraphStyle("head", parent=base, textColor=colors.white, fontSize=8.5),
        "fair": ParagraphStyle("fair", parent=base, fontSize=10, leading=13,
                               textColor=colors.HexColor("#556677"), alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontSize=17, leading=22,
                                alignment=TA_CENTER, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=9.5, leading=13,
                                   alignment=TA_CENTER, spaceAfter=6),
        "note": ParagraphStyle("note", parent=base, fontSize=9, leading=12, spaceBefore=5),
        "band": ParagraphStyle("band", parent=base, fontSize=9, textColor=HEAD_BG),
    }


def esc(text: Any) -> str:
    """Text for a Paragraph: markup characters escaped, newlines kept, each script in a font
    that has it (Arabic and Hebrew right to left)."""
    s = "" if text is None else str(text)
    return "<br/>".join(markup(line) for line in s.split("\n"))


def para(text: Any, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain ``text``: Latin-only text wraps at spaces (the CJK rule of
    ``style`` would cut "Semiconductor" mid-word), text with Chinese wraps anywhere."""
    s = "" if text is None else str(text)
    if style.wordWrap == "CJK" and not _CJK.search(s):
        style = _latin_variant(style)
    return Paragraph(esc(s), style)


_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")
_LATIN_STYLES: dict[int, ParagraphStyle] = {}


_RIGHT_STYLES: dict[int, ParagraphStyle] = {}


def _flush(style: ParagraphStyle, right: bool) -> ParagraphStyle:
    """``style``, or its flush-right twin (made once) for a column of figures."""
    if not right:
        return style
    twin = _RIGHT_STYLES.get(id(style))
    if twin is None or twin.parent is not style:
        twin = _RIGHT_STYLES[id(style)] = ParagraphStyle(f"{style.name}-right", parent=style,
                                                         alignment=TA_RIGHT)
    return twin


def _fitting_head(style: ParagraphStyle, text: str, room: float) -> ParagraphStyle:
    """The header style, smaller when the heading's longest word would not fit its column
    (a narrow "Companions" is shrunk, never broken into "Compan/ions")."""
    words = text.split() if not _CJK.search(text) else []
    widest = max((text_width(w, style.fontSize) for w in words), default=0.0)
    if widest <= room or room <= 0:
        return style
    size = max(5.5, style.fontSize * room / widest)
    return ParagraphStyle(f"{style.name}-{size:.1f}", parent=style, fontSize=size,
                          leading=size * 1.2)


def _latin_variant(style: ParagraphStyle) -> ParagraphStyle:
    key = id(style)
    if key not in _LATIN_STYLES or _LATIN_STYLES[key].parent is not style:
        _LATIN_STYLES[key] = ParagraphStyle(f"{style.name}-latin", parent=style, wordWrap=None)
    return _LATIN_STYLES[key]


def page_size(wide: bool) -> tuple[float, float]:
    return landscape(A4) if wide else A4


def heading(fair_name: str, title: str, subtitle: str) -> list[Flowable]:
    st = styles()
    return [Paragraph(esc(fair_name), st["fair"]), Paragraph(esc(title), st["title"]),
            Paragraph(esc(subtitle), st["subtitle"])]


def table(header: list[str], rows: list[list[str]], widths_mm: list[float], frame_width: float,
          *, bands: dict[int, str] | None = None, alerts: set[tuple[int, int]] = frozenset(),
          caption: str = "", footer: list[str] = (), row_height_mm: float = 0.0,
          right: frozenset[int] = frozenset()) -> Table:
    """A list table: header repeated on every page, striped rows, widths scaled to the frame.

    ``bands`` maps a data row index to a heading line drawn across the table before it
    (the hour on the arrivals board); ``alerts`` are (row, column) cells printed in red.
    ``caption`` (the hotel, the driver and vehicle) is a line across the top, repeated on
    every page with the header; ``footer`` lines (the totals) close the table, so a total
    never stands on a page of its own (the last row goes over with it). A long cell (a
    45-seat coach's passengers) is continued in rows below (:func:`_row_parts`), so the
    table breaks between rows and never inside one: ReportLab's split inside a row drew
    the next row's repeated heading on the same page. ``row_height_mm``: each one-line row
    padded to at least that height, its text centred (a sign-in sheet's room for a
    signature). Columns in ``right`` (figures) are set flush right."""
    st = styles()
    scale = frame_width / (sum(widths_mm) * mm)
    widths = [w * mm * scale for w in widths_mm]
    data = [[para(h, _flush(_fitting_head(st["head"], str(h), w - 6), j in right))
             for j, (h, w) in enumerate(zip(header, widths, strict=True))]]
    top = 0
    if caption:
        data.insert(0, [para(caption, st["band"])] + [""] * (len(header) - 1))
        top = 1
    style = [("BACKGROUND", (0, top), (-1, top), HEAD_BG), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTNAME", (0, 0), (-1, -1), FONT),
             ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 3),
             ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    alert_style = ParagraphStyle("alert", parent=st["cell"], textColor=ALERT)
    stripe = 0
    for i, row in enumerate(rows):
        if bands and i in bands:
            data.append([para(bands[i], st["band"])] + [""] * (len(header) - 1))
            r = len(data) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r),
                                                   colors.HexColor("#E3EAF1"))]
            stripe = 0
        for k, part in enumerate(_row_parts(row)):
            data.append([para(v, _flush(alert_style if (i, j) in alerts else st["cell"],
                                        j in right))
                         for j, v in enumerate(part)])
            r = len(data) - 1
            if k:  # a continuation of the row above: no rule between them
                style.append(("LINEABOVE", (0, r), (-1, r), 0.4, colors.white))
            if stripe % 2:
                style.append(("BACKGROUND", (0, r), (-1, r), STRIPE))
        stripe += 1
    if caption:
        style += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), colors.white)]
    if row_height_mm and rows:
        pad = max(0.0, (row_height_mm * mm - st["cell"].leading) / 2)
        first = top + 1
        style += [("TOPPADDING", (0, first), (-1, len(data) - 1), pad),
                  ("BOTTOMPADDING", (0, first), (-1, len(data) - 1), pad),
                  ("VALIGN", (0, first), (-1, len(data) - 1), "MIDDLE")]
    last = len(data) - 1
    for line in footer:
        data.append([para(line, st["cell"])] + [""] * (len(header) - 1))
        style += [("SPAN", (0, len(data) - 1), (-1, len(data) - 1))]
    if footer and rows:  # the totals go over with the last row rather than stand alone
        style.append(("NOSPLIT", (0, last), (-1, -1)))
    tbl = Table(data, colWidths=widths, repeatRows=top + 1)
    tbl.setStyle(TableStyle(style))
    return tbl


PART_LINES = 14  # a cell of more lines (a coach's passengers) goes on in rows below


def _row_parts(row: list[Any]) -> list[list[Any]]:
    """``row`` as it is printed: a cell of more than PART_LINES lines is continued in rows
    below (its other cells empty there), so a long row can break between pages, and its
    last part goes over with the totals, instead of the totals standing alone."""
    cells = ["" if v is None else str(v) for v in row]
    tall = max(range(len(cells)), key=lambda j: cells[j].count("\n"))
    lines = cells[tall].split("\n")
    if len(lines) <= PART_LINES:
        return [list(row)]
    parts = [lines[i:i + PART_LINES] for i in range(0, len(lines), PART_LINES)]
    if len(parts[-1]) == 1 and len(parts) > 1:  # never a lone "(39 people)"
        parts[-2:] = [parts[-2][:-1], [parts[-2][-1], *parts[-1]]]
    first = list(row)
    first[tall] = "\n".join(parts[0])
    rest = [["\n".join(p) if j == tall else "" for j in range(len(cells))] for p in parts[1:]]
    return [first, *rest]


def _footer_maker(fair_name: str, printed_by: str, printed_at: str,
                  chinese: bool = False) -> type[canvas.Canvas]:
    say = (lambda zh, _en, **kw: zh.format(**kw)) if chinese else t
    class FooterCanvas(canvas.Canvas):
        """Holds pages until save, then stamps "page x of y" and who printed it."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or register_fonts()
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._stamp(number, total)
                super().showPage()
            super().save()

        def _stamp(self, number: int, total: int) -> None:
            width, _height = self._pagesize
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#556677"))
            self.setStrokeColor(RULE)
            self.line(MARGIN, 10 * mm, width - MARGIN, 10 * mm)
            self.drawString(MARGIN, 6.5 * mm, say("{f}　打印于 {at}　操作员 {who}",
                                                "{f}   printed at {at} by {who}",
                                                f=fair_name, at=printed_at, who=printed_by))
            self.drawRightString(width - MARGIN, 6.5 * mm,
                                 say("第 {n} 页 / 共 {k} 页", "Page {n} of {k}", n=number,
                                     k=total))

    return FooterCanvas


def now_text(tz: ZoneInfo | None = None) -> str:
    return datetime.now(tz).strftime("%Y-%m-%d %H:%M")


def build(path: str | Path, story: list[Flowable], *, wide: bool, title: str, fair_name: str,
          printed_by: str, printed_at: str | None = None, chinese: bool = False) -> Path:
    """Write the PDF. Raises OSError if the file cannot be written.

    ``printed_at`` (fair-local, from the snapshot) goes in the footer; without it the
    laptop's clock is used. ``chinese``: a document in Chinese only (a government-style
    notice) has its footer in Chinese whatever the language of the window."""
    register_fonts()
    path = Path(path)
    with written(path) as partial:
        doc = SimpleDocTemplate(str(partial), pagesize=page_size(wide), leftMargin=MARGIN,
                                rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=14 * mm,
                                title=title, author=printed_by, creator="fairdesk")
        doc.build(story, canvasmaker=_footer_maker(fair_name, printed_by,
                                                    printed_at or now_text(), chinese))
    return path


def frame_width(wide: bool) -> float:
    return page_size(wide)[0] - 2 * MARGIN
