"""The guests page: search as you type, the form, bulk actions, the models."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairdesk.gui.guests.import_wizard import ImportWizard
from fairdesk.gui.guests.list_view import GuestList
from fairdesk.gui.guests.page import GuestsPage
from fairdesk.gui.qt import Qt
from fairdesk.gui.session import FairSession
from fairdesk.gui.widgets.jobs import wait_for_jobs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def session(fair) -> FairSession:
    unit = fair.guests.create("inviting_units", name="南山县", target_guests=10).ids()[0]
    fair.guests.create("inviting_units", name="北湖区", target_guests=5)
    people = [("张伟", "中国建筑第三工程局", "CN"), ("王芳", "华为技术有限公司", "CN"),
              ("Hans Müller", "Siemens AG", "DE"), ("赵静", "南海港务集团", "CN"),
              ("张小明", "香港贸易发展局", "HK")]
    for name, org, country in people:
        fair.guests.add_guest(name=name, organisation=org, category="investor",
                              country=country, inviting_unit_id=unit, phone="13912345678")
    s = FairSession()
    s.fair = fair
    fair.add_listener(s._on_core_changes)
    return s


@pytest.fixture
def page(qtbot, session) -> GuestsPage:
    p = GuestsPage(session)
    qtbot.addWidget(p)
    p.resize(1400, 900)
    p.refresh()
    return p


def _names(guest_list: GuestList) -> list[str]:
    model = guest_list.model
    return [model.row_data(r)["name"] for r in range(model.rowCount())]


def _id(fair, name: str) -> str:
    return fair.scalar("SELECT id FROM guests WHERE name = ?", [name])


def test_pinyin_initials_find_the_guest(qtbot, page):
    guests = page.guest_list
    assert len(_names(guests)) == 5
    qtbot.keyClicks(guests.search_box, "zw")
    assert _names(guests)[0] == "张伟"
    assert "王芳" not in _names(guests)
    qtbot.waitUntil(lambda: guests.form.fields["name"].value() == "张伟")  # best match opens
    guests.search_box.clear()
    qtbot.keyClicks(guests.search_box, "muller")
    assert _names(guests) == ["Hans Müller"]


def test_filters_narrow_the_table(qtbot, page):
    guests = page.guest_list
    box = guests.filters["country"]
    box.setCurrentIndex(box.findData("DE"))
    assert _names(guests) == ["Hans Müller"]
    box.setCurrentIndex(0)
    assert len(_names(guests)) == 5


def test_edit_through_the_form(qtbot, page, fair):
    guests = page.guest_list
    qtbot.keyClicks(guests.search_box, "zhangwei")
    form = guests.form
    org = form.fields["organisation"].editor
    org.clear()
    org.setText("中建三局")  # QTest types ASCII only
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert fair.get("guests", _id(fair, "张伟"))["organisation"] == "中建三局"
    row = guests.model.row_of(_id(fair, "张伟"))
    assert guests.model.row_data(row)["organisation"] == "中建三局"  # the table follows


def test_invalid_email_is_shown_at_the_field_and_nothing_saved(qtbot, page, fair):
    guests = page.guest_list
    qtbot.keyClicks(guests.search_box, "wf")
    form = guests.form
    before = fair.get("guests", _id(fair, "王芳"))
    qtbot.keyClicks(form.fields["email"].editor, "wang.at.huawei")
    form.fields["title"].editor.setText("总经理")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    email = form.fields["email"]
    assert not email.error.isHidden()
    assert "电子邮箱" in email.error.text()
    assert "c62828" in email.editor.styleSheet()
    assert fair.get("guests", before["id"]) == before
    qtbot.keyClicks(email.editor, "x")  # editing clears the message
    assert email.error.isHidden()


def test_transition_buttons_follow_the_state(qtbot, page, fair):
    guests = page.guest_list
    qtbot.keyClicks(guests.search_box, "zw")
    form = guests.form
    assert set(form.transitions.buttons) == set(fair.guests.allowed_transitions("to_invite"))
    qtbot.mouseClick(form.transitions.buttons["invited"], Qt.MouseButton.LeftButton)
    guest = fair.get("guests", _id(fair, "张伟"))
    assert guest["state"] == "invited"
    assert [h["to_state"] for h in fair.guests.history(guest["id"])][-1] == "invited"
    assert form.history.model.rowCount() >= 1
    assert "attending" in form.transitions.buttons


def test_bulk_state_change_all_or_nothing(qtbot, page, fair):
    guests = page.guest_list
    guests.view.selectAll()
    ids = guests.selected_ids()
    assert len(ids) == 5
    with qtbot.waitSignal(guests.actions.done):
        assert guests.actions.change_state(ids, "invited")
    assert {fair.get("guests", i)["state"] for i in ids} == {"invited"}
    with qtbot.waitSignal(guests.actions.failed) as blocker:
        assert not guests.actions.change_state(ids, "arrived")  # invited -> arrived is refused
    assert blocker.args[0]
    assert {fair.get("guests", i)["state"] for i in ids} == {"invited"}
    assert not guests.status.isHidden()


def test_bulk_inviting_unit(qtbot, page, fair):
    guests = page.guest_list
    other = fair.scalar("SELECT id FROM inviting_units WHERE name = '北湖区'")
    ids = [_id(fair, "张伟"), _id(fair, "王芳")]
    assert guests.actions.set_unit(ids, other)
    assert {fair.get("guests", i)["inviting_unit_id"] for i in ids} == {other}


def test_print_letters_in_a_worker(qtbot, page, fair, tmp_path):
    guests = page.guest_list
    ids = [_id(fair, "张伟"), _id(fair, "Hans Müller")]
    path = tmp_path / "letters.pdf"
    with qtbot.waitSignal(guests.actions.letters_written, timeout=20000):
        guests.actions.print_letters(ids, str(path))
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    assert len(pdf) == 2
    pdf.close()


def test_cancelling_letters_says_so_and_leaves_no_file(qtbot, page, fair, tmp_path):
    guests = page.guest_list
    path = tmp_path / "letters.pdf"
    with qtbot.waitSignal(guests.actions.failed, timeout=20000) as blocker:
        everyone = [r["id"] for r in fair.rows("SELECT id FROM guests")]
        worker = guests.actions.print_letters(everyone, str(path))
        worker.cancel()  # what the progress dialog's Cancel button does
    wait_for_jobs()
    assert blocker.args[0] in ("已取消打印邀请函。", "Printing the letters was cancelled.")
    assert not path.exists()


def test_a_hidden_page_waits_and_shows_the_change_when_shown(qtbot, page, fair, monkeypatch):
    page.refresh_when_hidden = False  # as in the main window
    page.hide()
    searches: list[bool] = []
    real = page.guest_list.apply_search
    monkeypatch.setattr(page.guest_list, "apply_search", lambda: searches.append(True) or real())
    fair.guests.add_guest(name="李娜", organisation="南山县商务局", category="investor",
                          country="CN", phone="13912345679")
    assert searches == []  # nothing queried for a page nobody sees
    page.show()
    qtbot.waitExposed(page)
    assert searches and "李娜" in _names(page.guest_list)


def test_sorting_by_name_and_state(qtbot, page, fair):
    guests = page.guest_list
    model = guests.model
    model.sort(0, Qt.SortOrder.AscendingOrder)
    latin = [model.row_data(r)["name_latin"] for r in range(model.rowCount())]
    assert latin == sorted(latin, key=str.lower)
    fair.guests.transition(_id(fair, "赵静"), "invited")
    model.sort(3, Qt.SortOrder.DescendingOrder)
    assert model.row_data(0)["name"] == "赵静"


def test_follow_up_and_progress_views(qtbot, page, fair):
    fair.guests.transition_many([_id(fair, "张伟"), _id(fair, "王芳")], "invited")
    fair.guests.transition(_id(fair, "王芳"), "undecided")
    page.tabs.setCurrentWidget(page.follow_up)
    assert page.follow_up.models["undecided"].rowCount() == 1
    page.tabs.setCurrentWidget(page.progress)
    model = page.progress.model
    rows = {model.row_at(r)["name"]: model.row_at(r) for r in range(model.rowCount())}
    assert rows["南山县"]["target"] == 10 and rows["南山县"]["shortfall"] == 10
    assert rows["北湖区"]["target"] == 5


def test_models_pass_the_model_tester(qtmodeltester, page, fair):
    guests = page.guest_list
    qtmodeltester.check(guests.model)
    guests.model.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(guests.model)
    qtbot_form = guests.form
    qtbot_form.show_guest(_id(fair, "张伟"))
    qtmodeltester.check(qtbot_form.history.model)
    qtmodeltester.check(qtbot_form.companions.model)
    page.follow_up.refresh()
    for model in page.follow_up.models.values():
        qtmodeltester.check(model)
    page.progress.refresh()
    qtmodeltester.check(page.progress.model)


def test_companions_are_added_and_removed(qtbot, page, fair):
    guests = page.guest_list
    qtbot.keyClicks(guests.search_box, "zw")
    box = guests.form.companions
    box.name.setText("李秘书")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert [c["name"] for c in fair.guests.list("companions")] == ["李秘书"]
    box.view.selectRow(0)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert fair.guests.list("companions") == []


# --- the import wizard -------------------------------------------------------------------------
DATA = Path(__file__).parent / "data"


def _wizard_to_preview(qtbot, session, path: Path) -> ImportWizard:
    wizard = ImportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.file_page.table_read, timeout=20000):
        wizard.file_page.read(str(path))
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.columns_page
    assert "name" in wizard.mapping.fields
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    return wizard


def test_wizard_imports_the_clean_sample(qtbot, session, fair, tmp_path):
    before = fair.count("guests")
    wizard = _wizard_to_preview(qtbot, session, DATA / "guests-clean.xlsx")
    assert {"name", "phone", "organisation"} <= set(wizard.mapping.fields)
    page = wizard.preview_page
    rows = page.model.rowCount()
    assert rows > 0 and page.isComplete()
    assert "with problems" in page.counts.text() or "有问题" in page.counts.text()
    qtmodeltester_rows = [page.model.row_at(r)["status"] for r in range(rows)]
    new = qtmodeltester_rows.count("new")
    with qtbot.waitSignal(wizard.run_page.finished, timeout=30000):
        wizard.next()
    assert wizard.currentPage() is wizard.result_page
    assert wizard.run_page.error is None
    assert fair.count("guests") == before + new
    assert str(new) in wizard.result_page.text.text()
    # a second import of the same file adds nobody
    again = _wizard_to_preview(qtbot, session, DATA / "guests-clean.xlsx")
    statuses = [again.preview_page.model.row_at(r)["status"]
                for r in range(again.preview_page.model.rowCount())]
    assert "new" not in statuses
    with qtbot.waitSignal(again.run_page.finished, timeout=30000):
        again.next()
    assert fair.count("guests") == before + new


def test_wizard_lets_the_user_correct_a_column(qtbot, session, fair):
    wizard = _wizard_to_preview(qtbot, session, DATA / "guests-clean.xlsx")
    wizard.back()
    page = wizard.columns_page
    name_column = wizard.mapping.fields.index("name")
    page.set_field(name_column, None)
    assert page.combos[name_column].currentData() == ""
    wizard.next()  # no Name column: refused, with the reason at the page
    assert wizard.currentPage() is page
    assert page.error.text()
    page.set_field(name_column, "name")
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page


def test_wizard_refuses_invalid_rows_unless_skipped(qtbot, session, fair, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,单位,电子邮箱,国家/地区\n李雷,某公司,li@example.com,中国\n"
                   "韩梅梅,某公司,not-an-email,中国\n", encoding="utf-8")
    wizard = _wizard_to_preview(qtbot, session, bad)
    page = wizard.preview_page
    assert page.invalid() == 1
    assert not page.isComplete()  # Next stays disabled: nothing half-imported
    page.skip.setChecked(True)
    page.rejects.setText(str(tmp_path / "rejects.csv"))
    assert page.isComplete()
    with qtbot.waitSignal(wizard.run_page.finished, timeout=30000):
        wizard.next()
    assert fair.scalar("SELECT count(*) FROM guests WHERE name = '李雷'") == 1
    assert fair.scalar("SELECT count(*) FROM guests WHERE name = '韩梅梅'") == 0
    assert "韩梅梅" in (tmp_path / "rejects.csv").read_text(encoding="utf-8-sig")


def test_wizard_cancel_writes_nothing(qtbot, session, fair):
    before = fair.count("guests")
    wizard = _wizard_to_preview(qtbot, session, DATA / "guests-clean.xlsx")
    wizard.run_page.cancelled = True
    wizard.run_page.on_progress = lambda d, t: None
    original = wizard.run_import
    wizard.run_import = lambda progress, should_cancel: original(progress, lambda: True)
    with qtbot.waitSignal(wizard.run_page.finished, timeout=30000):
        wizard.next()
    assert wizard.run_page.error
    assert fair.count("guests") == before
    assert wizard.result_page.text.text() == wizard.run_page.error


def test_preview_model_passes_the_model_tester(qtbot, qtmodeltester, session):
    wizard = _wizard_to_preview(qtbot, session, DATA / "guests-county.xlsx")
    qtmodeltester.check(wizard.preview_page.model)


def test_export_selection_reads_back(qtbot, page, fair, tmp_path):
    import openpyxl

    guests = page.guest_list
    ids = [_id(fair, "张伟"), _id(fair, "Hans Müller")]
    path = tmp_path / "selection.xlsx"
    with qtbot.waitSignal(guests.actions.done):
        assert guests.actions.export(ids, str(path))
    sheet = openpyxl.load_workbook(path).active
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    assert {"张伟", "Hans Müller"} <= cells
    assert "王芳" not in cells and "13912345678" not in cells  # phones left out
    assert page.progress.export(str(tmp_path / "progress.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "progress.xlsx").active
    assert "南山县" in {str(c.value) for row in sheet.iter_rows() for c in row}


def test_a_file_chosen_while_another_is_read_wins(qtbot, session):
    wizard = ImportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    with qtbot.waitSignal(page.table_read, timeout=20000):
        page.read(str(DATA / "guests-clean.xlsx"))
    earlier = page.thread
    with qtbot.waitSignal(page.table_read, timeout=20000):
        page.read(str(DATA / "guests-county.xlsx"))
    county = wizard.raw
    earlier.succeeded.emit(object())  # a slow earlier read ending late is not taken
    earlier.failed.emit("late")
    assert wizard.raw is county and str(county.path).endswith("guests-county.xlsx")
    assert page.status.text() != "late"


def test_closing_the_import_wizard_mid_read_does_not_abort(qtbot, session, monkeypatch):
    """The reading thread outlives the wizard closed under it: were the thread the page's
    Qt child, destroying it while it still ran would abort the whole program."""
    import threading

    from fairdesk.gui.guests import import_pages
    from fairdesk.gui.widgets.jobs import RUNNING

    gate = threading.Event()
    real = import_pages.guest_import.read_table
    monkeypatch.setattr(import_pages.guest_import, "read_table",
                        lambda path: gate.wait(10) and real(path))
    wizard = ImportWizard(session)
    wizard.show()
    wizard.file_page.read(str(DATA / "guests-clean.xlsx"))
    worker = wizard.file_page.thread
    assert worker in RUNNING and worker.isRunning()
    wizard.close()
    wizard.deleteLater()
    qtbot.wait(50)  # the wizard and its pages are deleted now; the thread still reads
    assert worker.isRunning()
    gate.set()
    wait_for_jobs()
    qtbot.waitUntil(lambda: worker not in RUNNING)
