"""Foundation figures: making a big demo fair, opening it to a painted window, memory.

Window timings run in a fresh ``python -c`` process each (imports count), with
``QT_QPA_PLATFORM=offscreen``, from just before the process starts to the
first paint event of the main window. The floor is a bare PySide6 main window
measured the same way in the same run. The floor of generating the demo fair
is bare sqlite3 writing the same rows into an empty fair schema.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GUESTS = 10_000
RUNS = 3
ROOT = Path(__file__).resolve().parent.parent

# Shared by both probes: stop at the first Paint event of the main window, report the
# wall time then and this process's peak memory.
PAINT_PROBE = """
def peak_mb():
    # VmHWM is this program's own peak; ru_maxrss can carry the parent's over exec
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is WINDOW and not DONE:
            DONE.append(time.time())
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

DONE = []
app = make_app()
WINDOW = make_window()
spy = FirstPaint()
WINDOW.installEventFilter(spy)
WINDOW.show()
QTimer.singleShot(20000, app.quit)
app.exec()
print(json.dumps({"painted_at": DONE[0] if DONE else None, "max_rss_mb": peak_mb()}))
"""

BARE_WINDOW = """
def make_app():
    from PySide6.QtWidgets import QApplication
    return QApplication(sys.argv[:1])

def make_window():
    from PySide6.QtWidgets import QLabel, QMainWindow
    window = QMainWindow()
    window.setWindowTitle("fairdesk")
    window.setCentralWidget(QLabel("fairdesk"))
    window.resize(1280, 800)
    return window
"""

FAIRDESK_WINDOW = """
def make_app():
    from fairdesk.gui.app import create_application
    return create_application()

def make_window():
    from fairdesk.core.context import Operator
    from fairdesk.gui.app import open_main_window
    return open_main_window({path!r}, Operator("bench", "desk-1", "bench-laptop"))
"""


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def _paint_run(window_code: str) -> tuple[float, float]:
    """Seconds from process start to first paint, and peak memory (MB), of one fresh process."""
    started = time.time()
    code = "import json, resource, sys, time\n" + window_code + PAINT_PROBE
    proc = subprocess.run([sys.executable, "-c", code], env=_env(),
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    if report["painted_at"] is None:
        raise RuntimeError("the window was never painted")
    return report["painted_at"] - started, report["max_rss_mb"]


def _median_paint(window_code: str) -> tuple[float, float]:
    runs = [_paint_run(window_code) for _ in range(RUNS)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def _make_demo(path: Path) -> float:
    """Seconds to generate the 10,000-guest demo fair (in a fresh process, as `fairdesk demo`)."""
    code = ("import sys, time\n"
            "from fairdesk.core.demo import create_demo_fair\n"
            "from fairdesk.core.context import Operator\n"
            "t = time.perf_counter()\n"
            f"create_demo_fair({str(path)!r}, guests={GUESTS}, seed=2026,"
            " operator=Operator('bench', 'cli', 'bench-laptop')).close()\n"
            "print(time.perf_counter() - t)\n")
    proc = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True,
                          text=True, timeout=600, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
    return float(proc.stdout.strip().splitlines()[-1])


def _write_floor(demo: Path, tmp: Path) -> float:
    """Seconds for bare sqlite3 to write the same rows into an empty fair schema (the floor)."""
    import sqlite3

    from sqlite_utils import Database

    from fairdesk.storage.schema import migrations

    source = sqlite3.connect(demo)
    tables = [r[0] for r in source.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name != '_sqlite_migrations'")]
    data = {tb: source.execute(f"SELECT * FROM [{tb}]").fetchall() for tb in tables}
    source.close()
    target = tmp / "floor.fair"
    db = Database(sqlite3.connect(target))
    db.execute("PRAGMA journal_mode = WAL")
    migrations.apply(db)
    conn = db.conn
    started = time.perf_counter()
    with conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for tb, rows in data.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                conn.executemany(f"INSERT OR REPLACE INTO [{tb}] VALUES ({marks})", rows)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def _figure(name: str, value: float | None, unit: str, goal: str, met: bool | None,
            **extra: object) -> dict:
    figure = {"figure": name, "value": None if value is None else round(value, 3),
              "unit": unit, **extra, "goal": goal, "met": met}
    return figure


def _skipped(name: str, unit: str, goal: str, reason: str) -> dict:
    return {**_figure(name, None, unit, goal, None), "skipped": reason}


def run() -> list[dict]:
    figures: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="fairdesk-bench-") as tmp:
        path = Path(tmp) / "bench.fair"
        try:
            made = _make_demo(path)
            floor_write = _write_floor(path, Path(tmp))
            figures.append(_figure(f"demo fair with {GUESTS} guests: generate", made, "s",
                                   "< 5 s", made < 5, floor=round(floor_write, 3)))
        except RuntimeError as exc:
            figures.append(_skipped(f"demo fair with {GUESTS} guests: generate", "s", "< 5 s",
                                    str(exc)))
            return figures + [
                _skipped("open to first painted window", "s", "<= 2x floor", "no demo fair"),
                _skipped("peak memory with the fair open", "MB", "<= 250 MB", "no demo fair")]
        floor, floor_mb = _median_paint(BARE_WINDOW)
        try:
            opened, peak_mb = _median_paint(FAIRDESK_WINDOW.format(path=str(path)))
        except RuntimeError as exc:
            return figures + [
                _skipped("open to first painted window", "s", "<= 2x floor", str(exc)),
                _skipped("peak memory with the fair open", "MB", "<= 250 MB", str(exc))]
    figures.append(_figure(f"open {GUESTS}-guest fair to first painted window", opened, "s",
                           "<= 2x floor", opened <= 2 * floor, floor=round(floor, 3)))
    figures.append(_figure("peak memory with the fair open", peak_mb, "MB", "<= 250 MB",
                           peak_mb <= 250, floor=round(floor_mb, 1)))
    return figures
