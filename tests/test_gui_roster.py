"""The roster's window: record form, timeline, previews, boards (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from fairdesk.base.i18n import set_language
from fairdesk.core.reception.sample import build_sample, sample_trips
from fairdesk.gui.qt import QColor, QPoint, Qt
from fairdesk.gui.reception.actions import auto_assign, generate_pickups, seat_in_protocol_order
from fairdesk.gui.reception.arrivals_page import ArrivalsPage
from fairdesk.gui.reception.chain import GuestChainView
from fairdesk.gui.reception.escorts_page import EscortsPage
from fairdesk.gui.reception.lodging_page import LodgingPage
from fairdesk.gui.reception.meals_page import MealsPage
from fairdesk.gui.reception.occupancy import OccupancyModel
from fairdesk.gui.reception.transport_page import TransportPage
from fairdesk.gui.session import FairSession
from fairdesk.gui.widgets.models import CheckableRowsModel, Column, RowsModel
from fairdesk.gui.widgets.record_form import RecordForm
from fairdesk.gui.widgets.timeline import PURPOSE_COLOURS, Bar, DayTimeline, Lane, layout_bars

DAY = "2026-05-18"
# a top-level window shown offscreen (preview dialogs) makes Qt say this; it is harmless
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _vehicle(fair, plate="浙A·12345", seats=6):
    return fair.reception.create("vehicles", plate=plate, kind="mpv", seats=seats).items[0].after


def _trip(fair, vehicle_id=None, start="10:00", end="11:00", **kw):
    values = {
        "purpose": "pickup",
        "from_place": "萧山国际机场",
        "to_place": "西湖国宾馆",
        "starts_at": f"{DAY}T{start}",
        "ends_at": f"{DAY}T{end}",
        "vehicle_id": vehicle_id,
        **kw,
    }
    return fair.reception.create("trips", **values).items[0].after


@pytest.fixture(autouse=True)
def _jobs_end():
    """No worker thread outlives its test."""
    yield
    from fairdesk.gui.widgets.jobs import wait_for_jobs

    wait_for_jobs()


@pytest.fixture
def session(fair, qtbot):
    s = FairSession()
    s.fair = fair
    fair.add_listener(s._on_core_changes)
    yield s
    fair.remove_listener(s._on_core_changes)


# --- the record form -----------------------------------------------------------------------
def test_form_shows_validation_at_the_field_and_writes_nothing(fair, qtbot):
    audited = fair.count("audit_log")
    form = RecordForm(fair.reception, "hotels")
    qtbot.addWidget(form)
    form.editor("name").set_value("西湖国宾馆")
    form.editor("distance_km").set_value("很远")
    form.on_save_clicked()
    assert form.field_error("distance_km") == "距主会场（公里）：“很远”不是数字。"
    assert form.editor("distance_km").widget.property("invalid") is True
    assert "c62828" in form.editor("distance_km").widget.styleSheet()
    assert form.field_error("name") == "" and form.banner_text() == ""
    assert form.result() == 0 and form.changes is None
    assert fair.count("hotels") == 0 and fair.count("audit_log") == audited


def test_form_required_field_then_fixed_saves(fair, qtbot):
    form = RecordForm(fair.reception, "vehicles")
    qtbot.addWidget(form)
    form.editor("seats").set_value("7")
    form.on_save_clicked()
    assert form.field_error("plate") == "车牌：必填。"
    form.editor("plate").set_value("浙A·88888")
    with qtbot.waitSignal(form.record_saved):
        form.on_save_clicked()
    assert form.field_error("plate") == ""
    row = fair.reception.list("vehicles")[0]
    assert row["plate"] == "浙A·88888" and row["seats"] == 7 and row["kind"] == "sedan"


def test_every_entity_of_every_area_gets_a_form(fair, qtbot):
    from fairdesk.core.forms import all_entities

    services = {
        name: getattr(fair, name)
        for name in ("guests", "reception", "security", "signing", "agenda")
    }
    for table, spec in all_entities(fair).items():
        service = next(s for s in services.values() if table in s.entities)
        form = RecordForm(service, table)
        qtbot.addWidget(form)
        assert set(form.values()) == {f.name for f in spec.fields}, table
        assert form.windowTitle().endswith(spec.label)


def test_new_record_starts_from_the_schema_defaults(fair, qtbot):
    form = RecordForm(fair.reception, "room_blocks")
    qtbot.addWidget(form)
    assert form.values()["currency"] == "CNY"
    table = RecordForm(fair.reception, "banquet_tables")
    qtbot.addWidget(table)
    assert table.values()["seats"] == "10"


def test_form_labels_follow_the_language(fair, qtbot):
    set_language("en")
    form = RecordForm(fair.reception, "trips")
    qtbot.addWidget(form)
    labels = [
        form.form.itemAt(i, form.form.ItemRole.LabelRole).widget().text()
        for i in range(form.form.rowCount())
    ]
    assert "Purpose *" in labels and "Flight/train" in labels
    purposes = [
        form.editor("purpose").widget.itemText(i)
        for i in range(form.editor("purpose").widget.count())
    ]
    assert "Hotel–venue shuttle" in purposes


def test_form_check_across_fields_is_shown_at_the_later_field(fair, qtbot):
    form = RecordForm(fair.reception, "trips")
    qtbot.addWidget(form)
    form.editor("from_place").set_value("萧山国际机场")
    form.editor("to_place").set_value("西湖国宾馆")
    form.editor("starts_at").set_value(f"{DAY}T10:00")
    form.editor("ends_at").set_value(f"{DAY}T09:00")
    form.on_save_clicked()
    assert form.field_error("ends_at") == "结束时间须晚于出发时间。"
    assert fair.count("trips") == 0


def test_form_edits_only_what_changed_and_refs_list_titles(fair, qtbot):
    car = _vehicle(fair)
    trip = _trip(fair)
    form = RecordForm(fair.reception, "trips", trip["id"])
    qtbot.addWidget(form)
    combo = form.editor("vehicle_id").widget
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "浙A·12345"]
    combo.setCurrentIndex(1)
    assert form.values() == {"vehicle_id": car["id"]}
    form.on_save_clicked()
    assert fair.get("trips", trip["id"])["vehicle_id"] == car["id"]
    assert fair.get("trips", trip["id"])["starts_at"] == f"{DAY}T10:00:00+08:00"


def test_overlapping_trip_for_the_same_car_shows_the_conflict_sentence(fair, qtbot):
    car = _vehicle(fair)
    _trip(fair, car["id"], "10:00", "11:00")
    form = RecordForm(fair.reception, "trips")
    qtbot.addWidget(form)
    form.editor("from_place").set_value("杭州东站")
    form.editor("to_place").set_value("会展中心酒店")
    form.editor("starts_at").set_value(f"{DAY}T10:30")
    form.editor("ends_at").set_value(f"{DAY}T11:30")
    form.editor("vehicle_id").set_value(car["id"])
    form.on_save_clicked()
    banner = form.banner_text()
    assert "浙A·12345" in banner and banner.endswith("。")
    assert all(form.field_error(name) == "" for name in form.editors)
    assert fair.count("trips") == 1 and form.result() == 0


# --- the timeline --------------------------------------------------------------------------
def _lanes():
    t = lambda hm: datetime.fromisoformat(f"{DAY}T{hm}:00+08:00")  # noqa: E731
    return [
        Lane(
            "v1",
            "浙A·12345",
            "MPV · 6",
            [
                Bar("t1", t("08:00"), t("09:30"), "pickup", 4, "机场 → 酒店"),
                Bar(
                    "t2",
                    t("09:20"),
                    t("10:00"),
                    "shuttle",
                    2,
                    "酒店 → 会场",
                    ["浙A·12345 在 09:20 已有行程。"],
                ),
            ],
        ),
        Lane(
            "v2",
            "浙A·54321",
            "Coach · 45",
            [Bar("t3", t("14:00"), t("17:00"), "visit", 30, "项目考察")],
        ),
    ]


def test_timeline_lays_out_bars_by_hour():
    placed = layout_bars(_lanes(), date(2026, 5, 18), 150 + 24 + 16 * 60)  # 06:00-22:00, 60 px/h
    rects = {bar.trip_id: rect for rect, bar in placed}
    assert rects["t1"].left() == pytest.approx(150 + 2 * 60)
    assert rects["t1"].width() == pytest.approx(90)
    assert rects["t3"].top() > rects["t2"].top() > rects["t1"].top()  # t2 overlaps t1: stacked


def test_timeline_paints_and_shows_the_conflicting_trip(qtbot):
    timeline = DayTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(150 + 24 + 16 * 60, 120)
    timeline.set_day(date(2026, 5, 18), _lanes())
    image = timeline.grab().toImage()
    rects = {bar.trip_id: rect for rect, bar in timeline.bars()}
    inside = rects["t3"].center().toPoint()
    assert QColor(image.pixel(inside)).name() == PURPOSE_COLOURS["visit"]
    edge = QPoint(int(rects["t2"].center().x()), int(rects["t2"].top()))
    assert QColor(image.pixel(edge)).red() > 180 and QColor(image.pixel(edge)).green() < 90
    assert [b.trip_id for b in timeline.conflicting()] == ["t2"]
    clash = timeline.bar_at(rects["t2"].center().x(), rects["t2"].center().y())
    assert clash.trip_id == "t2" and "09:20 已有行程" in timeline.tooltip_for(clash)
    with qtbot.waitSignal(timeline.trip_clicked) as clicked:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=inside)
    assert clicked.args == ["t3"]


# --- models ----------------------------------------------------------------------------------
def test_models_pass_the_model_tester(qtmodeltester):
    columns = [
        Column(
            "name",
            lambda: "Name",
            foreground=lambda r: "red" if r["bad"] else None,
            tooltip=lambda r: "why" if r["bad"] else "",
        ),
        Column("n", lambda: "N"),
    ]
    rows = [
        {"id": "a", "name": "张伟", "n": 2, "bad": True},
        {"id": "b", "name": "Li", "n": 1, "bad": False},
    ]
    plain = RowsModel(columns)
    plain.set_rows(rows)
    qtmodeltester.check(plain)
    assert plain.data(plain.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "why"
    assert plain.data(plain.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    checkable = CheckableRowsModel(columns)
    checkable.set_rows(rows)
    qtmodeltester.check(checkable)
    checkable.set_checked(0, False)
    assert [r["id"] for r in checkable.checked_rows()] == ["b"]
    grid = OccupancyModel()
    grid.set_grid(
        ["2026-05-17", "2026-05-18"],
        [
            {
                "type": "king",
                "type_label": "大床房",
                "nights": {"2026-05-17": (3, 2), "2026-05-18": (1, 2)},
            }
        ],
    )
    qtmodeltester.check(grid)
    assert grid.data(grid.index(0, 0)) == "3 / 2"
    overbooked = grid.tr("Overbooked by %1").replace("%1", "1")  # in the installed language
    assert overbooked in grid.data(grid.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert grid.data(grid.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None


# --- pages on a sample roster -------------------------------------------------------------------
@pytest.fixture
def roster(fair):
    build_sample(fair, guests=60, vehicles=8)
    return fair


def _planned(qtbot, page, worker):
    """The preview a plan opens once its worker has finished."""
    assert worker is not None
    qtbot.waitUntil(lambda: page._roster_preview is not None, timeout=20000)
    return page._roster_preview


def _page(cls, session, qtbot):
    page = cls(session)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.refresh()
    return page


def test_auto_assign_preview_accepted_writes_the_checked_stays(roster, session, qtbot):
    page = _page(LodgingPage, session, qtbot)
    assert page.stays.model.rowCount() == 0
    preview = _planned(qtbot, page, auto_assign(page, roster))
    proposed = preview.model.rowCount()
    assert proposed > 40 and roster.count("stays") == 0  # nothing written by the preview
    left_out = preview.model.row_at(0)["person"]
    preview.model.set_checked(0, False)
    with qtbot.waitSignal(session.fair_changed):
        preview.accept()
    assert roster.count("stays") == proposed - 1
    assert page.stays.model.rowCount() == proposed - 1  # the page refreshed from the change
    assert left_out not in {r["person"] for r in page.stays.model.rows()}
    assert page.grid.occupancy.rowCount() > 0


def test_cancelled_preview_writes_nothing(roster, session, qtbot):
    page = _page(LodgingPage, session, qtbot)
    preview = _planned(qtbot, page, auto_assign(page, roster))
    preview.reject()
    assert roster.count("stays") == 0


def _held_planner(monkeypatch, module, name):
    """Make a planner step wait for a gate (opened by the test) and count the steps."""
    import threading

    gate, steps = threading.Event(), []
    step = getattr(module, name)

    def held(*args, **kwargs):
        steps.append(threading.current_thread() is threading.main_thread())
        gate.wait(10)  # a safety limit only: the test opens the gate
        return step(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return gate, steps


def test_planning_runs_off_the_gui_thread_and_cancel_writes_nothing(
    roster, session, qtbot, monkeypatch
):
    from fairdesk.core.reception import room_plan
    from fairdesk.gui.qt import (
        QCoreApplication,
        QMessageBox,
        QProgressDialog,
        QPushButton,
        QTimer,
    )
    from fairdesk.gui.widgets.jobs import RUNNING

    gate, steps = _held_planner(monkeypatch, room_plan, "_place_party")
    page = _page(LodgingPage, session, qtbot)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    worker = auto_assign(page, roster)
    # the planner is stuck on its first party, yet the window's event loop goes on
    qtbot.waitUntil(lambda: len(ticks) >= 5 and bool(steps), timeout=5000)
    assert steps == [False]  # planned in the worker thread
    assert auto_assign(page, roster) is None  # a second click while it runs starts nothing
    dialog = page.findChild(QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # shown after its minimum duration
    assert dialog.labelText() == QCoreApplication.translate("RosterActions", "Planning rooms…")
    cancel = dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    # RUNNING loses the worker when its finished slot has run (waitSignal on a QThread's
    # finished proved unreliable after other pages' tests)
    qtbot.waitUntil(lambda: worker not in RUNNING, timeout=10000)
    timer.stop()
    assert len(steps) == 1  # stopped at the next step
    assert page._roster_preview is None and roster.count("stays") == 0
    assert page.findChild(QProgressDialog) is None  # closed and deleted
    assert page.findChild(QMessageBox) is None  # a cancel is not reported as a failure


def test_pickups_and_seating_plan_off_the_gui_thread(roster, session, qtbot, monkeypatch):
    from fairdesk.core.reception import meals, pickup_plan

    trip_gate, trip_steps = _held_planner(monkeypatch, pickup_plan, "_serve")
    seat_gate, seat_steps = _held_planner(monkeypatch, meals, "honour_seats")
    trip_gate.set()
    seat_gate.set()
    page = _page(TransportPage, session, qtbot)
    assert _planned(qtbot, page, generate_pickups(page, roster, None)).model.rowCount() > 0
    meals_page = _page(MealsPage, session, qtbot)
    banquet = [r for r in meals_page.sittings.model.rows() if r["kind"] == "banquet"][0]
    worker = seat_in_protocol_order(meals_page, roster, banquet["id"])
    assert _planned(qtbot, meals_page, worker).model.rowCount() > 0
    assert trip_steps and not any(trip_steps) and seat_steps and not any(seat_steps)


def test_transport_page_shows_clashes_on_the_timeline_and_in_red(
    roster, session, qtbot, qtmodeltester
):
    sample_trips(roster, 60, clashes=2)
    page = _page(TransportPage, session, qtbot)
    clashing = [
        b
        for d in range(page.day_box.count())
        for b in (page.day_box.setCurrentIndex(d) or page.timeline.conflicting())
    ]
    assert len(clashing) >= 2
    assert all("同时排了两个行程" in " ".join(b.conflicts) for b in clashing)
    page.day_box.setCurrentIndex(0)
    qtmodeltester.check(page.trips.model)
    red = [
        r
        for r in range(page.trips.model.rowCount())
        if page.trips.model.data(page.trips.model.index(r, 0), Qt.ItemDataRole.ForegroundRole)
    ]
    assert red and "两个行程" in page.trips.model.data(
        page.trips.model.index(red[0], 0), Qt.ItemDataRole.ToolTipRole
    )
    clashes = page.tr("Clashes in the transport plan: %1").split("%1")[0]
    assert page.problems_label.text().startswith(clashes)


def test_pickups_preview_accepted_creates_trips(roster, session, qtbot):
    page = _page(TransportPage, session, qtbot)
    preview = _planned(qtbot, page, generate_pickups(page, roster, None))
    trips = preview.model.rowCount()
    assert trips > 0 and roster.count("trips") == 0
    preview.accept()
    assert roster.count("trips") == trips
    assert roster.count("trip_passengers") >= trips


def test_arrivals_board_shows_missing_room_in_red(fair, session, qtbot, qtmodeltester):
    guest = (
        fair.guests.create(
            "guests",
            name="王建国",
            category="investor",
            country="CN",
            state="attending",
            arrival_at=f"{DAY} 09:40",
            arrival_transport="CA1701",
            arrival_place="萧山国际机场",
            departure_at="2026-05-20 15:00",
        )
        .items[0]
        .after
    )
    page = _page(ArrivalsPage, session, qtbot)
    qtmodeltester.check(page.model)
    assert page.day() == DAY and page.model.rowCount() == 1
    columns = [c.key for c in page.model.columns]
    room = page.model.index(0, columns.index("room"))
    assert page.model.data(room) == page.tr("MISSING")
    assert QColor(page.model.data(room, Qt.ItemDataRole.ForegroundRole)).name() == "#c62828"
    summary = page.tr("%1 arriving · %2 without pickup · %3 without room")
    assert page.summary.text() == summary.replace("%1", "1").replace("%2", "1").replace("%3", "1")
    hotel = fair.reception.create("hotels", name="西湖国宾馆").items[0].after
    fair.reception.create(
        "stays", guest_id=guest["id"], hotel_id=hotel["id"], room_type="king", check_in=DAY,
        check_out="2026-05-20",
    )
    assert page.model.data(room) == "西湖国宾馆"  # refreshed from the change
    assert page.model.data(room, Qt.ItemDataRole.ForegroundRole) is None


def test_guest_chain_names_the_missing_links(roster, qtbot):
    guest = roster.rows("SELECT id, name FROM guests WHERE state = 'attending' LIMIT 1")[0]
    chain = GuestChainView()
    qtbot.addWidget(chain)
    chain.show_guest(roster, guest["id"])
    texts = chain.texts()
    assert texts[0].startswith(guest["name"])
    missing = {chain.tr("No room yet"), chain.tr("No trip booked"), chain.tr("No escort")}
    assert missing <= set(texts)


def test_escort_and_meal_pages_fill(roster, session, qtbot, qtmodeltester):
    escorts = _page(EscortsPage, session, qtbot)
    qtmodeltester.check(escorts.escorts.model)
    qtmodeltester.check(escorts.unescorted)
    assert escorts.escorts.model.rowCount() > 0 and escorts.unescorted.rowCount() > 0
    meals = _page(MealsPage, session, qtbot)
    qtmodeltester.check(meals.sittings.model)
    banquet = [r for r in meals.sittings.model.rows() if r["kind"] == "banquet"][0]
    assert banquet["expected"] > 0 and meals.tables.model.rowCount() > 0
    preview = _planned(qtbot, meals, seat_in_protocol_order(meals, roster, banquet["id"]))
    first = preview.model.row_at(0)
    assert (first["table"], first["seat_no"]) == (1, 1)
    preview.accept()
    assert meals.seats.model.rowCount() > 0 and meals.seats.model.row_at(0)["seat_no"] == 1


def test_passengers_dialog_adds_and_refuses_too_many(roster, qtbot):
    from fairdesk.gui.reception.passengers import PassengersDialog

    car = _vehicle(roster, "浙A·00001", seats=1)
    trip = _trip(roster, car["id"], purpose="shuttle", from_place="西湖国宾馆", to_place="会展中心")
    dialog = PassengersDialog(roster, trip["id"])
    qtbot.addWidget(dialog)
    dialog.candidates.setCurrentRow(0)
    dialog.on_add_clicked()
    assert (dialog.riders.count(), dialog.banner_text()) == (1, "")
    dialog.candidates.setCurrentRow(0)
    dialog.on_add_clicked()
    assert dialog.riders.count() == 1 and "座" in dialog.banner_text()
    assert roster.count("trip_passengers") == 1


def _pdf_text(path) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def test_dispatch_sheets_print_in_a_worker_with_the_drivers(roster, session, qtbot, tmp_path):
    from fairdesk.gui.reception.actions import print_dispatch_sheets

    page = _page(TransportPage, session, qtbot)
    _planned(qtbot, page, generate_pickups(page, roster, None)).accept()
    page.refresh()
    day = roster.scalar("SELECT substr(starts_at, 1, 10) FROM trips ORDER BY starts_at")
    driver = roster.scalar(
        "SELECT d.name FROM trips t JOIN drivers d ON d.id = t.driver_id"
        " WHERE substr(t.starts_at, 1, 10) = ? ORDER BY t.starts_at",
        [day],
    )
    target = tmp_path / "dispatch.pdf"
    written = []
    worker = print_dispatch_sheets(
        page, roster, day, path=target, open_after=False, on_written=written.append
    )
    assert worker is not None and written == []  # rendering goes on in the worker thread
    qtbot.waitUntil(lambda: written == [target], timeout=20000)
    assert driver in _pdf_text(target)


def test_arrivals_export_writes_a_workbook(roster, session, qtbot, tmp_path):
    import openpyxl

    from fairdesk.gui.reception.actions import export_arrivals

    page = _page(ArrivalsPage, session, qtbot)
    target = tmp_path / "arrivals.xlsx"
    done = []
    export_arrivals(page, roster, page.day(), path=target, open_after=False, on_written=done.append)
    qtbot.waitUntil(lambda: done == [target], timeout=20000)
    cells = {
        str(c.value)
        for row in openpyxl.load_workbook(target).active.iter_rows()
        for c in row
        if c.value
    }
    assert page.model.row_at(0)["guest"] in cells


def test_table_plan_and_meal_counts_print_from_the_meals_page(roster, session, qtbot, tmp_path):
    from fairdesk.gui.reception.actions import print_meal_counts, print_table_plan

    page = _page(MealsPage, session, qtbot)
    banquet = [r for r in page.sittings.model.rows() if r["kind"] == "banquet"][0]
    _planned(qtbot, page, seat_in_protocol_order(page, roster, banquet["id"])).accept()
    host = roster.scalar(
        "SELECT g.name FROM banquet_seats s JOIN guests g ON g.id = s.guest_id"
        " JOIN banquet_tables t ON t.id = s.table_id WHERE t.is_head = 1 AND s.seat_no = 1"
    )
    written = []
    print_table_plan(
        page,
        roster,
        banquet["id"],
        path=tmp_path / "plan.pdf",
        open_after=False,
        on_written=written.append,
    )
    print_meal_counts(
        page, roster, path=tmp_path / "meals.xlsx", open_after=False, on_written=written.append
    )
    qtbot.waitUntil(lambda: len(written) == 2, timeout=20000)
    assert host in _pdf_text(tmp_path / "plan.pdf")
    assert (tmp_path / "meals.xlsx").stat().st_size > 0


def test_a_long_session_of_qt_calls_does_not_abort(qtbot):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call (hence the pin
    in pyproject.toml): with such a binding Python aborts ("deallocating None") long before
    50,000 calls or 30 repaints of the timeline."""
    from fairdesk.gui.qt import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    for _ in range(50_000):
        widget.setMinimumWidth(3)
    timeline = DayTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(1200, 400)
    timeline.set_day(date(2026, 5, 18), _lanes() * 5)
    for _ in range(30):
        timeline.grab()
    assert widget.minimumWidth() == 3
