"""Fair.rows_in: rows whose id (or any column) is in a list, in chunks under SQLite's limit."""

from __future__ import annotations

import pytest

from fairdesk.core import fair as fair_module
from fairdesk.core.fair import IN_CHUNK, Fair


def _guests(fair: Fair, n: int) -> list[str]:
    rows = [{"ref_code": f"R{i:05d}", "name": f"嘉宾{i}", "state": "invited" if i % 2 else "to_invite"}
            for i in range(n)]
    with fair.transaction() as tx:
        tx.insert_many("guests", rows, audit_each=False)
    return [r["id"] for r in fair.rows("SELECT id FROM guests ORDER BY ref_code")]


def _queries(fair: Fair) -> list[str]:
    seen: list[str] = []
    fair.db.conn.set_trace_callback(seen.append)
    return seen


def test_more_ids_than_one_chunk_come_back_once_each(fair: Fair) -> None:
    ids = _guests(fair, IN_CHUNK * 2 + 7)
    seen = _queries(fair)
    rows = fair.rows_in("SELECT id, name FROM guests WHERE id IN (?...)", ids + ids[:50])
    assert sorted(r["id"] for r in rows) == sorted(ids)
    assert len(seen) == 3  # the duplicates add no query, and no chunk goes over the limit


def test_rows_come_chunk_by_chunk_each_in_the_query_order(fair: Fair,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _guests(fair, 7)
    monkeypatch.setattr(fair_module, "IN_CHUNK", 3)
    asked = [ids[5], ids[1], ids[6], ids[0], ids[3]]
    rows = fair.rows_in("SELECT id FROM guests WHERE id IN (?...) ORDER BY ref_code DESC", asked)
    assert [r["id"] for r in rows] == [ids[6], ids[5], ids[1], ids[3], ids[0]]


def test_params_fill_the_other_marks_on_both_sides_of_the_list(
        fair: Fair, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _guests(fair, 10)
    monkeypatch.setattr(fair_module, "IN_CHUNK", 4)  # 2 values per query beside the 2 params
    seen = _queries(fair)
    rows = fair.rows_in("SELECT id FROM guests WHERE state = ? AND id IN (?...) AND name <> ?",
                        ids, ["invited", "嘉宾3"])
    assert sorted(r["id"] for r in rows) == sorted(ids[i] for i in (1, 5, 7, 9))
    assert len(seen) == 5


def test_no_values_no_query(fair: Fair) -> None:
    seen = _queries(fair)
    assert fair.rows_in("SELECT * FROM guests WHERE id IN (?...)", []) == []
    assert fair.rows_in("SELECT * FROM guests WHERE id IN (?...)", iter(())) == []
    assert seen == []


def test_a_query_without_the_list_is_refused_before_anything_runs(fair: Fair) -> None:
    with pytest.raises(ValueError, match=r"\(\?\.\.\.\)"):
        fair.rows_in("SELECT * FROM guests WHERE id IN (?)", [])
