"""Invitation letters (邀请函) with a reply slip (回执): one A4 page per guest, one PDF.

``letters_for(fair, ids)`` reads the snapshot on the fair's thread;
``render_letters(letters, path)`` draws it and may run in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from fairdesk.base.errors import FairdeskError
from fairdesk.base.files import written
from fairdesk.core.guests.views import Recipient, recipients
from fairdesk.reports.fonts import (
    FONT,
    draw,
    fit_size,
    hang_cjk_punctuation,
    register_fonts,
    text_width,
)
from fairdesk.reports.guests.letter_text import (
    LetterData,
    body,
    date_en,
    date_zh,
    fair_title,
    organiser,
    salutation,
)

__all__ = ["LetterData", "LetterCancelled", "letters_for", "render_letters"]
hang_cjk_punctuation()

Progress = Callable[[int, int], None]
WIDTH, HEIGHT = A4
MARGIN = 62.0
RED = Color(0.72, 0.07, 0.07)
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.6, 0.6, 0.6)
CUT_Y = 292.0  # the tear-off line; the reply slip lives below it
REPLY_DAYS = 14  # replies are due this many days before the opening day


class LetterCancelled(FairdeskError):
    """The user cancelled printing; the partial file has been removed."""

    def __init__(self) -> None:
        super().__init__("已取消打印邀请函。", "Printing the letters was cancelled.")


# --- the snapshot --------------------------------------------------------------------------
def letters_for(fair: Any, guest_ids: list[str], *, today: date | None = None) -> list[LetterData]:
    """Plain letter data for these guests, in the given order (unknown ids are skipped).

    ``today`` (the letter's date; replies are asked for only while still ahead) is the
    fair's date, not the laptop's."""
    s = fair.setting
    today = today or datetime.now(fair.tz).date()
    starts = s("fair.starts_on") or ""
    reply_by = ""
    if starts:
        due = date.fromisoformat(starts[:10]) - timedelta(days=REPLY_DAYS)
        reply_by = due.isoformat() if due > today else ""
    common = {
        "fair_name": s("fair.name") or "", "fair_name_en": s("fair.name_en") or "",
        "organiser": s("fair.organiser") or "", "organiser_en": s("fair.organiser_en") or "",
        "city": s("fair.city") or "", "city_en": s("fair.city_en") or "",
        "venue": s("fair.venue") or "", "venue_en": s("fair.venue_en") or "",
        "starts_on": starts, "ends_on": s("fair.ends_on") or "",
        "letter_date": today.isoformat(), "reply_by": reply_by,
    }
    return [_letter(r, common) for r in recipients(fair, guest_ids)]


def _letter(guest: Recipient, common: dict) -> LetterData:
    language = guest.language or "zh"
    unit = (guest.unit_name_en if language == "en" else "") or guest.unit_name or ""
    return LetterData(
        guest_id=guest.id, ref_code=guest.ref_code, language=language,
        name=guest.name, name_roman=guest.name_roman or "", gender=guest.gender or "",
        honorific=guest.honorific or "",
        organisation=guest.organisation or "", title=guest.title or "",
        unit_name=unit, unit_contact=guest.unit_contact or "",
        unit_phone=guest.unit_phone or "", **common)


# --- drawing ----------------------------------------------------------------------------------
def render_letters(letters: list[LetterData], path: str | Path, *,
                   progress: Progress | None = None,
                   should_cancel: Callable[[], bool] | None = None) -> Path:
    """Write one A4 letter per entry to ``path``. Raises LetterCancelled, FairdeskError."""
    if not letters:
        raise FairdeskError("没有选中嘉宾，未生成邀请函。", "No guests chosen: no letters made.")
    register_fonts()
    path = Path(path)
    with written(path) as partial:  # a cancel or a kill leaves no half-written letters
        c = canvas.Canvas(str(partial), pagesize=A4, initialFontName=FONT, pageCompression=1)
        c.setTitle("邀请函 / Letters of invitation")
        c.setAuthor(letters[0].organiser or "fairdesk")
        for done, letter in enumerate(letters, 1):
            if should_cancel and should_cancel():
                raise LetterCancelled()
            draw_letter(c, letter)
            c.showPage()
            if progress:
                progress(done, len(letters))
        c.save()
    return path


def draw_letter(c: canvas.Canvas, letter: LetterData) -> None:
    y = _letterhead(c, letter)
    y = _letter_body(c, letter, y)
    _signature(c, letter, max(y - 18, CUT_Y + 96))
    _cut_line(c, letter)
    _reply_slip(c, letter)


def _centered(c: canvas.Canvas, text: str, y: float, size: float, colour: Color = black,
              spacing: float = 0) -> None:
    c.setFillColor(colour)
    c.setFont(FONT, size)
    width = text_width(text, size) + spacing * max(len(text) - 1, 0)
    c.drawString((WIDTH - width) / 2, y, text, charSpace=spacing)
    c.setFillColor(black)


def _letterhead(c: canvas.Canvas, letter: LetterData) -> float:
    """Red heading with the fair's name, the red double rule, and the title; returns next y."""
    head = fair_title(letter) + ("" if letter.english else "组委会")
    size = fit_size(head, WIDTH - 2 * MARGIN, 24)
    _centered(c, head, HEIGHT - 78, size, RED, spacing=0 if letter.english else 2)
    c.setStrokeColor(RED)
    c.setLineWidth(2.2)
    c.line(MARGIN, HEIGHT - 96, WIDTH - MARGIN, HEIGHT - 96)
    c.setLineWidth(0.6)
    c.line(MARGIN, HEIGHT - 100, WIDTH - MARGIN, HEIGHT - 100)
    title = "LETTER OF INVITATION" if letter.english else "邀请函"
    _centered(c, title, HEIGHT - 142, 20 if letter.english else 26, black,
              spacing=2 if letter.english else 14)
    c.setFont(FONT, 8.5)
    c.setFillColor(GREY)
    c.drawRightString(WIDTH - MARGIN, HEIGHT - 166, ("Ref. " if letter.english else "编号：")
                      + letter.ref_code)
    c.setFillColor(black)
    return HEIGHT - 190


def _style(letter: LetterData, size: float = 11.5) -> ParagraphStyle:
    return ParagraphStyle(
        "letter", fontName=FONT, boldFontName=FONT, fontSize=size, leading=size * 1.85,
        firstLineIndent=0 if letter.english else size * 2, spaceAfter=4,
        wordWrap=None if letter.english else "CJK", alignment=4)


def _letter_body(c: canvas.Canvas, letter: LetterData, y: float) -> float:
    draw(c, MARGIN, y, salutation(letter), 13)
    y -= 14
    paragraphs = body(letter)
    size = 11.5
    while size > 8.5 and _height(paragraphs, letter, size) > y - (CUT_Y + 110):
        size -= 0.5
    style = _style(letter, size)
    for markup in paragraphs:
        p = Paragraph(markup, style)
        _, h = p.wrap(WIDTH - 2 * MARGIN, y)
        p.drawOn(c, MARGIN, y - h)
        y -= h + style.spaceAfter
    return y


def _height(paragraphs: list[str], letter: LetterData, size: float) -> float:
    style = _style(letter, size)
    return sum(Paragraph(m, style).wrap(WIDTH - 2 * MARGIN, HEIGHT)[1] + style.spaceAfter
               for m in paragraphs)


def _signature(c: canvas.Canvas, letter: LetterData, y: float) -> None:
    """The committee's name as it signs (the organiser setting, not prefixed with the fair's
    name: "…洽谈会2026投洽会组委会办公室" said the fair twice) and the date."""
    name = organiser(letter)
    when = date_en(letter.letter_date) if letter.english else date_zh(letter.letter_date)
    size = fit_size(name, WIDTH / 2, 12.5)
    right = WIDTH - MARGIN - 8
    draw(c, right, y - 22, name, size, "right")
    c.setFont(FONT, 11.5)
    c.drawRightString(right, y - 42, when)


def _cut_line(c: canvas.Canvas, letter: LetterData) -> None:
    c.setStrokeColor(LIGHT)
    c.setLineWidth(0.8)
    c.setDash(5, 3)
    c.line(28, CUT_Y, WIDTH - 28, CUT_Y)
    c.setDash()
    hint = "Please detach and return" if letter.english else "请沿虚线剪下并寄回"
    c.setFont(FONT, 7.5)
    width = text_width(hint, 7.5) + 12
    c.setFillColorRGB(1, 1, 1)
    c.rect((WIDTH - width) / 2, CUT_Y - 5, width, 10, stroke=0, fill=1)
    c.setFillColor(LIGHT)
    c.drawCentredString(WIDTH / 2, CUT_Y - 2.6, hint)
    c.drawString(30, CUT_Y + 4, "✂" if _has_scissors() else "")
    c.setFillColor(black)
    c.setStrokeColor(black)


def _has_scissors() -> bool:
    from reportlab.pdfbase import pdfmetrics
    face = pdfmetrics.getFont(FONT).face
    return ord("✂") in getattr(face, "charToGlyph", {})


def _reply_slip(c: canvas.Canvas, letter: LetterData) -> None:
    from fairdesk.reports.guests.reply_slip import draw_reply_slip
    draw_reply_slip(c, letter, top=CUT_Y - 22, left=MARGIN, right=WIDTH - MARGIN)
