"""The agenda page: the timeline by venue, drag to move or resize (a clash refused with its
reason), the list with search, attendance with who is missing, the printouts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pypdfium2 as pdfium
import pytest

from fairdesk.gui.agenda.page import AgendaPage
from fairdesk.gui.agenda.printouts import ProgrammeDialog, print_itineraries, print_programme
from fairdesk.gui.qt import QPoint, Qt
from fairdesk.gui.session import FairSession
from fairdesk.gui.widgets.timeline import Bar, DayTimeline, Lane, dragged

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DAY = "2026-05-18"


@pytest.fixture(autouse=True)
def _jobs_end():
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


def _id(changes, table):  # noqa: ANN001
    return next(c.record_id for c in changes.items if c.entity == table)


@pytest.fixture
def agenda(fair):
    a = fair.agenda
    hall = _id(a.create("venues", name="会展中心", capacity=500), "venues")
    ids = {"hall": hall}
    for key, title, start, end in (("opening", "开幕式", "09:00", "10:00"),
                                   ("forum", "发展论坛", "10:30", "12:00")):
        ids[key] = _id(a.create("agenda_sessions", title=title, kind=key, venue_id=hall,
                                starts_at=f"{DAY} {start}", ends_at=f"{DAY} {end}"),
                       "agenda_sessions")
    for name in ("张伟", "李娜"):
        ids[name] = _id(fair.guests.create("guests", name=name, country="CN", state="arrived",
                                           category="guest"), "guests")
    a.create("attendance", session_id=ids["opening"], guest_id=ids["张伟"], at=f"{DAY} 08:50")
    return ids


def _page(session, qtbot):
    page = AgendaPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    return page


def test_drag_geometry_snaps_to_five_minutes():
    bar = Bar("s", datetime(2026, 5, 18, 9), datetime(2026, 5, 18, 10), "forum", 0)
    assert dragged(bar, 52, 60, resize=False) == (datetime(2026, 5, 18, 9, 50),
                                                  datetime(2026, 5, 18, 10, 50))
    assert dragged(bar, -200, 60, resize=True)[1] == datetime(2026, 5, 18, 9, 5)


def test_a_click_without_a_drag_still_opens(qtbot):
    timeline = DayTimeline(editable=True)
    qtbot.addWidget(timeline)
    timeline.resize(1000, 120)
    timeline.set_day(date(2026, 5, 18), [Lane("v", "会场", "", [Bar(
        "s1", datetime(2026, 5, 18, 9), datetime(2026, 5, 18, 10), "forum", 3, "论坛")])])
    centre = timeline.rect_of("s1").center().toPoint()
    with qtbot.waitSignal(timeline.trip_clicked) as clicked:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=centre)
    assert clicked.args == ["s1"]


def test_the_timeline_shows_sessions_by_venue_and_a_drag_moves_one(fair, agenda, session,
                                                                    qtbot):
    page = _page(session, qtbot)
    assert [lane.title for lane in page.timeline.lanes] == ["会展中心"]
    assert {b.trip_id for b in page.timeline.lanes[0].bars} == {agenda["opening"],
                                                                 agenda["forum"]}
    rect = page.timeline.rect_of(agenda["forum"])
    hour = rect.width() / 1.5
    start = rect.center().toPoint()
    end = QPoint(start.x() + int(hour * 2), start.y())  # two hours later
    qtbot.mousePress(page.timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(page.timeline, end)
    with qtbot.waitSignal(session.fair_changed):
        qtbot.mouseRelease(page.timeline, Qt.MouseButton.LeftButton, pos=end)
    moved = fair.get("agenda_sessions", agenda["forum"])
    assert moved["starts_at"][11:16] == "12:30" and moved["ends_at"][11:16] == "14:00"


def _drag(qtbot, timeline, start: QPoint, end: QPoint) -> None:  # noqa: ANN001
    """Press, move in two steps and release the left button on the timeline as a hand would."""
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(timeline, QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(timeline, end)
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=end)


def test_a_drag_moves_a_session_by_whole_five_minutes(fair, agenda, session, qtbot):
    page = _page(session, qtbot)
    rect = page.timeline.rect_of(agenda["forum"])
    minute = rect.width() / 90  # the forum lasts 90 minutes
    start = rect.center().toPoint()
    with qtbot.waitSignal(session.fair_changed):
        _drag(qtbot, page.timeline, start, QPoint(start.x() + round(minute * 67), start.y()))
    moved = fair.get("agenda_sessions", agenda["forum"])  # 67 minutes later snaps to 65
    assert (moved["starts_at"][11:16], moved["ends_at"][11:16]) == ("11:35", "13:05")


def test_dragging_a_sessions_right_edge_changes_only_its_end(fair, agenda, session, qtbot):
    page = _page(session, qtbot)
    rect = page.timeline.rect_of(agenda["forum"])
    minute = rect.width() / 90
    edge = QPoint(int(rect.right()) - 2, int(rect.center().y()))
    with qtbot.waitSignal(session.fair_changed):
        _drag(qtbot, page.timeline, edge, QPoint(edge.x() + round(minute * 32), edge.y()))
    resized = fair.get("agenda_sessions", agenda["forum"])  # 32 minutes longer snaps to 30
    assert (resized["starts_at"][11:16], resized["ends_at"][11:16]) == ("10:30", "12:30")
    shorter = page.timeline.rect_of(agenda["forum"])
    edge = QPoint(int(shorter.right()) - 2, int(shorter.center().y()))
    with qtbot.waitSignal(session.fair_changed):
        _drag(qtbot, page.timeline, edge, QPoint(edge.x() - round(minute * 61), edge.y()))
    resized = fair.get("agenda_sessions", agenda["forum"])
    assert (resized["starts_at"][11:16], resized["ends_at"][11:16]) == ("10:30", "11:30")


def test_a_mouse_drag_onto_a_clash_is_refused_and_the_block_goes_back(
        fair, agenda, session, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr("fairdesk.gui.widgets.ops.show_error",
                        lambda _parent, err, _title="": said.append(str(err)))
    page = _page(session, qtbot)
    before = fair.get("agenda_sessions", agenda["forum"])
    rect = page.timeline.rect_of(agenda["forum"])
    minute = rect.width() / 90
    start = rect.center().toPoint()
    _drag(qtbot, page.timeline, start, QPoint(start.x() - round(minute * 60), start.y()))
    assert said and "会展中心同时安排了两场议程" in said[0]
    after = fair.get("agenda_sessions", agenda["forum"])
    assert (after["starts_at"], after["ends_at"]) == (before["starts_at"], before["ends_at"])
    assert page.timeline.rect_of(agenda["forum"]) == rect


def test_a_drag_onto_another_session_is_refused_with_the_reason(fair, agenda, session, qtbot,
                                                                 monkeypatch):
    said = []
    monkeypatch.setattr("fairdesk.gui.widgets.ops.show_error",
                        lambda _parent, err, _title="": said.append(str(err)))
    page = _page(session, qtbot)
    starts = datetime.fromisoformat(fair.get("agenda_sessions", agenda["forum"])["starts_at"])
    page.on_session_moved(agenda["forum"], starts - timedelta(hours=1),
                          starts + timedelta(minutes=30))
    assert said and "会展中心同时安排了两场议程" in said[0]
    assert fair.get("agenda_sessions", agenda["forum"])["starts_at"] == starts.isoformat()


def test_list_search_and_attendance_with_who_is_missing(fair, agenda, session, qtbot,
                                                        qtmodeltester):
    page = _page(session, qtbot)
    assert page.sessions.model.rowCount() == 2
    page.search.setText("论坛")
    assert [page.sessions.model.row_at(r)["title"] for r in
            range(page.sessions.model.rowCount())] == ["发展论坛"]
    qtmodeltester.check(page.attendance)
    opening = next(r for r in range(page.attendance.rowCount())
                   if page.attendance.row_at(r)["id"] == agenda["opening"])
    row = page.attendance.row_at(opening)
    assert (row["expected"], row["signed"], row["no_shows"]) == (2, 1, 1)
    page.attendance_view.selectRow(opening)
    assert [page.missing.row_at(r)["name"] for r in range(page.missing.rowCount())] == ["李娜"]


def test_programme_and_itineraries_print_from_the_window(fair, agenda, session, qtbot,
                                                         tmp_path):
    page = _page(session, qtbot)
    dialog = ProgrammeDialog(fair.agenda.days(), page)
    dialog.size_box.setCurrentIndex(dialog.size_box.findData("a5-booklet"))
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("zh"))
    done = []
    print_programme(page, fair, dialog=dialog, path=tmp_path / "p.pdf", open_after=False,
                    on_written=done.append)
    print_itineraries(page, fair, [agenda["李娜"]], path=tmp_path / "i.pdf", open_after=False,
                      on_written=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=20000)
    booklet = pdfium.PdfDocument(str(tmp_path / "p.pdf"))
    assert booklet[0].get_size()[0] > booklet[0].get_size()[1]  # A4 landscape sides
    booklet.close()
    text = pdfium.PdfDocument(str(tmp_path / "i.pdf"))[0].get_textpage().get_text_range()
    assert "个人日程" in text and "李娜" in text and "开幕式" in text


def test_a_reception_clerk_prints_one_itinerary_from_the_desk(fair, agenda, session, qtbot,
                                                              tmp_path, monkeypatch):
    from fairdesk.gui.checkin.page import CheckInPage

    target = tmp_path / "desk.pdf"
    opened = []
    monkeypatch.setattr("fairdesk.gui.widgets.printing.ask_path", lambda *_a: target)
    monkeypatch.setattr("fairdesk.gui.widgets.printing.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    page = CheckInPage(session)
    qtbot.addWidget(page)
    page.search.setText("李娜")
    page.on_search_timeout()
    page.results.setCurrentRow(0)
    assert page.itinerary_button.isEnabled()
    qtbot.mouseClick(page.itinerary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=20000)
    text = pdfium.PdfDocument(str(target))[0].get_textpage().get_text_range()
    assert "李娜" in text and "发展论坛" in text


def test_the_guest_form_prints_the_guests_itinerary_with_companions(fair, agenda, session,
                                                                    qtbot, tmp_path,
                                                                    monkeypatch):
    from fairdesk.gui.guests.form import GuestForm

    target = tmp_path / "form.pdf"
    opened = []
    monkeypatch.setattr("fairdesk.gui.widgets.printing.ask_path", lambda *_a: target)
    monkeypatch.setattr("fairdesk.gui.widgets.printing.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    fair.guests.create("companions", guest_id=agenda["张伟"], name="王芳", relation="夫人")
    form = GuestForm(session)
    qtbot.addWidget(form)
    form.show_guest(agenda["张伟"])
    assert form.itinerary_button.isEnabled()
    qtbot.mouseClick(form.itinerary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=20000)
    pdf = pdfium.PdfDocument(str(target))
    text = " ".join(pdf[0].get_textpage().get_text_range().split())
    pdf.close()
    assert "个人日程 张伟" in text and "开幕式" in text and "发展论坛" in text
    assert "随行人员 1 人：王芳（夫人）" in text
