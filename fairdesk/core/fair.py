"""The open fair: one SQLite file, the operator making changes, and transactions.

Every mutation goes through :meth:`Fair.transaction`: the writes, their audit
log rows and the :class:`Changes` they return happen together or not at all;
after commit, listeners (the window) hear about the changes once.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from fairdesk.base.errors import NotFoundError
from fairdesk.base.i18n import language
from fairdesk.core.changes import ChangeAction, Changes
from fairdesk.core.context import SYSTEM, Operator
from fairdesk.core.ids import new_id
from fairdesk.core.settings import BY_KEY
from fairdesk.core.timeutil import zone
from fairdesk.core.tx import Listener, Row, Tx
from fairdesk.storage import fairfile, sqlerrors
from fairdesk.storage.connection import FairDb

if TYPE_CHECKING:
    from fairdesk.core.agenda.service import AgendaService
    from fairdesk.core.guests.service import GuestService
    from fairdesk.core.reception.service import ReceptionService
    from fairdesk.core.security.service import SecurityService
    from fairdesk.core.signing.service import SigningService
    from fairdesk.core.sync.engine import SyncEngine

__all__ = ["Fair", "Listener", "Row", "Tx"]

IN_LIST = "(?...)"  # where :meth:`Fair.rows_in` puts its list of values
# Values per query: under 999, SQLite's limit on a statement's variables before 3.32,
# which older system libraries (and so some laptops' Python) still have.
IN_CHUNK = 900
BUSY_TIMEOUT_MS = fairfile.BUSY_TIMEOUT_MS


class Fair:
    """An open fair file. Not thread-safe: use it on the thread that opened it."""

    def __init__(self, db: FairDb, path: Path | None, operator: Operator = SYSTEM) -> None:
        self.db = db
        self.path = path
        self.operator = operator
        self._listeners: list[Listener] = []
        self._settings_cache: dict[str, Any] | None = None
        self._open_tx: Tx | None = None  # the outermost transaction block, while one runs
        self._cascades: dict[str, list[tuple[str, str]]] | None = None
        # The quick check a file opened to be written must pass before its first write:
        # "unchecked" until it has (see open(check_later=True)), "damaged" if it failed.
        self._check = "ok"
        self._sign_in_unrecorded = False  # sign_in(record_later=True) waits for the check

    # --- opening -------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, operator: Operator = SYSTEM, *,
               shown_as: Path | None = None, **settings: Any) -> Fair:
        """A new fair file. Raises FairFileError if it exists or cannot be written (named
        ``shown_as`` when it is built under a temporary name)."""
        fair = cls(fairfile.create_file(Path(path), shown_as=shown_as), Path(path), operator)
        fair._init_settings(settings)
        return fair

    @classmethod
    def open(cls, path: str | Path, operator: Operator = SYSTEM, *,
             check_later: bool = False) -> Fair:
        """Open an existing fair file. Raises FairFileError (missing, damaged, newer...).

        With ``check_later`` SQLite's quick check of the file (a few hundred ms on a big
        fair) is not run now: the caller runs :func:`fairfile.damage_found_at` elsewhere
        and reports with :meth:`checked`. Until then the first write runs the check
        itself, so a damaged file is still refused before anything is written.
        """
        fair = cls(fairfile.open_file(Path(path), check=not check_later), Path(path), operator)
        if check_later:
            fair._check = "unchecked"
        return fair

    @property
    def check_pending(self) -> bool:
        """True while the quick check of a fair opened with ``check_later`` has not run."""
        return self._check == "unchecked"

    def checked(self, damaged: bool) -> None:
        """The result of the quick check run elsewhere: a damaged fair refuses every write
        from now on (FairFileError); a sound one records the sign-in that waited for it."""
        if self._check != "unchecked":
            return
        self._check = "damaged" if damaged else "ok"
        if not damaged:
            self.record_sign_in()

    def _refuse_writes_if_damaged(self) -> None:
        """Before the outermost write block: run the quick check if it is still pending."""
        if self._check == "unchecked":
            try:
                damaged = fairfile.damage_found(self.db)
            except sqlite3.DatabaseError as exc:
                raise sqlerrors.file_error(self.path or "", exc) from exc
            self.checked(damaged)
        if self._check == "damaged":
            raise fairfile.damaged_error(self.path or Path("fair"))

    @classmethod
    def memory(cls, operator: Operator = SYSTEM, **settings: Any) -> Fair:
        """An in-memory fair, for tests."""
        db = FairDb(sqlite3.connect(":memory:"))
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
        if self._check == "unchecked":  # closed before its check came: check it now
            with contextlib.suppress(sqlite3.Error):
                self._check = "damaged" if fairfile.damage_found(self.db) else "ok"
        if self._check == "ok":  # a damaged (or unreadable) file is left as it was found
            self.checkpoint(truncate=True)
        self.db.close()

    def checkpoint(self, *, truncate: bool = False) -> bool:
        """Copy the committed pages of the -wal into the file, so the file alone holds them.

        Never waits for another connection (a desk reading the same file): what it cannot
        copy now stays in the -wal, where SQLite finds it, until the next checkpoint. With
        ``truncate`` the -wal is emptied too, when no one else is reading. True when the
        file alone holds every committed change.
        """
        if self.path is None:
            return True  # in memory: no file to hold anything
        if self.db.conn.in_transaction or self._check != "ok":
            return False  # nor into a file not yet checked, or damaged (it copies pages)
        conn = self.db.conn
        try:
            conn.execute("PRAGMA busy_timeout = 0")
            mode = "TRUNCATE" if truncate else "PASSIVE"
            busy, log, copied = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
            if busy and truncate:  # another reader: copy what can be copied, do not wait
                busy, log, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:  # a full disk, a read-only folder: the -wal still holds it all
            return False
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return not busy and log == copied

    def forget_cached(self) -> None:
        """Drop what was read and kept (settings, services' caches): the file's content
        was replaced (a restore)."""
        self._settings_cache = None
        for name in ("guests", "reception", "security", "signing", "agenda", "sync"):
            self.__dict__.pop(name, None)

    def save_copy(self, target: str | Path, *, new_desk: bool = False) -> None:
        """Write a consistent copy of the fair to ``target`` (a backup or a USB stick).

        With ``new_desk`` the copy is another desk of the same fair (its own desk and
        pycrdt client id, the same fair id), to exchange changes with this one."""
        prepare = None
        if new_desk:
            self.sync.flush()  # this desk's pending edits go into the documents as its own
            from fairdesk.core.sync.engine import new_desk as make_new_desk

            prepare = make_new_desk
        # made a new desk before it takes its name: a failure leaves no copy half made
        fairfile.backup_copy(self.db, Path(target), prepare)

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
        nested = self.db.conn.in_transaction
        if self._open_tx is None and not nested:
            self._refuse_writes_if_damaged()
        tx = Tx(self)
        outer = self._open_tx
        if outer is None:
            self._open_tx = tx
        try:
            with self._atomic(nested):
                yield tx
                if outer is None and not nested and not tx.merging:
                    self.sync.record(tx)  # inside the commit: no change escapes the engine
        finally:
            if outer is None:
                self._open_tx = None
        if outer is not None:
            outer.changes.extend(tx.changes)
            outer.bulk_rows.extend(tx.bulk_rows)
            return
        if not nested and tx.changes:
            if "fair_settings" in tx.changes.entities:
                self._settings_cache = None
            for listener in list(self._listeners):
                listener(tx.changes)

    @contextmanager
    def _atomic(self, nested: bool) -> Iterator[None]:
        """The outermost block begins IMMEDIATE: it takes the file's write lock before its
        first read, so what it read (already checked in? room free?) is still true when it
        writes, whichever other desk or process works on the same file. Inner blocks are
        savepoints."""
        if nested:
            with self.db.atomic():
                yield
            return
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.rollback()
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            conn.rollback()
            raise

    def cascades(self, table: str) -> list[tuple[str, str]]:
        """The (table, column) pairs whose rows SQLite deletes with a row of ``table``."""
        if self._cascades is None:
            found: dict[str, list[tuple[str, str]]] = {}
            for (child,) in self.db.execute(
                    "SELECT name FROM sqlite_master WHERE type='table'").fetchall():
                for fk in self.db.execute(f"PRAGMA foreign_key_list([{child}])").fetchall():
                    if fk[6].upper() == "CASCADE":
                        found.setdefault(fk[2], []).append((child, fk[3]))
            self._cascades = found
        return self._cascades.get(table, [])

    # --- reading ---------------------------------------------------------------------
    def rows(self, sql: str, params: list | tuple | dict = ()) -> list[Row]:
        cur = self.db.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def scalar(self, sql: str, params: list | tuple | dict = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    def rows_in(self, sql: str, values: Iterable[Any], params: Sequence[Any] = ()) -> list[Row]:
        """The rows of ``sql`` with each of ``values`` in its ``IN (?...)`` list.

        The values are deduplicated (the first of each kept) and sent in chunks under
        SQLite's variable limit, one query per chunk: the rows come chunk after chunk,
        each in the query's order, so key them by id where the caller's order matters.
        An aggregate (GROUP BY) counts per chunk. ``params`` fill the query's other ``?``
        marks, in order, on both sides of the list. No values: no query, no rows.
        Raises ValueError when ``sql`` has no ``(?...)``.
        """
        head, marker, tail = sql.partition(IN_LIST)
        if not marker:
            raise ValueError(f"rows_in needs {IN_LIST} in its query: {sql}")
        before = head.count("?")  # the params that go before the list (none in literals, then)
        wanted = list(dict.fromkeys(values))
        step = IN_CHUNK - len(params)
        found: list[Row] = []
        for start in range(0, len(wanted), step):
            chunk = wanted[start:start + step]
            found += self.rows(f"{head}({', '.join('?' * len(chunk))}){tail}",
                               [*params[:before], *chunk, *params[before:]])
        return found

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
        tx._audit("fair_settings", key, ChangeAction.UPDATE if before else ChangeAction.CREATE,
                  before[0] if before else None, {"key": key, "value": text})
        self._settings_cache = None

    def set_settings(self, **values: Any) -> Changes:
        """Change fair settings (keys with dots given as ``fair__name``).

        Raises PermissionDenied when roles are in force and the operator is not the committee.
        """
        from fairdesk.core import roles

        roles.require(self, roles.Action.SETTINGS)
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
    def guests(self) -> GuestService:
        # imported on first use: start-up loads only the services it needs
        from fairdesk.core.guests.service import GuestService
        return GuestService(self)

    @cached_property
    def reception(self) -> ReceptionService:
        from fairdesk.core.reception.service import ReceptionService
        return ReceptionService(self)

    @cached_property
    def security(self) -> SecurityService:
        from fairdesk.core.security.service import SecurityService
        return SecurityService(self)

    @cached_property
    def signing(self) -> SigningService:
        from fairdesk.core.signing.service import SigningService
        return SigningService(self)

    @cached_property
    def sync(self) -> SyncEngine:
        from fairdesk.core.sync.engine import SyncEngine
        return SyncEngine(self)

    @property
    def desk_id(self) -> str:
        """This copy's desk (a new one for each copy made to join the fair)."""
        return self.sync.desk.desk_id

    @cached_property
    def agenda(self) -> AgendaService:
        from fairdesk.core.agenda.service import AgendaService
        return AgendaService(self)

    def sign_in(self, operator: Operator, pin: str = "", *,
                record_later: bool = False) -> Changes:
        """Make ``operator`` the author of changes from now on, recorded in the operators table.

        The operator's role is taken only with its PIN when the committee set one.
        With ``record_later``, on a fair whose quick check is pending, the operators row is
        written once the check has passed (nothing is written to an unchecked file; the
        window opens without waiting for either). Raises PermissionDenied (a wrong PIN;
        the operator stays as before).
        """
        from fairdesk.core import roles

        roles.verify(self, operator, pin)
        self.operator = operator
        self._sign_in_unrecorded = True
        if record_later and self.check_pending:
            return Changes()
        return self.record_sign_in()

    def record_sign_in(self) -> Changes:
        """Write the signed-in operator to the operators table (once per sign-in)."""
        if not self._sign_in_unrecorded:
            return Changes()
        operator = self.operator
        role = operator.role_stamp
        with self.transaction() as tx:  # its start may run the pending check (and this)
            if not self._sign_in_unrecorded:
                return tx.changes
            found = self.rows("SELECT id FROM operators WHERE name=? AND desk=? AND laptop=?",
                              [operator.name, operator.desk, operator.laptop])
            if found:
                tx.update("operators", found[0]["id"], {"last_seen_at": tx.now, "role": role})
            else:
                tx.insert("operators", {"name": operator.name, "desk": operator.desk,
                                        "laptop": operator.laptop, "role": role,
                                        "last_seen_at": tx.now})
        self._sign_in_unrecorded = False
        return tx.changes
