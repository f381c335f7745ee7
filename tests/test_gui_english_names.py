"""The English window shows the English names the fair file has (hotels, inviting units,
meal sittings) in tables, filters, pick-lists and titles; the Chinese window the Chinese."""

from __future__ import annotations

import pytest

from fairdesk.base.i18n import set_language
from fairdesk.core.demo import generate_demo
from fairdesk.core.forms import ref_options
from fairdesk.gui.guests.list_view import GuestList
from fairdesk.gui.qt import Qt
from fairdesk.gui.reception.lodging_page import LodgingPage
from fairdesk.gui.reception.meals_page import MealsPage
from fairdesk.gui.session import FairSession


@pytest.fixture
def demo(fair):
    generate_demo(fair, guests=120)
    return fair


@pytest.fixture
def session(demo, qtbot):
    s = FairSession()
    s.fair = demo
    demo.add_listener(s._on_core_changes)
    yield s
    demo.remove_listener(s._on_core_changes)


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("zh")


def _column(model, header: str) -> list[str]:
    col = next(c for c in range(model.columnCount())
               if model.headerData(c, Qt.Orientation.Horizontal) == header)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def _has_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_lodging_page_in_english_names_hotels_in_english(session, english, qtbot):
    page = LodgingPage(session)
    qtbot.addWidget(page)
    page.refresh()
    hotels = _column(page.hotels.model, page.tr("Hotel"))
    english_names = {h["name_en"] for h in session.fair.reception.list("hotels")}
    assert hotels and set(hotels) == english_names and not any(map(_has_han, hotels))
    stays = _column(page.stays.model, page.tr("Hotel"))
    assert stays and set(stays) <= english_names
    assert not _has_han(page.grid_title.text())  # "<hotel>: rooms used / reserved per night"
    rooms = ref_options(session.fair, "hotels")
    assert {title for _id, title in rooms} == english_names


def test_lodging_page_in_chinese_keeps_the_chinese_names(session, qtbot):
    page = LodgingPage(session)
    qtbot.addWidget(page)
    page.refresh()
    hotels = _column(page.hotels.model, page.tr("Hotel"))
    assert set(hotels) == {h["name"] for h in session.fair.reception.list("hotels")}


def test_meals_page_in_english_names_sittings_and_reads_diets_once(session, english, qtbot):
    page = MealsPage(session)
    qtbot.addWidget(page)
    page.refresh()
    sittings = _column(page.sittings.model, page.tr("Sitting"))
    assert sittings and set(sittings) == {
        s["name_en"] for s in session.fair.reception.list("meal_sittings")}
    assert page.diet_title.text().startswith("Dietary needs: ") \
        and not _has_han(page.diet_title.text())
    fair = session.fair  # a vegetarian seated at a new table: the column names the need once
    guest = fair.guests.create("guests", name="林雨彤", category="guest", country="CN",
                               dietary="素食（蛋奶可）").items[0].after
    fair.guests.create("dietary_needs", guest_id=guest["id"], kind="vegetarian",
                       detail="素食（蛋奶可）")
    table = fair.reception.create("banquet_tables", sitting_id=page.sittings.current_id(),
                                  number=90, seats=10).items[0].after
    fair.reception.create("banquet_seats", table_id=table["id"], guest_id=guest["id"], seat_no=1)
    page.refresh()
    page.tables.select(table["id"])
    assert _column(page.seats.model, page.tr("Dietary needs")) == ["Vegetarian (素食（蛋奶可）)"]
    set_language("zh")
    page.seats.refresh()
    assert _column(page.seats.model, page.tr("Dietary needs")) == ["素食（蛋奶可）"]


def test_guest_table_and_filter_name_inviting_units_in_english(session, english, qtbot):
    view = GuestList(session)
    qtbot.addWidget(view)
    view.refresh()
    units = {u["name_en"] for u in session.fair.guests.list("inviting_units")}
    box = view.filters["inviting_unit_id"]
    items = {box.itemText(i) for i in range(1, box.count())}
    assert items == units
    cells = _column(view.model, "Inviting unit")
    assert cells and {c for c in cells if c} <= units
    form_units = view.form.fields["inviting_unit_id"].editor
    assert {form_units.itemText(i) for i in range(1, form_units.count())} == units
    progress = session.fair.guests.unit_progress()
    assert {p.name for p in progress if p.unit_id} == units


def test_inspection_dialog_names_site_and_department_in_english(demo, english, qtbot):
    from fairdesk.gui.qt import QLabel
    from fairdesk.gui.security.inspection_dialog import InspectionDialog

    site = demo.rows("SELECT id, name_en FROM sites WHERE kind = 'hotel' LIMIT 1")[0]
    fire = demo.rows("SELECT id, name_en FROM departments WHERE code = 'fire'")[0]
    dialog = InspectionDialog(demo, site["id"], fire["id"])
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"{fire['name_en']} at {site['name_en']}" in texts


def test_desk_card_names_hotel_and_unit_in_english(demo, english):
    from fairdesk.core.badges.desk_card import guest_card

    row = demo.rows("SELECT s.guest_id, h.name_en AS hotel, u.name_en AS unit FROM stays s"
                    " JOIN hotels h ON h.id = s.hotel_id JOIN guests g ON g.id = s.guest_id"
                    " JOIN inviting_units u ON u.id = g.inviting_unit_id"
                    " WHERE s.companion_id IS NULL LIMIT 1")[0]
    card = guest_card(demo, row["guest_id"], photo=False)
    assert (card.hotel, card.inviting_unit) == (row["hotel"], row["unit"])
    set_language("zh")
    card = guest_card(demo, row["guest_id"], photo=False)
    assert _has_han(card.hotel) and _has_han(card.inviting_unit)


def test_lodging_problems_and_the_room_plan_name_hotels_in_english(demo, english):
    from fairdesk.core.reception.lodging import load_lodging, room_words
    from fairdesk.core.reception.room_plan import plan_auto_assign
    from fairdesk.gui.reception.adapt import placement_rows

    room = demo.rows("SELECT r.id, h.name, h.name_en FROM rooms r JOIN hotels h"
                     " ON h.id = r.hotel_id LIMIT 1")[0]
    words = room_words(load_lodging(demo, everything=True), room["id"])
    assert words.en.startswith(room["name_en"] + " room ") and words.zh.startswith(room["name"])
    english_names = {h["name_en"] for h in demo.reception.list("hotels")}
    demo.guests.create("guests", name="林雨彤", category="vip", country="CN", state="confirmed")
    rows = placement_rows(plan_auto_assign(demo))  # she, at least, has no room yet
    assert rows and all(r["hotel"] in english_names for r in rows)
