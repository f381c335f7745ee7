"""Edit → Undo (Ctrl+Z) in the window: a bulk change on the guests page taken back, a large
one first saying what it will change, a refusal said as a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairdesk.core.fair import Fair
from fairdesk.gui import prefs
from fairdesk.gui.app import create_application
from fairdesk.gui.main_window import MainWindow
from fairdesk.gui.qt import QKeySequence, QMessageBox, QSettings, QStandardPaths, Qt
from fairdesk.gui.translation import install_language
from tests.conftest import TESTER

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    create_application("zh")
    prefs.settings().clear()
    path = tmp_path / "fair.fair"
    fair = Fair.create(path, TESTER)
    for i in range(25):
        fair.guests.add_guest(name=f"客商{i:02d}", category="investor", country="CN")
    fair.close()
    win = MainWindow(TESTER)
    qtbot.addWidget(win)
    win.open_fair_file(path)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.close()
    prefs.settings().clear()
    install_language("en")


def _asked(monkeypatch, reply):
    asked: list[tuple[str, object]] = []

    def question(parent, title, text, buttons, default):
        asked.append((text, default))
        return reply
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_ctrl_z_undoes_a_bulk_state_change_after_saying_what_it_changes(window, monkeypatch):
    fair = window.session.fair
    ids = [r["id"] for r in fair.rows("SELECT id FROM guests")]
    fair.guests.transition_many(ids, "invited")
    menus = window.menus
    assert menus.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    menus.on_edit_menu_about_to_show()
    assert "嘉宾：25 条改回原值" in menus.undo_action.text()
    asked = _asked(monkeypatch, QMessageBox.StandardButton.No)
    menus.undo_action.trigger()
    assert "50" in asked[0][0] and "嘉宾：25 条改回原值" in asked[0][0]
    assert asked[0][1] == QMessageBox.StandardButton.No  # the default: keep the change
    assert fair.count("guests", "state = 'invited'") == 25  # answered No: nothing undone
    _asked(monkeypatch, QMessageBox.StandardButton.Yes)
    menus.undo_action.trigger()
    assert fair.count("guests", "state = 'to_invite'") == 25
    assert "已撤销" in window.statusBar().currentMessage()
    window.grab().save("/tmp/undo_window_zh.png")


def test_undo_refused_when_a_newer_change_touched_the_records(window, monkeypatch):
    fair = window.session.fair
    ids = [r["id"] for r in fair.rows("SELECT id FROM guests")]
    fair.guests.transition_many(ids[:3], "invited")
    # the newest action of this desk came from another desk's exchange: not this desk's own
    fair.guests.update("guests", ids[1], organisation="新单位")
    fair.db.execute("UPDATE audit_log SET origin = 'other-desk' WHERE entity = 'guests'"
                    " AND action = 'update' AND before LIKE '%\"organisation\":\"\"%'"
                    " AND after LIKE '%新单位%'")
    fair.db.conn.commit()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.menus.undo_action.trigger()
    assert shown and "客商01" in shown[0] and "之后又被改动过" in shown[0]
    assert fair.count("guests", "state = 'invited'") == 3


def test_ctrl_z_on_the_guest_list_undoes_but_in_a_text_field_undoes_the_typing(qtbot, window,
                                                                             monkeypatch):
    from fairdesk.gui.guests.page import GuestsPage

    fair = window.session.fair
    window.show_page(window.page_stack.row_of("guests"))
    page = window.current_page()
    assert isinstance(page, GuestsPage)
    gid = fair.scalar("SELECT id FROM guests WHERE name = '客商03'")
    fair.guests.update("guests", gid, organisation="Siemens")
    search = page.guest_list.search_box
    qtbot.keyClicks(search, "ke")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fair.get("guests", gid)["organisation"] == "Siemens"  # the field took it
    page.guest_list.view.setFocus()
    qtbot.keyClick(page.guest_list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fair.get("guests", gid)["organisation"] == ""
