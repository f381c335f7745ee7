"""One demo fair per laptop, in a data folder one level deep; the old nested folder adopted."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from fairdesk.core.fair import Fair
from fairdesk.gui import data_folder, prefs
from fairdesk.gui.app import run_gui
from fairdesk.gui.demo_fair import demo_file_path, open_demo
from fairdesk.gui.main_window import MainWindow
from fairdesk.gui.qt import QCoreApplication, QMessageBox, QSettings
from fairdesk.gui.signin import SignIn
from tests.conftest import TESTER
from tests.gui_laptop import own_laptop

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def laptop(tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A laptop of its own: home (QStandardPaths' test folders live in it) and settings."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    with own_laptop(tmp_path) as folder:
        yield folder


def window(qtbot) -> MainWindow:
    win = MainWindow(TESTER)
    qtbot.addWidget(win)
    return win


def guest_names(fair: Fair) -> set[str]:
    return {row[0] for row in fair.db.execute("SELECT name FROM guests").fetchall()}


def test_the_data_folder_is_one_level_and_settings_stay_where_they_were(laptop):
    folder = data_folder.data_dir()
    assert folder.name == "fairdesk" and folder.parent.name != "fairdesk"
    assert data_folder.legacy_dir().parts[-2:] == ("fairdesk", "fairdesk")
    settings = prefs.settings()
    assert settings.status() == QSettings.Status.NoError
    assert Path(settings.fileName()) == laptop / "settings" / "fairdesk" / "fairdesk.ini"


def test_every_demo_launch_reuses_the_one_demo_fair(qtbot):
    win = window(qtbot)
    open_demo(win, fresh=True, guests=60, seed=1)
    first = win.session.fair
    assert first.path == demo_file_path()
    first.guests.add_guest(name="留下的客商", organisation="测试单位", category="investor",
                           country="CN")
    win.session.close()
    for _ in range(3):  # ./run, ./run, ./run
        open_demo(win)
        assert win.session.fair.path == demo_file_path()
        assert "留下的客商" in guest_names(win.session.fair)
        win.session.close()
    assert sorted(p.name for p in demo_file_path().parent.glob("*.fair")) == ["demo.fair"]
    assert prefs.recent_files() == [str(demo_file_path().resolve())]


def test_new_demo_fair_from_the_file_menu_replaces_it_after_a_yes(qtbot, monkeypatch):
    win = window(qtbot)
    open_demo(win, fresh=True, guests=60, seed=1)
    win.session.fair.guests.add_guest(name="会被替换", organisation="测试单位",
                                      category="investor", country="CN")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel))
    win.menus.new_demo_action.trigger()
    assert "会被替换" in guest_names(win.session.fair)  # cancelled: nothing changed
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    win.menus.new_demo_action.trigger()
    fair = win.session.fair
    assert fair.path == demo_file_path() and "会被替换" not in guest_names(fair)
    assert fair.count("guests") == 600 and len(asked) == 2 and "演示" in asked[0]
    folder = demo_file_path().parent
    assert [p.name for p in folder.glob("*.fair")] == ["demo.fair"]
    assert not list(folder.glob("*fresh*"))  # built beside it, then renamed
    assert win.menus.new_demo_action.text() == "新建演示投洽会(&D)"
    win.session.close()


def _old_demo(folder: Path, stamp: str, age: float) -> Path:
    path = folder / f"demo-{stamp}.fair"
    Fair.create(path, TESTER, **{"fair.name": stamp}).close()
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_the_old_nested_folder_is_adopted_and_its_old_demos_cleaned(tmp_path):
    old, new = tmp_path / "share" / "fairdesk" / "fairdesk", tmp_path / "share" / "fairdesk"
    old.mkdir(parents=True)
    for number in range(6):  # six launches of ./run
        _old_demo(old, f"2026120{number}-090000", age=1000 - number)
    (old / "demo-20261205-090000.fair-wal").write_bytes(b"")
    (old / "backups" / "demo-20261201-090000").mkdir(parents=True)
    (old / "backups" / "demo-20261201-090000" / "x.fair").write_bytes(b"old demo backup")
    (old / "backups" / "2026").mkdir()
    (old / "backups" / "2026" / "2026-20261201-100000-timer.fair").write_bytes(b"kept")
    (old / "fairdesk.log").write_text("old log\n")
    (old / "notes.txt").write_text("mine")
    (new / "notes.txt").write_text("already here")

    done = data_folder.adopt_legacy(old, new)

    assert Fair.open(new / "demo.fair", TESTER).setting("fair.name") == "20261205-090000"
    assert done.removed_demos == 5 and not list(new.glob("demo-*"))
    assert (new / "backups" / "2026" / "2026-20261201-100000-timer.fair").read_bytes() == b"kept"
    assert not (new / "backups" / "demo-20261201-090000").exists()
    assert (new / "fairdesk.log").read_text() == "old log\n"
    assert (new / "notes.txt").read_text() == "already here"  # nothing overwritten
    assert (old / "notes.txt").read_text() == "mine" and done.kept == [str(old / "notes.txt")]


def test_run_gui_moves_the_old_folder_in_before_the_first_demo(monkeypatch, laptop):
    old = data_folder.legacy_dir()
    old.mkdir(parents=True)
    _old_demo(old, "20261130-080000", age=10)
    newest = _old_demo(old, "20261201-080000", age=5)
    mine = old / "2026 临港.fair"  # a fair saved in the folder the save dialog offered
    Fair.create(mine, TESTER).close()
    for path in (mine, newest):
        prefs.add_recent_file(path)
    from fairdesk.gui import app as app_module

    monkeypatch.setattr(app_module, "ask_sign_in", lambda parent=None: SignIn(TESTER))
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    opened = []

    def fake_exec() -> int:
        win = next(w for w in QCoreApplication.instance().topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible())
        opened.append(win.session.fair.setting("fair.name"))
        win.close()
        return 0

    monkeypatch.setattr(QCoreApplication.instance(), "exec", fake_exec, raising=False)
    monkeypatch.setattr(app_module.QApplication, "exec", staticmethod(fake_exec))
    assert run_gui(demo=True, lang="zh") == 0
    assert opened == ["20261201-080000"]  # the newest old demo, not a new one
    folder = data_folder.data_dir()
    assert not old.exists()
    assert sorted(p.name for p in folder.glob("*.fair")) == ["2026 临港.fair", "demo.fair"]
    assert prefs.recent_files() == [str((folder / "demo.fair").resolve()),
                                    str((folder / "2026 临港.fair").resolve())]
