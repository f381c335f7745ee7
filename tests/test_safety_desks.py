"""Issue 13 (3, 4): two desks on one file never both admit a badge; scanned text that is
not a signed badge code never admits."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import crash
import pytest

from bench.crowd import make_crowd
from fairdesk.cli import main
from fairdesk.core.badges import checkin, issuing
from fairdesk.core.badges.checkin import ScanStatus
from fairdesk.core.demo import create_demo_fair
from fairdesk.core.fair import Fair

DESK = """
import json, sys, time
from pathlib import Path
from fairdesk.core.badges import checkin
from fairdesk.core.fair import Fair
path, desk, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
codes = json.loads(Path(sys.argv[4]).read_text())
fair = Fair.open(path)
print("ready", flush=True)
while not go.exists():
    time.sleep(0.005)
greens = [c for c in codes if checkin.check_in(fair, c, desk=desk, with_card=False).ok]
fair.close()
print(json.dumps(greens), flush=True)
"""


def _badged_fair(path: Path, n: int) -> list[str]:
    fair = Fair.create(path)
    try:
        ids = make_crowd(fair, n)
        with fair.transaction() as tx:
            for gid in ids:
                tx.update("guests", gid, {"state": "confirmed"})
        return [issuing.issue_badge(fair, gid).code for gid in ids]
    finally:
        fair.close()


def test_two_processes_scanning_the_same_codes_admit_each_badge_once(tmp_path: Path) -> None:
    path = tmp_path / "door.fair"
    codes = _badged_fair(path, 400)
    listed = tmp_path / "codes.json"
    listed.write_text(json.dumps(codes))
    go = tmp_path / "go"
    desks = [subprocess.Popen([sys.executable, "-c", DESK, str(path), name, str(go),
                               str(listed)], env=crash.ENV, cwd=crash.ROOT,
                              stdout=subprocess.PIPE, text=True) for name in ("东门", "西门")]
    for proc in desks:
        assert proc.stdout.readline().strip() == "ready"
    go.touch()  # both desks start scanning the same list at once
    greens = []
    for proc in desks:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0
        greens.append(set(json.loads(out)))
    assert greens[0] & greens[1] == set()  # no badge green at both desks
    assert greens[0] | greens[1] == set(codes)  # and none lost
    fair = Fair.open(path)
    try:
        assert fair.count("check_ins") == len(codes)
    finally:
        fair.close()


@pytest.fixture
def badged(fair: Fair) -> list[str]:
    ids = make_crowd(fair, 10)
    with fair.transaction() as tx:
        for gid in ids:
            tx.update("guests", gid, {"state": "confirmed"})
    for gid in ids:
        issuing.issue_badge(fair, gid)
    return ids


def test_a_scanned_guest_id_never_admits(fair: Fair, badged: list[str]) -> None:
    for gid in badged:
        result = checkin.check_in(fair, gid, desk="东门")
        assert result.colour == "red"
        assert result.status in (ScanStatus.UNKNOWN, ScanStatus.FORGED)
        ref = fair.get("guests", gid)["ref_code"]
        assert checkin.check_in(fair, ref, desk="东门").colour == "red"
    assert fair.count("check_ins") == 0


def test_ids_of_another_demo_fair_of_the_same_seed_never_admit(tmp_path: Path) -> None:
    one = create_demo_fair(tmp_path / "a.fair", guests=60)
    other = create_demo_fair(tmp_path / "b.fair", guests=60)
    try:
        ids = [r["id"] for r in one.rows("SELECT id FROM guests")][:20]
        before = other.count("check_ins")
        assert [checkin.check_in(other, gid).colour for gid in ids] == ["red"] * 20
        assert other.count("check_ins") == before
    finally:
        one.close()
        other.close()


def test_manual_check_in_is_its_own_call(fair: Fair, badged: list[str]) -> None:
    assert checkin.check_in_guest(fair, badged[0], desk="东门").ok
    assert checkin.check_in_guest(fair, badged[0], desk="西门").colour == "amber"


def test_the_cli_admits_a_guest_id_only_with_guest(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "door.fair"
    _badged_fair(path, 5)
    fair = Fair.open(path)
    gid = fair.scalar("SELECT id FROM guests LIMIT 1")
    fair.close()
    assert main(["--lang", "en", "checkin", str(path), gid]) == 3  # red
    assert "[X]" in capsys.readouterr().out
    assert main(["--lang", "en", "checkin", str(path), "--guest", gid]) == 0
    fair = Fair.open(path)
    assert fair.count("check_ins") == 1
    fair.close()


