"""The check-in desk page fed a scanner's keystrokes, as a new member of staff would meet it."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from bench.crowd import make_crowd
from fairdesk.core.badges import issuing
from fairdesk.core.fair import Fair
from fairdesk.gui.checkin.page import CheckInPage
from fairdesk.gui.qt import QApplication, QInputMethodEvent, Qt, QWidget
from fairdesk.gui.session import FairSession

# The offscreen platform cannot pass size hints to a window manager; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def desk(qtbot, fair: Fair) -> tuple[CheckInPage, list[str]]:  # noqa: ANN001
    ids = make_crowd(fair, 40)
    with fair.transaction() as tx:
        for gid in ids[:6]:
            tx.update("guests", gid, {"state": "confirmed", "category": "investor"})
    session = FairSession()
    session.fair = fair  # opened without emitting: the page refreshes itself below
    fair.add_listener(session._on_core_changes)  # noqa: SLF001
    page = CheckInPage(session)
    page.sound = False
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.search.setFocus()
    codes = [b.code for b in issuing.badges_for_printing(fair, ids[:6]).badges]
    return page, [*codes, *ids]


def _scan(qtbot, page: CheckInPage, code: str, delay_ms: int = 1):  # noqa: ANN001, ANN202
    """Type like a USB scanner: fast keys into whatever has focus, then Enter."""
    target = QApplication.focusWidget() or page
    with qtbot.waitSignal(page.scan_handled, timeout=3000) as blocker:
        QTest.keyClicks(target, code, Qt.KeyboardModifier.NoModifier, delay_ms)
        QTest.keyClick(target, Qt.Key.Key_Return)
    return blocker.args[0]


def test_scans_show_green_then_amber_then_red(qtbot, desk) -> None:  # noqa: ANN001
    page, (code, *_rest) = desk
    first = _scan(qtbot, page, code)
    assert first.colour == "green" and page.card.colour == "green", str(first.reason)
    assert page.card.name.text().startswith(first.card.name)
    assert page.search.text() == ""  # the code did not stay in the search box
    second = _scan(qtbot, page, code)
    assert second.colour == "amber" and page.card.colour == "amber"
    assert page.desk.text() in page.card.detail.text()
    forged = code[:-3] + ("AAA" if not code.endswith("AAA") else "BBB")
    third = _scan(qtbot, page, forged)
    assert third.status == "forged" and page.card.colour == "red"
    assert page.recent.count() == 3


def test_scan_arrives_whatever_widget_has_focus(qtbot, desk) -> None:  # noqa: ANN001
    page, codes = desk
    page.mode.setFocus()  # a combo box: its type-ahead must not eat the code
    result = _scan(qtbot, page, codes[1])
    assert result.colour == "green" and page.mode.currentIndex() == 0


def test_typing_by_hand_in_the_search_box_is_not_a_scan(qtbot, desk) -> None:  # noqa: ANN001
    page, codes = desk
    fired: list[object] = []
    page.scan_handled.connect(fired.append)
    page.search.setFocus()
    QTest.keyClicks(page.search, codes[2][:20], Qt.KeyboardModifier.NoModifier, 90)
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert fired == [] and page.search.text() == codes[2][:20]


def test_input_method_commit_counts_as_a_scan(qtbot, desk) -> None:  # noqa: ANN001
    page, codes = desk
    event = QInputMethodEvent()
    event.setCommitString(codes[3].lower())
    with qtbot.waitSignal(page.scan_handled, timeout=3000) as blocker:
        QApplication.sendEvent(page.search, event)
    assert blocker.args[0].colour == "green" and page.search.text() == ""


def test_guest_without_badge_found_by_name_and_checked_in(qtbot, desk) -> None:  # noqa: ANN001
    page, codes = desk
    fair = page.session.fair
    guest = fair.get("guests", codes[-1])  # the last guest id: no badge printed
    page.search.setText(guest["name"])
    page.on_search_timeout()
    assert page.results.count() >= 1
    ids = [page.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.results.count())]
    page.results.setCurrentRow(ids.index(guest["id"]))
    with qtbot.waitSignal(page.scan_handled) as blocker:
        qtbot.mouseClick(page.manual_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.guest["id"] == guest["id"]
    assert result.colour == ("red" if guest["state"] in ("declined", "cancelled") else "green")


def test_undo_and_counters(qtbot, desk) -> None:  # noqa: ANN001
    page, codes = desk
    before = page.total.text()
    _scan(qtbot, page, codes[4])
    assert page.total.text() != before
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.total.text() == before
    assert page.card.colour == "idle"


def test_session_mode_refuses_categories_not_admitted(qtbot, desk) -> None:  # noqa: ANN001
    page, codes = desk
    fair = page.session.fair
    fair.agenda.create("agenda_sessions", title="贵宾晚宴", kind="banquet",
                       starts_at="2026-05-18 18:30", ends_at="2026-05-18 20:30",
                       admitted_categories='["vip"]')
    assert page.mode.count() == 2
    page.mode.setCurrentIndex(1)
    result = _scan(qtbot, page, codes[5])
    assert result.status == "not_admitted" and "贵宾晚宴" in page.card.detail.text()


def test_the_page_is_listed_for_the_main_window() -> None:
    from fairdesk.gui.pages import page_classes

    try:
        classes = page_classes()
    except ImportError:  # the dashboard arrives with the GUI branch
        pytest.skip("dashboard page not on this branch")
    assert CheckInPage in classes and issubclass(CheckInPage, QWidget)


def test_reprint_at_the_desk_voids_the_lost_badge(qtbot, desk, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import pypdfium2 as pdfium
    import zxingcpp

    from fairdesk.core.badges import checkin
    from fairdesk.gui.qt import QMessageBox

    page, codes = desk
    fair = page.session.fair
    batch = issuing.badges_for_printing(fair, [codes[6]])
    issuing.record_printed(fair, batch)
    lost = batch.badges[0].code
    asked: list[str] = []

    def yes(_parent, _title, text, *_args):  # noqa: ANN001, ANN002, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    page.badge_folder, page.open_printed = tmp_path, False
    page.search.setText(fair.get("guests", codes[6])["ref_code"])
    page.on_search_timeout()
    with qtbot.waitSignal(page.badge_printed, timeout=10000) as blocker:
        qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    assert asked and "测试员" in asked[0]
    assert checkin.verify(fair, lost).status == "replaced"
    pdf = pdfium.PdfDocument(blocker.args[0])
    image = pdf[0].render(scale=200 / 72).to_pil().convert("L")
    found = [r.text for r in zxingcpp.read_barcodes(image)]
    pdf.close()
    assert len(found) == 1 and checkin.verify(fair, found[0]).guest["id"] == codes[6]
    assert checkin.verify(fair, found[0]).status in ("ok", "declined", "cancelled")
    qtbot.waitUntil(lambda: not page._worker.isRunning())  # noqa: SLF001


def test_webcam_decoder_reads_a_badge_image(fair: Fair, tmp_path) -> None:  # noqa: ANN001
    """The webcam path's decoding (camera itself optional): a QImage of a badge -> its code."""
    import pypdfium2 as pdfium

    from fairdesk.core.badges.snapshot import badge_job
    from fairdesk.gui.checkin.camera import decode_image
    from fairdesk.gui.qt import QImage
    from fairdesk.reports.badges.cards import render_badges

    ids = make_crowd(fair, 3)
    batch = issuing.badges_for_printing(fair, ids[:1])
    render_badges(tmp_path / "b.pdf", badge_job(fair, batch), "cr80")
    pdf = pdfium.PdfDocument(str(tmp_path / "b.pdf"))
    pdf[0].render(scale=3).to_pil().save(tmp_path / "frame.png")
    pdf.close()
    assert decode_image(QImage(str(tmp_path / "frame.png"))) == [batch.badges[0].code]


def test_desk_sounds_are_real_wav_tones(tmp_path) -> None:  # noqa: ANN001
    import wave

    from fairdesk.gui.checkin.sounds import TONES, tone_wav

    path = tone_wav(tmp_path / "red.wav", TONES["red"])
    with wave.open(str(path)) as wav:
        assert wav.getnchannels() == 1 and wav.getnframes() > 0.4 * wav.getframerate()


def test_scan_with_sound_on(qtbot, desk) -> None:  # noqa: ANN001
    page, codes = desk
    page.sound = True
    assert _scan(qtbot, page, codes[2]).colour in ("green", "red")
    qtbot.wait(700)  # the beeps are timed; none of them may warn


def test_a_scanned_guest_id_is_red_at_the_desk(qtbot, desk) -> None:  # noqa: ANN001
    """Issue 13 (4): a record id typed by a scanner is not a badge; only the search admits."""
    page, codes = desk
    guest_id = codes[6]  # the first guest, confirmed, with a badge
    result = _scan(qtbot, page, guest_id)
    assert result.colour == "red" and page.card.colour == "red"
    assert page.session.fair.count("check_ins") == 0
