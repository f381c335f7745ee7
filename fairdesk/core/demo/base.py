"""The demo builder: seeded randomness, deterministic ids, fair-local times and the rows.

Rows are collected in memory per table, completed with the column defaults of
the schema (so every row of a table has the same keys), and written with
``Tx.insert_many`` in one transaction.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from fairdesk.core.ids import new_id

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row

T = TypeVar("T")

TZ_SUFFIX = "+08:00"  # Asia/Shanghai has no daylight saving time
DAY1 = date(2026, 5, 18)
DAY2 = date(2026, 5, 19)
# The moment the demo data describes: the second morning of the fair.
SNAPSHOT = datetime(2026, 5, 19, 10, 0)
# progress: guests are built by GUESTS_DONE %, all areas by BUILT %, the rest is writing
GUESTS_DONE, BUILT = 40, 60
_BASE_MS = 1_772_294_400_000  # 2026-02-28T16:00Z: ids sort after this moment


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def iso(moment: datetime) -> str:
    """A fair-local naive datetime as stored: ``2026-05-18T09:30:00+08:00``."""
    return moment.isoformat(timespec="seconds") + TZ_SUFFIX


class Demo:
    """What the area builders share: the randomness, the ids and the rows so far."""

    def __init__(self, fair: Fair, guests: int, seed: int,
                 progress: Callable[[int, int], None] | None = None) -> None:
        self.fair = fair
        self._progress = progress
        self._percent = 0
        self.size = guests
        self.seed = seed
        self.rows: dict[str, list[Row]] = defaultdict(list)
        self.refs: dict[str, Any] = {}  # what one area hands to the next (by key)
        self._defaults: dict[str, Row] = {}
        self._id_rng = random.Random(f"{seed}/ids")
        self._id_ms = _BASE_MS

    def tick(self, percent: int) -> None:
        """Report progress (0-100) to the caller, once per new percentage."""
        if percent > self._percent and self._progress is not None:
            self._percent = percent
            self._progress(percent, 100)

    def rng(self, area: str) -> random.Random:
        """Randomness of one area: changing one area leaves the others' choices unchanged."""
        return random.Random(f"{self.seed}/{area}")

    def new_id(self) -> str:
        self._id_ms += 1
        return new_id(ms=self._id_ms, rand=self._id_rng.randbytes(10))

    def add(self, table: str, **values: Any) -> Row:
        """A new row for ``table`` with its id and every column's default filled in."""
        row = {**self.defaults(table), "id": self.new_id(), **values}
        self.rows[table].append(row)
        return row

    def defaults(self, table: str) -> Row:
        found = self._defaults.get(table)
        if found is None:
            found = self._defaults[table] = _column_defaults(self.fair, table)
        return found


def _column_defaults(fair: Fair, table: str) -> Row:
    """Column -> default value (None when the column has no literal default)."""
    defaults: Row = {}
    for _cid, name, _type, _notnull, default, _pk in fair.db.execute(
            f"PRAGMA table_info([{table}])").fetchall():
        if name in ("created_at", "updated_at", "updated_by"):
            continue
        defaults[name] = _literal(default)
    return defaults


def _literal(default: str | None) -> Any:
    if default is None:
        return None
    if default.startswith("'"):
        return default[1:-1].replace("''", "'")
    try:
        return int(default)
    except ValueError:
        return float(default)


class Weights(Generic[T]):
    """Values with relative weights; ``pick`` draws one."""

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        pairs = list(pairs)
        self.values = [value for value, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))

    def pick(self, rng: random.Random) -> T:
        return self.values[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(10 ** n)).zfill(n)
