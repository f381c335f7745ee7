"""Declarative records and the generic create / update / delete / get / list over them.

Each area declares its entities as :class:`Entity` specs; :class:`AreaService`
does validation (raising :class:`ValidationError` naming the field, in Chinese
and English), writes in one audited transaction and returns the Changes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import ConflictError, ValidationError
from fairdesk.base.i18n import language
from fairdesk.core import roles
from fairdesk.core.timeutil import to_fair_iso

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row, Tx

KINDS = ("text", "int", "real", "bool", "date", "datetime", "choice", "ref", "json", "cents")


@dataclass(frozen=True)
class Field:
    name: str
    zh: str
    en: str
    kind: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str = ""  # referenced table for kind "ref"
    minimum: float | None = None
    max_len: int = 2000
    nullable: bool = False  # an empty number is stored as NULL, not 0

    @property
    def label(self) -> str:
        return self.en if language() == "en" else self.zh


Check = Callable[["Fair", dict], None]


@dataclass(frozen=True)
class Entity:
    table: str
    zh: str
    en: str
    fields: tuple[Field, ...]
    title: str = "name"
    order_by: str = "created_at"
    checks: tuple[Check, ...] = ()
    by_name: dict[str, Field] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        self.by_name.update({f.name: f for f in self.fields})

    @property
    def label(self) -> str:
        return self.en if language() == "en" else self.zh


def _invalid(f: Field, zh: str, en: str) -> ValidationError:
    return ValidationError(f.name, f"{f.zh}：{zh}", f"{f.en}: {en}")


def normalize(fair: Fair, f: Field, value: Any) -> Any:
    """The stored form of ``value`` for field ``f``. Raises ValidationError."""
    if isinstance(value, str):
        value = value.strip()
    empty = value is None or value == ""
    if empty:
        if f.required:
            raise _invalid(f, "必填。", "required.")
        if f.kind in ("ref", "date", "datetime") or f.nullable:
            return None
        return 0 if f.kind in ("int", "real", "cents", "bool") else ""
    kind = f.kind
    if kind == "text":
        value = str(value)
        if len(value) > f.max_len:
            raise _invalid(f, f"不能超过 {f.max_len} 个字。", f"at most {f.max_len} characters.")
        return value
    if kind in ("int", "cents", "real"):
        try:
            number = float(value) if kind == "real" else int(str(value).replace(",", ""))
        except ValueError:
            raise _invalid(f, f"“{value}”不是数字。", f"'{value}' is not a number.") from None
        if f.minimum is not None and number < f.minimum:
            raise _invalid(f, f"不能小于 {f.minimum:g}。", f"must be at least {f.minimum:g}.")
        return number
    if kind == "bool":
        return 1 if value in (True, 1, "1", "true", "yes", "是") else 0
    if kind == "choice":
        if value not in f.choices:
            raise _invalid(f, f"“{value}”不是可选值（{'、'.join(f.choices)}）。",
                           f"'{value}' is not one of {', '.join(f.choices)}.")
        return value
    if kind == "date":
        return _date(f, value)
    if kind == "datetime":
        return _datetime(fair, f, value)
    if kind == "json":
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if kind == "ref":
        if not fair.scalar(f"SELECT 1 FROM [{f.ref}] WHERE id = ?", [value]):
            raise _invalid(f, "所选记录不存在。", "the chosen record does not exist.")
        return value
    raise AssertionError(kind)


def _date(f: Field, value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise _invalid(f, f"“{value}”不是日期（如 2026-05-18）。",
                       f"'{value}' is not a date (e.g. 2026-05-18).") from None


def _datetime(fair: Fair, f: Field, value: Any) -> str:
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(str(value).replace(" ", "T", 1))
        except ValueError:
            raise _invalid(f, f"“{value}”不是日期时间（如 2026-05-18 10:30）。",
                           f"'{value}' is not a date and time (e.g. 2026-05-18 10:30).") from None
    return to_fair_iso(value, fair.tz)


class AreaService:
    """Generic records of one area; subclasses add the area's own rules."""

    entities: dict[str, Entity] = {}

    def __init__(self, fair: Fair) -> None:
        self.fair = fair

    def spec(self, entity: str) -> Entity:
        return self.entities[entity]

    def validate(self, entity: str, values: dict, *, partial: bool = False,
                 current: Row | None = None) -> dict:
        """Normalized values, or ValidationError naming the first bad field."""
        spec = self.spec(entity)
        unknown = set(values) - set(spec.by_name)
        if unknown:
            name = sorted(unknown)[0]
            raise ValidationError(name, f"未知字段：{name}", f"Unknown field: {name}")
        fields = [f for f in spec.fields if f.name in values] if partial else list(spec.fields)
        clean = {f.name: normalize(self.fair, f, values.get(f.name)) for f in fields}
        merged = {**(current or {}), **clean}
        for check in spec.checks:
            check(self.fair, merged)
        return clean

    def create(self, entity: str, **values: Any) -> Changes:
        """Create a record. Raises ValidationError."""
        spec = self.spec(entity)
        clean = self.validate(entity, values)
        with self.fair.transaction() as tx:
            self.before_write(tx, entity, None, clean)
            self.after_write(tx, entity, None, tx.insert(spec.table, clean))
        return tx.changes

    def update(self, entity: str, record_id: str, **values: Any) -> Changes:
        """Change some fields of a record. Raises NotFoundError, ValidationError."""
        spec = self.spec(entity)
        current = self.fair.get(spec.table, record_id)
        clean = self.validate(entity, values, partial=True, current=current)
        with self.fair.transaction() as tx:
            self.before_write(tx, entity, current, clean)
            after = tx.update(spec.table, record_id, clean)
            if after is not None:
                self.after_write(tx, entity, current, after)
        return tx.changes

    def delete(self, entity: str, record_id: str) -> Changes:
        """Delete a record (audited, with a tombstone).

        Raises NotFoundError, ConflictError, PermissionDenied (a record, not a link such as a
        trip's passenger, and roles in force: only the committee deletes).
        """
        spec = self.spec(entity)
        if spec.table not in roles.LINK_TABLES:
            roles.require(self.fair, roles.Action.DELETE)
        with self.fair.transaction() as tx:
            try:
                tx.delete(spec.table, record_id)
            except sqlite3.IntegrityError as exc:  # still referenced
                if "FOREIGN KEY" not in str(exc):
                    raise
                raise ConflictError(
                    f"{spec.zh}仍被其他记录引用，不能删除。",
                    f"This {spec.en.lower()} is still referred to by other records; "
                    "it cannot be deleted.") from None
        return tx.changes

    def before_write(self, tx: Tx, entity: str, current: Row | None, clean: dict) -> None:
        """Hook for area rules that need the transaction (conflict checks)."""

    def after_write(self, tx: Tx, entity: str, before: Row | None, after: Row) -> None:
        """Hook for records that follow from a write (history rows)."""

    def get(self, entity: str, record_id: str) -> Row:
        return self.fair.get(self.spec(entity).table, record_id)

    def list(self, entity: str, *, order_by: str | None = None, limit: int | None = None,
             **filters: Any) -> list[Row]:
        """Records matching equality filters (a list/tuple value means IN)."""
        spec = self.spec(entity)
        where, params = _where(spec, filters)
        sql = f"SELECT * FROM [{spec.table}]" + (f" WHERE {where}" if where else "")
        sql += f" ORDER BY {order_by or spec.order_by}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self.fair.rows(sql, params)

    def count(self, entity: str, **filters: Any) -> int:
        spec = self.spec(entity)
        where, params = _where(spec, filters)
        return self.fair.count(spec.table, where, params)


def _where(spec: Entity, filters: dict[str, Any]) -> tuple[str, list]:
    parts, params = [], []
    for key, value in filters.items():
        if key not in spec.by_name and key != "id":
            raise ValidationError(key, f"未知筛选条件：{key}", f"Unknown filter: {key}")
        if isinstance(value, (list, tuple, set)):
            parts.append(f"[{key}] IN ({', '.join('?' * len(value))})")
            params.extend(value)
        elif value is None:
            parts.append(f"[{key}] IS NULL")
        else:
            parts.append(f"[{key}] = ?")
            params.append(value)
    return " AND ".join(parts), params


def entities(*specs: Entity) -> dict[str, Entity]:
    return {s.table: s for s in specs}


def labels(items: Iterable[tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
    return {code: (zh, en) for code, zh, en in items}


def ends_after_starts(start: str, end: str, zh: str, en: str) -> Check:
    def check(_fair: Fair, values: dict) -> None:
        if values.get(start) and values.get(end) and values[end] <= values[start]:
            raise ValidationError(end, zh, en)
    return check
