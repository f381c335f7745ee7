"""The sync engine: every committed change becomes a pycrdt update; another desk's updates
merge into the records' documents and SQLite is rewritten from them.

What is in the documents: one document per record of every synced table
(:mod:`fairdesk.core.sync.tables`), a Map of its columns (:mod:`records`). What is not:
the audit log, which only grows, travels as its rows (a union of rows by id); and the
``sync_*`` tables, which are this desk's own. SQLite stays the store everything reads: a
merge writes the merged values into the tables, and a record SQLite cannot hold yet (its
parent was deleted at another desk, or another record holds its unique number) stays in
its document, *held*, and is listed for review.

The write path stays light: a transaction leaves one small *pending* row per record in
``sync_log`` (which fields changed), and pycrdt is neither loaded nor run. The pending rows
are written into the documents (:meth:`SyncEngine.flush`) before anything reads them: an
export, a merge, a copy for a new desk. A flushed log row keeps the record's state vector
from before the change, so an export sends ``doc.get_update(that vector)``: the changes
since then, with no second copy of each update kept in the file.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fairdesk.core.changes import Change, ChangeAction
from fairdesk.core.sync.tables import pk, shape, synced_tables
from fairdesk.storage.schema import TABLE_AREA

if TYPE_CHECKING:
    from collections.abc import Callable

    from fairdesk.core.fair import Fair
    from fairdesk.core.sync.records import RecordDoc
    from fairdesk.core.tx import Tx

Key = tuple[str, str]
HELD_PARENT = "parent"
HELD_UNIQUE = "unique"
EMPTY_STATE = b"\x00"  # the state vector of an empty document: "send everything"


def _record_doc() -> type[RecordDoc]:
    """pycrdt is loaded when a document is first needed, not with the fair."""
    from fairdesk.core.sync.records import RecordDoc

    return RecordDoc


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


def _changed_fields(c: Change) -> set[str]:
    after = c.after or {}
    return {k for k in set(c.before or {}) | set(after) if (c.before or {}).get(k) != after.get(k)}


class SyncEngine:
    def __init__(self, fair: Fair) -> None:
        self.fair = fair
        self.tables = synced_tables()
        self._synced = frozenset(self.tables)
        self._seeded = False

    @cached_property
    def desk(self) -> Desk:
        row = self.fair.db.execute("SELECT fair_id, desk_id, client_id FROM sync_desk").fetchone()
        return Desk(*row)

    # --- this desk's changes ------------------------------------------------------------
    def record(self, tx: Tx) -> None:
        """Leave one pending row per changed record in the log (inside the transaction,
        before it commits): which fields an update changed, or all of them; no pycrdt."""
        keys: dict[Key, set[str] | None] = {}  # the fields an update changed; None: all
        for c in tx.changes.items:
            if c.entity in self._synced and c.record_id != "*":
                key = (c.entity, c.record_id)
                if c.action == ChangeAction.UPDATE and c.before and key not in keys:
                    keys[key] = _changed_fields(c)
                elif c.action == ChangeAction.UPDATE and c.before and keys[key] is not None:
                    keys[key] |= _changed_fields(c)
                else:
                    keys[key] = None
        for table, rows in tx.bulk_rows:
            if table in self._synced:
                keys.update(((table, r["id"]), None) for r in rows)
        if not keys:
            return
        stamp = [tx.now, self.fair.operator.stamp]
        self.fair.db.conn.executemany(
            "INSERT INTO sync_log (tbl, rec_id, data, pending) VALUES (?, ?, X'', ?)",
            [(t, r, json.dumps([None if f is None else sorted(f), *stamp]))
             for (t, r), f in keys.items()])

    def flush(self) -> int:
        """Write the pending changes into their records' documents; returns how many
        records. Called before documents are read or sent (export, merge, copy)."""
        return len(self._flush())

    def _flush(self) -> dict[Key, RecordDoc]:
        """:meth:`flush`, returning the documents it wrote (an export sends them)."""
        pending = self.fair.db.execute("SELECT tbl, rec_id, pending FROM sync_log "
                                       "WHERE pending IS NOT NULL ORDER BY seq").fetchall()
        if not pending:
            return {}
        fields: dict[Key, set[str] | None] = {}
        stamps: dict[Key, tuple[str, str]] = {}
        for table, rec, text in pending:
            changed, at, by = json.loads(text)
            key = (table, rec)
            if changed is None or (key in fields and fields[key] is None):
                fields[key] = None
            else:
                fields[key] = (fields.get(key) or set()) | set(changed)
            stamps[key] = (at, by)
        by_table: dict[str, list[str]] = defaultdict(list)
        for table, rec in fields:
            by_table[table].append(rec)
        written: dict[Key, RecordDoc] = {}
        with self.fair.transaction() as tx:
            tx.merging = True
            self.fair.db.execute("DELETE FROM sync_log WHERE pending IS NOT NULL")
            for table in self.tables:
                if table in by_table:
                    docs = self._record_table(table, by_table[table], fields, stamps)
                    written.update(((table, rec), doc) for rec, doc in docs)
        return written

    def _record_table(self, table: str, ids: list[str],
                      fields: dict[Key, set[str] | None] | None = None,
                      stamps: dict[Key, tuple[str, str]] | None = None
                      ) -> list[tuple[str, RecordDoc]]:
        key, record_doc = pk(table), _record_doc()
        rows = {r[key]: r for r in self.fair.rows_in(
            f"SELECT * FROM [{table}] WHERE [{key}] IN (?...)", ids)}
        states = self._states(table, ids)
        docs = []
        for rec in ids:
            doc = record_doc(self.desk.client_id, states.get(rec))
            row = rows.get(rec)
            only = (fields or {}).get((table, rec))
            if row is None:
                doc.delete(*(stamps or {}).get((table, rec), ("", "")))
            elif only is not None and rec in states and not doc.deleted:
                doc.set_fields({k: row[k] for k in only if k in row})  # the edit alone
            else:
                doc.write(row)
            docs.append((rec, doc))
        return self._store(table, docs)

    def _states(self, table: str, ids: list[str]) -> dict[str, bytes]:
        return {r["rec_id"]: r["state"] for r in self.fair.rows_in(
            "SELECT rec_id, state FROM sync_records WHERE tbl = ? AND rec_id IN (?...)",
            ids, [table])}

    def _store(self, table: str, docs: list[tuple[str, RecordDoc]]
               ) -> list[tuple[str, RecordDoc]]:
        """Keep the changed documents' states, and log each with its state vector from
        before (what an export diffs against). Returns the changed ones."""
        changed = [(rec, doc) for rec, doc in docs if doc.changed]
        conn = self.fair.db.conn
        conn.executemany("INSERT INTO sync_records (tbl, rec_id, state, deleted) "
                         "VALUES (?,?,?,?) ON CONFLICT (tbl, rec_id) DO UPDATE SET "
                         "state=excluded.state, deleted=excluded.deleted",
                         [(table, rec, doc.state(), int(doc.deleted)) for rec, doc in changed])
        conn.executemany("INSERT INTO sync_log (tbl, rec_id, data) VALUES (?,?,?)",
                         [(table, rec, doc.start) for rec, doc in changed])
        return changed

    def seed(self) -> int:
        """Give each record written before sync existed (or by a migration) its document
        (migrations run when the file is opened: once per opened fair is enough)."""
        self._seeded, count = True, 0
        for table in self.tables:
            key = pk(table)
            ids = [r[0] for r in self.fair.db.execute(
                f"SELECT [{key}] FROM [{table}] WHERE [{key}] NOT IN "
                "(SELECT rec_id FROM sync_records WHERE tbl = ?)", [table]).fetchall()]
            if ids:
                with self.fair.transaction() as tx:
                    tx.merging = True
                    self._record_table(table, ids)
                count += len(ids)
        return count

    # --- sending ---------------------------------------------------------------------
    def batch(self, since_seq: int = 0, since_audit: int = 0) -> Batch:
        """Everything after the marks: each record's changes since then as one update."""
        written = self._flush()
        if not self._seeded:
            self.seed()
        out = Batch()
        out.last_seq = self.fair.scalar("SELECT coalesce(max(seq), 0) FROM sync_log") or 0
        if since_seq == 0:
            cur = self.fair.db.execute("SELECT tbl, rec_id, state FROM sync_records")
            out.records = [(t, r, bytes(s)) for t, r, s in cur.fetchall()]
        else:
            out.records = self._changes_since(since_seq, written)
        rows = self.fair.rows("SELECT rowid AS _rowid, * FROM audit_log WHERE rowid > ? "
                              "ORDER BY rowid", [since_audit])
        out.last_audit = rows[-1]["_rowid"] if rows else since_audit
        for r in rows:
            del r["_rowid"]
        out.audit = rows
        return out

    def prepare_whole(self) -> Path | None:
        """Before :func:`read_whole` (the fair's thread): write the pending changes into
        their documents; the fair's file, or None for a fair in memory."""
        self._flush()
        if not self._seeded:
            self.seed()
        if self.fair.db.conn.in_transaction:
            return None  # what it wrote is not yet in the file for another connection
        return self.fair.path

    def _changes_since(self, since_seq: int, loaded: dict[Key, RecordDoc]
                       ) -> list[tuple[str, str, bytes]]:
        """Each record's changes after the mark; from ``loaded`` (the documents a flush
        just wrote) where it can, else from the stored state."""
        from fairdesk.core.sync.records import update_since

        first: dict[Key, bytes] = {}  # the oldest state vector after the mark: the smallest
        for t, r, data in self.fair.db.execute(
                "SELECT tbl, rec_id, data FROM sync_log WHERE seq > ? ORDER BY seq",
                [since_seq]).fetchall():
            first.setdefault((t, r), bytes(data) or EMPTY_STATE)
        by_table: dict[str, list[str]] = defaultdict(list)
        for t, r in first:
            if (t, r) not in loaded:
                by_table[t].append(r)
        states = {(t, r): s for t, ids in by_table.items()
                  for r, s in self._states(t, ids).items()}
        return [(t, r, loaded[(t, r)].since(sv) if (t, r) in loaded
                 else update_since(states[(t, r)], sv))
                for (t, r), sv in first.items() if (t, r) in loaded or (t, r) in states]

    # --- receiving -------------------------------------------------------------------
    def merge(self, batch: Batch) -> Merged:
        """Apply another desk's batch in one transaction; SQLite rewritten from the merged
        documents. Applying it again changes nothing."""
        result = Merged()
        with self.fair.transaction() as tx:
            tx.merging = True
            self.fair.db.execute("PRAGMA defer_foreign_keys = ON")
            self.flush()  # this desk's own edits first: the rewrite below must keep them
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
        record_doc = _record_doc()
        for table, items in by_table.items():
            states = self._states(table, [rec for rec, _ in items])
            docs: dict[str, RecordDoc] = {}
            for rec, update in items:
                if rec not in docs:
                    docs[rec] = record_doc(self.desk.client_id, states.get(rec))
                docs[rec].apply(update)
            changed = self._store(table, list(docs.items()))
            touched += [(table, rec, doc) for rec, doc in changed]
            if changed:
                result.arrived[table] = len(changed)
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
        self.flush()
        state = self.fair.scalar("SELECT state FROM sync_records WHERE tbl=? AND rec_id=?",
                                 [table, rec])
        return _record_doc()(self.desk.client_id, state) if state is not None else None

    def held(self, table: str) -> list[tuple[str, str, dict[str, Any]]]:
        """The records of ``table`` a merge holds out of SQLite: (id, why, values). pycrdt
        is loaded only when there is one."""
        rows = [r for r in self.fair.db.execute(
            "SELECT tbl, rec_id, held, state FROM sync_records WHERE held != ''").fetchall()
            if r[0] == table]
        if not rows:
            return []
        record_doc, has_bytes = _record_doc(), shape(self.fair.db, table).has_bytes
        return [(rec, why, record_doc(0, state).values(has_bytes=has_bytes))
                for _t, rec, why, state in rows]

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
    record with a smaller id holds the same unique value. Rows are written a table at a
    time; only the tables a removal can reach are searched for rows it orphaned.
    """

    def __init__(self, engine: SyncEngine, tx: Tx) -> None:
        self.engine, self.tx, self.db = engine, tx, engine.fair.db
        self.gone: set[str] = set()  # tables that lost rows: their children may be orphans
        self._held: dict[str, set[str]] | None = None  # held before the table puts
        self._children: dict[str, set[str]] = defaultdict(set)
        for table in engine.tables:
            for _column, parent in shape(self.db, table).parents:
                self._children[parent].add(table)

    def run(self, touched: list[tuple[str, str, RecordDoc]]) -> None:
        puts: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        for table, rec, doc in touched:
            if doc.deleted:
                self._remove(table, rec, doc.deletion() or {})
            else:
                puts[table].append((rec, self._values(table, doc)))
        for table in self.engine.tables:
            if table in puts:
                self._put_table(table, puts[table])
        checks = set(puts) | self.gone
        while True:
            self._check_references(checks | self._descendants(self.gone))
            placed = {t for t, r, d in self._waiting()
                      if self._put(t, r, self._values(t, d), check_parents=True)}
            if not placed:
                return
            checks = placed

    def _descendants(self, tables: set[str]) -> set[str]:
        out, todo = set(), list(tables)
        while todo:
            for child in self._children.get(todo.pop(), ()):
                if child not in out:
                    out.add(child)
                    todo.append(child)
        return out

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
            self.gone.add(table)
            self._note(table, rec, ChangeAction.DELETE)
        if key == "id":
            self.db.execute("INSERT OR REPLACE INTO tombstones (id, entity, deleted_at, "
                            "deleted_by) VALUES (?,?,?,?)",
                            [rec, table, deletion.get("at", ""), deletion.get("by", "")])

    def _row(self, table: str, rec: str, values: dict[str, Any]) -> dict[str, Any]:
        row = {c: values[c] for c in shape(self.db, table).columns if c in values}
        row[pk(table)] = rec
        return row

    def _put_table(self, table: str, items: list[tuple[str, dict[str, Any]]]) -> None:
        """Write a table's merged records with one statement per column set; one by one
        (:meth:`_put`) when one of their unique values is taken or given twice."""
        s, key = shape(self.db, table), pk(table)
        rows = [self._row(table, rec, values) for rec, values in items]
        if s.uniques and not self._uniques_free(table, s.uniques, key, rows):
            for row in rows:
                self._put(table, row[key], row)
            return
        ids = [row[key] for row in rows]
        current = {r[key]: r for r in self.engine.fair.rows_in(
            f"SELECT * FROM [{table}] WHERE [{key}] IN (?...)", ids)}
        inserts: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
        updates: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
        for row in rows:
            old = current.get(row[key])
            if old is None:
                inserts[tuple(row)].append(list(row.values()))
                continue
            changed = tuple(c for c, v in row.items() if old.get(c) != v)
            if changed:  # only these columns: the table's other indexes stay untouched
                updates[changed].append([*(row[c] for c in changed), row[key]])
        conn = self.db.conn
        for cols, values in inserts.items():
            conn.executemany(self._upsert(table, key, cols), values)
        for cols, values in updates.items():
            sets = ", ".join(f"[{c}] = ?" for c in cols)
            conn.executemany(f"UPDATE [{table}] SET {sets} WHERE [{key}] = ?", values)
        held = self._held_in(table)
        conn.executemany("UPDATE sync_records SET held = '' WHERE tbl = ? AND rec_id = ?",
                         [(table, rec) for rec in ids if rec in held])
        if key == "id":
            conn.executemany("DELETE FROM tombstones WHERE id = ?", [(rec,) for rec in ids])
        for rec in ids:
            self._note(table, rec, ChangeAction.UPDATE if rec in current else ChangeAction.CREATE)

    def _held_in(self, table: str) -> set[str]:
        if self._held is None:
            self._held = defaultdict(set)
            for t, r in self.db.execute(
                    "SELECT tbl, rec_id FROM sync_records WHERE held != ''").fetchall():
                self._held[t].add(r)
        return self._held[table]

    @staticmethod
    def _upsert(table: str, key: str, cols: tuple[str, ...]) -> str:
        updates = ", ".join(f"[{c}]=excluded.[{c}]" for c in cols if c != key)
        listed = ", ".join(f"[{c}]" for c in cols)
        return (f"INSERT INTO [{table}] ({listed}) VALUES ({', '.join('?' * len(cols))}) "
                f"ON CONFLICT ([{key}]) DO UPDATE SET {updates}")

    def _uniques_free(self, table: str, uniques: tuple[tuple[str, ...], ...], key: str,
                      rows: list[dict[str, Any]]) -> bool:
        """True when no two of ``rows`` share a unique value and no other record holds
        one of them (then they can be written together)."""
        for cols in uniques:
            wanted: dict[tuple[Any, ...], Any] = {}
            for row in rows:
                value = tuple(row.get(c) for c in cols)
                if any(v is None for v in value):
                    continue
                if value in wanted:
                    return False
                wanted[value] = row[key]
            listed = ", ".join(f"[{c}]" for c in cols)
            for found in self.engine.fair.rows_in(
                    f"SELECT [{key}] AS k, {listed} FROM [{table}] WHERE [{cols[0]}] IN (?...)",
                    [v[0] for v in wanted]):
                value = tuple(found[c] for c in cols)
                if value in wanted and wanted[value] != found["k"]:
                    return False
        return True

    def _put(self, table: str, rec: str, values: dict[str, Any], *,
             check_parents: bool = False) -> bool:
        s = shape(self.db, table)
        key = pk(table)
        row = self._row(table, rec, values)
        if check_parents and not self._parents_present(s, row):
            self._hold(table, rec, HELD_PARENT)
            return False
        if not self._claim_uniques(table, s, key, row):
            if self.db.execute(f"DELETE FROM [{table}] WHERE [{key}] = ?", [rec]).rowcount:
                self.gone.add(table)
            self._hold(table, rec, HELD_UNIQUE)
            return False
        cols = tuple(row)
        existed = self.db.execute(f"SELECT 1 FROM [{table}] WHERE [{key}] = ?", [rec]).fetchone()
        self.db.execute(self._upsert(table, key, cols), [row[c] for c in cols])
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
                self.gone.add(table)
                self._hold(table, other, HELD_UNIQUE)
                self._note(table, other, ChangeAction.DELETE)
        return True

    def _check_references(self, tables: set[str]) -> None:
        """Rows whose parent is gone (deleted at another desk) leave SQLite, held."""
        todo = set(tables)
        while todo:
            table = todo.pop()
            key, removed = pk(table), False
            for _table, rowid, _parent, _fk in self.db.execute(
                    f"PRAGMA foreign_key_check([{table}])").fetchall():
                found = self.db.execute(f"SELECT [{key}] FROM [{table}] WHERE rowid = ?",
                                        [rowid]).fetchone()
                if found is None:
                    continue
                self.db.execute(f"DELETE FROM [{table}] WHERE rowid = ?", [rowid])
                self._hold(table, found[0], HELD_PARENT)
                self._note(table, found[0], ChangeAction.DELETE)
                removed = True
            if removed:
                self.gone.add(table)
                todo |= self._children.get(table, set())

    def _waiting(self) -> list[tuple[str, str, RecordDoc]]:
        """Live documents SQLite does not hold yet: the held ones (their parent or their
        number may be free now), and in the tables a removal reached, rows SQLite's
        cascades took away."""
        record_doc, client = _record_doc(), self.engine.desk.client_id
        out = [(t, r, record_doc(client, state)) for t, r, state in self.db.execute(
            "SELECT tbl, rec_id, state FROM sync_records WHERE held != '' AND deleted = 0 "
            "ORDER BY tbl, rec_id").fetchall()]
        seen = {(t, r) for t, r, _ in out}
        reached = self._descendants(self.gone)
        for table in self.engine.tables:
            if table not in reached:
                continue
            key = pk(table)
            for rec, state in self.db.execute(
                    f"SELECT rec_id, state FROM sync_records r WHERE tbl = ? AND deleted = 0 "
                    f"AND NOT EXISTS (SELECT 1 FROM [{table}] t WHERE t.[{key}] = r.rec_id)",
                    [table]).fetchall():
                if (table, rec) not in seen:
                    out.append((table, rec, record_doc(client, state)))
        return out


READ_CHUNK = 2000  # records read (and progress told) at a time


def read_whole(path: Path, progress: Callable[[int, int], None] | None = None) -> Batch:
    """The whole state as :meth:`SyncEngine.batch` gives it from no mark, read on a
    read-only connection of its own to ``path`` (any thread: the window seals it in a
    worker), in one read transaction, after :meth:`SyncEngine.prepare_whole`.

    The mark is the last change already in the documents: a change written since the
    flush (still pending) comes after it, so the next batch carries it."""
    import sqlite3

    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                           timeout=30, check_same_thread=True)
    try:
        conn.execute("BEGIN")  # one snapshot for the records, the audit rows and the mark
        first_pending = conn.execute(
            "SELECT min(seq) FROM sync_log WHERE pending IS NOT NULL").fetchone()[0]
        out = Batch()
        out.last_seq = (first_pending - 1 if first_pending is not None else
                        conn.execute("SELECT coalesce(max(seq), 0) FROM sync_log").fetchone()[0])
        total = conn.execute("SELECT count(*) FROM sync_records").fetchone()[0]
        cur = conn.execute("SELECT tbl, rec_id, state FROM sync_records")
        while chunk := cur.fetchmany(READ_CHUNK):
            out.records.extend((t, r, bytes(st)) for t, r, st in chunk)
            if progress is not None:
                progress(len(out.records), total)
        cur = conn.execute("SELECT rowid AS _rowid, * FROM audit_log ORDER BY rowid")
        names = [d[0] for d in cur.description][1:]
        rows = cur.fetchall()
        out.last_audit = rows[-1][0] if rows else 0
        out.audit = [dict(zip(names, r[1:], strict=True)) for r in rows]
        conn.rollback()
        return out
    finally:
        conn.close()
