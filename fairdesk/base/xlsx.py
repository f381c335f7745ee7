"""The one .xlsx writer (xlsxwriter): workbooks that open in Excel and WPS.

Both the guest exports (a plain table: styled header, typed cells, frozen
panes, autofilter) and the roster lists (a title and subtitle above the table,
notes below it, A4 print setup) build on the pieces here. Text is always
written as text: a name like "=1+1" or a phone "0571..." stays as typed.
xlsxwriter is imported only when a workbook is written. Never imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fairdesk.base.files import as_target, discard, finish, partial_path, stale_partials

KINDS = ("text", "int", "date", "datetime", "percent")
# "percent" values are percentage points (80.3): written as the fraction, shown as 80.3%
_NUM_FORMATS = {"date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm", "percent": "0.0%"}


def open_book(path: str | Path) -> Any:
    """A new xlsxwriter Workbook that never turns strings into numbers or formulas.

    Nothing is written until :func:`close_book`.
    """
    import xlsxwriter

    for old in stale_partials(path):
        discard(old)
    partial = partial_path(path)
    book = xlsxwriter.Workbook(str(partial), {"strings_to_numbers": False,
                                              "strings_to_formulas": False})
    book.fairdesk_target = Path(path)  # close_book renames the whole file to it
    return book


def close_book(book: Any) -> None:
    """Write the workbook out. Raises OSError when the file cannot be created.

    xlsxwriter wraps that OSError in its FileCreateError, which is not one, so
    callers catching OSError (a folder gone, a file open in Excel) would miss it.
    """
    from xlsxwriter.exceptions import FileCreateError

    partial = Path(book.filename)
    try:
        book.close()
        finish(partial, getattr(book, "fairdesk_target", partial))
    except FileCreateError as exc:
        cause = exc.args[0] if exc.args else None
        if isinstance(cause, OSError):
            raise as_target(cause, partial, book.fairdesk_target) from None
        raise OSError(str(exc)) from exc
    except OSError as exc:
        raise as_target(exc, partial, book.fairdesk_target) from None
    finally:
        discard(partial)


def kind_formats(book: Any, font: dict[str, Any]) -> dict[str, Any]:
    """One cell format per column kind (see KINDS), all in ``font``."""
    return {kind: book.add_format({**font, **({"num_format": _NUM_FORMATS[kind]}
                                              if kind in _NUM_FORMATS else {})})
            for kind in KINDS}


def tab_name(name: str, used: set[str]) -> str:
    """A worksheet name Excel accepts (no []:*?/\\, at most 31 characters), unique in ``used``."""
    base = re.sub(r"[\[\]:*?/\\]", "", name or "Sheet")[:28] or "Sheet"
    tab, n = base, 2
    while tab.lower() in used:
        tab, n = f"{base[:26]}-{n}", n + 1
    used.add(tab.lower())
    return tab


def local_datetime(value: Any) -> datetime | None:
    """An ISO text moment as naive fair-local wall time (as the fair shows it), or None."""
    if not value:
        return None
    return datetime.fromisoformat(str(value)).replace(tzinfo=None)


def write_cell(ws: Any, r: int, col: int, value: Any, kind: str, fmt: Any) -> None:
    """One typed cell: blanks, real dates and date-times, numbers, else text.

    Raises ValueError for a "date"/"datetime" value that is not ISO text.
    """
    if value is None or value == "":
        ws.write_blank(r, col, None, fmt)
    elif kind == "date":
        ws.write_datetime(r, col, datetime.combine(date.fromisoformat(str(value)[:10]),
                                                   datetime.min.time()), fmt)
    elif kind == "datetime":
        ws.write_datetime(r, col, local_datetime(value), fmt)
    elif kind == "percent" and isinstance(value, (int, float)) and not isinstance(value, bool):
        ws.write_number(r, col, value / 100, fmt)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        ws.write_number(r, col, value, fmt)
    else:
        ws.write_string(r, col, str(value), fmt)


def write_table(path: Path, headers: Sequence[str], rows: list[list[Any]], *, sheet: str,
                widths: Sequence[int] | None = None, kinds: Sequence[str] | None = None,
                total_row: bool = False) -> None:
    """A one-sheet workbook: styled header, widths, frozen header row, autofilter, typed cells.

    With ``total_row`` the last row is bold with a rule above it. Raises OSError
    when the file cannot be written.
    """
    kinds = list(kinds or ["text"] * len(headers))
    book = open_book(path)
    font = {"font_name": "宋体", "font_size": 11}
    head = book.add_format({**font, "bold": True, "bg_color": "#1F4E79",
                            "font_color": "#FFFFFF", "border": 1, "align": "center",
                            "valign": "vcenter", "text_wrap": True})
    formats = kind_formats(book, font)
    bold = kind_formats(book, {**font, "bold": True, "top": 1})  # the total row, typed alike
    ws = book.add_worksheet(sheet[:31])
    ws.set_row(0, 24)
    for col, header in enumerate(headers):
        width = widths[col] if widths else max(10, len(header) * 2)
        ws.set_column(col, col, width)
        ws.write_string(0, col, header, head)
    for r, values in enumerate(rows, start=1):
        last = total_row and r == len(rows)
        for col, value in enumerate(values):
            write_cell(ws, r, col, value, kinds[col], (bold if last else formats)[kinds[col]])
    ws.freeze_panes(1, 2 if len(headers) > 2 else 0)
    if rows:
        ws.autofilter(0, 0, len(rows), len(headers) - 1)
    close_book(book)  # only now is the file written: an error above leaves none
