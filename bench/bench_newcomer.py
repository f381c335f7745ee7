"""The first ten minutes (issue 16): figures next to their floors, measured in the same run.

(a) The demo fair at a second ``./run``: the laptop's demo is reused, so the wait is the
    opening of a 600-guest fair, not its making (what every launch used to cost). Goal
    <= 0.5 s; floor, sqlite3 opening the same file and counting its guests.
(b) The same wait at the first ``./run`` (making it), for scale; floor, (a).
(c) ``fairdesk --lang zh --help``: the parser built, its help put into Chinese and
    printed. Goal <= 100 ms; floor, the same parser's English help with argparse alone
    (no catalog, no wrapping by columns).
(d) The same as the user waits for it, a process of its own (Python starting, fairdesk's
    commands imported). Goal <= 1 s; floor, ``python -c pass``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fairdesk import cli
from fairdesk.base.i18n import set_language
from fairdesk.core.context import Operator
from fairdesk.core.demo import create_demo_fair
from fairdesk.core.fair import Fair

OPERATOR = Operator("bench", "desk-1", "bench-laptop")


def _best(work: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def _bare_open(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM guests").fetchone()
    conn.close()


def _demo_figures(folder: Path) -> list[dict]:
    path = folder / "demo.fair"
    started = time.perf_counter()
    create_demo_fair(path, guests=600, seed=2026, operator=OPERATOR).close()
    making = time.perf_counter() - started
    reuse = _best(lambda: Fair.open(path, OPERATOR).close())
    floor = _best(lambda: _bare_open(path))
    return [
        {"figure": "demo fair at a second ./run (reused, 600 guests)", "value": round(reuse, 3),
         "unit": "s", "floor": round(floor, 4), "goal": "<= 0.5 s", "met": reuse <= 0.5},
        {"figure": "demo fair at the first ./run (made)", "value": round(making, 2),
         "unit": "s", "floor": round(reuse, 3)},
    ]


def _help(lang: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        cli.main(["--lang", lang, "demo", "--help"])


def _bare_help() -> None:
    set_language("en")
    parser = argparse.ArgumentParser(prog="fairdesk")
    sub = parser.add_subparsers(dest="command")
    for name in cli.MODULES:
        __import__(name, fromlist=["register"]).register(sub)
    sub.choices["demo"].format_help()


def _help_figures() -> list[dict]:
    chinese = _best(lambda: _help("zh"))
    floor = _best(_bare_help)
    set_language("zh")
    return [{"figure": "fairdesk --lang zh demo --help", "value": round(chinese * 1000, 1),
             "unit": "ms", "floor": round(floor * 1000, 1), "goal": "<= 100 ms",
             "met": chinese <= 0.1}]


def _process(*argv: str) -> None:
    subprocess.run([sys.executable, *argv], check=True, stdout=subprocess.DEVNULL)


def _process_figures() -> list[dict]:
    waited = _best(lambda: _process("-m", "fairdesk.cli", "--lang", "zh", "--help"), repeat=3)
    floor = _best(lambda: _process("-c", "pass"), repeat=3)
    return [{"figure": "fairdesk --lang zh --help, a process of its own",
             "value": round(waited * 1000), "unit": "ms", "floor": round(floor * 1000),
             "goal": "<= 1000 ms", "met": waited <= 1.0}]


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        figures = _demo_figures(Path(tmp))
    return figures + _help_figures() + _process_figures()
