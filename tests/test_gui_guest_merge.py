"""The guests page: a new guest who is already on the list is named while typing; two
records of one person are merged (the user picks the one kept and sees what moves);
a guest is deleted after a confirmation that defaults to No."""

from __future__ import annotations

import pytest

from fairdesk.base.i18n import set_language
from fairdesk.gui.guests.merge_dialog import MergeGuestsDialog
from fairdesk.gui.guests.page import GuestsPage
from fairdesk.gui.qt import QApplication, QInputMethodEvent, QItemSelectionModel, QMessageBox, Qt
from fairdesk.gui.session import FairSession
from fairdesk.gui.translation import install_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def chinese():
    install_language("zh")
    yield
    install_language("en")  # as the other test modules expect the application


@pytest.fixture
def session(fair) -> FairSession:
    for name, org, phone in (("张伟", "中国建筑第三工程局", "13912345678"),
                             ("张 伟", "中建三局", "13912345678"),
                             ("王芳", "华为技术有限公司", "13800001111")):
        fair.guests.add_guest(name=name, organisation=org, category="investor", phone=phone,
                              country="CN")
    s = FairSession()
    s.fair = fair
    fair.add_listener(s._on_core_changes)
    return s


@pytest.fixture
def page(qtbot, session) -> GuestsPage:
    p = GuestsPage(session)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    p.refresh()
    return p


def _id(fair, name: str) -> str:
    return fair.scalar("SELECT id FROM guests WHERE name = ?", [name])


def _type_chinese(editor, text: str) -> None:
    """As an input method types: the committed characters arrive in one event."""
    editor.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def _select(page: GuestsPage, *ids: str) -> None:
    view, model = page.guest_list.view, page.guest_list.model
    view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for gid in ids:
        view.selectionModel().select(model.index(model.row_of(gid), 0), flags)


def test_typing_a_guest_already_on_the_list_names_the_match(qtbot, page):
    form = page.guest_list.form
    page.guest_list.new_button.click()
    _type_chinese(form.fields["name"].editor, "王芳")
    assert not form.duplicate.isVisible()  # the name alone is no match
    qtbot.keyClicks(form.fields["phone"].editor, "13800001111")
    assert form.duplicate.isVisible()
    assert "王芳" in form.duplicate.text() and "华为技术有限公司" in form.duplicate.text()
    qtbot.keyClick(form.fields["phone"].editor, Qt.Key.Key_Backspace)
    assert not form.duplicate.isVisible()  # another phone: another person


def test_merge_two_guests_moves_their_records_to_the_kept_one(qtbot, chinese, page, fair):
    kept, dropped = _id(fair, "张伟"), _id(fair, "张 伟")
    fair.guests.create("companions", guest_id=dropped, name="李秘书")
    fair.guests.transition(dropped, "invited")
    _select(page, kept, dropped)
    page.guest_list.merge_button.click()
    dialog = page.findChild(MergeGuestsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.keep(kept)
    assert dialog.chosen() == (kept, dropped)
    assert "随行人员: 1" in dialog.moves.text() and "邀请状态记录: 2" in dialog.moves.text()
    dialog.keep(dropped)  # keep the other one: what moves follows the choice
    assert dialog.chosen() == (dropped, kept) and "随行人员" not in dialog.moves.text()
    dialog.keep(kept)
    dialog.grab().save("/tmp/merge_dialog_zh.png")
    dialog.merge_button.click()
    assert not fair.count("guests", "id = ?", [dropped])
    assert fair.count("companions", "guest_id = ? AND name = '李秘书'", [kept]) == 1
    assert fair.count("tombstones", "id = ?", [dropped]) == 1
    assert fair.count("audit_log", "entity = 'guests' AND entity_id = ? AND action = 'delete'",
                      [dropped]) == 1
    qtbot.waitUntil(lambda: page.guest_list.model.rowCount() == 2)
    names = [page.guest_list.model.row_data(r)["name"] for r in range(2)]
    assert sorted(names) == ["张伟", "王芳"]
    assert "张伟" in page.guest_list.status.text()
    page.grab().save("/tmp/merge_page_zh.png")


def test_merge_needs_two_guests_selected(page, fair):
    _select(page, _id(fair, "王芳"))
    page.guest_list.merge_button.click()
    assert page.findChild(MergeGuestsDialog) is None
    assert "Select the two guests" in page.guest_list.status.text()


def test_merge_dialog_in_english(qtbot, page, fair):
    set_language("en")
    gid = _id(fair, "王芳")
    fair.guests.create("companions", guest_id=gid, name="Li")
    dialog = MergeGuestsDialog(fair, [_id(fair, "张伟"), gid], page)
    qtbot.addWidget(dialog)
    dialog.keep(_id(fair, "张伟"))
    assert "Companions: 1" in dialog.moves.text()  # 王芳's, moving to 张伟
    dialog.keep(gid)
    assert "Companions" not in dialog.moves.text()
    assert "Invitation history: 1" in dialog.moves.text()
    dialog.show()
    dialog.grab().save("/tmp/merge_dialog_en.png")


def test_delete_guest_asks_first_and_defaults_to_no(qtbot, monkeypatch, page, fair):
    gid = _id(fair, "王芳")
    asked = []

    def answer(reply):
        def question(parent, title, text, buttons, default):
            asked.append((text, default))
            return reply
        return question

    _select(page, gid)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.guest_list.delete_button.click()
    assert fair.count("guests", "id = ?", [gid]) == 1
    assert "王芳" in asked[0][0] and asked[0][1] == QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.guest_list.view.setFocus()
    page.delete_requested()  # what Edit → Delete (the Del key) asks of the page
    assert fair.count("guests", "id = ?", [gid]) == 0
    assert fair.count("tombstones", "id = ?", [gid]) == 1
    assert fair.count("audit_log", "entity_id = ? AND action = 'delete'", [gid]) == 1
    qtbot.waitUntil(lambda: page.guest_list.model.rowCount() == 2)
    assert "王芳" in page.guest_list.status.text()


def test_the_dialog_warns_that_the_dropped_guests_printed_badge_stops_scanning(qtbot, page, fair):
    from fairdesk.core.badges.issuing import issue_badge

    kept, dropped = _id(fair, "张伟"), _id(fair, "张 伟")
    issue_badge(fair, dropped)
    with fair.transaction() as tx:
        tx.update("badges", fair.scalar("SELECT id FROM badges"), {"printed_at": tx.now})
    dialog = MergeGuestsDialog(fair, [kept, dropped], page)
    qtbot.addWidget(dialog)
    dialog.keep(kept)
    assert "no longer scan" in dialog.moves.text() and "张 伟" in dialog.moves.text()
    dialog.keep(dropped)  # keeping the badged record: nothing to warn of
    assert "no longer scan" not in dialog.moves.text()


def test_the_sync_review_merges_through_the_same_dialog(qtbot, fair, session):
    from fairdesk.core.sync.review import review
    from fairdesk.gui.sync_dialog import SyncDialog

    assert any(i.kind == "same_person" for i in review(fair))  # same name and phone
    dialog = SyncDialog(fair)
    qtbot.addWidget(dialog)
    row = next(i for i, item in enumerate(dialog.items) if item.kind == "same_person")
    dialog.review_list.setCurrentRow(row)
    dialog.merge_button.click()
    merge = dialog.findChild(MergeGuestsDialog)
    assert merge is not None and "邀请状态记录: 1" in merge.moves.text()
    merge.merge_button.click()
    assert fair.count("guests") == 2
    assert not any(i.kind == "same_person" for i in dialog.items)  # the review was refreshed


def test_moving_many_guests_says_how_many_first(qtbot, monkeypatch, page, fair):
    for i in range(22):
        fair.guests.add_guest(name=f"客商{i:02d}", category="investor", country="CN")
    qtbot.waitUntil(lambda: page.guest_list.model.rowCount() == 25)
    page.guest_list.view.selectAll()
    ids = page.guest_list.selected_ids()
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((text, default))
        return QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", question)
    assert not page.guest_list.actions.change_state(ids, "invited")
    assert "Move 25 guest(s)" in asked[0][0] and "Undo" in asked[0][0]
    assert fair.count("guests", "state = 'invited'") == 0  # answered No: nothing moved
