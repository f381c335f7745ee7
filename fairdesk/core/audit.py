"""The audit log, readable: a record's history, a search by person, desk, area and time,
an export, and the note that someone saw a masked value in full.

Every write already leaves an ``audit_log`` row (``core/tx.py``); this module only reads
them back as :class:`AuditEntry` rows that say in words what changed (field: before →
after, stamps left out), and writes the one kind of row that changes no record: a reveal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import FairdeskError
from fairdesk.base.files import os_reason
from fairdesk.base.i18n import language, t
from fairdesk.core.changes import STAMPS, ChangeAction
from fairdesk.core.roles import role_name
from fairdesk.core.settings import BY_KEY

if TYPE_CHECKING:
    from fairdesk.core.entity import Entity
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row

LIMIT = 2000  # rows a search returns; the page says when there were more
SERVICES = ("guests", "reception", "security", "signing", "agenda")
ACTION_NAMES = {ChangeAction.CREATE: ("新建", "created"), ChangeAction.UPDATE: ("修改", "changed"),
                ChangeAction.DELETE: ("删除", "deleted"),
                ChangeAction.BULK_CREATE: ("批量新建", "created in bulk"),
                ChangeAction.REVEAL: ("查看完整信息", "seen in full"),
                ChangeAction.RESTORE: ("从备份恢复", "restored from a backup"),
                ChangeAction.UNDO: ("撤销", "undone")}
SHOWN_CHARS = 60  # a long value is cut in the history's sentence
AREA_NAMES = {"guests": ("嘉宾", "Guests"), "reception": ("接待保障", "Reception"),
              "security": ("安全保卫", "Security"), "signing": ("签约", "Signing"),
              "agenda": ("议程", "Agenda"), "badges": ("证件与报到", "Badges and check-in"),
              "settings": ("设置与操作员", "Settings and operators")}
OTHER_TABLES = {"fair_settings": ("投洽会设置", "Fair settings"),
                "operators": ("操作员", "Operator"), "guest_photos": ("嘉宾照片", "Guest photo"),
                "badges": ("证件", "Badge"), "check_ins": ("报到", "Check-in"),
                "badge_prints": ("证件打印", "Badge print"),
                "audit_log": ("操作", "Action")}  # an undo row names the action undone
OTHER_FIELDS = {"name": ("姓名", "Name"), "desk": ("岗位", "Desk"), "laptop": ("电脑", "Laptop"),
                "role": ("角色", "Role"), "last_seen_at": ("最近登录", "Last seen"),
                "count": ("数量", "Count"), "key": ("设置", "Setting"), "value": ("值", "Value"),
                "version": ("版本", "Version"), "voided_at": ("作废时间", "Voided at"),
                "printed_at": ("打印时间", "Printed at"), "printed_by": ("打印人", "Printed by"),
                "undone_at": ("撤销时间", "Undone at"), "at": ("时间", "Time"),
                "operator": ("操作员", "Operator"), "kind": ("类型", "Kind")}
SECRET_SETTINGS = ("roles.pins", "badge.secret")  # their values stay out of the log's words


@dataclass(frozen=True)
class AuditEntry:
    """One audit row, in words."""

    at: str  # UTC ISO
    operator: str
    desk: str
    laptop: str
    role: str  # as stored: "security:police"
    area: str
    entity: str
    entity_id: str
    action: str
    changes: tuple[tuple[str, str, str], ...]  # (field label, before, after)
    entity_label: str = ""  # "Hotel"
    record_name: str = ""  # the record's name then (a hotel's name), else its id

    @property
    def area_label(self) -> str:
        zh, en = AREA_NAMES.get(self.area, (self.area, self.area))
        return en if language() == "en" else zh

    @property
    def role_label(self) -> str:
        role, _, department = self.role.partition(":")
        zh, en = role_name(role, department)
        return en if language() == "en" else zh

    @property
    def action_label(self) -> str:
        zh, en = ACTION_NAMES.get(self.action, (self.action, self.action))
        return en if language() == "en" else zh

    @property
    def summary(self) -> str:
        """What changed, as one line: ``Phone: 138… → 139…; Room: — → 1203``."""
        return "; ".join(f"{label}: {before or '—'} → {after or '—'}"
                         for label, before, after in self.changes)


def entity_specs(fair: Fair) -> dict[str, Entity]:
    """Every service's entities, by table."""
    specs: dict[str, Entity] = {}
    for name in SERVICES:
        specs.update(getattr(fair, name).entities)
    return specs


def _shown(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


def _changes(spec: Entity | None, action: str, before: dict, after: dict) \
        -> tuple[tuple[str, str, str], ...]:
    if action == ChangeAction.RESTORE:
        return ((t("备份", "Backup"), str(after.get("replaced", "")), str(after.get("backup", ""))),)
    if after.get("key") in SECRET_SETTINGS:
        return ((t("设置", "Setting"), "", t("已修改（内容不显示）", "changed (not shown)")),)
    if action == ChangeAction.UNDO:
        return ((t("撤销", "Undone"), "", str(after.get("summary", ""))),)
    if action == ChangeAction.REVEAL:
        return ((t("字段", "Field"), "", _label(spec, str(after.get("field", "")))),)
    keys = [k for k in dict.fromkeys([*before, *after]) if k not in STAMPS and k != "id"
            and before.get(k) != after.get(k)]
    return tuple((_label(spec, k), _shown(before.get(k)), _shown(after.get(k))) for k in keys)


def _label(spec: Entity | None, name: str) -> str:
    zh, en = field_words(spec, name)
    return en if language() == "en" else zh


def field_words(spec: Entity | None, name: str) -> tuple[str, str]:
    """A field's label in Chinese and English (a fair setting's, or the name itself)."""
    field = spec.by_name.get(name) if spec is not None else None
    if field is not None:
        return field.zh, field.en
    if name in BY_KEY:  # a fair setting
        return BY_KEY[name].zh, BY_KEY[name].en
    return OTHER_FIELDS.get(name, (name, name))


EMPTY_WORDS = ("（空）", "(empty)")
BOOL_WORDS = {0: ("否", "No"), 1: ("是", "Yes")}


def value_words(fair: Fair, spec: Entity | None, name: str, value: Any,
                specs: dict[str, Entity] | None = None) -> tuple[str, str]:
    """A stored value as the desk reads it, in Chinese and English: a choice by its label
    ("回执：参加" / "Replied: attending"), a time as "05-18 14:30" in the fair's timezone,
    a referenced record by its name (a hotel's, a guest's; one deleted since by the name
    its deletion saw), yes or no, an amount with its cents; anything else as it is."""
    from fairdesk.core import vocab
    from fairdesk.core.timeutil import short_time

    if value is None or value == "":
        return EMPTY_WORDS
    field = spec.by_name.get(name) if spec is not None else None
    kind = field.kind if field is not None else ("datetime" if name.endswith("_at") else "")
    if kind == "choice" and field is not None:
        return vocab.choice_words(field.choices).get(str(value), (str(value), str(value)))
    if kind == "datetime":
        shown = short_time(str(value), fair.tz)
        return shown, shown
    if kind == "bool":
        return BOOL_WORDS.get(int(bool(value)), (str(value), str(value)))
    if kind in ("cents", "money") and isinstance(value, int):
        shown = f"{value / 100:,.2f}"
        return shown, shown
    if kind == "ref" and field is not None:
        return _ref_words(fair, field.ref, str(value), specs)
    shown = _shown(value)
    return shown, shown


def _ref_words(fair: Fair, table: str, record_id: str,
               specs: dict[str, Entity] | None) -> tuple[str, str]:
    spec = (specs if specs is not None else entity_specs(fair)).get(table)
    title = spec.title if spec is not None else "name"
    found = fair.rows(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
    row = found[0] if found else load_image(fair.scalar(
        "SELECT before FROM audit_log WHERE entity = ? AND entity_id = ? AND action = 'delete' "
        "ORDER BY at DESC LIMIT 1", [table, record_id]))
    zh = row.get(title) or row.get("name")
    if not zh:
        return record_id, record_id
    return str(zh), str(row.get(f"{title}_en") or zh)


def _entries(fair: Fair, rows: list[Row]) -> list[AuditEntry]:
    specs = entity_specs(fair)
    entries = []
    for r in rows:
        spec, before, after = specs.get(r["entity"]), load_image(r["before"]), load_image(r["after"])
        title = spec.title if spec is not None else "name"
        name = (after or before).get(title) or (after or before).get("key") or r["entity_id"]
        entries.append(AuditEntry(
            r["at"], r["operator"], r["desk"], r["laptop"], r.get("role") or "", r["area"],
            r["entity"], r["entity_id"], r["action"],
            _changes(spec, r["action"], before, after), _entity_label(spec, r["entity"]),
            _label(None, str(name)) if r["entity"] == "fair_settings"
            else str(name) if r["entity_id"] != "*" else t("多条", "many")))
    return entries


def _entity_label(spec: Entity | None, table: str) -> str:
    zh, en = entity_words(spec, table)
    return en if language() == "en" else zh


def entity_words(spec: Entity | None, table: str) -> tuple[str, str]:
    """What a record of ``table`` is called, in Chinese and English ("Guest", "Hotel")."""
    if spec is not None:
        return spec.zh, spec.en
    return OTHER_TABLES.get(table, (table, table))


def load_image(text: str | None) -> dict:
    """An audit row's before or after image as a dict ({} when empty or unreadable)."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def history(fair: Fair, entity: str, record_id: str) -> list[AuditEntry]:
    """Every change to one record, newest first (with the reveals of its masked fields)."""
    return _entries(fair, fair.rows(
        "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY at DESC, rowid DESC",
        [entity, record_id]))


@dataclass(frozen=True)
class AuditQuery:
    """What the audit page searches by; empty means any. Times are UTC ISO prefixes."""

    person: str = ""  # part of the operator's name
    desk: str = ""  # part of the desk's name
    area: str = ""  # one of core.changes.AREAS
    since: str = ""
    until: str = ""  # exclusive
    record_id: str = ""


def search(fair: Fair, query: AuditQuery, *, limit: int = LIMIT) -> list[AuditEntry]:
    """The audit rows matching ``query``, newest first, at most ``limit``."""
    where, params = [], []
    if query.person:
        where.append("operator LIKE ?")
        params.append(f"%{query.person}%")
    if query.desk:
        where.append("desk LIKE ?")
        params.append(f"%{query.desk}%")
    for column, op, value in (("area", "=", query.area), ("at", ">=", query.since),
                              ("at", "<", query.until), ("entity_id", "=", query.record_id)):
        if value:
            where.append(f"{column} {op} ?")
            params.append(value)
    sql = "SELECT * FROM audit_log" + (f" WHERE {' AND '.join(where)}" if where else "")
    return _entries(fair, fair.rows(f"{sql} ORDER BY at DESC, rowid DESC LIMIT ?",
                                    [*params, int(limit)]))


def people(fair: Fair) -> list[str]:
    """The operators who made changes, for the search's choices."""
    return [r["operator"] for r in fair.rows(
        "SELECT DISTINCT operator FROM audit_log ORDER BY operator")]


def record_revealed(fair: Fair, entity: str, record_id: str, field: str) -> None:
    """Note in the audit log that the operator saw ``field`` of the record in full.

    Changes no record, so no page refreshes for it."""
    with fair.transaction() as tx:
        tx.audit_only(entity, record_id, ChangeAction.REVEAL, {"field": field})


def export_xlsx(fair: Fair, entries: list[AuditEntry], path: str | Path) -> int:
    """Write the entries to an .xlsx (time in the fair's timezone); returns the count.
    Raises FairdeskError (a sentence) when the file cannot be written."""
    from datetime import datetime

    from fairdesk.base.xlsx import write_table

    headers = [t("时间", "Time"), t("操作员", "Operator"), t("角色", "Role"),
               t("岗位", "Desk"), t("电脑", "Laptop"), t("板块", "Area"),
               t("记录类别", "Kind of record"), t("记录", "Record"), t("编号", "Record id"),
               t("操作", "Action"), t("改动", "Changes")]
    rows = [[datetime.fromisoformat(e.at).astimezone(fair.tz).replace(tzinfo=None),
             e.operator, e.role_label, e.desk, e.laptop, e.area_label, e.entity_label,
             e.record_name, e.entity_id, e.action_label, e.summary] for e in entries]
    try:
        write_table(Path(path), headers, rows, sheet=t("操作记录", "Audit log"),
                    widths=[18, 12, 14, 12, 12, 12, 14, 24, 28, 12, 80],
                    kinds=["datetime", *["text"] * 10])
    except OSError as exc:
        why = os_reason(exc)
        raise FairdeskError(f"无法写入 {path}：{why.zh}。",
                            f"Cannot write {path}: {why.en}.") from exc
    return len(rows)
