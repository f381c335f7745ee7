"""Issue 13 (11): rolling backups, kept N + one a day; a restore backs up first and leaves
no stale -wal/-shm."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
import spreadsheets as ss

from fairdesk.base.errors import FairFileError
from fairdesk.cli import main
from fairdesk.core import backups
from fairdesk.core.fair import Fair
from fairdesk.core.guests.importing import import_file
from fairdesk.storage import fairfile


def test_backups_keep_the_newest_and_one_per_day(fair_path: Path) -> None:
    fair = Fair.open(fair_path)
    fair.set_settings(backup__keep=3)
    start = datetime(2026, 5, 10, 9, 0)
    try:
        for day in range(4):
            for k in range(5):
                backups.back_up(fair, "timer", now=start + timedelta(days=day, minutes=10 * k))
    finally:
        fair.close()
    kept = backups.list_backups(fair_path)
    assert len(kept) == 3 + 3  # the newest three (all of day 4), and the newest of days 1-3
    assert [b.at for b in kept[3:]] == [start + timedelta(days=d, minutes=40) for d in (2, 1, 0)]
    for b in kept:  # each one whole in one file, a sound fair
        assert not fairfile.companions(b.path)
        db = fairfile.open_file(b.path, upgrade=False)
        assert fairfile.check_file(db) == []
        db.close()


def test_an_import_is_backed_up_before_it_writes(fair_path: Path, tmp_path: Path) -> None:
    path = ss.workbook(tmp_path / "list.xlsx", [("名单", [ss.HEADER, *ss.guest_rows(4)],
                                                 "visible")])
    fair = Fair.open(fair_path)
    try:
        import_file(fair, path)
        assert fair.count("guests") == 4
    finally:
        fair.close()
    (before,) = backups.list_backups(fair_path)
    assert before.reason == "import"
    old = Fair.open(before.path)
    try:
        assert old.count("guests") == 0
    finally:
        old.close()


def test_restore_backs_up_first_and_leaves_no_stale_wal(fair_path: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture) -> None:
    fair = Fair.open(fair_path)
    fair.set_settings(fair__name="昨天的名字")
    yesterday = backups.back_up(fair, "timer")
    fair.set_settings(fair__name="今天改错的名字")
    fair.db.execute("PRAGMA wal_autocheckpoint = 0")
    fair.close()
    assert main(["--lang", "en", "restore", str(fair_path), str(yesterday.path)]) == 0
    assert "Restored" in capsys.readouterr().out
    assert not fairfile.companions(fair_path) or \
        fair_path.with_name(fair_path.name + "-wal").stat().st_size == 0
    fair = Fair.open(fair_path)
    try:
        assert fair.name == "昨天的名字"
        assert fairfile.check_file(fair.db) == []
    finally:
        fair.close()
    undo = next(b for b in backups.list_backups(fair_path) if b.reason == "restore")
    replaced = Fair.open(undo.path)
    try:
        assert replaced.name == "今天改错的名字"  # the restore itself can be undone
    finally:
        replaced.close()


def test_a_damaged_backup_is_not_restored(fair_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.fair"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    fair = Fair.open(fair_path)
    try:
        with pytest.raises(FairFileError):
            backups.restore(fair, bad)
        assert fair.count("fair_settings") > 0
    finally:
        fair.close()


def test_backups_lists_them_newest_first(fair_path: Path,
                                         capsys: pytest.CaptureFixture) -> None:
    assert main(["--lang", "en", "backups", str(fair_path)]) == 0
    assert "No backups yet" in capsys.readouterr().out
    assert main(["--lang", "en", "backups", str(fair_path), "--now"]) == 0
    said = capsys.readouterr().out
    assert "Backed up" in said and "manual" in said
