"""Printed lists set every script and wrap Latin text at spaces (issue 15: the rooming list
cut "Keystone Semiconduct/or plc" mid-word; an Arabic name printed as nothing)."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from fairdesk.core.fair import Fair
from fairdesk.core.reception import lists as S
from fairdesk.core.reception.room_plan import apply_plan, plan_auto_assign
from fairdesk.core.reception.sample import build_sample
from fairdesk.reports.reception.lists import render_sheets

LONG_ORG = "Keystone Semiconductor Manufacturing International plc"


@pytest.fixture(scope="module")
def rooming(tmp_path_factory):
    path = tmp_path_factory.mktemp("paper") / "paper.fair"
    fair = Fair.create(path, **{"fair.name": "测试投洽会"})
    build_sample(fair, guests=60, vehicles=6)
    apply_plan(fair, plan_auto_assign(fair))
    hotel = fair.scalar("SELECT h.name FROM stays s JOIN hotels h ON h.id = s.hotel_id"
                        " WHERE s.companion_id IS NULL AND s.room_id IS NOT NULL LIMIT 1")
    guests = [r["guest_id"] for r in fair.rows(
        "SELECT s.guest_id FROM stays s JOIN hotels h ON h.id = s.hotel_id WHERE h.name = ?"
        " AND s.companion_id IS NULL LIMIT 3", [hotel])]
    fair.guests.update("guests", guests[0], organisation=LONG_ORG)
    fair.guests.update("guests", guests[1], name="محمد بن سلمان")
    fair.guests.update("guests", guests[2], name="สมชาย ใจดี")
    yield fair, hotel
    fair.close()


def test_rooming_list_wraps_latin_at_spaces_and_prints_every_script(rooming, tmp_path):
    fair, hotel = rooming
    out = render_sheets(S.rooming_lists(fair, hotel), tmp_path / "rooming.pdf", printed_by="x")
    doc = pdfium.PdfDocument(str(out))
    text = "".join(p.get_textpage().get_text_range() for p in doc)
    words = set(text.replace("\r\n", " ").replace("\n", " ").split(" "))
    for word in LONG_ORG.split():
        assert word in words, word  # each word whole, whichever line it landed on
    assert "สมชาย" in text  # Thai keeps its letters in the text layer
    data = out.read_bytes()
    assert b"NotoSansArabic" in data and b"NotoSansThai" in data
    doc.close()


def test_table_plan_keeps_titles_whole_and_leaves_out_empty_tables(tmp_path):
    from fairdesk.core.reception.meals import apply_seating, plan_seating
    from fairdesk.reports.reception.table_plan import render_table_plan

    fair = Fair.create(tmp_path / "plan.fair", **{"fair.name": "测试投洽会"})
    build_sample(fair, guests=120, vehicles=4)
    sitting = fair.scalar("SELECT id FROM meal_sittings WHERE kind = 'banquet'")
    apply_seating(fair, plan_seating(fair, sitting))
    head = [r["guest_id"] for r in fair.rows(
        "SELECT bs.guest_id FROM banquet_seats bs JOIN banquet_tables bt ON bt.id = bs.table_id"
        " WHERE bt.number = 1 AND bs.guest_id IS NOT NULL LIMIT 2")]
    fair.guests.update("guests", head[0], name="Christopher Montgomery",
                       title="Director of Business Development")
    fair.guests.update("guests", head[1], name="محمد بن سلمان")
    fair.reception.create("banquet_tables", sitting_id=sitting, number=99, seats=10,
                          name="空桌")
    plan = S.table_plan(fair, sitting)
    empty = sum(1 for tb in plan.tables if not tb["names"])
    out = render_table_plan(plan, tmp_path / "plan.pdf", printed_by="x")
    doc = pdfium.PdfDocument(str(out))
    text = "".join(p.get_textpage().get_text_range() for p in doc)
    words = set(text.replace("\r\n", " ").split(" "))
    assert {"Director", "Business", "Development", "Montgomery"} <= words
    assert "Develop" not in words
    assert empty >= 1 and "空桌" not in text
    assert f"{len(plan.tables) - empty} 桌" in text
    doc.close()
    fair.close()


def test_rooming_workbook_writes_real_dates(rooming, tmp_path):
    import datetime as dt

    import openpyxl

    from fairdesk.reports.reception.workbooks import HEADER_ROW, write_sheets

    fair, hotel = rooming
    sheets = S.rooming_lists(fair, hotel)
    out = write_sheets(sheets, tmp_path / "rooming.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in ws[HEADER_ROW + 1]]
    cell = ws.cell(HEADER_ROW + 2, header.index("入住") + 1)
    assert isinstance(cell.value, dt.datetime)
    assert cell.value.date().isoformat() == sheets[0].rows[0]["@check_in"]
    assert cell.number_format == "yyyy-mm-dd"


def test_unit_progress_writes_a_percentage(tmp_path):
    import openpyxl

    from fairdesk.core.guests.export import export_unit_progress

    fair = Fair.create(tmp_path / "p.fair", **{"fair.name": "测试投洽会"})
    unit = fair.guests.create("inviting_units", name="临港区", target_guests=4).ids()[0]
    ids = [fair.guests.create("guests", name=f"张伟{i}", category="investor", country="CN",
                              inviting_unit_id=unit).ids()[0] for i in range(3)]
    fair.guests.transition_many(ids, "invited")
    out = tmp_path / "progress.xlsx"
    export_unit_progress(fair, out)
    ws = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in ws[1]]
    col = next(i for i, h in enumerate(header, 1) if h and "完成率" in str(h))
    cells = [ws.cell(r, col) for r in range(2, ws.max_row + 1) if ws.cell(r, col).value is not None]
    assert cells and all(c.number_format == "0.0%" for c in cells)
    assert all(0 <= c.value <= 1 for c in cells)
    fair.close()


def test_escort_sheet_prints_a_whole_visit_as_its_span(tmp_path):
    fair = Fair.create(tmp_path / "e.fair", **{"fair.name": "测试投洽会"})
    gid = fair.guests.create("guests", name="张伟", category="vip", country="CN").ids()[0]
    eid = fair.reception.create("escorts", name="李陪同", phone="13800000000").ids()[0]
    fair.reception.create("escort_assignments", escort_id=eid, guest_id=gid,
                          starts_at="2026-05-18T14:50:00+08:00",
                          ends_at="2026-05-21T10:00:00+08:00", role="全程陪同")
    (sheet,) = S.escort_sheets(fair)
    assert sheet.rows[0]["time"] == "05-18 14:50–05-21 10:00"
    (day2,) = S.escort_sheets(fair, day="2026-05-19")  # on every day of the visit
    assert day2.rows and day2.rows[0]["guests"].startswith("张伟")
    fair.close()


def test_rooming_totals_count_a_shared_room_once_a_night(tmp_path):
    fair = Fair.create(tmp_path / "r.fair", **{"fair.name": "测试投洽会"})
    hotel = fair.reception.create("hotels", name="西湖国宾馆").ids()[0]
    room = fair.reception.create("rooms", hotel_id=hotel, number="801", room_type="twin",
                                  capacity=2).ids()[0]
    for name in ("张伟", "李娜"):
        gid = fair.guests.create("guests", name=name, category="investor", country="CN").ids()[0]
        fair.reception.create("stays", guest_id=gid, hotel_id=hotel, room_id=room,
                              check_in="2026-05-17", check_out="2026-05-20")
    (sheet,) = S.rooming_lists(fair, "西湖国宾馆")
    assert "3 间夜" in str(sheet.notes[-1]) and "6 间夜" not in str(sheet.notes[-1])
    fair.close()


def test_english_meal_counts_keep_headings_whole_and_use_english_names(rooming, tmp_path):
    from fairdesk.base.i18n import set_language
    from fairdesk.core.reception.meal_lists import meal_counts_sheets

    fair, _hotel = rooming
    english = fair.rows("SELECT name, name_en FROM meal_sittings WHERE name_en != ''")
    set_language("en")
    try:
        out = render_sheets(meal_counts_sheets(fair), tmp_path / "meals.pdf", printed_by="x")
    finally:
        set_language("zh")
    doc = pdfium.PdfDocument(str(out))
    text = doc[0].get_textpage().get_text_range()
    words = set(text.replace("\r\n", " ").split(" "))
    assert {"Companions", "Vegetarian"} <= words
    assert english and all(s["name"] not in text for s in english)
    assert english[0]["name_en"].split()[0] in text
    doc.close()


def test_dispatch_sheet_of_a_full_coach(tmp_path):
    """45 passengers for two hotels: each says where they get off; every page of the sheet
    names the driver and vehicle; no page holds only a heading or only the total."""
    fair = Fair.create(tmp_path / "d.fair", **{"fair.name": "测试投洽会"})
    hotels = [fair.reception.create("hotels", name=n).ids()[0] for n in ("海港大酒店", "滨江宾馆")]
    coach = fair.reception.create("vehicles", plate="浙A·12345", kind="coach", seats=49).ids()[0]
    driver = fair.reception.create("drivers", name="王师傅", phone="13900000000").ids()[0]
    trip = fair.reception.create(
        "trips", vehicle_id=coach, driver_id=driver, purpose="shuttle", from_place="会展中心",
        to_place="海港大酒店、滨江宾馆", starts_at="2026-05-18T21:00:00+08:00",
        ends_at="2026-05-18T21:40:00+08:00").ids()[0]
    for i in range(45):
        gid = fair.guests.create("guests", name=f"乘客{i:02d}", category="investor", country="CN",
                                 phone=f"1380000{i:04d}").ids()[0]
        fair.reception.create("stays", guest_id=gid, hotel_id=hotels[i % 2], room_type="king",
                              check_in="2026-05-17", check_out="2026-05-20")
        fair.reception.create("trip_passengers", trip_id=trip, guest_id=gid)
    sheets = S.dispatch_sheets(fair, "2026-05-18")
    out = render_sheets(sheets, tmp_path / "dispatch.pdf", printed_by="x")
    doc = pdfium.PdfDocument(str(out))
    pages = [p.get_textpage().get_text_range() for p in doc]
    assert len(pages) >= 2
    for text in pages:
        assert "王师傅" in text and "浙A·12345" in text  # the driver and vehicle on every page
        assert "乘客" in text  # passengers on every page: no page of a heading or total alone
    text = "".join(pages)
    assert "乘客00 13800000000 → 海港大酒店" in text.replace("\r\n", " ")
    assert "乘客01 13800000001 → 滨江宾馆" in text.replace("\r\n", " ")
    doc.close()
    fair.close()


def test_english_arrivals_board_names_hotels_in_english(tmp_path):
    from fairdesk.base.i18n import set_language

    fair = Fair.create(tmp_path / "a.fair", **{"fair.name": "测试投洽会"})
    hotel = fair.reception.create("hotels", name="海港大酒店", name_en="Harbour Hotel").ids()[0]
    gid = fair.guests.create("guests", name="Anna Müller", category="investor", country="DE",
                             arrival_at="2026-05-18T10:30:00+08:00").ids()[0]
    fair.guests.transition(gid, "invited")
    fair.guests.transition(gid, "attending")
    fair.reception.create("stays", guest_id=gid, hotel_id=hotel, room_type="king",
                          check_in="2026-05-18", check_out="2026-05-20")
    set_language("en")
    try:
        sheet = S.arrivals_sheet(fair, "2026-05-18")
    finally:
        set_language("zh")
    assert sheet.rows[0]["stay"].startswith("Harbour Hotel")
    fair.close()


def test_roster_workbooks_write_real_times_with_the_year(tmp_path):
    """Issue 15, point 11: dispatch, escort, arrivals and meal-count workbooks wrote "05-18"
    and "08:00" as text; each time is now a date-time cell with its year, a span's end in a
    column of its own."""
    import datetime as dt

    import openpyxl

    from fairdesk.core.reception.meal_lists import meal_counts_sheets
    from fairdesk.reports.reception.workbooks import HEADER_ROW, write_sheets

    fair = Fair.create(tmp_path / "w.fair", **{"fair.name": "测试投洽会"})
    build_sample(fair, guests=40, vehicles=4)
    car = fair.reception.create("vehicles", plate="浙A·00001", kind="sedan", seats=4).ids()[0]
    driver = fair.reception.create("drivers", name="李师傅").ids()[0]
    escort = fair.reception.create("escorts", name="陈陪同").ids()[0]
    gid = fair.guests.create("guests", name="张伟", category="investor", country="CN",
                             arrival_at="2026-05-17T07:50:00+08:00").ids()[0]
    fair.guests.transition_many([gid], "invited")
    trip = fair.reception.create(
        "trips", vehicle_id=car, driver_id=driver, escort_id=escort, purpose="pickup",
        from_place="机场", to_place="酒店", starts_at="2026-05-17T08:00:00+08:00",
        ends_at="2026-05-17T08:40:00+08:00").ids()[0]
    fair.reception.create("trip_passengers", trip_id=trip, guest_id=gid)
    workbooks = {
        "dispatch": (S.dispatch_sheets(fair, "2026-05-17", "李师傅"), "时间",
                     dt.datetime(2026, 5, 17, 8, 0), dt.datetime(2026, 5, 17, 8, 40)),
        "escort": (S.escort_sheets(fair, "2026-05-17", "陈陪同"), "时间",
                   dt.datetime(2026, 5, 17, 8, 0), dt.datetime(2026, 5, 17, 8, 40)),
        "meals": (meal_counts_sheets(fair)[:1], "时间", None, None),
    }
    for name, (sheets, heading, start, end) in workbooks.items():
        ws = openpyxl.load_workbook(write_sheets(sheets, tmp_path / f"{name}.xlsx")).worksheets[0]
        header = [c.value for c in ws[HEADER_ROW + 1]]
        col = header.index(heading) + 1
        first, until = ws.cell(HEADER_ROW + 2, col), ws.cell(HEADER_ROW + 2, col + 1)
        assert header[col] == "止", name
        assert first.is_date and until.is_date, name
        assert first.number_format == "yyyy-mm-dd hh:mm", name
        assert first.value.year == 2026 and until.value > first.value, name
        if start:
            assert (first.value, until.value) == (start, end), name
    first = fair.scalar("SELECT min(arrival_at) FROM guests WHERE state IN"
                        " ('attending', 'confirmed', 'arrived') AND arrival_at != ''")
    day = first[:10]  # the sample's first day of arrivals
    board = S.arrivals_sheet(fair, day)
    ws = openpyxl.load_workbook(write_sheets([board], tmp_path / "arr.xlsx")).worksheets[0]
    header = [c.value for c in ws[HEADER_ROW + 1]]
    cell = ws.cell(HEADER_ROW + 2, header.index("抵达") + 1)
    assert cell.is_date and cell.value.date().isoformat() == day
    assert cell.value.strftime("%H:%M") == board.rows[0]["time"]
    fair.close()


@pytest.fixture(scope="module")
def demo_dispatch(tmp_path_factory):
    from fairdesk.core.demo import create_demo_fair

    path = tmp_path_factory.mktemp("demo") / "demo.fair"
    fair = create_demo_fair(path)
    yield fair
    fair.close()


HEAD_LINES = ("派车单", "驾驶员", "时间 任务", "打印于", "投资贸易洽谈会")


@pytest.mark.parametrize("day", ["2026-05-17", "2026-05-18", "2026-05-19", "2026-05-20"])
def test_demo_dispatch_pages_each_hold_trips_and_name_driver_and_vehicle(demo_dispatch, day,
                                                                         tmp_path):
    """Every page of a day's dispatch sheets (the demo fair, as `fairdesk dispatch` prints
    them) has a trip or passengers on it, not only its heading or its totals; a sheet's
    continuation pages repeat its driver and vehicle; a run from or to several hotels says
    where each passenger boards or gets off."""
    sheets = S.dispatch_sheets(demo_dispatch, day)
    out = render_sheets(sheets, tmp_path / "dispatch.pdf", printed_by="x")
    doc = pdfium.PdfDocument(str(out))
    pages = [p.get_textpage().get_text_range().split("\r\n") for p in doc]
    doc.close()
    assert len(pages) >= len(sheets)
    for k, lines in enumerate(pages, 1):
        body = [ln for ln in lines if ln.strip() and not any(h in ln for h in HEAD_LINES)
                and not ln.startswith(("共 ", "（"))]
        assert body, (day, k, lines)  # something besides heading and totals
        assert any("驾驶员" in ln and "车辆" in ln for ln in lines), (day, k, lines[:4])
    text = "\n".join("\n".join(p) for p in pages)
    trips = demo_dispatch.rows("SELECT purpose, to_place, from_place FROM trips WHERE"
                               " substr(starts_at, 1, 10) = ?", [day])
    if any(tr["purpose"] == "dropoff" and "、" in tr["from_place"] for tr in trips):
        assert "上车：" in text  # each passenger's hotel on a run from several hotels
    if any(tr["purpose"] == "pickup" and "、" in tr["to_place"] for tr in trips):
        assert " → " in text.replace("起点 → 终点", "")
