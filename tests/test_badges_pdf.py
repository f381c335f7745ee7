"""Badge and table-card PDFs: every QR code scans back, names fit, sizes exact, fonts embedded."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.units import mm

from bench.crowd import LATIN, LONG_HAN, make_crowd
from fairdesk.core.badges import checkin, issuing
from fairdesk.core.badges.snapshot import badge_job
from fairdesk.core.badges.table_cards import table_card_items
from fairdesk.core.fair import Fair
from fairdesk.reports.badges.cards import (
    SIZES,
    RenderCancelled,
    name_box_width,
    render_badges,
)
from fairdesk.reports.badges.table_cards import render_table_cards
from fairdesk.reports.textfit import fit_lines, spaced_name, width

PAGE_MM = {"a6": (105, 148), "lanyard": (90, 130), "cr80": (85.6, 54), "a4-8up": (210, 297)}
NAME_SIZES = {"a6": (105 * 0.19, 105 * 0.11), "lanyard": (90 * 0.19, 90 * 0.11),
              "cr80": (19, 11), "a4-8up": (19, 11)}


@pytest.fixture
def batch(fair: Fair) -> issuing.PrintBatch:
    fair.set_settings(fair__starts_on="2026-05-18", fair__ends_on="2026-05-20")
    ids = make_crowd(fair, 120)
    chosen = issuing.select_guests(fair, sort="name")[:16]
    longest = [g["id"] for g in fair.rows(
        "SELECT id FROM guests WHERE (name LIKE 'Maximilian%' OR length(name) >= 4) "
        "AND state NOT IN ('declined', 'cancelled') LIMIT 4")]
    assert ids
    return issuing.badges_for_printing(fair, list(dict.fromkeys(longest + chosen)))


def _pages(path: Path) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(str(path))


def _decode_all(path: Path, scale: float = 200 / 72) -> list[str]:
    codes = []
    pdf = _pages(path)
    for page in pdf:
        image = page.render(scale=scale).to_pil().convert("L")
        codes += [r.text for r in zxingcpp.read_barcodes(
            image, formats=zxingcpp.BarcodeFormat.QRCode)]
    pdf.close()
    return codes


@pytest.mark.parametrize("size", list(SIZES))
def test_every_qr_code_scans_back_to_its_guest(fair: Fair, batch: issuing.PrintBatch,
                                               tmp_path: Path, size: str) -> None:
    path = tmp_path / f"{size}.pdf"
    render_badges(path, badge_job(fair, batch), size)
    codes = _decode_all(path)
    assert sorted(codes) == sorted(b.code for b in batch.badges)
    for code in codes:
        result = checkin.verify(fair, code)
        assert result.status == "ok"
        assert code == next(b.code for b in batch.badges if b.guest_id == result.guest["id"])


def test_reprinted_badge_pdf_codes_are_void(fair: Fair, batch: issuing.PrintBatch,
                                            tmp_path: Path) -> None:
    path = tmp_path / "old.pdf"
    render_badges(path, badge_job(fair, batch), "a4-8up")
    issuing.record_printed(fair, batch)
    again = issuing.badges_for_printing(fair, [b.guest_id for b in batch.badges[:8]])
    assert len(again.reprinted) == 8
    assert all(checkin.verify(fair, c).status == "ok" for c in _decode_all(path))  # not yet
    render_badges(tmp_path / "new.pdf", badge_job(fair, again), "a4-8up")
    issuing.record_printed(fair, again)
    statuses = [checkin.verify(fair, c).status for c in _decode_all(path)]
    assert statuses.count("replaced") == 8 and statuses.count("ok") == len(batch.badges) - 8


@pytest.mark.parametrize("size", list(SIZES))
def test_page_sizes_are_exact(fair: Fair, batch: issuing.PrintBatch, tmp_path: Path,
                              size: str) -> None:
    path = tmp_path / "b.pdf"
    pages = render_badges(path, badge_job(fair, batch, back=True), size, back=True)
    pdf = _pages(path)
    assert len(pdf) == pages == 2 * -(-len(batch.badges) // (8 if size == "a4-8up" else 1))
    for page in pdf:
        w, h = page.get_size()
        assert abs(w - PAGE_MM[size][0] * mm) < 0.01 and abs(h - PAGE_MM[size][1] * mm) < 0.01
    pdf.close()


def test_fonts_are_embedded_and_names_are_text(fair: Fair, batch: issuing.PrintBatch,
                                               tmp_path: Path) -> None:
    path = tmp_path / "b.pdf"
    render_badges(path, badge_job(fair, batch), "a4-8up")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(re.search(r"\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", f) for f in fonts)
    pdf = _pages(path)
    text = "".join("".join(p.get_textpage().get_text_range().split()) for p in pdf)
    pdf.close()
    for b in batch.badges:
        assert "".join(fair.get("guests", b.guest_id)["name"].split()) in text


@pytest.mark.parametrize("size", list(SIZES))
def test_the_longest_names_fit_their_box(size: str) -> None:
    box = name_box_width(size)
    big, small = NAME_SIZES[size]
    for name in [*LATIN, *LONG_HAN, "欧阳娜娜", "司马相如"]:
        lines, font = fit_lines(spaced_name(name), box, big, small, 2)
        assert all(width(line, font) <= box for line in lines), (name, size)
        assert font >= 8, (name, size)  # still readable


def test_cancel_stops_and_removes_the_file(fair: Fair, batch: issuing.PrintBatch,
                                           tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = tmp_path / "b.pdf"
    with pytest.raises(RenderCancelled):
        render_badges(path, badge_job(fair, batch), "a6", progress=lambda d, t: seen.append((d, t)),
                      cancelled=lambda: len(seen) >= 3)
    assert not path.exists() and seen[-1] == (3, len(batch.badges))


def test_table_cards_have_the_name_on_both_faces(fair: Fair, batch: issuing.PrintBatch,
                                                 tmp_path: Path) -> None:
    ids = [b.guest_id for b in batch.badges[:4]]
    path = tmp_path / "cards.pdf"
    assert render_table_cards(path, table_card_items(fair, guest_ids=ids)) == 4
    pdf = _pages(path)
    for page, gid in zip(pdf, ids, strict=True):
        w, h = page.get_size()
        assert abs(w - 210 * mm) < 0.01 and abs(h - 297 * mm) < 0.01
        text = "".join(page.get_textpage().get_text_range().split())
        name = "".join(fair.get("guests", gid)["name"].split())
        assert text.count(name) == 2, text
    pdf.close()


def test_table_cards_for_a_banquet_sitting(fair: Fair, batch: issuing.PrintBatch,
                                           tmp_path: Path) -> None:
    rec = fair.reception
    rec.create("meal_sittings", name="欢迎晚宴", kind="banquet", starts_at="2026-05-18 18:30",
               ends_at="2026-05-18 20:30")
    sitting = rec.list("meal_sittings")[0]["id"]
    rec.create("banquet_tables", sitting_id=sitting, number=1, seats=10, is_head=1)
    table = rec.list("banquet_tables")[0]["id"]
    for seat, b in enumerate(batch.badges[:3], start=1):
        rec.create("banquet_seats", table_id=table, guest_id=b.guest_id, seat_no=seat)
    items = table_card_items(fair, sitting_id=sitting)
    assert [i["name"] for i in items] == [fair.get("guests", b.guest_id)["name"]
                                          for b in batch.badges[:3]]
    assert "1" in items[0]["note"]
    assert render_table_cards(tmp_path / "t.pdf", items) == 3


def test_table_cards_for_ceremony_signatories(fair: Fair, batch: issuing.PrintBatch,
                                              tmp_path: Path) -> None:
    fair.agenda.create("agenda_sessions", title="签约仪式", kind="signing",
                       starts_at="2026-05-18 10:30", ends_at="2026-05-18 11:30")
    sid = fair.agenda.list("agenda_sessions")[0]["id"]
    sg = fair.signing
    sg.create("signing_projects", name="临港新材料产业园", sector="coastal_industry",
              contract_type="contract", capital="foreign", currency="USD", status="ready")
    project = sg.list("signing_projects")[0]["id"]
    guest = batch.badges[0].guest_id
    sg.create("signing_parties", project_id=project, side="investor", organisation="某外资公司",
              guest_id=guest)
    sg.create("signing_parties", project_id=project, side="local", organisation="东港区人民政府",
              signatory="王建国", signatory_title="区长")
    sg.create("ceremony_slots", session_id=sid, project_id=project, position=1)
    items = table_card_items(fair, session_id=sid)
    assert {i["name"] for i in items} == {fair.get("guests", guest)["name"], "王建国"}
    path = tmp_path / "c.pdf"
    render_table_cards(path, items)
    pdf = _pages(path)
    text = "".join("".join(p.get_textpage().get_text_range().split()) for p in pdf)
    pdf.close()
    assert text.count("王建国") == 2


@pytest.mark.parametrize(("count", "lang"), [(4, "zh"), (11, "zh"), (11, "en"), (30, "zh")])
def test_cr80_back_keeps_the_agenda_out_of_the_footer(tmp_path: Path, count: int,
                                                      lang: str) -> None:
    """Issue 15, point 9: the CR80 back cut an 11-line agenda at 7 lines, into the footer.
    Every line fits (car and escort share a line, the agenda shrinks to 5.5 pt), or whole
    lines are left out with a line saying how many."""
    from reportlab.pdfgen.canvas import Canvas

    from fairdesk.core.badges.snapshot import FairHeader
    from fairdesk.reports.badges.cards import SIZES, draw_back
    from fairdesk.reports.fonts import FONT, register_fonts

    register_fonts()
    w, h = SIZES["cr80"].card
    agenda = [f"05.{18 + i // 6} {9 + i % 6:02d}:00 {'Session' if lang == 'en' else '议程'}{i + 1:02d}"
              " 海滨国际会展中心 Haibin International Convention Center" for i in range(count)]
    badge = {"colour": "#B0151C", "back": {"lang": lang, "hotel": "海滨国际大酒店",
                                           "car": "瀛B·12345", "driver": "王师傅",
                                           "escort": "李娜", "agenda": agenda}}
    header = FairHeader(name="2026投洽会", name_en="2026 Fair", dates="2026.05.18–05.19",
                        organiser="2026投洽会组委会办公室")
    path = tmp_path / "back.pdf"
    c = Canvas(str(path), pagesize=(w, h), initialFontName=FONT)
    draw_back(c, badge, header, w, h)
    c.save()
    page = pdfium.PdfDocument(str(path))[0]
    text = page.get_textpage()
    lines = [ln for ln in text.get_text_range().split("\r\n") if ln.startswith(("05.", "…"))]
    shown = [ln for ln in lines if ln.startswith("05.")]
    footer = next(i for i in range(text.count_chars())
                  if text.get_text_range(i, 4) == "2026" and text.get_charbox(i)[1] < 20)
    footer_top = max(text.get_charbox(i)[3] for i in range(footer, text.count_chars()))
    above = [text.get_charbox(i)[1] for i in range(footer)
             if not text.get_text_range(i, 1).isspace()]
    assert min(above) > footer_top + 1  # nothing of the agenda on or under the footer
    if count <= 11:
        assert len(shown) == count  # the 11 lines of the issue all fit
    else:  # as many whole lines as fit at 5.5 pt, then how many more
        assert len(shown) < count
        more = lines[-1]
        assert more.startswith("…") and f"{count - len(shown)} " in f"{more} "
        assert ("more" in more) == (lang == "en")
    assert all(agenda[i].startswith(ln.rstrip("…")) for i, ln in enumerate(shown))


@pytest.mark.parametrize("size", ["a6", "lanyard"])
def test_portrait_badge_has_no_empty_band_above_the_qr(tmp_path: Path, size: str) -> None:
    """Issue 15, point 9: a short name left a large empty band above the QR on A6. The
    room goes to a larger code; the code scans and its letters are printed under it."""
    from fairdesk.core.badges.snapshot import BadgeJob, FairHeader
    from fairdesk.reports.badges.cards import readable_code

    code = "K7QX3M019F2TABCDEF12"
    item = {"guest_id": "g", "name": "王伟", "name_latin": "Wang Wei", "organisation": "",
            "title": "", "category": "investor", "category_zh": "客商",
            "category_en": "Investor", "colour": "#1F5FA8", "code": code, "version": 1,
            "photo": None}
    job = BadgeJob(FairHeader("2026投洽会", "2026 Fair", "2026.05.18–05.19", "组委会"), [item])
    path = tmp_path / "a6.pdf"
    render_badges(path, job, size)
    pdf = _pages(path)
    page = pdf[0]
    scale = 150 / 72
    found = zxingcpp.read_barcodes(page.render(scale=scale).to_pil().convert("L"),
                                   formats=zxingcpp.BarcodeFormat.QRCode)
    assert [r.text for r in found] == [code]
    qr_top = page.get_height() - found[0].position.top_left.y / scale  # in points, from below
    text = page.get_textpage()
    assert readable_code(code) in text.get_text_range()
    latin = text.get_text_range().index("Wang Wei")
    name_bottom = min(text.get_charbox(i)[1] for i in range(latin, latin + 8))
    assert name_bottom - qr_top < 16 * mm  # the name block sits close over the code
    assert found[0].position.bottom_right.x - found[0].position.top_left.x > 33 * mm * scale
    pdf.close()


def test_a4_sheet_has_gutters_bleed_and_crop_marks_that_do_not_meet(tmp_path: Path) -> None:
    """Issue 15, point 9: on the A4 8-up sheet the colour bands met across the cut (no
    gutter, no bleed) and the crop marks were only outside. Rendered and sampled: the band
    runs past the cut, the gutter's middle stays white, a mark stands in the gutter, clear
    of the colour."""
    from fairdesk.core.badges.snapshot import BadgeJob, FairHeader
    from fairdesk.reports.badges.cards import BLEED, card_origins

    item = {"guest_id": "g", "name": "王伟", "name_latin": "Wang Wei", "organisation": "海滨集团",
            "title": "总经理", "category": "vip", "category_zh": "贵宾", "category_en": "VIP",
            "colour": "#B0151C", "code": "K7QX3M019F2TABCDEF12", "version": 1, "photo": None}
    job = BadgeJob(FairHeader("2026投洽会", "2026 Fair", "2026.05.18–05.19", "组委会"),
                   [dict(item) for _ in range(8)])
    path = tmp_path / "sheet.pdf"
    render_badges(path, job, "a4-8up")
    spec = SIZES["a4-8up"]
    pdf = _pages(path)
    scale = 300 / 72
    image = pdf[0].render(scale=scale).to_pil().convert("RGB")
    height = pdf[0].get_height()
    pdf.close()

    def pixel(x: float, y: float) -> tuple[int, int, int]:  # PDF points, from the bottom
        return image.getpixel((round(x * scale), round((height - y) * scale)))

    def red(p: tuple[int, int, int]) -> bool:
        return p[0] > 150 and p[1] < 80

    (x0, y0), (x1, _y1) = card_origins(spec)[:2]
    cw, ch = spec.card
    gutter = x1 - (x0 + cw)
    assert gutter >= 2 * BLEED + 2 * mm
    band_y = y0 + ch - 3 * mm  # inside the header band
    assert red(pixel(x0 + cw - 1 * mm, band_y))  # the band up to the cut...
    assert red(pixel(x0 + cw + BLEED * 0.5, band_y))  # ...and past it (bleed)
    assert pixel(x0 + cw + gutter / 2, band_y) == (255, 255, 255)  # the gutter: white
    below = y0 - (y0 - card_origins(spec)[2][1] - ch) / 2  # middle of the row gutter
    mark = [pixel(x0 + cw + dx * 0.1 * mm, below) for dx in range(-3, 4)]
    assert any(p[0] < 100 and p[1] < 100 and p[2] < 100 for p in mark)  # a mark, in black
    assert not any(red(pixel(x0 + cw, y0 - BLEED - k * 0.5 * mm)) for k in range(1, 4))
