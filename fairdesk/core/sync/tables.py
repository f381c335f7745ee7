"""Which tables travel between desks, and what SQLite must keep true of their rows."""

from __future__ import annotations

from dataclasses import dataclass

from fairdesk.storage.schema import AREA_TABLES, SYNC_LOCAL

SETTINGS = "fair_settings"


def synced_tables() -> tuple[str, ...]:
    """Every record table of AREA_TABLES (a new one travels without more code), and the
    fair's settings; minus SYNC_LOCAL. Parents before children, as AREA_TABLES lists them."""
    tables = [SETTINGS, *(t for ts in AREA_TABLES.values() for t in ts)]
    return tuple(t for t in tables if t not in SYNC_LOCAL)


def pk(table: str) -> str:
    return "key" if table == SETTINGS else "id"


@dataclass(frozen=True)
class Shape:
    columns: tuple[str, ...]
    uniques: tuple[tuple[str, ...], ...]   # unique indexes besides the primary key
    parents: tuple[tuple[str, str], ...]   # (column, parent table)
    has_bytes: bool = False                # a BLOB column (photos)


def shape(db, table: str) -> Shape:  # noqa: ANN001 - a sqlite_utils Database
    """Columns, unique indexes and references of ``table`` (one schema for every file
    this fairdesk opens: files are upgraded when opened)."""
    found = _SHAPES.get(table)
    if found is None:
        info = db.execute(f"PRAGMA table_info([{table}])").fetchall()
        cols = tuple(r[1] for r in info)
        has_bytes = any(str(r[2]).upper() == "BLOB" for r in info)
        uniques = []
        for row in db.execute(f"PRAGMA index_list([{table}])").fetchall():
            name, unique, origin = row[1], row[2], row[3]
            if unique and origin != "pk":
                info = db.execute(f"PRAGMA index_info([{name}])").fetchall()
                uniques.append(tuple(r[2] for r in info))
        parents = tuple((fk[3], fk[2]) for fk in
                        db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall())
        found = _SHAPES[table] = Shape(cols, tuple(uniques), parents, has_bytes)
    return found


_SHAPES: dict[str, Shape] = {}
