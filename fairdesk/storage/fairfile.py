"""Opening, creating and checking a fair file.

A fair file is SQLite with WAL and foreign keys on, marked with our
``application_id``, its schema built by :mod:`fairdesk.storage.schema`.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from fairdesk.core.errors import FairFileError
from fairdesk.storage.schema import MIGRATION_SET, migrations

APPLICATION_ID = 0x46414952  # "FAIR"
SUFFIX = ".fair"


def _connect(path: Path) -> Database:
    conn = sqlite3.connect(str(path), timeout=10, check_same_thread=True)
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _known_names() -> list[str]:
    return [m.name for m in migrations._migrations]  # noqa: SLF001 - sqlite-utils has no public list


def applied_names(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def create_file(path: Path) -> Database:
    """Create a new, empty fair file. Raises FairFileError if ``path`` exists."""
    path = Path(path)
    if path.exists():
        raise FairFileError(f"文件已存在：{path}", f"The file already exists: {path}")
    try:
        db = _connect(path)
    except sqlite3.Error as exc:
        raise FairFileError(f"无法创建文件 {path}：{exc}", f"Cannot create {path}: {exc}") from exc
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA journal_mode = WAL")
    migrations.apply(db)
    return db


def open_file(path: Path, *, upgrade: bool = True) -> Database:
    """Open an existing fair file, upgrading an older schema (after a backup copy).

    Raises FairFileError for a missing, damaged, foreign or newer file.
    """
    path = Path(path)
    if not path.is_file():
        raise FairFileError(f"找不到文件：{path}", f"No such file: {path}")
    try:
        db = _connect(path)
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = set(db.table_names())
    except sqlite3.DatabaseError as exc:
        raise FairFileError(
            f"{path.name} 不是投洽会文件，或文件已损坏。",
            f"{path.name} is not a fair file, or it is damaged.",
        ) from exc
    if app_id != APPLICATION_ID or "_sqlite_migrations" not in tables:
        db.close()
        raise FairFileError(
            f"{path.name} 不是 fairdesk 投洽会文件。", f"{path.name} is not a fairdesk fair file."
        )
    try:
        applied = applied_names(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise FairFileError(f"{path.name} 已损坏。", f"{path.name} is damaged.") from exc
    unknown = [name for name in applied if name not in _known_names()]
    if unknown:
        db.close()
        raise FairFileError(
            f"{path.name} 由更新版本的 fairdesk 写入，请升级 fairdesk 后再打开。",
            f"{path.name} was written by a newer fairdesk; update fairdesk to open it.",
        )
    if migrations.pending(db):
        if not upgrade:
            db.close()
            raise FairFileError(
                f"{path.name} 需要升级数据格式。", f"{path.name} needs its schema upgraded."
            )
        _backup_before_upgrade(db, path, applied)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            migrations.apply(db)
        except sqlite3.Error as exc:
            db.close()
            raise FairFileError(
                f"升级 {path.name} 失败，文件未改动：{exc}",
                f"Upgrading {path.name} failed; the file is unchanged: {exc}",
            ) from exc
    try:
        db.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:
        db.close()
        raise FairFileError(
            f"{path.name} 无法写入（只读或被占用）。",
            f"{path.name} cannot be written (read-only or in use).",
        ) from exc
    return db


def _backup_before_upgrade(db: Database, path: Path, applied: list[str]) -> Path:
    last = applied[-1] if applied else "empty"
    target = path.with_name(f"{path.name}.before-{last}.bak")
    backup_copy(db, target)
    return target


def backup_copy(db: Database, target: Path) -> None:
    """A consistent copy of the open file (SQLite online backup), safe while in use."""
    target = Path(target)
    tmp = target.with_name(target.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    dest = sqlite3.connect(str(tmp))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    shutil.move(str(tmp), str(target))


def check_file(db: Database) -> list[str]:
    """Problems found in an open fair file, as sentences; empty if all is well."""
    problems: list[str] = []
    result = db.execute("PRAGMA integrity_check").fetchall()
    if [r[0] for r in result] != ["ok"]:
        problems += [f"integrity: {r[0]}" for r in result[:10]]
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall()[:20]:
        problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        problems.append(f"schema: migrations not applied: {', '.join(pending)}")
    return problems


__all__ = [
    "APPLICATION_ID", "MIGRATION_SET", "SUFFIX", "applied_names", "backup_copy",
    "check_file", "create_file", "open_file",
]
