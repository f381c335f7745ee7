"""Batches of badges and table cards printed from the window (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from fairdesk.core.badges import checkin
from fairdesk.gui.badges.batch_dialog import BadgeDialog
from fairdesk.gui.guests.page import GuestsPage
from fairdesk.gui.qt import QFileDialog, QItemSelectionModel, QMessageBox, Qt, QTimer
from fairdesk.gui.reception.meals_page import MealsPage
from fairdesk.gui.session import FairSession
from fairdesk.gui.widgets import printing

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PEOPLE = [("张伟", "中国建筑第三工程局"), ("王芳", "华为技术有限公司"), ("Hans Müller", "Siemens AG"),
          ("赵静", "南海港务集团"), ("张小明", "香港贸易发展局")]


class _Settings:
    """Stands in for QSettings: the save dialog's last folder is not written to the home."""

    def value(self, _key: str, default: object = None) -> object:
        return default

    def setValue(self, _key: str, _value: object) -> None:  # noqa: N802
        pass


@pytest.fixture(autouse=True)
def _jobs_end():
    yield
    from fairdesk.gui.widgets.jobs import wait_for_jobs

    wait_for_jobs()


@pytest.fixture
def session(fair, monkeypatch) -> FairSession:
    monkeypatch.setattr(printing.prefs, "settings", _Settings)
    fair.set_settings(fair__starts_on="2026-05-18", fair__ends_on="2026-05-20")
    unit = fair.guests.create("inviting_units", name="东港新区", target_guests=10).ids()[0]
    for name, org in PEOPLE:
        fair.guests.add_guest(name=name, organisation=org, category="investor", country="CN",
                              inviting_unit_id=unit, phone="13912345678")
    s = FairSession()
    s.fair = fair
    fair.add_listener(s._on_core_changes)
    yield s
    fair.remove_listener(s._on_core_changes)


@pytest.fixture
def page(qtbot, session) -> GuestsPage:
    p = GuestsPage(session)
    qtbot.addWidget(p)
    p.resize(1400, 900)
    p.refresh()
    return p


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """Answers every save dialog with the next path of ``save_as.paths``."""
    asked: list[str] = []

    def answer(_parent, title, _suggested, _pattern):
        asked.append(title)
        return str(tmp_path / f"out-{len(asked)}.pdf"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def _select(page: GuestsPage, names: list[str]) -> list[str]:
    guests = page.guest_list
    view, model = guests.view, guests.model
    view.clearSelection()
    ids = []
    for row in range(model.rowCount()):
        if model.row_data(row)["name"] in names:
            view.selectionModel().select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
            ids.append(model.id_at(row))
    assert sorted(guests.selected_ids()) == sorted(ids)
    return ids


def _open_dialog(qtbot, page: GuestsPage) -> BadgeDialog:
    qtbot.mouseClick(page.guest_list.badges_button, Qt.MouseButton.LeftButton)
    dialog = page.guest_list.actions.badge_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _print(qtbot, page: GuestsPage, dialog: BadgeDialog, size: str = "a4-8up") -> str:
    """Choose the size, press Print, wait for the worker; returns the status sentence."""
    guests = page.guest_list
    guests.status.clear()
    dialog.size_box.setCurrentIndex(dialog.size_box.findData(size))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert guests.actions.badge_worker is not None
    qtbot.waitUntil(lambda: guests.status.text().startswith("Printed"), timeout=30000)
    guests.actions.badge_worker.wait(5000)
    return guests.status.text()


def _codes(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    codes = []
    for page in pdf:
        image = page.render(scale=200 / 72).to_pil().convert("L")
        codes += [r.text for r in zxingcpp.read_barcodes(
            image, formats=zxingcpp.BarcodeFormat.QRCode)]
    pdf.close()
    return codes


def _text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    text = "\n".join(p.get_textpage().get_text_range() for p in pdf)
    pdf.close()
    return text


def test_three_selected_guests_print_on_one_a4_sheet_and_every_code_scans_back(
        qtbot, page, fair, save_as, tmp_path):
    chosen = _select(page, ["张伟", "王芳", "Hans Müller"])
    dialog = _open_dialog(qtbot, page)
    assert dialog.selection_radio.isChecked()
    assert "3" in dialog.selection_radio.text()
    status = _print(qtbot, page, dialog)
    assert save_as == ["Save the badges"]
    assert "3 badge(s)" in status and "1 page(s)" in status
    pdf = pdfium.PdfDocument(str(tmp_path / "out-1.pdf"))
    assert len(pdf) == 1 and [round(x / 72 * 25.4) for x in pdf[0].get_size()] == [210, 297]
    pdf.close()
    codes = _codes(tmp_path / "out-1.pdf")
    assert len(codes) == 3
    results = [checkin.verify(fair, code) for code in codes]
    assert all(r.status == "ok" for r in results)
    assert sorted(r.guest["id"] for r in results) == sorted(chosen)
    assert fair.count("badge_prints") == 3
    assert sorted(r["guest_id"] for r in fair.rows("SELECT guest_id FROM badge_prints")) \
        == sorted(chosen)


def test_printing_again_warns_and_voids_the_old_badges(qtbot, page, fair, save_as, tmp_path,
                                                       monkeypatch):
    _select(page, ["张伟", "王芳", "Hans Müller"])
    _print(qtbot, page, _open_dialog(qtbot, page))
    old = _codes(tmp_path / "out-1.pdf")
    warnings: list[str] = []
    answer = {"button": QMessageBox.StandardButton.No}
    defaults: list[object] = []

    def question(_parent, _title, text, *args):
        warnings.append(text)
        defaults.append(args[-1] if args else None)
        return answer["button"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = _open_dialog(qtbot, page)
    assert dialog.skip_check.isChecked()  # by default printed badges are left out
    dialog.skip_check.setChecked(False)
    assert "printed before" in dialog.note.text()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)  # answered No
    assert len(warnings) == 1 and "张伟" in warnings[0] and "王芳" in warnings[0]
    assert warnings[0].startswith("3 guest(s) already hold") and "new badge" in warnings[0]
    assert page.guest_list.actions.badge_worker is None
    assert fair.count("badge_prints") == 3 and all(
        checkin.verify(fair, c).status == "ok" for c in old)

    answer["button"] = QMessageBox.StandardButton.Yes
    dialog = _open_dialog(qtbot, page)
    dialog.skip_check.setChecked(False)
    _print(qtbot, page, dialog)
    assert len(warnings) == 2 and defaults == [QMessageBox.StandardButton.No] * 2
    assert fair.count("badge_prints") == 6
    assert [checkin.verify(fair, c).status for c in old] == ["replaced"] * 3
    new = _codes(tmp_path / "out-2.pdf")
    assert len(new) == 3 and all(checkin.verify(fair, c).status == "ok" for c in new)


def test_skip_printed_leaves_out_the_badges_already_printed(qtbot, page, fair, save_as,
                                                            tmp_path):
    _select(page, ["张伟", "王芳"])
    _print(qtbot, page, _open_dialog(qtbot, page))
    page.guest_list.view.clearSelection()
    dialog = _open_dialog(qtbot, page)
    dialog.matching_radio.setChecked(True)
    dialog.skip_check.setChecked(True)
    assert dialog.note.text().startswith("3 badge(s)") and "2 skipped" in dialog.note.text()
    status = _print(qtbot, page, dialog)
    assert "3 badge(s)" in status
    assert fair.count("badge_prints") == 5
    assert len(_codes(tmp_path / "out-2.pdf")) == 3


def test_a_filtered_batch_counts_what_the_filter_shows_and_leaves_out_declined_guests(
        qtbot, page, fair, save_as, tmp_path):
    ids = {r["name"]: r["id"] for r in fair.rows("SELECT id, name FROM guests")}
    fair.guests.update("guests", ids["张小明"], category="media")
    fair.guests.transition_many([ids["张伟"]], "invited")
    fair.guests.transition_many([ids["张伟"]], "declined")
    fair.guests.transition_many([ids["赵静"]], "cancelled")
    guests = page.guest_list
    box = guests.filters["category"]
    box.setCurrentIndex(box.findData("investor"))
    shown = guests.model.rowCount()
    assert shown == 4
    guests.view.clearSelection()
    dialog = _open_dialog(qtbot, page)
    assert dialog.matching_radio.isChecked() and not dialog.selection_radio.isEnabled()
    assert "(4)" in dialog.matching_radio.text()
    choice = dialog.choice()
    assert len(choice.guest_ids) == 2 and choice.no_badge == {"declined": 1, "cancelled": 1}
    note = dialog.note.text()
    assert note.startswith("2 badge(s)") and "2 guest(s) get no badge" in note
    dialog.sort_box.setCurrentIndex(dialog.sort_box.findData("name"))
    status = _print(qtbot, page, dialog, size="a6")
    assert "2 badge(s)" in status and "2 page(s)" in status and "get no badge" in status
    codes = _codes(tmp_path / "out-1.pdf")
    assert sorted(checkin.verify(fair, c).guest["name"] for c in codes) == ["Hans Müller", "王芳"]


def test_table_cards_for_the_selection_carry_the_names(qtbot, page, save_as, tmp_path):
    _select(page, ["王芳", "Hans Müller"])
    guests = page.guest_list
    guests.actions.print_table_cards(guests.selected_ids(), path=tmp_path / "cards.pdf")
    qtbot.waitUntil(lambda: "table card(s)" in guests.status.text(), timeout=30000)
    assert guests.status.text().startswith("2 table card(s)")
    text = _text(tmp_path / "cards.pdf").replace("\u3000", "").replace(" ", "")
    assert "王芳" in text and "HansMüller" in text and "华为技术有限公司" in text


def test_table_cards_of_a_banquet_sitting_from_the_meals_page(qtbot, session, fair, save_as,
                                                              tmp_path):
    reception = fair.reception
    sitting = reception.create("meal_sittings", name="欢迎晚宴", kind="banquet",
                               starts_at="2026-05-18T18:30", ends_at="2026-05-18T21:00").ids()[0]
    table = reception.create("banquet_tables", sitting_id=sitting, number=1, seats=10,
                             is_head=True).ids()[0]
    for seat, name in enumerate(["赵静", "张小明"], start=1):
        gid = fair.scalar("SELECT id FROM guests WHERE name = ?", [name])
        reception.create("banquet_seats", table_id=table, guest_id=gid, seat_no=seat)
    meals = MealsPage(session)
    qtbot.addWidget(meals)
    meals.refresh()
    meals.sittings.select(sitting)
    written = []
    worker = meals.print_table_cards(path=tmp_path / "banquet.pdf", open_after=False,
                                     on_printed=lambda p, n: written.append((p, n)))
    assert worker is not None
    qtbot.waitUntil(lambda: bool(written), timeout=30000)
    assert written == [(tmp_path / "banquet.pdf", 2)]
    text = _text(tmp_path / "banquet.pdf").replace("\u3000", "").replace(" ", "")
    assert "赵静" in text and "张小明" in text and "第1桌1号" in text


def test_the_window_keeps_ticking_while_hundreds_of_badges_render(qtbot, session, fair, save_as,
                                                                tmp_path):
    from bench.crowd import make_crowd

    make_crowd(fair, 400)  # long enough to draw that a 5 ms timer must fire
    page = GuestsPage(session)
    qtbot.addWidget(page)
    page.refresh()
    guests = page.guest_list
    guests.view.clearSelection()
    dialog = _open_dialog(qtbot, page)
    assert dialog.matching_radio.isChecked()
    count = len(dialog.choice().guest_ids)
    assert count >= 360
    ticks: list[bool] = []
    timer = QTimer(page)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(
        guests.actions.badge_worker is not None and guests.actions.badge_worker.isRunning()))
    timer.start()
    status = _print(qtbot, page, dialog, size="lanyard")
    timer.stop()
    print("ticks while rendering:", sum(ticks), "of", len(ticks))
    assert sum(ticks) >= 3, "the GUI thread did not run while the badges were drawn"
    assert f"{count} badge(s)" in status and f"{count} page(s)" in status


def test_cancelling_a_batch_writes_no_file_and_no_print_log(qtbot, session, fair, save_as,
                                                            tmp_path, monkeypatch):
    from bench.crowd import make_crowd

    make_crowd(fair, 100)
    page = GuestsPage(session)
    qtbot.addWidget(page)
    page.refresh()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _title, text, *_a: said.append(text)))
    page.guest_list.view.clearSelection()
    dialog = _open_dialog(qtbot, page)
    dialog.size_box.setCurrentIndex(dialog.size_box.findData("a6"))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    worker = page.guest_list.actions.badge_worker
    worker.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    worker.wait(5000)
    assert said == ["已取消打印。"]
    assert not (tmp_path / "out-1.pdf").exists()
    assert fair.count("badge_prints") == 0
    assert not page.guest_list.status.text().startswith("Printed")


def test_a_bug_in_the_renderer_is_one_sentence_logged_and_nothing_is_recorded_as_printed(
        qtbot, page, fair, save_as, tmp_path, monkeypatch, caplog):
    from fairdesk.gui.widgets.jobs import wait_for_jobs
    from fairdesk.reports.badges import cards

    def broken(*_args, **_kwargs):
        raise RuntimeError("the QR encoder ran out of memory")

    monkeypatch.setattr(cards, "render_badges", broken)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _title, text, *_a: said.append(text)))
    _select(page, ["张伟", "王芳"])
    dialog = _open_dialog(qtbot, page)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    wait_for_jobs()
    assert len(said) == 1
    assert "the QR encoder ran out of memory" in said[0]
    assert "Traceback" not in said[0] and "\n" not in said[0]
    assert any(r.exc_info and r.exc_info[0] is RuntimeError for r in caplog.records)
    assert fair.count("badge_prints") == 0
    assert fair.scalar("SELECT count(*) FROM badges WHERE printed_at IS NOT NULL") == 0
    assert not page.guest_list.status.text().startswith("Printed")


def test_closing_the_window_waits_for_badges_being_drawn(qtbot, tmp_path):
    """A print running when the window closes ends and logs its badges before the fair closes."""
    from bench.crowd import make_crowd
    from fairdesk.core.badges import issuing as core_issuing
    from fairdesk.core.fair import Fair
    from fairdesk.gui.badges.printing import print_badges
    from fairdesk.gui.main_window import MainWindow
    from fairdesk.gui.widgets import jobs
    from tests.conftest import TESTER

    fair_file = tmp_path / "closing.fair"
    made = Fair.create(fair_file, TESTER)
    make_crowd(made, 40)
    made.close()

    win = MainWindow(TESTER)
    qtbot.addWidget(win)
    win.open_fair_file(fair_file)
    fair = win.session.fair
    ids = [r["id"] for r in fair.rows("SELECT id FROM guests LIMIT 40")]
    worker = print_badges(win, fair, ids, tmp_path / "b.pdf", "a4-8up")
    assert worker in jobs.RUNNING
    win.close()
    assert not worker.isRunning() and worker not in jobs.RUNNING
    reopened = Fair.open(fair_file)
    try:
        assert len(core_issuing.already_printed(reopened, ids)) == len(ids)
    finally:
        reopened.close()


def test_a_proof_print_shows_the_layout_and_issues_nothing(qtbot, page, fair, save_as, tmp_path):
    _select(page, ["张伟", "王芳"])
    _print(qtbot, page, _open_dialog(qtbot, page))  # their badges are in their hands
    handed_out = _codes(tmp_path / "out-1.pdf")
    badges, prints = fair.count("badges"), fair.count("badge_prints")
    dialog = _open_dialog(qtbot, page)
    dialog.size_box.setCurrentIndex(dialog.size_box.findData("a4-8up"))
    qtbot.mouseClick(dialog.proof_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "out-2.pdf").exists(), timeout=30000)
    qtbot.waitUntil(lambda: "out-2.pdf" in dialog.note.text(), timeout=5000)
    proof = _codes(tmp_path / "out-2.pdf")
    assert len(proof) == 2 and set(proof).isdisjoint(handed_out)
    assert all(checkin.verify(fair, c).status == "forged" for c in proof)  # never admits
    assert all(checkin.verify(fair, c).status == "ok" for c in handed_out)  # nothing voided
    assert (fair.count("badges"), fair.count("badge_prints")) == (badges, prints)
    dialog.proof_worker.wait(5000)
    dialog.reject()  # a modal dialog left open would hold the keyboard for later tests
