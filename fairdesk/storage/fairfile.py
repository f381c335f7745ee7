"""Opening, creating and checking a fair file.

A fair file is SQLite with WAL and foreign keys on, marked with our
``application_id``, its schema built by :mod:`fairdesk.storage.schema`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from fairdesk.base.errors import FairFileError
from fairdesk.base.files import os_reason
from fairdesk.base.i18n import Text, t
from fairdesk.storage import journal, sqlerrors
from fairdesk.storage.connection import FairDb
from fairdesk.storage.schema import MIGRATION_SET, migrations

APPLICATION_ID = 0x46414952  # "FAIR"
SUFFIX = ".fair"
SQLITE_MAGIC = b"SQLite format 3\x00"
# 16 KiB pages for new files (SQLite's default is 4 KiB). Guest rows are wide (40-odd
# columns) and their audit rows carry a JSON after-image of about 1 KB, so bigger pages
# mean fewer b-tree pages, splits and WAL frames (each frame is checksummed) per row:
# writing a 10,000-guest import costs about a third less CPU (bench_guests). A desk's
# small transactions stay well under a millisecond. Files made before keep their size.
PAGE_SIZE = 16384


# How long a write waits for another desk's write on the same file (they are short).
BUSY_TIMEOUT_MS = 10_000


def _connect(path: Path) -> FairDb:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    db = FairDb(conn)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _known_names() -> list[str]:
    return migrations.names()


def applied_names(db: FairDb) -> list[str]:
    return migrations.applied_names(db)


def create_file(path: Path, *, shown_as: Path | None = None) -> FairDb:
    """Create a new, empty fair file. Raises FairFileError if ``path`` exists or cannot be
    made; a failed attempt leaves no file behind. Sentences name ``shown_as`` (the user's
    name for a file built under a temporary one) when given."""
    path = Path(path)
    shown = Path(shown_as or path)
    if path.exists() or path.is_symlink():
        raise FairFileError(f"文件已存在：{shown}", f"The file already exists: {shown}")
    if not path.parent.is_dir():
        raise FairFileError(f"文件夹不存在：{path.parent}", f"No such folder: {path.parent}")
    db: FairDb | None = None
    try:
        db = _connect(path)
        db.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # before WAL and the first table
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        journal.use_wal(db, path)
        with db.atomic():  # a kill half-way leaves an empty file, never half a schema
            migrations.apply(db)
    except FairFileError:
        _discard_new(db, path)
        raise journal.no_new_fair_here(shown.name) from None
    except sqlite3.Error as exc:
        _discard_new(db, path)
        why = _create_reason(exc, path, shown)
        raise FairFileError(f"无法创建文件 {shown}：{why.zh}。",
                            f"Cannot create {shown}: {why.en}.") from exc
    return db


def _discard_new(db: FairDb | None, path: Path) -> None:
    """Close and remove a file :func:`create_file` began, with what SQLite made beside it."""
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.close()
    journal.remove_with_side_files(path)


def _create_reason(exc: sqlite3.Error, path: Path, shown: Path) -> Text:
    """Why a new file could not be made. A drive that refuses the name itself (fusefat takes
    no Chinese characters) while a plain name can be made beside it is told apart."""
    if sqlerrors.code(exc) == sqlerrors.CANTOPEN and _plain_name_works(path.parent):
        return _name_refused(shown)
    return sqlerrors.reason(exc)


def _name_refused(shown: Path) -> Text:
    return Text(f"这个磁盘不接受文件名“{shown.name}”，请改用英文字母和数字命名",
                f"this drive does not take the name '{shown.name}'; use a name of "
                "Latin letters and digits")


def _plain_name_works(folder: Path) -> bool:
    probe = folder / f"fairdesk-probe-{os.getpid()}.tmp"
    try:
        probe.touch(exist_ok=False)
    except OSError:
        return False
    with contextlib.suppress(OSError):
        probe.unlink()
    return True


def open_file(path: Path, *, upgrade: bool = True, check: bool = True) -> FairDb:
    """Open an existing fair file, upgrading an older schema (after a backup copy).

    With ``upgrade=False`` the file is only looked at: an older schema is left
    as it is and the journal mode is not touched (``fairdesk check``). With
    ``check=False`` the quick check of a file opened to be written is left to the caller,
    who must run :func:`damage_found` before its first write (the window does it in the
    background after its first paint); a file that needs an upgrade is checked here all
    the same, since the upgrade writes. Raises FairFileError for a missing, damaged,
    foreign or newer file.
    """
    path = Path(path)
    _refuse_other_kinds(path)
    _sniff(path)
    db = None
    try:
        db = _connect(path)
        app_id, tables = _first_look(db)
    except sqlite3.DatabaseError as exc:
        if db is not None and journal.refuses_shared_memory(exc):  # a WAL fair, copied
            db.close()                                     # to a drive that cannot hold it
            journal.remove_empty_side_files(path)
            raise journal.no_work_here(path) from exc
        if sqlerrors.code(exc) not in (sqlerrors.CORRUPT, sqlerrors.NOTADB, None):
            raise sqlerrors.file_error(path, exc) from exc  # in use, read-only, unreadable
        raise FairFileError(
            f"{path.name} 不是投洽会文件，或文件已损坏。" + _aside_zh(path),
            f"{path.name} is not a fair file, or it is damaged." + _aside_en(path),
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
        raise FairFileError(f"{path.name} 已损坏。" + _aside_zh(path),
                            f"{path.name} is damaged." + _aside_en(path)) from exc
    pending = bool(migrations.pending(db)) if upgrade else False
    if upgrade and (check or pending):  # to be written to: a damaged file is refused,
        _refuse_damaged(db, path)       # not written (``check`` looks)
    unknown = [name for name in applied if name not in _known_names()]
    if unknown:
        db.close()
        raise FairFileError(
            f"{path.name} 由更新版本的 fairdesk 写入，请升级 fairdesk 后再打开。",
            f"{path.name} was written by a newer fairdesk; update fairdesk to open it.",
        )
    if pending:
        _backup_before_upgrade(db, path, applied)
        try:
            journal.use_wal(db, path)
            with db.atomic():  # every pending migration, or (on an error) none of them
                migrations.apply(db)
        except FairFileError:
            db.close()
            raise
        except sqlite3.Error as exc:
            db.close()
            why = sqlerrors.reason(exc)
            raise FairFileError(
                f"升级 {path.name} 失败，文件未改动：{why.zh}。",
                f"Upgrading {path.name} failed; the file is unchanged: {why.en}.",
            ) from exc
    if not upgrade:
        return db
    try:
        journal.use_wal(db, path)
    except FairFileError:
        db.close()
        raise
    except sqlite3.OperationalError as exc:
        db.close()
        raise sqlerrors.file_error(path, exc) from exc
    return db


def _first_look(db: FairDb) -> tuple[int, set[str]]:
    return db.execute("PRAGMA application_id").fetchone()[0], set(db.table_names())


def _refuse_damaged(db: FairDb, path: Path) -> None:
    """Raise FairFileError when SQLite's quick check finds the file's structure damaged
    (a page of random bytes): writing there would hide the damage under new changes."""
    try:
        damaged = damage_found(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise sqlerrors.file_error(path, exc) from exc
    if damaged:
        db.close()
        raise damaged_error(path)


def damage_found(db: FairDb) -> bool:
    """True when SQLite's quick check finds the file's structure damaged. Only reads.

    Raises sqlite3.DatabaseError when the file cannot be read at all (in use, unreadable).
    """
    try:
        found = [r[0] for r in db.execute("PRAGMA quick_check(3)").fetchall()]
    except sqlite3.DatabaseError as exc:
        if sqlerrors.code(exc) not in (sqlerrors.CORRUPT, sqlerrors.NOTADB, None):
            raise
        return True
    return found != ["ok"]


def damage_found_at(path: Path) -> bool:
    """:func:`damage_found` on a read-only connection of its own to the file at ``path``,
    so it can run in another thread while the fair stays open on its own thread.
    Raises sqlite3.DatabaseError when the file cannot be read."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    try:
        return damage_found(FairDb(conn))
    finally:
        conn.close()


def damaged_error(path: Path) -> FairFileError:
    """The sentence for a file the quick check found damaged: nothing was written."""
    return FairFileError(
        f"{path.name} 已损坏，未做任何改动：请运行 fairdesk check {path.name} 查看，"
        "或从备份恢复（fairdesk backups / fairdesk restore）。",
        f"{path.name} is damaged; nothing was changed. Run 'fairdesk check {path.name}' to "
        "see what is wrong, or restore a backup ('fairdesk backups' / 'fairdesk restore').")


def _refuse_other_kinds(path: Path) -> None:
    """A sentence for what is not a plain file: missing, a folder, a pipe or a device
    (a symlink to /dev/null). Never opens it (a pipe would block)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise FairFileError(f"找不到文件：{path}", f"No such file: {path}") from None
    except OSError as exc:
        why = os_reason(exc)
        raise FairFileError(f"无法读取 {path}：{why.zh}。",
                            f"Cannot read {path}: {why.en}.") from exc
    if stat.S_ISDIR(mode):
        raise FairFileError(f"{path} 是一个文件夹，不是投洽会文件。",
                            f"{path} is a folder, not a fair file.")
    if not stat.S_ISREG(mode):
        raise FairFileError(f"{path} 不是普通文件（是设备或管道），不是投洽会文件。",
                            f"{path} is not a plain file (a device or a pipe), not a fair file.")


def _sniff(path: Path) -> None:
    """Refuse, in a sentence of its own, a file that cannot be a sound fair file.

    Raises FairFileError for an empty file, a text file, a file that is not
    SQLite at all, and a SQLite file shorter than its header says (cut short).
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
        size = path.stat().st_size
    except OSError as exc:
        why = os_reason(exc)
        raise FairFileError(f"无法读取 {path.name}：{why.zh}。",
                            f"Cannot read {path.name}: {why.en}.") from exc
    if size == 0:
        raise FairFileError(f"{path.name} 是空文件，不是投洽会文件。",
                            f"{path.name} is empty, not a fair file.")
    if not head.startswith(SQLITE_MAGIC):
        if _looks_like_text(head):
            raise FairFileError(f"{path.name} 是文本文件，不是投洽会文件。",
                                f"{path.name} is a text file, not a fair file.")
        raise FairFileError(f"{path.name} 不是投洽会文件（无法识别的内容）。",
                            f"{path.name} is not a fair file (its content is not a database).")
    if size < 100 or size < _header_size(head) and not _has_wal(path):
        # With a -wal beside it, a file shorter than its header is what a kill or a full
        # disk during a checkpoint leaves: SQLite finishes the copy from the -wal.
        raise FairFileError(
            f"{path.name} 已损坏：文件不完整（可能复制中断），请使用备份。" + _aside_zh(path),
            f"{path.name} is damaged: the file is cut short (an interrupted copy?); "
            "use a backup." + _aside_en(path))


def companions(path: Path) -> list[Path]:
    """The ``-wal`` and ``-shm`` files beside ``path`` that exist: part of the fair."""
    return [p for p in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
            if p.exists()]


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 32  # a header and at least part of a frame
    except OSError:
        return False


def _aside_zh(path: Path) -> str:
    """Never copy a backup over a file with a -wal/-shm beside it: SQLite would replay the
    old -wal into the backup and break it."""
    if not companions(path):
        return ""
    return f"先把 {path.name} 和旁边的 -wal、-shm 文件一起移到别处，再放入备份。"


def _aside_en(path: Path) -> str:
    if not companions(path):
        return ""
    return (f" First move {path.name} together with the -wal and -shm files beside it "
            "somewhere else, then put the backup in its place.")


def _looks_like_text(head: bytes) -> bool:
    """True for bytes that read as UTF-8 or GB18030 text without control characters."""
    for encoding in ("utf-8", "gb18030"):
        # the 512-byte cut may split a character: drop up to 3 trailing bytes
        for cut in range(4):
            try:
                text = head[: len(head) - cut].decode(encoding)
            except UnicodeDecodeError:
                continue
            return not any(ord(c) < 32 and c not in "\t\n\r\f\v" or c == "\x7f"
                           for c in text)
    return False


def _header_size(head: bytes) -> int:
    """The file size the SQLite header promises: page size times page count."""
    if len(head) < 32:
        return 1 << 62
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return page_size * int.from_bytes(head[28:32], "big")


def _backup_before_upgrade(db: FairDb, path: Path, applied: list[str]) -> Path:
    last = applied[-1] if applied else "empty"
    target = path.with_name(f"{path.name}.before-{last}.bak")
    backup_copy(db, target)
    return target


def backup_copy(db: FairDb, target: Path,
                prepare: Callable[[sqlite3.Connection], object] | None = None) -> None:
    """A consistent copy of the open file (SQLite online backup), safe while in use.

    The copy is whole in one file (no -wal), written under a temporary name, changed by
    ``prepare`` (given its connection) if given, read back (SQLite's quick check on the
    drive it was written to) and renamed; on any failure the temporary file and what SQLite
    made beside it are removed. Raises FairFileError when ``target`` has a -wal or -shm
    beside it (a fair in use, or not closed cleanly: SQLite would replay that -wal into the
    copy) or when the copy does not read back sound; sqlite3.Error or OSError when it
    cannot be written.
    """
    target = Path(target)
    if companions(target):
        raise FairFileError(
            f"{target.name} 旁边有 -wal/-shm 文件（正在使用或未正常关闭），不能覆盖，请换一个文件名。",
            f"{target.name} has -wal/-shm files beside it (in use, or not closed cleanly); "
            "it cannot be replaced: choose another name.")
    tmp = target.with_name(target.name + ".tmp")
    journal.remove_with_side_files(tmp)  # a killed copy's
    staged = _staging_for(db, target)
    try:
        try:
            _write_copy(db, staged or tmp, prepare)
            if staged is not None:
                _stream(staged, tmp)
        except (OSError, sqlite3.Error) as exc:
            _refuse_a_refused_name(exc, tmp, target)
            raise
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        _read_back(tmp, target)
        os.replace(tmp, target)
    except BaseException:
        journal.remove_with_side_files(tmp)
        raise
    finally:
        if staged is not None:
            journal.remove_with_side_files(staged)


def _write_copy(db: FairDb, tmp: Path,
                prepare: Callable[[sqlite3.Connection], object] | None) -> None:
    dest = sqlite3.connect(str(tmp))
    try:
        # The copy is this process's alone: with an exclusive lock SQLite needs no -shm
        # when the copied header says WAL, so the copy is made on a drive that cannot hold
        # one (fusefat) too; it is switched to one file in the rollback journal.
        dest.execute("PRAGMA locking_mode = EXCLUSIVE")
        db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one file; WAL again when opened
        if prepare is not None:
            with dest:
                prepare(dest)
    finally:
        dest.close()


def _staging_for(db: FairDb, target: Path) -> Path | None:
    """Where a copy to another drive (a stick) is made first: the laptop's temporary
    folder, when the target is on neither the fair's own drive (SQLite writes there, as
    the desk does) nor that folder's. From there it is written to the stick in one pass, as
    a file manager copies, not page by page: fusefat loses pages SQLite writes there (a copy
    read back cut short) but keeps a file written in one pass. A backup beside the fair is
    written directly, never twice (a /tmp in memory would also hold it whole meanwhile)."""
    temp = Path(tempfile.gettempdir())
    try:
        drive = target.parent.stat().st_dev
        if drive in (temp.stat().st_dev, _drive_of(db)):
            return None
    except OSError:
        return None
    return temp / f"fairdesk-copy-{os.getpid()}-{id(target):x}.fair"


def _drive_of(db: FairDb) -> int | None:
    """The device of the open fair's file (None for a database in memory)."""
    name = next((row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main"), "")
    return Path(name).stat().st_dev if name else None


def _refuse_a_refused_name(exc: OSError | sqlite3.Error, tmp: Path, target: Path) -> None:
    """Raise FairFileError when ``tmp`` could not even be made while a plain name can be
    made beside it: the drive refuses the name (fusefat takes no Chinese characters)."""
    cannot_make = (isinstance(exc, sqlite3.Error) and sqlerrors.code(exc) == sqlerrors.CANTOPEN
                   or isinstance(exc, OSError) and exc.errno in (errno.EPERM, errno.EINVAL))
    if cannot_make and not tmp.exists() and _plain_name_works(tmp.parent):
        why = _name_refused(target)
        raise FairFileError(f"无法写入 {target}：{why.zh}。",
                            f"Cannot write {target}: {why.en}.") from exc


def _stream(source: Path, tmp: Path) -> None:
    with source.open("rb") as src, tmp.open("xb") as out:
        shutil.copyfileobj(src, out, 1 << 20)


def _read_back(tmp: Path, target: Path) -> None:
    """Raise FairFileError unless the copy on its drive reads back whole and sound."""
    conn = sqlite3.connect(f"{tmp.resolve().as_uri()}?mode=ro", uri=True)
    try:
        damaged = damage_found(FairDb(conn))
    except sqlite3.DatabaseError:
        damaged = True
    finally:
        conn.close()
    if damaged:
        raise FairFileError(
            f"写到 {target} 的副本读回时不完整（这个磁盘丢失了写入的数据），已删除，未留下任何文件："
            "请换一个 U 盘，或把它格式化为 exFAT 后再试。",
            f"The copy written to {target} did not read back whole (this drive lost what "
            "was written to it); it was removed and nothing is left there. Use another "
            "stick, or format this one as exFAT, and try again.")


def data_size(db: FairDb) -> int:
    """The fair's size in bytes: its pages, wherever they are (file or -wal)."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    return pages * db.execute("PRAGMA page_size").fetchone()[0]


def check_file(db: FairDb) -> list[str]:
    """Problems found in an open fair file, as sentences; empty if all is well.

    Looks at SQLite's integrity check, foreign keys, the application id, and
    the tables and columns against the schema the applied migrations build.
    An older schema is not a problem (opening the file upgrades it).
    """
    problems: list[str] = []
    result = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        problems += [t("完整性：{r}", "Integrity: {r}", r=r) for r in result[:10]]
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall()[:20]:
        problems.append(t("外键：{tb} 第 {row} 行指向不存在的 {p} 记录。",
                          "Foreign key: {tb} row {row} points to a missing {p} record.",
                          tb=table, row=rowid, p=parent))
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        problems.append(t("文件标识不是 fairdesk。", "The file is not marked as a fairdesk file."))
    return problems + unreadable_tables(db) + schema_problems(db)


def unreadable_tables(db: FairDb) -> list[str]:
    """Tables with a record that cannot be read back: a flipped byte inside a text breaks
    its UTF-8 (SQLite's integrity check does not look inside values), and every export
    or list that reaches that record would fail."""
    problems = []
    for table in db.table_names():
        try:
            cursor = db.conn.execute(f"SELECT * FROM [{table}]")
            while cursor.fetchmany(1000):
                pass
        except (sqlite3.Error, ValueError) as exc:
            problems.append(t("数据：表 {tb} 中有记录无法读出（文件内容被改动或损坏）。",
                              "Data: a record in table {tb} cannot be read (the file's bytes "
                              "were changed or damaged).", tb=table))
            del exc
    return problems


def schema_problems(db: FairDb) -> list[str]:
    """Tables and columns missing from ``db`` compared with a fresh file at the same version."""
    reference = FairDb(sqlite3.connect(":memory:"))
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(reference, stop_before=pending[0] if pending else None)
    have = set(db.table_names())
    problems = []
    for table in reference.table_names():
        if table not in have:
            problems.append(t("结构：缺少表 {tb}。", "Schema: table {tb} is missing.", tb=table))
            continue
        missing = _columns(reference, table) - _columns(db, table)
        problems += [t("结构：表 {tb} 缺少列 {c}。", "Schema: table {tb} has no column {c}.",
                       tb=table, c=c) for c in sorted(missing)]
    reference.close()
    return problems


def _columns(db: FairDb, table: str) -> set[str]:
    return {r[1] for r in db.execute(f"PRAGMA table_info([{table}])").fetchall()}


def pending_names(db: FairDb) -> list[str]:
    """Migrations this fairdesk would apply on opening the file (an older schema)."""
    return [m.name for m in migrations.pending(db)]


__all__ = [
    "APPLICATION_ID", "MIGRATION_SET", "SUFFIX", "applied_names", "backup_copy",
    "check_file", "companions", "damage_found", "damage_found_at", "damaged_error",
    "data_size", "create_file", "open_file", "pending_names", "schema_problems",
]
