"""Writing a file the user will open (a PDF, a workbook) so it is whole or absent.

The file is written under a hidden temporary name in the same folder and renamed to its
own name in one step once it is complete: a kill, a full disk or a cancel never leaves a
0-byte or half-written file under the name the user chose. The caller may do more before
the rename (the badge print log is recorded first, so a badge PDF that exists is valid at
the door).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fairdesk.base.errors import FairdeskError
from fairdesk.base.i18n import Text

PARTIAL = ".partial"


def partial_path(path: str | Path) -> Path:
    """The temporary name beside ``path`` (same folder, so the rename is atomic)."""
    path = Path(path)
    return path.with_name(f".{path.name}.{os.getpid()}{PARTIAL}")


def stale_partials(path: str | Path) -> list[Path]:
    """Temporary files a killed writer of ``path`` left behind."""
    path = Path(path)
    return sorted(path.parent.glob(f".{path.name}.*{PARTIAL}"))


def finish(partial: Path, path: str | Path) -> None:
    """Flush ``partial`` to the disk and give it its own name. Raises OSError."""
    with partial.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, path)


def discard(partial: Path) -> None:
    partial.unlink(missing_ok=True)


@contextmanager
def written(path: str | Path) -> Iterator[Path]:
    """Yield the temporary path to write; on success it becomes ``path``, on any error
    (or a cancel) it is removed. Leftovers of killed earlier attempts are removed first.
    """
    for old in stale_partials(path):
        discard(old)
    partial = partial_path(path)
    try:
        yield partial
        finish(partial, path)
    except OSError as exc:
        raise as_target(exc, partial, path) from None
    finally:
        discard(partial)


def as_target(exc: OSError, partial: Path, path: str | Path) -> OSError:
    """``exc`` naming the user's file, not the temporary one."""
    if exc.filename is None or Path(exc.filename) != partial:
        return exc
    return type(exc)(exc.errno, exc.strerror, str(path))


# The system's reason for a failed file operation, in both languages: strerror comes in
# the system's language (English on most laptops), which must not sit in a Chinese sentence.
_REASONS = {
    errno.ENOENT: ("文件或文件夹不存在", "no such file or folder"),
    errno.EACCES: ("没有权限", "permission denied"),
    errno.EPERM: ("不允许此操作", "operation not permitted"),
    errno.ENOSPC: ("磁盘已满", "the disk is full"),
    errno.EROFS: ("磁盘为只读", "the disk is read-only"),
    errno.EISDIR: ("这是一个文件夹", "it is a folder"),
    errno.ENOTDIR: ("路径中有一项不是文件夹", "a part of the path is not a folder"),
    errno.EEXIST: ("文件已存在", "the file already exists"),
    errno.EBUSY: ("文件正被占用", "the file is in use"),
    errno.ENAMETOOLONG: ("文件名太长", "the file name is too long"),
    errno.EDQUOT: ("磁盘配额已满", "the disk quota is full"),
}


def os_reason(exc: OSError) -> Text:
    """Why ``exc`` happened, as a short phrase in Chinese and English."""
    if exc.errno in _REASONS:
        return Text(*_REASONS[exc.errno])
    if getattr(exc, "winerror", None) == 32:  # noqa: PLR2004 - Windows: used by another process
        return Text("文件正被其他程序占用", "the file is used by another program")
    english = exc.strerror or type(exc).__name__
    return Text(f"系统错误 {exc.errno}" if exc.errno else "系统错误", english)


def write_error(path: str | Path, exc: OSError) -> FairdeskError:
    """The sentence for a file that could not be written."""
    reason = os_reason(exc)
    return FairdeskError(f"无法写入 {path}：{reason.zh}。", f"Cannot write {path}: {reason.en}.")
