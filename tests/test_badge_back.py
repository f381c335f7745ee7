"""The back side drawn from the committee's layout (issue 15, point 13): the guest's own
agenda, hotel, escort and the committee's hotline, never a phone or a room number; a layout
without back boxes keeps the fixed back; the command line prints either."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from fairdesk.base.errors import ValidationError
from fairdesk.cli import main
from fairdesk.core.badges import issuing
from fairdesk.core.badges.layout import (
    default_layout,
    fair_layout,
    from_dict,
    save_layout,
    with_default_back,
)
from fairdesk.core.badges.snapshot import badge_job
from fairdesk.core.fair import Fair
from fairdesk.reports.badges import render
from fairdesk.reports.badges.designed import overflows
from tests.conftest import TESTER

DAY = "2026-05-18"
HOTLINE = "0898-66668888"
PHONES = ("13800000000", "13900001111", "13700002222", "0898-12345678")


def _id(changes, table: str) -> str:  # noqa: ANN001
    return changes.ids(table)[0]


def make_world(fair: Fair) -> dict[str, str]:
    """Two guests (one reading English) with a hotel room, an escort, phones everywhere, the
    opening for all and one site-visit route each among parallel ones."""
    fair.set_settings(**{"fair.name": "2026海滨投洽会", "fair.hotline": HOTLINE,
                         "fair.starts_on": DAY, "fair.ends_on": "2026-05-19"})
    a, g, r = fair.agenda, fair.guests, fair.reception
    hall = _id(a.create("venues", name="会展中心", name_en="Expo Centre", capacity=200), "venues")
    ids = {"opening": _id(a.create("agenda_sessions", title="开幕式", title_en="Opening",
                                   kind="opening", venue_id=hall, starts_at=f"{DAY} 09:00",
                                   ends_at=f"{DAY} 10:00"), "agenda_sessions")}
    for zh, en in (("一", "1"), ("二", "2")):
        ids[f"route{en}"] = _id(a.create(
            "agenda_sessions", title=f"考察线路{zh}", title_en=f"Route {en}", kind="visit",
            track="visits", starts_at=f"{DAY} 13:00", ends_at=f"{DAY} 16:00"),
            "agenda_sessions")
    hotel = _id(r.create("hotels", name="海滨宾馆", name_en="Haibin Hotel", phone=PHONES[3]),
                "hotels")
    room = _id(r.create("rooms", hotel_id=hotel, number="1808", room_type="king", capacity=2),
               "rooms")
    escort = _id(r.create("escorts", name="王芳", phone=PHONES[0]), "escorts")
    for key, name, lang, phone in (("zhang", "张伟", "zh", PHONES[1]),
                                   ("smith", "John Smith", "en", PHONES[2])):
        ids[key] = _id(g.create("guests", name=name, country="CN", category="investor",
                                language=lang, state="arrived", phone=phone), "guests")
        r.create("stays", guest_id=ids[key], hotel_id=hotel, room_id=room, check_in=DAY,
                 check_out="2026-05-19")
        r.create("escort_assignments", escort_id=escort, guest_id=ids[key])
    a.assign(ids["route1"], [ids["zhang"]])
    a.assign(ids["route2"], [ids["smith"]])
    return ids


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "fair.fair"
    fair = Fair.create(path, TESTER)
    ids = make_world(fair)
    fair.close()
    return path, ids


def _pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    texts = [p.get_textpage().get_text_range() for p in pdf]
    pdf.close()
    return texts


def _store(path: Path, layout) -> None:  # noqa: ANN001
    fair = Fair.open(path, TESTER)
    save_layout(fair, layout)
    fair.close()


def _print(path: Path, out: Path, *more: str) -> list[str]:
    assert main(["badges", str(path), "--out", str(out), "--size", "layout", "--sort", "name",
                 *more]) == 0
    return _pages(out)


def test_the_back_from_the_layout_has_the_own_agenda_and_hotline_and_no_phone(world, tmp_path):
    path, _ids = world
    _store(path, with_default_back(default_layout("a6")))
    pages = _print(path, tmp_path / "b.pdf", "--back")
    assert len(pages) == 4  # two guests on A6: front, back, front, back
    zhang = next(p for p in pages[1::2] if "住宿：海滨宾馆" in p)
    smith = next(p for p in pages[1::2] if "Hotel: Haibin Hotel" in p)
    assert "05.18 09:00 开幕式" in zhang and "05.18 13:00 考察线路一" in zhang
    assert "考察线路二" not in zhang  # a parallel route is not this guest's
    assert "05.18 09:00 Opening" in smith and "05.18 13:00 Route 2" in smith
    assert "Route 1" not in smith
    assert f"服务热线：{HOTLINE}" in zhang and f"Hotline: {HOTLINE}" in smith
    assert "陪同：王芳" in zhang and "Escort: 王芳" in smith
    for back in pages[1::2]:
        assert "嘉宾须知" not in back  # not the fixed back
        assert "1808" not in back
        for phone in PHONES:
            assert phone not in back


def test_a_card_sheet_back_is_mirrored_and_drawn_from_its_boxes(world, tmp_path):
    path, _ids = world
    _store(path, with_default_back(default_layout("a4-2x4-86x54")))
    pages = _print(path, tmp_path / "b.pdf", "--back")
    assert len(pages) == 2
    assert "住宿：海滨宾馆" in pages[1] and "Hotel: Haibin Hotel" in pages[1]
    assert "05.18 13:00 考察线路一" in pages[1] and HOTLINE in pages[1]
    assert not any(phone in pages[1] for phone in PHONES)


def test_a_layout_without_back_boxes_prints_the_fixed_back(world, tmp_path):
    path, ids = world
    layout = default_layout("a6")
    assert layout.back == ()
    _store(path, layout)
    pages = _print(path, tmp_path / "b.pdf", "--back")
    assert len(pages) == 4
    for back in pages[1::2]:
        assert "嘉宾须知" in back and "住宿 Hotel" in back and "服务热线" not in back
    # exactly the fixed back: the same text as the fixed A6 badge's back of the same guests
    fair = Fair.open(path, TESTER)
    batch = issuing.badges_for_printing(fair, [ids["smith"], ids["zhang"]], size="a6")
    job = badge_job(fair, batch, back=True)
    fair.close()
    render.render(tmp_path / "fixed.pdf", job, "a6", back=True)
    fixed = _pages(tmp_path / "fixed.pdf")
    assert sorted(pages[1::2]) == sorted(fixed[1::2])


def test_without_back_the_layout_prints_fronts_only(world, tmp_path):
    path, _ids = world
    _store(path, with_default_back(default_layout("a6")))
    pages = _print(path, tmp_path / "b.pdf")
    assert len(pages) == 2 and not any("服务热线" in p for p in pages)


def test_the_back_boxes_and_bands_travel_in_the_fair(world):
    path, _ids = world
    layout = with_default_back(default_layout("cr80"))
    _store(path, layout)
    fair = Fair.open(path, TESTER)
    stored = fair_layout(fair)
    fair.close()
    assert stored.back == layout.back and {b.key for b in stored.back} >= {
        "agenda", "hotel", "escort", "hotline", "emblem"}
    assert (stored.back_head_mm, stored.back_foot_mm) == (layout.back_head_mm,
                                                         layout.back_foot_mm)


def test_a_back_field_on_the_front_is_one_sentence():
    data = default_layout("a6").to_dict()
    data["front"] = [*data["front"], {"key": "agenda", "x": 4, "y": 60, "w": 90, "h": 30}]
    with pytest.raises(ValidationError) as err:
        from_dict(data)
    assert "belongs on the back" in err.value.text.en and "只能放在背面" in err.value.text.zh


def test_an_agenda_too_long_for_its_box_is_flagged_and_says_how_many_more(world, tmp_path):
    path, ids = world
    fair = Fair.open(path, TESTER)
    for n in range(20):
        changes = fair.agenda.create("agenda_sessions", title=f"洽谈会{n:02d}", kind="meeting",
                                     starts_at=f"2026-05-19 {8 + n // 4:02d}:{n % 4 * 15:02d}",
                                     ends_at=f"2026-05-19 {8 + n // 4:02d}:{n % 4 * 15 + 10:02d}")
        fair.agenda.assign(_id(changes, "agenda_sessions"), [ids["zhang"]])
    base = with_default_back(default_layout("cr80"))
    small = tuple(replace(b, h=12) if b.key == "agenda" else b for b in base.back)
    save_layout(fair, replace(base, back=small))
    batch = issuing.badges_for_printing(fair, [ids["zhang"]], size="layout")
    job = badge_job(fair, batch, back=True)
    fair.close()
    flagged = overflows(job, job.layout)
    assert len(flagged) == 1 and "张伟" in flagged[0] and "日程" in flagged[0]
    render.render(tmp_path / "b.pdf", job, "layout", back=True)
    back = _pages(tmp_path / "b.pdf")[1]
    lines = [ln for ln in back.split("\r\n") if ln.startswith(("05.", "…"))]
    shown = [ln for ln in lines if ln.startswith("05.")]
    assert 0 < len(shown) < 22 and lines[-1] == f"… 另有 {22 - len(shown)} 项"


def test_an_emblem_box_on_the_back_draws_the_emblem(world, tmp_path):
    from io import BytesIO

    from PIL import Image

    path, ids = world
    png = BytesIO()
    Image.new("RGB", (40, 40), (0, 0, 255)).save(png, "PNG")
    layout = replace(with_default_back(default_layout("a6")), emblem=png.getvalue())
    assert any(b.key == "emblem" for b in layout.back)
    layout = replace(layout, front=tuple(b for b in layout.front if b.key != "emblem"))
    _store(path, layout)
    out = tmp_path / "b.pdf"
    _print(path, out, "--back", "--guests", ids["zhang"])
    pdf = pdfium.PdfDocument(str(out))
    front, back = (set(p.render(scale=1).to_pil().convert("RGB").get_flattened_data())
                   for p in pdf)
    pdf.close()
    assert (0, 0, 255) in back and (0, 0, 255) not in front


def test_a_box_on_the_back_past_the_card_is_refused():
    data = with_default_back(default_layout("cr80")).to_dict()
    data["back"][0]["x"] = 200
    with pytest.raises(ValidationError) as err:
        from_dict(data)
    assert "reaches past" in err.value.text.en


def test_a_new_stock_keeps_a_designed_back_and_leaves_the_fixed_one_fixed():
    from fairdesk.core.badges.layout import STOCKS, restocked

    designed = with_default_back(default_layout("a6"))
    for code in ("lanyard", "cr80", "a4-2x5-90x54"):  # the same way up: scaled; on its side: anew
        moved = restocked(designed, STOCKS[code])
        assert {b.key for b in moved.back} == {b.key for b in designed.back}
        assert from_dict(moved.to_dict()).back == moved.back  # every box on the new card
    assert restocked(default_layout("a6"), STOCKS["cr80"]).back == ()
