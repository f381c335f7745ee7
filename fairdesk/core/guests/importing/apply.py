"""Writing a previewed import: all of it in one transaction, or nothing.

Duplicates of guests already in the fair are merged: the row fills the guest's
empty fields, and records the reply when the guest had none yet; what the fair
holds is never overwritten. So importing the same file twice adds no one and
changes nothing the second time.

The audit log gets one row per guest created, carrying the guest's full
after-image; the first history row of each new guest is not audited row by row
(one summary row stands for the batch) because it is itself the record of that
change (who, when, to which state, from which row of which file), written in the
same transaction as the audited guest. Merges into guests already listed go
through ``Tx.update`` and are audited one by one, before and after.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import FairdeskError, ValidationError
from fairdesk.base.files import written
from fairdesk.base.i18n import t
from fairdesk.core import backups
from fairdesk.core.changes import Changes
from fairdesk.core.guests.importing.preview import (
    ImportPreview,
    ImportRow,
    guests_by_id,
    merge_values,
)
from fairdesk.core.guests.importing.raw_table import shown
from fairdesk.core.guests.keys import guest_keys
from fairdesk.core.guests.names import fold_text
from fairdesk.core.guests.service import derived_name_fields
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.ids import new_ids

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row, Tx

Progress = Callable[[int, int], None]
CHUNK = 500


class ImportCancelled(FairdeskError):
    """The user cancelled the import; nothing was written."""

    def __init__(self) -> None:
        super().__init__("导入已取消，名单未作任何改动。", "Import cancelled: nothing was changed.")


@dataclass
class ImportResult:
    """What an import did, for the wizard's last page and the command line."""

    rows_read: int = 0
    imported: int = 0
    merged: int = 0  # guests already in the fair that got details filled in
    unchanged: int = 0  # duplicates of guests already in the fair with nothing new
    duplicates_in_fair: int = 0  # rows naming a guest already in the fair
    duplicates_in_file: int = 0
    rejected: int = 0
    skipped_lines: int = 0  # totals rows and note lines
    new_units: list[str] = field(default_factory=list)
    rejects_path: Path | None = None
    reasons: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    dry_run: bool = False

    def summary(self) -> list[str]:
        """The result as sentences, in the current language."""
        lines = [*self.notices, t("读取 {n} 行名单。", "{n} {rows} read.", n=self.rows_read,
                   rows=_rows(self.rows_read)),
                 t("新增嘉宾 {n} 人。", "{n} {guests} added.", n=self.imported,
                   guests=_guests(self.imported))
                 if not self.dry_run else
                 t("将新增嘉宾 {n} 人（试运行，未写入）。", "{n} {guests} would be added (dry run, "
                   "nothing written).", n=self.imported, guests=_guests(self.imported))]
        if self.merged or self.unchanged:
            lines.append(t("{r} 行是名单中已有的嘉宾（{n} 人）：补充信息 {m} 人，无新信息 {u} 人。",
                           "{r} rows are guests already on the list ({n} people): {m} updated "
                           "with new details, {u} unchanged.", r=self.duplicates_in_fair,
                           n=self.merged + self.unchanged, m=self.merged, u=self.unchanged))
        if self.duplicates_in_file:
            lines.append(t("文件内重复 {n} 行，已跳过。", "{n} {rows} repeated within the file: "
                           "skipped.", n=self.duplicates_in_file,
                           rows=_rows(self.duplicates_in_file)))
        if self.skipped_lines:
            lines.append(t("合计行或说明行 {n} 行，已跳过。", "{n} totals or note {lines} skipped.",
                           n=self.skipped_lines, lines="line" if self.skipped_lines == 1
                           else "lines"))
        if self.new_units:
            lines.append(t("新建邀请单位：{u}。", "New inviting units: {u}.",
                           u="、".join(shown(u) for u in self.new_units)))
        if self.rejected:
            lines.append(t("有问题未导入 {n} 行：", "{n} {rows} rejected:", n=self.rejected,
                           rows=_rows(self.rejected)))
            lines.extend("  " + r for r in self.reasons)
            if self.rejects_path:
                lines.append(t("问题行已写入 {p}。", "Rejected rows written to {p}.",
                               p=self.rejects_path))
        return lines


def _rows(n: int) -> str:
    return "row" if n == 1 else "rows"


def _guests(n: int) -> str:
    return "guest" if n == 1 else "guests"


def apply_import(fair: Fair, preview: ImportPreview, *, skip_invalid: bool = False,
                 rejects_path: str | Path | None = None, progress: Progress | None = None,
                 should_cancel: Callable[[], bool] | None = None) -> ImportResult:
    """Write the preview's new guests and merges in one transaction.

    Raises ValidationError naming the first bad row (and how many there are) when
    any row is invalid and ``skip_invalid`` is false; ImportCancelled when
    ``should_cancel()`` turns true. Either way nothing is written. With
    ``skip_invalid``, the invalid rows go to ``rejects_path`` (.xlsx or .csv) with
    the reason for each.
    """
    invalid = preview.with_status("invalid")
    if invalid and not skip_invalid:
        raise _refusal(invalid)
    result = _counts(preview)
    cancel = should_cancel or (lambda: False)
    work = preview.with_status("new") + preview.with_status("duplicate_in_fair")
    total, done = len(work), 0
    new_rows = preview.with_status("new")
    codes = fair.guests.new_ref_codes(len(new_rows))
    if fair.path is not None and work:
        backups.back_up(fair, "import")  # the fair as it was, whatever the import does
    with fair.transaction() as tx:
        units = _create_units(fair, tx, preview)
        for start in range(0, len(new_rows), CHUNK):
            if cancel():
                raise ImportCancelled
            _insert_guests(fair, tx, new_rows[start:start + CHUNK], units, preview,
                           codes[start:start + CHUNK])
            done += len(new_rows[start:start + CHUNK])
            if progress:
                progress(done, total)
        result.merged, result.unchanged = _merge(fair, tx, preview, cancel, progress, done, total)
        if cancel():
            raise ImportCancelled
    result.changes = tx.changes
    if invalid and rejects_path:
        result.rejects_path = write_rejects(preview, Path(rejects_path))
    return result


def _refusal(invalid: list[ImportRow]) -> ValidationError:
    first = str(invalid[0].problems[0]).rstrip("。.")
    more_zh = f"（共 {len(invalid)} 行有问题）" if len(invalid) > 1 else ""
    more_en = f" ({len(invalid)} rows have problems)" if len(invalid) > 1 else ""
    return ValidationError(
        invalid[0].problems[0].field,
        f"{first}{more_zh}。未导入任何嘉宾：请改正，或选择跳过有问题的行。",
        f"{first}{more_en}. Nothing was imported: correct it, or choose to skip invalid rows.",
        row=invalid[0].line)


def _counts(preview: ImportPreview) -> ImportResult:
    invalid = preview.with_status("invalid")
    return ImportResult(
        rows_read=preview.guest_rows, imported=preview.count("new"),
        duplicates_in_file=preview.count("duplicate_in_file"), rejected=len(invalid),
        duplicates_in_fair=preview.count("duplicate_in_fair"),
        skipped_lines=preview.count("skipped"), new_units=list(preview.new_units),
        reasons=[r.reason for r in invalid], notices=preview.notices)


def _create_units(fair: Fair, tx: Tx, preview: ImportPreview) -> dict[str, str]:
    units: dict[str, str] = {}
    for name in preview.new_units:
        units[fold_text(name)] = tx.insert("inviting_units", {"name": name, "kind": "county"})["id"]
    return units


def _unit_of(row: ImportRow, units: dict[str, str]) -> str | None:
    return row.unit_id or (units.get(fold_text(row.unit_name)) if row.unit_name else None)


def _insert_guests(fair: Fair, tx: Tx, rows: list[ImportRow], units: dict[str, str],
                   preview: ImportPreview, codes: list[str]) -> None:
    """The new guests, their first history row each, and one audit row per guest.

    The history rows are not audited one by one: each is itself the record of the
    change (who, when, to which state, from which file row), written in the same
    transaction as the guest whose audit row carries the full after-image; one
    summary audit row stands for the batch (see :meth:`Tx.insert_many`).
    """
    note = t("导入自 {f} 第 {n} 行", "imported from {f} row {n}", f=preview.raw.path.name, n="{n}")
    before, after = note.rsplit("{n}", 1)  # the row number comes after the file's name
    today = fair.guests.today().isoformat()
    operator, now = fair.operator.stamp, tx.fair_now
    ids = new_ids(len(rows))
    guests, history = [], []
    for row, code, gid in zip(rows, codes, ids, strict=True):
        v = row.values
        state = row.reply or InvitationState.TO_INVITE
        guest = {"id": gid, **v, "ref_code": code, "state": state,
                 "replied_on": today if row.reply else None,
                 "inviting_unit_id": _unit_of(row, units),
                 **derived_name_fields(v["name"], v.get("name_roman") or ""),
                 **(row.keys or guest_keys(v["name"], v["organisation"], v["phone"],
                                           v["id_number"]))}
        guests.append(guest)
        history.append({"guest_id": gid, "at": now, "operator": operator, "from_state": None,
                        "to_state": state, "note": f"{before}{row.line}{after}"})
    tx.insert_many("guests", guests, audit_each=True)
    tx.insert_many("invitation_history", history, audit_each=False)


def _merge(fair: Fair, tx: Tx, preview: ImportPreview, cancel: Callable[[], bool],
           progress: Progress | None, done: int, total: int) -> tuple[int, int]:
    merged: set[str] = set()
    rows = preview.with_status("duplicate_in_fair")
    seen: set[str] = set()
    guests: dict[str, Row] = {}
    for i, row in enumerate(rows):
        if i % CHUNK == 0:
            if cancel():
                raise ImportCancelled
            guests = guests_by_id(fair, [str(r.duplicate.ref)  # type: ignore[union-attr]
                                         for r in rows[i:i + CHUNK]])  # as they stand now
        gid = str(row.duplicate.ref)  # type: ignore[union-attr]
        seen.add(gid)
        # popped: a second row naming the same guest re-reads it as the first row left it
        guest = guests.pop(gid, None) or fair.get("guests", gid)
        if _merge_one(fair, tx, guest, row, preview):
            merged.add(gid)
        if progress and (i + 1) % CHUNK == 0:
            progress(done + i + 1, total)
    if progress and rows:
        progress(total, total)
    return len(merged), len(seen - merged)


def _merge_one(fair: Fair, tx: Tx, guest: Row, row: ImportRow, preview: ImportPreview) -> bool:
    gid = guest["id"]
    values: dict[str, Any] = merge_values(guest, row)
    if not values:
        return False
    state = values.pop("state", None)
    if values:
        if {"phone", "id_number"} & set(values):
            merged = {**guest, **values}
            values.update(guest_keys(merged["name"], merged["organisation"], merged["phone"],
                                     merged["id_number"]))
        tx.update("guests", gid, values)
    if state:
        _record_reply(fair, tx, guest, state, row, preview)
    return True


def _record_reply(fair: Fair, tx: Tx, guest: Row, state: str, row: ImportRow,
                  preview: ImportPreview) -> None:
    note = t("回执导入自 {f} 第 {n} 行", "reply imported from {f} row {n}",
             f=preview.raw.path.name, n=row.line)
    day = fair.guests.today().isoformat()
    if guest["state"] == InvitationState.TO_INVITE:  # a reply means the letter went out
        fair.guests.set_state(tx, guest["id"], InvitationState.INVITED, note=note)
    fair.guests.set_state(tx, guest["id"], state, note=note, on=day)


def write_rejects(preview: ImportPreview, path: Path) -> Path:
    """Write the invalid rows, as in the file plus row number and reason, to .xlsx or .csv."""
    headers = [t("原行号", "Row"), *preview.raw.headers, t("问题", "Problem")]
    rows = [[r.line, *map(_plain, r.cells[:len(preview.raw.headers)]), r.reason]
            for r in preview.with_status("invalid")]
    if path.suffix.lower() == ".xlsx":
        from fairdesk.base.xlsx import write_table

        write_table(path, headers, rows, sheet=t("问题行", "Rejected rows"))
    else:
        with written(path) as partial, partial.open("w", encoding="utf-8-sig",
                                                     newline="") as out:
            writer = csv.writer(out)
            writer.writerow(headers)
            writer.writerows(rows)
    return path


def _plain(value: Any) -> Any:
    """A cell as the user typed it: 62.0 -> 62, 13800138000.0 -> 13800138000."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
