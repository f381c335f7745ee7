"""Roles, the audit log and damage checks (issue 13, points 8, 12–14): figures beside floors.

(a) Opening a 10,000-guest fair to write to it, now that SQLite's quick check reads it
    first (a damaged file is refused): goal <= 0.5 s; floor, the bare ``sqlite3`` connect
    and ``PRAGMA quick_check`` on the same file.
(b) The audit page's search (one person's changes, newest 2,000) in a log of ~30,000
    rows: goal <= 300 ms, rows in words; floor, the same SELECT in bare sqlite3.
(c) A form's change history (one record): goal <= 20 ms; floor, the bare SELECT.
(d) Signing in with a PIN (a salted PBKDF2 check): goal <= 150 ms; floor, hashlib's
    PBKDF2 itself with the same iterations.
"""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.crowd import make_crowd
from fairdesk.core import audit, roles
from fairdesk.core.context import Operator
from fairdesk.core.fair import Fair
from fairdesk.core.roles import Role

COMMITTEE = Operator("王主任", "组委会办公室", "bench", Role.COMMITTEE)
DESKS = [Operator(f"报到员{i}", f"报到台{i}", "bench", Role.RECEPTION) for i in range(6)]


def _best(work, repeat: int = 5) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def _fair(tmp: Path) -> tuple[Path, list[str]]:
    path = tmp / "roles.fair"
    fair = Fair.create(path, COMMITTEE)
    ids = make_crowd(fair, 10_000)
    roles.set_pin(fair, Role.COMMITTEE, "246813")
    for round_ in range(3):  # three changes a guest, by six desks: a log of ~30,000 rows
        for start in range(0, len(ids), 500):
            fair.operator = DESKS[(start // 500) % len(DESKS)]
            with fair.transaction() as tx:
                for n, gid in enumerate(ids[start:start + 500], start=start):
                    tx.update("guests", gid, {"desk_notes": f"已电话确认 {round_}-{n}"})
    fair.close()
    return path, ids


def bench_open(path: Path) -> list[dict]:
    value = _best(lambda: Fair.open(path).close())

    def bare() -> None:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA quick_check").fetchall()
        conn.close()

    return [{"figure": "open a 10,000-guest fair to write (quick check first)",
             "value": round(value * 1000, 1), "unit": "ms",
             "floor": round(_best(bare) * 1000, 1), "goal": "<= 500 ms",
             "met": value <= 0.5}]


def bench_audit(path: Path, ids: list[str]) -> list[dict]:
    fair = Fair.open(path)
    rows = fair.count("audit_log")
    query = audit.AuditQuery(person="报到员3")
    search = _best(lambda: audit.search(fair, query))
    one = _best(lambda: audit.history(fair, "guests", ids[7]))
    fair.close()
    conn = sqlite3.connect(path)
    search_floor = _best(lambda: conn.execute(
        "SELECT * FROM audit_log WHERE operator LIKE ? ORDER BY at DESC, rowid DESC LIMIT 2000",
        ["%报到员3%"]).fetchall())
    one_floor = _best(lambda: conn.execute(
        "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY at DESC",
        ["guests", ids[7]]).fetchall())
    conn.close()
    return [{"figure": f"audit search by person in a log of {rows:,} rows",
             "value": round(search * 1000, 1), "unit": "ms",
             "floor": round(search_floor * 1000, 1), "goal": "<= 300 ms",
             "met": search <= 0.3},
            {"figure": "a record's change history (form open)",
             "value": round(one * 1000, 2), "unit": "ms", "floor": round(one_floor * 1000, 2),
             "goal": "<= 20 ms", "met": one <= 0.02}]


def bench_pin(path: Path) -> list[dict]:
    fair = Fair.open(path)
    value = _best(lambda: fair.sign_in(COMMITTEE, "246813"), repeat=3)
    fair.close()
    floor = _best(lambda: hashlib.pbkdf2_hmac("sha256", b"246813", b"0" * 16,
                                              roles.ITERATIONS), repeat=3)
    return [{"figure": "sign in with a PIN", "value": round(value * 1000, 1), "unit": "ms",
             "floor": round(floor * 1000, 1), "goal": "<= 150 ms", "met": value <= 0.15}]


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        path, ids = _fair(Path(tmp))
        return bench_open(path) + bench_audit(path, ids) + bench_pin(path)


if __name__ == "__main__":
    for figure in run():
        print(figure)
