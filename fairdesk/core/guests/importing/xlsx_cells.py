"""An .xlsx read cell by cell: only the cells that hold something, never the used range.

calamine builds a sheet as one dense block from A1 to its last cell, so one stray cell
at XFD1048576 asks for half a terabyte and aborts the process. This reader streams the
sheet's XML, keeps the filled cells, and is used when a sheet's declared range is huge
or calamine cannot read a cell (a ``#SPILL!``). Dates come back as serial numbers
(numbers), which the date columns accept as Excel days.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from typing import Any
from xml.etree.ElementTree import iterparse

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_REF = re.compile(r"([A-Z]+)(\d+)")
_EMPTY: list[Any] = []


def column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def declared_cells(book: zipfile.ZipFile, member: str) -> int:
    """Rows x columns of the sheet's ``<dimension>`` (0 when it has none)."""
    with book.open(member) as fh:
        head = fh.read(4096).decode("utf-8", "replace")
    found = re.search(r'<(?:\w+:)?dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"', head)
    if not found or not found.group(3):
        return 0
    first_col, first_row, last_col, last_row = found.groups()
    return ((int(last_row) - int(first_row) + 1)
            * (column_index(last_col) - column_index(first_col) + 1))


def sheet_members(book: zipfile.ZipFile) -> list[tuple[str, str, str]]:
    """(name, state, member path) of each sheet, in the workbook's order."""
    rels = {}
    with book.open("xl/_rels/workbook.xml.rels") as fh:
        for _, el in iterparse(fh):
            if el.tag.endswith("Relationship"):
                target = el.get("Target", "")
                rels[el.get("Id")] = (target.lstrip("/") if target.startswith("/")
                                      else posixpath.normpath(posixpath.join("xl", target)))
    sheets = []
    with book.open("xl/workbook.xml") as fh:
        for _, el in iterparse(fh):
            if el.tag == f"{NS}sheet":
                sheets.append((el.get("name", ""), el.get("state", "visible"),
                               rels.get(el.get(REL), "")))
    return sheets


def _shared_strings(book: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    strings = []
    with book.open("xl/sharedStrings.xml") as fh:
        for _, el in iterparse(fh):
            if el.tag == f"{NS}si":
                strings.append("".join(t.text or "" for t in el.iter(f"{NS}t")))
                el.clear()
    return strings


def _value(cell: Any, kind: str, shared: list[str]) -> Any:
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{NS}t"))
    v = cell.find(f"{NS}v")
    if v is None or v.text is None:
        return None
    if kind == "s":
        index = int(v.text)
        return shared[index] if 0 <= index < len(shared) else ""
    if kind in ("str", "e"):  # a formula's text, or an error shown as it is (#SPILL!)
        return v.text
    if kind == "b":
        return v.text == "1"
    number = float(v.text)
    return int(number) if number.is_integer() else number


def read_sheet(book: zipfile.ZipFile, member: str) -> list[list[Any]]:
    """The sheet's rows from row 1, each as long as its last filled cell; rows with
    nothing are one shared empty list (a stray cell far down costs a pointer a row)."""
    shared = _shared_strings(book)
    cells: dict[int, dict[int, Any]] = {}
    with book.open(member) as fh:
        for _, el in iterparse(fh):
            if el.tag != f"{NS}c":
                continue
            value = _value(el, el.get("t", "n"), shared)
            found = _REF.fullmatch(el.get("r", ""))
            if value is not None and value != "" and found:
                cells.setdefault(int(found.group(2)) - 1, {})[column_index(found.group(1))] = value
            el.clear()
    if not cells:
        return []
    rows: list[list[Any]] = []
    for r in range(max(cells) + 1):
        filled = cells.get(r)
        if not filled:
            rows.append(_EMPTY)
            continue
        row: list[Any] = [None] * (max(filled) + 1)
        for c, value in filled.items():
            row[c] = value
        rows.append(row)
    return rows
