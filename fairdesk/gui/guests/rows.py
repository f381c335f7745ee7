"""What the guest table shows: its columns, how rows are fetched and ordered, state colours.

The fetch and order functions read the fair on the GUI thread; they are plain
functions of (fair, ids) so the bench and the tests call them without a window.
"""

from __future__ import annotations

from typing import Any

from fairdesk.base.i18n import language
from fairdesk.core.countries import COUNTRIES
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.vocab import GUEST_CATEGORIES, INVITATION_STATES, label
from fairdesk.gui.qt import QCoreApplication
from fairdesk.gui.widgets.models import Column


def has_han(text: str) -> bool:
    """True if ``text`` has Chinese characters (the names module loads when first asked)."""
    from fairdesk.core.guests.names import has_han as names_has_han

    return names_has_han(text)


_S = InvitationState
STATE_COLOURS = {
    _S.TO_INVITE: "#eceff1", _S.INVITED: "#e3f2fd", _S.ATTENDING: "#dcedc8",
    _S.DECLINED: "#ffcdd2", _S.UNDECIDED: "#fff3c4", _S.CONFIRMED: "#c8e6c9",
    _S.ARRIVED: "#a5d6a7", _S.DEPARTED: "#d7ccc8", _S.CANCELLED: "#e0e0e0",
}

ROW_SQL = ("SELECT g.id, g.ref_code, g.name, g.name_latin, g.organisation, g.title, g.category,"
           " g.state, g.country, g.arrival_at, g.arrival_transport, g.phone,"
           " u.name AS unit_name FROM guests g"
           " LEFT JOIN inviting_units u ON u.id = g.inviting_unit_id")

ORDER_SQL = {
    "name": "g.name_latin COLLATE NOCASE, g.search_key",
    "organisation": "g.organisation COLLATE NOCASE",
    "unit_name": "u.sort_order IS NULL, u.sort_order, u.name",
    "category": "category_rank",
    "state": "state_rank",
    "country": "g.country = 'CN' DESC, g.country",
    "arrival": "g.arrival_at IS NULL, g.arrival_at",
    "ref_code": "g.ref_code",
}



def country_label(code: str) -> str:
    zh, en, _kind = COUNTRIES.get(code, (code, code, ""))
    return en if language() == "en" else zh


def arrival_text(row: dict) -> str:
    at = row.get("arrival_at") or ""
    when = f"{at[5:10]} {at[11:16]}" if at else ""
    return " ".join(x for x in (when, row.get("arrival_transport") or "") if x)


def guest_columns() -> list[Column]:
    return [
        Column("name", lambda: QCoreApplication.translate("GuestTable", "Name"),
               lambda r: f"{r['name']}  ({r['name_latin']})" if has_han(r["name"])
               and r["name_latin"] else r["name"]),
        Column("organisation", lambda: QCoreApplication.translate("GuestTable", "Organisation")),
        Column("category", lambda: QCoreApplication.translate("GuestTable", "Category"),
               lambda r: label(GUEST_CATEGORIES, r["category"])),
        Column("state", lambda: QCoreApplication.translate("GuestTable", "State"), lambda r: label(INVITATION_STATES, r["state"])),
        Column("unit_name", lambda: QCoreApplication.translate("GuestTable", "Inviting unit")),
        Column("country", lambda: QCoreApplication.translate("GuestTable", "Country or region"),
               lambda r: country_label(r["country"])),
        Column("arrival", lambda: QCoreApplication.translate("GuestTable", "Arrival"), arrival_text),
        Column("ref_code", lambda: QCoreApplication.translate("GuestTable", "Reference")),
    ]


def state_colour(row: dict) -> str | None:
    return STATE_COLOURS.get(row.get("state", ""))


def fetch_rows(fair: Any, ids: list[str]) -> dict[str, dict]:
    """The table rows of these guests, by id."""
    found: dict[str, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = f"{ROW_SQL} WHERE g.id IN ({', '.join('?' * len(chunk))})"
        found.update((r["id"], r) for r in fair.rows(sql, chunk))
    return found


def _rank_case(column: str, codes: list[str]) -> str:
    whens = " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(codes))
    return f"CASE {column} {whens} ELSE {len(codes)} END"


class GuestOrder:
    """Orders a list of guest ids by a column, from one ranked id list per column (cached)."""

    def __init__(self, fair: Any) -> None:
        self.fair = fair
        self._ranks: dict[str, dict[str, int]] = {}

    def rank(self, key: str) -> dict[str, int]:
        if key not in self._ranks:
            sql = (f"SELECT g.id, {_rank_case('g.state', list(INVITATION_STATES))} AS state_rank,"
                   f" {_rank_case('g.category', list(GUEST_CATEGORIES))} AS category_rank"
                   " FROM guests g LEFT JOIN inviting_units u ON u.id = g.inviting_unit_id"
                   f" ORDER BY {ORDER_SQL.get(key, ORDER_SQL['name'])}, g.name_latin, g.id")
            ids = [r[0] for r in self.fair.db.execute(sql).fetchall()]
            self._ranks[key] = {record_id: i for i, record_id in enumerate(ids)}
        return self._ranks[key]

    def __call__(self, ids: list[str], key: str, descending: bool) -> list[str]:
        rank = self.rank(key)
        last = len(rank)
        return sorted(ids, key=lambda i: rank.get(i, last), reverse=descending)
