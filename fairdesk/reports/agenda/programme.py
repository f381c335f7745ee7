"""The programme PDF (议程 / Programme): A4, or an A5 booklet imposed two-up on A4.

Options, in the spirit of Indico's timetable export (page size, cover, a new page per
day, session descriptions, speakers' titles and affiliations): :class:`ProgrammeOptions`.
Languages: Chinese, English, or both side by side (Chinese left, English right).
Parallel routes of one track are printed side by side in one row.

The booklet: the A5 pages are drawn first, padded with blank pages to a multiple of
four, then placed on A4 landscape sheets in saddle-stitch order (sheet 1 front: the
last page left, page 1 right; back: page 2 left, the last but one right; ...), so that
the printed stack, folded in the middle and stapled, reads 1, 2, 3 ...
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from fairdesk.base.files import written
from fairdesk.reports.fonts import FONT, fit_size, register_fonts
from fairdesk.reports.frame import HEAD_BG, INK, RULE, esc

if TYPE_CHECKING:
    from fairdesk.core.agenda.programme import Day, Item, Person, Programme, Slot

SIZES = ("a4", "a5-booklet")
LANGS = ("zh", "en", "both")
LABELS = {"venue": ("地点", "Venue"), "host": ("主持", "Host"), "dress": ("着装", "Dress code"),
          "speakers": ("演讲嘉宾", "Speakers"), "honour": ("主宾", "Guests of honour"),
          "notes": ("提示", "Note"), "programme": ("议程", "Programme"),
          "hotline": ("组委会服务热线", "Committee hotline"), "routes": ("平行线路", "Parallel routes")}


@dataclass(frozen=True)
class ProgrammeOptions:
    size: str = "a4"  # "a4" | "a5-booklet"
    lang: str = "both"  # "zh" | "en" | "both"
    cover: bool = True
    new_page_per_day: bool = True
    descriptions: bool = True
    speaker_details: bool = True  # speakers' organisation and title


def _styles(small: bool) -> dict[str, ParagraphStyle]:
    register_fonts()
    k = 0.82 if small else 1.0
    base = ParagraphStyle("p", fontName=FONT, fontSize=9 * k, leading=12 * k, textColor=INK,
                          wordWrap="CJK")
    return {
        "body": base,
        "title": ParagraphStyle("t", parent=base, fontSize=11 * k, leading=14.5 * k,
                                textColor=HEAD_BG, spaceAfter=1),
        "time": ParagraphStyle("h", parent=base, fontSize=10 * k, leading=13 * k),
        "meta": ParagraphStyle("m", parent=base, fontSize=8 * k, leading=10.5 * k,
                               textColor=colors.HexColor("#445566")),
        "day": ParagraphStyle("d", parent=base, fontSize=14 * k, leading=19 * k,
                              textColor=colors.white),
        "cover_name": ParagraphStyle("cn", parent=base, fontSize=22 * k, leading=30 * k,
                                     alignment=TA_CENTER, textColor=HEAD_BG),
        "cover_en": ParagraphStyle("ce", parent=base, fontSize=13 * k, leading=18 * k,
                                   alignment=TA_CENTER, textColor=colors.HexColor("#445566")),
        "cover_big": ParagraphStyle("cb", parent=base, fontSize=30 * k, leading=40 * k,
                                    alignment=TA_CENTER, spaceBefore=20 * mm * k),
        "cover_line": ParagraphStyle("cl", parent=base, fontSize=11 * k, leading=16 * k,
                                     alignment=TA_CENTER),
    }


def _langs(lang: str) -> tuple[int, ...]:
    return {"zh": (0,), "en": (1,), "both": (0, 1)}[lang]


def _text(pair: tuple[str, str], lang: str, sep: str = " / ") -> str:
    values = [pair[i] for i in _langs(lang)]
    return sep.join(dict.fromkeys(v for v in values if v))


# --- one session, in one language -----------------------------------------------------------
def _block(it: Item, i: int, st: dict[str, ParagraphStyle], opts: ProgrammeOptions) -> list:
    out = [Paragraph(esc(it.title[i]), st["title"])]

    def meta(key: str, value: str) -> None:
        if value:
            out.append(Paragraph(f"<font color='#8090a0'>{esc(LABELS[key][i])}</font>　"
                                 f"{esc(value)}", st["meta"]))

    meta("venue", ("　" if i == 0 else ", ").join(v for v in (it.venue[i], it.address[i]) if v))
    meta("host", it.host[i])
    meta("dress", it.dress[i])
    for key, people in (("honour", it.honour), ("speakers", it.speakers)):
        if people:
            # one person a line: a list run on broke before its "；" (ReportLab's CJK wrap
            # lets a full-width semicolon start a line)
            meta(key, "\n".join(_person(p, i, opts) for p in people))
    meta("notes", it.notes[i])
    if opts.descriptions and it.description[i]:
        out.append(Paragraph(esc(it.description[i]), st["body"]))
    return out


def _person(p: Person, i: int, opts: ProgrammeOptions) -> str:
    """"刘芳（深圳启明集团 董事长）" in Chinese, "Liu Fang (深圳启明集团 董事长)" in English."""
    name = p.name if i == 0 else p.name_en or p.name
    if not (opts.speaker_details and p.about):
        return name
    return f"{name}（{p.about}）" if i == 0 else f"{name} ({p.about})"


def _session_cell(it: Item, st: dict[str, ParagraphStyle], opts: ProgrammeOptions,
                  width: float) -> object:
    langs = _langs(opts.lang)
    if len(langs) == 1:
        return _block(it, langs[0], st, opts)
    t = Table([[_block(it, 0, st, opts), _block(it, 1, st, opts)]],
              colWidths=[width / 2, width / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (0, 0), 6), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _parallel_cell(slot: Slot, st: dict[str, ParagraphStyle], opts: ProgrammeOptions,
                   width: float) -> object:
    """Routes side by side; with both languages each route holds Chinese above English."""
    col = width / len(slot.items)
    cells = []
    for it in slot.items:
        parts: list = []
        for n, i in enumerate(_langs(opts.lang)):
            if n:
                parts.append(Spacer(1, 3))
            parts += _block(it, i, st, opts)
        cells.append(parts)
    t = Table([cells], colWidths=[col] * len(cells))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBEFORE", (1, 0), (-1, -1), 0.5, RULE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    label = Paragraph(esc(_text(LABELS["routes"], opts.lang)), st["meta"])
    return [label, t]


def _slot_row(slot: Slot, st: dict[str, ParagraphStyle], opts: ProgrammeOptions,
              width: float) -> Table:
    time_w = 22 * mm if opts.size == "a4" else 17 * mm
    body_w = width - time_w - 6
    cell = _parallel_cell(slot, st, opts, body_w) if slot.parallel else \
        _session_cell(slot.items[0], st, opts, body_w)
    t = Table([[Paragraph(f"{slot.starts}<br/>–{slot.ends}", st["time"]), cell]],
              colWidths=[time_w, width - time_w])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2),
                           ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def _day_heading(day: Day, st: dict[str, ParagraphStyle], lang: str, width: float) -> Table:
    t = Table([[Paragraph(esc(_text(day.heading(), lang, "　")), st["day"])]],
              colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def _one_line(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """The fair's name on one line when a quarter smaller does it (no lone "Fair" below)."""
    size = fit_size(text, width - 12, style.fontSize, style.fontSize * 0.75)  # frame padding
    if size < style.fontSize:
        style = ParagraphStyle(f"{style.name}-{size:.1f}", parent=style, fontSize=size,
                               leading=style.leading * size / style.fontSize)
    return Paragraph(esc(text), style)


def _cover(prog: Programme, st: dict[str, ParagraphStyle], lang: str, width: float) -> list:
    langs = _langs(lang)
    out: list = [Spacer(1, 25 * mm)]
    if 0 in langs:
        out.append(_one_line(prog.name[0], st["cover_name"], width))
    if 1 in langs:
        out.append(_one_line(prog.name[1], st["cover_en" if 0 in langs else "cover_name"],
                             width))
    out.append(Paragraph(esc(_text(LABELS["programme"], lang, "　")), st["cover_big"]))
    out.append(Spacer(1, 18 * mm))
    for line in (prog.dates, _text(prog.venue, lang), _text(prog.city, lang),
                 _text(prog.organiser, lang)):
        if line:
            out.append(Paragraph(esc(line), st["cover_line"]))
    if prog.hotline:
        out.append(Spacer(1, 6 * mm))
        out.append(Paragraph(esc(f"{_text(LABELS['hotline'], lang)}　{prog.hotline}"),
                             st["cover_line"]))
    out.append(PageBreak())
    return out


def story(prog: Programme, opts: ProgrammeOptions, width: float) -> list:
    st = _styles(opts.size != "a4")
    out: list = _cover(prog, st, opts.lang, width) if opts.cover else []
    for n, day in enumerate(prog.days):
        if n and opts.new_page_per_day:
            out.append(PageBreak())
        elif n:
            out.append(CondPageBreak(60 * mm))
        rows = [_slot_row(slot, st, opts, width) for slot in day.slots]
        out.append(KeepTogether([_day_heading(day, st, opts.lang, width), Spacer(1, 3),
                                 *rows[:1]]))
        out += rows[1:]
    return out


def _page_number(prog: Programme, lang: str) -> Callable:
    def draw(canvas, doc) -> None:  # noqa: ANN001 - ReportLab's callback
        w, _h = doc.pagesize
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#556677"))
        canvas.drawCentredString(w / 2, 7 * mm, f"{_text(prog.name, lang)}　·　{doc.page}")
    return draw


def _draw(target: str | io.BytesIO, prog: Programme, opts: ProgrammeOptions) -> None:
    size = A4 if opts.size == "a4" else A5
    margin = 15 * mm if opts.size == "a4" else 10 * mm
    doc = SimpleDocTemplate(target, pagesize=size, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin + 4 * mm,
                            title=_text(LABELS["programme"], opts.lang), creator="fairdesk")
    numbered = _page_number(prog, opts.lang)
    first = (lambda c, d: None) if opts.cover else numbered
    doc.build(story(prog, opts, size[0] - 2 * margin), onFirstPage=first,
              onLaterPages=numbered)


def booklet_order(pages: int) -> list[tuple[int | None, int | None]]:
    """(left, right) page indexes (0-based, None = blank) of each A4 side, in print order."""
    n = pages + (-pages % 4)
    sides = []
    for sheet in range(n // 4):
        sides.append((n - 1 - 2 * sheet, 2 * sheet))
        sides.append((2 * sheet + 1, n - 2 - 2 * sheet))
    return [tuple(p if p < pages else None for p in side) for side in sides]  # type: ignore


def impose(a5_pdf: bytes, target: Path) -> int:
    """Place the A5 pages two-up on A4 landscape in booklet order; returns the A4 sides."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(a5_pdf)
    out = pdfium.PdfDocument.new()
    width, height = landscape(A4)
    sides = booklet_order(len(src))
    for left, right in sides:
        page = out.new_page(width, height)
        for index, x in ((left, 0.0), (right, width / 2)):
            if index is None:
                continue
            obj = src.page_as_xobject(index, out).as_pageobject()
            obj.transform(pdfium.PdfMatrix().translate(x, 0))
            page.insert_obj(obj)
        page.gen_content()
    out.save(str(target))
    return len(sides)


def a5_pages(prog: Programme, opts: ProgrammeOptions) -> bytes:
    """The booklet's A5 pages in reading order, before they are imposed."""
    buffer = io.BytesIO()
    _draw(buffer, prog, opts)
    return buffer.getvalue()


def render_programme(path: str | Path, prog: Programme, opts: ProgrammeOptions) -> Path:
    """Write the programme PDF. Raises OSError when the file cannot be written."""
    path = Path(path)
    with written(path) as partial:
        if opts.size == "a4":
            _draw(str(partial), prog, opts)
        else:
            impose(a5_pages(prog, opts), partial)
    return path
