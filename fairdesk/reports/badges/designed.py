"""Badges drawn from the committee's layout (:mod:`fairdesk.core.badges.layout`).

Each field is set in its box: at its font size if it fits, else shrunk down to the
box's legible minimum, else wrapped onto as many lines as the box holds; what
still does not fit is drawn at the size that fits (never past the box) and named by
:func:`overflows` before printing. The same function draws the window's preview
(:func:`render_preview`, with the pre-printed artwork shown) and the printed PDF.

The back side is drawn from the layout's back boxes by the same renderer, with what the
guest needs on the way (:data:`~fairdesk.core.badges.layout.BACK_FIELDS`, read from the
snapshot's ``BadgeBack``, which holds no phone and no room number): their own agenda
(shrunk, each line wrapped, then whole lines left out with how many more, and flagged),
hotel, car, escort and the committee's hotline. A layout without back boxes prints the
fixed back (:func:`~fairdesk.reports.badges.cards.draw_back`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from fairdesk.base.i18n import t
from fairdesk.core.badges.layout import ALL_FIELDS, BACK_FIELDS, BadgeLayout, Box
from fairdesk.reports.badges.cards import (
    BLEED,
    CUT,
    RenderCancelled,
    clip_line,
    draw_back,
    qr_box,
    readable_code,
)
from fairdesk.reports.fonts import FONT, descent, draw, is_rtl, register_fonts
from fairdesk.reports.textfit import fit_lines, spaced_name, width, wrap_lines

if TYPE_CHECKING:
    from fairdesk.core.badges.snapshot import BadgeJob, FairHeader

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
LEADING = 1.15
INSET = 1.5 * mm


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    fits: bool


def field_text(key: str, b: dict, header: FairHeader) -> str:
    if key == "name":
        return spaced_name(b["name"])
    if key == "name_latin":
        latin = b.get("name_latin") or ""
        return latin if latin != b["name"] else ""
    if key == "fair_name":
        return header.name
    if key == "fair_line":
        return " · ".join(x for x in (header.name_en, header.dates) if x)
    if key == "category":
        return f"{b['category_zh']}  {b['category_en'].upper()}"
    if key == "code":
        return readable_code(b["code"])
    if key in BACK_FIELDS:
        return _back_text(key, b, header)
    return str(b.get(key) or "")


def _back_text(key: str, b: dict, header: FairHeader) -> str:
    """A back field with its label, in the guest's language ("住宿：海滨宾馆", "Hotel: …");
    empty when there is nothing to say."""
    info = b.get("back") or {}
    if key == "hotline":
        value = header.hotline
    elif key == "car":
        value = " ".join(x for x in (info.get("car"), info.get("driver")) if x)
    else:
        value = str(info.get(key) or "")
    if not value or key == "agenda":
        return ""
    zh, en = BACK_FIELDS[key]
    return f"{en}: {value}" if info.get("lang") == "en" else f"{zh}：{value}"


def fit(text: str, box: Box) -> Fitted:
    """``text`` set in ``box``: its size, shrinking to the minimum, then wrapping."""
    w, h = box.w * mm, box.h * mm
    lines_room = max(1, int(h / (box.min_size * LEADING)))
    one_size = min(box.size, h / LEADING)
    lines, size = fit_lines(text, w, one_size, min(box.min_size, one_size), lines_room)
    if len(lines) * size * LEADING > h + 0.01:
        size = h / (len(lines) * LEADING)
    fits = size >= box.min_size * 0.98 and all(width(ln, size) <= w + 0.01 for ln in lines)
    return Fitted(lines, size, fits)


def fit_agenda(b: dict, box: Box) -> Fitted:
    """The guest's agenda in ``box`` under its heading: at its size, shrunk down to the
    box's minimum, each line wrapped to the width; if it still does not fit, the whole
    lines that do and one saying how many more ("… 另有 4 项", "… 4 more"), not fitting."""
    info = b.get("back") or {}
    entries, en = list(info.get("agenda") or ()), info.get("lang") == "en"
    if not entries:
        return Fitted((), box.size, True)
    w, h = box.w * mm, box.h * mm
    heading = "Agenda" if en else "日程 Agenda"
    size = min(box.size, h / LEADING)
    while True:
        lines = [heading, *(ln for e in entries for ln in _wrapped(e, w, size))]
        if len(lines) * size * LEADING <= h + 0.01 and all(width(ln, size) <= w + 0.01
                                                           for ln in lines):
            return Fitted(tuple(lines), size, True)
        if size <= box.min_size:
            break
        size = max(box.min_size, size - 0.25)
    room = max(1, int((h + 0.01) // (size * LEADING)))
    lines = [heading]
    for k, entry in enumerate(entries):
        piece = _wrapped(entry, w, size)
        if len(lines) + len(piece) + (k < len(entries) - 1) > room:
            more = len(entries) - k
            lines.append(f"… {more} more" if en else f"… 另有 {more} 项")
            break
        lines += piece
    return Fitted(tuple(clip_line(ln, size, w) for ln in lines[:room]), size, False)


def _wrapped(entry: str, w: float, size: float) -> list[str]:
    """One agenda entry wrapped to ``w``, its continuation lines indented (read as one)."""
    first, *rest = wrap_lines(entry, w, size) or [""]
    if not rest:
        return [first]
    indent = "    "
    return [first, *(indent + ln for ln in wrap_lines(" ".join(rest), w - width(indent, size),
                                                      size))]


def overflows(job: BadgeJob, layout: BadgeLayout) -> list[str]:
    """One sentence per guest and field that does not fit its box at its legible minimum
    (the back's too, for badges printed with their back)."""
    out = []
    for b in job.badges:
        sides = (layout.front, layout.back) if "back" in b else (layout.front,)
        for box in (box for side in sides for box in side):
            if box.key not in ("qr", "photo", "emblem") and not _fits(box, b, job.header):
                out.append(_overflow(box, b["name"]))
    return out


def _fits(box: Box, b: dict, header: FairHeader) -> bool:
    if box.key == "agenda":
        return fit_agenda(b, box).fits
    text = field_text(box.key, b, header)
    return not text or fit(text, box).fits


def _overflow(box: Box, guest: str) -> str:
    if box.key == "agenda":
        return t("{g}：日程缩到最小字号 {s:g} 并换行后仍放不下，只印出放得下的几项。",
                 "{g}: the agenda does not fit its box at {s:g} pt even wrapped; only the "
                 "lines that fit would print.", g=guest, s=box.min_size)
    zh, en = ALL_FIELDS[box.key]
    return t("{g}：“{f}”缩到最小字号 {s:g} 并换行后仍放不下，打印时会更小。",
             "{g}: the {f} does not fit its box at {s:g} pt even wrapped; it would print "
             "smaller.", g=guest, f=_label(zh, en), s=box.min_size)


def _label(zh: str, en: str) -> str:
    return t(zh, en.lower())


def _image(c: Canvas, data: bytes, x: float, y: float, w: float, h: float) -> None:
    try:
        c.drawImage(ImageReader(BytesIO(data)), x, y, w, h, preserveAspectRatio=True,
                    anchor="c", mask="auto")
    except Exception:  # noqa: BLE001 - a damaged image must not stop a batch of 1,000
        c.setStrokeColor(HexColor("#5F6670"))
        c.rect(x, y, w, h)


def draw_card(c: Canvas, b: dict, job: BadgeJob, layout: BadgeLayout, *, bleed: float = 0.0,
              artwork: bool = False, back: bool = False) -> None:
    """One card (its back when ``back``), its lower-left corner at the origin. ``artwork``
    draws the front's background even when the layout leaves it to the pre-printed stock
    (the preview)."""
    w, h = (v * mm for v in layout.stock.card)
    if not back and layout.background and (artwork or layout.print_background):
        _image(c, layout.background, -bleed, -bleed, w + 2 * bleed, h + 2 * bleed)
    colour = HexColor(layout.colours.get(b["category"]) or b["colour"])
    c.setFillColor(colour)
    # labels that touch on their sheet: the bands stop short of the shared cut, so a cut a
    # little off never shows the neighbour's colour
    inset = INSET if layout.stock.per_page > 1 and not bleed else 0.0
    head, foot = (layout.back_head_mm, layout.back_foot_mm) if back else (layout.head_mm,
                                                                          layout.foot_mm)
    if head:
        c.rect(-bleed, h - head * mm, w + 2 * bleed, head * mm + bleed - inset, stroke=0,
               fill=1)
    if foot:
        c.rect(-bleed, inset - bleed, w + 2 * bleed, foot * mm + bleed - inset, stroke=0,
               fill=1)
    for box in layout.back if back else layout.front:
        _draw_box(c, box, b, job.header, layout, h)


def _draw_box(c: Canvas, box: Box, b: dict, header: FairHeader, layout: BadgeLayout,
              card_h: float) -> None:
    x, top, w, h = box.x * mm, card_h - box.y * mm, box.w * mm, box.h * mm
    if box.key == "qr":
        side = min(w, h)
        qr_box(c, b["code"], x + (w - side) / 2, top - h + (h - side) / 2, side)
        return
    if box.key == "photo":
        if b.get("photo"):
            _image(c, b["photo"], x, top - h, w, h)
        return
    if box.key == "emblem":
        if layout.emblem:
            _image(c, layout.emblem, x, top - h, w, h)
        return
    if box.key == "agenda":  # from the top of its box, as a list is read
        f = fit_agenda(b, box)
        y = top
    else:
        text = field_text(box.key, b, header)
        if not text:
            return
        f = fit(text, box)
        y = top - (h - len(f.lines) * f.size * LEADING) / 2  # centred in its box
    c.setFillColor(HexColor(box.colour))
    for line in f.lines:
        # "left" is where a line starts: an Arabic or Hebrew line starts at the right
        align = "right" if box.align == "left" and is_rtl(line) else box.align
        anchor = {"left": x, "centre": x + w / 2, "right": x + w}[align]
        y -= f.size
        draw(c, anchor, y + (f.size * LEADING - f.size) / 2 + descent(line, f.size) * 0.3,
             line, f.size, align)
        y -= f.size * (LEADING - 1)


def _marks(c: Canvas, layout: BadgeLayout) -> None:
    stock = layout.stock
    cw, ch = stock.card[0] * mm, stock.card[1] * mm
    ph = stock.page[1] * mm
    c.setStrokeColor(CUT)
    c.setLineWidth(0.3)
    gap, length = BLEED + 0.5 * mm, 4 * mm
    for ox, oy in stock.origins():
        x, y = ox * mm, ph - oy * mm - ch
        for cx in (x, x + cw):
            c.line(cx, y - gap, cx, y - gap - length)
            c.line(cx, y + ch + gap, cx, y + ch + gap + length)
        for cy in (y, y + ch):
            c.line(x - gap, cy, x - gap - length, cy)
            c.line(x + cw + gap, cy, x + cw + gap + length, cy)


def _draw_pages(c: Canvas, job: BadgeJob, layout: BadgeLayout, *, sides: tuple[bool, ...],
                artwork: bool, progress: Progress | None, cancelled: Cancelled | None) -> int:
    """Each sheet's ``sides`` (False the front, True the back), a page each."""
    stock = layout.stock
    per = stock.per_page
    origins = stock.origins()
    cw, ch = stock.card[0] * mm, stock.card[1] * mm
    ph = stock.page[1] * mm
    # bleed only where the gutters leave room for it; label sheets whose labels touch get none
    bleed = BLEED if per > 1 and min(stock.gutter) >= 2 * BLEED + 1 else 0.0
    total, sheets, pages = len(job.badges), -(-len(job.badges) // per), 0
    for sheet in range(sheets):
        if cancelled is not None and cancelled():
            raise RenderCancelled
        chunk = job.badges[sheet * per:(sheet + 1) * per]
        for side in sides:
            for k, b in enumerate(chunk):
                col, row = k % stock.cols, k // stock.cols
                if side:
                    col = stock.cols - 1 - col
                ox, oy = origins[row * stock.cols + col]
                c.saveState()
                c.translate(ox * mm, ph - oy * mm - ch)
                if side and not layout.back:
                    draw_back(c, b, job.header, cw, ch)
                else:
                    draw_card(c, b, job, layout, bleed=bleed, artwork=artwork, back=side)
                c.restoreState()
            if bleed:
                _marks(c, layout)
            c.showPage()
            pages += 1
        if progress is not None:
            progress(min(total, (sheet + 1) * per), total)
    return pages


def render_designed(path: str | Path, job: BadgeJob, layout: BadgeLayout, *, back: bool = False,
                    artwork: bool = False, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> int:
    """Write ``job``'s badges in ``layout`` to ``path``; returns the number of pages.
    Raises RenderCancelled, OSError; then nothing is left at ``path``."""
    register_fonts()
    path = Path(path)
    size = tuple(v * mm for v in layout.stock.page)
    c = Canvas(str(path), pagesize=size, initialFontName=FONT, pageCompression=1)
    c.setTitle(t("{f} 证件", "{f} badges", f=job.header.name))
    c.setAuthor(job.header.organiser)
    try:
        pages = _draw_pages(c, job, layout, sides=(False, True) if back else (False,),
                            artwork=artwork, progress=progress, cancelled=cancelled)
        c.save()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return pages


def render_preview(job: BadgeJob, layout: BadgeLayout, *, back: bool = False) -> bytes:
    """The first page of ``job`` in ``layout`` as PDF bytes, pre-printed artwork shown; its
    back when ``back`` (the job's badges then carry their back)."""
    register_fonts()
    out = BytesIO()
    size = tuple(v * mm for v in layout.stock.page)
    c = Canvas(out, pagesize=size, initialFontName=FONT)
    first = type(job)(job.header, job.badges[:layout.stock.per_page], layout)
    _draw_pages(c, first, layout, sides=(back,), artwork=True, progress=None, cancelled=None)
    c.save()
    return out.getvalue()
