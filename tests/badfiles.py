"""Files that are not sound fair files, made the way they turn up on a USB stick."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

from fairdesk.core.fair import Fair
from fairdesk.storage.schema import MIGRATION_SET

TESTER_NAME = "测试员"


def text_file(path: Path) -> Path:
    path.write_text("姓名,单位\n张伟,临港区招商局\n", encoding="utf-8")
    return path


def random_bytes(path: Path) -> Path:
    path.write_bytes(random.Random(7).randbytes(8192))
    return path


def truncated_fair(path: Path) -> Path:
    whole = path.with_name("whole.fair")
    Fair.create(whole).close()
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size // 3])
    return path


def foreign_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('张伟', '13800000000')")
    conn.commit()
    conn.close()
    return path


def newer_fair(path: Path) -> Path:
    """A fair file touched by a newer fairdesk: one migration this version does not know."""
    Fair.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES (?, '9999_from_the_future', '2030-01-01 00:00:00')", [MIGRATION_SET])
    conn.commit()
    conn.close()
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


BAD_FILES: dict[str, Callable[[Path], Path]] = {
    "text": text_file,
    "random": random_bytes,
    "truncated": truncated_fair,
    "foreign": foreign_sqlite,
    "newer": newer_fair,
    "empty": empty_file,
}
