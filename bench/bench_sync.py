"""Sync figures on a 10,000-guest fair, each next to bare pycrdt doing the same work.

A day's work at one desk (2,000 service calls: check-ins, guest edits, new guests, badge
reissues) is exported for a second desk and applied there with its review. Floors, in
the same run: bare pycrdt writing the same field edits into one document per record
and encoding them (export), and applying those updates to the same records' stored
states (apply). Ordinary writes are timed with the sync engine and with its recording
switched off, on the same fair.

    python -m bench sync            (FAIRDESK_BENCH_GUESTS=2000 for a quicker run)
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import tempfile
import time
import zlib
from pathlib import Path

from pycrdt import Doc, Map

from fairdesk.core.badges.checkin import check_in_guest
from fairdesk.core.badges.issuing import issue_badge
from fairdesk.core.context import Operator
from fairdesk.core.demo import generate_demo
from fairdesk.core.fair import Fair
from fairdesk.core.sync.exchange import export_bytes, import_bytes

GUESTS = int(os.environ.get("FAIRDESK_BENCH_GUESTS", "10000"))
CALLS = 2000


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def day_of_work(fair: Fair, rnd: random.Random) -> int:
    guests = [r["id"] for r in fair.rows("SELECT id FROM guests WHERE state = 'confirmed' "
                                         "AND id NOT IN (SELECT guest_id FROM check_ins)")]
    everyone = [r["id"] for r in fair.rows("SELECT id FROM guests")]
    unit = fair.scalar("SELECT id FROM inviting_units LIMIT 1")
    calls = 0
    for gid in guests[:1000]:
        check_in_guest(fair, gid, desk="door")
        calls += 1
    for i in range(CALLS - calls - 400):
        fair.guests.update("guests", rnd.choice(everyone), notes=f"note {i}")
        calls += 1
    for i in range(200):
        fair.guests.add_guest(name=f"Bench Guest {i}", organisation="Bench", category="guest",
                              country="CN", inviting_unit_id=unit)
        issue_badge(fair, rnd.choice(everyone))
        calls += 2
    return calls


def _timed_writes(fair: Fair, rnd: random.Random, n: int = 200) -> float:
    everyone = [r["id"] for r in fair.rows("SELECT id FROM guests")]
    start = time.perf_counter()
    for i in range(n):
        fair.guests.update("guests", rnd.choice(everyone), notes=f"timed {i} {rnd.random()}")
    return (time.perf_counter() - start) / n * 1000


def bench_writes(fair: Fair, rounds: int = 6) -> list[dict]:
    """Rounds of edits with sync and with its recording switched off, one after the other
    (the machine's load, shared, drifts: each mode gets its share of it); the medians."""
    rnd = random.Random(1)
    engine = fair.sync
    timed: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(rounds):
        for on in (True, False):
            if not on:
                engine.record = lambda tx: None  # the same write path, nothing recorded
            timed[on].append(_timed_writes(fair, rnd, 40))
            if not on:
                del engine.record
    with_sync, without = (statistics.median(timed[on]) for on in (True, False))
    return [{"figure": "a guest edit (ordinary write)", "value": round(with_sync, 2),
             "unit": "ms", "floor": round(without, 2),
             "goal": "<= 1.3x floor (floor: the same write without sync)"}]


def bare_pycrdt(updates: list[tuple[str, str, bytes]], states: dict[tuple[str, str], bytes]
                ) -> tuple[float, float]:
    """Encode the day's record updates, then apply them onto the records' states."""
    start = time.perf_counter()
    out = []
    for _t, _r, update in updates:
        doc = Doc(client_id=7)
        doc.apply_update(update)
        doc.get("r", type=Map)
        out.append(doc.get_update())
    zlib.compress(b"".join(out), 6)
    encode = time.perf_counter() - start
    start = time.perf_counter()
    for t, r, update in updates:
        doc = Doc(client_id=8)
        if (t, r) in states:
            doc.apply_update(states[(t, r)])
        doc.apply_update(update)
        doc.get_update()
    return encode, time.perf_counter() - start


def bench_lan_start(fair: Fair) -> list[dict]:
    """Starting the LAN exchange: what stays on the fair's thread (the pending changes
    written, key and header), what the worker does (read on its own connection, sealed),
    and the whole of it on the fair's thread as before. Floor: bare sqlite3 reading the
    same documents and audit rows, and zlib compressing their bytes."""
    import sqlite3

    from fairdesk.core.sync import wire
    from fairdesk.core.sync.lan import LanDesk

    fair.guests.update("guests", fair.scalar("SELECT id FROM guests LIMIT 1"), notes="lan")
    desk = LanDesk(fair)
    start = time.perf_counter()
    job = desk.whole_job()
    on_thread = time.perf_counter() - start
    start = time.perf_counter()
    job(None)
    in_worker = time.perf_counter() - start
    start = time.perf_counter()
    wire.seal(fair, fair.sync.batch())
    before = time.perf_counter() - start
    start = time.perf_counter()
    conn = sqlite3.connect(f"file:{fair.path}?mode=ro", uri=True)
    blobs = [s for (s,) in conn.execute("SELECT state FROM sync_records")]
    audit = conn.execute("SELECT * FROM audit_log").fetchall()
    zlib.compress(b"".join(blobs) + repr(audit).encode(), 6)
    conn.close()
    floor = time.perf_counter() - start
    return [
        {"figure": "LAN start: on the fair's (GUI) thread", "value": round(on_thread, 3),
         "unit": "s", "floor": None, "goal": "the window does not freeze",
         "before": round(before, 2)},
        {"figure": "LAN start: the whole state read and sealed in the worker",
         "value": round(in_worker, 2), "unit": "s", "floor": round(floor, 2), "goal": None},
    ]


def run() -> list[dict]:
    figures: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        a = Fair.create(folder / "a.fair", Operator("a", "door", "laptop-a"))
        generate_demo(a, guests=GUESTS)
        start = time.perf_counter()
        a.sync.seed()
        figures.append({"figure": f"first documents of a {GUESTS:,}-guest fair",
                        "value": round(time.perf_counter() - start, 2), "unit": "s",
                        "floor": None, "goal": "once per fair"})
        a.save_copy(folder / "b.fair", new_desk=True)
        b = Fair.open(folder / "b.fair", Operator("b", "hotel", "laptop-b"))
        export_bytes(a, since_peer="b")  # b is a copy: nothing to send before the day
        before_day = a.sync.peer_marks("b")[0]
        day_of_work(a, random.Random(2026))
        start = time.perf_counter()
        data, records, _ = export_bytes(a, since_peer="b")
        exported = time.perf_counter() - start
        updates = a.sync.batch(before_day).records
        states = {(t, r): s for t, r, s in b.db.execute(
            "SELECT tbl, rec_id, state FROM sync_records").fetchall()}
        floor_export, floor_apply = bare_pycrdt(updates, states)
        del states
        rss = _rss_mb()
        start = time.perf_counter()
        done = import_bytes(b, data)
        applied = time.perf_counter() - start
        grew = _rss_mb() - rss
        figures += [
            {"figure": "a day's work (2,000 calls): .fairsync size", "value": round(len(data) / 1024),
             "unit": "KB", "floor": None, "goal": "<= 1024 KB"},
            {"figure": "a day's work: export", "value": round(exported, 2), "unit": "s",
             "floor": round(floor_export, 2), "goal": "<= 1 s"},
            {"figure": "a day's work: apply with its review", "value": round(applied, 2),
             "unit": "s", "floor": round(floor_apply, 2), "goal": "<= 2 s",
             "review items": len(done.review)},
            {"figure": "memory grown by the apply", "value": round(grew), "unit": "MB",
             "floor": None, "goal": "<= 150 MB"},
        ]
        figures += bench_writes(a)
        figures += bench_lan_start(a)
        a.close()
        b.close()
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure)
