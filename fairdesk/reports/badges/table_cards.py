"""Table cards (席卡): A4 folded tent cards, the name large on both faces.

The sheet folds across the middle; the upper face is drawn upside down, so once
folded the name reads from both sides of the table. Items come from a selection
of guests, a banquet sitting's seating, or a signing ceremony's signatories.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fairdesk.base.errors import NotFoundError
from fairdesk.base.i18n import t
from fairdesk.reports.badges.cards import Cancelled, Progress, RenderCancelled
from fairdesk.reports.fonts import FONT, register_fonts
from fairdesk.reports.textfit import fit_lines, spaced_name

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

INK = HexColor("#111111")
GREY = HexColor("#666666")
RED = HexColor("#B3141B")
MARGIN = 15 * mm


def _guest_items(fair: Fair, guest_ids: list[str]) -> list[dict]:
    items = []
    for gid in guest_ids:
        rows = fair.rows("SELECT name, organisation, title FROM guests WHERE id = ?", [gid])
        if not rows:
            raise NotFoundError(f"找不到嘉宾 {gid}。", f"No guest {gid}.")
        items.append({**rows[0], "note": ""})
    return items


def _sitting_items(fair: Fair, sitting_id: str) -> list[dict]:
    fair.get("meal_sittings", sitting_id)
    return [{"name": r["name"], "organisation": r["organisation"], "title": r["title"],
             "note": t("第{n}桌 {s}号", "Table {n}, seat {s}", n=r["number"], s=r["seat_no"])}
            for r in fair.rows(
                "SELECT g.name, g.organisation, g.title, t.number, s.seat_no FROM banquet_seats s "
                "JOIN banquet_tables t ON t.id = s.table_id JOIN guests g ON g.id = s.guest_id "
                "WHERE t.sitting_id = ? ORDER BY t.number, s.seat_no", [sitting_id])]


def _ceremony_items(fair: Fair, session_id: str) -> list[dict]:
    fair.get("agenda_sessions", session_id)
    return [{"name": r["name"] or r["signatory"], "organisation": r["org"] or r["organisation"],
             "title": r["title"] or r["signatory_title"], "note": r["project"]}
            for r in fair.rows(
                "SELECT p.signatory, p.signatory_title, p.organisation, g.name, "
                "g.organisation AS org, g.title, j.name AS project FROM ceremony_slots c "
                "JOIN signing_projects j ON j.id = c.project_id "
                "JOIN signing_parties p ON p.project_id = j.id "
                "LEFT JOIN guests g ON g.id = p.guest_id WHERE c.session_id = ? "
                "ORDER BY c.position, p.side", [session_id])
            if r["name"] or r["signatory"]]


def table_card_items(fair: Fair, *, guest_ids: list[str] | None = None,
                     sitting_id: str | None = None, session_id: str | None = None) -> list[dict]:
    """The cards to print, as plain data. Raises NotFoundError for an unknown id."""
    if sitting_id:
        return _sitting_items(fair, sitting_id)
    if session_id:
        return _ceremony_items(fair, session_id)
    return _guest_items(fair, guest_ids or [])


def _face(c: Canvas, item: dict, w: float, h: float, with_org: bool) -> None:
    """One face, upright, in a ``w`` x ``h`` box with the fold at the top edge."""
    inner = w - 2 * MARGIN
    lines, size = fit_lines(spaced_name(item["name"]), inner, 120, 60, 2)
    block = size * 1.1 * len(lines)
    y = h / 2 + block / 2 + (8 * mm if with_org else 0)
    c.setFillColor(INK)
    c.setFont(FONT, size)
    for line in lines:
        y -= size
        c.drawCentredString(w / 2, y + size * 0.12, line)
        y -= size * 0.1
    if with_org:
        org = " ".join(x for x in (item.get("organisation"), item.get("title")) if x)
        if org:
            olines, osize = fit_lines(org, inner, 22, 14, 1)
            c.setFillColor(GREY)
            c.setFont(FONT, osize)
            c.drawCentredString(w / 2, y - 12 * mm, olines[0])
    if item.get("note"):
        c.setFillColor(GREY)
        c.setFont(FONT, 9)
        c.drawRightString(w - MARGIN, MARGIN * 0.6, item["note"][:60])
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


def render_table_cards(path: str | Path, items: list[dict], *, with_org: bool = True,
                       title: str = "", progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> int:
    """One A4 sheet per card; returns the number of pages.

    Raises RenderCancelled (the partial file is removed), OSError.
    """
    register_fonts()
    w, h = A4
    c = Canvas(str(path), pagesize=A4, initialFontName=FONT, pageCompression=1)
    c.setTitle(title or t("席卡", "Table cards"))
    for k, item in enumerate(items):
        if cancelled is not None and cancelled():
            Path(path).unlink(missing_ok=True)
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
