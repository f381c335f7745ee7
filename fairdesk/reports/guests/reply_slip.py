"""The reply slip (回执) under the tear-off line: a ruled form carrying the reference code."""

from __future__ import annotations

from reportlab.lib.colors import Color, black
from reportlab.pdfgen import canvas

from fairdesk.reports.fonts import FONT, draw, fit_size, text_width
from fairdesk.reports.guests.letter_text import LetterData, date_en, date_zh
from fairdesk.reports.textfit import fit_lines, wrap_lines

ROW = 27.0
RULE = Color(0.45, 0.45, 0.45)
SHADE = Color(0.95, 0.95, 0.95)
RED = Color(0.72, 0.07, 0.07)

ZH = {"title": "回  执", "name": "姓名", "org": "单位及职务", "reply": "参会意向",
      "choices": ("参加", "不参加", "待定"), "arrive": "抵达航班/车次", "time": "抵达时间",
      "time_blank": "　　月　　日　　时", "companions": "随行人数", "persons": "人",
      "phone": "联系电话", "notes": "饮食及其他需求", "code": "回执编号"}
EN = {"title": "REPLY SLIP", "name": "Name", "org": "Organisation", "reply": "Reply",
      "choices": ("Attending", "Not attending", "Undecided"), "arrive": "Arrival flight/train",
      "time": "Arrival time", "time_blank": "date ________  time ______",
      "companions": "Companions", "persons": "persons", "phone": "Contact phone",
      "notes": "Dietary or other needs", "code": "Reference"}


def draw_reply_slip(c: canvas.Canvas, letter: LetterData, *, top: float, left: float,
                    right: float) -> None:
    words = EN if letter.english else ZH
    _heading(c, letter, words, top, left, right)
    y = top - 46
    widths = _columns(right - left)
    org = " ".join(x for x in (letter.organisation, letter.title) if x)
    y = _row(c, y, left, widths, [(words["name"], letter.name), (words["org"], org)])
    y = _choices_row(c, y, left, right, widths[0], words)
    y = _row(c, y, left, widths, [(words["arrive"], ""), (words["time"], words["time_blank"])],
             blank_colour=Color(0.55, 0.55, 0.55))
    y = _row(c, y, left, widths, [(words["companions"], f"{' ' * 14}{words['persons']}"),
                                  (words["phone"], "")])
    y = _wide_row(c, y, left, right, widths[0], words["notes"])
    _return_note(c, letter, y - 16, left, right)


def _columns(total: float) -> tuple[float, float, float, float]:
    label, other_label = 96.0, 84.0
    value = (total - label - other_label) / 2
    return label, value, other_label, value


def _heading(c: canvas.Canvas, letter: LetterData, words: dict, top: float, left: float,
             right: float) -> None:
    c.setFont(FONT, 17)
    c.drawCentredString((left + right) / 2, top - 20, words["title"])
    # the reference code, boxed at the right: what the desk types in when the slip comes back
    code_size = 19
    box_w = text_width(letter.ref_code, code_size) + 24
    c.setStrokeColor(RED)
    c.setLineWidth(1.2)
    c.rect(right - box_w, top - 30, box_w, 32, stroke=1, fill=0)
    c.setFillColor(RED)
    c.setFont(FONT, code_size)
    c.drawCentredString(right - box_w / 2, top - 21, letter.ref_code)
    c.setFont(FONT, 8)
    c.drawRightString(right - box_w - 6, top - 21, words["code"])
    c.setFillColor(black)
    c.setStrokeColor(black)


MIN_SIZE = 8.0  # a value never prints smaller: it wraps, and its row grows
MAX_LINES = 6
PAD = 4.0  # above and below a value's lines


def _label_cell(c: canvas.Canvas, x: float, y: float, w: float, text: str,
                h: float = ROW) -> None:
    c.setFillColor(SHADE)
    c.rect(x, y - h, w, h, stroke=0, fill=1)
    c.setFillColor(black)
    size = fit_size(text, w - 10, 9.5)
    c.setFont(FONT, size)
    c.drawString(x + 6, y - h / 2 - size * 0.35, text)


def _fit(text: str, w: float) -> tuple[tuple[str, ...], float]:
    """A value's lines and size: 10.5 pt, shrinking to 8 pt, then wrapping (a long
    organisation and title no longer runs out of its cell or prints in 5 pt)."""
    if not text:
        return (), 10.5
    lines, size = fit_lines(text, w - 12, 10.5, MIN_SIZE, MAX_LINES)
    if size >= MIN_SIZE - 0.01:
        return lines, size
    # longer than the most lines hold at 8 pt: those lines, the last one ending in "…"
    wrapped = wrap_lines(" ".join(text.split()), w - 12, MIN_SIZE)[:MAX_LINES]
    last = wrapped[-1]
    while last and text_width(f"{last}…", MIN_SIZE) > w - 12:
        last = last[:-1].rstrip()
    return (*wrapped[:-1], f"{last}…"), MIN_SIZE


def _height(lines: tuple[str, ...], size: float) -> float:
    """The row height the lines need: a single row, or taller for more lines."""
    return max(ROW, len(lines) * size * 1.12 + 2 * PAD)


def _value(c: canvas.Canvas, x: float, y: float, w: float, text: str,
           colour: Color = black, h: float = ROW) -> None:
    """A cell's value, its lines centred in a cell of height ``h``."""
    lines, size = _fit(text, w)
    if not lines:
        return
    c.setFillColor(colour)
    leading = size * 1.12
    baseline = y - h / 2 + (len(lines) - 1) * leading / 2 - size * 0.35
    for line in lines:
        draw(c, x + 7, baseline, line, size)
        baseline -= leading
    c.setFillColor(black)


def _box_outline(c: canvas.Canvas, x: float, y: float, w: float, h: float = ROW) -> None:
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.rect(x, y - h, w, h, stroke=1, fill=0)
    c.setStrokeColor(black)


def _row(c: canvas.Canvas, y: float, left: float, widths: tuple[float, ...],
         cells: list[tuple[str, str]], blank_colour: Color = black) -> float:
    """Two label/value pairs; the row grows to hold a value's wrapped lines."""
    pairs = list(zip(cells, (widths[:2], widths[2:]), strict=True))
    h = max(_height(*_fit(value, vw)) for (_label, value), (_lw, vw) in pairs)
    x = left
    for (label, value), (lw, vw) in pairs:
        _label_cell(c, x, y, lw, label, h)
        _value(c, x + lw, y, vw, value,
               blank_colour if value.strip(" _/:　月日时") == "" else black, h)
        _box_outline(c, x, y, lw, h)
        _box_outline(c, x + lw, y, vw, h)
        x += lw + vw
    return y - h


def _choices_row(c: canvas.Canvas, y: float, left: float, right: float, label_w: float,
                 words: dict) -> float:
    _label_cell(c, left, y, label_w, words["reply"])
    _box_outline(c, left, y, label_w)
    _box_outline(c, left + label_w, y, right - left - label_w)
    x = left + label_w + 14
    c.setFont(FONT, 10.5)
    for choice in words["choices"]:
        c.setLineWidth(0.9)
        c.rect(x, y - ROW / 2 - 5, 10, 10, stroke=1, fill=0)
        c.drawString(x + 15, y - ROW / 2 - 3.7, choice)
        x += 15 + text_width(choice, 10.5) + 34
    return y - ROW


def _wide_row(c: canvas.Canvas, y: float, left: float, right: float, label_w: float,
              label: str) -> float:
    _label_cell(c, left, y, label_w, label)
    _box_outline(c, left, y, label_w)
    _box_outline(c, left + label_w, y, right - left - label_w)
    return y - ROW


def _return_note(c: canvas.Canvas, letter: LetterData, y: float, left: float,
                 right: float) -> None:
    text = _return_text(letter)
    if not text:
        return
    size = fit_size(text, right - left, 9)
    c.setFont(FONT, size)
    c.setFillColor(Color(0.25, 0.25, 0.25))
    c.drawString(left, y, text)
    c.setFillColor(black)


def _return_text(letter: LetterData) -> str:
    contact = " ".join(x for x in (letter.unit_contact, letter.unit_phone) if x)
    if letter.english:
        due = f" by {date_en(letter.reply_by)}" if letter.reply_by else ""
        unit = f" to {letter.unit_name}" if letter.unit_name else ""
        tail = f" (contact: {contact})" if contact else ""
        return f"Please return this slip{unit}{due}{tail}. Quote the reference on all replies."
    due = f"请于{date_zh(letter.reply_by)}前" if letter.reply_by else "请"
    unit = f"交回{letter.unit_name}" if letter.unit_name else "交回邀请单位"
    tail = f"（联系人：{contact}）" if contact else ""
    return f"{due}将本回执{unit}{tail}。回复时请注明回执编号。"
