"""Printed roster lists: rooming lists, dispatch sheets, escort sheets, the arrivals board.

Each takes :class:`~fairdesk.core.reception.lists.Sheet` snapshots (plain text,
read from the fair beforehand) so it can run in a worker thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import PageBreak, Paragraph

from fairdesk.base.i18n import t
from fairdesk.reports.frame import (
    Cancelled,
    PrintCancelled,
    Progress,
    build,
    esc,
    frame_width,
    heading,
    styles,
    table,
)

if TYPE_CHECKING:
    from fairdesk.core.reception.lists import Sheet

ALERT_MARK = "【"  # a cell starting so is a gap to fill: printed in red


def render_sheets(sheets: list[Sheet], path: str | Path, *, printed_by: str,
                  wide: bool = True, progress: Progress | None = None,
                  cancelled: Cancelled | None = None, printed_at: str | None = None) -> Path:
    """One section per sheet, each starting on a new page (A4 landscape by default).

    Raises PrintCancelled if ``cancelled()`` turns true, OSError if the file cannot be written."""
    if not sheets:
        raise ValueError("no sheets")
    story: list = []
    width = frame_width(wide)
    for i, sheet in enumerate(sheets):
        if cancelled and cancelled():
            raise PrintCancelled()
        if i:
            story.append(PageBreak())
        story += _section(sheet, width)
        if progress:
            progress(i + 1, len(sheets))
    return build(path, story, wide=wide, title=str(sheets[0].title),
                 fair_name=sheets[0].fair_name, printed_by=printed_by,
                 printed_at=printed_at or sheets[0].printed_at)


def _section(sheet: Sheet, width: float) -> list:
    keys = [k for k, _, _ in sheet.columns]
    rows = [[r.get(k, "") for k in keys] for r in sheet.rows]
    alerts = {(i, j) for i, row in enumerate(rows) for j, v in enumerate(row)
              if str(v).startswith(ALERT_MARK)}
    bands = _hour_bands(sheet) if "hour" in (sheet.rows[0] if sheet.rows else {}) else None
    if not rows:
        out = heading(sheet.fair_name, str(sheet.title), str(sheet.subtitle))
        out.append(Paragraph(esc(t("（无记录）", "(nothing listed)")), styles()["note"]))
        out += [Paragraph(esc(str(n)), styles()["note"]) for n in sheet.notes]
        return out
    # the subtitle (hotel, driver and vehicle) heads the table on every page it runs to, and
    # the totals close it: neither a heading nor a total is ever left alone on a page
    out = heading(sheet.fair_name, str(sheet.title), "")
    out.append(table([str(h) for _, h, _ in sheet.columns], rows,
                     [w for _, _, w in sheet.columns], width, bands=bands, alerts=alerts,
                     caption=str(sheet.subtitle), footer=[str(n) for n in sheet.notes],
                     row_height_mm=sheet.row_height_mm,
                     right=frozenset(j for j, k in enumerate(keys) if k in sheet.right)))
    return out  # nothing after the table: a spacer that no longer fit made a blank last page


def _hour_bands(sheet: Sheet) -> dict[int, str]:
    bands, last = {}, None
    for i, r in enumerate(sheet.rows):
        if r["hour"] != last:
            count = sum(1 for x in sheet.rows if x["hour"] == r["hour"])
            bands[i] = f"{r['hour']}:00 – {r['hour']}:59　（{count}）"
            last = r["hour"]
    return bands
