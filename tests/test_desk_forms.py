"""Issue 14, guests and forms: phone numbers checked as the import checks them, the error at
the field, for guests, companions, drivers, escorts and hotels."""

from __future__ import annotations

import pytest

from fairdesk.base.errors import ValidationError
from fairdesk.core.guests.keys import is_phone
from fairdesk.gui.widgets.record_form import RecordForm

GOOD = ("13812345678", "+86 138 1234 5678", "138-1234-5678", "0591-87654321",
        "(0591) 8765 4321", "+852 2123 4567", "2123 4567", "+853 2888 1234", "+886 2 2345 6789",
        "0912 345 678", "+1 (415) 555-0134", "+49 30 1234567", "0591-87654321转 802",
        "+44 20 7946 0958 ext 12", "１３８１２３４５６７８")
BAD = ("abc12", "12", "138abc45678", "12345678901", "+12345678901234567", "phone", "13-8")


@pytest.mark.parametrize("phone", GOOD)
def test_phones_people_write_are_accepted(phone: str) -> None:
    assert is_phone(phone)


@pytest.mark.parametrize("phone", BAD)
def test_what_is_no_phone_is_refused(phone: str) -> None:
    assert not is_phone(phone)


@pytest.mark.parametrize(("area", "table", "values"), [
    ("guests", "guests", {"name": "王伟", "category": "investor", "country": "CN"}),
    ("reception", "drivers", {"name": "李师傅"}),
    ("reception", "escorts", {"name": "陈晓"}),
    ("reception", "hotels", {"name": "海滨宾馆"}),
])
def test_a_bad_phone_is_refused_naming_the_field_and_nothing_is_written(fair, area, table,
                                                                        values) -> None:  # noqa: ANN001
    service = getattr(fair, area)
    before = fair.count(table)
    with pytest.raises(ValidationError) as err:
        service.create(table, **values, phone="abc12")
    assert err.value.field == "phone" and "abc12" in str(err.value)
    assert fair.count(table) == before
    service.create(table, **values, phone="+852 2123 4567")
    assert fair.count(table) == before + 1


def test_the_import_refuses_the_same_phones(fair) -> None:  # noqa: ANN001
    from fairdesk.core.guests.importing.cell_values import CellProblem, phone

    with pytest.raises(CellProblem):
        phone("138abc45678")
    assert phone("+852 2123 4567") == "+85221234567"


def test_the_driver_form_shows_the_phone_error_at_the_field(fair, qtbot) -> None:  # noqa: ANN001
    form = RecordForm(fair.reception, "drivers")
    qtbot.addWidget(form)
    form.editor("name").set_value("李师傅")
    form.editor("phone").set_value("abc12")
    form.on_save_clicked()
    assert "abc12" in form.field_error("phone") and fair.count("drivers") == 0


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's popup offscreen
def test_a_required_guest_pick_starts_empty_and_finds_pinyin_initials(fair, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    from fairdesk.gui.qt import Qt

    for name in ("安娜", "刘雨彤", "王伟"):
        fair.guests.create("guests", name=name, category="vip", country="CN")
    fair.reception.create("escorts", name="陈晓")
    form = RecordForm(fair.reception, "escort_assignments", fields=["escort_id", "guest_id"],
                      values={"escort_id": None, "guest_id": None})
    qtbot.addWidget(form)
    guest = form.editor("guest_id")
    assert guest.widget.currentIndex() == -1 and guest.value() is None  # not the first guest
    assert form.editor("escort_id").value() is None
    form.editor("escort_id").set_value(fair.scalar("SELECT id FROM escorts"))
    form.on_save_clicked()  # one careless Save assigns nobody
    assert form.field_error("guest_id") and fair.count("escort_assignments") == 0
    form.show()
    QTest.keyClicks(guest.widget.lineEdit(), "lyt", Qt.KeyboardModifier.NoModifier, 20)
    offered = guest.widget.completer().model().stringList()
    assert len(offered) == 1 and offered[0].startswith("刘雨彤")
    guest.widget.completer().activated[str].emit(offered[0])
    assert guest.value() == fair.scalar("SELECT id FROM guests WHERE name = '刘雨彤'")


# --- 7, 8: the guest form keeps edits and follows the file ------------------------------------
@pytest.fixture
def guests_page(qtbot, fair):  # noqa: ANN001, ANN201
    from fairdesk.gui.guests.page import GuestsPage
    from fairdesk.gui.session import FairSession

    for name in ("张伟", "王芳", "赵静"):
        fair.guests.add_guest(name=name, organisation="南海港务集团", category="investor",
                              country="CN", phone="13912345678")
    session = FairSession()
    session.fair = fair
    fair.add_listener(session._on_core_changes)  # noqa: SLF001
    page = GuestsPage(session)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.refresh()
    return page


def _show(guests, fair, name: str) -> None:  # noqa: ANN001
    guests.view.selectRow(guests.model.row_of(fair.scalar(
        "SELECT id FROM guests WHERE name = ?", [name])))
    guests.on_form_timer_timeout()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_leaving_a_guest_with_unsaved_edits_asks_first(guests_page, fair, monkeypatch) -> None:  # noqa: ANN001
    from fairdesk.gui.qt import QMessageBox

    guests = guests_page.guest_list
    _show(guests, fair, "张伟")
    guests.form.fields["email"].editor.setText("broken@")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save,
               QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def exec_(box) -> int:  # noqa: ANN001
        asked.append(box.text())
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    _show(guests, fair, "王芳")  # Cancel: still on 张伟, the edit still there
    assert "张伟" in asked[0] and guests.form.current["name"] == "张伟"
    assert guests.form.fields["email"].editor.text() == "broken@"
    _show(guests, fair, "王芳")  # Save: the bad email is refused at its field, we stay
    assert guests.form.current["name"] == "张伟" and guests.form.fields["email"].error.text()
    _show(guests, fair, "王芳")  # Discard
    assert guests.form.current["name"] == "王芳" and len(asked) == 3
    assert fair.scalar("SELECT email FROM guests WHERE name = '张伟'") == ""


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_ctrl_s_and_enter_save_the_form(guests_page, fair, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtTest import QTest

    from fairdesk.gui.qt import Qt

    guests = guests_page.guest_list
    guests_page.show()
    _show(guests, fair, "张伟")
    email = guests.form.fields["email"].editor
    guests_page.activateWindow()
    email.setFocus()
    qtbot.waitUntil(email.hasFocus)
    email.setText("zw@example.cn")
    QTest.keyClick(email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert fair.scalar("SELECT email FROM guests WHERE name = '张伟'") == "zw@example.cn"
    email.setText("wei@example.cn")
    QTest.keyClick(email, Qt.Key.Key_Return)
    assert fair.scalar("SELECT email FROM guests WHERE name = '张伟'") == "wei@example.cn"


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_bulk_move_refreshes_the_form_and_the_filtered_list(guests_page, fair, qtbot) -> None:  # noqa: ANN001
    guests = guests_page.guest_list
    guests_page.show()  # a hidden page refreshes when next shown
    box = guests.filters["state"]
    box.setCurrentIndex(box.findData("to_invite"))
    assert guests.model.rowCount() == 3
    _show(guests, fair, "张伟")
    assert guests.form.state_label.text() == "待邀请"
    fair.guests.transition_many([r["id"] for r in fair.rows("SELECT id FROM guests")], "invited")
    qtbot.waitUntil(lambda: guests.model.rowCount() == 0)  # filtered to "To invite": none now
    assert guests.form.current.get("state") in (None, "invited")
    assert guests.form.state_label.text() in ("", "已邀请")


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_new_guest_like_an_existing_one_is_warned_while_typing(guests_page, fair) -> None:  # noqa: ANN001
    guests = guests_page.guest_list
    guests_page.show()
    guests.on_new_clicked()
    form = guests.form
    from PySide6.QtTest import QTest

    form.fields["name"].editor.insert("张伟")  # as the input method commits it
    form.fields["name"].edited.emit()
    assert not form.duplicate.isVisible()  # no phone yet: no match claimed
    QTest.keyClicks(form.fields["phone"].editor, "139 1234 5678")
    assert form.duplicate.isVisible() and "张伟" in form.duplicate.text()
    form.fields["phone"].editor.clear()
    QTest.keyClicks(form.fields["phone"].editor, "13800000000")
    assert not form.duplicate.isVisible()
