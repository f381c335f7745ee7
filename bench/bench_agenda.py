"""Agenda figures: every attending guest's itinerary, the programme, the agenda page.

Goals (issue 11): itineraries for 3,000 attending guests <= 15 s (the chain read on the
fair's thread plus the drawing in the worker); the programme <= 1 s; the agenda page
opens <= 150 ms. Floors, measured in the same run: bare ReportLab drawing the same text
at fixed places (no layout, no wrapping) for the PDFs; the bare SQL reads of the rows the
page shows, for the page.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python bench/bench_agenda.py
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ATTENDING = 3000
DEMO_GUESTS = 4300  # about 72 % of a demo fair's guests attend


def _bare_pdf(path: Path, pages: list[list[str]]) -> float:
    """The floor: ReportLab drawing these lines, one page each, with the same font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from fairdesk.reports.fonts import FONT, register_fonts

    register_fonts()
    start = time.perf_counter()
    c = canvas.Canvas(str(path), pagesize=A4, initialFontName=FONT)
    for lines in pages:
        c.setFont(FONT, 9.5)
        y = 800.0
        for line in lines:
            c.drawString(40, y, line)
            y = y - 13 if y > 60 else 800.0
        c.showPage()
    c.save()
    return time.perf_counter() - start


def _itinerary_lines(it) -> list[str]:  # noqa: ANN001
    lines = [it.fair_name, it.name, it.about, it.arrival, it.met_by, it.hotel, it.escort,
             it.departure, it.hotline]
    for e in it.entries:
        lines += [e.starts_at[5:16], e.what, e.where]
    return lines


def bench_itineraries(fair, folder: Path) -> list[dict]:  # noqa: ANN001
    from fairdesk.core.agenda.itinerary import attending_ids, itineraries
    from fairdesk.reports.agenda.itinerary import render_itineraries

    ids = attending_ids(fair)[:ATTENDING]
    start = time.perf_counter()
    items = itineraries(fair, ids)
    read = time.perf_counter() - start
    start = time.perf_counter()
    render_itineraries(folder / "itineraries.pdf", items)
    draw = time.perf_counter() - start
    floor = _bare_pdf(folder / "floor.pdf", [_itinerary_lines(it) for it in items])
    total = read + draw
    return [
        {"figure": f"itineraries of {len(ids)} attending guests: chain read + PDF",
         "value": round(total, 2), "unit": "s", "floor": round(floor, 2),
         "ratio": round(total / floor, 1), "met": total <= 15 and len(ids) >= ATTENDING,
         "goal": "<= 15 s (floor: bare ReportLab drawing the same text, no layout)"},
        {"figure": f"itineraries of {len(ids)} guests: the chain read (window's thread)",
         "value": round(read, 2), "unit": "s"},
        {"figure": f"itineraries of {len(ids)} guests: drawing the PDF (worker)",
         "value": round(draw, 2), "unit": "s", "floor": round(floor, 2),
         "ratio": round(draw / floor, 1)}]


def bench_programme(fair, folder: Path) -> list[dict]:  # noqa: ANN001
    from fairdesk.core.agenda.programme import programme
    from fairdesk.reports.agenda.programme import ProgrammeOptions, render_programme

    out = []
    for size in ("a4", "a5-booklet"):
        start = time.perf_counter()
        prog = programme(fair)
        render_programme(folder / f"programme-{size}.pdf", prog,
                         ProgrammeOptions(size=size, lang="both"))
        took = time.perf_counter() - start
        lines = []
        for it in prog.items():
            lines += [*it.title, *it.venue, *it.address, *it.host, *it.dress, *it.description,
                      *it.notes, *(p.name + p.about for p in it.speakers + it.honour)]
        floor = _bare_pdf(folder / "floor-programme.pdf", [lines[i:i + 40]
                                                           for i in range(0, len(lines), 40)])
        out.append({"figure": f"programme, {size}, both languages ({len(prog.items())} sessions)",
                    "value": round(took * 1000), "unit": "ms", "floor": round(floor * 1000),
                    "met": took <= 1.0,
                    "goal": "<= 1 s (floor: bare ReportLab drawing the same text)"})
    return out


def bench_page(path: Path) -> list[dict]:
    from fairdesk.core.fair import Fair
    from fairdesk.gui.agenda.page import AgendaPage
    from fairdesk.gui.qt import QApplication
    from fairdesk.gui.session import FairSession

    app = QApplication.instance() or QApplication([])
    fair = Fair.open(path)
    session = FairSession()
    session.fair = fair
    times = []
    for _ in range(5):
        start = time.perf_counter()
        page = AgendaPage(session)
        page.resize(1366, 768)
        page.show()
        page.refresh()  # what the main window does when the page is first shown
        app.processEvents()
        page.grab()
        times.append(time.perf_counter() - start)
        page.close()
        page.deleteLater()
        app.processEvents()
    start = time.perf_counter()
    for sql in ("SELECT * FROM agenda_sessions", "SELECT * FROM venues",
                "SELECT id, category, state, arrival_at, departure_at, name FROM guests",
                "SELECT * FROM session_guests", "SELECT session_id, guest_id FROM attendance",
                "SELECT * FROM escort_assignments WHERE session_id IS NOT NULL",
                "SELECT * FROM trips WHERE session_id IS NOT NULL"):
        fair.rows(sql)
    floor = time.perf_counter() - start
    value = sorted(times)[len(times) // 2]
    guests = fair.count("guests")
    fair.close()
    return [{"figure": f"agenda page opens and paints ({guests} guests)",
             "value": round(value * 1000), "unit": "ms", "floor": round(floor * 1000, 1),
             "met": value <= 0.15,
             "goal": "<= 150 ms (floor: the bare SQL reads of what the page shows)"}]


def bench_dashboard(path: Path) -> list[dict]:
    """The dashboard's refresh with its charts, and whether the first paint waited for them."""
    import sys

    from fairdesk.core import charts as series
    from fairdesk.core import dashboard as figures
    from fairdesk.core.context import Operator
    from fairdesk.gui.app import create_application, open_main_window

    app = create_application("zh")
    start = time.perf_counter()
    window = open_main_window(path, Operator("bench", "desk", "bench"))
    window.resize(1366, 768)
    window.show()
    window.grab()
    first_paint = time.perf_counter() - start
    charts_at_paint = "pyqtgraph" in sys.modules
    page = window.page("dashboard")
    page.load_charts()
    times = []
    for _ in range(7):
        start = time.perf_counter()
        page.refresh()
        app.processEvents()
        times.append(time.perf_counter() - start)
    fair = window.session.fair
    floor_times = []
    for _ in range(7):
        start = time.perf_counter()
        figures.guest_figures(fair), figures.reception_figures(fair)
        figures.security_figures(fair), figures.signing_figures(fair)
        figures.agenda_figures(fair), series.by_hour(fair), series.replies_over_time(fair)
        series.rooms(fair), series.security_completion(fair), series.signing_by_county(fair)
        floor_times.append(time.perf_counter() - start)
    guests = fair.count("guests")
    window.close()
    value, floor = sorted(times)[3], sorted(floor_times)[3]
    return [
        {"figure": f"dashboard refresh with its charts ({guests} guests)",
         "value": round(value * 1000, 1), "unit": "ms", "floor": round(floor * 1000, 1),
         "met": value <= 0.05,
         "goal": "<= 50 ms (floor: the core's figure and series reads alone)"},
        {"figure": "open the fair to the first painted window (charts not yet loaded)",
         "value": round(first_paint, 2), "unit": "s", "met": not charts_at_paint,
         "goal": "the charting library is not imported before the first paint"}]


def run() -> list[dict]:
    from fairdesk.core.demo import create_demo_fair

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "demo.fair"
        fair = create_demo_fair(path, guests=DEMO_GUESTS, seed=11)
        figures = bench_itineraries(fair, folder) + bench_programme(fair, folder)
        fair.close()
        figures += bench_page(path)
        big = folder / "big.fair"
        create_demo_fair(big, guests=10_000, seed=12).close()
        return figures + bench_dashboard(big)


if __name__ == "__main__":
    for figure in run():
        floor = f"  (floor {figure['floor']} {figure['unit']})" if "floor" in figure else ""
        print(f"{figure['figure']}: {figure['value']} {figure['unit']}{floor}"
              f"  goal {figure.get('goal', '')}")
