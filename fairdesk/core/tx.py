"""One transaction's writes: each insert, update and delete is audited and recorded as a Change.

:class:`Tx` is what :meth:`fairdesk.core.fair.Fair.transaction` yields; the services take it
(typed) to write inside a caller's transaction. ``Row`` is a record as a dict of its columns.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from fairdesk.core.changes import Change, ChangeAction, Changes
from fairdesk.core.ids import new_id, new_ids
from fairdesk.core.timeutil import to_fair_iso, utc_now_iso
from fairdesk.storage.schema import TABLE_AREA

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict[str, Any]
Listener = Callable[[Changes], None]


class Tx:
    """Writes inside one transaction; each one is audited and recorded as a Change."""

    def __init__(self, fair: Fair) -> None:
        self.fair = fair
        self.changes = Changes()
        self.now = utc_now_iso()  # the records' stamps (created_at, audit log): UTC
        #: Rows of bulk inserts audited as one summary: the sync engine sends each one.
        self.bulk_rows: list[tuple[str, list[Row]]] = []
        #: True while the sync engine applies another desk's changes (not sent back).
        self.merging = False
        #: The action this write belongs to (the outermost transaction's): what Undo takes back.
        outer = fair._open_tx
        self.action_id = outer.action_id if outer is not None else new_id()

    @cached_property
    def fair_now(self) -> str:
        """The same moment in the fair's timezone, to the second: for times people read."""
        return to_fair_iso(datetime.fromisoformat(self.now), self.fair.tz)

    def _audit(self, entity: str, record_id: str, action: ChangeAction, before: Row | None,
               after: Row | None) -> None:
        op = self.fair.operator
        self.fair.db.execute(
            "INSERT INTO audit_log (id, at, operator, desk, laptop, role, area, entity,"
            " entity_id, action, before, after, origin, action_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [new_id(), self.now, op.name, op.desk, op.laptop, op.role_stamp,
             TABLE_AREA.get(entity, "settings"), entity, record_id, action, _dump(before),
             _dump(after), self.fair.desk_id, self.action_id],
        )
        self.changes.add(Change(TABLE_AREA.get(entity, "settings"), entity, record_id, action,
                                before, after))

    def audit_only(self, entity: str, record_id: str, action: ChangeAction, detail: Row) -> None:
        """An audit row that changes no record (someone saw a masked value): no Change."""
        op = self.fair.operator
        self.fair.db.execute(
            "INSERT INTO audit_log (id, at, operator, desk, laptop, role, area, entity,"
            " entity_id, action, before, after, origin, action_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,NULL,?,?,?)",
            [new_id(), self.now, op.name, op.desk, op.laptop, op.role_stamp,
             TABLE_AREA.get(entity, "settings"), entity, record_id, action, _dump(detail),
             self.fair.desk_id, self.action_id])

    def _audit_created(self, table: str, rows: list[Row]) -> None:
        """One audit row (with the row's after-image) and one Change per created row,
        written with one executemany."""
        op, area = self.fair.operator, TABLE_AREA.get(table, "settings")
        head = (self.now, op.name, op.desk, op.laptop, op.role_stamp, area, table)
        origin = self.fair.desk_id
        self.fair.db.conn.executemany(
            "INSERT INTO audit_log (id, at, operator, desk, laptop, role, area, entity,"
            " entity_id, action, before, after, origin, action_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,NULL,?,?,?)",
            [(audit_id, *head, r["id"], ChangeAction.CREATE, _dump(r), origin, self.action_id)
             for audit_id, r in zip(new_ids(len(rows)), rows, strict=True)])
        self.changes.items.extend([Change(area, table, r["id"], ChangeAction.CREATE, None, r)
                                   for r in rows])

    def insert(self, table: str, values: Row) -> Row:
        row = {"id": values.get("id") or new_id(), **values}
        row.update(created_at=self.now, updated_at=self.now, updated_by=self.fair.operator.stamp)
        cols = list(row)
        self.fair.db.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
            f"VALUES ({', '.join('?' * len(cols))})",
            [row[c] for c in cols],
        )
        self._audit(table, row["id"], ChangeAction.CREATE, None, row)
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
            self._audit(table, "*", ChangeAction.BULK_CREATE, None, {"count": len(full)})
            self.bulk_rows.append((table, full))
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
        self._audit(table, record_id, ChangeAction.UPDATE, before, after)
        return after

    def delete(self, table: str, record_id: str) -> Row:
        """Delete the record, and first (each audited) the records that would go with it
        (``ON DELETE CASCADE``): nothing leaves the file unrecorded, so other desks hear
        of every deletion."""
        before = self.fair.get(table, record_id)
        for child, column in self.fair.cascades(table):
            for (child_id,) in self.fair.db.execute(
                    f"SELECT id FROM [{child}] WHERE [{column}] = ?", [record_id]).fetchall():
                self.delete(child, child_id)
        self.fair.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [record_id])
        self.fair.db.execute(
            "INSERT OR REPLACE INTO tombstones (id, entity, deleted_at, deleted_by) VALUES (?,?,?,?)",
            [record_id, table, self.now, self.fair.operator.stamp])
        self._audit(table, record_id, ChangeAction.DELETE, before, None)
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
