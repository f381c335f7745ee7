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
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fairdesk.base.errors import ValidationError
from fairdesk.core.guests.importing import xlsx_cells
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


Guess = Callable[[str], "str | None"]  # a header's text -> the field it names, or None


@dataclass(frozen=True)
class HeaderRule:
    """How to recognise a list's header row: the field each header names, the field whose
    column alone makes a list (a guest list's name), and what the user is told when no row
    qualifies (the column names expected, in Chinese and English)."""

    guess: Guess
    key_field: str = "name"
    expected_zh: str = "“姓名”“单位”“电话”"
    expected_en: str = "Name, Organisation, Phone"


def _guest_rule() -> HeaderRule:
    from fairdesk.core.guests.importing.columns import guess_field

    return HeaderRule(guess_field)


def read_table(path: str | Path, rule: HeaderRule | None = None) -> RawTable:
    """Read the first sheet holding a list (or a CSV file) and find its header.

    ``rule`` says which headers are known (a guest list's by default; the signing desk
    passes the project list's). Raises ValidationError (field "file") with one sentence
    when the file is missing, of an unknown kind, damaged, or has no recognisable header row.
    """
    rule = rule or _guest_rule()
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", f"找不到文件：{path}", f"No such file: {path}")
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        return _best_sheet(path, _read_workbook(path), rule)
    if suffix in CSV_SUFFIXES:
        rows, encoding = _read_csv(path)
        table = _with_header(path, "", rows, False, rule)
        table.encoding = encoding
        return table
    raise ValidationError(
        "file", f"不能导入“{path.name}”：只支持 .xlsx、.xls 和 .csv 文件。",
        f"Cannot import '{path.name}': only .xlsx, .xls and .csv files are supported.")


# A sheet whose declared range holds more cells than this is read cell by cell (calamine
# would allocate the whole range: a stray cell at XFD1048576 asks for 550 GB and aborts).
MAX_DENSE_CELLS = 2_000_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an .xlsx in this box is encrypted
SHOWN_CHARS = 40  # of a cell quoted in a sentence
Sheets = list[tuple[str, list[list[Any]], bool, bool]]  # name, rows, merged title, visible


def shown(value: Any) -> str:
    """A cell as quoted in a sentence: cut short, so a 100,000-character cell is not
    echoed whole into an error."""
    text = " ".join(str(value).split())
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def _damaged(path: Path) -> ValidationError:
    return ValidationError(
        "file", f"无法读取“{path.name}”：文件已损坏或不是 Excel 文件。",
        f"Cannot read '{path.name}': the file is damaged or not an Excel file.")


def _password(path: Path) -> ValidationError:
    return ValidationError(
        "file", f"“{path.name}”设有打开密码：请在 Excel 或 WPS 中打开，另存一份不带密码的文件再导入。",
        f"'{path.name}' is protected by a password: open it in Excel or WPS, save a copy "
        "without the password, and import that.")


def _read_workbook(path: Path) -> Sheets:
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        raise _damaged(path) from None
    if head == OLE_MAGIC and path.suffix.lower() in (".xlsx", ".xlsm"):
        raise _password(path)
    if zipfile.is_zipfile(path) and path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    return _read_with_calamine(path)


def _read_xlsx(path: Path) -> Sheets:
    """Each sheet by calamine, or cell by cell when its range is huge or calamine fails."""
    try:
        book = zipfile.ZipFile(path)
        members = xlsx_cells.sheet_members(book)
        huge = {n for n, _, m in members
                if m in book.namelist() and xlsx_cells.declared_cells(book, m) > MAX_DENSE_CELLS}
    except Exception:  # noqa: BLE001 - a broken zip or XML: one sentence
        raise _damaged(path) from None
    try:
        sheets = _read_with_calamine(path, skip=huge)
    except ValidationError:
        sheets = []  # calamine cannot read a cell (a #SPILL!): every sheet cell by cell
    read = {name for name, *_ in sheets}
    try:
        for name, state, member in members:
            if name not in read and member in book.namelist():
                rows = xlsx_cells.read_sheet(book, member)
                sheets.append((name, rows, False, state == "visible"))
    except Exception:  # noqa: BLE001
        raise _damaged(path) from None
    finally:
        book.close()
    order = [name for name, *_ in members]
    return sorted(sheets, key=lambda sheet: order.index(sheet[0]) if sheet[0] in order else 0)


def _read_with_calamine(path: Path, skip: set[str] = frozenset()) -> Sheets:  # type: ignore[assignment]
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        visible = {m.name: str(getattr(m, "visible", "visible")).lower().endswith("visible")
                   and "hidden" not in str(getattr(m, "visible", "")).lower()
                   for m in book.sheets_metadata}
        sheets = []
        for name in book.sheet_names:
            if name in skip:
                continue
            sheet = book.get_sheet_by_name(name)
            merged = bool(getattr(sheet, "merged_cell_ranges", None) or [])
            sheets.append((name, sheet.to_python(skip_empty_area=False), merged,
                           visible.get(name, True)))
        return sheets
    except Exception as exc:  # calamine raises its own error types for damaged files
        words = str(exc).lower()
        if "password" in words or "encrypt" in words:
            raise _password(path) from None
        raise _damaged(path) from None


def _best_sheet(path: Path, sheets: Sheets, rule: HeaderRule) -> RawTable:
    """The first visible sheet with a header (the best one); hidden sheets only when no
    visible sheet holds a list."""
    for wanted in (True, False):
        best: RawTable | None = None
        best_score = -1
        for name, rows, merged, visible in sheets:
            if visible != wanted:
                continue
            index, score = find_header(rows, rule)
            if score > best_score and score >= 2:
                best, best_score = RawTable(path, name, rows, index, merged), score
        if best is not None:
            return best
    raise _no_header(path, rule)


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
    return _csv_rows(path, text, dialect), encoding


def _csv_rows(path: Path, text: str, dialect: Any) -> list[list[Any]]:
    """The CSV's rows; line endings of any kind (CR alone, as old Macs save). Raises
    ValidationError naming the line for a cell over the size limit or a quote never
    closed (which would swallow every row after it)."""
    reader = csv.reader(io.StringIO(text, newline=None), dialect)
    rows: list[list[Any]] = []
    try:
        for row in reader:
            rows.append(list(row))
    except csv.Error:
        line = reader.line_num
        raise ValidationError(
            "file", f"“{path.name}”第 {line} 行附近有一个单元格超过 {csv.field_size_limit():,} 个字符"
            "，或引号不成对。",
            f"'{path.name}' has a cell over {csv.field_size_limit():,} characters, or "
            f"unmatched quotes, near line {line}.", row=line) from None
    quote = getattr(dialect, "quotechar", '"') or '"'
    if text.count(quote) % 2 and rows:
        line = _unclosed_at(text, quote)
        raise ValidationError(
            "file", f"“{path.name}”第 {line} 行的引号没有闭合：其后的各行都被读成了一个单元格。"
            "请在表格软件中检查这一行。",
            f"'{path.name}' has a quote opened on line {line} and never closed: every line "
            "after it would be read as one cell. Check that line in a spreadsheet.", row=line)
    return rows


def _unclosed_at(text: str, quote: str) -> int:
    """The line where the last quote that is never closed opens."""
    inside, opened_at = False, 1
    for line, content in enumerate(text.replace("\r\n", "\n").replace("\r", "\n")
                                   .split("\n"), 1):
        for ch in content:
            if ch == quote:
                inside = not inside
                if inside:
                    opened_at = line
    return opened_at


def _with_header(path: Path, sheet: str, rows: list[list[Any]], merged: bool,
                 rule: HeaderRule) -> RawTable:
    index, score = find_header(rows, rule)
    if score < 2:
        raise _no_header(path, rule)
    return RawTable(path, sheet, rows, index, merged)


def _no_header(path: Path, rule: HeaderRule) -> ValidationError:
    return ValidationError(
        "file", f"“{path.name}”中找不到表头行（应有{rule.expected_zh}等列名）。",
        f"No header row found in '{path.name}' (expected column names such as "
        f"{rule.expected_en}).")


def find_header(rows: list[list[Any]], rule: HeaderRule | None = None) -> tuple[int, int]:
    """(index, number of known column names) of the likeliest header row."""
    rule = rule or _guest_rule()
    guess = rule.guess
    best, best_score = 0, 0
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        fields = {guess(_cell_text(c)) for c in row if isinstance(c, str) and c.strip()}
        fields.discard(None)
        score = len(fields) + (rule.key_field in fields)  # a key column alone makes a list
        if score > best_score:
            best, best_score = i, score
    return best, best_score
