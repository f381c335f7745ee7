"""Reading a guest list as inviting units send it: .xlsx/.xls/.ods or .csv, header anywhere.

python-calamine reads workbooks (about seven times faster than openpyxl);
CSV files are decoded as UTF-8 (with or without BOM), else GB18030 (which
covers GBK and GB2312, what Excel saves on a Chinese Windows).

The header row is the row among the first 30 that names the most known
columns (see :mod:`.columns`), so title rows, a "填报单位" filler line,
merged title cells and blank rows above it are passed over.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fairdesk.base.errors import ValidationError
from fairdesk.core.guests.names import fold_text

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
HEADER_SEARCH_ROWS = 30
TOTAL_WORDS = ("合计", "总计", "小计", "共计", "总数", "total", "totals", "sum", "grandtotal")


@dataclass
class RawTable:
    """The cells of one sheet, with the header row found.

    ``rows[i]`` is the file's row ``i + 1``; ``header_index`` points into ``rows``.
    """

    path: Path
    sheet: str
    rows: list[list[Any]]
    header_index: int
    merged_title: bool = False
    encoding: str = ""
    headers: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.headers and self.rows:
            self.headers = [_cell_text(c) for c in self.rows[self.header_index]]

    @property
    def width(self) -> int:
        return len(self.headers)

    @property
    def header_line(self) -> int:
        """The header's row number as the user sees it in the file (1-based)."""
        return self.header_index + 1

    def data(self) -> list[tuple[int, list[Any]]]:
        """(row number in the file, cells) below the header, blank rows left out."""
        out = []
        for i in range(self.header_index + 1, len(self.rows)):
            cells = self.rows[i]
            if _filled(cells):
                out.append((i + 1, _pad(cells, self.width)))
        return out


def _filled(cells: list[Any]) -> bool:
    """Some cell is not blank (a loop, not any(): it runs for every row of a list)."""
    for cell in cells:
        if cell is not None and not (isinstance(cell, str) and (not cell or cell.isspace())):
            return True
    return False


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _pad(cells: list[Any], width: int) -> list[Any]:
    return cells + [""] * (width - len(cells)) if len(cells) < width else cells


def is_totals_row(cells: list[Any]) -> bool:
    """A 合计 / Total row at the foot of a list: its first filled cell says so."""
    for cell in cells:
        if isinstance(cell, (int, float)):  # a row number: a guest, not a totals row
            return False
        if not is_blank(cell):
            text = fold_text(_cell_text(cell)).strip(":：")
            return any(text == w or text.startswith(w) for w in TOTAL_WORDS)
    return False


def read_table(path: str | Path) -> RawTable:
    """Read the first sheet holding a guest list (or a CSV file) and find its header.

    Raises ValidationError (field "file") with one sentence when the file is
    missing, of an unknown kind, damaged, or has no recognisable header row.
    """
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", f"找不到文件：{path}", f"No such file: {path}")
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        return _best_sheet(path, _read_workbook(path))
    if suffix in CSV_SUFFIXES:
        rows, encoding = _read_csv(path)
        table = _with_header(path, "", rows, False)
        table.encoding = encoding
        return table
    raise ValidationError(
        "file", f"不能导入“{path.name}”：只支持 .xlsx、.xls 和 .csv 文件。",
        f"Cannot import '{path.name}': only .xlsx, .xls and .csv files are supported.")


def _read_workbook(path: Path) -> list[tuple[str, list[list[Any]], bool]]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = []
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            merged = bool(getattr(sheet, "merged_cell_ranges", None) or [])
            sheets.append((name, sheet.to_python(skip_empty_area=False), merged))
        return sheets
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise ValidationError(
            "file", f"无法读取“{path.name}”：文件已损坏或不是 Excel 文件（{exc}）。",
            f"Cannot read '{path.name}': the file is damaged or not an Excel file ({exc}).",
        ) from None


def _best_sheet(path: Path, sheets: list[tuple[str, list[list[Any]], bool]]) -> RawTable:
    best: RawTable | None = None
    best_score = -1
    for name, rows, merged in sheets:
        index, score = find_header(rows)
        if score > best_score and score >= 2:
            best, best_score = RawTable(path, name, rows, index, merged), score
    if best is None:
        raise _no_header(path)
    return best


def _read_csv(path: Path) -> tuple[list[list[Any]], str]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError(
            "file", f"无法识别“{path.name}”的文字编码（应为 UTF-8 或 GBK）。",
            f"Cannot tell the text encoding of '{path.name}' (expected UTF-8 or GBK).")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)], encoding


def _with_header(path: Path, sheet: str, rows: list[list[Any]], merged: bool) -> RawTable:
    index, score = find_header(rows)
    if score < 2:
        raise _no_header(path)
    return RawTable(path, sheet, rows, index, merged)


def _no_header(path: Path) -> ValidationError:
    return ValidationError(
        "file", f"“{path.name}”中找不到表头行（应有“姓名”“单位”“电话”等列名）。",
        f"No header row found in '{path.name}' (expected column names such as "
        "Name, Organisation, Phone).")


def find_header(rows: list[list[Any]]) -> tuple[int, int]:
    """(index, number of known column names) of the likeliest header row."""
    from fairdesk.core.guests.importing.columns import guess_field

    best, best_score = 0, 0
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        fields = {guess_field(_cell_text(c)) for c in row if isinstance(c, str) and c.strip()}
        fields.discard(None)
        score = len(fields) + ("name" in fields)  # a name column alone makes a list
        if score > best_score:
            best, best_score = i, score
    return best, best_score
