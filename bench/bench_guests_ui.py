"""Guests page figures on 10,000 guests: keystroke to an updated table, scrolling, letters.

    QT_QPA_PLATFORM=offscreen python -m bench.bench_guests_ui

"Keystroke" is the whole path a user waits for: the search box's textChanged,
the core search, the lazy model reset, and a repaint of the visible rows
(``view.grab()`` forces the paint, fetching the visible rows from SQLite).
The floor is the core search alone for the same queries.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ["z", "zw", "zha", "zhang", "zhangw", "w", "wa", "wan", "wang", "mu", "mul", "muller",
           "张", "张伟", "华为", "5678", "si", "sie", "siemens", "li", "lin", "h", "ha", "han"]
SURNAMES = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲飞鹏辉斌宇浩凯健俊帆"
LATIN = ["Hans Müller", "Anna Schmidt", "John Smith", "Hiroshi Tanaka", "Marie Dubois",
         "Kim Minjun", "Carlos García", "Olga Ivanova", "Ahmed Hassan", "Lars Nielsen"]
ORGS = ["中国建筑第三工程局", "华为技术有限公司", "南海港务集团", "Siemens AG", "Mitsui & Co.",
        "香港贸易发展局", "中远海运", "招商局集团", "BASF SE", "Temasek Holdings"]


def make_fair(n: int = 10_000):  # noqa: ANN201
    """An in-memory fair with ``n`` guests, written with the core's own derived fields."""
    from fairdesk.core.fair import Fair
    from fairdesk.core.guests.keys import guest_keys
    from fairdesk.core.guests.service import KEY_SOURCES, derived_name_fields

    fair = Fair.memory()
    rnd = random.Random(7)
    units = [fair.guests.create("inviting_units", name=f"{c}县").ids()[0] for c in "东南西北中"]
    rows, taken = [], set()
    for i in range(n):
        latin = i % 6 == 0
        name = (rnd.choice(LATIN) if latin else rnd.choice(SURNAMES) + rnd.choice(GIVEN)
                + (rnd.choice(GIVEN) if i % 3 else ""))
        row = {"name": name, "organisation": rnd.choice(ORGS), "category": "investor",
               "country": "DE" if latin else "CN", "language": "en" if latin else "zh",
               "inviting_unit_id": rnd.choice(units), "phone": f"139{rnd.randint(0, 10**8):08d}",
               "id_number": "", "state": rnd.choice(["to_invite", "invited", "attending"]),
               "ref_code": fair.guests.new_ref_code(taken)}
        row.update(derived_name_fields(name))
        row.update(guest_keys(*(row.get(k) or "" for k in KEY_SOURCES)))
        rows.append(row)
    with fair.transaction() as tx:
        tx.insert_many("guests", rows, audit_each=False)
    return fair


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def run() -> list[dict]:
    from fairdesk.core.guests.search import GuestSearch
    from fairdesk.gui.guests.page import GuestsPage
    from fairdesk.gui.qt import QApplication
    from fairdesk.gui.session import FairSession
    from fairdesk.reports.guests.letters import letters_for, render_letters

    app = QApplication.instance() or QApplication([])
    fair = make_fair()
    session = FairSession()
    session.open(fair)
    page = GuestsPage(session)
    page.resize(1400, 900)
    page.show()
    started = time.perf_counter()
    page.refresh()
    app.processEvents()
    open_s = time.perf_counter() - started
    guests = page.guest_list

    floor_search = GuestSearch(fair, listen=False)
    floor_search.search("warm")  # the index is built on first use
    floor = []
    for q in QUERIES:
        t0 = time.perf_counter()
        floor_search.search(q)
        floor.append((time.perf_counter() - t0) * 1000)

    keystrokes = []
    for word in ("zhangwei", "muller", "张伟", "5678", "siemens", "lin"):
        guests.search_box.clear()
        app.processEvents()
        for i in range(1, len(word) + 1):
            t0 = time.perf_counter()
            guests.search_box.setText(word[:i])
            guests.view.viewport().grab()
            keystrokes.append((time.perf_counter() - t0) * 1000)

    guests.search_box.clear()
    app.processEvents()
    bar = guests.view.verticalScrollBar()
    pages = []
    for step in range(0, bar.maximum(), max(bar.maximum() // 200, 1))[:200]:
        t0 = time.perf_counter()
        bar.setValue(step)
        guests.view.viewport().grab()
        pages.append((time.perf_counter() - t0) * 1000)

    t0 = time.perf_counter()
    guests.model.sort(0)
    guests.view.viewport().grab()
    sort_ms = (time.perf_counter() - t0) * 1000

    ids = guests.model.ids()[:100]
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        render_letters(letters_for(fair, ids), Path(tmp) / "letters.pdf")
        letters_s = time.perf_counter() - t0
    page.close()
    p95, scroll = _p95(keystrokes), _p95(pages)
    return [
        {"figure": "guests page: open with 10,000 guests", "value": round(open_s, 3), "unit": "s"},
        {"figure": "keystroke to updated table, p95 (10,000 guests)",
         "value": round(p95, 2), "unit": "ms", "floor": round(_p95(floor), 2),
         "goal": "<= 30 ms", "met": p95 <= 30},
        {"figure": "keystroke to updated table, median", "value":
         round(statistics.median(keystrokes), 2), "unit": "ms",
         "floor": round(statistics.median(floor), 2)},
        {"figure": "scroll one step and repaint, p95", "value": round(scroll, 2),
         "unit": "ms", "goal": "smooth: < 16 ms", "met": scroll < 16},
        {"figure": "sort 10,000 by name and repaint", "value": round(sort_ms, 1), "unit": "ms"},
        {"figure": "100 invitation letters to PDF", "value": round(letters_s, 2), "unit": "s"},
    ]


if __name__ == "__main__":
    for figure in run():
        print(figure)
