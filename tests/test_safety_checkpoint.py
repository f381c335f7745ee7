"""Issue 13 (1): a kill or a full disk during the checkpoint never makes a sound fair 'damaged'."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import crash
import pytest

from fairdesk.base.errors import FairFileError
from fairdesk.core.fair import Fair
from fairdesk.storage import fairfile


def test_a_file_cut_short_by_a_killed_checkpoint_opens_from_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "killed.fair"
    guests = crash.killed_in_checkpoint(path)
    assert path.stat().st_size < fairfile._header_size(path.read_bytes()[:100])  # noqa: SLF001
    fair = Fair.open(path)
    try:
        assert fair.count("guests") == guests
        assert fairfile.check_file(fair.db) == []
    finally:
        fair.close()
    assert not path.with_name(path.name + "-wal").exists() or \
        path.with_name(path.name + "-wal").stat().st_size == 0


def test_check_reads_a_killed_checkpoint_as_sound(tmp_path: Path) -> None:
    path = tmp_path / "killed.fair"
    crash.killed_in_checkpoint(path)
    db = fairfile.open_file(path, upgrade=False)
    try:
        assert fairfile.check_file(db) == []
    finally:
        db.close()


def test_a_file_cut_short_with_no_wal_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "killed.fair"
    crash.killed_in_checkpoint(path)
    path.with_name(path.name + "-wal").unlink()
    with pytest.raises(FairFileError) as err:
        fairfile.open_file(path)
    assert "cut short" in err.value.text.en


def test_damage_advice_never_says_copy_a_backup_over_a_wal(tmp_path: Path) -> None:
    path = tmp_path / "broken.fair"
    crash.killed_in_checkpoint(path)
    wal = path.with_name(path.name + "-wal")
    # a -wal that cannot finish the copy (its frames gone): the file is really short
    wal.write_bytes(wal.read_bytes()[:24])
    path.with_name(path.name + "-shm").write_bytes(b"")
    with pytest.raises(FairFileError) as err:
        fairfile.open_file(path)
    assert "First move broken.fair together with the -wal and -shm" in err.value.text.en
    assert "-wal" in err.value.text.zh


CLOSE = """
import sys
from fairdesk.core.fair import Fair
print("open", flush=True)
Fair.open(sys.argv[1]).close()
print("closed", flush=True)
"""


def test_kill_at_random_moments_of_the_close_time_checkpoint(tmp_path: Path) -> None:
    """A dozen kills spread over opening and closing (the checkpoint): every file opens."""
    seed_file = tmp_path / "seed.fair"
    guests = crash.demo_in_wal(seed_file, 60)
    rng = random.Random(13)
    outcomes = set()
    for i in range(12):
        path = tmp_path / f"k{i}.fair"
        for suffix in ("", "-wal", "-shm"):  # the crash state, copied for the test only
            if Path(f"{seed_file}{suffix}").exists():
                shutil.copyfile(f"{seed_file}{suffix}", f"{path}{suffix}")
        proc = subprocess.Popen([sys.executable, "-c", CLOSE, str(path)], env=crash.ENV,
                                cwd=crash.ROOT, stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "open"
        time.sleep(rng.uniform(0, 0.08))  # opening and the checkpoint take tens of ms
        proc.kill()
        outcomes.add(proc.wait())
        proc.stdout.close()
        fair = Fair.open(path)
        try:
            assert fair.count("guests") == guests
            assert fairfile.check_file(fair.db) == []
        finally:
            fair.close()
        with sqlite3.connect(path) as plain:
            assert plain.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert outcomes  # killed (-9) or finished (0): both must leave a sound fair
