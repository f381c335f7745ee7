"""Issue 13 (12–14) and 16 (1) in the window: the sign-in screen, roles, the audit log
visible, masked phones shown on a click."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bench.crowd import make_crowd
from fairdesk.core import roles
from fairdesk.core.context import Operator
from fairdesk.core.fair import Fair
from fairdesk.core.roles import Role
from fairdesk.gui import prefs
from fairdesk.gui.audit.page import AuditPage
from fairdesk.gui.guests.followup import FollowUpView
from fairdesk.gui.main_window import MainWindow
from fairdesk.gui.qt import Qt
from fairdesk.gui.session import FairSession
from fairdesk.gui.signin import SignIn, SignInDialog
from fairdesk.gui.widgets.record_form import RecordForm
from tests.gui_laptop import own_laptop

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
COMMITTEE = Operator("王主任", "组委会办公室", "lap1", Role.COMMITTEE)


@pytest.fixture(autouse=True)
def laptop(tmp_path: Path, qapp: object) -> Path:
    with own_laptop(tmp_path) as folder:
        yield folder


def _fair_with_pins(path: Path) -> Path:
    fair = Fair.create(path, COMMITTEE)
    make_crowd(fair, 5)
    roles.set_pin(fair, Role.COMMITTEE, "2468")
    roles.set_pin(fair, Role.RECEPTION, "1357")
    fair.close()
    return path


def test_the_sign_in_screen_says_what_is_missing_and_offers_the_language(qtbot) -> None:
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    assert dialog.missing.isVisible() and dialog.missing.text() == "请输入您的姓名后继续。"
    assert "谁做了什么" in dialog.note.text()  # it says why it asks
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.title.text() == "Who is at this desk?"
    assert dialog.missing.text() == "Type your name to continue."
    assert prefs.language_choice() == "en"
    assert not dialog.department_combo.isVisible()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.SECURITY))
    assert dialog.department_combo.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Zhou")
    assert dialog.ok_button.isEnabled() and not dialog.missing.isVisible()
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("fire"))
    op = dialog.operator()
    assert (op.name, op.role, op.department) == ("Zhou", Role.SECURITY, "fire")


def test_a_wrong_pin_is_said_on_the_sign_in_screen(qtbot, tmp_path: Path) -> None:
    fair = Fair.open(_fair_with_pins(tmp_path / "pins.fair"))
    try:
        dialog = SignInDialog(check=fair.sign_in)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.name_edit, "Li Na")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.RECEPTION))
        qtbot.keyClicks(dialog.pin_edit, "0000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "PIN 不对" in dialog.missing.text()
        dialog.pin_edit.setText("1357")
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert fair.operator.role == Role.RECEPTION
    finally:
        fair.close()


def test_the_window_shows_the_role_and_a_reception_desk_cannot_restore(qtbot, tmp_path,
                                                                       monkeypatch) -> None:
    path = _fair_with_pins(tmp_path / "pins.fair")
    win = MainWindow(Operator("李娜", "报到台1", "lap2", Role.RECEPTION), pin="1357")
    qtbot.addWidget(win)
    win.open_fair_file(path)
    assert "李娜 @ 报到台1（接待）" in win.operator_label.text()
    from fairdesk.core import backups

    with pytest.raises(roles.PermissionDenied, match="从备份恢复需要组委会角色"):
        backups.restore(win.session.fair, path)
    win.session.close()


def test_a_form_shows_the_record_history(qtbot) -> None:
    fair = Fair.memory(COMMITTEE)
    hotel = fair.reception.create("hotels", name="海滨大酒店").items[0].record_id
    fair.reception.update("hotels", hotel, name="海滨国际大酒店")
    form = RecordForm(fair.reception, "hotels", hotel)
    qtbot.addWidget(form)
    rows = form.change_history.model.rows()
    assert [r["operator"] for r in rows] == ["王主任", "王主任"]
    assert rows[0]["summary"].endswith("海滨大酒店 → 海滨国际大酒店")
    assert rows[0]["role"] == "组委会"
    assert form.change_history.title() == "修改记录（2）"


def test_the_audit_page_searches_and_exports(qtbot, tmp_path: Path) -> None:
    session = FairSession()
    fair = Fair.memory(COMMITTEE)
    session.open(fair)
    ids = make_crowd(fair, 3)
    fair.sign_in(Operator("李娜", "报到台1", "lap2", Role.RECEPTION))
    fair.guests.update("guests", ids[0], organisation="海港集团（新）")
    page = AuditPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()  # as the page stack does when it builds a page for an open fair
    assert page.model.rowCount() == fair.count("audit_log")
    page.person.setEditText("李娜")
    page.search_button.click()
    assert {r["operator"] for r in page.model.rows()} == {"李娜"}
    assert any("海港集团（新）" in r["summary"] for r in page.model.rows())
    out = tmp_path / "audit.xlsx"
    assert page.export(str(out))
    sheet = openpyxl.load_workbook(out).active
    assert sheet.max_row == page.model.rowCount() + 1
    assert sheet.cell(2, 2).value == "李娜"


def test_a_masked_phone_is_shown_on_a_click_and_audited(qtbot) -> None:
    session = FairSession()
    fair = Fair.memory(COMMITTEE)
    session.open(fair)
    gid = make_crowd(fair, 1)[0]
    with fair.transaction() as tx:  # an undecided guest, with a phone: the follow-up list
        tx.update("guests", gid, {"phone": "13812345678", "state": "undecided"})
    roles.set_pin(fair, Role.COMMITTEE, "2468")
    fair.sign_in(Operator("孙签约", "签约组", "lap3", Role.SIGNING))
    view = FollowUpView(session)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    view.refresh()
    model = view.models["undecided"]
    view.tabs.setCurrentIndex(1)
    assert model.rowCount() == 1
    column = [c.key for c in model.columns].index("phone")
    index = model.index(0, column)
    assert index.data() == "138****5678"
    table = view.tabs.widget(1)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert index.data() == "13812345678"
    seen = fair.rows("SELECT operator, action FROM audit_log WHERE action = 'reveal'")
    assert seen == [{"operator": "孙签约", "action": "reveal"}]


def test_a_wrong_pin_at_opening_asks_again_and_cancel_leaves_no_role(qtbot, tmp_path,
                                                                     monkeypatch) -> None:
    path = _fair_with_pins(tmp_path / "pins.fair")
    asked = []

    def cancelled(parent, *, check, refusal):  # noqa: ANN001, ANN202
        asked.append(refusal)

    monkeypatch.setattr("fairdesk.gui.main_window.ask_sign_in", cancelled)
    win = MainWindow(Operator("李娜", "报到台1", "lap2", Role.COMMITTEE), pin="9999")
    qtbot.addWidget(win)
    win.open_fair_file(path)
    assert asked and "“组委会”角色的 PIN 不对" in asked[0]
    assert win.session.fair.operator.role == ""  # works on, without the role
    with pytest.raises(roles.PermissionDenied):
        win.session.fair.set_settings(fair__city="成都")
    win.session.close()

    def right_pin(parent, *, check, refusal):  # noqa: ANN001, ANN202
        signed = SignIn(Operator("王主任", "组委会办公室", "lap1", Role.COMMITTEE), "2468")
        check(signed.operator, signed.pin)
        return signed

    monkeypatch.setattr("fairdesk.gui.main_window.ask_sign_in", right_pin)
    win.operator, win.pin = Operator("王主任", "组委会办公室", "lap1", Role.COMMITTEE), "0000"
    win.open_fair_file(path)
    assert win.session.fair.operator.role == Role.COMMITTEE and win.pin == "2468"
    win.session.fair.set_settings(fair__city="成都")
    win.session.close()


def test_the_guest_form_masks_phone_and_id_until_clicked(qtbot) -> None:
    from fairdesk.gui.guests.form import GuestForm

    session = FairSession()
    fair = Fair.memory(COMMITTEE)
    session.open(fair)
    gid = make_crowd(fair, 1)[0]
    fair.guests.update("guests", gid, phone="13812345678", id_number="110101199001011234")
    roles.set_pin(fair, Role.COMMITTEE, "2468")
    fair.sign_in(Operator("孙签约", "签约组", "lap3", Role.SIGNING))
    form = GuestForm(session)
    qtbot.addWidget(form)
    form.show()
    form.show_guest(gid)
    phone, id_number = form.fields["phone"].editor, form.fields["id_number"].editor
    assert (phone.text(), id_number.text()) == ("138****5678", "110***********1234")
    assert phone.isReadOnly()
    form.fields["title"].editor.setText("董事长兼总经理")
    assert form.save()  # the masked text is never written back
    stored = fair.get("guests", gid)
    assert (stored["phone"], stored["title"]) == ("13812345678", "董事长兼总经理")
    qtbot.mouseClick(id_number, Qt.MouseButton.LeftButton)
    assert id_number.text() == "110101199001011234" and not id_number.isReadOnly()
    assert phone.text() == "138****5678"
    seen = fair.rows("SELECT after FROM audit_log WHERE action = 'reveal'")
    assert len(seen) == 1 and "id_number" in seen[0]["after"]
