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
from fairdesk.base.glyphs import unprintable
from fairdesk.base.i18n import t
from fairdesk.reports.fonts import FONT, descent, draw, is_rtl, register_fonts
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
    gutter: float = 0.0  # between cards on a sheet: room for the bleed and the crop marks

    @property
    def portrait(self) -> bool:
        return self.card[1] > self.card[0]


SIZES: dict[str, BadgeSize] = {s.code: s for s in (
    BadgeSize("a6", "A6 胸卡", "A6", (105 * mm, 148 * mm), (105 * mm, 148 * mm)),
    BadgeSize("lanyard", "挂绳证 90×130", "Lanyard card 90×130 mm", (90 * mm, 130 * mm),
              (90 * mm, 130 * mm)),
    BadgeSize("cr80", "CR80 卡片", "CR80 card", (85.6 * mm, 54 * mm), (85.6 * mm, 54 * mm)),
    BadgeSize("a4-8up", "A4 八拼 90×54", "A4 sheet, 8 of 90×54 mm", (90 * mm, 54 * mm), A4,
              (2, 4), 8 * mm),
)}
SAFE = 4 * mm  # nothing but colour closer than this to a card's edge
BLEED = 2 * mm  # colour runs this far past the cut on a sheet, so a cut a little off shows no white
CODE_SIZE = 6.5  # the code printed under the QR, for the desk to type when a scanner fails


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
           leading: float = 1.18, *, centred: bool = False, box: float = 0.0) -> float:
    """Draw lines from ``top`` down, centred on ``x`` or starting at it (a right-to-left
    line ends at ``x + box`` instead); returns the y below."""
    y = top
    for line in lines:
        y -= size
        if centred:
            draw(c, x, y, line, size, "centre")
        elif box and is_rtl(line):
            draw(c, x + box, y, line, size, "right")
        else:
            draw(c, x, y, line, size)
        below = y - descent(line, size)
        y = min(y - size * (leading - 1), below)
    return y


def _band_text(c: Canvas, text: str, size: float, max_w: float, cx: float, y: float) -> None:
    lines, s = fit_lines(text, max_w, size, size * 0.6, 1)
    if lines:
        draw(c, cx, y, lines[0], s, "centre")


def qr_box(c: Canvas, code: str, x: float, y: float, size: float) -> None:
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


def _bands(c: Canvas, colour: Color, w: float, h: float, head: float, foot: float,
           bleed: float = 0.0) -> tuple[float, float]:
    """The category-coloured bands along the top and bottom, running ``bleed`` past the
    card's edges; leaves the fill white for text."""
    c.setFillColor(colour)
    c.rect(-bleed, h - head, w + 2 * bleed, head + bleed, stroke=0, fill=1)
    c.rect(-bleed, -bleed, w + 2 * bleed, foot + bleed, stroke=0, fill=1)
    c.setFillColor(white)
    return head, foot


def readable_code(code: str) -> str:
    """The badge code in groups of four, as printed under the QR ('K7QX 3M01 9F2T …');
    the desk's search takes it with or without the spaces."""
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


def _code_text(c: Canvas, code: str, cx: float, y: float, max_w: float) -> None:
    c.setFillColor(GREY)
    size = min(CODE_SIZE, CODE_SIZE * max_w / max(1.0, width(readable_code(code), CODE_SIZE)))
    draw(c, cx, y, readable_code(code), size, "centre")


def draw_portrait(c: Canvas, b: dict, header: FairHeader, w: float, h: float,
                  bleed: float = 0.0) -> None:
    """A6 / lanyard: header band, photo, name, organisation, title, QR and its code in
    letters, category band. The name block sits in the middle of the room above the QR."""
    head, foot = _bands(c, HexColor(b["colour"]), w, h, h * 0.17, h * 0.12, bleed)
    inner = w - 2 * SAFE
    _band_text(c, header.name, 14, inner, w / 2, h - head * 0.50)
    _band_text(c, " · ".join(x for x in (header.name_en, header.dates) if x), 7.5, inner,
               w / 2, h - head * 0.78)
    _band_text(c, f"{b['category_zh']}  {b['category_en'].upper()}", foot * 0.42, inner,
               w / 2, foot * 0.36)
    qr_size = min(w * 0.40, h * 0.28)
    code_y = foot + 2 * mm
    qr_y = code_y + CODE_SIZE + 0.5 * mm
    space = (h - head - 3 * mm) - (qr_y + qr_size)
    plan = _portrait_plan(b, inner, w, h, space)
    # room the text leaves goes to a larger code (easier to scan) rather than to an empty
    # band above it; what is left goes mostly above the text, so the text sits over the code
    grow = min(max(0.0, space - plan.height) * 0.8, w * 0.52 - qr_size)
    if grow > 0:
        qr_size += grow
        space -= grow
    top = h - head - 3 * mm - max(0.0, space - plan.height) * 0.6
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
    qr_box(c, b["code"], (w - qr_size) / 2, qr_y, qr_size)
    _code_text(c, b["code"], w / 2, code_y, inner)


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


def draw_landscape(c: Canvas, b: dict, header: FairHeader, w: float, h: float,
                   bleed: float = 0.0) -> None:
    """CR80 / 90x54: fair band on top; photo (when there is one), name, Latin name,
    organisation and title at the left; QR and its code in letters at the right;
    category band."""
    head, foot = _bands(c, HexColor(b["colour"]), w, h, h * 0.2, h * 0.17, bleed)
    if header.dates:
        _band_text(c, header.name, 9, w - 2 * SAFE, w / 2, h - head * 0.5)
        _band_text(c, " · ".join(x for x in (header.name_en, header.dates) if x), 5.5,
                   w - 2 * SAFE, w / 2, h - head * 0.84)
    else:
        _band_text(c, header.name, 9.5, w - 2 * SAFE, w / 2, h - head * 0.62)
    _band_text(c, f"{b['category_zh']}  {b['category_en'].upper()}", foot * 0.5,
               w - 2 * SAFE, w / 2, foot * 0.32)
    body = h - head - foot
    code_h = CODE_SIZE * 0.8 + 0.6 * mm
    qr_size = min(body - code_h, w * 0.34)
    qr_x = w - SAFE - qr_size + QUIET_MODULES * qr_size / 29 * 0.6
    qr_y = foot + code_h + (body - code_h - qr_size) / 2
    qr_box(c, b["code"], qr_x, qr_y, qr_size)
    c.saveState()
    c.setFont(FONT, CODE_SIZE * 0.8)
    _code_text_small(c, b["code"], qr_x + qr_size / 2, foot + 0.9 * mm, qr_size + 2 * mm)
    c.restoreState()
    x, top = SAFE, h - head - 2.5 * mm
    if b.get("photo"):
        ph = body - 4 * mm
        _photo(c, b["photo"], x, foot + 2 * mm, ph * 0.78, ph)
        x += ph * 0.78 + 2 * mm
    box = qr_x - x - 1 * mm
    c.setFillColor(INK)
    lines, size = fit_lines(spaced_name(b["name"]), box, 19, 11, 2)
    top = _lines(c, lines, size, x, top, 1.1, box=box)
    latin = b.get("name_latin") or ""
    if latin and latin != b["name"] and lines != (latin,):
        c.setFillColor(GREY)
        lines, size = fit_lines(latin, box, 7, 5.5, 1)
        top = _lines(c, lines, size, x, top - 0.4 * mm, box=box)
        c.setFillColor(INK)
    if b["organisation"]:
        lines, size = fit_lines(b["organisation"], box, 7.5, 6, 2)
        top = _lines(c, lines, size, x, top - 1.6 * mm, 1.15, box=box)
    if b["title"]:
        c.setFillColor(GREY)
        lines, size = fit_lines(b["title"], box, 7, 5.5, 1)
        _lines(c, lines, size, x, top - 0.6 * mm, box=box)


def _code_text_small(c: Canvas, code: str, cx: float, y: float, max_w: float) -> None:
    c.setFillColor(GREY)
    size = min(CODE_SIZE * 0.8, CODE_SIZE * 0.8 * max_w
               / max(1.0, width(readable_code(code), CODE_SIZE * 0.8)))
    draw(c, cx, y, readable_code(code), size, "centre")


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
    y = h - 7 * mm - (2.5 * mm if small else SAFE)  # a card's back packs its lines closer
    # on a card, car and escort share a line (each in half the width): room for the agenda
    lines_of = [[rows[0]], rows[1:]] if small else [[r] for r in rows]
    for line in lines_of:
        y -= size * (1.4 if small else 1.5)
        span = (w - 2 * SAFE) / len(line)
        for k, (zh, en, value) in enumerate(line):
            x = SAFE + k * span
            c.setFillColor(GREY)
            c.setFont(FONT, size * 0.85)
            c.drawString(x, y, f"{zh} {en}")
            c.setFillColor(INK)
            label = size * (6 if k == 0 else 5.2)
            fitted, s = fit_lines(value or "—", span - label - 1 * mm, size, size * 0.7, 1)
            draw(c, x + label, y, fitted[0] if fitted else "—", s)
    agenda = info.get("agenda") or []
    footer_top = SAFE + 6 + 1.5 * mm  # the organiser's line at the foot, and a gap above it
    if agenda:
        y -= size * (1.5 if small else 1.8)
        c.setFillColor(GREY)
        c.setFont(FONT, size * 0.85)
        c.drawString(SAFE, y, "Agenda" if info.get("lang") == "en" else "日程 Agenda")
        c.setFillColor(INK)
        lines, line_size = agenda_lines(agenda, y - footer_top, size * 0.9, w - 2 * SAFE,
                                        info.get("lang") or "zh")
        for line in lines:
            y -= line_size * AGENDA_LEADING
            draw(c, SAFE, y, line, line_size)
    c.setFillColor(GREY)
    _band_text(c, f"{header.organiser}  {header.dates}", 6, w - 2 * SAFE, w / 2, SAFE)


AGENDA_MIN = 5.5  # the smallest the back's agenda prints
AGENDA_LEADING = 1.22


def agenda_lines(agenda: list[str], room: float, size: float, max_w: float,
                 lang: str = "zh") -> tuple[list[str], float]:
    """The agenda lines that fit ``room`` points of height, and their size: all of them,
    shrunk down to 5.5 pt if need be; else as many whole lines as fit, the last one saying
    how many more there are ("… 另有 4 项", "… 4 more"). A line too wide ends in "…". Never a
    line cut in half, never one running into the footer."""
    def fits(n: int, at: float) -> bool:
        return n * at * AGENDA_LEADING + at * 0.3 <= room

    at = size
    while at > AGENDA_MIN and not fits(len(agenda), at):
        at = max(AGENDA_MIN, at - 0.25)
    if fits(len(agenda), at):
        shown = list(agenda)
    else:
        keep = max(0, int((room - at * 0.3) // (at * AGENDA_LEADING)) - 1)
        more = len(agenda) - keep
        shown = [*agenda[:keep], f"… {more} more" if lang == "en" else f"… 另有 {more} 项"]
    return [clip_line(line, at, max_w) for line in shown], at


def clip_line(line: str, size: float, max_w: float) -> str:
    """``line`` whole if it fits ``max_w`` at ``size``, else cut at the end with "…"."""
    if width(line, size) <= max_w:
        return line
    while line and width(f"{line}…", size) > max_w:
        line = line[:-1]
    return f"{line.rstrip()}…"


# --- pages ------------------------------------------------------------------------------------

def card_origins(size: BadgeSize) -> list[tuple[float, float]]:
    """The lower-left corner of each card on the page, row by row from the top."""
    cols, rows = size.grid
    cw, ch = size.card
    g = size.gutter
    ox = (size.page[0] - cols * cw - (cols - 1) * g) / 2
    oy = (size.page[1] - rows * ch - (rows - 1) * g) / 2
    return [(ox + col * (cw + g), oy + (rows - 1 - row) * (ch + g))
            for row in range(rows) for col in range(cols)]


def _crop_marks(c: Canvas, size: BadgeSize) -> None:
    """Marks at every card's corners, in the margins and in the gutters between cards,
    each clear of the colour's bleed (so a mark is never printed on a card)."""
    cw, ch = size.card
    c.setStrokeColor(CUT)
    c.setLineWidth(0.3)
    gap = BLEED + 0.5 * mm
    length = min(5 * mm, (size.gutter - 2 * gap)) if size.gutter else 5 * mm
    for x, y in card_origins(size):
        for cx in (x, x + cw):
            c.line(cx, y - gap, cx, y - gap - length)
            c.line(cx, y + ch + gap, cx, y + ch + gap + length)
        for cy in (y, y + ch):
            c.line(x - gap, cy, x - gap - length, cy)
            c.line(x + cw + gap, cy, x + cw + gap + length, cy)


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
    draw_face = draw_portrait if spec.portrait else draw_landscape
    cols, rows = spec.grid
    per = cols * rows
    cw, _ch = spec.card
    origins = card_origins(spec)
    bleed = BLEED if per > 1 else 0.0
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
                c.translate(*origins[row * cols + col])
                if side:
                    draw_back(c, b, job.header, cw, spec.card[1])
                else:
                    draw_face(c, b, job.header, cw, spec.card[1], bleed)
                c.restoreState()
            if per > 1:
                _crop_marks(c, spec)
                _sheet_footer(c, job.header, spec, sheet + 1, sheets, side)
            c.showPage()
            pages += 1
        if progress is not None:
            progress(min(total, (sheet + 1) * per), total)
    return pages


def unprintable_badges(badges: list[dict]) -> list[str]:
    """One sentence per guest whose badge holds characters no bundled font can print
    (they would be blanks), for the window and the command line to show before printing."""
    out = []
    for b in badges:
        fields = [(k, unprintable(str(b.get(k) or ""))) for k in ("name", "name_latin",
                                                                     "organisation", "title")]
        chars = "".join(dict.fromkeys("".join(c for _k, c in fields)))
        if chars:
            out.append(t("{g}：“{c}”没有字体可以打印，证件上会是空白。",
                         "{g}: no bundled font can print '{c}'; the badge would show a blank.",
                         g=b.get("name") or b.get("guest_id"), c=chars))
    return out


def name_box_width(size: str) -> float:
    """The width available to a name on this size (used by tests: the longest names fit)."""
    spec = badge_size(size)
    w, h = spec.card
    if spec.portrait:
        return w - 2 * SAFE
    qr_size = min(h - h * 0.37 - CODE_SIZE * 0.8 - 0.6 * mm, w * 0.34)
    return w - SAFE - qr_size + QUIET_MODULES * qr_size / 29 * 0.6 - SAFE - 1 * mm


__all__ = ["SIZES", "RenderCancelled", "badge_size", "name_box_width", "render_badges",
           "unprintable_badges", "width"]
