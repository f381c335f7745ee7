"""Issue 13 (9, 2, 10): closing never waits for another desk; the file alone holds the fair."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

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
