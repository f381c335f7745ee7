"""The fair file's schema: built on an empty file, upgraded from an older one, refused when odd."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from badfiles import BAD_FILES
from conftest import TESTER
from sqlite_utils import Database

from fairdesk.base.errors import FairFileError
from fairdesk.core.fair import Fair
from fairdesk.storage import fairfile
from fairdesk.storage.schema import AREA_TABLES, migrations

EARLY_STOP = "0004_reception"  # a file made before reception, security and signing existed


def _columns(db: Database, table: str) -> dict[str, str]:
    return {c.name: c.type for c in db[table].columns}


def test_an_empty_file_gets_the_whole_schema(fair_path: Path):
    fair = Fair.open(fair_path, TESTER)
    try:
        db = fair.db.utils()  # the sqlite-utils view of the same connection
        tables = set(db.table_names())
        for area, names in AREA_TABLES.items():
            assert set(names) <= tables, area
        for table in (t for names in AREA_TABLES.values() for t in names):
            cols = _columns(db, table)
            assert db[table].pks == ["id"] and cols["id"] == "TEXT", table
            assert {"created_at", "updated_at", "updated_by"} <= set(cols), table
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA application_id").fetchone()[0] == fairfile.APPLICATION_ID
        assert fairfile.pending_names(db) == [] and fairfile.check_file(db) == []
    finally:
        fair.close()


def test_area_tables_lists_every_record_table(fair_path: Path):
    """A new table must be added to AREA_TABLES (info, merge and audit rely on it)."""
    db = Database(sqlite3.connect(fair_path))
    listed = {t for names in AREA_TABLES.values() for t in names}
    stamped = {t for t in db.table_names() if "updated_by" in _columns(db, t)
               and "created_at" in _columns(db, t)}
    db.close()
    assert stamped == listed


def _early_file(path: Path) -> Path:
    """A fair file as an older fairdesk left it: early migrations only, with a guest in it."""
    db = Database(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id = {fairfile.APPLICATION_ID}")
    migrations.apply(db, stop_before=EARLY_STOP)
    now = "2026-05-01T09:00:00+00:00"
    stamp = {"created_at": now, "updated_at": now, "updated_by": "old@desk/laptop"}
    db["inviting_units"].insert({"id": "U1", "name": "临港区", **stamp})
    db["guests"].insert({"id": "G1", "ref_code": "ABC234", "name": "张伟",
                         "inviting_unit_id": "U1", "state": "attending", **stamp})
    db.conn.commit()
    db.close()
    return path


def test_an_older_file_is_upgraded_keeping_its_data_and_a_backup(tmp_path: Path):
    path = _early_file(tmp_path / "old.fair")
    assert "hotels" not in Database(sqlite3.connect(path)).table_names()
    fair = Fair.open(path, TESTER)
    try:
        assert fair.get("guests", "G1")["name"] == "张伟"
        assert fair.get("inviting_units", "U1")["name"] == "临港区"
        assert fairfile.pending_names(fair.db) == []
        assert {"hotels", "signing_projects", "badges"} <= set(fair.db.table_names())
        fair.reception.create("hotels", name="临港大酒店")  # the new tables work
        assert fair.count("hotels") == 1
        assert fair.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        fair.close()
    backups = list(tmp_path.glob("old.fair.before-*.bak"))
    assert [b.name for b in backups] == ["old.fair.before-0003_agenda.bak"]
    old = Database(sqlite3.connect(backups[0]))
    assert "hotels" not in old.table_names() and old["guests"].count == 1
    old.close()


def test_a_failed_upgrade_leaves_the_file_at_its_old_schema(tmp_path: Path, monkeypatch):
    """Every pending migration applies, or none: no file stuck halfway between versions."""
    path = _early_file(tmp_path / "old.fair")

    def broken(_db: Database) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations._migrations[-1], "fn", broken)  # noqa: SLF001
    with pytest.raises(FairFileError, match="unchanged|未改动"):
        Fair.open(path, TESTER)
    db = Database(sqlite3.connect(path))
    try:
        assert "hotels" not in db.table_names()  # not even the migrations before the broken one
        assert fairfile.applied_names(db)[-1] < EARLY_STOP
    finally:
        db.close()


def test_check_reports_an_older_file_without_upgrading_it(tmp_path: Path, capsys):
    from fairdesk import cli

    path = _early_file(tmp_path / "old.fair")
    before = path.read_bytes()
    assert cli.main(["--lang", "en", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "The schema is older" in out and EARLY_STOP in out and "is sound" in out
    assert path.read_bytes() == before and not list(tmp_path.glob("*.bak"))


def test_a_file_from_a_newer_fairdesk_is_refused(tmp_path: Path):
    path = BAD_FILES["newer"](tmp_path / "new.fair")
    before = path.read_bytes()
    with pytest.raises(FairFileError) as err:
        Fair.open(path, TESTER)
    assert "newer" in err.value.text.en and "更新版本" in err.value.text.zh
    assert path.read_bytes() == before


@pytest.mark.parametrize("kind", ["text", "random", "truncated", "foreign", "empty"])
def test_damaged_or_foreign_files_are_refused(tmp_path: Path, kind: str):
    path = BAD_FILES[kind](tmp_path / f"{kind}.fair")
    before = path.read_bytes()
    with pytest.raises(FairFileError) as err:
        Fair.open(path, TESTER)
    assert f"{kind}.fair" in err.value.text.en and f"{kind}.fair" in err.value.text.zh
    assert path.read_bytes() == before


def test_a_damaged_page_is_found_by_check(tmp_path: Path, capsys):
    """Damage inside the file (not a cut) is what ``fairdesk check`` is for."""
    from fairdesk import cli

    path = tmp_path / "d.fair"
    fair = Fair.create(path, TESTER)
    with fair.transaction() as tx:
        tx.insert_many("venues", [{"name": f"会场{i}" * 20} for i in range(400)],
                       audit_each=False)
    fair.close()
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'venues'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page + 8:(root - 1) * page + 400] = b"\xff" * 392  # scribble on it
    path.write_bytes(bytes(data))
    assert cli.main(["--lang", "en", "check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "Integrity:" in out and "problems found" in out and err == ""


def _guest_indexes(db: Database) -> dict[str, list[str]]:
    return {name: [r[2] for r in db.execute(f"PRAGMA index_info([{name}])")]
            for _, name, *_ in db.execute("PRAGMA index_list(guests)")}


def test_an_upgraded_file_has_the_keys_and_indexes_of_a_new_one(tmp_path: Path):
    """0010 folds the old guests' keys (traditional -> simplified too) and the indexes it and
    0011 drop, found by their columns, are gone, as in a file made new."""
    path = _early_file(tmp_path / "old.fair")
    db = Database(sqlite3.connect(path))
    db["guests"].insert({"id": "G2", "ref_code": "XYZ789", "name": "張偉", "organisation": "台塑企業",
                         "phone": "+86 152 6865 6355", "id_number": "4403 0119 9001 01123x",
                         "inviting_unit_id": "U1", "state": "invited", "created_at": "x",
                         "updated_at": "x", "updated_by": ""})
    db.conn.commit()
    db.close()
    Fair.open(path, TESTER).close()
    new = Fair.memory(TESTER)
    upgraded = Database(sqlite3.connect(path))
    try:
        keys = upgraded.execute("SELECT name_fold, org_fold, phone_norm, id_norm FROM guests"
                                " WHERE id = 'G2'").fetchone()
        assert keys == ("张伟", "台塑企业", "15268656355", "44030119900101123X")
        assert sorted(_guest_indexes(upgraded).values()) == sorted(_guest_indexes(new.db).values())
        assert ["phone"] not in _guest_indexes(upgraded).values()
        assert ["category"] not in _guest_indexes(upgraded).values()
    finally:
        upgraded.close()


@pytest.mark.parametrize("name, org, phone, idn", [
    ("張偉", "台塑企業", "+86 152 6865 6355", "4403 0119 9001 01123x"),
    ("Ａnna  Müller", "Ørsted A/S", "１３４９７４６５０７５", "C1234567"),
    ("Łukasz Straße", "", 13139624595.0, None),
    ("", "欧阳 司马", "0086-174-3231-9487", "ab 12"),
])
def test_the_frozen_0010_keys_still_equal_todays_rules(name, org, phone, idn):
    """While the live rules have not changed, the frozen copy gives the same keys; when they
    change on purpose, this test is where a new migration gets decided."""
    from fairdesk.core.guests.keys import guest_keys
    from fairdesk.storage.frozen.keys_0010 import guest_keys as frozen

    assert frozen(name, org, phone, idn) == list(guest_keys(name, org, phone, idn).values())
