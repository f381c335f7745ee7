"""The agenda's commands on a demo fair: programme, itinerary, sign-in sheet, attendance."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest

from fairdesk import cli
from fairdesk.core.demo import create_demo_fair


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("agenda") / "demo.fair"
    create_demo_fair(path, guests=120, seed=5).close()
    return path


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    text = "".join(p.get_textpage().get_text_range() for p in pdf)
    pdf.close()
    return text


def test_programme_booklet_in_both_languages(demo_path, tmp_path, capsys):
    out = tmp_path / "p.pdf"
    code, said, _ = run(capsys, "programme", str(demo_path), "--out", str(out),
                        "--size", "a5-booklet")
    assert code == 0 and "2 天" in said
    text = _text(out)
    assert "开幕式" in text and "Opening Ceremony" in text and "线路二" in text


def test_itinerary_for_one_guest_as_ics_and_all_as_pdf(demo_path, tmp_path, capsys):
    from fairdesk.core.fair import Fair

    fair = Fair.open(demo_path)
    ref = fair.scalar("SELECT g.ref_code FROM guests g JOIN session_guests l"
                      " ON l.guest_id = g.id WHERE l.role = 'assigned' LIMIT 1")
    attending = fair.count("guests", "state IN ('attending', 'confirmed', 'arrived')")
    fair.close()
    code, _, _ = run(capsys, "itinerary", str(demo_path), ref, "--out", str(tmp_path / "g.ics"))
    assert code == 0 and "BEGIN:VEVENT" in (tmp_path / "g.ics").read_text()
    code, said, _ = run(capsys, "itinerary", str(demo_path), "--all", "--out",
                        str(tmp_path / "all.pdf"))
    assert code == 0 and str(attending) in said
    assert len(pdfium.PdfDocument(str(tmp_path / "all.pdf"))) >= attending
    text = _text(tmp_path / "all.pdf")  # every page tells the guest whom to call
    assert text.count("0898-66668888") >= attending


def test_sign_in_sheet_and_attendance_workbook(demo_path, tmp_path, capsys):
    code, _, _ = run(capsys, "--lang", "en", "sign-in-sheet", str(demo_path), "--session",
                     "Opening Ceremony", "--out", str(tmp_path / "s.pdf"))
    assert code == 0 and "Sign-in sheet" in _text(tmp_path / "s.pdf")
    code, said, _ = run(capsys, "attendance", str(demo_path), "--out", str(tmp_path / "a.xlsx"))
    assert code == 0 and "开幕式" in said and "缺席" in said
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert len(book.sheetnames) > 1


def test_mistakes_are_one_sentence(demo_path, tmp_path, capsys):
    code, _, err = run(capsys, "sign-in-sheet", str(demo_path), "--session", "没有的", "--out",
                       str(tmp_path / "x.pdf"))
    assert code == 1 and err.strip() == "fairdesk: 没有这场议程：没有的"
    code, _, err = run(capsys, "itinerary", str(demo_path), "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "二者选一" in err
    code, _, err = run(capsys, "programme", str(demo_path), "--out", str(tmp_path / "x.doc"))
    assert code == 1 and ".pdf" in err
    assert not list(tmp_path.iterdir())


def test_the_demo_agenda_has_no_clash(demo_path, capsys):
    code, said, _ = run(capsys, "agenda-check", str(demo_path))
    assert code == 0 and "共 0 处冲突" in said
