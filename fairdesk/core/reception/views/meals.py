"""What the meals page shows: sittings with headcounts and diets, banquet tables, seats."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, cast

from fairdesk.core.reception.views import Record
from fairdesk.core.reception.views.clashes import Flagged
from fairdesk.core.vocab import label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

# the needs counted in columns of their own; any other is counted under "other diets"
_COUNTED = ("halal", "vegetarian", "vegan", "seafood_allergy", "nut_allergy", "other_allergy")


class SittingRow(Record):
    name: str
    name_en: str
    kind: str
    venue_id: str | None
    session_id: str | None
    starts_at: str
    ends_at: str
    notes: str
    expected: int  # guests and companions
    halal: int
    vegetarian: int  # vegans included
    allergies: int
    other_diets: int
    tables: int
    seated: int
    allergy_list: list[str]  # "name: detail"
    dietary: dict[str, int]  # need -> people


class TableRow(Record, Flagged):
    sitting_id: str
    number: int
    name: str
    seats: int
    is_head: int
    seated: int


class SeatRow(Record, Flagged):
    table_id: str
    guest_id: str
    seat_no: int
    guest: str
    title: str
    organisation: str
    category: str
    dietary: str  # as the guest's record has it


def sitting_rows(fair: Fair) -> list[SittingRow]:
    """Sittings with expected headcount (guests and companions) and dietary counts."""
    from fairdesk.core.reception.meals import headcounts

    seated = {
        r["sitting_id"]: r
        for r in fair.rows(
            "SELECT t.sitting_id, count(DISTINCT t.id) AS tables, count(s.id) AS seated"
            " FROM banquet_tables t LEFT JOIN banquet_seats s ON s.table_id = t.id"
            " GROUP BY t.sitting_id"
        )
    }
    rows = []
    for count in headcounts(fair):
        row = dict(count.sitting)
        other = sum(n for kind, n in count.dietary.items() if kind not in _COUNTED)
        row.update(
            expected=count.total,
            halal=count.halal,
            vegetarian=count.vegetarian,
            allergies=count.allergic,
            other_diets=other,
            tables=seated.get(row["id"], {}).get("tables", 0),
            seated=seated.get(row["id"], {}).get("seated", 0),
            allergy_list=count.allergies,
            dietary=count.dietary,
        )
        rows.append(row)
    return cast(list[SittingRow], rows)


def table_rows(fair: Fair, sitting_id: str) -> list[TableRow]:
    """The sitting's banquet tables, each with how many are seated at it."""
    return cast(list[TableRow], fair.rows(
        "SELECT t.*, (SELECT count(*) FROM banquet_seats s WHERE s.table_id = t.id) AS seated"
        " FROM banquet_tables t WHERE t.sitting_id = ? ORDER BY t.number",
        [sitting_id],
    ))


def seat_rows(fair: Fair, table_id: str) -> list[SeatRow]:
    """Who sits at the table, by seat number; ``dietary`` the guest's own needs in the
    interface's language (the record's free text when no need is recorded)."""
    rows = fair.rows(
        "SELECT s.*, g.name AS guest, g.title, g.organisation, g.category, g.dietary,"
        " (SELECT json_group_array(json_array(d.kind, d.detail)) FROM dietary_needs d"
        "  WHERE d.guest_id = g.id AND d.companion_id IS NULL) AS needs"
        " FROM banquet_seats s JOIN guests g ON g.id = s.guest_id WHERE s.table_id = ?"
        " ORDER BY s.seat_no",
        [table_id],
    )
    for r in rows:
        needs = json.loads(r.pop("needs") or "[]")
        if needs:
            r["dietary"] = "；".join(need_text(kind, detail) for kind, detail in needs)
    return cast(list[SeatRow], rows)


def need_text(kind: str, detail: str) -> str:
    """A dietary need as read: ``素食（蛋奶可）``, ``Vegetarian (素食（蛋奶可）)``; a detail that
    restates the need is not repeated after it (``素食（蛋奶可）``, not ``素食（素食（蛋奶可））``)."""
    from fairdesk.base.i18n import language
    from fairdesk.core.vocab import DIETARY

    zh = DIETARY.get(kind, (_other(kind), ""))[0]
    shown = label(DIETARY, kind) if kind in DIETARY else _other(kind)
    detail = (detail or "").strip()
    if not detail or detail == zh:
        return shown
    if language() == "en":
        return f"{shown} ({detail})"
    return detail if detail.startswith(zh) else f"{shown}（{detail}）"


def dietary_lines(sitting: SittingRow) -> list[str]:
    """``清真 3`` ... then each allergy by name, from a row of :func:`sitting_rows`."""
    from fairdesk.core.vocab import DIETARY

    lines = [
        f"{label(DIETARY, kind) if kind in DIETARY else _other(kind)} {n}"
        for kind, n in sorted(sitting["dietary"].items(), key=lambda kv: -kv[1])
    ]
    return lines + [f"⚠ {who}" for who in sitting["allergy_list"]]


def _other(kind: str) -> str:
    from fairdesk.base.i18n import t

    return t("其他过敏", "Other allergy") if kind == "other_allergy" else kind
