"""Every roster table has the guest list's search box (pinyin initials too), and Ctrl+F
goes to it: typing narrows the rows a user sees."""

from __future__ import annotations

import pytest

from fairdesk.base.i18n import set_language
from fairdesk.core.guests.search import RowIndex
from fairdesk.gui.qt import QApplication, Qt
from fairdesk.gui.reception.arrivals_page import ArrivalsPage
from fairdesk.gui.reception.escorts_page import EscortsPage
from fairdesk.gui.reception.lodging_page import LodgingPage
from fairdesk.gui.reception.transport_page import TransportPage
from fairdesk.gui.session import FairSession

DAY = "2026-05-18"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def roster(fair):
    """Three guests (two with the initials lyt), two hotels, a car, a trip, an escort."""
    g = fair.guests
    guests = {name: g.create("guests", name=name, category="vip", country="CN",
                             state="confirmed", arrival_at=f"{DAY}T10:00+08:00",
                             organisation=org).items[0].after
              for name, org in (("林雨彤", "海滨港务集团"), ("李雅婷", "东方电子"),
                                ("张伟", "西湖大学"))}
    r = fair.reception
    west = r.create("hotels", name="西湖国宾馆", name_en="West Lake State Guesthouse",
                    designated=1).items[0].after
    sea = r.create("hotels", name="海景大酒店", name_en="Seaview Hotel").items[0].after
    for name, hotel in (("林雨彤", west), ("李雅婷", sea), ("张伟", west)):
        r.create("stays", guest_id=guests[name]["id"], hotel_id=hotel["id"], room_type="king",
                 check_in=DAY, check_out="2026-05-20")
    car = r.create("vehicles", plate="浙A·12345", kind="mpv", seats=6).items[0].after
    r.create("vehicles", plate="浙B·67890", kind="sedan", seats=4)
    trip = r.create("trips", vehicle_id=car["id"], purpose="pickup", from_place="萧山国际机场",
                    to_place="西湖国宾馆", starts_at=f"{DAY}T10:30",
                    ends_at=f"{DAY}T11:30").items[0].after
    r.create("trip_passengers", trip_id=trip["id"], guest_id=guests["林雨彤"]["id"])
    r.create("escorts", name="王晓东", unit="市外办", languages="zh,en")
    r.create("escorts", name="陈静", unit="市商务局")
    return fair


@pytest.fixture
def session(roster, qtbot):
    s = FairSession()
    s.fair = roster
    roster.add_listener(s._on_core_changes)
    yield s
    roster.remove_listener(s._on_core_changes)


def _shown(table, key: str) -> list[str]:
    model = table.model
    return sorted(str(model.row_at(i)[key]) for i in range(model.rowCount()))


def test_the_core_row_index_matches_text_pinyin_and_the_guest(roster):
    rows = [(["林雨彤", "西湖国宾馆", "萧山国际机场 → 西湖国宾馆"], None),
            (["王晓东、陈静", "浙A·12345"], None), (["—"], None)]
    index = RowIndex(roster, rows)
    assert index.search("lyt") == [0]
    assert index.search("xhgbg") == [0]  # a hotel by its initials
    assert index.search("西湖") == [0]
    assert index.search("cj") == [1] and index.search("xdc") == []  # never across two names
    assert index.search("浙a·123") == [1]
    assert index.search("") == [0, 1, 2]
    guest = roster.rows("SELECT id FROM guests WHERE name = '李雅婷'")[0]["id"]
    by_guest = RowIndex(roster, [(["?"], guest), (["?"], None)])
    assert by_guest.search("东方电子") == [0]  # the guest's organisation, as the guest list finds


def test_stays_are_found_by_initials_and_by_hotel(session, qtbot):
    page = LodgingPage(session)
    qtbot.addWidget(page)
    page.refresh()
    stays = page.stays
    assert stays.model.rowCount() == 3
    qtbot.keyClicks(stays.search_box, "lyt")
    assert _shown(stays, "person") == ["李雅婷", "林雨彤"]
    assert stays.found_label.text() == "2 of 3 shown"  # (the tests run untranslated)
    stays.search_box.clear()
    assert stays.model.rowCount() == 3 and not stays.found_label.isVisible()
    stays.search_box.setText("西湖国宾馆")
    assert _shown(stays, "person") == ["张伟", "林雨彤"]
    stays.search_box.setText("hjdjd")  # 海景大酒店 by its initials
    assert _shown(stays, "person") == ["李雅婷"]
    page.hotels.search_box.setText("海景")
    assert _shown(page.hotels, "name") == ["海景大酒店"]
    assert page.hotels.current_id() == page.hotels.model.row_at(0)["id"]  # its rooms follow


def test_english_hotel_names_are_searched_in_english(session, qtbot):
    set_language("en")
    try:
        page = LodgingPage(session)
        qtbot.addWidget(page)
        page.refresh()
        page.stays.search_box.setText("west lake")
        assert _shown(page.stays, "person") == ["张伟", "林雨彤"]
    finally:
        set_language("zh")


def test_fleet_trips_and_escorts_are_searchable(session, qtbot):
    transport = TransportPage(session)
    qtbot.addWidget(transport)
    transport.refresh()
    transport.vehicles.search_box.setText("浙B")
    assert _shown(transport.vehicles, "plate") == ["浙B·67890"]
    transport.day_box.setCurrentIndex(max(transport.day_box.findData(DAY), 0))
    transport.refresh()
    trips = transport.trips
    assert trips.model.rowCount() == 1
    trips.search_box.setText("zw")  # no 张伟 on the trip
    assert trips.model.rowCount() == 0
    trips.search_box.setText("lyt")  # 林雨彤 rides it
    assert trips.model.rowCount() == 1
    escorts = EscortsPage(session)
    qtbot.addWidget(escorts)
    escorts.refresh()
    escorts.escorts.search_box.setText("wxd")
    assert _shown(escorts.escorts, "name") == ["王晓东"]
    escorts.unescorted_search.setText("lyt")
    assert sorted(escorts.unescorted.row_at(i)["name"]
                  for i in range(escorts.unescorted.rowCount())) == ["李雅婷", "林雨彤"]


def test_arrivals_board_is_searchable(session, qtbot):
    page = ArrivalsPage(session)
    qtbot.addWidget(page)
    page.refresh()
    page.day_box.setCurrentIndex(max(page.day_box.findData(DAY), 0))
    assert page.model.rowCount() == 3
    page.search_box.setText("lyt")
    assert sorted(page.model.row_at(i)["guest"] for i in range(page.model.rowCount())) == [
        "李雅婷", "林雨彤"]


def test_a_sort_holds_through_a_search(session, qtbot):
    page = LodgingPage(session)
    qtbot.addWidget(page)
    page.refresh()
    stays = page.stays
    stays.model.sort(0, Qt.SortOrder.DescendingOrder)
    first = [stays.model.row_at(i)["person"] for i in range(3)]
    stays.search_box.setText("lyt")
    stays.search_box.clear()
    assert [stays.model.row_at(i)["person"] for i in range(3)] == first


def test_ctrl_f_goes_to_the_search_box_of_the_table_in_use(session, qtbot):
    from fairdesk.gui.main_window import MainWindow

    page = LodgingPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    window = type("Window", (), {"current_page": lambda _self: page})()  # its Ctrl+F slot
    page.activateWindow()
    page.stays.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.stays.view, timeout=3000)
    MainWindow.on_find_activated(window)
    assert QApplication.focusWidget() is page.stays.search_box
    page.hotels.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.hotels.view, timeout=3000)
    MainWindow.on_find_activated(window)
    assert QApplication.focusWidget() is page.hotels.search_box
