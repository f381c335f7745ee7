"""The agenda: who is expected where, every clash rule, the programme (booklet order),
itineraries against the guest's chain, the .ics in the fair's zone, sign-in sheets,
attendance and the badge back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium
import pytest

from fairdesk.base.errors import ConflictError
from fairdesk.core.agenda.checks import session_conflicts
from fairdesk.core.agenda.itinerary import itineraries
from fairdesk.core.agenda.programme import programme
from fairdesk.core.agenda.sessions import expected, title_key
from fairdesk.core.agenda.sheets import attendance, attendance_sheets, sign_in_sheet
from fairdesk.core.fair import Fair
from fairdesk.core.reception.chain import guest_chain
from fairdesk.reports.agenda.itinerary import itinerary_ics, render_itineraries
from fairdesk.reports.agenda.programme import (
    ProgrammeOptions,
    a5_pages,
    booklet_order,
    render_programme,
)

DAY = "2026-05-18"


def _id(changes, table: str) -> str:  # noqa: ANN001
    return next(c.record_id for c in changes.items if c.entity == table)


def _texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = [p.get_textpage().get_text_range() for p in pdf]
    pdf.close()
    return out


@pytest.fixture
def agenda(fair: Fair) -> dict[str, str]:
    """Two venues, an opening, three parallel routes, a forum; guests and an escort."""
    a = fair.agenda
    ids: dict[str, str] = {}
    ids["hall"] = _id(a.create("venues", name="会展中心", name_en="Expo Centre", capacity=2,
                               address="滨海大道88号", address_en="88 Binhai Ave"), "venues")
    ids["room"] = _id(a.create("venues", name="报告厅", capacity=100), "venues")
    ids["opening"] = _id(a.create(
        "agenda_sessions", title="开幕式", title_en="Opening", kind="opening",
        venue_id=ids["hall"], starts_at=f"{DAY} 09:00", ends_at=f"{DAY} 10:00",
        host="副市长", host_en="Vice Mayor", dress_code="正装", dress_code_en="Formal",
        description="市领导致辞。", description_en="Speeches."), "agenda_sessions")
    for n, (zh, en) in enumerate((("一", "1"), ("三", "3"), ("二", "2"))):
        ids[f"route{en}"] = _id(a.create(
            "agenda_sessions", title=f"考察线路{zh}", title_en=f"Route {en}", kind="visit",
            track="visits", starts_at=f"{DAY} 13:00", ends_at=f"{DAY} 16:00",
            notes=f"集合{n}", admitted_categories='["investor"]'), "agenda_sessions")
    ids["forum"] = _id(a.create(
        "agenda_sessions", title="论坛", title_en="Forum", kind="forum", venue_id=ids["room"],
        starts_at=f"{DAY} 14:00", ends_at=f"{DAY} 15:00",
        admitted_categories='["official"]'), "agenda_sessions")
    g = fair.guests
    for key, name, cat, lang in (("zhang", "张伟", "investor", "zh"),
                                  ("smith", "John Smith", "investor", "en"),
                                  ("li", "李娜", "official", "zh")):
        ids[key] = _id(g.create("guests", name=name, country="CN", category=cat, language=lang, state="arrived",
                                arrival_at=f"{DAY} 07:00", arrival_transport="MU5101",
                                arrival_place="机场T2", departure_at="2026-05-19 18:00"),
                       "guests")
    return ids


# --- who is expected -----------------------------------------------------------------------
def test_a_route_expects_only_its_assigned_guests(fair: Fair, agenda: dict) -> None:
    fair.agenda.assign(agenda["route2"], [agenda["smith"]])
    exp = expected(fair)
    assert exp.expected[agenda["route2"]] == [agenda["smith"]]
    assert exp.expected[agenda["route1"]] == []  # admits investors, but only by assignment
    assert set(exp.expected[agenda["opening"]]) == {agenda["zhang"], agenda["smith"],
                                                    agenda["li"]}
    assert exp.expected[agenda["forum"]] == [agenda["li"]]


def test_titles_sort_by_their_numbers() -> None:
    assert sorted(["线路三", "线路一", "线路二", "线路十一"], key=title_key) == \
        ["线路一", "线路二", "线路三", "线路十一"]
    assert sorted(["route 10", "route 2"], key=title_key) == ["route 2", "route 10"]


# --- every clash rule ----------------------------------------------------------------------
def test_a_venue_holding_two_sessions_at_once_is_refused(fair: Fair, agenda: dict) -> None:
    with pytest.raises(ConflictError) as err:
        fair.agenda.create("agenda_sessions", title="午宴", kind="meal", venue_id=agenda["hall"],
                           starts_at=f"{DAY} 09:30", ends_at=f"{DAY} 11:00")
    assert "会展中心同时安排了两场议程" in err.value.text.zh and "开幕式" in err.value.text.zh
    assert fair.count("agenda_sessions") == 5
    with pytest.raises(ConflictError):  # moving one onto the other: refused too
        fair.agenda.update("agenda_sessions", agenda["forum"], venue_id=agenda["hall"],
                           starts_at=f"{DAY} 09:30", ends_at=f"{DAY} 10:30")
    fair.agenda.update("agenda_sessions", agenda["forum"], venue_id=agenda["hall"],
                       starts_at=f"{DAY} 10:00", ends_at=f"{DAY} 11:00")  # back to back: fine
    assert fair.get("agenda_sessions", agenda["forum"])["starts_at"].startswith(f"{DAY}T10:00")


def test_a_guest_on_two_routes_at_once_is_refused(fair: Fair, agenda: dict) -> None:
    fair.agenda.assign(agenda["route1"], [agenda["zhang"]])
    with pytest.raises(ConflictError) as err:
        fair.agenda.assign(agenda["route2"], [agenda["smith"], agenda["zhang"]])
    assert "张伟同时排在两场议程" in err.value.text.zh and "Route 1" in err.value.text.en
    assert fair.count("session_guests") == 1  # nothing of the batch was written
    with pytest.raises(ConflictError):  # nor as a speaker at the forum during the route
        fair.agenda.create("session_guests", session_id=agenda["forum"],
                           guest_id=agenda["zhang"], role="speaker")


def test_more_expected_than_the_venue_holds_is_a_warning(fair: Fair, agenda: dict) -> None:
    found = [c for c in session_conflicts(fair) if c.kind == "session_over_capacity"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].record_ids == (agenda["opening"],)
    assert "预计 3 人，超过会展中心容纳的 2 人" in found[0].message.zh


def test_an_escort_needed_elsewhere_is_found_and_a_move_onto_it_refused(
        fair: Fair, agenda: dict) -> None:
    r = fair.reception
    escort = _id(r.create("escorts", name="王芳", phone="13800000000"), "escorts")
    r.create("escort_assignments", escort_id=escort, guest_id=agenda["li"],
             session_id=agenda["forum"])
    r.create("escort_assignments", escort_id=escort, guest_id=agenda["zhang"],
             starts_at=f"{DAY} 16:00", ends_at=f"{DAY} 18:00")
    assert not [c for c in session_conflicts(fair) if c.kind == "session_escort_elsewhere"]
    with pytest.raises(ConflictError) as err:  # the forum moved into the other duty
        fair.agenda.move(agenda["forum"], f"{DAY} 16:30", f"{DAY} 17:30")
    assert "王芳" in err.value.text.zh


def test_a_car_needed_elsewhere_is_reported_against_the_session(fair: Fair,
                                                                agenda: dict) -> None:
    r = fair.reception
    car = _id(r.create("vehicles", plate="瀛B·12345", seats=40, kind="coach"), "vehicles")
    with fair.transaction() as tx:  # as a merge from another desk might leave it
        for start, end, session in (("12:30", "16:30", agenda["route1"]),
                                    ("14:00", "15:00", None)):
            tx.insert("trips", {"vehicle_id": car, "purpose": "visit", "from_place": "酒店",
                                "to_place": "园区", "starts_at": f"{DAY}T{start}:00+08:00",
                                "ends_at": f"{DAY}T{end}:00+08:00", "session_id": session})
    found = [c for c in session_conflicts(fair) if c.kind == "session_car_elsewhere"]
    assert len(found) == 1 and found[0].record_ids[0] == agenda["route1"]
    assert "瀛B·12345" in found[0].message.zh


# --- the programme ---------------------------------------------------------------------------
def test_parallel_routes_are_one_slot_in_route_order(fair: Fair, agenda: dict) -> None:
    day = programme(fair).days[0]
    routes = next(s for s in day.slots if s.parallel)
    assert [i.title[0] for i in routes.items] == ["考察线路一", "考察线路二", "考察线路三"]
    assert [s.items[0].title[1] for s in day.slots] == ["Opening", "Route 1", "Forum"]


def test_booklet_order_is_saddle_stitch() -> None:
    assert booklet_order(8) == [(7, 0), (1, 6), (5, 2), (3, 4)]
    assert booklet_order(5) == [(None, 0), (1, None), (None, 2), (3, 4)]


def _many_sessions(fair: Fair, hall: str) -> None:
    for day in ("2026-05-19", "2026-05-20"):
        for hour in range(8, 20):
            fair.agenda.create("agenda_sessions", title=f"{day[-2:]}日{hour}点专题会",
                               title_en=f"Session {day[-2:]}/{hour}", kind="meeting",
                               venue_id=hall, starts_at=f"{day} {hour:02d}:00",
                               ends_at=f"{day} {hour:02d}:50", description="议题介绍。" * 30,
                               description_en="About the session. " * 20)


def test_the_a5_booklet_folds_into_reading_order(fair: Fair, agenda: dict,
                                                 tmp_path: Path) -> None:
    _many_sessions(fair, agenda["room"])
    prog = programme(fair)
    a5 = tmp_path / "a5.pdf"  # the A5 pages before imposition: the reading order
    a5.write_bytes(a5_pages(prog, ProgrammeOptions(size="a5-booklet")))
    pages = _texts(a5)
    out = render_programme(tmp_path / "b.pdf", prog, ProgrammeOptions(size="a5-booklet"))
    sides = pdfium.PdfDocument(str(out))
    n = len(pages) + (-len(pages) % 4)
    assert len(sides) == n // 2 and len(pages) >= 5
    w, h = sides[0].get_size()
    assert abs(w - 841.89) < 0.1 and abs(h - 595.28) < 0.1  # A4 landscape
    # page 1 (the cover) is on the right of the first side, the last page on its left
    first = sides[0].get_textpage()
    right = first.get_text_bounded(left=w / 2, bottom=0, right=w, top=h)
    assert "Programme" in right and "议程" in right
    for index, (left_page, right_page) in enumerate(booklet_order(len(pages))):
        tp = sides[index].get_textpage()
        for page, (x0, x1) in ((left_page, (0, w / 2)), (right_page, (w / 2, w))):
            text = tp.get_text_bounded(left=x0, bottom=0, right=x1, top=h)
            if page is None:
                assert text.strip() == ""
            else:
                assert "".join(text.split())[:60] == "".join(pages[page].split())[:60]
    sides.close()


def test_the_programme_in_english_or_both(fair: Fair, agenda: dict, tmp_path: Path) -> None:
    prog = programme(fair)
    en = " ".join(_texts(render_programme(tmp_path / "en.pdf", prog,
                                          ProgrammeOptions(lang="en"))))
    assert "Opening" in en and "Vice Mayor" in en and "Formal" in en and "开幕式" not in en
    assert "Expo Centre, 88 Binhai Ave" in en
    both = "".join("".join(_texts(render_programme(tmp_path / "b.pdf", prog, ProgrammeOptions(
        lang="both", cover=False, descriptions=False)))).split())
    assert "开幕式" in both and "Opening" in both and "市领导致辞" not in both


def test_the_a5_covers_name_of_the_fair_stays_on_one_line(fair: Fair, agenda: dict,
                                                          tmp_path: Path) -> None:
    name = "2026 China (Haibin) Investment and Trade Fair"
    fair.set_settings(**{"fair.name_en": name})
    a5 = tmp_path / "a5.pdf"
    a5.write_bytes(a5_pages(programme(fair), ProgrammeOptions(size="a5-booklet", lang="en")))
    cover = _texts(a5)[0]
    assert name in [line.strip() for line in cover.splitlines()]  # no lone "Fair" below


def test_the_english_programme_names_speakers_in_latin_letters(fair: Fair, agenda: dict,
                                                                tmp_path: Path) -> None:
    wang = _id(fair.guests.create("guests", name="王明", name_roman="WANG Ming", country="CN",
                                  organisation="海滨集团", title="董事长", state="arrived",
                                  category="vip"),
               "guests")
    fair.agenda.assign(agenda["opening"], [wang, agenda["zhang"]], role="speaker")
    pages = _texts(render_programme(tmp_path / "b.pdf", programme(fair), ProgrammeOptions(
        lang="both", cover=False)))
    text = " ".join(" ".join(pages).split())
    assert "演讲嘉宾 张伟 王明（海滨集团 董事长）" in text
    assert " WANG Ming (海滨集团 董事长)" in text and "王明" not in text.split("Speakers")[1]
    zh = _texts(render_programme(tmp_path / "zh.pdf", programme(fair), ProgrammeOptions(
        lang="zh", cover=False)))
    lines = [line.strip() for page in pages + zh for line in page.splitlines()]
    assert "演讲嘉宾 张伟" in lines and "王明（海滨集团 董事长）" in lines  # one a line, so
    assert not [line for line in lines if line[:1] in ";；"]  # no line opens with a "；"


# --- itineraries ---------------------------------------------------------------------------
def test_an_itinerary_says_what_the_chain_holds(fair: Fair, agenda: dict,
                                                tmp_path: Path) -> None:
    r = fair.reception
    hotel = _id(r.create("hotels", name="海滨宾馆", phone="0898-1234"), "hotels")
    r.create("stays", guest_id=agenda["smith"], hotel_id=hotel, check_in=DAY,
             check_out="2026-05-19", room_type="king")
    car = _id(r.create("vehicles", plate="瀛B·88888", seats=5, kind="sedan"), "vehicles")
    driver = _id(r.create("drivers", name="刘师傅", phone="13900000001"), "drivers")
    trip = _id(r.create("trips", vehicle_id=car, driver_id=driver, purpose="pickup",
                        from_place="机场T2", to_place="海滨宾馆", starts_at=f"{DAY} 06:50",
                        ends_at=f"{DAY} 08:00", flight_or_train="MU5101"), "trips")
    r.add_passengers(trip, [agenda["smith"]])
    fair.agenda.assign(agenda["route3"], [agenda["smith"]])
    chain = guest_chain(fair, agenda["smith"])
    [it] = itineraries(fair, [agenda["smith"]])
    assert it.lang == "en"
    assert [e.what for e in it.entries] == ["Opening", "Route 3"]
    assert [s["id"] for s in chain.sessions] == [agenda["opening"], agenda["route3"]]
    text = "".join(_texts(render_itineraries(tmp_path / "i.pdf", [it])))
    for expected_text in ("Personal itinerary", "John Smith", "MU5101", "瀛B·88888",
                          "刘师傅", "13900000001", "海滨宾馆", "Opening", "Route 3",
                          "Expo Centre, 88 Binhai Ave",
                          "05-18 13:00–16:00"):
        assert expected_text in text, expected_text
    assert "Route 1" not in text and "Forum" not in text


def _party_fair(fair: Fair, agenda: dict, guest: str, mate: tuple, other: tuple,
                floor: int) -> None:
    """The guest sleeps with one companion in room X01, the other is in X02; all three are
    met at the airport, and only the guest and the first companion go on a site visit."""
    g, r = fair.guests, fair.reception
    first = _id(g.create("companions", guest_id=agenda[guest], name=mate[0],
                         relation=mate[1]), "companions")
    second = _id(g.create("companions", guest_id=agenda[guest], name=other[0],
                          relation=other[1]), "companions")
    hotel = next((h["id"] for h in r.list("hotels")), None) or _id(
        r.create("hotels", name="海滨宾馆", name_en="Seaside Hotel"), "hotels")
    rooms = [_id(r.create("rooms", hotel_id=hotel, number=f"{floor}0{n}", room_type="twin",
                          capacity=2), "rooms") for n in (1, 2)]
    for companion, room in ((None, rooms[0]), (first, rooms[0]), (second, rooms[1])):
        r.create("stays", guest_id=agenda[guest], companion_id=companion, hotel_id=hotel,
                 room_id=room, check_in=DAY, check_out="2026-05-19")
    pickup = _id(r.create("trips", purpose="pickup", from_place="机场T2", to_place="海滨宾馆",
                          starts_at=f"{DAY} 06:50", ends_at=f"{DAY} 08:00"), "trips")
    r.add_passengers(pickup, [agenda[guest], (agenda[guest], first), (agenda[guest], second)])
    visit = _id(r.create("trips", purpose="visit", from_place="海滨宾馆", to_place="园区",
                         starts_at=f"{DAY} 17:00", ends_at=f"{DAY} 18:00"), "trips")
    r.add_passengers(visit, [agenda[guest], (agenda[guest], first)])


def test_an_itinerary_names_the_companions_where_they_travel_and_sleep(
        fair: Fair, agenda: dict, tmp_path: Path) -> None:
    _party_fair(fair, agenda, "smith", ("Mary Smith", "Spouse"), ("Tom Lee", "Secretary"), 5)
    _party_fair(fair, agenda, "zhang", ("王芳", "夫人"), ("刘强", "秘书"), 6)
    en, zh = itineraries(fair, [agenda["smith"], agenda["zhang"]])
    pages = _texts(render_itineraries(tmp_path / "i.pdf", [en, zh]))
    english, chinese = (" ".join(p.split()) for p in pages)
    for expected_text in ("Companions 2 companions: Mary Smith (Spouse), Tom Lee (Secretary)",
                          "sharing with Mary Smith; Tom Lee: room 502",
                          "(with Mary Smith, Tom Lee)", "(with Mary Smith)"):
        assert expected_text in english, expected_text
    for expected_text in ("随行人员 2 人：王芳（夫人）、刘强（秘书）", "同住：王芳；刘强：602 房",
                          "（与王芳、刘强同行）", "（与王芳同行）"):
        assert expected_text in chinese, expected_text


def test_an_itinerary_prints_a_name_in_a_script_the_main_font_lacks(
        fair: Fair, agenda: dict, tmp_path: Path) -> None:
    thai = _id(fair.guests.create("guests", name="สมชาย ใจดี", country="TH", category="investor",
                                  language="en", state="arrived"), "guests")
    [it] = itineraries(fair, [thai])
    text = _texts(render_itineraries(tmp_path / "t.pdf", [it]))[0]
    assert "สมชาย ใจดี" in text and "Opening" in text


def test_the_ics_parses_back_in_the_fairs_zone(fair: Fair, agenda: dict) -> None:
    from icalendar import Calendar

    fair.agenda.assign(agenda["route2"], [agenda["zhang"]])
    [it] = itineraries(fair, [agenda["zhang"]])
    cal = Calendar.from_ical(itinerary_ics(it, fair.tz))
    events = sorted(cal.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [str(e["summary"]) for e in events] == ["开幕式", "考察线路二"]
    start = events[1].decoded("dtstart")
    assert start == datetime(2026, 5, 18, 13, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert str(events[1]["dtstart"].params["TZID"]) == "Asia/Shanghai"
    assert cal.walk("VTIMEZONE")


# --- sign-in sheets and attendance -----------------------------------------------------------
def test_sign_in_sheet_lists_the_expected_by_unit(fair: Fair, agenda: dict) -> None:
    sheet = sign_in_sheet(fair, agenda["opening"])
    assert sorted(r["name"] for r in sheet.rows) == sorted(["张伟", "John Smith", "李娜"])
    assert [r["no"] for r in sheet.rows] == ["1", "2", "3"]
    assert {r["sign"] for r in sheet.rows} == {""}
    assert "应到 3 人" in sheet.subtitle.zh
    assert sheet.subtitle.en == "05-18 09:00–10:00, Expo Centre, 3 expected"  # no blank runs


def test_the_printed_sign_in_sheet_leaves_room_to_sign(fair: Fair, agenda: dict,
                                                       tmp_path: Path) -> None:
    from fairdesk.reports.reception.lists import render_sheets

    sheet = sign_in_sheet(fair, agenda["opening"])
    pdf = pdfium.PdfDocument(str(render_sheets([sheet], tmp_path / "s.pdf", printed_by="")))
    page = pdf[0].get_textpage()
    tops = []
    for row in sheet.rows:
        index, _count = page.search(row["name"]).get_next()
        tops.append(page.get_charbox(index)[3])
    pdf.close()
    gaps = [a - b for a, b in zip(tops, tops[1:], strict=False)]
    assert len(gaps) == 2 and min(gaps) >= 8.5 * 72 / 25.4  # 9 mm a row, less a glyph's ascent


def test_attendance_counts_no_shows_once_begun(fair: Fair, agenda: dict) -> None:
    fair.agenda.create("attendance", session_id=agenda["opening"], guest_id=agenda["li"],
                       at=f"{DAY} 08:55")
    figures, exp = attendance(fair)
    opening = next(a for a in figures if a.session_id == agenda["opening"])
    assert (opening.expected, opening.signed, opening.no_shows) == (3, 1, 2)
    assert [exp.guests[g]["name"] for g in exp.missing(agenda["opening"])] == \
        sorted(["张伟", "John Smith"])
    # a walk-in (an investor at the officials' forum) is signed in, not an expected guest
    fair.agenda.create("attendance", session_id=agenda["forum"], guest_id=agenda["zhang"],
                       at=f"{DAY} 13:55")
    forum = next(a for a in attendance(fair)[0] if a.session_id == agenda["forum"])
    assert (forum.expected, forum.signed, forum.no_shows) == (1, 1, 1)
    sheets = attendance_sheets(fair, agenda["opening"])
    absent = sheets[-1]
    assert {r["name"] for r in absent.rows} == {"张伟", "John Smith"}


def test_the_attendance_report_prints_totals_and_figures_flush_right(
        fair: Fair, agenda: dict, tmp_path: Path) -> None:
    from fairdesk.reports.reception.lists import render_sheets

    for n in range(10):  # eleven officials expected at the forum, one of them signs in
        fair.guests.create("guests", name=f"官员{n}", country="CN", category="official",
                           state="arrived")
    fair.agenda.create("attendance", session_id=agenda["forum"], guest_id=agenda["li"],
                       at=f"{DAY} 13:55")
    sheets = attendance_sheets(fair, agenda["forum"])
    pdf = pdfium.PdfDocument(str(render_sheets(sheets, tmp_path / "a.pdf", printed_by="")))
    by_unit = pdf[2].get_textpage()  # after the summary and the forum by category
    text = " ".join(by_unit.get_text_range().split())
    assert "合计：应到 11，实到 1，缺席 10，到场率 9%" in text

    def right_edge(needle: str) -> float:
        index, count = by_unit.search(needle).get_next()
        return by_unit.get_charbox(index + count - 1)[2]

    # each figure ends where its column's heading ends
    assert abs(right_edge("应到") - right_edge("11")) < 1
    assert abs(right_edge("缺席") - right_edge("10")) < 1
    assert abs(right_edge("到场率") - right_edge("9%")) < 1
    pdf.close()


# --- the badge back --------------------------------------------------------------------------
def test_badge_back_has_own_route_in_own_language_and_no_phones(fair: Fair,
                                                                agenda: dict) -> None:
    from fairdesk.core.badges import issuing
    from fairdesk.core.badges.snapshot import badge_job

    r = fair.reception
    hotel = _id(r.create("hotels", name="海滨宾馆"), "hotels")
    room = _id(r.create("rooms", hotel_id=hotel, number="1808", room_type="king", capacity=2), "rooms")
    r.create("stays", guest_id=agenda["smith"], hotel_id=hotel, room_id=room, check_in=DAY,
             check_out="2026-05-19")
    escort = _id(r.create("escorts", name="王芳", phone="13800000000"), "escorts")
    r.create("escort_assignments", escort_id=escort, guest_id=agenda["smith"])
    fair.agenda.assign(agenda["route3"], [agenda["smith"]])
    batch = issuing.badges_for_printing(fair, [agenda["smith"]])
    back = badge_job(fair, batch, back=True).badges[0]["back"]
    assert back["agenda"] == ["05.18 09:00 Opening", "05.18 13:00 Route 3"]
    assert back["hotel"] == "海滨宾馆" and back["escort"] == "王芳"
    assert "1808" not in str(back) and "13800000000" not in str(back)
