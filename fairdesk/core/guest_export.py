"""The guest list and each inviting unit's progress, to .xlsx (xlsxwriter) or .csv.

Workbooks have a styled header row, set column widths, frozen panes and real
dates, and open in Excel and WPS; CSV files are UTF-8 with a BOM, so Excel on a
Chinese Windows shows the characters right. Phones, email, WeChat and ID
details are left out unless ``include_sensitive`` is asked for.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fairdesk.core.countries import country_name
from fairdesk.core.errors import ValidationError
from fairdesk.core.fair import Fair, Row
from fairdesk.core.i18n import t
from fairdesk.core.vocab import GENDERS, GUEST_CATEGORIES, ID_TYPES, INVITATION_STATES, label

SENSITIVE = ("phone", "email", "wechat", "id_type", "id_number")


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    width: int
    kind: str = "text"  # text | date | datetime | int | percent
    get: Callable[[Row], Any] | None = None

    @property
    def header(self) -> str:
        return t(self.zh, self.en)

    def value(self, row: Row) -> Any:
        return self.get(row) if self.get else row.get(self.key)


def _guest_columns(include_sensitive: bool) -> list[Column]:
    cols = [
        Column("ref_code", "参考码", "Ref.", 9),
        Column("name", "姓名", "Name", 16),
        Column("name_latin", "拼音/外文名", "Latin name", 18),
        Column("gender", "性别", "Gender", 6, get=lambda r: label(GENDERS, r["gender"])
               if r["gender"] else ""),
        Column("honorific", "称谓", "Honorific", 8),
        Column("organisation", "单位", "Organisation", 30),
        Column("title", "职务", "Title", 16),
        Column("category", "类别", "Category", 9, get=lambda r: label(GUEST_CATEGORIES,
                                                                        r["category"])),
        Column("country", "国家或地区", "Country or region", 12,
               get=lambda r: country_name(r["country"])),
        Column("province", "省份", "Province", 8),
        Column("city", "城市", "City", 8),
        Column("phone", "电话", "Phone", 15),
        Column("email", "电子邮箱", "Email", 24),
        Column("wechat", "微信", "WeChat", 14),
        Column("id_type", "证件类型", "ID type", 12, get=lambda r: label(ID_TYPES, r["id_type"])
               if r["id_type"] else ""),
        Column("id_number", "证件号码", "ID number", 21),
        Column("unit_name", "邀请单位", "Inviting unit", 14),
        Column("invited_by", "邀请人", "Invited by", 10),
        Column("state", "邀请状态", "Invitation state", 12,
               get=lambda r: label(INVITATION_STATES, r["state"])),
        Column("letter_sent_on", "邀请函发出日期", "Letter sent on", 12, "date"),
        Column("replied_on", "回执日期", "Replied on", 12, "date"),
        Column("arrival_at", "抵达时间", "Arrival", 17, "datetime"),
        Column("arrival_transport", "抵达航班/车次", "Arrival flight/train", 12),
        Column("arrival_place", "抵达机场/车站", "Arrival airport/station", 14),
        Column("departure_at", "离开时间", "Departure", 17, "datetime"),
        Column("departure_transport", "离开航班/车次", "Departure flight/train", 12),
        Column("departure_place", "离开机场/车站", "Departure airport/station", 14),
        Column("dietary", "饮食要求", "Dietary needs", 14),
        Column("notes", "备注", "Notes", 30),
    ]
    return [c for c in cols if include_sensitive or c.key not in SENSITIVE]


def _progress_columns() -> list[Column]:
    return [
        Column("name", "邀请单位", "Inviting unit", 22),
        Column("target", "邀请目标", "Target", 10, "int"),
        Column("target_foreign", "境外目标", "Foreign target", 10, "int"),
        Column("invited", "已邀请", "Invited", 9, "int"),
        Column("attending", "参加", "Attending", 9, "int"),
        Column("arrived", "已报到", "Arrived", 9, "int"),
        Column("foreign_attending", "境外参加", "Foreign attending", 10, "int"),
        Column("percent", "完成率", "Of target", 9, "percent"),
        Column("shortfall", "缺口", "Shortfall", 8, "int"),
        Column("foreign_shortfall", "境外缺口", "Foreign shortfall", 10, "int"),
    ]


def _guest_rows(fair: Fair, ids: Iterable[str] | None) -> list[Row]:
    sql = ("SELECT g.*, coalesce(u.name, '') AS unit_name FROM guests g"
           " LEFT JOIN inviting_units u ON u.id = g.inviting_unit_id")
    if ids is None:
        return fair.rows(sql + " ORDER BY u.sort_order, u.name, g.search_key")
    wanted = list(dict.fromkeys(ids))
    rows = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for r in fair.rows(sql + f" WHERE g.id IN ({','.join('?' * len(chunk))})", chunk):
            rows[r["id"]] = r
    return [rows[i] for i in wanted if i in rows]


def export_guests(fair: Fair, path: str | Path, *, ids: Iterable[str] | None = None,
                  include_sensitive: bool = False) -> int:
    """Write the guests (all, or ``ids`` in that order) to .xlsx or .csv; returns the count.

    Raises ValidationError for another file type, OSError when the file cannot be written.
    """
    cols = _guest_columns(include_sensitive)
    rows = _guest_rows(fair, ids)
    _write(Path(path), cols, [[c.value(r) for c in cols] for r in rows],
           t("嘉宾名单", "Guests"), total_row=False)
    return len(rows)


def export_unit_progress(fair: Fair, path: str | Path) -> int:
    """Write each inviting unit's progress against its targets, and the total, to .xlsx/.csv.

    Raises ValidationError for another file type, OSError when the file cannot be written.
    """
    from fairdesk.core.guest_progress import unit_progress

    cols = _progress_columns()
    progress = unit_progress(fair)
    rows = [[getattr(p, c.key) for c in cols] for p in progress]
    _write(Path(path), cols, rows, t("邀请单位进度", "Unit progress"), total_row=True)
    return len(progress) - 1


def _write(path: Path, cols: list[Column], rows: list[list[Any]], sheet: str,
           total_row: bool) -> None:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(path, [c.header for c in cols], rows, sheet=sheet,
                   widths=[c.width for c in cols], kinds=[c.kind for c in cols],
                   total_row=total_row)
    elif suffix == ".csv":
        write_csv(path, [c.header for c in cols], rows, [c.kind for c in cols])
    else:
        raise ValidationError("file", f"只能导出为 .xlsx 或 .csv：{path.name}",
                              f"Export to .xlsx or .csv only: {path.name}")


def _as_datetime(value: Any) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=None)  # fair-local wall time, as the fair shows it


def write_xlsx(path: Path, headers: Sequence[str], rows: list[list[Any]], *, sheet: str,
               widths: Sequence[int] | None = None, kinds: Sequence[str] | None = None,
               total_row: bool = False) -> None:
    """A workbook with a styled header, widths, frozen header row and real dates.

    Raises OSError when the file cannot be written.
    """
    import xlsxwriter

    kinds = list(kinds or ["text"] * len(headers))
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False,
                                           "strings_to_formulas": False})
    try:
        font = {"font_name": "宋体", "font_size": 11}
        head = book.add_format({**font, "bold": True, "bg_color": "#1F4E79",
                                "font_color": "#FFFFFF", "border": 1, "align": "center",
                                "valign": "vcenter", "text_wrap": True})
        formats = {"text": book.add_format(font), "int": book.add_format(font),
                   "date": book.add_format({**font, "num_format": "yyyy-mm-dd"}),
                   "datetime": book.add_format({**font, "num_format": "yyyy-mm-dd hh:mm"}),
                   "percent": book.add_format({**font, "num_format": "0.0"})}
        bold = book.add_format({**font, "bold": True, "top": 1})
        ws = book.add_worksheet(sheet[:31])
        ws.set_row(0, 24)
        for col, header in enumerate(headers):
            width = widths[col] if widths else max(10, len(header) * 2)
            ws.set_column(col, col, width)
            ws.write_string(0, col, header, head)
        for r, values in enumerate(rows, start=1):
            last = total_row and r == len(rows)
            for col, value in enumerate(values):
                _write_cell(ws, r, col, value, kinds[col], bold if last else formats[kinds[col]])
        ws.freeze_panes(1, 2 if len(headers) > 2 else 0)
        if rows:
            ws.autofilter(0, 0, len(rows), len(headers) - 1)
    finally:
        _close(book)


def _close(book: Any) -> None:
    """Write the workbook out. Raises OSError (xlsxwriter wraps it) when the file cannot be
    written: a missing folder, a read-only place, the file open in Excel."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        book.close()
    except FileCreateError as exc:
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
        raise cause or OSError(str(exc)) from None


def _write_cell(ws: Any, r: int, col: int, value: Any, kind: str, fmt: Any) -> None:
    if value is None or value == "":
        ws.write_blank(r, col, None, fmt)
    elif kind == "date":
        ws.write_datetime(r, col, datetime.combine(date.fromisoformat(str(value)[:10]),
                                                   datetime.min.time()), fmt)
    elif kind == "datetime":
        ws.write_datetime(r, col, _as_datetime(value), fmt)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        ws.write_number(r, col, value, fmt)
    else:
        ws.write_string(r, col, str(value), fmt)


def write_csv(path: Path, headers: Sequence[str], rows: list[list[Any]],
              kinds: Sequence[str]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        for values in rows:
            writer.writerow([_csv_value(v, k) for v, k in zip(values, kinds, strict=True)])


def _csv_value(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if kind == "datetime" and value:
        return _as_datetime(value).strftime("%Y-%m-%d %H:%M")  # type: ignore[union-attr]
    return value
