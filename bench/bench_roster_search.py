"""A roster table's search box (issue 14, point 14): 2,000+ stays searched per keystroke.

What the box does on the window's thread: fold the shown cells once per list of rows
(``RowIndex``), then per keystroke the guest search and a substring test per row.
The floor, in the same run: a bare ``in`` over each row's joined cell texts (no folding,
no pinyin, no guest search). Goal: a keystroke well inside a frame (≤ 16 ms).

Run: ``PYTHONPATH=. python -m bench roster_search``
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from fairdesk.core.fair import Fair
from fairdesk.core.guests.search import GuestSearch, RowIndex, _text_keys
from fairdesk.core.reception.room_plan import apply_plan, plan_auto_assign
from fairdesk.core.reception.sample import build_sample
from fairdesk.core.reception.views.lodging import stay_rows

GUESTS = 3000
KEYS = ("person", "hotel", "room", "type_label", "check_in", "check_out", "nights", "sharing")
QUERIES = ("l", "ly", "lyt", "西湖", "2026-05-18")


def _median(fn: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> list[dict]:
    fair = Fair.memory(**{"fair.name": "bench"})
    build_sample(fair, guests=GUESTS, vehicles=40)
    apply_plan(fair, plan_auto_assign(fair))
    rows = stay_rows(fair)
    cells = [([str(r[k]) for k in KEYS if r.get(k) not in (None, "")], r["guest_id"])
             for r in rows]
    guests = GuestSearch.of(fair)  # the guests page's index, built when first searched
    guests.search("")

    def cold_index() -> RowIndex:
        _text_keys.cache_clear()  # every cell folded and romanised afresh, as after an edit
        return RowIndex(fair, cells)

    def cold_search(q: str) -> list[int]:
        guests._cache.clear()  # noqa: SLF001 - each query new to the guest search too
        guests._last = None  # noqa: SLF001
        return index.search(q)

    build = _median(cold_index, 3)
    index = RowIndex(fair, cells)
    joined = ["\x02".join(c) for c, _guest in cells]
    keystroke = max(_median(lambda q=q: cold_search(q)) for q in QUERIES)
    floor = max(_median(lambda q=q: [s for s in joined if q in s]) for q in QUERIES)
    fair.close()
    return [
        {"figure": f"roster search index of {len(rows):,} stays (once per refresh)",
         "value": round(build * 1000, 2), "unit": "ms"},
        {"figure": f"roster search, slowest keystroke of {QUERIES}, {len(rows):,} stays",
         "value": round(keystroke * 1000, 2), "unit": "ms", "floor": round(floor * 1000, 3),
         "goal": "<= 16 ms", "met": keystroke <= 0.016},
    ]


if __name__ == "__main__":
    for figure in run():
        floor = f"  (floor {figure['floor']} {figure['unit']})" if "floor" in figure else ""
        print(f"{figure['figure']}: {figure['value']} {figure['unit']}{floor}")
