"""Find a guest in two keystrokes: one box for Chinese, pinyin, Latin, organisation, phone.

Measured on 10,000 guests (bench/bench_guests.py): SQLite FTS5's trigram
tokenizer cannot match a 1- or 2-character query (张伟 finds nothing) and its
unicode61 tokenizer matches only whole tokens; ``LIKE '%q%'`` scans every row
at each keystroke and still needs the ranking done afterwards. An in-memory
index is faster than both: each searchable field of every guest is folded once
(simplified characters, no accents, lower case, no spaces) into a column of
strings, and a query is a few list comprehensions of ``q in s`` over them.
Typing on from a query only re-checks the guests the shorter query matched.

Ranking: exact name, reference code, name prefix, pinyin initials prefix, full
pinyin prefix, name anywhere, pinyin anywhere, organisation; for digits, the
last digits of a phone. Within a rank, guests come in name order.

The index is built once per fair (about 0.1 s for 10,000 guests) and kept up
to date from the fair's Changes: only the guests that changed are re-read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from fairdesk.core.badges import codes
from fairdesk.core.changes import ChangeAction
from fairdesk.core.guests.keys import phone_norm
from fairdesk.core.guests.names import fold_text, has_han, pinyin_keys

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair

_COLUMNS = ("id, name, organisation, phone, phone_norm, ref_code, state, category,"
            " inviting_unit_id, country, search_key, name_fold, org_fold")
_FIELDS = ("name", "initials", "full", "ref", "org", "phone")
NAME, INITIALS, FULL, REF, ORG, PHONE = range(len(_FIELDS))
TEXT_FIELDS = (NAME, INITIALS, FULL, REF, ORG)
DIGIT_FIELDS = (NAME, REF, PHONE)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SHARED: WeakKeyDictionary[Fair, GuestSearch] = WeakKeyDictionary()


@dataclass
class _Entry:
    id: str
    sort: str
    keys: tuple[str, ...]  # folded values in _FIELDS order
    state: str
    category: str
    unit: str | None
    country: str


def _pinyin(name: str, search_key: str) -> tuple[str, str]:
    """(full pinyin, initials): the last two words of the stored search key for a Chinese
    name ("zhang wei zhangwei zw"), so building the index derives no pinyin."""
    if not has_han(name):
        return "", ""
    words = search_key.split()
    if len(words) >= 3 and words[-1].isascii() and words[-1].isalpha():
        return words[-2], words[-1]
    return pinyin_keys(name)


def _entry(row: dict) -> _Entry:
    full, initials = _pinyin(row["name"], row["search_key"])
    keys = (row["name_fold"] or fold_text(row["name"]), initials, full,
            row["ref_code"].lower(), row["org_fold"] or fold_text(row["organisation"]),
            row["phone_norm"] or phone_norm(row["phone"]))  # raw inserts (demo) lack the keys
    return _Entry(row["id"], row["search_key"], keys, row["state"], row["category"],
                  row["inviting_unit_id"], row["country"])


def _ranks(query: str) -> list[tuple[int, str]]:
    """(field, test) pairs from the best rank down; test is exact | prefix | inner | suffix."""
    if query.isdigit():
        ranks = [(NAME, "exact")]
        if len(query) >= 3:
            ranks += [(REF, "prefix"), (PHONE, "suffix")]
        if len(query) >= 5:
            ranks.append((PHONE, "inner"))
        return ranks + [(NAME, "inner")]
    ranks = [(NAME, "exact")] + ([(REF, "prefix")] if len(query) >= 3 else [])
    return ranks + [(NAME, "prefix"), (INITIALS, "prefix"), (FULL, "prefix"), (NAME, "inner"),
                    (INITIALS, "inner"), (FULL, "inner"), (ORG, "prefix"), (ORG, "inner")]


class GuestSearch:
    """The search index of one open fair. Use on the fair's thread."""

    def __init__(self, fair: Fair, *, listen: bool = True) -> None:
        self.fair = fair
        self._entries: dict[str, _Entry] = {}
        self._dirty = True
        self._last: tuple[str, list[int]] | None = None
        self._load(None)
        if listen:
            fair.add_listener(self.on_fair_changed)

    @classmethod
    def of(cls, fair: Fair) -> GuestSearch:
        """The fair's shared index, built on first use and kept up to date from then on."""
        index = _SHARED.get(fair)
        if index is None:
            index = _SHARED[fair] = cls(fair)
        return index

    def close(self) -> None:
        self.fair.remove_listener(self.on_fair_changed)
        if _SHARED.get(self.fair) is self:
            del _SHARED[self.fair]

    # --- keeping up to date ---------------------------------------------------------
    def on_fair_changed(self, changes: Changes) -> None:
        """Re-read the guests that changed (created, updated or deleted)."""
        touched = [c.record_id for c in changes.items if c.entity == "guests"]
        if not touched:
            return
        if any(c.action == ChangeAction.BULK_CREATE for c in changes.items
               if c.entity == "guests"):
            self._load(None)  # a bulk write names no ids: read every guest again
            return
        for change in changes.items:
            if change.entity == "guests" and change.action == ChangeAction.DELETE:
                self._entries.pop(change.record_id, None)
        self._load(list(dict.fromkeys(touched)))

    def _load(self, ids: list[str] | None) -> None:
        if ids is None:
            self._entries = {r["id"]: _entry(r)
                             for r in self.fair.rows(f"SELECT {_COLUMNS} FROM guests")}
        else:
            for row in self.fair.rows_in(f"SELECT {_COLUMNS} FROM guests WHERE id IN (?...)",
                                         ids):
                self._entries[row["id"]] = _entry(row)
        self._dirty = True

    def _rebuild(self) -> None:
        self._order = sorted(self._entries.values(), key=lambda e: (e.sort, e.id))
        self._columns = [[e.keys[f] for e in self._order] for f in range(len(_FIELDS))]
        # One string per guest for the first pass: a query matches a guest if it is in
        # any of its fields. ASCII queries look in ASCII-only copies: CPython's ``in`` is
        # slower when the needle and the haystack differ in width.
        self._ascii = [[_ascii_only(k) for k in col] if f in (NAME, ORG) else col
                       for f, col in enumerate(self._columns)]
        self._text_keys = ["\x01".join(keys) for keys in zip(
            *(self._columns[f] for f in (NAME, REF, ORG)), strict=True)]
        self._ascii_keys = ["\x01".join(keys) for keys in zip(
            *(self._ascii[f] for f in TEXT_FIELDS), strict=True)]
        self._digit_keys = ["\x01".join(keys) for keys in zip(
            *(self._columns[f] for f in DIGIT_FIELDS), strict=True)]
        self._all = list(range(len(self._order)))
        self._ids = [e.id for e in self._order]
        self._dirty = False
        self._last = None
        self._cache: dict[str, tuple[list[int], list[int]]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    # --- searching ------------------------------------------------------------------
    def search(self, text: str, *, state: str | tuple[str, ...] | None = None,
               category: str | None = None, inviting_unit_id: str | None = None,
               country: str | None = None, limit: int | None = None) -> list[str]:
        """Ids of the guests matching ``text`` and the filters, best match first.

        An empty ``text`` lists every guest passing the filters, by name.
        ``state`` may be one state or a tuple of states.
        """
        if self._dirty:
            self._rebuild()
        ref = codes.ref_of(text or "")
        if ref and (found := self.search(ref, state=state, category=category,
                                         inviting_unit_id=inviting_unit_id, country=country,
                                         limit=limit)):
            return found  # a whole badge code (scanned or pasted): its guest
        query = fold_text(text or "")
        ranked = self._ranked(query) if query else self._all
        order = self._order
        states = (state,) if isinstance(state, str) else state
        if states or category or inviting_unit_id or country:
            ranked = [i for i in ranked if _passes(order[i], states, category,
                                                    inviting_unit_id, country)]
        if limit:
            ranked = ranked[:limit]
        ids = self._ids
        return [ids[i] for i in ranked]

    def _ranked(self, query: str) -> list[int]:
        """Guest positions matching ``query``, best first (cached until the index changes)."""
        cached = self._cache.get(query)
        if cached is None:
            cached = self._rank(query)
            if len(self._cache) > 256:
                self._cache.clear()
            self._cache[query] = cached
        self._last = (query, cached[1])
        return cached[0]

    def _rank(self, query: str) -> tuple[list[int], list[int]]:
        """(ranked matches, every guest the query occurs in: the pool for the next key)."""
        digits, ascii_query = query.isdigit(), query.isascii()
        keys = (self._digit_keys if digits else self._ascii_keys if ascii_query
                else self._text_keys)
        last = self._last
        if last and query.startswith(last[0]) and last[0].isdigit() == digits \
                and last[0].isascii() == ascii_query:
            pool = [i for i in last[1] if query in keys[i]]
        else:
            pool = [i for i, key in enumerate(keys) if query in key]
        cols = self._ascii if ascii_query else self._columns
        inner: dict[int, list[int]] = {}  # field -> guests whose field holds the query
        groups = []
        for f, test in _ranks(query):
            col = cols[f]
            if f not in inner:
                inner[f] = [i for i in pool if query in col[i]]
            within = inner[f]
            if test == "exact":
                groups.append([i for i in within if col[i] == query])
            elif test == "prefix":
                groups.append([i for i in within if col[i].startswith(query)])
            elif test == "suffix":
                groups.append([i for i in within if col[i].endswith(query)])
            else:
                groups.append(within)
        return list(dict.fromkeys(chain.from_iterable(groups))), pool


def _ascii_only(text: str) -> str:
    """Non-ASCII characters blanked out, so ASCII text matches only ASCII runs."""
    return text if text.isascii() else _NON_ASCII.sub("\x00", text)


def _passes(e: _Entry, states: tuple[str, ...] | None, category: str | None,
            unit: str | None, country: str | None) -> bool:
    return not ((states and e.state not in states) or (category and e.category != category)
                or (unit and e.unit != unit) or (country and e.country != country))


# --- the roster's tables: the same search over the rows a table shows ------------------------
_PARTS = re.compile(r"[\s、，,；;/→·()（）]+")


def text_keys(text: str) -> str:
    """What a query is looked for in, in one cell of a table: the text folded as a guest's
    name is, and the full pinyin and initials of each Chinese part (``、``-separated names,
    a route's two places), joined so that a query never spans two of them."""
    return _text_keys(text) if text else ""


@lru_cache(maxsize=65536)
def _text_keys(text: str) -> str:
    keys = [fold_text(text)]
    if has_han(text):
        for part in _PARTS.split(text):
            if has_han(part):
                keys += pinyin_keys(part)
    return "\x01".join(k for k in keys if k)


class RowIndex:
    """The rows of a roster table (stays, trips, escorts…), searched as the guest list is:
    a row matches when the folded query, or a Chinese cell's pinyin (full or initials), holds
    it, or when the row's guest (``guest_id``) is one the guest search finds — by name,
    pinyin, organisation, phone digits, reference or a whole badge code. Use on the fair's
    thread; build one per list of rows (the cells are folded once)."""

    def __init__(self, fair: Fair, rows: list[tuple[list[str], str | None]]) -> None:
        self.fair = fair
        self._keys = ["\x02".join(text_keys(c) for c in cells) for cells, _guest in rows]
        self._guests = [guest for _cells, guest in rows]

    def search(self, text: str) -> list[int]:
        """Positions of the rows matching ``text``, in their order (every row for no text)."""
        query = fold_text(text or "")
        if not query:
            return list(range(len(self._keys)))
        guests = set(GuestSearch.of(self.fair).search(text)) if any(self._guests) else set()
        return [i for i, key in enumerate(self._keys)
                if query in key or (self._guests[i] is not None and self._guests[i] in guests)]
