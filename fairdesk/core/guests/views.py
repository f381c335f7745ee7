"""What the guests page and the invitation letters read, as typed rows.

The guest table fetches its rows lazily by id (:func:`table_rows`, a screenful at a
time) and sorts its ids by one ranked list of every guest per column
(:func:`ids_in_order`); letters read their addressees with :func:`recipients`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict, cast

from fairdesk.core.vocab import GUEST_CATEGORIES, INVITATION_STATES

if TYPE_CHECKING:
    from collections.abc import Iterable

    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row


class GuestTableRow(TypedDict):
    """One guest as the guest table shows it (a dict: the table's columns read it by key)."""

    id: str
    ref_code: str
    name: str
    name_latin: str
    organisation: str
    title: str
    category: str
    state: str
    country: str
    arrival_at: str | None
    arrival_transport: str
    phone: str
    unit_name: str | None  # None when no inviting unit is recorded
    unit_name_en: str | None


_TABLE_SQL = ("SELECT g.id, g.ref_code, g.name, g.name_latin, g.organisation, g.title,"
              " g.category, g.state, g.country, g.arrival_at, g.arrival_transport, g.phone,"
              " u.name AS unit_name, u.name_en AS unit_name_en FROM guests g"
              " LEFT JOIN inviting_units u ON u.id = g.inviting_unit_id")

# the ORDER BY of each sortable column of the table, by its key
_ORDER_SQL = {
    "name": "g.name_latin COLLATE NOCASE, g.search_key",
    "organisation": "g.organisation COLLATE NOCASE",
    "unit_name": "u.sort_order IS NULL, u.sort_order, u.name",
    "category": "category_rank",
    "state": "state_rank",
    "country": "g.country = 'CN' DESC, g.country",
    "arrival": "g.arrival_at IS NULL, g.arrival_at",
    "ref_code": "g.ref_code",
}


def table_rows(fair: Fair, ids: Iterable[str]) -> dict[str, GuestTableRow]:
    """The table rows of these guests, by id (an id deleted meanwhile is left out)."""
    rows = fair.rows_in(f"{_TABLE_SQL} WHERE g.id IN (?...)", ids)
    return cast("dict[str, GuestTableRow]", {r["id"]: r for r in rows})


def _rank_case(column: str, codes: list[str]) -> str:
    """States and categories sort in their vocabulary's order, not alphabetically."""
    whens = " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(codes))
    return f"CASE {column} {whens} ELSE {len(codes)} END"


def ids_in_order(fair: Fair, key: str) -> list[str]:
    """Every guest's id, ordered by the table column ``key`` (by name for a key not sortable)."""
    sql = (f"SELECT g.id, {_rank_case('g.state', list(INVITATION_STATES))} AS state_rank,"
           f" {_rank_case('g.category', list(GUEST_CATEGORIES))} AS category_rank"
           " FROM guests g LEFT JOIN inviting_units u ON u.id = g.inviting_unit_id"
           f" ORDER BY {_ORDER_SQL.get(key, _ORDER_SQL['name'])}, g.name_latin, g.id")
    return [r[0] for r in fair.db.execute(sql).fetchall()]  # bare tuples: 10,000 of them


def countries(fair: Fair) -> list[str]:
    """The country codes the guests come from, for the country filter."""
    return [r[0] for r in fair.db.execute(
        "SELECT DISTINCT country FROM guests ORDER BY country").fetchall()]


@dataclass(frozen=True, slots=True)
class Recipient:
    """A letter's addressee, and the inviting unit (if any) their reply goes back to."""

    id: str
    ref_code: str
    language: str
    name: str
    gender: str
    honorific: str
    organisation: str
    title: str
    unit_name: str | None
    unit_name_en: str | None
    unit_contact: str | None
    unit_phone: str | None
    name_roman: str = ""  # the name's own romanisation (for an English salutation)


_RECIPIENT_SQL = (
    "SELECT g.id, g.ref_code, g.language, g.name, g.name_roman, g.gender, g.honorific,"
    " g.organisation,"
    " g.title, u.name AS unit_name, u.name_en AS unit_name_en, u.contact AS unit_contact,"
    " u.phone AS unit_phone FROM guests g LEFT JOIN inviting_units u"
    " ON u.id = g.inviting_unit_id WHERE g.id IN (?...)")


def recipients(fair: Fair, guest_ids: list[str]) -> list[Recipient]:
    """The addressees of these guests, in the given order (unknown ids are skipped)."""
    found = {r["id"]: Recipient(**r) for r in fair.rows_in(_RECIPIENT_SQL, guest_ids)}
    return [found[i] for i in guest_ids if i in found]


def same_person(fair: Fair, name: str, phone: str, *, other_than: str | None = None) -> list[Row]:
    """Guests already on the list with this name and this phone (folded as the import's
    duplicate check folds them): warn before a second record of one person is saved."""
    from fairdesk.core.guests.keys import phone_norm
    from fairdesk.core.guests.names import fold_text

    folded, digits = fold_text(name or ""), phone_norm(phone or "")
    if not folded or len(digits) < 5:
        return []
    return fair.rows("SELECT id, name, organisation, phone, ref_code FROM guests "
                     "WHERE name_fold = ? AND phone_norm = ? AND id != ? ORDER BY name",
                     [folded, digits, other_than or ""])
