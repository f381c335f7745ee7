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


def test_the_fair_clock_without_a_time_zone_database(monkeypatch):
    """The Linux one-folder app reads the system's zoneinfo: a bare system has none."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfoNotFoundError

    from fairdesk.core import timeutil

    def missing(key: str) -> None:
        raise ZoneInfoNotFoundError(key)

    assert timeutil.zone("Asia/Shanghai").utcoffset(datetime(2026, 5, 18)) == timedelta(hours=8)
    monkeypatch.setattr(timeutil, "ZoneInfo", missing)
    tz = timeutil.zone("Asia/Shanghai")
    assert tz.utcoffset(datetime(2026, 5, 18)) == timedelta(hours=8)
    assert timeutil.to_fair_iso(datetime(2026, 5, 18, 2, 30, tzinfo=timeutil.UTC), tz) == (
        "2026-05-18T10:30:00+08:00")
