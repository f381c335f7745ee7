"""The sync engine: every committed change becomes a pycrdt update; another desk's updates
merge into the records' documents and SQLite is rewritten from them.

What is in the documents: one document per record of every synced table
(:mod:`fairdesk.core.sync.tables`), a Map of its columns (:mod:`records`). What is not:
the audit log, which only grows, travels as its rows (a union of rows by id); and the
``sync_*`` tables, which are this desk's own. SQLite stays the store everything reads: a
merge writes the merged values into the tables, and a record SQLite cannot hold yet (its
parent was deleted at another desk, or another record holds its unique number) stays in
its document, *held*, and is listed for review.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from pycrdt import merge_updates

from fairdesk.core.changes import Change, ChangeAction
from fairdesk.core.sync.records import RecordDoc
from fairdesk.core.sync.tables import pk, shape, synced_tables
from fairdesk.storage.schema import TABLE_AREA

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Tx

Key = tuple[str, str]
HELD_PARENT = "parent"
HELD_UNIQUE = "unique"


@dataclass(frozen=True)
class Desk:
    fair_id: str
    desk_id: str
    client_id: int


@dataclass
class Batch:
    """What one desk sends: record updates and audit rows, and the marks to send next."""

    records: list[tuple[str, str, bytes]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    last_seq: int = 0
    last_audit: int = 0


@dataclass
class Merged:
    """What a merge changed: records per table, audit rows that arrived, records held."""

    arrived: dict[str, int] = field(default_factory=dict)
    audit_rows: int = 0
    held: list[Key] = field(default_factory=list)


class SyncEngine:
    def __init__(self, fair: Fair) -> None:
        self.fair = fair
        self.tables = synced_tables()
        self._synced = frozenset(self.tables)

    @cached_property
    def desk(self) -> Desk:
        row = self.fair.db.execute("SELECT fair_id, desk_id, client_id FROM sync_desk").fetchone()
        return Desk(*row)

    # --- this desk's changes ------------------------------------------------------------
    def record(self, tx: Tx) -> None:
        """Write the transaction's changes into their documents and the log (inside the
        transaction, before it commits)."""
        keys: dict[Key, set[str] | None] = {}  # the fields an update changed; None: all
        for c in tx.changes.items:
            if c.entity in self._synced and c.record_id != "*":
                key = (c.entity, c.record_id)
                if c.action == ChangeAction.UPDATE and c.before and key not in keys:
                    keys[key] = {k for k in set(c.before) | set(c.after or {})
                                 if c.before.get(k) != (c.after or {}).get(k)}
                elif c.action == ChangeAction.UPDATE and c.before and keys[key] is not None:
                    keys[key] |= {k for k in set(c.before) | set(c.after or {})
                                  if c.before.get(k) != (c.after or {}).get(k)}
                else:
                    keys[key] = None
        for table, rows in tx.bulk_rows:
            if table in self._synced:
                keys.update(((table, r["id"]), None) for r in rows)
        by_table: dict[str, list[str]] = defaultdict(list)
        for table, rec in keys:
            by_table[table].append(rec)
        for table, ids in by_table.items():
            self._record_table(tx, table, ids, keys)

    def _record_table(self, tx: Tx, table: str, ids: list[str],
                      fields: dict[Key, set[str] | None] | None = None) -> None:
        key = pk(table)
        rows = {r[key]: r for r in self.fair.rows_in(
            f"SELECT * FROM [{table}] WHERE [{key}] IN (?...)", ids)}
        states = self._states(table, ids)
        for rec in ids:
            doc = RecordDoc(self.desk.client_id, states.get(rec))
            row = rows.get(rec)
            only = (fields or {}).get((table, rec))
            if row is None:
                doc.delete(tx.now, self.fair.operator.stamp)
            elif only is not None and rec in states and not doc.deleted:
                doc.set_fields({k: row[k] for k in only if k in row})  # the edit alone
            else:
                doc.write(row)
            self._store(table, rec, doc)

    def _states(self, table: str, ids: list[str]) -> dict[str, bytes]:
        return {r["rec_id"]: r["state"] for r in self.fair.rows_in(
            "SELECT rec_id, state FROM sync_records WHERE tbl = ? AND rec_id IN (?...)",
            ids, [table])}

    def _store(self, table: str, rec: str, doc: RecordDoc, held: str = "") -> bool:
        if not doc.changed:
            return False
        db = self.fair.db
        db.execute("INSERT INTO sync_records (tbl, rec_id, state, deleted, held) "
                   "VALUES (?,?,?,?,?) ON CONFLICT (tbl, rec_id) DO UPDATE SET "
                   "state=excluded.state, deleted=excluded.deleted",
                   [table, rec, doc.state(), int(doc.deleted), held])
        db.execute("INSERT INTO sync_log (tbl, rec_id, data) VALUES (?,?,?)",
                   [table, rec, doc.update()])
        return True

    def seed(self) -> int:
        """Give each record written before sync existed (or by a migration) its document."""
        count = 0
        for table in self.tables:
            key = pk(table)
            ids = [r[0] for r in self.fair.db.execute(
                f"SELECT [{key}] FROM [{table}] WHERE [{key}] NOT IN "
                "(SELECT rec_id FROM sync_records WHERE tbl = ?)", [table]).fetchall()]
            if ids:
                with self.fair.transaction() as tx:
                    tx.merging = True
                    self._record_table(tx, table, ids)
                count += len(ids)
        return count

    # --- sending ---------------------------------------------------------------------
    def batch(self, since_seq: int = 0, since_audit: int = 0) -> Batch:
        """Everything after the marks: each record's updates merged into one."""
        self.seed()
        out = Batch()
        out.last_seq = self.fair.scalar("SELECT coalesce(max(seq), 0) FROM sync_log") or 0
        if since_seq == 0:
            cur = self.fair.db.execute("SELECT tbl, rec_id, state FROM sync_records")
            out.records = [(t, r, bytes(s)) for t, r, s in cur.fetchall()]
        else:
            parts: dict[Key, list[bytes]] = defaultdict(list)
            for t, r, data in self.fair.db.execute(
                    "SELECT tbl, rec_id, data FROM sync_log WHERE seq > ? ORDER BY seq",
                    [since_seq]).fetchall():
                parts[(t, r)].append(bytes(data))
            out.records = [(t, r, merge_updates(*u) if len(u) > 1 else u[0])
                           for (t, r), u in parts.items()]
        rows = self.fair.rows("SELECT rowid AS _rowid, * FROM audit_log WHERE rowid > ? "
                              "ORDER BY rowid", [since_audit])
        out.last_audit = rows[-1]["_rowid"] if rows else since_audit
        for r in rows:
            del r["_rowid"]
        out.audit = rows
        return out

    # --- receiving -------------------------------------------------------------------
    def merge(self, batch: Batch) -> Merged:
        """Apply another desk's batch in one transaction; SQLite rewritten from the merged
        documents. Applying it again changes nothing."""
        result = Merged()
        with self.fair.transaction() as tx:
            tx.merging = True
            self.fair.db.execute("PRAGMA defer_foreign_keys = ON")
            touched = self._apply_records(batch.records, result)
            result.audit_rows = self._apply_audit(batch.audit)
            Materializer(self, tx).run(touched)
            result.held = [(t, r) for t, r in self.fair.db.execute(
                "SELECT tbl, rec_id FROM sync_records WHERE held != ''").fetchall()]
        return result

    def _apply_records(self, records: list[tuple[str, str, bytes]], result: Merged
                       ) -> list[tuple[str, str, RecordDoc]]:
        by_table: dict[str, list[tuple[str, bytes]]] = defaultdict(list)
        for table, rec, update in records:
            if table in self._synced:
                by_table[table].append((rec, update))
        touched: list[tuple[str, str, RecordDoc]] = []
        for table, items in by_table.items():
            states = self._states(table, [rec for rec, _ in items])
            for rec, update in items:
                doc = RecordDoc(self.desk.client_id, states.get(rec))
                doc.apply(update)
                if self._store(table, rec, doc):
                    states[rec] = doc.state()
                    touched.append((table, rec, doc))
                    result.arrived[table] = result.arrived.get(table, 0) + 1
        return touched

    def _apply_audit(self, rows: list[dict[str, Any]]) -> int:
        if not rows:
            return 0
        cols = list(rows[0])
        before = self.fair.db.conn.total_changes
        self.fair.db.conn.executemany(
            f"INSERT OR IGNORE INTO audit_log ({', '.join(cols)}) "
            f"VALUES ({', '.join('?' * len(cols))})", [[r.get(c) for c in cols] for r in rows])
        return self.fair.db.conn.total_changes - before

    def doc(self, table: str, rec: str) -> RecordDoc | None:
        state = self.fair.scalar("SELECT state FROM sync_records WHERE tbl=? AND rec_id=?",
                                 [table, rec])
        return RecordDoc(self.desk.client_id, state) if state is not None else None

    # --- desks ------------------------------------------------------------------------
    def peer_marks(self, name: str) -> tuple[int, int]:
        row = self.fair.db.execute("SELECT sent_seq, sent_audit FROM sync_peers WHERE name=?",
                                   [name]).fetchone()
        return (row[0], row[1]) if row else (0, 0)

    def set_peer(self, name: str, **values: Any) -> None:
        """Remember what was sent to (or heard from) a peer: local bookkeeping, not a change
        of the fair, so it is written outside the audited path on purpose."""
        self.fair.db.execute("INSERT OR IGNORE INTO sync_peers (name) VALUES (?)", [name])
        sets = ", ".join(f"{k} = ?" for k in values)
        self.fair.db.execute(f"UPDATE sync_peers SET {sets} WHERE name = ?",
                             [*values.values(), name])
        if not self.fair.db.conn.in_transaction:
            return
        self.fair.db.conn.commit()

    def peers(self) -> list[dict[str, Any]]:
        return self.fair.rows("SELECT * FROM sync_peers ORDER BY name")


def new_desk(db) -> Desk:  # noqa: ANN001 - a sqlite3 connection or Database
    """Make the file a new desk of the same fair: a new desk id and pycrdt client id."""
    desk_id, client_id = uuid.uuid4().hex[:12], random.randrange(1, 2**31)
    db.execute("UPDATE sync_desk SET desk_id = ?, client_id = ?", [desk_id, client_id])
    fair_id = db.execute("SELECT fair_id FROM sync_desk").fetchone()[0]
    return Desk(fair_id, desk_id, client_id)


def new_client(db) -> None:  # noqa: ANN001 - a sqlite3 connection or Database
    """A new pycrdt client id for this desk: after a restore, the documents are back at an
    older state, and writing on from it with the old id would reuse its clock."""
    db.execute("UPDATE sync_desk SET client_id = ?", [random.randrange(1, 2**31)])


class Materializer:
    """Rewrites SQLite rows from merged documents, holding back what SQLite cannot keep.

    The outcome depends on the documents only, not on the order merges came in: a
    record is in SQLite when its document is live, its parents are in SQLite and no
    record with a smaller id holds the same unique value.
    """

    def __init__(self, engine: SyncEngine, tx: Tx) -> None:
        self.engine, self.tx, self.db = engine, tx, engine.fair.db

    def run(self, touched: list[tuple[str, str, RecordDoc]]) -> None:
        for table, rec, doc in touched:
            if doc.deleted:
                self._remove(table, rec, doc.deletion() or {})
            else:
                self._put(table, rec, self._values(table, doc))
        progress = True
        while progress:
            self._check_references()
            progress = any([self._put(t, r, self._values(t, d), check_parents=True)
                            for t, r, d in self._waiting()])
        self._check_references()

    def _values(self, table: str, doc: RecordDoc) -> dict[str, Any]:
        return doc.values(has_bytes=shape(self.db, table).has_bytes)

    def _note(self, table: str, rec: str, action: ChangeAction) -> None:
        self.tx.changes.add(Change(TABLE_AREA.get(table, "settings"), table, rec, action))

    def _hold(self, table: str, rec: str, why: str) -> None:
        self.db.execute("UPDATE sync_records SET held = ? WHERE tbl = ? AND rec_id = ?",
                        [why, table, rec])

    def _remove(self, table: str, rec: str, deletion: dict[str, Any]) -> None:
        key = pk(table)
        cur = self.db.execute(f"DELETE FROM [{table}] WHERE [{key}] = ?", [rec])
        self._hold(table, rec, "")
        if cur.rowcount:
            self._note(table, rec, ChangeAction.DELETE)
        if key == "id":
            self.db.execute("INSERT OR REPLACE INTO tombstones (id, entity, deleted_at, "
                            "deleted_by) VALUES (?,?,?,?)",
                            [rec, table, deletion.get("at", ""), deletion.get("by", "")])

    def _put(self, table: str, rec: str, values: dict[str, Any], *,
             check_parents: bool = False) -> bool:
        s = shape(self.db, table)
        key = pk(table)
        row = {c: values[c] for c in s.columns if c in values}
        row[key] = rec
        if check_parents and not self._parents_present(s, row):
            self._hold(table, rec, HELD_PARENT)
            return False
        if not self._claim_uniques(table, s, key, row):
            self.db.execute(f"DELETE FROM [{table}] WHERE [{key}] = ?", [rec])
            self._hold(table, rec, HELD_UNIQUE)
            return False
        cols = list(row)
        updates = ", ".join(f"[{c}]=excluded.[{c}]" for c in cols if c != key)
        existed = self.db.execute(f"SELECT 1 FROM [{table}] WHERE [{key}] = ?", [rec]).fetchone()
        self.db.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES "
            f"({', '.join('?' * len(cols))}) ON CONFLICT ([{key}]) DO UPDATE SET {updates}",
            [row[c] for c in cols])
        self.db.execute("UPDATE sync_records SET held = '' WHERE tbl = ? AND rec_id = ?",
                        [table, rec])
        if key == "id":
            self.db.execute("DELETE FROM tombstones WHERE id = ?", [rec])
        self._note(table, rec, ChangeAction.UPDATE if existed else ChangeAction.CREATE)
        return True

    def _parents_present(self, s: Any, row: dict[str, Any]) -> bool:
        for column, parent in s.parents:
            value = row.get(column)
            if value is not None and not self.db.execute(
                    f"SELECT 1 FROM [{parent}] WHERE id = ?", [value]).fetchone():
                return False
        return True

    def _claim_uniques(self, table: str, s: Any, key: str, row: dict[str, Any]) -> bool:
        """False when a record with a smaller id holds one of ``row``'s unique values; a
        holder with a larger id is moved out of SQLite (held) instead."""
        for cols in s.uniques:
            values = [row.get(c) for c in cols]
            if any(v is None for v in values):
                continue
            where = " AND ".join(f"[{c}] = ?" for c in cols)
            for (other,) in self.db.execute(
                    f"SELECT [{key}] FROM [{table}] WHERE {where} AND [{key}] != ?",
                    [*values, row[key]]).fetchall():
                if other < row[key]:
                    return False
                self.db.execute(f"DELETE FROM [{table}] WHERE [{key}] = ?", [other])
                self._hold(table, other, HELD_UNIQUE)
                self._note(table, other, ChangeAction.DELETE)
        return True

    def _check_references(self) -> None:
        """Rows whose parent is gone (deleted at another desk) leave SQLite, held."""
        while True:
            bad = self.db.execute("PRAGMA foreign_key_check").fetchall()
            if not bad:
                return
            for table, rowid, _parent, _fk in bad:
                key = pk(table)
                found = self.db.execute(f"SELECT [{key}] FROM [{table}] WHERE rowid = ?",
                                        [rowid]).fetchone()
                if found is None:
                    continue
                self.db.execute(f"DELETE FROM [{table}] WHERE rowid = ?", [rowid])
                self._hold(table, found[0], HELD_PARENT)
                self._note(table, found[0], ChangeAction.DELETE)

    def _waiting(self) -> list[tuple[str, str, RecordDoc]]:
        """Live documents SQLite does not hold yet (held ones too: their parent or
        their number may be free now)."""
        out = []
        for table in self.engine.tables:
            key = pk(table)
            for rec, state in self.db.execute(
                    f"SELECT rec_id, state FROM sync_records r WHERE tbl = ? AND deleted = 0 "
                    f"AND NOT EXISTS (SELECT 1 FROM [{table}] t WHERE t.[{key}] = r.rec_id)",
                    [table]).fetchall():
                out.append((table, rec, RecordDoc(self.engine.desk.client_id, state)))
        return out

