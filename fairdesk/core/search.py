"""Find a guest in two keystrokes: one box for Chinese, pinyin, Latin, organisation, phone.

Measured on 10,000 guests (bench/bench_guests.py): SQLite FTS5's trigram
tokenizer cannot match a 2-character name (张伟) at all and its unicode61
tokenizer matches only whole tokens; ``LIKE '%张伟%'`` over the table scans
every row at each keystroke. An in-memory index is faster than both: each
searchable field of every guest is folded once (simplified characters, no
accents, lower case, no spaces) and joined into one string per field, and a
query is a handful of ``str.find`` calls that skip from match to match in C.
Typing on from a query that matched few guests only re-checks those guests.

The index is built once per fair (about 0.1 s for 10,000 guests) and kept up
to date from the fair's Changes: only the guests that changed are re-read.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from fairdesk.core.changes import Changes
from fairdesk.core.fair import Fair
from fairdesk.core.names import fold_text, pinyin_keys

_COLUMNS = ("id, name, organisation, phone_norm, ref_code, state, category, inviting_unit_id,"
            " country, search_key, name_fold, org_fold")
# field -> (weight when the field starts with the query, weight when it contains it)
_WEIGHTS = {"name": (90, 70), "initials": (80, 45), "full": (78, 40), "ref": (95, 0),
            "org": (35, 30), "phone": (20, 20)}
_FIELDS = tuple(_WEIGHTS)
_REFINE_LIMIT = 3000  # below this many matches, typing on re-checks only those guests


@dataclass
class _Entry:
    id: str
    sort: str
    keys: tuple[str, ...]  # folded values in _FIELDS order
    state: str
    category: str
    unit: str | None
    country: str


def _entry(row: dict) -> _Entry:
    full, initials = pinyin_keys(row["name"])
    keys = {"name": row["name_fold"] or fold_text(row["name"]), "initials": initials,
            "full": full, "ref": row["ref_code"].lower(),
            "org": row["org_fold"] or fold_text(row["organisation"]),
            "phone": row["phone_norm"]}
    return _Entry(row["id"], row["search_key"], tuple(keys[f] for f in _FIELDS),
                  row["state"], row["category"], row["inviting_unit_id"], row["country"])


class GuestSearch:
    """The search index of one open fair. Use on the fair's thread."""

    def __init__(self, fair: Fair, *, listen: bool = True) -> None:
        self.fair = fair
        self._entries: dict[str, _Entry] = {}
        self._dirty = True
        self._last: tuple[str, list[int], dict[int, int]] | None = None
        self._load(None)
        if listen:
            fair.add_listener(self.on_fair_changed)

    def close(self) -> None:
        self.fair.remove_listener(self.on_fair_changed)

    # --- keeping up to date ---------------------------------------------------------
    def on_fair_changed(self, changes: Changes) -> None:
        """Re-read the guests that changed (created, updated or deleted)."""
        touched = [c.record_id for c in changes.items if c.entity == "guests"]
        if not touched:
            return
        for change in changes.items:
            if change.entity == "guests" and change.action == "delete":
                self._entries.pop(change.record_id, None)
        self._load(list(dict.fromkeys(touched)))

    def _load(self, ids: list[str] | None) -> None:
        if ids is None:
            self._entries = {r["id"]: _entry(r)
                             for r in self.fair.rows(f"SELECT {_COLUMNS} FROM guests")}
        else:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for row in self.fair.rows(f"SELECT {_COLUMNS} FROM guests WHERE id IN"
                                          f" ({','.join('?' * len(chunk))})", chunk):
                    self._entries[row["id"]] = _entry(row)
        self._dirty = True

    def _rebuild(self) -> None:
        self._order = sorted(self._entries.values(), key=lambda e: (e.sort, e.id))
        self._starts: list[int] = []
        pos = 0
        for entry in self._order:
            self._starts.append(pos)
            pos += len(entry.keys[0]) + 1
        self._haystacks = []
        for f in range(len(_FIELDS)):
            text = "\n".join(e.keys[f] for e in self._order) + "\n"
            starts, pos = [], 0
            for e in self._order:
                starts.append(pos)
                pos += len(e.keys[f]) + 1
            self._haystacks.append((text, starts))
        self._dirty = False
        self._last = None

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
        query = fold_text(text or "")
        if query:
            scores = self._scores(query)
            ranked = sorted(scores, key=lambda i: (-scores[i], i))
        else:
            ranked = range(len(self._order))
        states = (state,) if isinstance(state, str) else state
        order = self._order
        out: list[str] = []
        for i in ranked:
            e = order[i]
            if ((states and e.state not in states) or (category and e.category != category)
                    or (inviting_unit_id and e.unit != inviting_unit_id)
                    or (country and e.country != country)):
                continue
            out.append(e.id)
            if limit and len(out) >= limit:
                break
        return out

    def _scores(self, query: str) -> dict[int, int]:
        last = self._last
        if last and query.startswith(last[0]) and len(last[1]) <= _REFINE_LIMIT:
            scores = self._rescore(query, last[1])
        else:
            scores = self._scan(query)
        self._last = (query, list(scores), scores)
        return scores

    @staticmethod
    def _fields(query: str) -> list[int]:
        """Which fields a query is looked for in: digits in phones, letters elsewhere."""
        digits = query.isdigit()
        return [f for f, name in enumerate(_FIELDS)
                if (name == "phone") == digits or name == "name"
                or (name == "ref" and len(query) >= 3)]

    def _scan(self, query: str) -> dict[int, int]:
        scores: dict[int, int] = {}
        for f in self._fields(query):
            name = _FIELDS[f]
            text, starts = self._haystacks[f]
            n = len(starts)
            pos = text.find(query)
            while pos != -1:
                i = bisect_right(starts, pos) - 1
                end = starts[i + 1] if i + 1 < n else len(text)
                line = text[starts[i]:end - 1] if name == "phone" or pos == starts[i] else ""
                score = _weigh(name, query, line, pos - starts[i])
                if score > scores.get(i, 0):
                    scores[i] = score
                pos = text.find(query, end)
        return scores

    def _rescore(self, query: str, candidates: list[int]) -> dict[int, int]:
        scores: dict[int, int] = {}
        fields = self._fields(query)
        order = self._order
        for i in candidates:
            keys = order[i].keys
            best = 0
            for f in fields:
                pos = keys[f].find(query)
                if pos != -1:
                    best = max(best, _weigh(_FIELDS[f], query, keys[f], pos))
            if best:
                scores[i] = best
        return scores


def _weigh(name: str, query: str, line: str, pos: int) -> int:
    """The score of a match at ``pos`` in ``line`` (``line`` may be '' unless needed)."""
    if name == "phone":  # the last digits of a phone, or 5+ digits anywhere in it
        if line.endswith(query):
            return 65 if len(query) >= 3 or line == query else 0
        return 50 if len(query) >= 5 else 0
    if pos == 0:
        return 100 if name == "name" and line == query else _WEIGHTS[name][0]
    return _WEIGHTS[name][1]
