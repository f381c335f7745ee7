"""A fair is worked on in SQLite's WAL mode, and only on a drive that can hold it.

WAL keeps its index in ``FILE-shm``, a file every connection to the fair maps into memory
(the window's quick check and the backups read the fair on connections of their own while
the desk writes). Every local disk's driver can hold it — Windows' FAT32, exFAT and NTFS,
Linux's kernel vfat and exfat. fusefat, the FAT driver in user space some Linux laptops
mount a stick with, cannot: it refuses to give a file a size (``ftruncate``), which SQLite
does to the -shm first (SQLITE_IOERR_SHMOPEN). A rollback journal does not make such a
drive safe to work on: there a rolled-back transaction left its journal unreadable, and a
fair written by SQLite page by page read back cut short (7 of 11 MB) while ``cp`` of the
same file was whole. So a fair on a drive that refuses the -shm is not opened for work,
nothing is changed, and the sentence says what to do; copies are still written there
(``fairfile.backup_copy``: in one pass, read back before they take their name).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from fairdesk.base.errors import FairFileError
from fairdesk.storage.connection import FairDb
from fairdesk.storage.sqlerrors import no_shared_memory as refuses_shared_memory

SIDE_ENDS = ("-wal", "-shm", "-journal")  # what SQLite may make beside a database file


def use_wal(db: FairDb, path: Path) -> None:
    """Put the fair at ``path`` in WAL. A file not yet in WAL (a new one, a copy) is switched
    only once a scratch file beside it showed the drive can hold the -shm, so the fair is
    never left marked for WAL where it cannot be opened. Raises FairFileError (nothing
    changed) on a drive that cannot hold it, sqlite3.Error for any other failure."""
    if _mode_of(db) != "wal" and not wal_works_in(path.parent):
        raise no_work_here(path)
    try:
        enter_wal(db)
    except sqlite3.OperationalError as exc:
        if refuses_shared_memory(exc):
            raise no_work_here(path) from exc
        raise


def enter_wal(db: FairDb) -> None:
    """Switch to WAL and open its index now (a read), so a drive that cannot hold the -shm
    fails here rather than at the first write. Raises sqlite3.Error."""
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _mode_of(db: FairDb) -> str:
    return str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def wal_works_in(folder: Path) -> bool:
    """True when a scratch database in ``folder`` can be written in WAL mode. Raises nothing;
    the scratch files are removed."""
    probe = folder / f".fairdesk-probe-{os.getpid()}.db"
    conn = None
    try:
        conn = sqlite3.connect(str(probe))
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE probe (x)")
        conn.commit()
        return True
    except sqlite3.Error as exc:
        return not refuses_shared_memory(exc)  # another failure is told by the fair's own
    finally:
        if conn is not None:
            conn.close()
        remove_with_side_files(probe)


def remove_with_side_files(path: Path) -> None:
    """Remove ``path`` and what SQLite made beside it, whichever of them exist."""
    for part in (path, *(path.with_name(path.name + end) for end in SIDE_ENDS)):
        with contextlib.suppress(OSError):
            part.unlink()


def remove_empty_side_files(path: Path) -> None:
    """Remove the empty -wal and -shm a refused attempt at WAL made beside ``path``; a -wal
    holding changes (a laptop unplugged) stays with its fair."""
    for end in ("-wal", "-shm"):
        side = path.with_name(path.name + end)
        with contextlib.suppress(OSError):
            if side.is_file() and side.stat().st_size == 0:
                side.unlink()


def no_work_here(path: Path) -> FairFileError:
    """The sentence for a fair on a drive that cannot hold WAL's -shm."""
    name = path.name
    return FairFileError(
        f"{name} 所在磁盘的文件系统无法建立 SQLite 的共享内存文件（-shm），投洽会不能在这个磁盘上使用，"
        f"文件未改动：请用文件管理器把 {name} 复制到本机硬盘，在那里打开使用，"
        "用完后用“文件 → 另存副本…”或 fairdesk copy 复制回 U 盘。",
        f"{name}: this drive's file system cannot hold SQLite's shared-memory file (-shm), "
        f"so a fair cannot be worked on there; nothing was changed. Copy {name} to this "
        "laptop's disk with the file manager, open it there, and take it back to the stick "
        "with File → Save a copy… or 'fairdesk copy'.")


def no_new_fair_here(name: str) -> FairFileError:
    """The sentence for a new fair on a drive that cannot hold WAL's -shm: none was made."""
    return FairFileError(
        f"无法在这个磁盘上新建 {name}：它的文件系统无法建立 SQLite 的共享内存文件（-shm），"
        "未留下任何文件。请在本机硬盘上新建，再用“文件 → 另存副本…”或 fairdesk copy 复制到 U 盘。",
        f"Cannot make {name} on this drive: its file system cannot hold SQLite's "
        "shared-memory file (-shm), and nothing was left there. Make it on this laptop's "
        "disk and take it to the stick with File → Save a copy… or 'fairdesk copy'.")
