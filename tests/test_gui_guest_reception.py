"""The guest form's reception chain: stay, trips, escort, banquet seat (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest

from fairdesk.core.badges.desk_card import guest_card
from fairdesk.core.demo import generate_demo
from fairdesk.gui.guests import reception_box
from fairdesk.gui.guests.form import GuestForm
from fairdesk.gui.qt import Qt
from fairdesk.gui.session import FairSession

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FULL_GUEST = """SELECT g.id FROM guests g
 WHERE EXISTS (SELECT 1 FROM stays s WHERE s.guest_id = g.id AND s.companion_id IS NULL
               AND s.room_id IS NOT NULL)
   AND EXISTS (SELECT 1 FROM trip_passengers p JOIN trips t ON t.id = p.trip_id
               WHERE p.guest_id = g.id AND t.vehicle_id IS NOT NULL)
   AND EXISTS (SELECT 1 FROM escort_assignments a WHERE a.guest_id = g.id)
 ORDER BY g.id LIMIT 1"""


@pytest.fixture
def demo(fair):
    generate_demo(fair, guests=60)
    return fair


@pytest.fixture
def session(demo):
    s = FairSession()
    s.fair = demo
    demo.add_listener(s._on_core_changes)
    yield s
    demo.remove_listener(s._on_core_changes)


@pytest.fixture
def form(session, qtbot):
    f = GuestForm(session)
    qtbot.addWidget(f)
    f.resize(1400, 900)
    return f


def _bare_guest(fair, name: str = "孙无安") -> str:
    return fair.guests.add_guest(name=name, organisation="海滨港务集团", category="investor",
                                 country="CN").ids("guests")[0]


def test_a_demo_guest_shows_hotel_room_plate_and_escort(demo, form, qtmodeltester):
    gid = demo.scalar(FULL_GUEST)
    form.show_guest(gid)
    box = form.reception
    stay = demo.rows("SELECT h.name AS hotel, r.number AS room FROM stays s JOIN hotels h"
                     " ON h.id = s.hotel_id JOIN rooms r ON r.id = s.room_id WHERE s.guest_id = ?"
                     " AND s.companion_id IS NULL ORDER BY s.check_in", [gid])[0]
    assert stay["hotel"] in box.text_of("stay") and stay["room"] in box.text_of("stay")
    plates = {r["plate"] for r in demo.rows(
        "SELECT v.plate FROM trip_passengers p JOIN trips t ON t.id = p.trip_id"
        " JOIN vehicles v ON v.id = t.vehicle_id WHERE p.guest_id = ?", [gid])}
    model = box.trips_model
    shown = {model.data(model.index(r, 3)) for r in range(model.rowCount())}
    assert plates <= shown and box.trips_view.isVisibleTo(form)
    escort = demo.scalar("SELECT e.name FROM escort_assignments a JOIN escorts e"
                         " ON e.id = a.escort_id WHERE a.guest_id = ?", [gid])
    assert escort in box.text_of("escort")
    assert not any(box.is_missing(k) for k in ("stay", "trips", "escort"))
    qtmodeltester.check(model)


def test_the_form_and_the_desk_card_show_the_same_links(demo, form):
    gid = demo.scalar(FULL_GUEST)
    form.show_guest(gid)
    card, box = guest_card(demo, gid, photo=False), form.reception
    assert card.hotel in box.text_of("stay") and card.room in box.text_of("stay")
    assert card.escort.split()[0] in box.text_of("escort").splitlines()[0]
    model = box.trips_model
    bold = [model.row_at(r) for r in range(model.rowCount()) if model.row_at(r)["_bold"]]
    assert len(bold) == 1 and bold[0]["plate"] == card.car  # the desk's trip, in bold
    font = model.data(model.index(model.rows().index(bold[0]), 0), Qt.ItemDataRole.FontRole)
    assert font.bold()


def test_a_guest_with_nothing_arranged_shows_the_missing_links_in_red(demo, form):
    form.show_guest(_bare_guest(demo))
    box = form.reception
    for key in ("stay", "trips", "escort", "banquet"):
        assert box.is_missing(key), key
    assert box.text_of("stay") == box.tr("No room yet")
    assert box.trips_missing.text() == box.tr("No trip booked")
    assert not box.trips_view.isVisibleTo(form)


def test_a_room_assigned_through_the_core_shows_in_the_form(demo, form):
    gid = _bare_guest(demo)
    form.show_guest(gid)
    room = demo.rows("SELECT r.id, r.number, r.hotel_id, h.name FROM rooms r JOIN hotels h"
                     " ON h.id = r.hotel_id WHERE r.room_type = 'single'"
                     " AND NOT EXISTS (SELECT 1 FROM stays s WHERE s.room_id = r.id) LIMIT 1")[0]
    demo.reception.create("stays", guest_id=gid, hotel_id=room["hotel_id"], room_id=room["id"],
                          room_type="single", check_in="2026-05-17", check_out="2026-05-19")
    box = form.reception
    assert room["name"] in box.text_of("stay") and room["number"] in box.text_of("stay")
    assert not box.is_missing("stay")
    assert "2" in box.text_of("nights") and box.text_of("sharing") == box.tr("no one")


def test_only_changes_touching_the_shown_guest_reload_the_chain(demo, form, monkeypatch):
    gid = _bare_guest(demo)
    form.show_guest(gid)
    reads = []
    real = reception_box.guest_chain
    monkeypatch.setattr(reception_box, "guest_chain", lambda f, g: reads.append(g) or real(f, g))
    other = demo.scalar("SELECT guest_id FROM stays WHERE guest_id != ? LIMIT 1", [gid])
    stay = demo.scalar("SELECT id FROM stays WHERE guest_id = ?", [other])
    demo.reception.update("stays", stay, notes="靠近电梯")
    demo.guests.update("guests", other, desk_notes="另一位嘉宾")
    assert reads == []  # another guest's change: no query
    escort = demo.scalar("SELECT id FROM escorts LIMIT 1")
    demo.reception.create("escort_assignments", guest_id=gid, escort_id=escort)
    assert reads == [gid]
    assert not form.reception.is_missing("escort")


def test_a_room_mate_moving_in_shows_as_sharing(demo, form):
    gid, mate = _bare_guest(demo), _bare_guest(demo, "钱同住")
    room = demo.rows("SELECT id, hotel_id FROM rooms WHERE room_type = 'twin'"
                     " AND NOT EXISTS (SELECT 1 FROM stays s WHERE s.room_id = rooms.id)")[0]
    values = {"hotel_id": room["hotel_id"], "room_id": room["id"], "room_type": "twin",
              "check_in": "2026-05-17", "check_out": "2026-05-19"}
    demo.reception.create("stays", guest_id=gid, **values)
    form.show_guest(gid)
    demo.reception.create("stays", guest_id=mate, **values)  # the other guest's record
    assert form.reception.text_of("sharing") == "钱同住"


def test_double_clicking_a_trip_outside_the_main_window_does_nothing(demo, form, qtbot):
    form.show_guest(demo.scalar(FULL_GUEST))
    view = form.reception.trips_view
    with qtbot.waitSignal(form.reception.trip_activated) as signal:
        view.doubleClicked.emit(form.reception.trips_model.index(0, 0))
    trip_id, day = signal.args
    assert demo.get("trips", trip_id)["starts_at"][:10] == day
    assert form.isEnabled()  # no window to jump to: nothing happened


def test_double_clicking_a_trip_opens_it_on_the_transport_page(demo, qtbot):
    from fairdesk.gui.main_window import MainWindow
    from fairdesk.gui.reception.transport_page import TransportPage
    from tests.conftest import TESTER

    window = MainWindow(TESTER)
    qtbot.addWidget(window)
    window.open_fair(demo)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    form = window.page("guests").guest_list.form
    gid = demo.scalar(FULL_GUEST)
    form.show_guest(gid)
    model = form.reception.trips_model
    last = model.rowCount() - 1
    trip = model.row_at(last)
    form.reception.trips_view.doubleClicked.emit(model.index(last, 2))
    page = window.current_page()
    assert isinstance(page, TransportPage)
    assert page.day() == trip["starts_at"][:10]
    assert page.trips.current_id() == trip["id"]
