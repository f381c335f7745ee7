"""Issue 16 (7): a fair on a stick whose file system cannot hold WAL's -shm (fusefat).

Such a drive is simulated first, the way fusefat fails (found with strace: its
``ftruncate`` of the new -shm returns EPERM, SQLite reports SQLITE_IOERR_SHMOPEN): setting
``journal_mode = WAL`` there succeeds and marks the file, then every access to a file so
marked fails with that code and leaves an empty -wal and -shm, unless the connection holds
the file exclusively (SQLite then keeps the WAL index in its own memory). The last test
uses a real fusefat image when fusefat can be mounted here.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import urllib.parse
from pathlib import Path

import pytest

from fairdesk.base.errors import FairFileError
from fairdesk.base.i18n import set_language
from fairdesk.cli import main
from fairdesk.core.fair import Fair
from fairdesk.storage import fairfile

SHMOPEN = 4618


def _wal_marked(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(20)[18:20] == b"\x02\x02"
    except OSError:
        return False


# Settings of the connection that SQLite keeps without reading the file.
_NO_FILE_ACCESS = ("PRAGMA foreign_keys", "PRAGMA busy_timeout")


def _stick_connection(stick: Path) -> type[sqlite3.Connection]:
    class NoShm(sqlite3.Connection):
        def __init__(self, database: str, *args: object, **kwargs: object) -> None:
            super().__init__(database, *args, **kwargs)
            name = str(database)
            if name.startswith("file:"):
                name = urllib.parse.unquote(urllib.parse.urlparse(name).path)
            self.path = Path(name)
            self.exclusive = False

        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
            on_stick = self.path.parent == stick
            if "locking_mode = EXCLUSIVE" in sql:
                self.exclusive = True
            elif sql.startswith(_NO_FILE_ACCESS):
                pass
            elif on_stick and not self.exclusive and _wal_marked(self.path):
                for end in ("-wal", "-shm"):
                    self.path.with_name(self.path.name + end).touch()
                exc = sqlite3.OperationalError("disk I/O error")
                exc.sqlite_errorcode = SHMOPEN
                raise exc
            return super().execute(sql, *args)

    return NoShm


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder on a simulated drive that cannot hold WAL's -shm."""
    folder = tmp_path / "stick"
    folder.mkdir()
    real_connect = sqlite3.connect
    factory = _stick_connection(folder)

    def connect(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        kwargs.setdefault("factory", factory)
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    return folder


def _sentences(exc: FairFileError) -> tuple[str, str]:
    return exc.text.zh, exc.text.en


def test_a_wal_fair_on_such_a_drive_is_refused_unchanged(fair_path: Path, stick: Path) -> None:
    on_stick = stick / "b.fair"
    shutil.copyfile(fair_path, on_stick)  # as a file manager copies it: still in WAL
    before = on_stick.read_bytes()
    with pytest.raises(FairFileError) as refused:
        Fair.open(on_stick, check_later=True)
    zh, en = _sentences(refused.value)
    assert en.startswith("b.fair: this drive's file system cannot hold SQLite's shared-memory")
    assert "nothing was changed" in en and "File → Save a copy…" in en
    assert "stick removed" not in en and "damaged" not in en
    assert zh.startswith("b.fair 所在磁盘的文件系统无法建立 SQLite 的共享内存文件") and "另存副本" in zh
    assert on_stick.read_bytes() == before
    assert sorted(p.name for p in stick.iterdir()) == ["b.fair"]  # its empty -wal/-shm gone


def test_a_wal_fair_keeps_a_wal_with_changes(fair_path: Path, stick: Path) -> None:
    """A -wal that holds changes (a laptop unplugged) stays with its fair."""
    on_stick = stick / "b.fair"
    shutil.copyfile(fair_path, on_stick)
    (stick / "b.fair-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    with pytest.raises(FairFileError):
        Fair.open(on_stick)
    assert sorted(p.name for p in stick.iterdir()) == ["b.fair", "b.fair-wal"]


def test_a_copy_is_written_there_and_then_refused_for_work(fair_path: Path, stick: Path) -> None:
    fair = Fair.open(fair_path)
    try:
        fair.save_copy(stick / "c.fair", new_desk=True)
    finally:
        fair.close()
    copy = stick / "c.fair"
    assert sorted(p.name for p in stick.iterdir()) == ["c.fair"]  # one file, no .tmp
    assert not _wal_marked(copy)
    db = fairfile.open_file(copy, upgrade=False)  # `fairdesk check` reads it
    try:
        assert fairfile.check_file(db) == []
    finally:
        db.close()
    before = copy.read_bytes()
    with pytest.raises(FairFileError, match="nothing was changed"):
        set_language("en")
        Fair.open(copy)
    # not switched to WAL (it could not be opened again there), no probe file left
    assert copy.read_bytes() == before
    assert sorted(p.name for p in stick.iterdir()) == ["c.fair"]
    shutil.copyfile(copy, fair_path.with_name("back.fair"))  # on the laptop it opens
    Fair.open(fair_path.with_name("back.fair")).close()


def test_info_says_so_in_chinese_and_english(fair_path: Path, stick: Path,
                                             capsys: pytest.CaptureFixture) -> None:
    shutil.copyfile(fair_path, stick / "b.fair")
    assert main(["--lang", "zh", "info", str(stick / "b.fair")]) == 1
    err = capsys.readouterr().err
    assert "b.fair 所在磁盘的文件系统无法建立 SQLite 的共享内存文件（-shm）" in err
    assert "U 盘被拔出" not in err and "Traceback" not in err
    assert main(["--lang", "en", "info", str(stick / "b.fair")]) == 1
    err = capsys.readouterr().err
    assert "cannot be worked on there; nothing was changed" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("name", ["d.fair", "2026 演示.fair"])
def test_demo_and_new_there_say_why_and_leave_nothing(stick: Path, name: str,
                                                      capsys: pytest.CaptureFixture) -> None:
    for command in ("demo", "new"):
        assert main(["--lang", "en", command, str(stick / name)]) == 1
        err = capsys.readouterr().err.strip()
        assert err == (
            f"fairdesk: Cannot make {name} on this drive: its file system cannot hold "
            "SQLite's shared-memory file (-shm), and nothing was left there. Make it on this "
            "laptop's disk and take it to the stick with File → Save a copy… or "
            "'fairdesk copy'.")
        assert list(stick.iterdir()) == []


def test_a_failed_copy_leaves_nothing(fair_path: Path, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture) -> None:
    """Made, then found not to read back (a drive that lost what was written): removed."""
    dest = tmp_path / "out"
    dest.mkdir()
    sound = fairfile.damage_found
    monkeypatch.setattr(fairfile, "damage_found", lambda db: db.execute(
        "PRAGMA database_list").fetchone()[2].endswith(".tmp") or sound(db))
    assert main(["--lang", "en", "copy", str(fair_path), str(dest / "c.fair")]) == 1
    err = capsys.readouterr().err.strip()
    assert err == (f"fairdesk: The copy written to {dest / 'c.fair'} did not read back whole "
                   "(this drive lost what was written to it); it was removed and nothing is "
                   "left there. Use another stick, or format this one as exFAT, and try again.")
    assert list(dest.iterdir()) == []


def test_a_copy_failing_half_way_leaves_nothing(fair_path: Path, tmp_path: Path) -> None:
    def full_disk(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE sync_desk SET desk_id = 'x'")
        raise sqlite3.OperationalError("database or disk is full")

    fair = Fair.open(fair_path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            fairfile.backup_copy(fair.db, tmp_path / "c.fair", full_disk)
    finally:
        fair.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["test.fair"]


def test_a_killed_copys_leftovers_are_removed(fair_path: Path, tmp_path: Path) -> None:
    for end in ("", "-wal", "-shm", "-journal"):
        (tmp_path / f"c.fair.tmp{end}").write_bytes(b"left by a kill")
    fair = Fair.open(fair_path)
    try:
        fair.save_copy(tmp_path / "c.fair")
    finally:
        fair.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.fair", "test.fair"]


# --- a real fusefat image -------------------------------------------------------------

def _unmount_command() -> list[str] | None:
    for tool in ("fusermount", "fusermount3"):
        if shutil.which(tool):
            return [tool, "-u"]
    return ["umount"] if os.geteuid() == 0 else None


def _can_mount() -> str | None:
    missing = [tool for tool in ("fusefat", "mkfs.vfat") if not shutil.which(tool)]
    if _unmount_command() is None:
        missing.append("fusermount")
    if missing:
        return f"not installed: {', '.join(missing)}"
    if not os.access("/dev/fuse", os.R_OK | os.W_OK):
        return "no /dev/fuse"
    return None


@pytest.fixture
def fat32(tmp_path: Path) -> Path:
    why = _can_mount()
    if why:
        pytest.skip(f"fusefat cannot be mounted here ({why})")
    image, mount = tmp_path / "stick.img", tmp_path / "mnt"
    mount.mkdir()
    with image.open("wb") as fh:
        fh.truncate(64 << 20)
    subprocess.run(["mkfs.vfat", "-F", "32", str(image)], check=True, capture_output=True)
    made = subprocess.run(["fusefat", "-o", "rw+", str(image), str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0 or not os.path.ismount(mount):
        pytest.skip(f"fusefat did not mount: {made.stderr.strip()[:200]}")
    yield mount
    subprocess.run([*(_unmount_command() or ["umount"]), str(mount)], check=False,
                   capture_output=True)


def test_on_a_fusefat_fat32_image(fair_path: Path, fat32: Path,
                                  capsys: pytest.CaptureFixture) -> None:
    """The copy goes there whole and sound; opening it for work, a demo, a new fair and a
    WAL fair put there by a file manager are refused in a sentence, and nothing is left."""
    assert main(["--lang", "en", "copy", str(fair_path), str(fat32 / "c.fair")]) == 0
    assert main(["--lang", "en", "check", str(fat32 / "c.fair")]) == 0
    capsys.readouterr()
    shutil.copyfile(fair_path, fat32 / "b.fair")
    for command in (["info", "c.fair"], ["info", "b.fair"], ["demo", "d.fair"]):
        assert main(["--lang", "en", command[0], str(fat32 / command[1])]) == 1
        err = capsys.readouterr().err
        assert "cannot hold SQLite's shared-memory file (-shm)" in err, err
    # fusefat takes no Chinese characters in a name: said so, not "the folder is missing"
    for command in ("copy", "demo"):
        args = [str(fair_path)] if command == "copy" else []
        assert main(["--lang", "en", command, *args, str(fat32 / "2026 演示.fair")]) == 1
        assert "this drive does not take the name '2026 演示.fair'" in capsys.readouterr().err
    assert sorted(p.name for p in fat32.iterdir()) == ["b.fair", "c.fair"]


def test_why_not_exclusive_wal_the_quick_check_would_be_locked_out(fair_path: Path) -> None:
    """WAL without a -shm needs ``locking_mode = EXCLUSIVE``: the window's quick check (its
    own read-only connection, after the first paint) and a command reading beside the window
    would be locked out — so it is kept for a private copy (``backup_copy``) only."""
    fair = Fair.open(fair_path, check_later=True)
    try:
        assert fairfile.damage_found_at(fair_path) is False  # as the window has it: shared
        fair.checked(False)
    finally:
        fair.close()
    alone = sqlite3.connect(str(fair_path))
    try:
        alone.execute("PRAGMA locking_mode = EXCLUSIVE")
        alone.execute("SELECT count(*) FROM sqlite_master").fetchone()
        alone.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(sqlite3.OperationalError, match="locked"), \
                pytest.MonkeyPatch.context() as patched:
            patched.setattr(fairfile, "BUSY_TIMEOUT_MS", 0)
            fairfile.damage_found_at(fair_path)
    finally:
        alone.close()
