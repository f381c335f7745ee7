"""The banquet table plan: round tables drawn with the name at every seat (A4 landscape).

Seat 1 (the host, facing the door at the bottom of the page) is at the top of
each table; seat 2, the host's right, is to the viewer's left, and the numbers
run on round that way, as :func:`fairdesk.core.roster.meals.honour_seats` assumes.
"""

from __future__ import annotations

import math
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph
from reportlab.platypus.flowables import Flowable

from fairdesk.core.i18n import t
from fairdesk.core.roster.sheets import TablePlan
from fairdesk.reports.fonts import FONT, fit_size
from fairdesk.reports.roster.base import (
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

COLS, ROWS = 4, 2
HEAD_FILL = colors.HexColor("#F6E7C1")
TABLE_FILL = colors.HexColor("#E8EEF4")


class TableGrid(Flowable):
    """Up to COLS x ROWS tables drawn in a grid filling the frame."""

    def __init__(self, tables: list[dict], width: float, height: float) -> None:
        super().__init__()
        self.tables, self.width, self.height = tables, width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        cell_w, cell_h = self.width / COLS, self.height / ROWS
        for i, table in enumerate(self.tables):
            col, row = i % COLS, i // COLS
            cx = cell_w * (col + 0.5)
            cy = self.height - cell_h * (row + 0.5)
            draw_table(self.canv, table, cx, cy, min(cell_w, cell_h))


def draw_table(c: object, table: dict, cx: float, cy: float, size: float) -> None:
    radius = size * 0.2
    seat_r = size * 0.045
    ring = radius + seat_r + 1.5 * mm
    c.setStrokeColor(RULE)
    c.setFillColor(HEAD_FILL if table["is_head"] else TABLE_FILL)
    c.setLineWidth(0.8)
    c.circle(cx, cy, radius, stroke=1, fill=1)
    c.setFillColor(INK)
    c.setFont(FONT, 13)
    c.drawCentredString(cx, cy + 1 * mm, str(table["number"]))
    label = table["name"] or (t("主桌", "Head table") if table["is_head"] else "")
    if label:
        c.setFont(FONT, fit_size(label, radius * 1.7, 7.5))
        c.drawCentredString(cx, cy - 4 * mm, label)
    n = table["seats"]
    for seat in range(1, n + 1):
        angle = math.pi / 2 + (seat - 1) * 2 * math.pi / n
        sx, sy = cx + ring * math.cos(angle), cy + ring * math.sin(angle)
        c.setStrokeColor(RULE)
        c.setFillColor(HEAD_BG if seat == 1 else colors.white)
        c.circle(sx, sy, seat_r, stroke=1, fill=1)
        c.setFillColor(colors.white if seat == 1 else INK)
        c.setFont(FONT, 6)
        c.drawCentredString(sx, sy - 2.1, str(seat))
        name, title = table["names"].get(seat, ("", ""))
        _seat_label(c, name, title, angle, cx, cy, ring + seat_r + 1.2 * mm, size)


def _seat_label(c: object, name: str, title: str, angle: float, cx: float, cy: float,
                dist: float, size: float) -> None:
    x, y = cx + dist * math.cos(angle), cy + dist * math.sin(angle)
    cos, sin = math.cos(angle), math.sin(angle)
    width = size * 0.3
    name_size = fit_size(name or "—", width, 7.5, 5)
    title = title[:12]
    title_size = fit_size(title, width, 5.5, 4) if title else 0
    if sin > 0.5:  # above the seat: the title line goes between the name and the seat
        y += 1 + (title_size + 1 if title else 0)
    elif sin < -0.5:  # below the seat
        y -= name_size + 1
    else:
        y -= 1
    c.setFillColor(INK if name else RULE)
    c.setFont(FONT, name_size)
    draw = c.drawString if cos > 0.3 else c.drawRightString if cos < -0.3 else c.drawCentredString
    draw(x, y, name or "—")
    if title:
        c.setFillColor(colors.HexColor("#667788"))
        c.setFont(FONT, title_size)
        draw(x, y - title_size - 1, title)


def render_table_plan(plan: TablePlan, path: str | Path, *, printed_by: str,
                      progress: Progress | None = None, cancelled: Cancelled | None = None,
                      printed_at: str | None = None) -> Path:
    """The drawn plan, 8 tables a page, head table first. Raises PrintCancelled, OSError."""
    sitting = plan.sitting
    when = f"{sitting['starts_at'][:10]} {sitting['starts_at'][11:16]}"
    seated = sum(len(tb["names"]) for tb in plan.tables)
    subtitle = t("{name}　{when}　{n} 桌，已排座 {k} 人", "{name}  {when}  {n} tables, {k} seated",
                 name=sitting["name"], when=when, n=len(plan.tables), k=seated)
    width = frame_width(True)
    story: list = []
    pages = [plan.tables[i:i + COLS * ROWS] for i in range(0, len(plan.tables), COLS * ROWS)]
    for i, chunk in enumerate(pages or [[]]):
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
                 fair_name=plan.fair_name, printed_by=printed_by, printed_at=printed_at)
