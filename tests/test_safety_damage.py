"""Issue 13 (8): damage does not go unnoticed; a killed demo leaves no fair behind."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import crash

from bench.crowd import make_crowd
from fairdesk.cli import main
from fairdesk.core.fair import Fair
from fairdesk.storage import fairfile

MARK = "独一无二的名字甲乙丙"


def _fair_with_a_name(path: Path) -> Path:
    fair = Fair.create(path)
    gid = make_crowd(fair, 3)[0]
    with fair.transaction() as tx:
        tx.update("guests", gid, {"name": MARK})
    fair.close()
    return path


def test_check_finds_a_flipped_byte_that_breaks_a_text(fair_path: Path, tmp_path: Path,
                                                       capsys) -> None:  # noqa: ANN001
    path = _fair_with_a_name(tmp_path / "flip.fair")
    data = bytearray(path.read_bytes())
    where = data.rfind(MARK.encode())
    assert where > 0
    while where > 0:  # the row, and the record's sync document (a blob), hold the name
        data[where] = 0xFF  # no UTF-8 starts so: the name can no longer be read
        where = data.rfind(MARK.encode(), 0, where)
    path.write_bytes(bytes(data))
    db = fairfile.open_file(path, upgrade=False)
    try:
        with_sqlite_alone = [r[0] for r in db.execute("PRAGMA integrity_check")]
        problems = fairfile.check_file(db)
    finally:
        db.close()
    assert with_sqlite_alone == ["ok"]  # SQLite's own check sees nothing wrong
    assert any("guests" in p for p in problems), problems
    assert main(["check", str(path)]) == 1
    capsys.readouterr()


DEMO = """
import sys
from fairdesk.cli import main
print("go", flush=True)
main(["demo", sys.argv[1], "--guests", "3000"])
"""


def test_a_killed_demo_leaves_no_half_built_fair(tmp_path: Path) -> None:
    for i, delay in enumerate((0.6, 1.5, 3.0)):  # bounded: three kills while it builds
        path = tmp_path / f"demo{i}.fair"
        proc = subprocess.Popen([sys.executable, "-c", DEMO, str(path)], env=crash.ENV,
                                cwd=crash.ROOT, stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "go"
        time.sleep(delay)
        proc.kill()
        proc.communicate()
        if path.exists():  # only a whole demo may stand under the name
            fair = Fair.open(path)
            try:
                assert fair.count("guests") == 3000
            finally:
                fair.close()
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(f"demo{i}.fair")
                    and p != path and not p.name.startswith(".")]


def _a_damaged_page(path: Path) -> None:
    """Overwrite one page in use with random bytes, so that SQLite's quick check fails."""
    import random
    import sqlite3

    good = path.read_bytes()
    rnd = random.Random(13)
    for _ in range(40):  # bounded: a page in use is found within a few tries
        data = bytearray(good)
        page = rnd.randrange(2, len(data) // 4096)
        data[page * 4096:(page + 1) * 4096] = rnd.randbytes(4096)
        path.write_bytes(bytes(data))
        conn = sqlite3.connect(path)
        try:
            found = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError:
            found = [("malformed",)]
        finally:
            conn.close()
        if found != [("ok",)]:
            return
    raise AssertionError("no page in use found")


def test_checkin_refuses_a_file_check_calls_damaged(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from fairdesk.base.errors import FairFileError
    from fairdesk.core.badges.issuing import badges_for_printing, record_printed

    path = tmp_path / "paged.fair"
    fair = Fair.create(path)
    ids = make_crowd(fair, 400)
    batch = badges_for_printing(fair, ids[:1])
    record_printed(fair, batch)
    fair.close()
    _a_damaged_page(path)
    damaged = path.read_bytes()
    assert main(["check", str(path)]) == 1
    assert main(["checkin", str(path), batch.badges[0].code]) == 1
    err = capsys.readouterr().err
    assert "已损坏，未做任何改动" in err and "fairdesk check" in err
    assert path.read_bytes() == damaged  # nothing written
    try:
        Fair.open(path)
    except FairFileError as exc:
        assert "已损坏" in str(exc)
    else:
        raise AssertionError("a damaged file opened for writing")
