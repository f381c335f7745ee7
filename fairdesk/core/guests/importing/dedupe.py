"""Who is already on the list: the same phone, the same ID number, or the same name at the
same organisation — compared folded (simplified/traditional, spacing, case, accents).

A match on phone or on name + organisation is overruled when both records carry
ID numbers and they differ: two Hiroshi Tanakas at Mitsui with different
passports are two people (the preview says so as a warning).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fairdesk.core.guests.keys import guest_keys

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

MIN_PHONE_DIGITS = 7
MIN_ID_CHARS = 5


@dataclass(frozen=True)
class Match:
    """What a record matched: ``ref`` is a guest id (fair) or a row number (file)."""

    ref: str | int
    rule: str  # "id_number" | "phone" | "name_org"


@dataclass(frozen=True)
class Keys:
    name_org: tuple[str, str] | None
    phone: str
    id_number: str

    @classmethod
    def of(cls, name: str, organisation: str, phone: str, id_number: str) -> Keys:
        return cls.from_folded(guest_keys(name, organisation, phone, id_number))

    @classmethod
    def from_folded(cls, k: dict[str, str]) -> Keys:
        """From the columns made by :func:`fairdesk.core.guests.keys.guest_keys`."""
        name_org = (k["name_fold"], k["org_fold"]) if k["name_fold"] and k["org_fold"] else None
        return cls(name_org, k["phone_norm"] if len(k["phone_norm"]) >= MIN_PHONE_DIGITS else "",
                   k["id_norm"] if len(k["id_norm"]) >= MIN_ID_CHARS else "")


class DuplicateIndex:
    """Records seen so far, by each duplicate key; ``find`` returns the first real match."""

    def __init__(self) -> None:
        self._by_id: dict[str, str | int] = {}
        self._by_phone: dict[str, str | int] = {}
        self._by_name: dict[tuple[str, str], str | int] = {}
        self._ids: dict[str | int, str] = {}  # ref -> its ID number, to overrule weak matches

    @classmethod
    def of_fair(cls, fair: Fair) -> DuplicateIndex:
        """Every guest of the fair, read once."""
        index = cls()
        for gid, name, org, phone, idn, name_fold, org_fold, phone_n, id_n in fair.db.execute(
                "SELECT id, name, organisation, phone, id_number, name_fold, org_fold,"
                " phone_norm, id_norm FROM guests").fetchall():
            if not name_fold:  # written without the service (raw inserts): fold it now
                index.add(gid, Keys.of(name, org, phone, idn))
                continue
            index.add(gid, Keys((name_fold, org_fold) if org_fold else None,
                                phone_n if len(phone_n) >= MIN_PHONE_DIGITS else "",
                                id_n if len(id_n) >= MIN_ID_CHARS else ""))
        return index

    def add(self, ref: str | int, keys: Keys) -> None:
        if keys.id_number:
            self._by_id.setdefault(keys.id_number, ref)
        if keys.phone:
            self._by_phone.setdefault(keys.phone, ref)
        if keys.name_org:
            self._by_name.setdefault(keys.name_org, ref)
        self._ids[ref] = keys.id_number

    def find(self, keys: Keys) -> tuple[Match | None, Match | None]:
        """(the match, a weak match overruled by differing ID numbers) for ``keys``."""
        if keys.id_number and keys.id_number in self._by_id:
            return Match(self._by_id[keys.id_number], "id_number"), None
        overruled = None
        for rule, table, key in (("phone", self._by_phone, keys.phone),
                                 ("name_org", self._by_name, keys.name_org)):
            if key and key in table:
                ref = table[key]
                other_id = self._ids.get(ref, "")
                if keys.id_number and other_id and other_id != keys.id_number:
                    overruled = overruled or Match(ref, rule)
                    continue
                return Match(ref, rule), None
        return None, overruled
