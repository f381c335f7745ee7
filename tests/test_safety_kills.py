"""Issue 13 (15): kill -9 at random moments of an import and of a check-in loop — a few
dozen kills in all, bounded in number, not time — then every file opens, check passes,
and what was counted is all or nothing."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import crash
import spreadsheets as ss
from test_safety_desks import _badged_fair

from fairdesk.core.fair import Fair
from fairdesk.storage import fairfile

IMPORT = """
import sys
from fairdesk.cli import main
print("go", flush=True)
main(["import-guests", sys.argv[1], sys.argv[2]])
"""

LOOP = """
import json, sys
from pathlib import Path
from fairdesk.core.badges import checkin
from fairdesk.core.fair import Fair
fair = Fair.open(sys.argv[1])
print("go", flush=True)
for code in json.loads(Path(sys.argv[2]).read_text()):
    if checkin.check_in(fair, code, desk="东门", with_card=False).ok:
        print(code, flush=True)  # green on the screen: it must be in the file
fair.close()
"""


def _sound(path: Path) -> Fair:
    fair = Fair.open(path)
    assert fairfile.check_file(fair.db) == []
    return fair


def _kill_after(code: str, args: list[str], delay: float) -> list[str]:
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=crash.ENV, cwd=crash.ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "go"
    time.sleep(delay)
    proc.kill()
    out, _ = proc.communicate()
    return out.split()


def test_kills_during_an_import_leave_all_or_no_guests(tmp_path: Path) -> None:
    listed = ss.workbook(tmp_path / "list.xlsx", [("名单", [ss.HEADER, *ss.guest_rows(1000)],
                                                   "visible")])
    seed = tmp_path / "seed.fair"
    Fair.create(seed).close()
    rng = random.Random(15)
    for i in range(6):
        path = tmp_path / f"i{i}.fair"
        shutil.copyfile(seed, path)
        _kill_after(IMPORT, [str(path), str(listed)], rng.uniform(0.3, 1.8))
        fair = _sound(path)
        try:
            assert fair.count("guests") in (0, 1000)
        finally:
            fair.close()


def test_kills_during_a_check_in_loop_lose_no_green(tmp_path: Path) -> None:
    seed = tmp_path / "seed.fair"
    codes = _badged_fair(seed, 150)
    listed = tmp_path / "codes.json"
    listed.write_text(json.dumps(codes))
    rng = random.Random(40)
    for i in range(8):
        path = tmp_path / f"c{i}.fair"
        shutil.copyfile(seed, path)
        greens = _kill_after(LOOP, [str(path), str(listed)], rng.uniform(0.05, 1.0))
        fair = _sound(path)
        try:
            recorded = {r["guest_id"] for r in fair.rows("SELECT guest_id FROM check_ins")}
            assert len(recorded) == fair.count("check_ins")  # none twice
            assert len(recorded) >= len(greens)  # every green shown is in the file
            arrived = fair.count("guests", "state = 'arrived'")
            assert arrived == len(recorded)  # a check-in and its arrival, together
        finally:
            fair.close()
