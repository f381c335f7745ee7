"""The file is always whole (issue 13): figures next to their floors, measured in the same run.

(a) A consistent copy (the backup API) of a 10,000-guest fair: goal <= 1 s; floor, the
    file's bytes copied as they are (what a backup cannot beat).
(b) What the idle checkpoint adds after a check-in (the window runs it 1 s after the last
    change, never inside one): goal <= 20 ms at p95; floor, SQLite's own PASSIVE
    checkpoint after a bare insert and commit on the same file.
(c) The close-time checkpoint (TRUNCATE) after a burst of check-ins: once, at close.
(d) A check-in while the rolling backup runs (its own connection, in a thread): goal, never
    blocked more than 50 ms; floor, the same check-ins with no backup running.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path

from bench.crowd import make_crowd
from fairdesk.core.badges import checkin, issuing
from fairdesk.core.context import Operator
from fairdesk.core.fair import Fair

OPERATOR = Operator("bench", "door-1", "bench-laptop")


def _fair(tmp: Path, n_guests: int) -> tuple[Path, list[str]]:
    path = tmp / "safety.fair"
    fair = Fair.create(path, OPERATOR)
    ids = make_crowd(fair, n_guests)
    codes = [b.code for b in issuing.badges_for_printing(fair, ids).badges]
    fair.close()
    return path, codes


def _best(work, repeat: int = 3) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_backup(tmp: Path, path: Path, n_guests: int) -> list[dict]:
    fair = Fair.open(path, OPERATOR)
    copies = iter(range(100))
    value = _best(lambda: fair.save_copy(tmp / f"copy{next(copies)}.fair"))
    fair.close()
    floor = _best(lambda: shutil.copyfile(path, tmp / "bytes.fair"))
    return [{"figure": f"backup copy of a {n_guests:,}-guest fair", "value": round(value, 3),
             "unit": "s", "floor": round(floor, 3), "goal": "<= 1 s",
             "size_mb": round(path.stat().st_size / 1e6, 1)}]


def bench_checkpoint(path: Path, codes: list[str], scans: int = 200) -> list[dict]:
    fair = Fair.open(path, OPERATOR)
    rnd = random.Random(13)
    after_scan = []
    for code in rnd.sample(codes, scans):
        checkin.check_in(fair, code, desk="door-1", with_card=False)
        start = time.perf_counter()
        fair.checkpoint()
        after_scan.append((time.perf_counter() - start) * 1000)
    for code in rnd.sample(codes, 50):  # a burst, then the window closes
        checkin.check_in(fair, code, desk="door-1", with_card=False)
    start = time.perf_counter()
    fair.close()
    close_ms = (time.perf_counter() - start) * 1000
    floor = _bare_checkpoint(path, scans)
    return [{"figure": "idle checkpoint after a check-in: p95", "unit": "ms",
             "value": round(statistics.quantiles(after_scan, n=20)[-1], 2),
             "floor": round(floor, 2), "goal": "<= 20 ms"},
            {"figure": "close (TRUNCATE checkpoint) after 50 check-ins", "unit": "ms",
             "value": round(close_ms, 2), "goal": "once, at close: never on a check-in"}]


def _bare_checkpoint(path: Path, n: int) -> float:
    conn = sqlite3.connect(path)
    times = []
    for i in range(n):
        conn.execute("INSERT INTO check_ins (id, created_at, updated_at, guest_id, at) "
                     "SELECT ?, 'x', 'x', id, 'x' FROM guests LIMIT 1", [f"bare{i}"])
        conn.commit()
        start = time.perf_counter()
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return statistics.quantiles(times, n=20)[-1]


def bench_scan_during_backup(tmp: Path, path: Path, codes: list[str], scans: int = 150,
                             ) -> list[dict]:
    from fairdesk.core import backups

    fair = Fair.open(path, OPERATOR)
    rnd = random.Random(21)
    chosen = rnd.sample(codes, 2 * scans)

    def scan_times(batch: list[str]) -> list[float]:
        times = []
        for code in batch:
            start = time.perf_counter()
            checkin.check_in(fair, code, desk="door-2", with_card=False)
            times.append((time.perf_counter() - start) * 1000)
        return times
    quiet = scan_times(chosen[:scans])
    stop = threading.Event()
    made = []

    def keep_backing_up() -> None:
        while not stop.is_set():
            made.append(backups.back_up_file(path, "timer", keep=2, root=tmp / "b"))
    worker = threading.Thread(target=keep_backing_up)
    worker.start()
    busy = scan_times(chosen[scans:])
    stop.set()
    worker.join()
    fair.close()
    return [{"figure": f"check-in while backups run ({len(made)} made): max", "unit": "ms",
             "value": round(max(busy), 2), "floor": round(max(quiet), 2), "goal": "<= 50 ms"},
            {"figure": "check-in while backups run: p95", "unit": "ms",
             "value": round(statistics.quantiles(busy, n=20)[-1], 2),
             "floor": round(statistics.quantiles(quiet, n=20)[-1], 2)}]


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        n_guests = 10_000
        path, codes = _fair(Path(tmp), n_guests)
        return (bench_backup(Path(tmp), path, n_guests)
                + bench_scan_during_backup(Path(tmp), path, codes)
                + bench_checkpoint(path, codes))


if __name__ == "__main__":
    for figure in run():
        print(figure)
