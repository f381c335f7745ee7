"""The preview of an import: every row of the file, read, checked and matched, before writing.

Each data row ends up in one status:

- ``new``: will be added as a guest;
- ``duplicate_in_fair``: the same person is already in the fair; the row fills
  that guest's empty fields (and records a reply if none was recorded yet),
  never overwriting what is there;
- ``duplicate_in_file``: an earlier row of the file is the same person: skipped;
- ``invalid``: has a problem (each named with the row as numbered in the file
  and the column's header); nothing is imported while any row is invalid,
  unless the user chooses to skip them (they go to a rejects file);
- ``skipped``: a totals row (合计 / Total) or a note line, not a guest.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from fairdesk.base.glyphs import unprintable
from fairdesk.base.i18n import t
from fairdesk.core.guests.importing import cell_values
from fairdesk.core.guests.importing.column_reader import ColumnReader
from fairdesk.core.guests.importing.columns import IGNORED, ColumnMapping
from fairdesk.core.guests.importing.dedupe import DuplicateIndex, Keys, Match
from fairdesk.core.guests.importing.raw_table import RawTable, is_blank, is_totals_row
from fairdesk.core.guests.importing.rows import ImportRow, Problem
from fairdesk.core.guests.keys import guest_keys
from fairdesk.core.guests.names import fold_text
from fairdesk.core.guests.states import InvitationState

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row

# Fields a duplicate row may fill on the guest already in the fair, when empty there.
MERGE_FIELDS = ("gender", "honorific", "organisation", "title", "province", "city", "phone",
                "email", "wechat", "id_type", "id_number", "invited_by", "arrival_at",
                "arrival_transport", "arrival_place", "departure_at", "departure_transport",
                "departure_place", "dietary", "notes")
RULE_WORDS = {"id_number": ("证件号码相同", "same ID number"),
              "phone": ("电话相同", "same phone"),
              "name_org": ("姓名和单位相同", "same name and organisation")}


@dataclass
class ImportPreview:
    raw: RawTable
    mapping: ColumnMapping
    rows: list[ImportRow]
    new_units: list[str]
    default_unit_id: str | None = None

    def with_status(self, status: str) -> list[ImportRow]:
        return [r for r in self.rows if r.status == status]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def guest_rows(self) -> int:
        """Rows that stand for a guest (all rows but totals and note lines)."""
        return len(self.rows) - self.count("skipped")

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def warnings(self) -> list[Problem]:
        return [p for r in self.rows for p in r.warnings]

    @property
    def notices(self) -> list[str]:
        """What follows from the columns the file lacks, as sentences."""
        mapped = self.mapping.mapped()
        out = []
        if "country" not in mapped:
            out.append(t("没有“国家或地区”列：全部按中国（大陆）导入。",
                         "No country column: every guest is taken as from mainland China."))
        if "attending" not in mapped:
            out.append(t("没有“是否参会”列：全部为待邀请。",
                         "No attending column: every guest is still to invite."))
        if "inviting_unit" not in mapped and not self.default_unit_id:
            out.append(t("没有“邀请单位”列，也未指定邀请单位。",
                         "No inviting unit column, and no inviting unit chosen."))
        out += self._unprintable_notices()
        if self.raw.sheet:  # a workbook: which sheet was read (a hidden one is passed over)
            out.append(t("读取工作表“{s}”，表头在第 {n} 行。", "Read sheet '{s}', header on row {n}.",
                         s=self.raw.sheet, n=self.raw.header_line))
        return out


    def _unprintable_notices(self) -> list[str]:
        found = [p for r in self.rows if r.status != "skipped" for p in r.warnings
                 if isinstance(p, Unprintable)]
        if not found:
            return []
        rows = len({p.line for p in found})
        out = [t("{n} 行有无法打印的字符（没有字体含有这些字）：", "{n} {rows} hold characters no "
                 "bundled font can print:", n=rows, rows="row" if rows == 1 else "rows")]
        out += [str(p) for p in found[:SHOWN_UNPRINTABLE]]
        if len(found) > SHOWN_UNPRINTABLE:
            out.append(t("……另有 {n} 处。", "... and {n} more.", n=len(found) - SHOWN_UNPRINTABLE))
        return out


def fair_year(fair: Fair) -> int:
    starts = fair.setting("fair.starts_on") or ""
    try:
        return date.fromisoformat(starts).year
    except ValueError:
        return datetime.now(fair.tz).year


def _is_note_line(cells: list[Any], mapping: ColumnMapping, name_col: int | None) -> bool:
    """A line of text across the sheet (填表说明...), not a guest: one filled cell, no name."""
    if name_col is not None and name_col < len(cells):
        name = cell_values.text(cells[name_col])
        if name and len(name) <= 30:
            return False
    filled = [i for i, c in enumerate(cells) if not is_blank(c)
              and (i >= len(mapping.fields) or mapping.fields[i] != IGNORED)]
    return len(filled) <= 1


def build_preview(fair: Fair, raw: RawTable, mapping: ColumnMapping, *,
                  default_unit_id: str | None = None,
                  default_category: str = "investor",
                  timings: dict[str, float] | None = None) -> ImportPreview:
    """Read, check and match every data row of ``raw`` under ``mapping``. Writes nothing.

    ``timings``, when given, receives the CPU seconds of the two steps ("parse",
    "dedupe"), for the bench. Raises ValidationError when the mapping has no name
    column, NotFoundError for an unknown ``default_unit_id``.
    """
    started = time.process_time()
    mapping.check()
    if default_unit_id:
        fair.get("inviting_units", default_unit_id)
    rows: list[ImportRow] = []
    guests: list[ImportRow] = []
    name_col = mapping.column_of("name")
    for line, cells in raw.data():
        row = ImportRow(line, cells)
        rows.append(row)
        if is_totals_row(cells):
            row.status = "skipped"
            row.warnings.append(Problem(line, "", "", "合计行，已跳过。", "a totals row, skipped."))
        elif _is_note_line(cells, mapping, name_col):
            row.status = "skipped"
            row.warnings.append(Problem(line, "", "", "说明行，不是嘉宾，已跳过。",
                                        "a note line, not a guest: skipped."))
        else:
            guests.append(row)
    ColumnReader(mapping, fair_year(fair), fair.tz, default_category).read(guests)
    _flag_unprintable(guests, mapping)
    new_units = _resolve_units(fair, rows, default_unit_id)
    parsed = time.process_time()
    _find_duplicates(fair, rows)
    _plan_merges(fair, rows)
    if timings is not None:
        timings.update(parse=parsed - started, dedupe=time.process_time() - parsed)
    return ImportPreview(raw, mapping, rows, new_units, default_unit_id)


def _resolve_units(fair: Fair, rows: list[ImportRow], default_unit_id: str | None) -> list[str]:
    units = {fold_text(u["name"]): u["id"] for u in fair.rows("SELECT id, name FROM inviting_units")}
    new: dict[str, str] = {}
    for row in rows:
        if row.status == "skipped":
            continue
        if not row.unit_name:
            row.unit_id = default_unit_id
            continue
        key = fold_text(row.unit_name)
        row.unit_id = units.get(key)
        if row.unit_id is None:
            new.setdefault(key, row.unit_name)
    return list(new.values())


PRINTED_FIELDS = ("name", "name_roman", "organisation", "title")
SHOWN_UNPRINTABLE = 10


class Unprintable(Problem):
    """A row's printed field holds characters no bundled font has."""


def _flag_unprintable(rows: list[ImportRow], mapping: ColumnMapping) -> None:
    """A warning on each row whose printed fields hold characters no bundled font has
    (they would print as blanks on the badge)."""
    for row in rows:
        for key in PRINTED_FIELDS:
            chars = unprintable(str(row.values.get(key) or ""))
            if chars:
                col = mapping.column_of(key)
                header = mapping.headers[col] if col is not None else ""
                row.warnings.append(Unprintable(
                    row.line, key, header,
                    f"“{chars}”没有字体可以打印，证件和名单上会印成空白。",
                    f"no bundled font can print '{chars}': badges and lists would show a blank."))


def _find_duplicates(fair: Fair, rows: list[ImportRow]) -> None:
    in_fair = DuplicateIndex.of_fair(fair)
    in_file = DuplicateIndex()
    for row in rows:
        if row.status == "skipped":
            continue
        v = row.values
        row.keys = guest_keys(v["name"], v["organisation"], v["phone"], v["id_number"])
        keys = Keys.from_folded(row.keys)
        match, overruled = in_fair.find(keys)
        status = "duplicate_in_fair"
        if match is None:
            match, overruled_file = in_file.find(keys)
            overruled = overruled or overruled_file
            status = "duplicate_in_file"
        if row.status == "invalid":
            if match:
                row.warnings.append(_dup_note(row.line, match))
            continue
        if match:
            row.status, row.duplicate = status, match
            row.warnings.append(_dup_note(row.line, match))
            continue
        if overruled:
            row.warnings.append(_overruled_note(row.line, overruled))
        in_file.add(row.line, keys)


def _dup_note(line: int, match: Match) -> Problem:
    zh_rule, en_rule = RULE_WORDS[match.rule]
    if isinstance(match.ref, int):
        return Problem(line, match.rule, "", f"与第 {match.ref} 行是同一人（{zh_rule}），不重复导入。",
                       f"the same person as row {match.ref} ({en_rule}): not imported twice.")
    return Problem(line, match.rule, "", f"已在名单中（{zh_rule}），只补充空白信息。",
                   f"already on the list ({en_rule}): only empty details are filled in.")


def _overruled_note(line: int, match: Match) -> Problem:
    zh_rule, en_rule = RULE_WORDS[match.rule]
    where_zh = f"第 {match.ref} 行" if isinstance(match.ref, int) else "名单中已有的嘉宾"
    where_en = f"row {match.ref}" if isinstance(match.ref, int) else "a guest already listed"
    return Problem(line, match.rule, "", f"与{where_zh}{zh_rule}，但证件号码不同，按不同的人导入。",
                   f"{en_rule} as {where_en} but a different ID number: imported as another person.")


def _plan_merges(fair: Fair, rows: list[ImportRow]) -> None:
    targets = [r for r in rows if r.status == "duplicate_in_fair"]
    current = guests_by_id(fair, [str(r.duplicate.ref) for r in targets if r.duplicate])
    for row in targets:
        guest = current[str(row.duplicate.ref)]  # type: ignore[union-attr]
        row.merge = merge_values(guest, row)


def merge_values(guest: Row, row: ImportRow) -> dict[str, Any]:
    """The fields ``row`` fills on ``guest``: empty there, given in the row; and the reply
    when the guest has none recorded yet (still to invite, or invited)."""
    merge = {k: row.values[k] for k in MERGE_FIELDS
             if row.values.get(k) and not guest.get(k)}
    if row.unit_id and not guest.get("inviting_unit_id"):
        merge["inviting_unit_id"] = row.unit_id
    unreplied = (InvitationState.TO_INVITE, InvitationState.INVITED)
    if row.reply and guest["state"] in unreplied and row.reply != guest["state"]:
        merge["state"] = row.reply
    return merge


def guests_by_id(fair: Fair, ids: list[str]) -> dict[str, Row]:
    """The guests with these ids (whole rows), by id."""
    return {g["id"]: g for g in fair.rows_in("SELECT * FROM guests WHERE id IN (?...)", ids)}
