"""Issue 14 at the door: the window on a borrowed laptop's screen, a scan on any page, the
manual check-in without a mouse, the card's wording, walk-ins."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from fairdesk.core.badges import checkin, issuing
from fairdesk.core.fair import Fair
from fairdesk.gui.app import create_application
from fairdesk.gui.main_window import MainWindow
from fairdesk.gui.qt import QApplication, Qt
from tests.conftest import TESTER, demo_fair_file
from tests.gui_laptop import own_laptop

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_fair_file(tmp_path_factory, "desk", guests=300)


@pytest.fixture
def laptop(tmp_path: Path, qapp: object) -> Path:
    with own_laptop(tmp_path, lang=None) as folder:
        yield folder


def _window(qtbot, demo_file: Path, tmp_path: Path, lang: str = "zh") -> MainWindow:  # noqa: ANN001
    create_application(lang)
    target = tmp_path / "fair.fair"
    fair = Fair.open(demo_file, TESTER)
    fair.save_copy(target)
    fair.close()
    win = MainWindow(TESTER)
    qtbot.addWidget(win)
    win.open_fair_file(target)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, laptop, demo_file) -> MainWindow:  # noqa: ANN001
    win = _window(qtbot, demo_file, laptop)
    win.resize(1366, 768)
    yield win
    win.session.close()


def _focus(qtbot, widget) -> None:  # noqa: ANN001
    """Give ``widget`` the keyboard focus: its window active first (earlier tests' windows
    may hold the activation), as a desk laptop's one window has it."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget or widget.isAncestorOf(
        QApplication.focusWidget()), timeout=3000)


def _scan(widget, code: str) -> None:  # noqa: ANN001
    """Type like a USB scanner into ``widget``: keys stamped 8 ms apart, then Enter. The
    stamps are the system's, as a real scanner's are: a busy window does not stretch them."""
    from fairdesk.gui.qt import QEvent, QKeyEvent

    start = 10_000
    keys = [(Qt.Key(ord(c.upper())), c) for c in code] + [(Qt.Key.Key_Return, "\r")]
    for i, (key, text) in enumerate(keys):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            event.setTimestamp(start + 8 * i)
            QApplication.sendEvent(widget, event)


def _badge(fair: Fair, state: str = "confirmed") -> tuple[str, str]:
    """(guest id, badge code) of a guest in ``state`` not checked in yet."""
    gid = fair.scalar("SELECT id FROM guests WHERE state = ? ORDER BY ref_code LIMIT 1", [state])
    batch = issuing.badges_for_printing(fair, [gid])
    issuing.record_printed(fair, batch)
    return gid, batch.badges[0].code


# --- 1. every page fits a borrowed laptop's screen ---------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_every_page_fits_a_laptop_screen(qtbot, laptop, demo_file, lang, size) -> None:  # noqa: ANN001
    width, height = size
    win = _window(qtbot, demo_file, laptop, lang)
    win.resize(width, height)
    try:
        for row in range(win.navigation.count()):
            win.show_page(row)  # every page, so each one's minimum joins the stack's
            QApplication.processEvents()
            page = win.current_page()
            name = type(page).__name__
            assert page.minimumSizeHint().width() <= width - 210, (lang, size, name)
            assert win.minimumSizeHint().width() <= width, (lang, size, name)
            assert win.minimumSizeHint().height() <= height, (lang, size, name)
            assert win.width() <= width and win.height() <= height, (lang, size, name)
    finally:
        win.session.close()


# --- 2. a scan anywhere opens the guest's card ---------------------------------------------------
def test_a_scan_on_the_guests_page_opens_the_card_and_records_nothing(window, qtbot) -> None:  # noqa: ANN001
    fair = window.session.fair
    gid, code = _badge(fair)
    window.show_area("guests")
    page = window.current_page()
    search = page.guest_list.search_box
    _focus(qtbot, search)
    before = fair.count("check_ins")
    with qtbot.waitSignal(window.scan_lookup().card_shown, timeout=3000) as shown:
        _scan(search, code)
    result = shown.args[0]
    assert result.guest["id"] == gid and window.scan_lookup().isVisible()
    assert window.scan_lookup().card.name.text().startswith(fair.get("guests", gid)["name"])
    assert search.text() == "" and fair.count("check_ins") == before  # looked up, not checked in
    window.scan_lookup().open_guest.click()
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.guest_list.form.guest_id == gid, timeout=2000)


def test_a_scan_with_the_table_focused_also_opens_the_card(window, qtbot) -> None:  # noqa: ANN001
    fair = window.session.fair
    gid, code = _badge(fair)
    window.show_area("reception")
    from fairdesk.gui.qt import QTableView

    _focus(qtbot, window.current_page().findChild(QTableView))  # a table's type-ahead
    target = QApplication.focusWidget()
    with qtbot.waitSignal(window.scan_lookup().card_shown, timeout=3000) as shown:
        _scan(target, code)
    assert shown.args[0].guest["id"] == gid


def test_a_scan_on_the_desk_checks_in(window, qtbot) -> None:  # noqa: ANN001
    fair = window.session.fair
    gid, code = _badge(fair)
    desk = window.page("badges")
    window.show_area("badges")
    desk.sound = False
    _focus(qtbot, desk.search)
    with qtbot.waitSignal(desk.scan_handled, timeout=3000) as handled:
        _scan(desk.search, code)
    assert handled.args[0].ok and fair.get("guests", gid)["state"] == "arrived"
    assert window._scan_lookup is None  # noqa: SLF001 - the desk, not the look-up, showed it


def test_the_guest_search_finds_a_whole_badge_code(window) -> None:  # noqa: ANN001
    from fairdesk.core.guests.search import GuestSearch

    fair = window.session.fair
    gid, code = _badge(fair)
    assert GuestSearch.of(fair).search(code)[:1] == [gid]
    assert GuestSearch.of(fair).search(code.lower())[:1] == [gid]


# --- 3. the manual check-in without the mouse ----------------------------------------------------
def test_manual_check_in_with_the_keyboard_alone(window, qtbot) -> None:  # noqa: ANN001
    fair = window.session.fair
    window.show_area("badges")
    desk = window.current_page()
    desk.sound = False
    rows = fair.rows("SELECT id, name FROM guests WHERE state = 'confirmed' ORDER BY name")
    before = fair.count("check_ins")
    guest = next(r for r in rows if sum(x["name"] == r["name"] for x in rows) == 1)
    _focus(qtbot, desk.search)
    QTest.keyClicks(desk.search, guest["name"], Qt.KeyboardModifier.NoModifier, 90)
    QTest.keyClick(desk.search, Qt.Key.Key_Return)  # search now, open the first result's card
    assert desk.results.count() >= 1
    first = desk.results.item(0).data(Qt.ItemDataRole.UserRole)
    if desk.results.count() > 1:
        QTest.keyClick(desk.search, Qt.Key.Key_Down)
        assert desk.results.currentRow() == 1
        QTest.keyClick(desk.search, Qt.Key.Key_Up)
    assert desk.results.currentRow() == 0 and desk.search.hasFocus()
    assert desk.card.guest_id == first and desk.card.colour == "idle"  # shown, not recorded
    assert "Ctrl+" in desk.card.detail.text()  # says which key checks them in
    assert fair.count("check_ins") == before
    with qtbot.waitSignal(desk.scan_handled, timeout=3000) as handled:
        QTest.keyClick(desk.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert handled.args[0].guest["id"] == first and handled.args[0].ok
    assert fair.get("guests", first)["state"] == "arrived"
    assert desk.search.text() == "" and desk.search.hasFocus()  # ready for the next in line
    QTest.keyClicks(desk.search, "zz", Qt.KeyboardModifier.NoModifier, 90)
    QTest.keyClick(desk.search, Qt.Key.Key_Escape)
    assert desk.search.text() == ""


# --- 5. the card's wording and the recent scans --------------------------------------------------
def test_the_card_says_each_thing_once_and_each_scan_has_its_own_time(window, qtbot) -> None:  # noqa: ANN001
    fair = window.session.fair
    window.show_area("badges")
    desk = window.current_page()
    desk.sound = False
    _focus(qtbot, desk.search)
    _gid, code = _badge(fair)
    times = iter(["2026-05-18T09:00:05", "2026-05-18T09:07:41", "2026-05-18T09:08:30"])
    import fairdesk.gui.checkin.page as page_module

    seen: list[tuple[str, str]] = []
    for scanned in (code, code, code[:-3] + "AAA"):
        now = next(times)
        page_module.fair_now_iso = lambda _tz, now=now: now  # the recent list's clock
        with qtbot.waitSignal(desk.scan_handled, timeout=3000):
            _scan(desk.search, scanned)
        heading = desk.card.banner.text().split("  ", 1)[-1]
        seen.append((heading, desk.card.detail.text()))
        assert heading not in desk.card.detail.text()  # never "Checked in: Checked in…"
    assert seen[0] == ("报到成功", "欢迎！")
    assert seen[1][0] == "已报到过" and "首次" in seen[1][1]
    assert seen[2][0] == "不予通过" and "伪造" in seen[2][1]
    recent = [desk.recent.item(i).text() for i in range(desk.recent.count())]
    assert [r[:8] for r in recent] == ["09:08:30", "09:07:41", "09:00:05"]  # newest first


def test_session_mode_chips_count_the_session(window, qtbot) -> None:  # noqa: ANN001
    fair = window.session.fair
    fair.agenda.create("agenda_sessions", title="贵宾晚宴", kind="banquet",
                                 starts_at="2026-05-18 18:30", ends_at="2026-05-18 20:30",
                                 admitted_categories='["vip"]')
    window.show_area("badges")
    desk = window.current_page()
    banquet = fair.scalar("SELECT id FROM agenda_sessions WHERE title = '贵宾晚宴'")
    desk.mode.setCurrentIndex(desk.mode.findData(banquet))
    chips = [desk.by_category.itemAt(i).widget().text()
             for i in range(desk.by_category.count())]
    vips = fair.count("guests", "category = 'vip' AND state IN "
                      "('attending', 'confirmed', 'arrived', 'departed')")
    assert chips == [f"贵宾  0/{vips}"]


# --- 4. a walk-in registered, checked in and badged from the keyboard ------------------------------
def test_a_walk_in_is_registered_checked_in_and_badged(window, qtbot, tmp_path) -> None:  # noqa: ANN001
    import pypdfium2 as pdfium
    import zxingcpp

    fair = window.session.fair
    window.show_area("badges")
    desk = window.current_page()
    desk.sound, desk.open_printed, desk.badge_folder = False, False, tmp_path
    _focus(qtbot, desk.search)
    QTest.keyClick(desk.search, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = desk.walk_in_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()  # the offscreen platform does not activate a new dialog itself
    qtbot.waitUntil(dialog.name.hasFocus)  # the name field takes the first keys
    dialog.name.insert("司徒雅")  # Chinese comes through the input method, not key codes
    QTest.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert dialog.organisation.hasFocus()
    dialog.organisation.insert("海滨港务集团")
    dialog.category.setCurrentIndex(dialog.category.findData("investor"))
    QTest.keyClicks(dialog.phone, "abc12")
    QTest.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert dialog.isVisible() and "abc12" in dialog.errors["phone"].text()  # said at the field
    assert fair.count("guests", "name = '司徒雅'") == 0
    dialog.phone.clear()
    QTest.keyClicks(dialog.phone, "139 5000 1234")
    with qtbot.waitSignal(desk.badge_printed, timeout=15000) as printed:
        QTest.keyClick(dialog.phone, Qt.Key.Key_Return)
    guest = fair.rows("SELECT * FROM guests WHERE name = '司徒雅'")[0]
    assert guest["state"] == "arrived" and guest["organisation"] == "海滨港务集团"
    assert guest["category"] == "investor" and guest["phone"] == "13950001234"
    assert desk.card.colour == "green" and desk.card.name.text().startswith("司徒雅")
    pdf = pdfium.PdfDocument(printed.args[0])
    image = pdf[0].render(scale=200 / 72).to_pil().convert("L")
    found = [r.text for r in zxingcpp.read_barcodes(image)]
    pdf.close()
    assert len(found) == 1 and checkin.verify(fair, found[0]).guest["id"] == guest["id"]
    qtbot.waitUntil(lambda: not desk._worker.isRunning())  # noqa: SLF001


# --- 16. the transport page's problems tab is named by what it holds -------------------------------
def test_the_problems_tab_counts_clashes_and_warnings_apart(window) -> None:  # noqa: ANN001
    from fairdesk.core.reception.views import clashes
    from fairdesk.gui.reception.transport_page import TransportPage

    page = window.show_page_of(TransportPage)
    found = [c for c in clashes.conflicts(window.session.fair)
             if c.entity in ("trips", "vehicles", "drivers")]
    errors = sum(c.severity == "error" for c in found)
    warnings = len(found) - errors
    title = page.tabs.tabText(3)
    if warnings and not errors:
        assert title == f"提醒（{warnings}）"
    elif errors and warnings:
        assert title == f"冲突（{errors}）· 提醒（{warnings}）"
    else:
        assert title == f"冲突（{errors}）"
    assert page._problems_tab_title(0, 5) == "提醒（5）"  # noqa: SLF001
    assert page._problems_tab_title(2, 0) == "冲突（2）"  # noqa: SLF001


# --- 18. Ctrl+F goes to the page's search box ----------------------------------------------------
def test_ctrl_f_goes_to_the_search_box(window, qtbot) -> None:  # noqa: ANN001
    window.show_area("guests")
    page = window.current_page()
    window.activateWindow()
    _focus(qtbot, page.guest_list.view)
    window.on_find_activated()
    assert QApplication.focusWidget() is page.guest_list.search_box
    window.show_area("badges")
    window.on_find_activated()
    assert QApplication.focusWidget() is window.current_page().search


# --- 20. printing straight to a printer, with a preview ------------------------------------------
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_print_sends_the_board_to_a_printer_with_a_preview(window, qtbot, tmp_path) -> None:  # noqa: ANN001
    import pypdfium2 as pdfium

    from fairdesk.gui.qt import QPrinter, QPrintPreviewDialog
    from fairdesk.gui.reception.arrivals_page import ArrivalsPage
    from fairdesk.gui.widgets.printing import paint_pdf

    page = window.show_page_of(ArrivalsPage)
    page.printer_button.click()  # no save-as dialog: drawn, then the preview
    qtbot.waitUntil(lambda: isinstance(getattr(page, "_print_preview", None),
                                       QPrintPreviewDialog), timeout=30000)
    preview = page._print_preview  # noqa: SLF001
    assert preview.isVisible()
    preview.close()
    # what the preview sends: every page of the PDF drawn, onto the printer's paper
    import tempfile

    pdf = max(Path(tempfile.gettempdir()).glob("fairdesk-print-*/arrivals-*.pdf"),
              key=lambda p: p.stat().st_mtime)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_pdf(printer, pdf)
    original = pdfium.PdfDocument(str(pdf))
    printed = pdfium.PdfDocument(str(tmp_path / "printed.pdf"))
    assert pages == len(original) == len(printed) >= 1
    original.close()
    printed.close()
