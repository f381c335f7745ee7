"""Checklist templates: the bundled defaults, and a workbook to edit them in.

A template's ``version`` goes up whenever its text, site kinds or due day changes
(:class:`~fairdesk.core.security.service.SecurityService`); an issued item keeps its
own copy of the text and the version it came from, so editing a template never
rewrites the checklists already issued.

The workbook has one row per template: department, item, English, requirement,
requirement in English, site kinds, days before opening. Columns are found by their
headings; all but department, item and site kinds may be missing (a workbook from before
the English requirement): an update keeps what the fair has there. Importing it
checks every row first: one bad row imports nothing, and the error names the row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import ValidationError
from fairdesk.core.security.issuing import (
    department_code,
    insert_default_templates,
)
from fairdesk.core.vocab import DEPARTMENTS, SITE_KINDS

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair

HEADERS = (("department", "责任部门", "Department"), ("title", "检查事项", "Item"),
           ("title_en", "英文", "English"), ("requirement", "检查要求", "Requirement"),
           ("requirement_en", "英文要求", "Requirement in English"),
           ("site_kinds", "适用点位", "Site kinds"), ("due_days", "开幕前天数", "Days before opening"))
# other names a column may be headed by (a workbook typed by hand, an older export)
ALIASES = {"title": ("事项", "检查项目"), "title_en": ("事项（英文）", "Item in English"),
           "requirement": ("要求",), "requirement_en": (
               "要求（英文）", "英文检查要求", "Requirement (English)", "English requirement")}
# every workbook has these columns; one without another (made before the English
# requirement, or typed by hand) still imports, and an update keeps what the fair has there
REQUIRED = ("department", "title", "site_kinds")
SEPARATORS = re.compile(r"[,，、;；/\s]+")


@dataclass(frozen=True)
class TemplateImport:
    created: int
    updated: int
    unchanged: int
    changes: Changes


def install_defaults(fair: Fair) -> Changes:
    """Write the bundled templates (and the seven departments) into a fair that has none."""
    with fair.transaction() as tx:
        insert_default_templates(tx, fair)
    return tx.changes


def site_kind_codes(text: Any) -> list[str] | None:
    """Site kind codes from codes or names (comma or 、 separated); None if one is unknown."""
    found = []
    for part in SEPARATORS.split(str(text or "").strip()):
        if not part:
            continue
        code = next((c for c, (zh, en) in SITE_KINDS.items()
                     if part.lower() in (c, zh, en.lower())), None)
        if code is None:
            return None
        found.append(code)
    return found or None


def _bad_row(line: int, zh: str, en: str, field: str) -> ValidationError:
    return ValidationError(field, f"第 {line} 行：{zh}", f"Row {line}: {en}", row=line)


def _cell(cells: list[Any], columns: dict[str, int], key: str) -> Any:
    at = columns.get(key)
    value = cells[at] if at is not None and at < len(cells) else ""
    return "" if value is None else (str(value).strip() if not isinstance(value, float) else value)


def parse_row(line: int, cells: list[Any], columns: dict[str, int] | None = None) -> dict:
    """One workbook row as template values; ``columns`` says where each is (by default in
    the order of HEADERS). Raises ValidationError naming the row."""
    columns = columns if columns is not None else {k: i for i, (k, _z, _e) in enumerate(HEADERS)}
    dept, title, title_en, requirement, requirement_en, kinds, days = (
        _cell(cells, columns, k) for k, _zh, _en in HEADERS)
    code = department_code(dept)
    if code is None:
        raise _bad_row(line, f"“{dept}”不是责任部门（{'、'.join(z for z, _ in DEPARTMENTS.values())}）。",
                       f"'{dept}' is not a department "
                       f"({', '.join(e for _, e in DEPARTMENTS.values())}).", "department")
    if not title:
        raise _bad_row(line, "检查事项不能为空。", "the item is empty.", "title")
    site_kinds = site_kind_codes(kinds)
    if site_kinds is None:
        raise _bad_row(line, f"“{kinds}”不是适用点位（{'、'.join(z for z, _ in SITE_KINDS.values())}）。",
                       f"'{kinds}' is not a list of site kinds "
                       f"({', '.join(SITE_KINDS)}).", "site_kinds")
    try:
        due_days = int(float(days)) if days != "" else 1
    except ValueError:
        due_days = -1
    if due_days < 0:
        raise _bad_row(line, f"开幕前天数“{days}”不是非负整数。",
                       f"days before opening '{days}' is not a whole number ≥ 0.", "due_days")
    values = {"department_code": code, "title": title, "title_en": str(title_en),
              "requirement": str(requirement), "requirement_en": str(requirement_en),
              "site_kinds": ",".join(site_kinds), "due_days": due_days}
    return {k: v for k, v in values.items() if k in ("department_code", *REQUIRED)
            or k in columns}


def _header_key(text: Any) -> str | None:
    name = str(text or "").strip().lower()
    for key, zh, en in HEADERS:
        if name in (zh.lower(), en.lower(), *(a.lower() for a in ALIASES.get(key, ()))):
            return key
    return None


def _columns(path: Path, header: list[Any]) -> dict[str, int]:
    """Where each column is, by its heading. Raises ValidationError when one of REQUIRED
    has none."""
    columns: dict[str, int] = {}
    for i, text in enumerate(header):
        key = _header_key(text)
        if key is not None and key not in columns:
            columns[key] = i
    for key, zh, en in HEADERS:
        if key in REQUIRED and key not in columns:
            raise ValidationError("file", f"“{path.name}”的表头没有“{zh}”列。",
                                  f"'{path.name}' has no '{en}' column in its header row.")
    return columns


def _read_rows(path: Path) -> tuple[dict[str, int], list[tuple[int, list[Any]]]]:
    """The columns by heading, and the rows under the header (line numbers as Excel shows)."""
    from python_calamine import CalamineWorkbook

    if not path.is_file():
        raise ValidationError("file", f"找不到文件：{path}", f"No such file: {path}")
    try:
        book = CalamineWorkbook.from_path(str(path))
        rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise ValidationError("file", f"无法读取“{path.name}”：文件已损坏或不是 Excel 文件（{exc}）。",
                              f"Cannot read '{path.name}': damaged or not an Excel file ({exc}).",
                              ) from None
    head = next((i for i, r in enumerate(rows[:10])
                 if department_code(r[0] if r else "") is None
                 and any(_header_key(c) for c in r)), None)
    if head is None:
        raise ValidationError("file", f"“{path.name}”没有表头（责任部门、检查事项……）。",
                              f"'{path.name}' has no header row (Department, Item...).")
    return _columns(path, list(rows[head])), [
        (i + 1, list(r)) for i, r in enumerate(rows) if i > head and any(str(c).strip() for c in r)]


def import_templates(fair: Fair, path: str | Path) -> TemplateImport:
    """Add or update templates from a workbook, matched by department and item.

    Every row is checked before anything is written. Raises ValidationError naming
    the first bad row (nothing written)."""
    columns, rows = _read_rows(Path(path))
    parsed = [parse_row(line, cells, columns) for line, cells in rows]
    existing = {(r["department_code"], r["title"]): r
                for r in fair.security.list("checklist_templates")}
    created = updated = unchanged = 0
    with fair.transaction() as tx:
        for position, values in enumerate(parsed):
            current = existing.get((values["department_code"], values["title"]))
            if current is None:
                fair.security.create("checklist_templates", position=position, active=True,
                                     **values)
                created += 1
            elif all(current[k] == v for k, v in values.items()):
                unchanged += 1
            else:
                fair.security.update("checklist_templates", current["id"], **values)
                updated += 1
    return TemplateImport(created, updated, unchanged, tx.changes)


def in_order(rows: list[dict]) -> list[dict]:
    """Templates by department in the security order's order (公安, 交通, 消防…), then position."""
    order = list(DEPARTMENTS)
    return sorted(rows, key=lambda r: (
        order.index(r["department_code"]) if r["department_code"] in order else len(order),
        r["position"] or 0, r["title"]))


def template_rows(fair: Fair) -> list[list[Any]]:
    """The active templates as workbook rows (department by its Chinese name)."""
    return [[DEPARTMENTS.get(r["department_code"], (r["department_code"],))[0], r["title"],
             r["title_en"], r["requirement"], r["requirement_en"], "、".join(
                 SITE_KINDS.get(k, (k,))[0] for k in r["site_kinds"].split(",")), r["due_days"]]
            for r in in_order(fair.security.list("checklist_templates", active=1))]


def export_templates(fair: Fair, path: str | Path) -> int:
    """Write the active templates to a workbook; returns how many. Raises OSError."""
    from fairdesk.base.i18n import language
    from fairdesk.base.xlsx import write_table

    rows = template_rows(fair)
    headers = [en if language() == "en" else zh for _k, zh, en in HEADERS]
    write_table(Path(path), headers, rows, sheet="templates", widths=[16, 28, 30, 50, 60, 22, 12],
                kinds=["text"] * 6 + ["int"])
    return len(rows)
