"""Crash states made on purpose: what a kill -9 or a full disk leaves on disk.

The children run the real code in a subprocess and end with ``os._exit`` (no close, no
checkpoint), as a killed process would; the parent then looks at what is left.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "FAIRDESK_LANG": "en"}

DEMO_IN_WAL = """
import os, sys
from fairdesk.core.demo import generate_demo
from fairdesk.core.fair import Fair
fair = Fair.create(sys.argv[1])
generate_demo(fair, guests=int(sys.argv[2]))  # SQLite's autocheckpoint: 1000 pages, not hit
print(fair.count("guests"), flush=True)
os._exit(0)  # killed: no close, no checkpoint, the fair is in the -wal
"""


def run_child(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], env=ENV, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout, check=False)


def demo_in_wal(path: Path, guests: int = 60) -> int:
    """A demo fair whose pages are all still in its -wal (the process was killed)."""
    proc = run_child(DEMO_IN_WAL, path, guests)
    assert proc.returncode == 0, proc.stderr
    return int(proc.stdout.strip())


def wal_frames(wal: Path) -> list[tuple[int, int, int]]:
    """(page number, offset of the page's data, db size after commit) of each frame."""
    data = wal.read_bytes()
    page_size = int.from_bytes(data[8:12], "big")
    frames, offset = [], 32
    while offset + 24 + page_size <= len(data):
        pgno = int.from_bytes(data[offset:offset + 4], "big")
        commit = int.from_bytes(data[offset + 4:offset + 8], "big")
        frames.append((pgno, offset + 24, commit))
        offset += 24 + page_size
    return frames


def killed_in_checkpoint(path: Path, guests: int = 60) -> int:
    """The state a kill (or a full disk) leaves in the middle of ``wal_checkpoint``.

    A checkpoint copies the -wal's pages into the file in page order: page 1, whose
    header already counts every page, is written before the file has grown to hold them.
    Returns the number of guests committed.
    """
    count = demo_in_wal(path, guests)
    wal = path.with_name(path.name + "-wal")
    frames = wal_frames(wal)
    page_size = int.from_bytes(wal.read_bytes()[8:12], "big")
    last_page_one = max(off for pgno, off, _ in frames if pgno == 1)
    page_one = wal.read_bytes()[last_page_one:last_page_one + page_size]
    with path.open("r+b") as fh:
        fh.seek(0)
        fh.write(page_one)
        fh.truncate(page_size * 2)  # the checkpoint got as far as page 2
    return count
