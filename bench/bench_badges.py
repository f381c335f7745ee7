"""Badges and the check-in desk: figures next to their floors, measured in the same run.

(a) 1,000 badges, A4 8-up, QR codes and Chinese names: fairdesk's renderer vs a bare
    ReportLab + qrcode script drawing the same text and codes (goal: <= 1.3x, < 3 s).
(c) 1,000 A6 badges in a custom layout with names in every script (one in eight set in a
    fallback font: Arabic, Hebrew, Thai, Devanagari, rare CJK, emoji), next to today's
    fixed A6 badge of the same Chinese crowd (goal: <= 1.3x) and a bare script (floor).
(b) Scan to card on a 10,000-guest fair file: p95 of check_in() with the card
    (goal: <= 50 ms), next to a bare indexed lookup + insert + commit.

Run: PYTHONPATH=. python -m bench.bench_badges
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bench.crowd import make_crowd
from fairdesk.core.badges import checkin, issuing
from fairdesk.core.badges.snapshot import badge_job
from fairdesk.core.context import Operator
from fairdesk.core.fair import Fair
from fairdesk.reports.badges.cards import render_badges
from fairdesk.reports.fonts import FONT, register_fonts

OPERATOR = Operator("基准", "door-1", "bench")
SETTINGS = {"fair.name": "2026中国（海港）国际投资洽谈会", "fair.starts_on": "2026-05-18",
            "fair.ends_on": "2026-05-20"}


def floor_script(path: Path, items: list[dict], fair_name: str) -> None:
    """The bare script: same page, same text, same codes; qrcode's defaults, one rect a module."""
    register_fonts()
    c = Canvas(str(path), pagesize=A4, initialFontName=FONT)
    cw, ch = 90 * mm, 54 * mm
    for k, b in enumerate(items):
        col, row = k % 8 % 2, k % 8 // 2
        x, y = 15 * mm + col * cw, 40.5 * mm + (3 - row) * ch
        c.setFont(FONT, 9)
        c.drawString(x + 4 * mm, y + ch - 7 * mm, fair_name)
        c.setFont(FONT, 19)
        c.drawString(x + 4 * mm, y + ch - 20 * mm, b["name"])
        c.setFont(FONT, 7.5)
        c.drawString(x + 4 * mm, y + ch - 26 * mm, b["organisation"])
        c.drawString(x + 4 * mm, y + ch - 30 * mm, b["title"])
        c.drawString(x + 4 * mm, y + 4 * mm, b["category_zh"])
        qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        qr.add_data(b["code"])
        qr.make(fit=True)
        m = 26 * mm / len(qr.modules)
        path_ = c.beginPath()
        for r, line in enumerate(qr.modules):
            for q, dark in enumerate(line):
                if dark:
                    path_.rect(x + 60 * mm + q * m, y + 40 * mm - (r + 1) * m, m, m)
        c.drawPath(path_, stroke=0, fill=1)
        if k % 8 == 7 or k == len(items) - 1:
            c.showPage()
    c.save()


def _best(fn, repeat: int = 3) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _interleaved(fns, rounds: int = 5) -> list[float]:  # noqa: ANN001
    """Each function's best CPU time over ``rounds``, the functions taking turns: on a
    machine other work shares, a burst then slows all alike instead of one."""
    best = [float("inf")] * len(fns)
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            start = time.process_time()
            fn()
            best[i] = min(best[i], time.process_time() - start)
    return best


def bench_render(tmp: Path) -> list[dict]:
    fair = Fair.memory(OPERATOR, **SETTINGS)
    ids = make_crowd(fair, 1000)
    batch = issuing.badges_for_printing(fair, ids, size="a4-8up")
    start = time.perf_counter()
    job = badge_job(fair, batch)
    snapshot = time.perf_counter() - start
    ours = _best(lambda: render_badges(tmp / "ours.pdf", job, "a4-8up"))
    floor = _best(lambda: floor_script(tmp / "floor.pdf", job.badges, SETTINGS["fair.name"]))
    fair.close()
    return [
        {"figure": "1,000 badges A4 8-up: render", "value": round(ours, 3), "unit": "s",
         "floor": round(floor, 3), "goal": "<= 1.3x floor and < 3 s"},
        {"figure": "1,000 badges: snapshot of the data", "value": round(snapshot * 1000, 1),
         "unit": "ms", "goal": "small next to the render"},
    ]


WORLD_NAMES = ("محمد بن سلمان", "דוד כהן", "สมชาย ใจดี", "राहुल शर्मा", "𠮷田", "刘䶮",
               "Ana 😀 Silva", "김민준")


def bench_layout(tmp: Path) -> list[dict]:
    from fairdesk.core.badges.layout import Box, default_layout
    from fairdesk.reports.badges.designed import render_designed

    fair = Fair.memory(OPERATOR, **SETTINGS)
    ids = make_crowd(fair, 1000)
    job = badge_job(fair, issuing.badges_for_printing(fair, ids, size="a6"))
    fair.close()
    world = type(job)(job.header, [
        {**b, "name": WORLD_NAMES[k // 8 % len(WORLD_NAMES)]} if k % 8 == 0 else b
        for k, b in enumerate(job.badges)])
    base = default_layout("a6")
    layout = base.__class__(base.stock, (*base.front, Box("title", 4, 140, 97, 6, 9, 6)),
                            base.head_mm, base.foot_mm, {"investor": "#0B5394"})
    today, ours, floor = _interleaved((
        lambda: render_badges(tmp / "today.pdf", job, "a6"),
        lambda: render_designed(tmp / "layout.pdf", world, layout),
        lambda: floor_a6(tmp / "floor-a6.pdf", world.badges)))
    return [{"figure": "1,000 A6 badges, custom layout, every script", "value": round(ours, 3),
             "unit": "s", "floor": round(floor, 3),
             "today": round(today, 3), "goal": "<= 1.3x today's fixed A6 (same run)"}]


def floor_a6(path: Path, items: list[dict]) -> None:
    """The bare script for A6: the same texts in the main font, one page each, QR as rects."""
    register_fonts()
    c = Canvas(str(path), pagesize=(105 * mm, 148 * mm), initialFontName=FONT)
    for b in items:
        c.setFont(FONT, 14)
        c.drawCentredString(52.5 * mm, 135 * mm, "2026中国（海港）国际投资洽谈会")
        c.setFont(FONT, 40)
        c.drawCentredString(52.5 * mm, 90 * mm, b["name"])
        c.setFont(FONT, 11)
        c.drawCentredString(52.5 * mm, 80 * mm, b["organisation"])
        c.drawCentredString(52.5 * mm, 74 * mm, b["title"])
        qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        qr.add_data(b["code"])
        qr.make(fit=True)
        m = 33 * mm / len(qr.modules)
        path_ = c.beginPath()
        for r, line in enumerate(qr.modules):
            for q, dark in enumerate(line):
                if dark:
                    path_.rect(36 * mm + q * m, 60 * mm - (r + 1) * m, m, m)
        c.drawPath(path_, stroke=0, fill=1)
        c.showPage()
    c.save()


def bench_scan(tmp: Path, n_guests: int = 10_000, scans: int = 400) -> list[dict]:
    fair = Fair.create(tmp / "scan.fair", OPERATOR, **SETTINGS)
    ids = make_crowd(fair, n_guests)
    batch = issuing.badges_for_printing(fair, ids)
    rnd = random.Random(7)
    codes = [b.code for b in rnd.sample(batch.badges, scans)]
    codes += codes[: scans // 4]  # repeats: the amber path
    times = []
    for code in codes:
        start = time.perf_counter()
        checkin.check_in(fair, code, desk="door-1")
        times.append((time.perf_counter() - start) * 1000)
    fair.close()
    floor = _bare_scan(tmp / "scan.fair", [b.guest_id for b in batch.badges[:scans]], rnd)
    p95 = statistics.quantiles(times, n=20)[-1]
    return [{"figure": f"scan to card, {n_guests:,}-guest fair file: p95", "value": round(p95, 2),
             "unit": "ms", "floor": round(floor, 2), "goal": "<= 50 ms"},
            {"figure": "scan to card: median", "value": round(statistics.median(times), 2),
             "unit": "ms"}]


def _bare_scan(path: Path, guest_ids: list[str], rnd: random.Random) -> float:
    """p95 of a bare indexed lookup, one insert and a commit on the same file."""
    conn = sqlite3.connect(path)
    refs = [r[0] for r in conn.execute("SELECT ref_code FROM guests LIMIT 400")]
    times = []
    for ref in refs:
        start = time.perf_counter()
        gid = conn.execute("SELECT id FROM guests WHERE ref_code = ?", [ref]).fetchone()[0]
        conn.execute("INSERT INTO check_ins (id, created_at, updated_at, guest_id, at) "
                     "VALUES (?,?,?,?,?)", [f"bare{rnd.random()}", "x", "x", gid, "x"])
        conn.commit()
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return statistics.quantiles(times, n=20)[-1]


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        return bench_render(Path(tmp)) + bench_layout(Path(tmp)) + bench_scan(Path(tmp))


if __name__ == "__main__":
    for figure in run():
        print(figure)
