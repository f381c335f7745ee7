"""Issue 14 in every page: window print jobs as fast as the command line's (19), Print… to a
printer (20), pages that refresh after a bulk change (8), the keyboard (18)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from fairdesk.core.fair import Fair
from fairdesk.gui.main_window import MainWindow
from fairdesk.gui.widgets import jobs
from fairdesk.gui.widgets.jobs import PROGRESS_EVERY_S, Worker, run_job
from tests.conftest import TESTER, demo_fair_file
from tests.gui_laptop import own_laptop

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_fair_file(tmp_path_factory, "print", guests=300)


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_file: Path, qapp: object) -> MainWindow:  # noqa: ANN001
    with own_laptop(tmp_path, lang="en"):
        target = tmp_path / "fair.fair"
        fair = Fair.open(demo_file, TESTER)
        fair.save_copy(target)
        fair.close()
        win = MainWindow(TESTER)
        qtbot.addWidget(win)
        win.open_fair_file(target)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        yield win
        jobs.wait_for_jobs()
        win.session.close()


# --- 19. a window job is not slowed by the GUI thread ---------------------------------------------
def test_a_job_reporting_every_row_wakes_the_window_a_few_times_and_ends_full(qtbot) -> None:  # noqa: ANN001
    """A job that reports each of 200,000 rows reaches the progress bar about ten times a
    second (each signal costs the worker its turn at Python's lock), and its last report,
    done == total, always arrives."""
    took: list[float] = []

    def job(progress, _cancelled):  # noqa: ANN001
        start = time.monotonic()
        for row in range(1, 200_001):
            progress(row, 200_000)
        took.append(time.monotonic() - start)

    worker = Worker(job)
    seen: list[tuple[int, int]] = []
    worker.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(worker.ended, timeout=30000):
        worker.start()
    worker.wait(5000)
    qtbot.wait(50)
    assert seen[-1] == (200_000, 200_000)
    assert len(seen) <= took[0] / PROGRESS_EVERY_S + 3


def test_the_scanner_stands_aside_while_a_modal_job_runs(window, qtbot) -> None:  # noqa: ANN001
    """Behind a job's modal dialog the scanner's application-wide filter (Python for every
    event, on the GUI thread) is removed, and back as soon as the job has ended."""
    release = threading.Event()
    assert window.scanner._installed  # noqa: SLF001
    worker = run_job(window, "…", lambda _p, _c: release.wait(10), lambda _r: None)
    assert not window.scanner._installed  # noqa: SLF001
    release.set()
    qtbot.waitUntil(lambda: worker not in jobs.RUNNING, timeout=10000)
    assert window.scanner._installed  # noqa: SLF001
    free = run_job(window, "…", lambda _p, _c: release.wait(10), lambda _r: None, modal=False)
    assert window.scanner._installed  # noqa: SLF001  the desk keeps scanning beside a batch
    qtbot.waitUntil(lambda: free not in jobs.RUNNING, timeout=10000)


# --- 20. Print… on every page with a printout, not only arrivals ------------------------------------
def _previewed_pdf(qtbot, page, stem: str) -> str:  # noqa: ANN001
    """The text of the PDF the page's print preview shows (the preview is then closed)."""
    import tempfile

    import pypdfium2 as pdfium

    from fairdesk.gui.qt import QPrintPreviewDialog

    qtbot.waitUntil(lambda: isinstance(getattr(page, "_print_preview", None),
                                       QPrintPreviewDialog), timeout=30000)
    preview = page._print_preview  # noqa: SLF001
    assert preview.isVisible()
    preview.close()
    pdf = max(Path(tempfile.gettempdir()).glob(f"fairdesk-print-*/{stem}*.pdf"),
              key=lambda p: p.stat().st_mtime)
    document = pdfium.PdfDocument(str(pdf))
    text = "".join(document[n].get_textpage().get_text_range() for n in range(len(document)))
    document.close()
    return text


def test_print_on_the_transport_page_previews_the_dispatch_sheets(window, qtbot) -> None:  # noqa: ANN001
    from fairdesk.gui.reception.transport_page import TransportPage

    page = window.show_page_of(TransportPage)
    assert page.printer_button.text() == "Print…"
    page.printer_button.click()  # no save-as dialog: drawn, then the preview
    text = _previewed_pdf(qtbot, page, f"dispatch-{page.day()}")
    fair = window.session.fair
    drivers = fair.rows("SELECT DISTINCT d.name FROM trips t JOIN drivers d ON d.id = t.driver_id"
                        " WHERE substr(t.starts_at, 1, 10) = ?", [page.day()])
    assert drivers and all(d["name"] in text for d in drivers)


def test_print_on_the_security_page_previews_the_daily_report(window, qtbot) -> None:  # noqa: ANN001
    from fairdesk.gui.security.page import SecurityPage

    page = window.show_page_of(SecurityPage)
    menu = page.printer_button.menu()
    [report] = [a for a in menu.actions() if a.text() == "Daily security report"]
    report.trigger()
    text = _previewed_pdf(qtbot, page, "security-daily")
    assert "Daily security report" in text and "Page 1 of" in text


# --- 8. every page refreshes what a bulk change changed --------------------------------------------
def test_after_a_bulk_move_the_form_and_the_filtered_list_show_the_new_state(window, qtbot) -> None:  # noqa: ANN001
    from fairdesk.core.vocab import INVITATION_STATES, label
    from fairdesk.gui.qt import QItemSelectionModel

    window.show_area("guests")
    guests = window.current_page().guest_list
    fair = window.session.fair
    waiting = [g["id"] for g in fair.rows(
        "SELECT id FROM guests WHERE state = 'to_invite' ORDER BY ref_code LIMIT 3")]
    guests.view.selectRow(guests.model.row_of(waiting[0]))  # the first on the form
    rows = guests.view.selectionModel()
    for gid in waiting[1:]:  # and two more selected, as with Ctrl+click
        rows.select(guests.model.index(guests.model.row_of(gid), 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(guests.selected_ids()) == sorted(waiting)
    assert guests.form.guest_id == waiting[0]
    assert guests.form.state_label.text() == label(INVITATION_STATES, "to_invite")
    assert "invited" in guests.form.transitions.buttons
    [invited] = [a for a in guests.state_button.menu().actions()
                 if a.text() == label(INVITATION_STATES, "invited")]
    invited.trigger()  # Change state → Invited, for the selected guests
    # the form: no longer "To invite", no longer offering "Move to: Invited"
    assert guests.form.state_label.text() == label(INVITATION_STATES, "invited")
    assert "invited" not in guests.form.transitions.buttons
    # the list filtered to "To invite" no longer holds them
    box = guests.filters["state"]
    box.setCurrentIndex(box.findData("to_invite"))
    listed = lambda: {guests.model.id_at(r) for r in range(guests.model.rowCount())}  # noqa: E731
    assert guests.model.rowCount() and not listed() & set(waiting)
    more = [guests.model.id_at(r) for r in range(min(2, guests.model.rowCount()))]
    guests.view.selectRow(0)
    rows.select(guests.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                | QItemSelectionModel.SelectionFlag.Rows)
    invited.trigger()  # moved while the list is filtered: they leave it
    qtbot.waitUntil(lambda: not listed() & set(more), timeout=5000)


def test_the_arrivals_page_keeps_the_chosen_guest_and_reads_their_chain_again(window, qtbot) -> None:  # noqa: ANN001
    from fairdesk.gui.qt import QLabel
    from fairdesk.gui.reception.arrivals_page import ArrivalsPage

    page = window.show_page_of(ArrivalsPage)
    assert page.model.rowCount()
    page.view.selectRow(0)
    gid = page.chosen_guest()
    chain_text = lambda: " ".join(w.text() for w in page.chain.findChildren(QLabel))  # noqa: E731
    window.session.fair.guests.update("guests", gid, name="王新名")
    qtbot.waitUntil(lambda: "王新名" in chain_text(), timeout=5000)
    assert page.chosen_guest() == gid


def test_the_desk_search_results_follow_a_renamed_guest(window, qtbot) -> None:  # noqa: ANN001
    window.show_area("badges")
    desk = window.current_page()
    fair = window.session.fair
    guest = fair.rows("SELECT id, name FROM guests ORDER BY ref_code LIMIT 1")[0]
    desk.search.setText(guest["name"])
    desk.on_search_timeout()
    assert any(guest["name"] in desk.results.item(r).text() for r in range(desk.results.count()))
    fair.guests.update("guests", guest["id"], name="李改名")
    texts = [desk.results.item(r).text() for r in range(desk.results.count())]
    assert not any(t.startswith(guest["name"] + " ") for t in texts)
    desk.search.setText("李改名")
    desk.on_search_timeout()
    assert desk.results.currentItem().text().startswith("李改名")


def test_the_card_of_a_scan_away_from_the_desk_follows_the_file(window, qtbot) -> None:  # noqa: ANN001
    """The small card a scan opens on the guests page shows the guest checked in at the desk
    meanwhile, and their new name; nothing is recorded by the card itself."""
    from fairdesk.core.badges import checkin, issuing

    fair = window.session.fair
    gid = fair.scalar("SELECT id FROM guests WHERE state = 'confirmed' ORDER BY ref_code LIMIT 1")
    batch = issuing.badges_for_printing(fair, [gid])
    issuing.record_printed(fair, batch)
    code = batch.badges[0].code
    window.show_area("guests")
    window.on_code_scanned(code)
    lookup = window.scan_lookup()
    assert lookup.isVisible() and lookup.card.guest_id == gid
    assert fair.scalar("SELECT count(*) FROM check_ins WHERE guest_id = ?", [gid]) == 0
    fair.guests.update("guests", gid, name="赵新名")
    assert lookup.card.name.text().startswith("赵新名")
    checkin.check_in(fair, code, desk="door-2")  # at another desk, meanwhile
    assert "door-2" in lookup.card.detail.text()
    lookup.close()


# --- 18. the keyboard: Ctrl+F, Ctrl+S, Delete, Esc; Ctrl+Z left for Undo; menus show them ---------
def _focus(qtbot, widget) -> None:  # noqa: ANN001
    """Give ``widget`` the keyboard focus, its window active first (as on a desk laptop)."""
    from fairdesk.gui.qt import QApplication

    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def test_the_edit_menu_shows_undo_find_save_and_delete_and_ctrl_z_only_once(window) -> None:  # noqa: ANN001
    from fairdesk.gui.qt import QAction, QKeySequence, QShortcut

    menu = window.menus.edit_menu
    shown = {a.text(): a.shortcut() for a in menu.actions() if not a.isSeparator()}
    assert shown == {"&Undo the last action": QKeySequence("Ctrl+Z"),
                     "&Find": QKeySequence("Ctrl+F"), "&Save": QKeySequence("Ctrl+S"),
                     "&Delete": QKeySequence("Del")}
    titles = [a.text() for a in window.menus.actions()]
    assert titles.index("&Edit") == titles.index("&File") + 1
    from fairdesk.gui.agenda.page import AgendaPage
    from fairdesk.gui.guests.page import GuestsPage
    from fairdesk.gui.reception.transport_page import TransportPage

    undo = QKeySequence("Ctrl+Z")
    for page_class in (GuestsPage, TransportPage, AgendaPage):
        window.show_page_of(page_class)  # pages with forms, tables and search boxes built
    taken = [a.shortcut() for a in window.findChildren(QAction)] + [
        s.key() for s in window.findChildren(QShortcut)]
    # Edit → Undo's alone: a second owner of the key would make Qt fire neither
    assert taken.count(undo) == 1 and window.menus.undo_action.shortcut() == undo


def test_ctrl_f_goes_to_the_agenda_search_and_esc_clears_the_guest_search(window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    from fairdesk.gui.qt import QApplication, Qt

    window.show_area("agenda")
    agenda = window.current_page()
    _focus(qtbot, agenda.sessions.view)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is agenda.search
    for area in ("signing", "security"):  # every page with a search box
        window.show_area(area)
        page = window.current_page()
        page.setFocus()
        window.on_find_activated()
        assert page.search.isVisible() and QApplication.focusWidget() is page.search, area
    window.show_area("guests")
    guests = window.current_page().guest_list
    _focus(qtbot, guests.view)
    QTest.keyClick(guests.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is guests.search_box
    QTest.keyClicks(guests.search_box, "zzzz")
    assert guests.search_box.text() == "zzzz"
    QTest.keyClick(guests.search_box, Qt.Key.Key_Escape)
    assert guests.search_box.text() == ""


def test_ctrl_s_saves_the_guest_form_in_the_window(window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    from fairdesk.gui.qt import Qt

    window.show_area("guests")
    guests = window.current_page().guest_list
    guests.view.selectRow(0)
    gid = guests.form.guest_id
    email = guests.form.fields["email"].editor
    _focus(qtbot, email)
    email.setText("ctrl-s@example.cn")
    QTest.keyClick(email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.session.fair.get("guests", gid)["email"] == "ctrl-s@example.cn"


def test_delete_removes_the_chosen_record_after_asking_and_edits_text_in_a_box(window, qtbot,  # noqa: ANN001
                                                                               monkeypatch) -> None:
    from PySide6.QtTest import QTest

    from fairdesk.gui.qt import QMessageBox, Qt
    from fairdesk.gui.reception.transport_page import TransportPage

    fair = window.session.fair
    fair.reception.create("drivers", name="测试司机")
    page = window.show_page_of(TransportPage)
    drivers = page.drivers
    drivers.refresh()
    [row] = [r for r in range(drivers.model.rowCount())
             if drivers.model.row_at(r)["name"] == "测试司机"]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a, **k: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    drivers.window().activateWindow()
    tabs = drivers.parentWidget()
    while tabs is not None and not hasattr(tabs, "setCurrentWidget"):
        tabs = tabs.parentWidget()
    tabs.setCurrentWidget(drivers)
    drivers.view.selectRow(row)
    _focus(qtbot, drivers.view)
    QTest.keyClick(drivers.view, Qt.Key.Key_Delete)
    assert asked and not fair.rows("SELECT id FROM drivers WHERE name = '测试司机'")
    # in a text box, Delete deletes a character: nothing else
    window.show_area("guests")
    box = window.current_page().guest_list.search_box
    _focus(qtbot, box)
    QTest.keyClicks(box, "abc")
    QTest.keyClick(box, Qt.Key.Key_Home)
    QTest.keyClick(box, Qt.Key.Key_Delete)
    assert box.text() == "bc" and len(asked) == 1
    # on the guest list, Delete deletes the selected guest, after asking
    from fairdesk.gui.qt import QItemSelectionModel

    gid = fair.guests.create("guests", name="删除测试", category="guest",
                             country="CN").items[0].record_id
    guests = window.current_page().guest_list
    box.clear()  # "bc" found no one: the whole list again
    qtbot.waitUntil(lambda: guests.model.row_of(gid) >= 0, timeout=5000)
    guests.view.selectionModel().select(
        guests.model.index(guests.model.row_of(gid), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    _focus(qtbot, guests.view)
    QTest.keyClick(guests.view, Qt.Key.Key_Delete)
    assert len(asked) == 2 and "删除测试" in asked[1]
    assert not fair.rows("SELECT id FROM guests WHERE id = ?", [gid])


def test_ctrl_s_saves_a_record_form_and_esc_cancels_it(window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    from fairdesk.gui.qt import Qt
    from fairdesk.gui.widgets.record_form import RecordForm

    fair = window.session.fair
    form = RecordForm(fair.reception, "drivers", parent=window)
    form.show()
    qtbot.waitExposed(form)
    name = form.editor("name").widget
    form.activateWindow()
    name.setFocus()
    qtbot.waitUntil(name.hasFocus, timeout=3000)
    QTest.keyClicks(name, "Keyboard Driver")
    QTest.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert fair.rows("SELECT id FROM drivers WHERE name = 'Keyboard Driver'")
    other = RecordForm(fair.reception, "drivers", parent=window)
    other.show()
    qtbot.waitExposed(other)
    QTest.keyClicks(other.editor("name").widget, "Unwanted Driver")
    QTest.keyClick(other, Qt.Key.Key_Escape)
    assert not other.isVisible()
    assert not fair.rows("SELECT id FROM drivers WHERE name = 'Unwanted Driver'")


def test_esc_at_a_full_screen_desk_clears_the_search_then_leaves_full_screen(window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    from fairdesk.gui.qt import Qt

    window.show_area("badges")
    desk = window.current_page()
    _focus(qtbot, desk.search)
    QTest.keyClick(desk.search, Qt.Key.Key_F11)
    assert desk.full_screen_button.isChecked()
    QTest.keyClicks(desk.search, "wang")
    QTest.keyClick(desk.search, Qt.Key.Key_Escape)
    assert desk.search.text() == "" and desk.full_screen_button.isChecked()
    QTest.keyClick(desk.search, Qt.Key.Key_Escape)
    assert not desk.full_screen_button.isChecked()
    QTest.keyClicks(desk.search, "wang")
    QTest.keyClick(desk.search, Qt.Key.Key_Escape)  # not full screen: the desk's own Esc
    assert desk.search.text() == ""
