"""The open fair: one SQLite file, the operator making changes, and transactions.

Every mutation goes through :meth:`Fair.transaction`: the writes, their audit
log rows and the :class:`Changes` they return happen together or not at all;
after commit, listeners (the window) hear about the changes once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from functools import cached_property
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from fairdesk.base.errors import NotFoundError
from fairdesk.base.i18n import language
from fairdesk.core.changes import Change, Changes
from fairdesk.core.context import SYSTEM, Operator
from fairdesk.core.ids import new_id, new_ids
from fairdesk.core.settings import BY_KEY
from fairdesk.core.timeutil import to_fair_iso, utc_now_iso, zone
from fairdesk.storage import fairfile
from fairdesk.storage.schema import TABLE_AREA

Row = dict[str, Any]
Listener = Callable[[Changes], None]


class Tx:
    """Writes inside one transaction; each one is audited and recorded as a Change."""

    def __init__(self, fair: Fair) -> None:
        self.fair = fair
        self.changes = Changes()
        self.now = utc_now_iso()  # the records' stamps (created_at, audit log): UTC

    @cached_property
    def fair_now(self) -> str:
        """The same moment in the fair's timezone, to the second: for times people read."""
        return to_fair_iso(datetime.fromisoformat(self.now), self.fair.tz)

    def _audit(self, entity: str, record_id: str, action: str, before: Row | None,
               after: Row | None) -> None:
        op = self.fair.operator
        self.fair.db.execute(
            "INSERT INTO audit_log (id, at, operator, desk, laptop, area, entity, entity_id,"
            " action, before, after) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [new_id(), self.now, op.name, op.desk, op.laptop, TABLE_AREA.get(entity, "settings"),
             entity, record_id, action, _dump(before), _dump(after)],
        )
        self.changes.add(Change(TABLE_AREA.get(entity, "settings"), entity, record_id, action,
                                before, after))

    def _audit_created(self, table: str, rows: list[Row]) -> None:
        """One audit row (with the row's after-image) and one Change per created row,
        written with one executemany."""
        op, area = self.fair.operator, TABLE_AREA.get(table, "settings")
        head = (self.now, op.name, op.desk, op.laptop, area, table)
        self.fair.db.conn.executemany(
            "INSERT INTO audit_log (id, at, operator, desk, laptop, area, entity, entity_id,"
            " action, before, after) VALUES (?,?,?,?,?,?,?,?,'create',NULL,?)",
            [(audit_id, *head, r["id"], _dump(r))
             for audit_id, r in zip(new_ids(len(rows)), rows, strict=True)])
        self.changes.items.extend([Change(area, table, r["id"], "create", None, r) for r in rows])

    def insert(self, table: str, values: Row) -> Row:
        row = {"id": values.get("id") or new_id(), **values}
        row.update(created_at=self.now, updated_at=self.now, updated_by=self.fair.operator.stamp)
        cols = list(row)
        self.fair.db.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
            f"VALUES ({', '.join('?' * len(cols))})",
            [row[c] for c in cols],
        )
        self._audit(table, row["id"], "create", None, row)
        return row

    def insert_many(self, table: str, rows: list[Row], *, audit_each: bool = True) -> int:
        """Bulk insert; with ``audit_each=False`` one summary audit row stands for the batch.

        Rows may have different keys: a column a row leaves out gets its default.
        """
        if not rows:
            return 0
        stamp = {"created_at": self.now, "updated_at": self.now,
                 "updated_by": self.fair.operator.stamp}
        full = [{**r, "id": r.get("id") or fresh, **stamp}
                for r, fresh in zip(rows, new_ids(len(rows)), strict=True)]
        for cols, same_keys in groupby(full, key=tuple):
            self.fair.db.conn.executemany(
                f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
                f"VALUES ({', '.join('?' * len(cols))})",
                map(itemgetter(*cols), same_keys),  # cols holds id and the stamps: never one
            )
        if audit_each:
            self._audit_created(table, full)
        else:
            self._audit(table, "*", "bulk-create", None, {"count": len(full)})
        return len(full)

    def update(self, table: str, record_id: str, values: Row) -> Row | None:
        """Apply ``values``; returns the new row, or None when nothing actually changed."""
        before = self.fair.get(table, record_id)
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        if not changed:
            return None
        changed.update(updated_at=self.now, updated_by=self.fair.operator.stamp)
        sets = ", ".join(f"[{k}] = ?" for k in changed)
        self.fair.db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?",
                             [*changed.values(), record_id])
        after = {**before, **changed}
        self._audit(table, record_id, "update", before, after)
        return after

    def delete(self, table: str, record_id: str) -> Row:
        before = self.fair.get(table, record_id)
        self.fair.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [record_id])
        self.fair.db.execute(
            "INSERT OR REPLACE INTO tombstones (id, entity, deleted_at, deleted_by) VALUES (?,?,?,?)",
            [record_id, table, self.now, self.fair.operator.stamp])
        self._audit(table, record_id, "delete", before, None)
        return before


class _HasBytes(Exception):
    pass


def _plain(value: object) -> str:
    if isinstance(value, (bytes, bytearray)):
        raise _HasBytes
    return str(value)


# Made once (an import dumps 10,000 rows); compact: no spaces after , and :
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_plain, separators=(",", ":"))


def _dump(row: Row | None) -> str | None:
    """The row as JSON for the audit log, binary values (photos) left out."""
    if row is None:
        return None
    try:
        return _ENCODER.encode(row)
    except _HasBytes:
        return json.dumps({k: v for k, v in row.items() if not isinstance(v, bytes)},
                          ensure_ascii=False, default=str, separators=(",", ":"))


class Fair:
    """An open fair file. Not thread-safe: use it on the thread that opened it."""

    def __init__(self, db: Database, path: Path | None, operator: Operator = SYSTEM) -> None:
        self.db = db
        self.path = path
        self.operator = operator
        self._listeners: list[Listener] = []
        self._settings_cache: dict[str, Any] | None = None
        self._open_tx: Tx | None = None  # the outermost transaction block, while one runs

    # --- opening -------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, operator: Operator = SYSTEM, **settings: Any) -> Fair:
        """A new fair file. Raises FairFileError if it exists or cannot be written."""
        fair = cls(fairfile.create_file(Path(path)), Path(path), operator)
        fair._init_settings(settings)
        return fair

    @classmethod
    def open(cls, path: str | Path, operator: Operator = SYSTEM) -> Fair:
        """Open an existing fair file. Raises FairFileError (missing, damaged, newer...)."""
        return cls(fairfile.open_file(Path(path)), Path(path), operator)

    @classmethod
    def memory(cls, operator: Operator = SYSTEM, **settings: Any) -> Fair:
        """An in-memory fair, for tests."""
        db = Database(sqlite3.connect(":memory:"), execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA application_id = {fairfile.APPLICATION_ID}")
        fairfile.migrations.apply(db)
        fair = cls(db, None, operator)
        fair._init_settings(settings)
        return fair

    def _init_settings(self, settings: dict[str, Any]) -> None:
        values = {"badge.secret": new_id() + new_id(), **settings}
        with self.transaction() as tx:
            for key, value in values.items():
                self.settings_set(tx, key, value)

    def close(self) -> None:
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.db.close()

    def save_copy(self, target: str | Path) -> None:
        """Write a consistent copy of the fair to ``target`` (a backup or a USB stick)."""
        fairfile.backup_copy(self.db, Path(target))

    # --- listeners and transactions -------------------------------------------------
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """All writes in the block commit together, or none do.

        A block inside another one (a service called from within a transaction) is a
        savepoint: its changes join the outer block's, heard once when that commits.
        """
        tx = Tx(self)
        outer = self._open_tx
        nested = self.db.conn.in_transaction
        if outer is None:
            self._open_tx = tx
        try:
            with self.db.atomic():
                yield tx
        finally:
            if outer is None:
                self._open_tx = None
        if outer is not None:
            outer.changes.extend(tx.changes)
            return
        if not nested and tx.changes:
            if "fair_settings" in tx.changes.entities:
                self._settings_cache = None
            for listener in list(self._listeners):
                listener(tx.changes)

    # --- reading ---------------------------------------------------------------------
    def rows(self, sql: str, params: list | tuple | dict = ()) -> list[Row]:
        cur = self.db.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def scalar(self, sql: str, params: list | tuple | dict = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    def get(self, table: str, record_id: str) -> Row:
        """The row with this id. Raises NotFoundError."""
        found = self.rows(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
        if not found:
            raise NotFoundError(f"找不到记录 {record_id}（{table}）。",
                                f"No record {record_id} in {table}.")
        return found[0]

    def count(self, table: str, where: str = "", params: list | tuple = ()) -> int:
        return self.scalar(f"SELECT count(*) FROM [{table}]" + (f" WHERE {where}" if where else ""),
                           params)

    # --- settings ----------------------------------------------------------------------
    def _stored_settings(self) -> dict[str, Any]:
        if self._settings_cache is None:
            self._settings_cache = {r["key"]: json.loads(r["value"])
                                    for r in self.rows("SELECT key, value FROM fair_settings")}
        return self._settings_cache

    def setting(self, key: str) -> Any:
        """The setting's value: the one stored in the fair, else its declared default."""
        stored = self._stored_settings()
        if key in stored:
            return stored[key]
        return BY_KEY[key].default if key in BY_KEY else None

    def stored_setting(self, key: str) -> Any:
        """The value this fair stores for ``key``; None when it keeps the default."""
        return self._stored_settings().get(key)

    def settings_set(self, tx: Tx, key: str, value: Any) -> None:
        before = self.rows("SELECT key, value FROM fair_settings WHERE key = ?", [key])
        text = json.dumps(value, ensure_ascii=False)
        self.db.execute(
            "INSERT INTO fair_settings (key, value, updated_at, updated_by) VALUES (?,?,?,?) "
            "ON CONFLICT(key) DO UPDATE SET value=excluded.value, updated_at=excluded.updated_at,"
            " updated_by=excluded.updated_by",
            [key, text, tx.now, self.operator.stamp])
        tx._audit("fair_settings", key, "update" if before else "create",
                  before[0] if before else None, {"key": key, "value": text})
        self._settings_cache = None

    def set_settings(self, **values: Any) -> Changes:
        """Change fair settings (keys with dots given as ``fair__name``)."""
        with self.transaction() as tx:
            for key, value in values.items():
                self.settings_set(tx, key.replace("__", "."), value)
        return tx.changes

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.setting("fair.timezone"))

    @property
    def rates(self) -> dict[str, Decimal]:
        return {k: Decimal(str(v)) for k, v in self.setting("money.rates").items()}

    @property
    def name(self) -> str:
        return self.setting("fair.name")

    @property
    def display_name(self) -> str:
        """The name in the current language (the Chinese name when no English one is stored)."""
        english = language() == "en" and self.stored_setting("fair.name_en")
        return str(english or self.name)

    # --- services ----------------------------------------------------------------------
    @cached_property
    def guests(self):  # noqa: ANN201 - import cycle avoided by local imports
        from fairdesk.core.guests.service import GuestService
        return GuestService(self)

    @cached_property
    def reception(self):  # noqa: ANN201
        from fairdesk.core.reception.service import ReceptionService
        return ReceptionService(self)

    @cached_property
    def security(self):  # noqa: ANN201
        from fairdesk.core.security.service import SecurityService
        return SecurityService(self)

    @cached_property
    def signing(self):  # noqa: ANN201
        from fairdesk.core.signing.service import SigningService
        return SigningService(self)

    @cached_property
    def agenda(self):  # noqa: ANN201
        from fairdesk.core.agenda.service import AgendaService
        return AgendaService(self)

    def sign_in(self, operator: Operator) -> Changes:
        """Make ``operator`` the author of changes from now on, recorded in the operators table."""
        self.operator = operator
        found = self.rows("SELECT id FROM operators WHERE name=? AND desk=? AND laptop=?",
                          [operator.name, operator.desk, operator.laptop])
        with self.transaction() as tx:
            if found:
                tx.update("operators", found[0]["id"], {"last_seen_at": tx.now})
            else:
                tx.insert("operators", {"name": operator.name, "desk": operator.desk,
                                        "laptop": operator.laptop, "last_seen_at": tx.now})
        return tx.changes
