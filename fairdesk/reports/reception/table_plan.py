"""The banquet table plan: round tables drawn with the name at every seat (A4 landscape).

Seat 1 (the host, facing the door at the bottom of the page) is at the top of
each table; seat 2, the host's right, is to the viewer's left, and the numbers
run on round that way, as :func:`fairdesk.core.reception.meals.honour_seats` assumes.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph
from reportlab.platypus.flowables import Flowable

from fairdesk.base.i18n import t
from fairdesk.reports.fonts import FONT, draw, fit_size
from fairdesk.reports.frame import (
    HEAD_BG,
    INK,
    RULE,
    Cancelled,
    PrintCancelled,
    Progress,
    build,
    esc,
    frame_width,
    heading,
    styles,
)
from fairdesk.reports.textfit import fit_lines

if TYPE_CHECKING:
    from fairdesk.core.reception.lists import TablePlan

COLS, ROWS = 3, 2
HEAD_FILL = colors.HexColor("#F6E7C1")
TABLE_FILL = colors.HexColor("#E8EEF4")


BIG = 12  # a table with more seats takes two cells: the drawing and a list of its seats


def layout(tables: list[dict]) -> list[list[tuple[dict, int, int]]]:
    """Pages of (table, column, row); a big table takes two cells of one row."""
    pages: list[list[tuple[dict, int, int]]] = [[]]
    slot = 0
    for table in tables:
        span = 2 if table["seats"] > BIG else 1
        if span == 2 and slot % COLS == COLS - 1:
            slot += 1
        if slot + span > COLS * ROWS:
            pages.append([])
            slot = 0
        pages[-1].append((table, slot % COLS, slot // COLS))
        slot += span
    return pages


class TableGrid(Flowable):
    """Tables drawn in a COLS x ROWS grid filling the frame."""

    def __init__(self, placed: list[tuple[dict, int, int]], width: float, height: float) -> None:
        super().__init__()
        self.placed, self.width, self.height = placed, width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        cell_w, cell_h = self.width / COLS, self.height / ROWS
        size = min(cell_w, cell_h)
        for table, col, row in self.placed:
            cx = cell_w * (col + 0.5)
            cy = self.height - cell_h * (row + 0.5)
            if table["seats"] > BIG:
                draw_table(self.canv, table, cx, cy, size, 0)
                seat_list(self.canv, table, cell_w * (col + 1) + 2 * mm,
                          cy + cell_h * 0.42, cell_w - 4 * mm, cell_h * 0.84)
            else:
                draw_table(self.canv, table, cx, cy, size, cell_w)


def draw_table(c: object, table: dict, cx: float, cy: float, size: float,
               cell_width: float) -> None:
    """One round table; names round it when ``cell_width`` leaves room for them (else none)."""
    n = table["seats"]
    seat_r = min(size * 0.04, size * 0.3 * math.pi / max(n, 1) * 0.8)
    ring = max(size * 0.17 + seat_r + 1.5 * mm, n * seat_r * 2.4 / (2 * math.pi))
    radius = ring - seat_r - 1.5 * mm
    c.setStrokeColor(RULE)
    c.setFillColor(HEAD_FILL if table["is_head"] else TABLE_FILL)
    c.setLineWidth(0.8)
    c.circle(cx, cy, radius, stroke=1, fill=1)
    c.setFillColor(INK)
    c.setFont(FONT, 13)
    c.drawCentredString(cx, cy + 1 * mm, str(table["number"]))
    label = table["name"] or (t("主桌", "Head table") if table["is_head"] else "")
    if label:
        draw(c, cx, cy - 4 * mm, label, fit_size(label, radius * 1.7, 7.5), "centre")
    for seat in range(1, n + 1):
        angle = math.pi / 2 + (seat - 1) * 2 * math.pi / n
        sx, sy = cx + ring * math.cos(angle), cy + ring * math.sin(angle)
        c.setStrokeColor(RULE)
        c.setFillColor(HEAD_BG if seat == 1 else colors.white)
        c.circle(sx, sy, seat_r, stroke=1, fill=1)
        c.setFillColor(colors.white if seat == 1 else INK)
        number_size = min(6, seat_r * 1.3)
        c.setFont(FONT, number_size)
        c.drawCentredString(sx, sy - number_size * 0.35, str(seat))
        if cell_width:
            name, title = table["names"].get(seat, ("", ""))
            gap = ring + seat_r + 1.2 * mm
            room = min(size * 0.26, cell_width / 2 - gap - 2 * mm)
            _seat_label(c, name, title, angle, cx, cy, gap, room)


SEAT_LINE = 10.5  # a big table's list: the line height it keeps to one column for


def seat_list(c: object, table: dict, x: float, top: float, width: float,
              height: float) -> None:
    """The seats of a big table as a list: number, name, title; in one column while its
    lines keep their height, else two. A name shrinks to fit its column (a Latin name no
    more than a fifth below the Chinese ones) and never runs into the title."""
    n = table["seats"]
    columns = 1 if n * SEAT_LINE <= height else 2
    per_column = -(-n // columns)
    line = min(height / per_column, 11)
    col_w = width / columns
    name_w, title_w = col_w * 0.55 - 8 * mm, col_w * 0.45 - 2 * mm
    for seat in range(1, n + 1):
        name, title = table["names"].get(seat, ("—", ""))
        col, row = divmod(seat - 1, per_column)
        px, py = x + col * col_w, top - (row + 1) * line + 2
        c.setFillColor(HEAD_BG)
        c.setFont(FONT, 7)
        c.drawRightString(px + 5 * mm, py, str(seat))
        c.setFillColor(INK)
        lines, size = fit_lines(name, name_w, 8, 6.5, 1)
        draw(c, px + 7 * mm, py, lines[0] if lines else "", size)
        if title:
            c.setFillColor(colors.HexColor("#667788"))
            tlines, tsize = fit_lines(title, title_w, 6.5, 5, 1)
            draw(c, px + 7 * mm + name_w + 1 * mm, py, tlines[0], tsize)


def _seat_label(c: object, name: str, title: str, angle: float, cx: float, cy: float,
                dist: float, width: float) -> None:
    """A seat's name and title beside it: each shrinks to a legible minimum, then wraps at
    spaces (or after a hyphen) onto a second or third line (never cut mid-word), so Latin
    and Chinese names print at much the same size."""
    x, y = cx + dist * math.cos(angle), cy + dist * math.sin(angle)
    cos, sin = math.cos(angle), math.sin(angle)
    lines, name_size = fit_lines(name or "—", width, 7.5, 6.5, 3)
    tlines, title_size = fit_lines(title, width, 5.5, 4.5, 2) if title else ((), 0.0)
    block = len(lines) * (name_size + 1) + len(tlines) * (title_size + 0.8)
    if sin > 0.5:  # above the seat: the block ends just above it
        y += block - name_size
    elif sin < -0.5:  # below the seat
        y -= name_size + 1
    else:  # beside: centred on the seat
        y += block / 2 - name_size
    align = "left" if cos > 0.3 else "right" if cos < -0.3 else "centre"
    c.setFillColor(INK if name else RULE)
    for line in lines:
        draw(c, x, y, line, name_size, align)
        y -= name_size + 1
    c.setFillColor(colors.HexColor("#667788"))
    for line in tlines:
        draw(c, x, y - 0.5, line, title_size, align)
        y -= title_size + 0.8


def render_table_plan(plan: TablePlan, path: str | Path, *, printed_by: str,
                      progress: Progress | None = None, cancelled: Cancelled | None = None,
                      printed_at: str | None = None) -> Path:
    """The drawn plan, 6 tables a page (a big one takes two places), head table first. Raises PrintCancelled, OSError."""
    sitting = plan.sitting
    when = f"{sitting['starts_at'][:10]} {sitting['starts_at'][11:16]}"
    tables = [tb for tb in plan.tables if tb["names"]]  # a table nobody sits at is not drawn
    seated = sum(len(tb["names"]) for tb in tables)
    subtitle = t("{name}　{when}　{n} 桌，已排座 {k} 人", "{name}  {when}  {n} tables, {k} seated",
                 name=t(sitting["name"], sitting.get("name_en") or sitting["name"]), when=when,
                 n=len(tables), k=seated)
    width = frame_width(True)
    story: list = []
    pages = layout(tables)
    for i, chunk in enumerate(pages):
        if cancelled and cancelled():
            raise PrintCancelled()
        if i:
            story.append(PageBreak())
        story += heading(plan.fair_name, t("宴会桌次图", "Banquet table plan"), subtitle)
        story.append(TableGrid(chunk, width, 148 * mm))
        if progress:
            progress(i + 1, len(pages))
    note = t("1 号座为主人位（面向宴会厅入口），2 号座为主人右手第一位，依次逆时针排列。",
             "Seat 1 is the host's, facing the entrance; seat 2 is at the host's right, "
             "then round the table counter-clockwise.")
    story.append(Paragraph(esc(note), styles()["note"]))
    if plan.unseated:
        story.append(Paragraph(esc(t("未排座：", "Not seated: ") + "、".join(plan.unseated)),
                               styles()["note"]))
    return build(path, story, wide=True, title=t("宴会桌次图", "Banquet table plan"),
                 fair_name=plan.fair_name, printed_by=printed_by,
                 printed_at=printed_at or plan.printed_at)
