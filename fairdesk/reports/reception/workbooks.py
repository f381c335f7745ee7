"""The roster lists as .xlsx workbooks (one worksheet per hotel, driver or escort).

Styled header row, column widths, the header frozen, a title above it. Opens in
Excel and WPS. Works from the same Sheet snapshots as the PDFs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fairdesk.base.i18n import Text, t
from fairdesk.base.xlsx import close_book, open_book, tab_name, write_cell
from fairdesk.core.reception.lists import Sheet, TablePlan

HEADER_ROW = 3  # zero-based: title, subtitle, blank, header
NUMBER_KEYS = ("no", "nights", "table", "seat")  # written as numbers when all digits
# a row may carry a column's full ISO value under "@<key>" (the PDF shows "05-18"): the
# workbook then writes a real date or date-time, with its year. A span ("08:00–08:40") adds
# its end under "@<key>>", a column of its own after the start; the text the PDF prints after
# a time (the flight of "05-17 14:30 CA1234") goes under "@<key>+", a column after it too;
# a rate ("80%") carries its fraction under "@<key>%" and is written as a percentage.
DATE_KINDS = {10: "date", 16: "datetime", 19: "datetime", 25: "datetime"}
ADDED = {">": Text("止", "Until"), "+": Text("航班/车次", "Flight/train")}


def _columns(sheet: Sheet) -> list[tuple[str, Text, float]]:
    """The sheet's columns, with a column after each span's start for its end (and after a
    time for the text that followed it), when some row has one."""
    out = []
    for key, heading, width in sheet.columns:
        out.append((key, heading, width))
        for mark, added in ADDED.items():
            if any(f"@{key}{mark}" in r for r in sheet.rows):
                out.append((f"{key}{mark}", added, width * 0.8))
    return out


def write_sheets(sheets: list[Sheet], path: str | Path) -> Path:
    """One worksheet per sheet. Raises OSError when the file cannot be written."""
    path = Path(path)
    book = open_book(path)  # a name "=..." stays text
    fmt = _formats(book)
    used: set[str] = set()
    for sheet in sheets:
        ws = book.add_worksheet(tab_name(sheet.key or str(sheet.title), used))
        columns = _columns(sheet)
        ws.merge_range(0, 0, 0, len(columns) - 1, f"{sheet.fair_name}  {sheet.title}",
                       fmt["title"])
        ws.merge_range(1, 0, 1, len(columns) - 1, str(sheet.subtitle), fmt["subtitle"])
        for j, (_key, heading, width) in enumerate(columns):
            ws.write(HEADER_ROW, j, str(heading), fmt["header"])
            ws.set_column(j, j, max(6, width / 2.1))
        for i, row in enumerate(sheet.rows, HEADER_ROW + 1):
            for j, (key, _, _) in enumerate(columns):
                value = row.get(key, "")
                cell = fmt["alert"] if str(value).startswith("【") else fmt["cell"]
                if key[-1] in ADDED:  # a span's end, or the text after a time
                    value = row.get(f"@{key}", "")
                    if key[-1] == "+":
                        write_cell(ws, i, j, value, "text", cell)
                        continue
                share = row.get(f"@{key}%")  # a rate, as a fraction: a percentage cell
                if share:
                    ws.write_number(i, j, float(share), fmt["percent"])
                    continue
                iso = row.get(f"@{key}") if key[-1] not in ADDED else value
                if iso and len(iso) in DATE_KINDS:
                    kind = DATE_KINDS[len(iso)]
                    write_cell(ws, i, j, iso, kind, fmt[kind])
                    continue
                number = key in NUMBER_KEYS and value.isdigit()
                write_cell(ws, i, j, int(value) if number else value, "text", cell)
        last = HEADER_ROW + len(sheet.rows) + 2
        for k, note in enumerate(sheet.notes):
            ws.write(last + k, 0, str(note), fmt["note"])
        ws.freeze_panes(HEADER_ROW + 1, 0)
        if sheet.rows:
            ws.autofilter(HEADER_ROW, 0, HEADER_ROW + len(sheet.rows), len(columns) - 1)
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.repeat_rows(HEADER_ROW)
        ws.fit_to_pages(1, 0)
    close_book(book)
    return path


def write_table_plan(plan: TablePlan, path: str | Path) -> Path:
    """The seats of a sitting as rows: table, seat, name, title."""
    sheet = Sheet(Text("宴会桌次表", "Banquet seating"),
                  Text(f"{plan.sitting['name']} {plan.sitting['starts_at'][:16].replace('T', ' ')}",
                       f"{plan.sitting['name_en'] or plan.sitting['name']} "
                       f"{plan.sitting['starts_at'][:16].replace('T', ' ')}"),
                  [("table", Text("桌号", "Table"), 14), ("table_name", Text("桌名", "Table name"), 24),
                   ("seat", Text("座位", "Seat"), 12), ("name", Text("姓名", "Name"), 36),
                   ("title", Text("职务", "Title"), 50)], fair_name=plan.fair_name,
                  key=plan.sitting["name"])
    for tb in plan.tables:
        for seat in range(1, tb["seats"] + 1):
            name, title = tb["names"].get(seat, ("", ""))
            sheet.rows.append({"table": str(tb["number"]), "table_name": tb["name"]
                               or (t("主桌", "Head table") if tb["is_head"] else ""),
                               "seat": str(seat), "name": name, "title": title})
    if plan.unseated:
        sheet.notes.append(Text("未排座：" + "、".join(plan.unseated),
                                "Not seated: " + ", ".join(plan.unseated)))
    return write_sheets([sheet], path)


def _formats(book: Any) -> dict[str, Any]:
    font = {"font_name": "Microsoft YaHei", "font_size": 10}
    return {
        "title": book.add_format({**font, "bold": True, "font_size": 14}),
        "subtitle": book.add_format({**font, "font_color": "#556677"}),
        "header": book.add_format({**font, "bold": True, "font_color": "#FFFFFF",
                                   "bg_color": "#2E4A66", "border": 1, "valign": "vcenter",
                                   "text_wrap": True}),
        "cell": book.add_format({**font, "border": 1, "border_color": "#9AA8B6",
                                 "valign": "top", "text_wrap": True}),
        "alert": book.add_format({**font, "border": 1, "border_color": "#9AA8B6",
                                  "valign": "top", "text_wrap": True, "font_color": "#B42318"}),
        "note": book.add_format({**font, "italic": True}),
        "date": book.add_format({**font, "border": 1, "border_color": "#9AA8B6",
                                 "valign": "top", "num_format": "yyyy-mm-dd"}),
        "datetime": book.add_format({**font, "border": 1, "border_color": "#9AA8B6",
                                     "valign": "top", "num_format": "yyyy-mm-dd hh:mm"}),
        "percent": book.add_format({**font, "border": 1, "border_color": "#9AA8B6",
                                    "valign": "top", "num_format": "0%"}),
    }
