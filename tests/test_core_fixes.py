"""Bugs in the core found while writing the demo fair, and their fixes."""

from __future__ import annotations

from fairdesk.core.guests.names import fold_latin, latin_name


def test_insert_many_keeps_every_value_when_rows_differ_in_keys(fair):
    with fair.transaction() as tx:
        tx.insert_many("venues", [{"name": "主会场"}, {"name": "报告厅", "capacity": 800},
                                  {"name": "宴会厅", "address": "海滨路1号"}], audit_each=False)
    rows = {r["name"]: r for r in fair.rows("SELECT * FROM venues")}
    assert rows["报告厅"]["capacity"] == 800 and rows["主会场"]["capacity"] == 0
    assert rows["宴会厅"]["address"] == "海滨路1号" and rows["报告厅"]["address"] == ""
    assert fair.count("audit_log", "entity = 'venues' AND action = 'bulk-create'") == 1


def test_fold_latin_folds_capital_letters_with_strokes():
    assert fold_latin("Søren ØDEGAARD") == "soren odegaard"
    assert fold_latin("Æble Straße") == "aeble strasse"
    assert latin_name("Søren Ødegaard") == "Soren Odegaard"
