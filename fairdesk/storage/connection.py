"""The open fair file's connection: bare sqlite3, with sqlite-utils only when asked.

Everything that reads or writes a fair goes through ``execute`` and ``atomic``
here. sqlite-utils (with click, dateutil and pluggy behind it: about a quarter of
the window's start-up imports) is imported only by :meth:`FairDb.utils`, which the
schema's migrations and the schema check use; opening an up-to-date fair and
working in it never need it.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


class FairDb:
    """A sqlite3 connection with the few helpers the fair needs."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Database | None = None
        self._savepoints = itertools.count(1)

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
                ) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]

    @contextmanager
    def atomic(self) -> Iterator[FairDb]:
        """A transaction, or a savepoint inside an open one (as sqlite-utils' ``atomic``)."""
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"fairdesk_{next(self._savepoints)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # an error may already have ended it all
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            conn.rollback()
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            conn.rollback()
            raise

    def utils(self) -> Database:
        """The same connection as a sqlite-utils Database (imported on first use)."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn, execute_plugins=False)
        return self._utils

    def close(self) -> None:
        self.conn.close()


def utils_of(db: FairDb | Database) -> Database:
    """A sqlite-utils Database for either kind of handle (tests pass their own)."""
    return db.utils() if isinstance(db, FairDb) else db
