"""Badges as a PDF: A6, lanyard card, CR80, or A4 sheets of 8 with crop marks.

Rendered from a :class:`BadgeJob` snapshot (plain data), so the window can run it
in a worker thread; ``progress(done, total)`` is called as badges are drawn and
``cancelled()`` is checked between pages. Colour bands bleed to the card's edge;
all text and the QR code stay inside a safe margin so a printer at 100 % crops
nothing that matters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from fairdesk.base.errors import FairdeskError, ValidationError
from fairdesk.base.i18n import t
from fairdesk.reports.fonts import FONT, register_fonts
from fairdesk.reports.qr import QUIET_MODULES, draw_qr, qr_matrix
from fairdesk.reports.textfit import fit_lines, spaced_name, width

if TYPE_CHECKING:
    from fairdesk.core.badges.snapshot import BadgeJob, FairHeader

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
INK = HexColor("#1A1A1A")
GREY = HexColor("#5F6670")
CUT = HexColor("#000000")


@dataclass(frozen=True)
class BadgeSize:
    code: str
    zh: str
    en: str
    card: tuple[float, float]  # width, height in points
    page: tuple[float, float]
    grid: tuple[int, int] = (1, 1)  # columns, rows

    @property
    def portrait(self) -> bool:
        return self.card[1] > self.card[0]


SIZES: dict[str, BadgeSize] = {s.code: s for s in (
    BadgeSize("a6", "A6 胸卡", "A6", (105 * mm, 148 * mm), (105 * mm, 148 * mm)),
    BadgeSize("lanyard", "挂绳证 90×130", "Lanyard card 90×130 mm", (90 * mm, 130 * mm),
              (90 * mm, 130 * mm)),
    BadgeSize("cr80", "CR80 卡片", "CR80 card", (85.6 * mm, 54 * mm), (85.6 * mm, 54 * mm)),
    BadgeSize("a4-8up", "A4 八拼 90×54", "A4 sheet, 8 of 90×54 mm", (90 * mm, 54 * mm), A4,
              (2, 4)),
)}
SAFE = 4 * mm  # nothing but colour closer than this to a card's edge


class RenderCancelled(FairdeskError):
    def __init__(self) -> None:
        super().__init__("已取消打印。", "Printing was cancelled.")


def badge_size(code: str) -> BadgeSize:
    """Raises ValidationError for an unknown size."""
    if code.lower() not in SIZES:
        raise ValidationError("size", f"证件尺寸“{code}”无效（{'、'.join(SIZES)}）。",
                              f"Badge size '{code}' is not one of {', '.join(SIZES)}.")
    return SIZES[code.lower()]


# --- drawing one card -------------------------------------------------------------------------

def _lines(c: Canvas, lines: tuple[str, ...], size: float, x: float, top: float,
           leading: float = 1.18, *, centred: bool = False) -> float:
    """Draw lines from ``top`` down, centred on ``x`` or starting at it; returns the y below."""
    c.setFont(FONT, size)
    draw = c.drawCentredString if centred else c.drawString
    y = top
    for line in lines:
        y -= size
        draw(x, y, line)
        y -= size * (leading - 1)
    return y


def _band_text(c: Canvas, text: str, size: float, max_w: float, cx: float, y: float) -> None:
    lines, s = fit_lines(text, max_w, size, size * 0.6, 1)
    if lines:
        c.setFont(FONT, s)
        c.drawCentredString(cx, y, lines[0])


def _qr(c: Canvas, code: str, x: float, y: float, size: float) -> None:
    """The code in a ``size`` square including its quiet zone."""
    matrix = qr_matrix(code)
    n = len(matrix)
    inner = size * n / (n + 2 * QUIET_MODULES)
    pad = (size - inner) / 2
    c.setFillColor(INK)
    draw_qr(c, matrix, x + pad, y + pad, inner)


def _photo(c: Canvas, data: bytes, x: float, y: float, w: float, h: float) -> None:
    try:
        c.drawImage(ImageReader(BytesIO(data)), x, y, w, h, preserveAspectRatio=True,
                    anchor="c", mask="auto")
    except Exception:  # noqa: BLE001 - a damaged photo must not stop a batch of 1,000
        c.setStrokeColor(GREY)
        c.rect(x, y, w, h)


def _bands(c: Canvas, colour: Color, w: float, h: float, head: float, foot: float
           ) -> tuple[float, float]:
    """The category-coloured bands along the top and bottom; leaves the fill white for text."""
    c.setFillColor(colour)
    c.rect(0, h - head, w, head, stroke=0, fill=1)
    c.rect(0, 0, w, foot, stroke=0, fill=1)
    c.setFillColor(white)
    return head, foot


def draw_portrait(c: Canvas, b: dict, header: FairHeader, w: float, h: float) -> None:
    """A6 / lanyard: header band, photo, name, organisation, title, QR, category band."""
    head, foot = _bands(c, HexColor(b["colour"]), w, h, h * 0.17, h * 0.12)
    inner = w - 2 * SAFE
    _band_text(c, header.name, 14, inner, w / 2, h - head * 0.50)
    _band_text(c, " · ".join(x for x in (header.name_en, header.dates) if x), 7.5, inner,
               w / 2, h - head * 0.78)
    _band_text(c, f"{b['category_zh']}  {b['category_en'].upper()}", foot * 0.42, inner,
               w / 2, foot * 0.36)
    qr_size = min(w * 0.36, h * 0.25)
    qr_y = foot + 1 * mm
    space = (h - head - 3 * mm) - (qr_y + qr_size)
    plan = _portrait_plan(b, inner, w, h, space)
    top = h - head - 3 * mm - max(0.0, space - plan.height) / 3
    if plan.photo_h:
        _photo(c, b["photo"], (w - plan.photo_h * 0.78) / 2, top - plan.photo_h,
               plan.photo_h * 0.78, plan.photo_h)
        top -= plan.photo_h + 2 * mm
    c.setFillColor(INK)
    top = _lines(c, plan.name, plan.name_size, w / 2, top, 1.12, centred=True)
    if plan.latin:
        c.setFillColor(GREY)
        top = _lines(c, plan.latin, plan.latin_size, w / 2, top - 1 * mm, centred=True)
    c.setStrokeColor(HexColor(b["colour"]))
    c.setLineWidth(0.8)
    c.line(w / 2 - 12 * mm, top - 2.5 * mm, w / 2 + 12 * mm, top - 2.5 * mm)
    top -= 2.5 * mm
    c.setFillColor(INK)
    if plan.org:
        top = _lines(c, plan.org, plan.org_size, w / 2, top - 2.5 * mm, centred=True)
    if plan.title:
        c.setFillColor(GREY)
        _lines(c, plan.title, plan.title_size, w / 2, top - 1 * mm, centred=True)
    _qr(c, b["code"], (w - qr_size) / 2, qr_y, qr_size)


@dataclass(frozen=True)
class _Plan:
    photo_h: float
    name: tuple[str, ...]
    name_size: float
    latin: tuple[str, ...]
    latin_size: float
    org: tuple[str, ...]
    org_size: float
    title: tuple[str, ...]
    title_size: float

    @property
    def height(self) -> float:
        lines = (len(self.name) * self.name_size * 1.12 + len(self.latin) * self.latin_size * 1.18
                 + len(self.org) * self.org_size * 1.18 + len(self.title) * self.title_size * 1.18)
        return lines + (self.photo_h + 2 * mm if self.photo_h else 0) + 8 * mm


def _portrait_plan(b: dict, inner: float, w: float, h: float, space: float) -> _Plan:
    """Sizes that fit the space between the header and the QR code: the photo and then
    the name shrink until everything fits (never overlapping the code)."""
    photo_h, name_max = (h * 0.17 if b.get("photo") else 0.0), w * 0.19
    org = fit_lines(b["organisation"], inner, 11, 8, 2) if b["organisation"] else ((), 0)
    title = fit_lines(b["title"], inner, 10, 7, 2) if b["title"] else ((), 0)
    plan = None
    for _ in range(16):
        name, size = fit_lines(spaced_name(b["name"]), inner, name_max, min(name_max, w * 0.11), 2)
        show_latin = b["name_latin"] and b["name_latin"] != b["name"] and name != (b["name_latin"],)
        latin = fit_lines(b["name_latin"], inner, 10, 7, 1) if show_latin else ((), 0)
        plan = _Plan(photo_h, name, size, *latin, *org, *title)
        if plan.height <= space:
            return plan
        if photo_h > h * 0.13:
            photo_h *= 0.85
        else:
            name_max *= 0.9
    return plan


def draw_landscape(c: Canvas, b: dict, header: FairHeader, w: float, h: float) -> None:
    """CR80 / 90x54: fair band on top, name and organisation left, QR right, category band."""
    head, foot = _bands(c, HexColor(b["colour"]), w, h, h * 0.2, h * 0.17)
    if header.dates:
        _band_text(c, header.name, 9, w - 2 * SAFE, w / 2, h - head * 0.5)
        _band_text(c, " · ".join(x for x in (header.name_en, header.dates) if x), 5.5,
                   w - 2 * SAFE, w / 2, h - head * 0.84)
    else:
        _band_text(c, header.name, 9.5, w - 2 * SAFE, w / 2, h - head * 0.62)
    _band_text(c, f"{b['category_zh']}  {b['category_en'].upper()}", foot * 0.5,
               w - 2 * SAFE, w / 2, foot * 0.32)
    body = h - head - foot
    qr_size = min(body, w * 0.34)
    qr_x = w - SAFE - qr_size + QUIET_MODULES * qr_size / 29 * 0.6
    _qr(c, b["code"], qr_x, foot + (body - qr_size) / 2, qr_size)
    box = qr_x - SAFE - 1 * mm
    x, top = SAFE, h - head - 2.5 * mm
    c.setFillColor(INK)
    lines, size = fit_lines(spaced_name(b["name"]), box, 19, 11, 2)
    top = _lines(c, lines, size, x, top, 1.1)
    if b["organisation"]:
        lines, size = fit_lines(b["organisation"], box, 7.5, 6, 2)
        top = _lines(c, lines, size, x, top - 1.6 * mm, 1.15)
    if b["title"]:
        c.setFillColor(GREY)
        lines, size = fit_lines(b["title"], box, 7, 5.5, 1)
        _lines(c, lines, size, x, top - 0.6 * mm)


def draw_back(c: Canvas, b: dict, header: FairHeader, w: float, h: float) -> None:
    """The back: the guest's hotel, car, escort and agenda, and whom to call."""
    info = b.get("back") or {}
    c.setFillColor(HexColor(b["colour"]))
    c.rect(0, h - 7 * mm, w, 7 * mm, stroke=0, fill=1)
    c.setFillColor(white)
    _band_text(c, "嘉宾须知  Guest information", 8, w - 2 * SAFE, w / 2, h - 4.8 * mm)
    rows = [("住宿", "Hotel", info.get("hotel") or ""),
            ("用车", "Car", " ".join(x for x in (info.get("car"), info.get("driver")) if x)),
            ("陪同", "Escort", info.get("escort") or "")]
    small = w < 95 * mm and not h > w
    size = 6.5 if small else 10
    y = h - 7 * mm - SAFE
    for zh, en, value in rows:
        y -= size * 1.5
        c.setFillColor(GREY)
        c.setFont(FONT, size * 0.85)
        c.drawString(SAFE, y, f"{zh} {en}")
        c.setFillColor(INK)
        lines, s = fit_lines(value or "—", w - 2 * SAFE - size * 6, size, size * 0.7, 1)
        c.setFont(FONT, s)
        c.drawString(SAFE + size * 6, y, lines[0] if lines else "—")
    agenda = info.get("agenda") or []
    if agenda:
        y -= size * 1.8
        c.setFillColor(GREY)
        c.setFont(FONT, size * 0.85)
        c.drawString(SAFE, y, "Agenda" if info.get("lang") == "en" else "日程 Agenda")
        c.setFillColor(INK)
        room = int((y - SAFE - size) // (size * 1.35))
        for line in agenda[:max(0, room)]:
            y -= size * 1.35
            lines, s = fit_lines(line, w - 2 * SAFE, size * 0.9, size * 0.6, 1)
            c.setFont(FONT, s)
            c.drawString(SAFE, y, lines[0])
    c.setFillColor(GREY)
    _band_text(c, f"{header.organiser}  {header.dates}", 6, w - 2 * SAFE, w / 2, SAFE)


# --- pages ------------------------------------------------------------------------------------

def _crop_marks(c: Canvas, ox: float, oy: float, size: BadgeSize) -> None:
    cols, rows = size.grid
    cw, ch = size.card
    c.setStrokeColor(CUT)
    c.setLineWidth(0.3)
    gap, length = 2 * mm, 6 * mm
    for i in range(cols + 1):
        x = ox + i * cw
        c.line(x, oy - gap, x, oy - gap - length)
        c.line(x, oy + rows * ch + gap, x, oy + rows * ch + gap + length)
    for j in range(rows + 1):
        y = oy + j * ch
        c.line(ox - gap, y, ox - gap - length, y)
        c.line(ox + cols * cw + gap, y, ox + cols * cw + gap + length, y)


def _sheet_footer(c: Canvas, header: FairHeader, size: BadgeSize, page: int, pages: int,
                  back: bool) -> None:
    c.setFillColor(GREY)
    c.setFont(FONT, 7)
    side = "背面 back" if back else "正面 front"
    c.drawCentredString(size.page[0] / 2, 8 * mm,
                        f"{header.name} · 证件 Badges · {side} · {page}/{pages} · "
                        "按 100% 实际尺寸打印 Print at 100 %, do not scale")


def render_badges(path: str | Path, job: BadgeJob, size: str = "a4-8up", *, back: bool = False,
                  progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> int:
    """Write the badges of ``job`` to ``path``; returns the number of pages.

    ``path`` is the temporary name of :func:`fairdesk.base.files.written`: the caller
    records the print, then gives the file its own name, so a badge PDF that exists is
    valid at the door. Raises ValidationError (unknown size), RenderCancelled, OSError
    (cannot write); then nothing is left at ``path``.
    """
    spec = badge_size(size)
    register_fonts()
    path = Path(path)
    c = Canvas(str(path), pagesize=spec.page, initialFontName=FONT, pageCompression=1)
    c.setTitle(t("{f} 证件", "{f} badges", f=job.header.name))
    c.setAuthor(job.header.organiser)
    try:
        pages = _draw_all(c, job, spec, back, progress, cancelled)
        c.save()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return pages


def _draw_all(c: Canvas, job: BadgeJob, spec: BadgeSize, back: bool,
              progress: Progress | None, cancelled: Cancelled | None) -> int:
    draw = draw_portrait if spec.portrait else draw_landscape
    cols, rows = spec.grid
    per = cols * rows
    cw, ch = spec.card
    ox, oy = (spec.page[0] - cols * cw) / 2, (spec.page[1] - rows * ch) / 2
    total, sheets, pages = len(job.badges), -(-len(job.badges) // per), 0
    for sheet in range(sheets):
        if cancelled is not None and cancelled():
            raise RenderCancelled
        chunk = job.badges[sheet * per:(sheet + 1) * per]
        for side in ((False, True) if back else (False,)):
            for k, b in enumerate(chunk):
                col, row = k % cols, k // cols
                if side:  # long-edge duplex: the columns mirror
                    col = cols - 1 - col
                c.saveState()
                c.translate(ox + col * cw, oy + (rows - 1 - row) * ch)
                (draw_back if side else draw)(c, b, job.header, cw, ch)
                c.restoreState()
            if per > 1:
                _crop_marks(c, ox, oy, spec)
                _sheet_footer(c, job.header, spec, sheet + 1, sheets, side)
            c.showPage()
            pages += 1
        if progress is not None:
            progress(min(total, (sheet + 1) * per), total)
    return pages


def name_box_width(size: str) -> float:
    """The width available to a name on this size (used by tests: the longest names fit)."""
    spec = badge_size(size)
    w, h = spec.card
    if spec.portrait:
        return w - 2 * SAFE
    qr_size = min(h - h * 0.37, w * 0.34)
    return w - SAFE - qr_size + QUIET_MODULES * qr_size / 29 * 0.6 - SAFE - 1 * mm


__all__ = ["SIZES", "RenderCancelled", "badge_size", "name_box_width", "render_badges", "width"]
