"""Issue 13 (5): a badge PDF that exists is valid at the door; none is left half-written."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import crash
import pypdfium2 as pdfium
import pytest
import zxingcpp

from bench.crowd import make_crowd
from fairdesk.base import files
from fairdesk.core.badges import checkin, issuing
from fairdesk.core.fair import Fair
from fairdesk.reports.badges.cards import RenderCancelled
from fairdesk.reports.badges.table_cards import render_table_cards

# Reprint every badge of the fair (new versions, written with the print log), dying where
# argv[3] says: "record" = after the PDF is drawn, before the print is recorded.
PRINT = """
import os, sys
from fairdesk.cli import main
from fairdesk.core.badges import issuing
if sys.argv[3] == "record":
    issuing.record_printed = lambda *a, **k: os._exit(9)
print("go", flush=True)
raise SystemExit(main(["badges", sys.argv[1], "--out", sys.argv[2], "--size", "a4-8up"]))
"""


def _fair(path: Path, n: int = 12) -> Path:
    fair = Fair.create(path)
    ids = make_crowd(fair, n)
    with fair.transaction() as tx:
        for gid in ids:
            tx.update("guests", gid, {"state": "confirmed"})
    issuing.record_printed(fair, issuing.badges_for_printing(fair, ids))  # printed once
    fair.close()
    return path


def _codes(pdf: Path) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    codes = []
    for page in doc:
        image = page.render(scale=200 / 72).to_pil()
        codes += [r.text for r in zxingcpp.read_barcodes(
            image, formats=zxingcpp.BarcodeFormat.QRCode)]
    doc.close()
    return codes


def _all_valid(fair_path: Path, pdf: Path) -> None:
    fair = Fair.open(fair_path)
    try:
        codes = _codes(pdf)
        assert codes
        assert {checkin.verify(fair, c).status for c in codes} == {"ok"}
    finally:
        fair.close()


def _start(fair_path: Path, pdf: Path, where: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", PRINT, str(fair_path), str(pdf), where],
                            env=crash.ENV, cwd=crash.ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "go"
    return proc


def test_killed_before_the_print_is_recorded_leaves_no_pdf(tmp_path: Path) -> None:
    fair_path, pdf = _fair(tmp_path / "f.fair"), tmp_path / "badges.pdf"
    proc = _start(fair_path, pdf, "record")
    proc.communicate(timeout=120)
    assert proc.returncode == 9
    assert not pdf.exists()  # its reprinted codes are not in the file: it must not exist


def test_kills_at_random_moments_of_badge_printing(tmp_path: Path) -> None:
    fair_path = _fair(tmp_path / "f.fair")
    rng = random.Random(5)
    seen = set()
    for i in range(6):
        pdf = tmp_path / f"b{i}.pdf"
        proc = _start(fair_path, pdf, "anywhere")
        time.sleep(rng.uniform(0.4, 1.5))  # importing, drawing, recording, renaming
        proc.kill()
        proc.communicate()
        seen.add(pdf.exists())
        if pdf.exists():
            assert pdf.stat().st_size > 0
            _all_valid(fair_path, pdf)
        assert not [p for p in tmp_path.iterdir() if p.suffix == ".pdf" and p != pdf
                    and not p.name.startswith("b")]
    fair = Fair.open(fair_path)
    try:
        assert checkin.verify(fair, "X").colour == "red"  # and the file opens
    finally:
        fair.close()


def test_a_cancelled_render_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    fair = Fair.memory()
    ids = make_crowd(fair, 3)
    from fairdesk.core.badges.table_cards import table_card_items

    items = table_card_items(fair, guest_ids=ids)
    with pytest.raises(RenderCancelled):
        render_table_cards(out, items, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    assert render_table_cards(out, items) == len(items)
    assert [p.name for p in tmp_path.iterdir()] == ["cards.pdf"]


def test_a_leftover_of_a_killed_writer_is_cleared_next_time(tmp_path: Path) -> None:
    out = tmp_path / "list.xlsx"
    stale = files.partial_path(out).with_name(f".{out.name}.999999{files.PARTIAL}")
    stale.write_bytes(b"half")
    with files.written(out) as partial:
        partial.write_bytes(b"whole")
    assert [p.name for p in tmp_path.iterdir()] == ["list.xlsx"]
