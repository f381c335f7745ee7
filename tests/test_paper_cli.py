"""`fairdesk letters` (issue 15, point 12) and badges in the fair's layout from the command line."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from fairdesk.cli import main
from fairdesk.core.fair import Fair
from tests.conftest import TESTER


def test_letters_command_prints_the_chosen_guests(tmp_path, capsys):
    path = tmp_path / "f.fair"
    fair = Fair.create(path, TESTER, **{"fair.name": "测试投洽会", "fair.starts_on": "2099-05-18"})
    unit = fair.guests.create("inviting_units", name="临港区").ids()[0]
    other = fair.guests.create("inviting_units", name="东港区").ids()[0]
    fair.guests.create("guests", name="张伟", category="investor", country="CN",
                       inviting_unit_id=unit)
    fair.guests.create("guests", name="Anna Müller", category="investor", country="DE",
                       inviting_unit_id=unit)
    fair.guests.create("guests", name="李娜", category="investor", country="CN",
                       inviting_unit_id=other)
    fair.close()
    out = tmp_path / "letters.pdf"
    assert main(["letters", str(path), "--out", str(out), "--unit", "临港区"]) == 0
    doc = pdfium.PdfDocument(str(out))
    text = "".join(p.get_textpage().get_text_range() for p in doc)
    assert len(doc) == 2 and "张伟" in text and "Müller" in text and "李娜" not in text
    doc.close()
    assert main(["letters", str(path), "--out", str(tmp_path / "none.pdf"),
                 "--state", "arrived"]) == 1
    assert not (tmp_path / "none.pdf").exists()
    said = capsys.readouterr()
    assert "没有符合条件的嘉宾" in said.out + said.err


def test_badges_in_the_layout_need_a_layout(tmp_path, capsys):
    path = tmp_path / "f.fair"
    fair = Fair.create(path, TESTER, **{"fair.name": "测试投洽会"})
    fair.guests.create("guests", name="张伟", category="investor", country="CN")
    fair.close()
    assert main(["badges", str(path), "--out", str(tmp_path / "b.pdf"), "--size", "layout"]) == 1
    assert not (tmp_path / "b.pdf").exists()
    said = capsys.readouterr()
    assert "还没有设计证件版式" in said.out + said.err
    fair = Fair.open(path, TESTER)
    assert fair.scalar("SELECT count(*) FROM badges") == 0  # nothing issued either
    fair.close()


def test_letter_signs_as_the_committee_signs_and_greets_by_surname(tmp_path):
    from fairdesk.reports.guests.letters import letters_for, render_letters

    fair = Fair.memory(TESTER, **{"fair.name": "2026中国（南京）国际投资洽谈会",
                                  "fair.organiser": "2026投洽会组委会办公室",
                                  "fair.organiser_en": "Organising Committee"})
    ids = [fair.guests.create("guests", name=n, category="investor", country=c, gender="M",
                              language=lang).ids()[0]
           for n, c, lang in (("张伟", "CN", "zh"), ("Sir Christopher Montgomery", "GB", "en"))]
    render_letters(letters_for(fair, ids), tmp_path / "l.pdf")
    doc = pdfium.PdfDocument(str(tmp_path / "l.pdf"))
    zh, en = (p.get_textpage().get_text_range() for p in doc)
    assert "2026投洽会组委会办公室" in zh and "洽谈会2026投洽会" not in zh
    assert "Dear Sir Christopher," in en and "Mr Sir" not in en
    doc.close()
    fair.close()


def test_reply_slip_wraps_a_long_organisation_at_a_legible_size():
    from reportlab.pdfgen.canvas import Canvas

    from fairdesk.reports.guests import reply_slip
    from fairdesk.reports.textfit import fit_lines, width

    widths = reply_slip._columns(500)
    text = "Keystone Semiconductor Manufacturing International plc Senior Vice President"
    lines, size = fit_lines(text, widths[3] - 12, 10.5, 8, 2)
    assert size >= 7.9 and len(lines) == 2
    assert all(width(line, size) <= widths[3] - 12 for line in lines)
    seen: list[tuple[str, float]] = []

    class Spy(Canvas):
        def drawString(self, x, y, text, *a, **k):  # noqa: N802, ANN001, ANN002, ANN003
            seen.append((text, self._fontsize))
            return super().drawString(x, y, text, *a, **k)

    reply_slip._value(Spy("/dev/null"), 0, 100, widths[3], text)
    assert [t for t, _s in seen] == list(lines) and min(s for _t, s in seen) >= 7.9


@pytest.mark.parametrize("org", [
    "Keystone Semiconductor Manufacturing International plc",
    "Keystone Semiconductor Manufacturing International Holdings and Investment Group plc"
    " (Asia-Pacific Regional Headquarters)",
    "海滨远洋科技控股集团有限公司亚太区域总部战略发展与投资合作事业部",
])
def test_reply_slip_cells_grow_and_never_print_below_8_pt(org):
    """Issue 15, point 3: 101 of 1,500 reply slips overflowed their cell and 524 printed
    it below 8 pt: the value wraps at 8 pt at least, and its row grows to hold it."""
    from reportlab.pdfgen.canvas import Canvas

    from fairdesk.reports.fonts import register_fonts
    from fairdesk.reports.guests import reply_slip
    from fairdesk.reports.guests.letter_text import LetterData
    from fairdesk.reports.guests.letters import CUT_Y, MARGIN, WIDTH
    from fairdesk.reports.textfit import width

    register_fonts()
    seen: list[tuple[float, float, str, float]] = []

    class Spy(Canvas):
        def drawString(self, x, y, text, *a, **k):  # noqa: N802, ANN001, ANN002, ANN003
            seen.append((x, y, text, self._fontsize))
            return super().drawString(x, y, text, *a, **k)

    letter = LetterData("g", "ABC123", "en", "Sir Christopher Montgomery-Whitfield",
                        organisation=org, title="Senior Vice President, Strategy and Investment")
    spy = Spy("/dev/null")
    reply_slip.draw_reply_slip(spy, letter, top=CUT_Y - 22, left=MARGIN, right=WIDTH - MARGIN)
    widths = reply_slip._columns(WIDTH - 2 * MARGIN)
    cell_left = MARGIN + sum(widths[:3])
    values = [(x, y, s, size) for x, y, s, size in seen if x > cell_left]
    words = "".join(s for _x, _y, s, _size in values).replace(" ", "")
    assert org.replace(" ", "")[:40] in words
    assert all(size >= 8 for _x, _y, _s, size in values)
    assert all(x + width(s, size) <= cell_left + widths[3] for x, _y, s, size in values)
    assert min(y for _x, y, _s, _size in seen) > 28  # the grown slip still ends on the page
