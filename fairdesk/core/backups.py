"""Rolling backups of a fair: consistent copies (SQLite's backup API) kept in a folder.

Made every 10 minutes while a fair changes (the window's timer), and always before an
import, a schema upgrade and a restore. The newest ``backup.keep`` copies are kept, and
the newest of each earlier day. A restore first backs up the state it replaces, and
writes through SQLite into the open file, so no stale ``-wal``/``-shm`` is left beside it.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.base.errors import FairFileError
from fairdesk.core import roles
from fairdesk.core.changes import ChangeAction
from fairdesk.storage import fairfile

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

FOLDER = "fairdesk-backups"
REASONS = ("timer", "import", "upgrade", "restore", "manual", "merge", "bulk")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<at>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z]+)\.fair$")


@dataclass(frozen=True)
class Backup:
    path: Path
    at: datetime
    reason: str

    @property
    def day(self) -> str:
        return self.at.strftime("%Y-%m-%d")


_root: Path | None = None  # the laptop's data folder's backups, set by the window


def set_root(root: Path | None) -> None:
    """Keep backups under ``root`` (the window: the laptop's data folder) instead of a
    ``fairdesk-backups`` folder beside each fair."""
    global _root
    _root = root


def folder_for(fair_path: Path, root: Path | None = None) -> Path:
    """Where the backups of the fair at ``fair_path`` go."""
    return (root or _root or fair_path.parent / FOLDER) / fair_path.stem


def list_backups(fair_path: Path, root: Path | None = None) -> list[Backup]:
    """The fair's backups, newest first."""
    folder = folder_for(fair_path, root)
    found = []
    for path in folder.glob("*.fair") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match and match["stem"] == fair_path.stem:
            at = datetime.strptime(match["at"][:15], "%Y%m%d-%H%M%S")
            found.append(Backup(path, at, match["reason"]))
    return sorted(found, key=lambda b: (b.at, b.path.name), reverse=True)


def back_up(fair: Fair, reason: str, *, root: Path | None = None,
            now: datetime | None = None) -> Backup:
    """A consistent copy of the open fair now, then old copies pruned. Raises FairFileError."""
    if fair.path is None:
        raise FairFileError("内存中的投洽会没有备份。", "A fair in memory has no backups.")
    target, at = _target(fair.path, reason, root, now)
    fair.save_copy(target)
    prune(fair.path, keep=keep_of(fair), root=root)
    return Backup(target, at, reason)


def keep_of(fair: Fair) -> int:
    return int(fair.setting("backup.keep") or 20)


def back_up_file(fair_path: Path, reason: str, *, keep: int, root: Path | None = None) -> Backup:
    """:func:`back_up` through a connection of its own, for a worker thread: in WAL mode a
    reader never blocks the desk's writes, so a check-in does not wait for the backup.
    Raises FairFileError, sqlite3.Error, OSError."""
    target, at = _target(fair_path, reason, root, None)
    db = fairfile.open_file(fair_path, upgrade=False)
    try:
        fairfile.backup_copy(db, target)
    finally:
        db.close()
    prune(fair_path, keep=keep, root=root)
    return Backup(target, at, reason)


def _target(fair_path: Path, reason: str, root: Path | None,
            now: datetime | None) -> tuple[Path, datetime]:
    folder = folder_for(fair_path, root)
    folder.mkdir(parents=True, exist_ok=True)
    at = now or datetime.now()
    target = folder / f"{fair_path.stem}-{at:%Y%m%d-%H%M%S}-{reason}.fair"
    n = 1
    while target.exists():
        target = folder / f"{fair_path.stem}-{at:%Y%m%d-%H%M%S}-{n}-{reason}.fair"
        n += 1
    return target, at


def prune(fair_path: Path, *, keep: int, root: Path | None = None) -> list[Path]:
    """Remove all but the newest ``keep`` backups and the newest of each day; returns the
    removed files."""
    backups = list_backups(fair_path, root)
    kept = {b.path for b in backups[:keep]}
    days: set[str] = set()
    for b in backups:  # newest first: the first seen of a day is its newest
        if b.day not in days:
            days.add(b.day)
            kept.add(b.path)
    removed = [b.path for b in backups if b.path not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def restore(fair: Fair, backup: Path, *, root: Path | None = None) -> Backup:
    """Replace the open fair's content by ``backup``'s, after backing up the current state.

    Returns the backup of the state replaced. Raises FairFileError when ``backup`` is not a
    sound fair file (nothing is changed then), PermissionDenied (roles in force and not the
    committee).
    """
    roles.require(fair, roles.Action.RESTORE)
    source = fairfile.open_file(Path(backup), upgrade=False)
    try:
        problems = fairfile.check_file(source)
        if problems:
            raise FairFileError(f"备份 {Path(backup).name} 有问题，未恢复：{problems[0]}",
                                f"The backup {Path(backup).name} is not sound; nothing "
                                f"restored: {problems[0]}")
        before = back_up(fair, "restore", root=root)
        try:
            source.conn.backup(fair.db.conn)  # through SQLite: the -wal stays consistent
        except sqlite3.Error as exc:
            raise FairFileError(f"恢复失败，当前数据已备份在 {before.path}。",
                                f"The restore failed; the current data is backed up in "
                                f"{before.path}.") from exc
    finally:
        source.close()
    fair.db.execute("PRAGMA journal_mode = WAL")
    from fairdesk.core.sync.engine import new_client

    with fair.db.conn:
        new_client(fair.db)
    fair.forget_cached()
    with fair.transaction() as tx:  # the restored log says who restored it, and from what
        tx.audit_only("fair_settings", Path(backup).name, ChangeAction.RESTORE,
                      {"backup": Path(backup).name, "replaced": before.path.name})
    fair.checkpoint(truncate=True)
    return before
