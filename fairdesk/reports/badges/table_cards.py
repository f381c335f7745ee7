"""Table cards (席卡): A4 folded tent cards, the name large on both faces.

The sheet folds across the middle; the upper face is drawn upside down, so once
folded the name reads from both sides of the table. The items (a selection of
guests, a banquet sitting's seating, or a signing ceremony's signatories) are read
by :func:`fairdesk.core.badges.table_cards.table_card_items`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fairdesk.base.files import written
from fairdesk.base.i18n import t
from fairdesk.reports.badges.cards import Cancelled, Progress, RenderCancelled
from fairdesk.reports.fonts import FONT, draw, register_fonts
from fairdesk.reports.textfit import fit_lines, spaced_name

if TYPE_CHECKING:
    from fairdesk.core.badges.table_cards import TableCard

INK = HexColor("#111111")
GREY = HexColor("#666666")
RED = HexColor("#B3141B")
MARGIN = 15 * mm


def _face(c: Canvas, item: TableCard, w: float, h: float, with_org: bool) -> None:
    """One face, upright, in a ``w`` x ``h`` box with the fold at the top edge."""
    inner = w - 2 * MARGIN
    lines, size = fit_lines(spaced_name(item["name"]), inner, 120, 60, 2)
    block = size * 1.1 * len(lines)
    y = h / 2 + block / 2 + (8 * mm if with_org else 0)
    c.setFillColor(INK)
    for line in lines:
        y -= size
        draw(c, w / 2, y + size * 0.12, line, size, "centre")
        y -= size * 0.1
    if with_org:
        org = " ".join(x for x in (item.get("organisation"), item.get("title")) if x)
        if org:
            olines, osize = fit_lines(org, inner, 22, 14, 1)
            c.setFillColor(GREY)
            draw(c, w / 2, y - 12 * mm, olines[0], osize, "centre")
    if item.get("note"):
        c.setFillColor(GREY)
        draw(c, w - MARGIN, MARGIN * 0.6, item["note"][:60], 9, "right")
    c.setFillColor(RED)
    c.rect(MARGIN, h - 12 * mm, w - 2 * MARGIN, 1.2 * mm, stroke=0, fill=1)


def _fold(c: Canvas, w: float, h: float) -> None:
    c.setStrokeColor(HexColor("#BBBBBB"))
    c.setLineWidth(0.4)
    c.setDash(3, 3)
    c.line(0, h / 2, w, h / 2)
    c.setDash()
    c.setFillColor(GREY)
    c.setFont(FONT, 6)
    c.drawString(4 * mm, h / 2 + 1 * mm, "折叠线 fold")


def render_table_cards(path: str | Path, items: list[TableCard], *, with_org: bool = True,
                       title: str = "", progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> int:
    """One A4 sheet per card; returns the number of pages.

    Raises RenderCancelled, OSError; then no file is left at ``path``.
    """
    register_fonts()
    with written(path) as partial:
        return _draw_cards(partial, items, with_org, title, progress, cancelled)


def _draw_cards(path: Path, items: list[TableCard], with_org: bool, title: str,
                progress: Progress | None, cancelled: Cancelled | None) -> int:
    w, h = A4
    c = Canvas(str(path), pagesize=A4, initialFontName=FONT, pageCompression=1)
    c.setTitle(title or t("席卡", "Table cards"))
    for k, item in enumerate(items):
        if cancelled is not None and cancelled():
            raise RenderCancelled
        _face(c, item, w, h / 2, with_org)  # lower face, upright
        c.saveState()
        c.translate(w, h)
        c.rotate(180)  # upper face, upside down
        _face(c, item, w, h / 2, with_org)
        c.restoreState()
        _fold(c, w, h)
        c.showPage()
        if progress is not None:
            progress(k + 1, len(items))
    c.save()
    return len(items)
