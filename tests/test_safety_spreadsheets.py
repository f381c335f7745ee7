"""Issue 13 (6): spreadsheets that broke the reader, each now a sentence or read right."""

from __future__ import annotations

import json
import random
from pathlib import Path

import crash
import pytest
import spreadsheets as ss

from fairdesk.base.errors import ValidationError
from fairdesk.core.fair import Fair
from fairdesk.core.guests.importing import import_file, read_table

READ = """
import json, sys
from fairdesk.core.guests.importing import read_table
t = read_table(sys.argv[1])
print(json.dumps([t.sheet, len(t.data())]))
"""


def _read_in_child(path: Path) -> list:
    """In a child process: an abort (calamine asking for 550 GB) must not take pytest down."""
    proc = crash.run_child(READ, path, timeout=60)
    assert proc.returncode == 0, (proc.returncode, proc.stderr[-500:])
    return json.loads(proc.stdout)


@pytest.mark.parametrize("cell", [(1_048_575, 16_383), (1_048_575, 51)])  # XFD1048576, AZ…
def test_one_stray_cell_far_away_is_read_as_one_cell(tmp_path: Path, cell: tuple) -> None:
    path = ss.with_stray_cell(tmp_path / "stray.xlsx", cell)
    assert path.stat().st_size < 10_000
    sheet, rows = _read_in_child(path)
    assert sheet == "名单" and rows == 4  # three guests and the stray row, which the preview names


def test_a_hidden_first_sheet_is_passed_over_and_the_sheet_read_is_named(
        tmp_path: Path, fair: Fair) -> None:
    for state in ("hidden", "very_hidden"):
        path = ss.workbook(tmp_path / f"{state}.xlsx", [
            ("旧名单", [ss.HEADER, *ss.guest_rows(9)], state),
            ("名单", [ss.HEADER, *ss.guest_rows(2)], "visible")])
        assert read_table(path).sheet == "名单"
        result = import_file(fair, path, dry_run=True)
        assert any("名单" in line and "表头" in line for line in result.summary())


def test_csv_with_cr_only_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    lines = [",".join(ss.HEADER)] + [",".join(map(str, r)) for r in ss.guest_rows(5)]
    path.write_bytes("\r".join(lines).encode("utf-8"))
    assert len(read_table(path).data()) == 5


def test_csv_with_a_huge_field_is_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text(",".join(ss.HEADER) + "\n1,张伟," + "x" * 140_000 + "\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        read_table(path)
    assert "characters" in err.value.text.en and len(str(err.value)) < 300


def test_an_unclosed_quote_names_its_line_instead_of_swallowing_rows(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    rows = [",".join(map(str, r)) for r in ss.guest_rows(20)]
    rows[1] = rows[1].replace("临港区招商局", '"临港区招商局')  # opened on line 3, never closed
    path.write_text("\n".join([",".join(ss.HEADER), *rows]) + "\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        read_table(path)
    assert "line 3" in err.value.text.en and err.value.row == 3


@pytest.mark.parametrize("column", [4, 6])  # phone (a bad value), inviting unit (a new one)
def test_a_100000_character_cell_is_not_echoed_whole(tmp_path: Path, fair: Fair,
                                                     column: int) -> None:
    row = [1, "张伟", "单位", "", "13800000000", "", "东港区"]
    row[column] = "汉" * 100_000
    path = tmp_path / "long.csv"
    path.write_text(",".join(ss.HEADER) + "\n" + ",".join(map(str, row)) + "\n", encoding="utf-8")
    for skip in (False, True):
        try:
            said = import_file(fair, path, dry_run=True, skip_invalid=skip).summary()
        except ValidationError as exc:
            said = [str(exc)]
        assert max(map(len, said)) < 400, max(map(len, said))


def test_a_password_protected_workbook_says_so(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        read_table(ss.password_protected(tmp_path / "locked.xlsx"))
    assert "password" in err.value.text.en and "密码" in err.value.text.zh
    assert "damaged" not in err.value.text.en


def test_a_spill_error_cell_is_read_not_called_damaged(tmp_path: Path) -> None:
    table = read_table(ss.spill_cell(tmp_path / "spill.xlsx"))
    assert [row[3] for _, row in table.data()][0] == "#SPILL!"
    assert len(table.data()) == 3


CORPUS = """
import json, sys
from pathlib import Path
from fairdesk.base.errors import FairdeskError
from fairdesk.core.fair import Fair
from fairdesk.core.guests.importing import import_file
out = []
for name in sys.argv[1:]:
    fair = Fair.memory()
    before = fair.count("guests")
    try:
        result = import_file(fair, name)
        outcome = ["imported", result.imported, fair.count("guests") - before]
    except FairdeskError as exc:
        outcome = ["refused", len(str(exc)), fair.count("guests") - before]
    except Exception as exc:  # a traceback the user would see as 'Unexpected error'
        outcome = ["bug", f"{type(exc).__name__}: {str(exc)[:200]}", 0]
    out.append([Path(name).name, *outcome])
    fair.close()
print(json.dumps(out))
"""


def test_a_generated_corpus_gives_no_traceback_no_abort_no_partial_write(tmp_path: Path) -> None:
    rnd = random.Random(2026)
    files = []
    for i in range(40):  # bounded: 40 workbooks and 40 CSV files, the same every run
        files.append(ss.random_workbook(tmp_path / f"w{i}.xlsx", rnd))
        files.append(ss.random_csv(tmp_path / f"c{i}.csv", rnd))
    proc = crash.run_child(CORPUS, *files, timeout=300)
    assert proc.returncode == 0, (proc.returncode, proc.stderr[-800:])  # no abort
    outcomes = json.loads(proc.stdout)
    assert len(outcomes) == len(files)
    assert [o for o in outcomes if o[1] == "bug"] == []  # no traceback
    for name, kind, value, written in outcomes:
        if kind == "imported":
            assert written == value, name  # all of it...
        else:
            assert written == 0, name  # ...or nothing
            assert value < 600, name  # one sentence, not a cell echoed whole
