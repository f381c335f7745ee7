"""SQLite's failures as our sentences: its own English never reaches the user.

Classified by SQLite's primary result code (Python 3.11's ``sqlite_errorcode``), so the
reason is the same whatever words the library version uses.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fairdesk.base.errors import FairFileError
from fairdesk.base.i18n import Text

BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB = 5, 6, 8, 10, 11, 13, 14, 26

IN_USE = Text("文件正被另一个程序或报到台占用，请稍后再试",
              "the file is in use by another program or desk; try again in a moment")
READ_ONLY = Text("文件或其所在文件夹是只读的（U 盘写保护？），无法写入",
                 "the file or its folder is read-only (a write-protected stick?)")
_REASONS = {
    BUSY: IN_USE,
    LOCKED: IN_USE,
    READONLY: READ_ONLY,
    IOERR: Text("读写磁盘出错（U 盘被拔出？）", "the disk could not be read or written (a stick removed?)"),
    CORRUPT: Text("文件已损坏", "the file is damaged"),
    NOTADB: Text("不是投洽会文件，或文件已损坏", "it is not a fair file, or it is damaged"),
    FULL: Text("磁盘已满", "the disk is full"),
    CANTOPEN: Text("无法打开（文件夹不存在或没有权限）",
                   "it cannot be opened (the folder is missing, or no permission)"),
}


# An error raised without a result code (by a wrapper, or made in a test) by its words.
_BY_WORDS = (("locked", BUSY), ("readonly", READONLY), ("malformed", CORRUPT),
             ("not a database", NOTADB), ("disk is full", FULL), ("unable to open", CANTOPEN),
             ("disk i/o", IOERR))


def code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of ``exc`` (extended codes folded), None if unknown."""
    value = getattr(exc, "sqlite_errorcode", None)
    if value is not None:
        return value & 0xFF
    words = str(exc).lower()
    return next((found for text, found in _BY_WORDS if text in words), None)


# SQLITE_IOERR_SHMOPEN, _SHMSIZE, _SHMLOCK, _SHMMAP: a sound drive whose file system cannot
# hold WAL's shared-memory file (fusefat), not a stick pulled out.
SHM_CODES = frozenset({4618, 4874, 5130, 5386})
NO_SHARED_MEMORY = Text(
    "这个磁盘的文件系统无法建立 SQLite 的共享内存文件（-shm）：请把文件复制到本机硬盘再打开",
    "this drive's file system cannot hold SQLite's shared-memory file (-shm): copy the file "
    "to this laptop's disk and open it there")


def no_shared_memory(exc: BaseException) -> bool:
    """True for SQLite's error when the drive cannot hold the WAL's -shm file."""
    return getattr(exc, "sqlite_errorcode", None) in SHM_CODES


def reason(exc: sqlite3.Error) -> Text:
    """Why SQLite failed, as a phrase in both languages."""
    if no_shared_memory(exc):
        return NO_SHARED_MEMORY
    found = _REASONS.get(code(exc) or -1)
    if found is not None:
        return found
    return Text(f"数据文件出错（SQLite 错误 {code(exc) or '-'}）",
                f"a data file error (SQLite error {code(exc) or '-'})")


def file_error(path: str | Path, exc: sqlite3.Error) -> FairFileError:
    """The sentence for ``exc`` met while working on the fair file at ``path``."""
    name = Path(path).name
    why = reason(exc)
    return FairFileError(f"{name}：{why.zh}。", f"{name}: {why.en}.")


def is_in_use(exc: sqlite3.Error) -> bool:
    return code(exc) in (BUSY, LOCKED)


def is_read_only(exc: sqlite3.Error) -> bool:
    return code(exc) == READONLY
