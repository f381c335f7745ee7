"""The main window, sign-in and dashboard, driven like a user would (offscreen)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fairdesk.base.errors import FairFileError
from fairdesk.core import dashboard as core_figures
from fairdesk.core.context import Operator
from fairdesk.core.fair import Fair
from fairdesk.core.vocab import GUEST_CATEGORIES
from fairdesk.gui import prefs
from fairdesk.gui.app import create_application
from fairdesk.gui.dashboard import DashboardPage
from fairdesk.gui.main_window import MainWindow
from fairdesk.gui.qt import (
    QCoreApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    Qt,
)
from fairdesk.gui.signin import SignIn, SignInDialog
from fairdesk.gui.translation import install_language
from tests.conftest import TESTER
from tests.gui_laptop import own_laptop
from tests.sample_fair import fill_fair

# the offscreen platform plugin warns when a top-level window's size hints change
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def laptop(tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Per-laptop settings and data in a temp dir, Chinese interface."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # QStandardPaths' test mode is in it
    with own_laptop(tmp_path) as folder:
        yield folder


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fairs") / "sample.fair"
    fair = Fair.create(path, TESTER)
    fill_fair(fair, guests=40)
    fair.close()
    return path


@pytest.fixture
def fair_file(sample_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the sample fair for each test (tests change it)."""
    fair = Fair.open(sample_file, TESTER)
    target = tmp_path / "fair.fair"
    fair.save_copy(target)
    fair.close()
    return target


@pytest.fixture
def window(qtbot: object, fair_file: Path) -> MainWindow:
    win = MainWindow(TESTER)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.open_fair_file(fair_file)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    yield win
    win.session.close()


def dashboard(win: MainWindow) -> DashboardPage:
    page = win.page("dashboard")
    assert isinstance(page, DashboardPage)
    return page


def model_column(model: object, key: str) -> dict[str, str]:
    """{first column text: text of column ``key``} for every row of a RowsModel."""
    col = [c.key for c in model.columns].index(key)  # type: ignore[attr-defined]
    return {model.index(r, 0).data(): model.index(r, col).data()  # type: ignore[attr-defined]
            for r in range(model.rowCount())}  # type: ignore[attr-defined]


# --- sign-in ------------------------------------------------------------------------
def test_sign_in_dialog_records_the_operator_and_remembers_them(qtbot, fair_file):
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.name_edit, "Li Na")  # QTest types ASCII only
    dialog.desk_combo.setCurrentIndex(dialog.desk_combo.findText("交通组"))  # picked from the list
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    operator = dialog.operator()
    assert (operator.name, operator.desk) == ("Li Na", "交通组")

    win = MainWindow(operator)
    qtbot.addWidget(win)
    win.open_fair_file(fair_file)
    assert "Li Na @ 交通组" in win.operator_label.text()
    fair = win.session.fair
    # written once the file's quick check (in the background, after opening) has passed
    qtbot.waitUntil(lambda: not fair.check_pending, timeout=10_000)
    assert fair.count("operators", "name = ? AND desk = ?", ["Li Na", "交通组"]) == 1
    guest = fair.rows("SELECT id FROM guests LIMIT 1")[0]["id"]
    fair.guests.update("guests", guest, notes="已电话确认")
    assert fair.get("guests", guest)["updated_by"].startswith("Li Na@交通组/")
    win.session.close()

    again = SignInDialog()
    qtbot.addWidget(again)
    assert again.name_edit.text() == "Li Na"
    assert again.desk_combo.currentText() == "交通组"
    assert again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_switch_operator_from_the_menu(window, monkeypatch):
    monkeypatch.setattr("fairdesk.gui.menus.ask_sign_in",
                        lambda parent, check=None: SignIn(Operator("周强", "签约组", "laptop-2")))
    window.menus.switch_operator_action.trigger()
    assert "周强 @ 签约组" in window.operator_label.text()
    assert window.session.fair.operator.name == "周强"
    assert window.session.fair.count("operators", "name = '周强'") == 1


# --- dashboard ----------------------------------------------------------------------
def test_dashboard_shows_the_cores_figures(window, qtmodeltester):
    page = dashboard(window)
    fair = window.session.fair
    guests = core_figures.guest_figures(fair)
    assert page.cards["invited"].value.text() == str(guests.column("invited"))
    assert page.cards["replied"].value.text() == str(guests.column("replied"))
    assert page.cards["attending"].value.text() == str(guests.column("attending"))
    assert page.cards["arrived"].value.text() == str(guests.column("arrived"))
    arrived = model_column(page.guest_model, "arrived")
    replied = model_column(page.guest_model, "replied")
    for code, counts in guests.by_category.items():
        assert arrived[GUEST_CATEGORIES[code][0]] == str(counts["arrived"])
        assert replied[GUEST_CATEGORIES[code][0]] == str(counts["replied"])
    assert arrived["合计"] == str(guests.column("arrived"))
    assert page.guest_model.rowCount() == len(guests.by_category) + 1

    security = core_figures.security_figures(fair)
    overdue = model_column(page.security_model, "overdue")
    assert overdue["公安"] == str(next(d.overdue for d in security if d.code == "police"))
    assert overdue["合计"] == str(sum(d.overdue for d in security))
    assert sum(d.overdue for d in security) > 0  # the sample has overdue items, shown in red
    row = next(r for r in range(page.security_model.rowCount())
               if page.security_model.row_at(r)["overdue"])
    column = [c.key for c in page.security_model.columns].index("overdue")
    colour = page.security_model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == "#c0392b"

    signing = core_figures.signing_figures(fair)
    assert page.cards["signing"].value.text() == str(signing.total_yi)
    assert page.signing_bars["projects"].text() == f"{signing.signed} / {signing.target_projects}"
    assert page.signing_values["planned"].text() == str(signing.projects)
    reception = core_figures.reception_figures(fair)
    assert page.cards["lodged"].value.text() == str(reception.lodged)
    assert page.reception_values["lodged"].text() == f"{reception.lodged} / {reception.attending}"
    assert page.agenda_values["sessions"].text() == str(core_figures.agenda_figures(fair).sessions)
    qtmodeltester.check(page.guest_model)
    qtmodeltester.check(page.security_model)


def test_a_guest_arriving_updates_the_dashboard(window, qtbot):
    page = dashboard(window)
    fair = window.session.fair
    before = core_figures.guest_figures(fair).column("arrived")
    assert page.cards["arrived"].value.text() == str(before)
    guest = fair.rows("SELECT id FROM guests WHERE state = 'confirmed' LIMIT 1")[0]["id"]
    with qtbot.waitSignal(window.session.fair_changed):
        fair.guests.update("guests", guest, state="arrived")
    assert page.cards["arrived"].value.text() == str(before + 1)
    assert model_column(page.guest_model, "arrived")["合计"] == str(before + 1)


def test_dashboard_of_an_empty_fair(qtbot, fair_path, qtmodeltester):
    win = MainWindow(TESTER)
    qtbot.addWidget(win)
    win.open_fair_file(fair_path)
    win.show()
    page = dashboard(win)
    assert page.cards["invited"].value.text() == "0"
    assert page.cards["security"].value.text() == "0%"
    assert "未设目标" in page.signing_bars["total"].text()
    qtmodeltester.check(page.guest_model)
    qtmodeltester.check(page.security_model)
    win.session.close()


# --- files --------------------------------------------------------------------------
def test_save_a_copy_writes_a_fair_that_opens(window, tmp_path, monkeypatch):
    target = tmp_path / "usb" / "backup.fair"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.menus.save_copy_action.trigger()
    copy = Fair.open(target)
    try:
        assert copy.count("guests") == window.session.fair.count("guests") == 40
        assert copy.name == "第十届海滨投资洽谈会"
    finally:
        copy.close()
    assert "backup.fair" in window.statusBar().currentMessage()


def test_a_bad_file_shows_a_sentence_not_a_traceback(window, tmp_path, monkeypatch):
    bad = tmp_path / "notes.fair"
    bad.write_text("这不是投洽会文件", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append((title, text))))
    assert window.open_path(str(bad)) is False
    assert shown and shown[0][0] == "无法打开投洽会文件"
    assert "Traceback" not in shown[0][1] and len(shown[0][1]) > 4
    with pytest.raises(FairFileError):
        Fair.open(bad)
    # the fair that was open stays open
    assert window.session.fair is not None and window.session.fair.count("guests") == 40


def test_recent_files_newest_first_missing_pruned(qtbot, fair_file, fair_path, tmp_path):
    win = MainWindow(TESTER)
    qtbot.addWidget(win)
    win.open_fair_file(fair_path)
    win.open_fair_file(fair_file)
    assert prefs.recent_files() == [str(fair_file.resolve()), str(fair_path.resolve())]
    fair_path.unlink()  # moved away on this laptop
    win.session.close()
    win.menus.on_recent_menu_about_to_show()
    texts = [a.text() for a in win.menus.recent_menu.actions()]
    assert len(texts) == 1 and fair_file.name in texts[0]
    assert win.start.recent_list.count() == 1


def test_start_state_then_new_fair(qtbot, tmp_path, monkeypatch):
    win = MainWindow(TESTER)
    qtbot.addWidget(win)
    win.show()
    assert win.root.currentWidget() is win.start
    assert not win.menus.save_copy_action.isEnabled()
    target = tmp_path / "新展会"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr("fairdesk.gui.fair_settings.FairSettingsDialog.exec", lambda self: 0)
    qtbot.mouseClick(win.start.new_button, Qt.MouseButton.LeftButton)
    assert win.session.fair is not None
    assert win.session.fair.path == Path(str(target) + ".fair")
    assert win.root.currentIndex() == 1
    assert "新展会" in win.windowTitle()
    win.session.close()


def test_fair_settings_dialog_saves_into_the_fair(window, qtbot, monkeypatch):
    from fairdesk.gui.fair_settings import FairSettingsDialog

    dialog = FairSettingsDialog(window.session.fair, window)
    qtbot.addWidget(dialog)
    dialog.edits["fair.name"].setText("第十一届投洽会")  # QTest types ASCII only
    dialog.edits["fair.venue"].clear()
    qtbot.keyClicks(dialog.edits["fair.venue"], "Expo Centre")
    with qtbot.waitSignal(window.session.fair_changed):
        dialog.accept()
    fair = window.session.fair
    assert fair.setting("fair.name") == "第十一届投洽会"
    assert fair.setting("fair.starts_on") == "2026-05-18"  # untouched
    assert window.windowTitle().startswith("第十一届投洽会")
    assert dashboard(window).fair_title.text() == "第十一届投洽会"
    assert "Expo Centre" in dashboard(window).fair_subtitle.text()


def test_fair_settings_refuses_an_empty_name(window, qtbot, monkeypatch):
    from fairdesk.gui.fair_settings import FairSettingsDialog

    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    dialog = FairSettingsDialog(window.session.fair, window)
    qtbot.addWidget(dialog)
    dialog.edits["fair.name"].clear()
    dialog.accept()
    assert shown == ["请填写投洽会名称。"]
    assert window.session.fair.setting("fair.name") == "第十届海滨投资洽谈会"


# --- language -----------------------------------------------------------------------
def test_language_switch_is_live(window):
    assert dashboard(window).cards["invited"].label.text() == "受邀"
    assert window.menus.file_menu.title() == "文件(&F)"
    window.menus.language_actions["en"].trigger()
    page = dashboard(window)
    assert page.cards["invited"].label.text() == "Invited"
    assert page.guest_model.headerData(0, Qt.Orientation.Horizontal) == "Category"
    assert window.menus.file_menu.title() == "&File"
    assert window.navigation.item(0).text() == "Dashboard"
    assert "Total" in model_column(page.guest_model, "arrived")
    assert "Police" in model_column(page.security_model, "overdue")  # core labels follow
    assert prefs.language_choice() == "en"
    window.menus.language_actions["zh"].trigger()
    assert dashboard(window).cards["invited"].label.text() == "受邀"
    assert window.navigation.item(0).text() == "总览"


def test_english_from_the_start(qtbot, fair_file):
    create_application("en")
    win = MainWindow(TESTER)
    qtbot.addWidget(win)
    win.open_fair_file(fair_file)
    win.show()
    assert dashboard(win).cards["arrived"].label.text() == "Arrived"
    assert dashboard(win).fair_title.text() == "10th Coastal Investment Fair"
    win.session.close()


# --- errors, start-up -----------------------------------------------------------------
def test_unexpected_errors_are_shown_and_logged(qtbot, monkeypatch):
    from fairdesk.gui import errors

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    try:
        raise RuntimeError("磁盘已满")
    except RuntimeError as exc:
        errors.setup_logging()
        errors.excepthook(RuntimeError, exc, exc.__traceback__)
    assert shown == ["出现意外错误：磁盘已满"]
    assert "磁盘已满" in errors.log_path().read_text(encoding="utf-8")


def test_run_gui_opens_the_last_file(qtbot, fair_file, monkeypatch):
    from fairdesk.gui import app as app_module

    prefs.add_recent_file(fair_file)
    opened = []
    monkeypatch.setattr(app_module, "ask_sign_in", lambda parent=None: SignIn(TESTER))
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)

    def fake_exec() -> int:
        win = next(w for w in QCoreApplication.instance().topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible())
        opened.append(win.session.fair.path)
        win.close()
        return 0

    monkeypatch.setattr(QCoreApplication.instance(), "exec", fake_exec, raising=False)
    monkeypatch.setattr(app_module.QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(lang="zh") == 0
    assert opened == [fair_file.resolve()] or opened == [fair_file]


def test_demo_fair_is_a_real_file_in_the_data_folder(qtbot, qtmodeltester):
    from fairdesk.gui import app as app_module

    win = MainWindow(TESTER)
    qtbot.addWidget(win)
    app_module.open_demo(win, fresh=True, guests=60, seed=1)
    win.show()
    fair = win.session.fair
    assert fair.path.is_file() and fair.path.name == "demo.fair"
    assert fair.path.parent == app_module.data_dir()
    page = dashboard(win)
    guests = core_figures.guest_figures(fair)
    assert page.cards["arrived"].value.text() == str(guests.column("arrived"))
    assert model_column(page.guest_model, "invited")["合计"] == str(guests.column("invited"))
    signing = core_figures.signing_figures(fair)
    assert page.cards["signing"].value.text() == str(signing.total_yi) != "0.00"
    qtmodeltester.check(page.guest_model)
    qtmodeltester.check(page.security_model)
    win.session.close()


HEAVY_AT_START = (
    # PDFs, workbooks, codes
    "reportlab", "pandas", "openpyxl", "xlsxwriter", "qrcode", "pypdfium2", "python_calamine",
    "zxingcpp", "fairdesk.reports",
    # names, search, and the areas' services and jobs (loaded when first used)
    "pypinyin", "opencc", "fairdesk.core.guests.names", "fairdesk.core.guests.search",
    "fairdesk.core.guests.service", "fairdesk.core.guests.importing", "fairdesk.core.guests.export",
    "fairdesk.core.reception", "fairdesk.core.reception.service", "fairdesk.core.demo",
)


def test_gui_start_does_not_import_heavy_modules(fair_file):
    """Start-up speed: the window with a fair open loads no PDF/xlsx, pinyin or search code."""
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
            "from fairdesk.core.context import Operator;"
            "from fairdesk.gui.app import open_main_window;"
            "w = open_main_window(sys.argv[1], Operator('a', 'b', 'c'));"
            f"heavy = [m for m in {HEAVY_AT_START!r} if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code, str(fair_file)], capture_output=True,
                         text=True, check=True, cwd=Path(__file__).parent.parent,
                         env={**os.environ, "XDG_CONFIG_HOME": str(fair_file.parent)})
    assert out.stdout.strip() == "[]"


def test_window_geometry_is_remembered_per_laptop(qtbot):
    first = MainWindow(TESTER)
    qtbot.addWidget(first)
    first.resize(640, 480)  # the pages' minimum sizes may make it larger
    first.show()
    size = first.size()
    first.close()
    assert prefs.window_geometry() == first.saveGeometry()
    second = MainWindow(TESTER)
    qtbot.addWidget(second)
    assert second.height() != size.height()  # a new window starts at the default size
    second.restore_geometry()
    # the height comes back; the width may be clamped to the small offscreen test screen
    assert second.height() == size.height()


def test_follow_system_language_uses_the_environment(monkeypatch):
    from fairdesk.gui.translation import resolve_language

    monkeypatch.setenv("FAIRDESK_LANG", "en_GB.UTF-8")
    assert resolve_language(None, "system") == "en"
    assert resolve_language(None, "zh") == "zh"  # the laptop's choice beats the system
    assert resolve_language("zh", "en") == "zh"  # --lang beats both


@pytest.mark.parametrize(("lang", "expected"), [("C.UTF-8", "zh"), ("en_GB.UTF-8", "en"),
                                                ("zh_CN.UTF-8", "zh"), ("de_DE.UTF-8", "zh")])
def test_follow_system_is_chinese_first(lang, expected, tmp_path):
    code = "from fairdesk.gui.translation import system_ui_language as s; print(s())"
    env = {k: v for k, v in os.environ.items()
           if k not in ("FAIRDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**env, "LANG": lang}, cwd=Path(__file__).parent.parent)
    assert out.stdout.strip() == expected


def test_dashboard_rereads_figures_on_its_clock(window, monkeypatch):
    """Overdue security items become overdue with time: the minute clock re-reads them."""
    page = dashboard(window)
    fair = window.session.fair
    item = fair.rows("SELECT id FROM checklist_items WHERE status = 'open' "
                     "AND due_at > '2098-01-01' LIMIT 1")
    assert item, "the sample has an open item due in the future"
    before = model_column(page.security_model, "overdue")["合计"]
    # time passes: the item's deadline is now behind us (written past the service, no signal)
    fair.db.execute("UPDATE checklist_items SET due_at = '2020-01-01T00:00:00+08:00' WHERE id = ?",
                    [item[0]["id"]])
    assert model_column(page.security_model, "overdue")["合计"] == before
    page.clock.timeout.emit()
    assert model_column(page.security_model, "overdue")["合计"] == str(int(before) + 1)


def test_a_figure_card_opens_its_area(qtbot, fair_file, monkeypatch):
    from fairdesk.gui.widgets.page import Page

    class GuestsPage(Page):  # stands in for the guests area's page
        area = "guests"

        def title(self) -> str:
            return "嘉宾"

        def refresh(self) -> None:
            self.refreshed = True

    monkeypatch.setattr("fairdesk.gui.main_window.page_specs",
                        lambda: [DashboardPage, GuestsPage])
    win = MainWindow(TESTER)
    qtbot.addWidget(win)
    win.open_fair_file(fair_file)
    win.show()
    guests_page = win.page("guests")
    assert not getattr(guests_page, "refreshed", False)  # hidden: waits until shown
    qtbot.mouseClick(dashboard(win).cards["arrived"], Qt.MouseButton.LeftButton)
    assert win.current_page() is guests_page and guests_page.refreshed
    assert win.navigation.currentRow() == 1
    qtbot.mouseClick(dashboard(win).cards["signing"], Qt.MouseButton.LeftButton)  # no page yet
    assert win.current_page() is guests_page
    win.session.close()


def test_open_recent_menu_opens_the_file(window, fair_path):
    prefs.add_recent_file(fair_path)
    window.menus.on_recent_menu_about_to_show()
    action = next(a for a in window.menus.recent_menu.actions() if fair_path.name in a.text())
    action.trigger()
    assert window.session.fair.path == fair_path
    assert window.session.fair.count("guests") == 0


def test_a_read_only_fair_is_refused_with_a_sentence(window, fair_path, monkeypatch):
    import sqlite3

    def read_only(self, operator, pin="", **_kw):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(Fair, "sign_in", read_only)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    assert window.open_path(str(fair_path)) is False
    assert shown and shown[0].startswith("无法写入投洽会文件") and "只读" in shown[0]
    assert "readonly" not in shown[0]  # SQLite's English stays out (issue 13, 7)
    assert window.session.fair.count("guests") == 40  # the open fair stays open


def test_a_copy_cannot_replace_the_open_file(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(window.session.fair.path), "")))
    window.menus.save_copy_action.trigger()
    assert shown == ["副本不能覆盖正在使用的投洽会文件，请换一个文件名。"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "no-such-dir" / "x.fair"), "")))
    window.menus.save_copy_action.trigger()
    assert len(shown) == 2 and shown[1].startswith("无法写入")
    assert window.session.fair.count("guests") == 40


def test_hidden_pages_are_built_when_first_shown(window):
    from fairdesk.gui.checkin.page import CheckInPage
    from fairdesk.gui.pages import page_classes

    at = page_classes().index(CheckInPage)
    assert window.navigation.item(at).text() == "报到签到"  # title read from the class
    assert [type(p) for p in window.pages] == [DashboardPage]  # start-up built only this
    window.show_page(at)
    page = window.current_page()
    assert isinstance(page, CheckInPage) and page.isVisible()
    assert [type(p) for p in window.pages] == [DashboardPage, CheckInPage]
    window.show_page(0)
    assert window.current_page() is dashboard(window)


def test_a_page_whose_title_needs_an_instance_is_built_at_once(qtbot, fair_file, monkeypatch):
    from fairdesk.gui.widgets.page import Page

    class CountyPage(Page):
        area = "signing"

        def __init__(self, session, parent=None):
            super().__init__(session, parent)
            self.county = "东港区"

        def title(self) -> str:
            return f"{self.county}签约"

        def refresh(self) -> None:
            pass

    monkeypatch.setattr("fairdesk.gui.main_window.page_specs",
                        lambda: [DashboardPage, CountyPage])
    win = MainWindow(TESTER)
    qtbot.addWidget(win)
    assert win.navigation.item(1).text() == "东港区签约"
    assert len(win.pages) == 2


def test_page_specs_match_their_classes(qapp):
    """The navigation's titles and areas come from the specs: they must say what the classes say."""
    from fairdesk.gui.page_stack import class_title
    from fairdesk.gui.pages import page_specs

    for spec in page_specs():
        cls = spec.load()
        assert (cls.__name__, cls.area) == (spec.name, spec.area)
        assert class_title(cls) == spec.translated_title()


def test_the_application_has_its_icon(qapp):
    from fairdesk.gui.app import create_application

    app = create_application("zh")
    assert not app.windowIcon().isNull()
    assert app.windowIcon().availableSizes()


def test_the_file_alone_holds_a_change_once_the_desk_is_idle(window, qtbot, tmp_path):
    """Issue 13 (2, 10): a bare copy of the .fair (no -wal) made while the window is open
    holds the latest change within two seconds."""
    fair = window.session.fair
    fair.set_settings(fair__name="闲时写入文件的名字")
    lonely = tmp_path / "usb" / "copy.fair"
    lonely.parent.mkdir()

    def file_alone_has_it() -> None:
        lonely.write_bytes(fair.path.read_bytes())  # the .fair alone, as a file manager copies
        conn = sqlite3.connect(lonely)
        try:
            value = conn.execute("SELECT value FROM fair_settings WHERE key = 'fair.name'")
            assert value.fetchone() == ('"闲时写入文件的名字"',)
        finally:
            conn.close()
            for extra in lonely.parent.glob("copy.fair-*"):
                extra.unlink()
    qtbot.waitUntil(file_alone_has_it, timeout=2000)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_window_and_the_fair_cleanly(window, qtbot, sig):
    """Issue 13 (10): logout or shutdown (SIGTERM), Ctrl+C (SIGINT): the fair is closed."""
    from fairdesk.gui.shutdown import close_on_signals

    path = window.session.fair.path
    undo = close_on_signals(window)
    try:
        os.kill(os.getpid(), sig)
        qtbot.waitUntil(lambda: window.session.fair is None, timeout=2000)
    finally:
        undo()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_restore_yesterdays_backup_from_the_file_menu(window, qtbot, monkeypatch):
    """Issue 13 (11): a committee member restores a backup from File → Restore from backup…"""
    from fairdesk.core import backups
    from fairdesk.gui.qt import QInputDialog

    fair = window.session.fair
    fair.set_settings(fair__name="昨天的投洽会")
    window.rolling_backup.on_timer_timeout()  # the 10-minute backup, not waited for
    window.rolling_backup.job.join(timeout=10)  # it runs in a thread of its own
    (yesterday,) = backups.list_backups(fair.path)
    assert yesterday.reason == "timer"
    fair.set_settings(fair__name="今天改坏了")
    offered = []

    def choose(parent, title, label, items, *args):
        offered.extend(items)
        return items[-1], True  # the oldest: yesterday's
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    window.menus.restore_action.trigger()
    assert window.session.fair is not None and window.session.fair.name == "昨天的投洽会"
    assert len(offered) == 1 and "自动" in offered[0]
    assert {b.reason for b in backups.list_backups(window.session.fair.path)} == {"timer",
                                                                                  "restore"}


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_sign_in_notes_show_every_line(qtbot, lang):
    """The wrapped notes on the first screen get the height their lines need (the PIN
    note's last line was cut off)."""
    install_language(lang)
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for label in (dialog.note, dialog.pin_note):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
