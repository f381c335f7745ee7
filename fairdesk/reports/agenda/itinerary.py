"""Personal itineraries: one A4 page per guest, in the guest's language; and .ics files.

The page: the guest's name, then arrival, who meets them, hotel, the timed schedule
(sessions and trips), escort, departure and the committee's hotline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from fairdesk.base.files import written
from fairdesk.reports.fonts import FONT, draw, register_fonts
from fairdesk.reports.frame import HEAD_BG, INK, RULE, STRIPE, PrintCancelled

if TYPE_CHECKING:
    from fairdesk.core.agenda.itinerary import Itinerary

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN


GREY = colors.HexColor("#667788")
LABEL_W = 24 * mm
COLS = (34 * mm, (WIDTH - 34 * mm) * 0.5, (WIDTH - 34 * mm) * 0.5)  # when, what, where
PAD = 2.2 * mm


class _Widths:
    """Character widths of the one font, cached: wrapping thousands of pages measures each
    character once."""

    def __init__(self) -> None:
        register_fonts()
        self.cache: dict[tuple[str, float], float] = {}

    def of(self, ch: str, size: float) -> float:
        key = (ch, size)
        w = self.cache.get(key)
        if w is None:
            w = self.cache[key] = pdfmetrics.stringWidth(ch, FONT, size)
        return w

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        """Lines of ``text`` within ``width``: Latin breaks at spaces, Chinese anywhere."""
        lines: list[str] = []
        for para in (text or "").split("\n"):
            line, w, space_at = "", 0.0, -1
            for ch in para:
                cw = self.of(ch, size)
                if w + cw > width and line:
                    if ch != " " and space_at > 0 and not _han(ch):
                        lines.append(line[:space_at])
                        line = line[space_at + 1:]
                        w = sum(self.of(c, size) for c in line)
                    else:
                        lines.append(line)
                        line, w = "", 0.0
                    space_at = -1
                    if ch == " ":
                        continue
                if ch == " ":
                    space_at = len(line)
                elif _han(ch):
                    space_at = -1
                line += ch
                w += cw
            lines.append(line)
        return lines


def _han(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


class _Page:
    """Draws one itinerary top-down on the canvas, starting a new page when it runs out."""

    def __init__(self, c: canvas.Canvas, widths: _Widths, it: Itinerary) -> None:
        self.c, self.w, self.it = c, widths, it
        self.y = A4[1] - MARGIN

    def text(self, x: float, text: str, size: float, colour=INK) -> None:  # noqa: ANN001
        """Text in the fonts that have its scripts (an Arabic or Thai name is not blank)."""
        self.c.setFillColor(colour)
        draw(self.c, x, self.y, text, size)

    def room(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.c.showPage()
            self.y = A4[1] - MARGIN
            self.text(MARGIN, f"{self.it.name}（{self.it.word('续', 'continued')}）", 8, GREY)
            self.y -= 6 * mm

    def head(self) -> None:
        it = self.it
        self.y -= 9
        self.text(MARGIN, it.fair_name, 9, GREY)
        self.y -= 22
        self.text(MARGIN, it.word("个人日程", "Personal itinerary"), 18, HEAD_BG)
        self.y -= 20
        self.text(MARGIN, it.name, 14)
        about = "　".join(x for x in (it.about, it.unit) if x)
        if about:
            self.y -= 13
            self.text(MARGIN, self.w.wrap(about, WIDTH, 8.5)[0], 8.5, GREY)
        self.y -= 6 * mm

    def facts(self) -> None:
        it = self.it
        rows = [*([(it.word("随行人员", "Companions"), it.party)] if it.party else []),
                (it.word("抵达", "Arrival"), it.arrival),
                (it.word("接站", "Met by"), it.met_by or "—"),
                (it.word("住宿", "Hotel"), it.hotel or it.word("未安排", "not yet arranged")),
                (it.word("陪同", "Escort"), it.escort or "—"),
                (it.word("离会", "Departure"), it.departure)]
        self.c.setStrokeColor(RULE)
        self.c.setLineWidth(0.3)
        for label, value in rows:
            lines = self.w.wrap(value, WIDTH - LABEL_W, 9.5)
            self.room(len(lines) * 13 + PAD * 2)
            self.y -= PAD + 9.5
            self.text(MARGIN, label, 8.5, GREY)
            self.c.setFillColor(INK)
            for i, line in enumerate(lines):
                draw(self.c, MARGIN + LABEL_W, self.y - i * 13, line, 9.5)
            self.y -= (len(lines) - 1) * 13 + PAD
            self.c.line(MARGIN, self.y, MARGIN + WIDTH, self.y)
        self.y -= 6 * mm

    def _band(self) -> None:
        it = self.it
        self.room(18 + 30)
        self.c.setFillColor(HEAD_BG)
        self.c.rect(MARGIN, self.y - 16, WIDTH, 16, stroke=0, fill=1)
        self.y -= 11.5
        x = MARGIN + PAD
        for width, label in zip(COLS, (it.word("日期时间", "When"),
                                       it.word("活动 / 行程", "What"),
                                       it.word("地点 / 车辆", "Where / car")), strict=True):
            self.text(x, label, 9, colors.white)
            x += width
        self.y -= 4.5

    def schedule(self) -> None:
        it = self.it
        self._band()
        entries = it.entries or []
        if not entries:
            self.y -= 14
            self.text(MARGIN + PAD, it.word("暂无安排", "Nothing scheduled yet"), 9.5)
            self.y -= 6
        for n, e in enumerate(entries):
            when = f"{e.starts_at[5:10]} {e.starts_at[11:16]}–{e.ends_at[11:16]}"
            cells = [[when], self.w.wrap(e.what, COLS[1] - 2 * PAD, 9.5),
                     self.w.wrap(e.where, COLS[2] - 2 * PAD, 9.5)]
            height = max(len(c) for c in cells) * 12.5 + 2 * PAD
            if self.y - height < MARGIN:
                self.room(height + 40)
                self._band()
            if n % 2:
                self.c.setFillColor(STRIPE)
                self.c.rect(MARGIN, self.y - height, WIDTH, height, stroke=0, fill=1)
            x = MARGIN + PAD
            self.c.setFont(FONT, 9.5)
            self.c.setFillColor(INK)
            for width, lines in zip(COLS, cells, strict=True):
                for i, line in enumerate(lines):
                    draw(self.c, x, self.y - PAD - 9.5 - i * 12.5, line, 9.5)
                x += width
            self.y -= height
            self.c.setStrokeColor(RULE)
            self.c.line(MARGIN, self.y, MARGIN + WIDTH, self.y)
        self.y -= 6 * mm

    def hotline(self) -> None:
        it = self.it
        if it.hotline:
            self.room(20)
            self.text(MARGIN, it.word(f"组委会服务热线：{it.hotline}（24 小时）",
                                      f"Committee hotline: {it.hotline} (24 hours)"), 10)


def draw_itinerary(c: canvas.Canvas, widths: _Widths, it: Itinerary) -> None:
    p = _Page(c, widths, it)
    p.head()
    p.facts()
    p.schedule()
    p.hotline()
    c.showPage()


def render_itineraries(path: str | Path, items: list[Itinerary], *,
                       progress: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> Path:
    """One page per itinerary (a long schedule runs on). Raises PrintCancelled, OSError."""
    widths = _Widths()
    path = Path(path)
    with written(path) as partial:
        c = canvas.Canvas(str(partial), pagesize=A4, initialFontName=FONT)
        c.setTitle("个人日程 Itinerary")
        c.setCreator("fairdesk")
        for n, it in enumerate(items, 1):
            if cancelled and cancelled():
                raise PrintCancelled()
            draw_itinerary(c, widths, it)
            if progress and (n % 25 == 0 or n == len(items)):
                progress(n, len(items))
        c.save()
    return path


def itinerary_ics(it: Itinerary, tz: ZoneInfo) -> bytes:
    """The schedule as an iCalendar file (times in the fair's zone, with its VTIMEZONE)."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//fairdesk//itinerary//")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{it.fair_name} {it.name}")
    stamp = datetime.now(tz).replace(microsecond=0)
    for e in it.entries:
        ev = Event()
        ev.add("uid", f"{e.uid}-{it.guest_id}@fairdesk")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", datetime.fromisoformat(e.starts_at).astimezone(tz))
        ev.add("dtend", datetime.fromisoformat(e.ends_at).astimezone(tz))
        ev.add("summary", e.what)
        if e.where:
            ev.add("location", e.where)
        cal.add_component(ev)
    cal.add_missing_timezones()
    return cal.to_ical()


def write_ics(path: str | Path, it: Itinerary, tz: ZoneInfo) -> Path:
    """Write one guest's .ics. Raises OSError."""
    path = Path(path)
    with written(path) as partial:
        partial.write_bytes(itinerary_ics(it, tz))
    return path
