"""What the table cards (席卡) print: a name, an organisation and title, a note.

From a selection of guests, a banquet sitting's seating (table and seat in the
note), or a signing ceremony's signatories (the project in the note);
:mod:`fairdesk.reports.badges.table_cards` draws them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from fairdesk.base.errors import NotFoundError
from fairdesk.base.i18n import t

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


class TableCard(TypedDict):
    """One card (a dict, as the renderer reads it)."""

    name: str
    organisation: str
    title: str
    note: str


def _guest_items(fair: Fair, guest_ids: list[str]) -> list[TableCard]:
    found = {r["id"]: r for r in fair.rows_in(
        "SELECT id, name, organisation, title FROM guests WHERE id IN (?...)", guest_ids)}
    missing = [gid for gid in guest_ids if gid not in found]
    if missing:
        raise NotFoundError(f"找不到嘉宾 {missing[0]}。", f"No guest {missing[0]}.")
    return [{"name": found[gid]["name"], "organisation": found[gid]["organisation"],
             "title": found[gid]["title"], "note": ""} for gid in guest_ids]


def _sitting_items(fair: Fair, sitting_id: str) -> list[TableCard]:
    fair.get("meal_sittings", sitting_id)
    return [{"name": r["name"], "organisation": r["organisation"], "title": r["title"],
             "note": t("第{n}桌 {s}号", "Table {n}, seat {s}", n=r["number"], s=r["seat_no"])}
            for r in fair.rows(
                "SELECT g.name, g.organisation, g.title, t.number, s.seat_no FROM banquet_seats s "
                "JOIN banquet_tables t ON t.id = s.table_id JOIN guests g ON g.id = s.guest_id "
                "WHERE t.sitting_id = ? ORDER BY t.number, s.seat_no", [sitting_id])]


def _ceremony_items(fair: Fair, session_id: str) -> list[TableCard]:
    """A party's guest, when one is named, stands in for its typed signatory."""
    fair.get("agenda_sessions", session_id)
    return [{"name": r["name"] or r["signatory"], "organisation": r["org"] or r["organisation"],
             "title": r["title"] or r["signatory_title"], "note": r["project"]}
            for r in fair.rows(
                "SELECT p.signatory, p.signatory_title, p.organisation, g.name, "
                "g.organisation AS org, g.title, j.name AS project FROM ceremony_slots c "
                "JOIN signing_projects j ON j.id = c.project_id "
                "JOIN signing_parties p ON p.project_id = j.id "
                "LEFT JOIN guests g ON g.id = p.guest_id WHERE c.session_id = ? "
                "ORDER BY c.position, p.side", [session_id])
            if r["name"] or r["signatory"]]


def table_card_items(fair: Fair, *, guest_ids: list[str] | None = None,
                     sitting_id: str | None = None,
                     session_id: str | None = None) -> list[TableCard]:
    """The cards to print, as plain data. Raises NotFoundError for an unknown id."""
    if sitting_id:
        return _sitting_items(fair, sitting_id)
    if session_id:
        return _ceremony_items(fair, session_id)
    return _guest_items(fair, guest_ids or [])
