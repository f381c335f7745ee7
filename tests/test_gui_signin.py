"""Issue 16 point 1: the first screen a newcomer meets — its language found by someone who
cannot read the one it opened in, and a screen that stays put while the name is typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairdesk.core.roles import Role
from fairdesk.gui.qt import QFormLayout, Qt
from fairdesk.gui.signin import SignInDialog
from tests.gui_laptop import own_laptop

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def laptop(tmp_path: Path, qapp: object) -> Path:
    with own_laptop(tmp_path) as folder:
        yield folder


def shown(qtbot) -> SignInDialog:
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def first_row(dialog: SignInDialog) -> tuple[str, object]:
    label = dialog.form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    field = dialog.form.itemAt(0, QFormLayout.ItemRole.FieldRole).widget()
    return label.text(), field


@pytest.mark.parametrize(("system", "offered"), [("zh", "跟随系统（中文）"),
                                                 ("en", "跟随系统（English）")])
def test_the_language_comes_first_and_reads_in_both_languages(qtbot, monkeypatch, system,
                                                              offered):
    monkeypatch.setenv("FAIRDESK_LANG", system)  # what "as the system" resolves to
    dialog = shown(qtbot)
    label, field = first_row(dialog)
    assert field is dialog.language_combo
    assert "语言" in label and "Language" in label
    assert dialog.language_combo.itemText(0) == offered
    assert [dialog.language_combo.itemText(i) for i in (1, 2)] == ["中文", "English"]
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.title.text() == "Who is at this desk?"
    assert first_row(dialog)[0] == label  # the same words in English
    assert dialog.language_combo.itemText(0).startswith("As the system (")


def test_typing_a_name_enables_continue_without_the_screen_jumping(qtbot):
    dialog = shown(qtbot)
    width = dialog.width()
    assert not dialog.ok_button.isEnabled() and dialog.missing.isVisible()
    qtbot.keyClicks(dialog.name_edit, "L")
    assert dialog.ok_button.isEnabled() and not dialog.missing.isVisible()
    assert dialog.width() == width
    dialog.name_edit.clear()
    assert not dialog.ok_button.isEnabled() and dialog.missing.text() == "请输入您的姓名后继续。"
    assert dialog.width() == width


def test_the_department_row_shows_for_a_security_liaison_only(qtbot):
    dialog = shown(qtbot)
    assert not dialog.department_combo.isVisible()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.SECURITY))
    assert dialog.department_combo.isVisible()
    label = dialog.form.labelForField(dialog.department_combo)
    assert label.isVisible() and label.text() == "所在部门"
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.RECEPTION))
    assert not dialog.department_combo.isVisible()


def test_a_new_laptop_types_the_name_at_once_and_a_known_one_continues_with_enter(qtbot):
    dialog = shown(qtbot)
    assert dialog.focusWidget() is dialog.name_edit  # not the language row above it
    qtbot.keyClicks(dialog.focusWidget(), "Wang Fang")
    assert dialog.name_edit.text() == "Wang Fang" and dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    again = shown(qtbot)
    assert again.name_edit.text() == "Wang Fang" and again.focusWidget() is again.ok_button
    with qtbot.waitSignal(again.accepted):
        qtbot.keyClick(again.focusWidget(), Qt.Key.Key_Return)
