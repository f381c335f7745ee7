"""What the guest table shows: its columns, how its ids are ordered, state colours.

The rows themselves come from :mod:`fairdesk.core.guests.views` (read on the GUI
thread, a screenful at a time).
"""

from __future__ import annotations

from typing import Any

from fairdesk.base.i18n import language
from fairdesk.core.countries import COUNTRIES
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.guests.views import ids_in_order
from fairdesk.core.vocab import GUEST_CATEGORIES, INVITATION_STATES, label, named
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
        Column("unit_name", lambda: QCoreApplication.translate("GuestTable", "Inviting unit"),
               lambda r: named(r, "unit_name")),
        Column("country", lambda: QCoreApplication.translate("GuestTable", "Country or region"),
               lambda r: country_label(r["country"])),
        Column("arrival", lambda: QCoreApplication.translate("GuestTable", "Arrival"), arrival_text),
        Column("ref_code", lambda: QCoreApplication.translate("GuestTable", "Reference")),
    ]


def state_colour(row: dict) -> str | None:
    return STATE_COLOURS.get(row.get("state", ""))


class GuestOrder:
    """Orders a list of guest ids by a column, from one ranked id list per column (cached)."""

    def __init__(self, fair: Any) -> None:
        self.fair = fair
        self._ranks: dict[str, dict[str, int]] = {}

    def rank(self, key: str) -> dict[str, int]:
        if key not in self._ranks:
            ids = ids_in_order(self.fair, key)
            self._ranks[key] = {record_id: i for i, record_id in enumerate(ids)}
        return self._ranks[key]

    def __call__(self, ids: list[str], key: str, descending: bool) -> list[str]:
        rank = self.rank(key)
        last = len(rank)
        return sorted(ids, key=lambda i: rank.get(i, last), reverse=descending)
