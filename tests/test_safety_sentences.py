"""Issue 13 (7): each way a file can fail gets its own sentence, in our words, never
SQLite's or the system's English inside a Chinese sentence."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from fairdesk.base.errors import FairFileError
from fairdesk.base.files import os_reason
from fairdesk.base.i18n import set_language
from fairdesk.cli import has_display, main
from fairdesk.commands.badges import EXIT
from fairdesk.core.fair import Fair
from fairdesk.storage import fairfile, sqlerrors
from fairdesk.storage.connection import FairDb

SQLITE_ENGLISH = ("database is locked", "readonly database", "malformed", "unable to open",
                  "No such file or directory", "Permission denied")


def _refusal(path: Path) -> FairFileError:
    with pytest.raises(FairFileError) as err:
        Fair.open(path)
    for english in SQLITE_ENGLISH:
        assert english not in err.value.text.zh and english not in err.value.text.en
    return err.value


def test_a_folder_a_pipe_and_a_link_to_dev_null_are_named_for_what_they_are(
        tmp_path: Path) -> None:
    (tmp_path / "folder.fair").mkdir()
    assert "is a folder" in _refusal(tmp_path / "folder.fair").text.en
    os.mkfifo(tmp_path / "pipe.fair")
    assert "device or a pipe" in _refusal(tmp_path / "pipe.fair").text.en  # and no hang
    (tmp_path / "null.fair").symlink_to(os.devnull)
    assert "device or a pipe" in _refusal(tmp_path / "null.fair").text.en
    assert "No such file" in _refusal(tmp_path / "none.fair").text.en


def test_a_missing_folder_on_create_is_named(tmp_path: Path) -> None:
    with pytest.raises(FairFileError) as err:
        Fair.create(tmp_path / "no" / "such" / "x.fair")
    assert err.value.text.en == f"No such folder: {tmp_path / 'no' / 'such'}"


def test_a_fair_locked_by_another_program_is_in_use_not_damaged(
        fair_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "copy.fair"
    fair = Fair.open(fair_path)
    fair.save_copy(copy)  # a copy is one file in rollback mode: a lock there stops readers
    fair.close()
    other = sqlite3.connect(copy)
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO fair_settings (key, value, updated_at, updated_by) "
                  "VALUES ('x', '1', '', '')")
    monkeypatch.setattr(fairfile, "BUSY_TIMEOUT_MS", 50)
    try:
        err = _refusal(copy)
    finally:
        other.rollback()
        other.close()
    assert "in use by another program" in err.text.en and "占用" in err.text.zh
    assert "damaged" not in err.text.en


def test_a_read_only_fair_says_read_only(fair_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # (the tests run as root, for whom chmod changes nothing: open the file read-only)
    real = fairfile._connect  # noqa: SLF001

    def read_only(path: Path):  # noqa: ANN202
        db = real(path)
        db.conn.close()
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        return FairDb(conn)
    fair_path.with_name(fair_path.name + "-shm").unlink(missing_ok=True)
    monkeypatch.setattr(fairfile, "_connect", read_only)
    fair = Fair.open(fair_path)  # already WAL: opening writes nothing
    try:
        with pytest.raises(sqlite3.Error) as err:
            fair.set_settings(fair__name="x")
    finally:
        fair.db.close()
    assert sqlerrors.is_read_only(err.value)
    sentence = sqlerrors.file_error(fair_path, err.value)
    assert "read-only" in sentence.text.en and "只读" in sentence.text.zh


def test_the_cli_never_prints_sqlite_english(fair_path: Path,
                                             capsys: pytest.CaptureFixture) -> None:
    other = sqlite3.connect(fair_path)
    other.execute("BEGIN IMMEDIATE")  # another desk is writing: our write must wait, then say so
    try:
        fairfile.BUSY_TIMEOUT_MS, before = 50, fairfile.BUSY_TIMEOUT_MS
        try:
            code = main(["--lang", "zh", "checkin", str(fair_path), "K7QX3M01ABCDEFGHJKMN"])
        finally:
            fairfile.BUSY_TIMEOUT_MS = before
    finally:
        other.rollback()
        other.close()
    err = capsys.readouterr().err
    assert code == 1, err
    assert "占用" in err and not any(e in err for e in SQLITE_ENGLISH)


def test_os_reasons_come_in_the_sentences_language() -> None:
    exc = OSError(errno.ENOSPC, "No space left on device")
    assert os_reason(exc).zh == "磁盘已满" and os_reason(exc).en == "the disk is full"
    set_language("zh")
    assert "No space" not in str(os_reason(exc))


def test_no_display_is_one_sentence() -> None:
    assert not has_display({}, "linux")
    assert has_display({"DISPLAY": ":0"}, "linux")
    assert has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert has_display({}, "win32")


def test_no_display_from_the_command_line(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["--lang", "en"]) == 1
    assert capsys.readouterr().err.strip() == (
        "fairdesk: There is no display to open the window on; for work without the window "
        "use the commands, see 'fairdesk --help'.")


def test_amber_is_not_the_exit_status_of_bad_arguments() -> None:
    with pytest.raises(SystemExit) as bad:
        main(["checkin"])  # no file: argparse says so
    assert bad.value.code == 2
    assert 2 not in EXIT.values() and len(set(EXIT.values())) == 3
