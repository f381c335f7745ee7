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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import ValidationError
from fairdesk.base.files import written
from fairdesk.base.i18n import t
from fairdesk.base.xlsx import local_datetime, write_table
from fairdesk.core import roles
from fairdesk.core.countries import country_name
from fairdesk.core.vocab import GENDERS, GUEST_CATEGORIES, ID_TYPES, INVITATION_STATES, label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row

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
    rows = {r["id"]: r for r in fair.rows_in(sql + " WHERE g.id IN (?...)", wanted)}
    return [rows[i] for i in wanted if i in rows]


def export_guests(fair: Fair, path: str | Path, *, ids: Iterable[str] | None = None,
                  include_sensitive: bool = False) -> int:
    """Write the guests (all, or ``ids`` in that order) to .xlsx or .csv; returns the count.

    Raises ValidationError for another file type, OSError when the file cannot be written,
    PermissionDenied (phones and ID numbers asked for by a role that may not see them).
    """
    if include_sensitive:
        roles.require(fair, roles.Action.SEE_ID_NUMBERS)
        roles.require(fair, roles.Action.SEE_PHONES)
    cols = _guest_columns(include_sensitive)
    rows = _guest_rows(fair, ids)
    _write(Path(path), cols, [[c.value(r) for c in cols] for r in rows],
           t("嘉宾名单", "Guests"), total_row=False)
    return len(rows)


def export_unit_progress(fair: Fair, path: str | Path) -> int:
    """Write each inviting unit's progress against its targets, and the total, to .xlsx/.csv.

    Raises ValidationError for another file type, OSError when the file cannot be written.
    """
    from fairdesk.core.guests.progress import unit_progress

    cols = _progress_columns()
    progress = unit_progress(fair)
    rows = [[getattr(p, c.key) for c in cols] for p in progress]
    _write(Path(path), cols, rows, t("邀请单位进度", "Unit progress"), total_row=True)
    return len(progress) - 1


def _write(path: Path, cols: list[Column], rows: list[list[Any]], sheet: str,
           total_row: bool) -> None:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_table(path, [c.header for c in cols], rows, sheet=sheet,
                   widths=[c.width for c in cols], kinds=[c.kind for c in cols],
                   total_row=total_row)
    elif suffix == ".csv":
        write_csv(path, [c.header for c in cols], rows, [c.kind for c in cols])
    else:
        raise ValidationError("file", f"只能导出为 .xlsx 或 .csv：{path.name}",
                              f"Export to .xlsx or .csv only: {path.name}")


def write_csv(path: Path, headers: Sequence[str], rows: list[list[Any]],
              kinds: Sequence[str]) -> None:
    with written(path) as partial, partial.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        for values in rows:
            writer.writerow([_csv_value(v, k) for v, k in zip(values, kinds, strict=True)])


def _csv_value(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if kind == "datetime" and value:
        return local_datetime(value).strftime("%Y-%m-%d %H:%M")  # type: ignore[union-attr]
    return value
