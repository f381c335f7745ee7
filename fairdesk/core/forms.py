"""What a record form reads besides the record: every area's entity specs, the options
of a reference field, and the schema's defaults that preset a new record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import language

if TYPE_CHECKING:
    from fairdesk.core.entity import Entity
    from fairdesk.core.fair import Fair


def all_entities(fair: Fair) -> dict[str, Entity]:
    """Every entity spec of every area service, by table name."""
    specs: dict[str, Entity] = {}
    for service in (fair.guests, fair.reception, fair.security, fair.signing, fair.agenda):
        specs.update(service.entities)
    return specs


def ref_options(fair: Fair, table: str) -> list[tuple[str, str]]:
    """(id, title) of each row of ``table`` in its entity's order, for a reference combo."""
    spec = all_entities(fair).get(table)
    title = spec.title if spec else "name"
    order = spec.order_by if spec else "created_at"
    english = f"{title}_en" if language() == "en" and _has_column(fair, table, f"{title}_en") \
        else title  # a hotel, a unit, a sitting in English where the record has its name
    rows = fair.rows(f"SELECT id, coalesce(nullif([{english}], ''), [{title}]) AS title"
                     f" FROM [{table}] ORDER BY {order}")
    return [(r["id"], str(r["title"] or r["id"])) for r in rows]


def _has_column(fair: Fair, table: str, column: str) -> bool:
    return any(c["name"] == column for c in fair.rows(f"PRAGMA table_info([{table}])"))


def column_defaults(fair: Fair, table: str) -> dict[str, Any]:
    """The schema's default of each column that has a meaningful one (a new record's preset)."""
    out: dict[str, Any] = {}
    for col in fair.rows(f"PRAGMA table_info([{table}])"):
        text = col["dflt_value"]
        if text is None or text in ("''", "0", "NULL"):
            continue
        if text.startswith("'") and text.endswith("'"):
            out[col["name"]] = text[1:-1]
        else:
            try:
                out[col["name"]] = int(text)
            except ValueError:
                continue
    return out
