"""A canonical, sorted JSON of every record: what tests compare, and an archive."""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

#: This desk's own bookkeeping (and SQLite's), not the fair's records.
LOCAL_TABLES = ("sync_desk", "sync_records", "sync_log", "sync_peers", "sync_dismissed",
                "_sqlite_migrations", "sqlite_sequence")


def dump(fair: Fair) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for (table,) in fair.db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall():
        if table in LOCAL_TABLES or table.startswith("sqlite_"):
            continue
        rows = [{k: _plain(v) for k, v in r.items()} for r in fair.rows(f"SELECT * FROM [{table}]")]
        rows.sort(key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
        out[table] = rows
    return out


def dumps(fair: Fair) -> str:
    return json.dumps(dump(fair), sort_keys=True, ensure_ascii=False, indent=1)


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode()}
    return value
