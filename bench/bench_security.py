"""Security figures on a big fair: 40 sites × 7 departments × 40 items (11,200 items),
2,000 inspections.

    QT_QPA_PLATFORM=offscreen python -m bench security

Goals (issue 9): the security page opens and the matrix paints in <= 150 ms; the daily
report PDF renders in <= 2 s. Floors, measured in the same run: for the page, the core's
matrix read (and for that, the bare SQL reads of every row it counts); for the report, a
one-page PDF with the same font (the cost of embedding it) plus the report's snapshot.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SITES, ITEMS_PER_CELL, INSPECTIONS = 40, 40, 2000
FLOOR_SQL = ("SELECT site_id, department_id, status, due_at FROM checklist_items",
             "SELECT r.status, r.due_at, i.site_id, i.department_id FROM rectifications r"
             " JOIN inspections i ON i.id = r.inspection_id",
             "SELECT site_id, department_id FROM site_signoffs WHERE withdrawn_at IS NULL",
             "SELECT * FROM sites", "SELECT * FROM departments")


def _best(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_fair(folder: Path):  # noqa: ANN201
    """The big fair, written in bulk (one summary audit row per table)."""
    from fairdesk.core.fair import Fair
    from fairdesk.core.ids import new_id
    from fairdesk.core.security.issuing import ensure_departments

    fair = Fair.create(folder / "security.fair", **{"fair.name": "bench",
                                                     "fair.starts_on": "2026-05-18"})
    rng = random.Random(9)
    kinds = ["hotel"] * 20 + ["venue"] * 10 + ["visit"] * 6 + ["route"] * 4
    base = datetime(2026, 5, 10, 9, 0)
    with fair.transaction() as tx:
        depts = list(ensure_departments(tx).values())
        sites = [{"id": new_id(), "name": f"点位{n:02d}", "kind": kind}
                 for n, kind in enumerate(kinds)]
        tx.insert_many("sites", sites, audit_each=False)
        items, inspections, answers, rects, signoffs = [], [], [], [], []
        for s in sites:
            for d in depts:
                cell = [{"id": new_id(), "site_id": s["id"], "department_id": d["id"],
                         "title": f"{d['name']}事项{k}", "detail": "按要求检查",
                         "due_at": (base + timedelta(days=rng.randint(0, 8))).isoformat()
                         + "+08:00", "status": rng.choice(("done", "done", "done", "open"))}
                        for k in range(ITEMS_PER_CELL)]
                items += cell
                if all(i["status"] == "done" for i in cell) or rng.random() < 0.1:
                    signoffs.append({"site_id": s["id"], "department_id": d["id"],
                                     "signed_by": "bench", "signed_at": "2026-05-16T10:00:00+08:00"})
        for n in range(INSPECTIONS):
            item = rng.choice(items)
            insp = {"id": new_id(), "site_id": item["site_id"],
                    "department_id": item["department_id"], "at": "2026-05-14T10:00:00+08:00",
                    "inspector": "bench", "result": "pass"}
            inspections.append(insp)
            answers.append({"inspection_id": insp["id"], "checklist_item_id": item["id"],
                            "answer": "pass"})
            if n % 7 == 0:
                rects.append({"inspection_id": insp["id"], "checklist_item_id": item["id"],
                              "problem": "问题", "due_at": "2026-05-16T18:00:00+08:00",
                              "status": rng.choice(("open", "verified")), "number": n + 1,
                              "year": 2026, "responsible_unit": "单位"})
        for table, rows in (("checklist_items", items), ("inspections", inspections),
                            ("inspection_answers", answers), ("rectifications", rects),
                            ("site_signoffs", signoffs)):
            tx.insert_many(table, rows, audit_each=False)
    return fair


def run() -> list[dict]:
    from fairdesk.core.security import paper, views
    from fairdesk.gui.qt import QApplication
    from fairdesk.gui.security.page import SecurityPage
    from fairdesk.gui.session import FairSession
    from fairdesk.reports.frame import build, heading
    from fairdesk.reports.security.paper import render_daily

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        fair = make_fair(folder)
        items = fair.count("checklist_items")
        session = FairSession()
        session.open(fair)
        opens = []
        for _ in range(5):
            start = time.perf_counter()
            page = SecurityPage(session)
            page.resize(1366, 768)
            page.refresh()
            page.matrix_view.viewport().grab()
            app.processEvents()
            opens.append(time.perf_counter() - start)
            page.deleteLater()
            app.processEvents()
        open_s = statistics.median(opens)
        floor = _best(lambda: [fair.rows(sql) for sql in FLOOR_SQL])
        matrix = _best(lambda: views.matrix(fair))

        def report() -> None:
            render_daily(paper.daily_report(fair), folder / "daily.pdf", printed_by="bench")
        report_s = _best(report, 3)
        snapshot_s = _best(lambda: paper.daily_report(fair), 3)
        pdf_floor = _best(lambda: build(folder / "floor.pdf", heading("bench", "安保工作日报", "截至"),
                                        wide=True, title="floor", fair_name="bench",
                                        printed_by="bench"), 3)
        session.close()
    return [
        {"figure": f"security page opens and the matrix paints ({SITES} sites × 7 departments,"
                   f" {items} items, {INSPECTIONS} inspections)",
         "value": round(open_s * 1000, 1), "unit": "ms", "floor": round(matrix * 1000, 1),
         "goal": "<= 150 ms (floor: the core's matrix read the page paints)",
         "met": open_s <= 0.15},
        {"figure": "sign-off matrix read (core, three grouped queries)",
         "value": round(matrix * 1000, 1), "unit": "ms", "floor": round(floor * 1000, 1),
         "goal": "floor: the bare SQL reads of every row the matrix counts"},
        {"figure": "daily security report PDF: snapshot and render",
         "value": round(report_s, 3), "unit": "s",
         "floor": round(pdf_floor + snapshot_s, 3),
         "goal": "<= 2 s (floor: the snapshot read plus a one-page PDF embedding the font)",
         "met": report_s <= 2},
    ]


if __name__ == "__main__":  # pragma: no cover
    for figure in run():
        print(figure)
