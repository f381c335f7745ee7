"""Issue 13 (9, 2, 10): closing never waits for another desk; the file alone holds the fair."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import crash
import pytest

from fairdesk.cli import main
from fairdesk.core.fair import Fair
from fairdesk.storage import fairfile


def _reader(path: Path) -> sqlite3.Connection:
    """Another desk in the middle of a read: it holds a snapshot of the file."""
    conn = sqlite3.connect(path)
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM fair_settings").fetchone()
    return conn


def test_close_does_not_wait_for_another_desk_reading(fair_path: Path) -> None:
    reader = _reader(fair_path)
    fair = Fair.open(fair_path)
    fair.set_settings(fair__name="东门也在读")
    started = time.monotonic()
    fair.close()
    waited = time.monotonic() - started
    # the busy timeout is 10 s: a close that waits for the reader takes all of it
    assert waited < fairfile.BUSY_TIMEOUT_MS / 2000, waited
    reader.rollback()
    reader.close()
    again = Fair.open(fair_path)
    try:
        assert again.name == "东门也在读"
    finally:
        again.close()


def test_checkpoint_reports_what_a_reader_held_back(fair_path: Path) -> None:
    fair = Fair.open(fair_path)
    try:
        reader = _reader(fair_path)
        fair.set_settings(fair__name="新名字")
        assert fair.checkpoint() is False  # the reader's snapshot keeps the new pages back
        reader.rollback()
        reader.close()
        assert fair.checkpoint() is True
    finally:
        fair.close()


TERM = """
import sys, time
from fairdesk.cli import main
from fairdesk.commands import fairs

def slow_info(args):  # a command that is still running when the signal comes
    from fairdesk.commands.common import opened_fair
    with opened_fair(args.file) as fair:
        fair.set_settings(fair__name="关机前的名字")
        print("ready", flush=True)
        time.sleep(60)
    return 0

fairs.cmd_info = slow_info
raise SystemExit(main(["info", sys.argv[1]]))
"""


def _file_alone_name(path: Path, tmp: Path) -> str:
    """The fair's name as the bare .fair file holds it (no -wal), copied as bytes."""
    lonely = tmp / "alone.fair"
    lonely.write_bytes(path.read_bytes())
    conn = sqlite3.connect(lonely)
    try:
        return conn.execute("SELECT value FROM fair_settings WHERE key = 'fair.name'").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_command_stopped_by_a_signal_closes_the_fair_cleanly(fair_path: Path, tmp_path: Path,
                                                               sig: int) -> None:
    proc = subprocess.Popen([sys.executable, "-c", TERM, str(fair_path)], env=crash.ENV,
                            cwd=crash.ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    proc.send_signal(sig)
    proc.communicate(timeout=30)
    assert proc.returncode == (143 if sig == signal.SIGTERM else 130)
    wal = fair_path.with_name(fair_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert _file_alone_name(fair_path, tmp_path) == '"关机前的名字"'


def test_copy_writes_the_whole_fair_into_one_file_while_in_use(fair_path: Path,
                                                               tmp_path: Path) -> None:
    desk = Fair.open(fair_path)  # a desk has it open, its latest change still in the -wal
    desk.db.execute("PRAGMA wal_autocheckpoint = 0")
    desk.set_settings(fair__name="复制时的名字")
    try:
        usb = tmp_path / "usb"
        usb.mkdir()
        assert main(["copy", str(fair_path), str(usb)]) == 0
        copy = usb / fair_path.name
        assert [p.name for p in usb.iterdir()] == [fair_path.name]  # one file, no -wal
        assert _file_alone_name(copy, tmp_path) == '"复制时的名字"'
        assert main(["copy", str(fair_path), str(copy)]) == 1  # never overwrites
    finally:
        desk.close()


def test_copy_refuses_a_missing_folder_in_a_sentence(fair_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    assert main(["--lang", "en", "copy", str(fair_path), str(tmp_path / "no" / "x.fair")]) == 1
    assert "No such folder" in capsys.readouterr().err


def test_info_reports_the_fairs_size_not_the_files(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "wal.fair"
    crash.demo_in_wal(path, 60)  # the file is 16 KB, the fair megabytes (in its -wal)
    assert path.stat().st_size < 100_000
    assert main(["--lang", "en", "info", str(path)]) == 0
    said = capsys.readouterr().out
    mb = float(said.split(" MB")[0].rsplit("· ", 1)[1])
    assert mb > 1.0, said
