"""The menu bar: File (new, new demo, open, recent, save a copy, switch operator, quit),
Edit (undo), Settings, Help."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk import __version__
from fairdesk.base.errors import FairFileError
from fairdesk.base.files import write_error
from fairdesk.core import backups, roles, undo
from fairdesk.core.fair import Fair
from fairdesk.gui import prefs
from fairdesk.gui.demo_fair import demo_file_path, open_demo
from fairdesk.gui.qt import (
    QAction,
    QActionGroup,
    QFileDialog,
    QInputDialog,
    QKeySequence,
    QMenuBar,
    QMessageBox,
)
from fairdesk.gui.signin import LANGUAGE_NAMES, ask_sign_in
from fairdesk.gui.translation import install_language, resolve_language
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.storage import sqlerrors

if TYPE_CHECKING:
    from fairdesk.gui.main_window import MainWindow

FAIR_SUFFIX = ".fair"


def save_copy(fair: Fair, path: str) -> None:
    """Write a copy of ``fair`` to ``path``. Raises FairFileError (same file, cannot write)."""
    if fair.path is not None and Path(path).resolve() == fair.path.resolve():
        raise FairFileError("副本不能覆盖正在使用的投洽会文件，请换一个文件名。",
                            "A copy cannot replace the open fair file; choose another name.")
    try:
        fair.save_copy(path, new_desk=True)
    except OSError as exc:
        raise write_error(path, exc) from exc
    except sqlite3.Error as exc:
        why = sqlerrors.reason(exc)
        raise FairFileError(f"无法写入 {path}：{why.zh}。", f"Cannot write {path}: {why.en}.") from exc


def _cut(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


class MenuBar(QMenuBar):
    """Menus and their actions; slots act on the main window given at construction."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.file_menu = self.addMenu("")
        self.edit_menu = self.addMenu("")
        self.view_menu = self.addMenu("")
        self.settings_menu = self.addMenu("")
        self.help_menu = self.addMenu("")
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New)
        self.new_demo_action = QAction(self)
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.recent_menu = self.file_menu.addMenu("")
        self.save_copy_action = QAction(self)
        self.restore_action = QAction(self)
        self.exchange_action = QAction(self)
        self.switch_operator_action = QAction(self)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        # Ctrl+Z in a text field still undoes the typing there (the field takes it first)
        self.undo_action = QAction(self, shortcut=QKeySequence.StandardKey.Undo)
        self.fair_settings_action = QAction(self)
        self.language_menu = self.settings_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions = {code: QAction(self, checkable=True)
                                 for code in ("system", "zh", "en")}
        self.about_action = QAction(self)
        # Edit: the keys every page shares (Ctrl+Z is Undo's, above)
        self.find_action = QAction(self, shortcut=QKeySequence.StandardKey.Find)
        self.save_action = QAction(self, shortcut=QKeySequence.StandardKey.Save)
        self.delete_action = QAction(self, shortcut=QKeySequence.StandardKey.Delete)
        # View: every page from the keyboard, also past Ctrl+9 (a tab page's own Ctrl+Tab
        # still turns its tabs)
        self.next_page_action = QAction(self, shortcut=QKeySequence("Ctrl+PgDown"))
        self.previous_page_action = QAction(self, shortcut=QKeySequence("Ctrl+PgUp"))
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        file_menu = self.file_menu
        file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.new_demo_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        file_menu.addAction(self.save_copy_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.exchange_action)
        file_menu.addSeparator()
        file_menu.addAction(self.switch_operator_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addSeparator()
        self.settings_menu.insertAction(self.language_menu.menuAction(),
                                        self.fair_settings_action)
        for code, action in self.language_actions.items():
            action.setData(code)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
        self.language_actions[prefs.language_choice()].setChecked(True)
        self.help_menu.addAction(self.about_action)
        for action in (self.find_action, self.save_action, self.delete_action):
            self.edit_menu.addAction(action)
        self.view_menu.addAction(self.next_page_action)
        self.view_menu.addAction(self.previous_page_action)

    def _connect_signals(self) -> None:
        self.new_action.triggered.connect(self.on_new_triggered)
        self.new_demo_action.triggered.connect(self.on_new_demo_triggered)
        self.open_action.triggered.connect(self.on_open_triggered)
        self.recent_menu.aboutToShow.connect(self.on_recent_menu_about_to_show)
        self.save_copy_action.triggered.connect(self.on_save_copy_triggered)
        self.restore_action.triggered.connect(self.on_restore_triggered)
        self.exchange_action.triggered.connect(self.on_exchange_triggered)
        self.switch_operator_action.triggered.connect(self.on_switch_operator_triggered)
        self.quit_action.triggered.connect(self.window_.close)
        self.edit_menu.aboutToShow.connect(self.on_edit_menu_about_to_show)
        self.undo_action.triggered.connect(self.on_undo_triggered)
        self.fair_settings_action.triggered.connect(self.on_fair_settings_triggered)
        self.language_group.triggered.connect(self.on_language_group_triggered)
        self.about_action.triggered.connect(self.on_about_triggered)
        self.find_action.triggered.connect(self.window_.on_find_activated)
        self.save_action.triggered.connect(self.window_.on_save_activated)
        self.delete_action.triggered.connect(self.window_.on_delete_activated)
        self.next_page_action.triggered.connect(lambda: self.window_.show_next_page(1))
        self.previous_page_action.triggered.connect(lambda: self.window_.show_next_page(-1))

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.next_page_action.setText(self.tr("&Next page"))
        self.previous_page_action.setText(self.tr("&Previous page"))
        self.find_action.setText(self.tr("&Find"))
        self.save_action.setText(self.tr("&Save"))
        self.delete_action.setText(self.tr("&Delete"))
        self.new_action.setText(self.tr("&New fair…"))
        self.new_demo_action.setText(self.tr("New &demo fair"))
        self.new_demo_action.setToolTip(self.tr(
            "Make this laptop's demo fair afresh: made-up guests, hotels, cars and "
            "checklists to try fairdesk or to train staff"))
        self.open_action.setText(self.tr("&Open…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.save_copy_action.setText(self.tr("Save a &copy…"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.exchange_action.setText(self.tr("E&xchange with another desk…"))
        self.switch_operator_action.setText(self.tr("S&witch operator…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.undo_action.setText(self.tr("&Undo the last action"))
        self.fair_settings_action.setText(self.tr("&Fair settings…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions["system"].setText(self.tr("Follow system"))
        for code in ("zh", "en"):
            self.language_actions[code].setText(LANGUAGE_NAMES[code])
        self.about_action.setText(self.tr("&About fairdesk"))
        self.update_enabled()

    def update_enabled(self) -> None:
        has_fair = self.window_.session.fair is not None
        self.save_copy_action.setEnabled(has_fair)
        self.restore_action.setEnabled(has_fair)
        for action in (self.find_action, self.save_action, self.delete_action):
            action.setEnabled(has_fair)
        self.exchange_action.setEnabled(has_fair)
        self.fair_settings_action.setEnabled(has_fair)
        self.undo_action.setEnabled(has_fair)
        for action in (self.next_page_action, self.previous_page_action):
            action.setEnabled(has_fair)

    def _start_dir(self) -> str:
        fair = self.window_.session.fair
        if fair is not None and fair.path is not None:
            return str(fair.path.parent)
        last = prefs.last_file()
        return str(Path(last).parent) if last else str(Path.home())

    # --- slots ----------------------------------------------------------------------
    def on_new_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window_, self.tr("New fair"), self._start_dir(),
                                              self.tr("Fair files (*.fair)"))
        if not path:
            return
        path = path if path.endswith(FAIR_SUFFIX) else path + FAIR_SUFFIX
        fair = run_op(self.window_, lambda: Fair.create(
            path, self.window_.operator, **{"fair.name": Path(path).stem}),
            title=self.tr("Cannot create the fair"))
        if fair is FAILED:
            return
        self.window_.open_fair(fair)
        self.on_fair_settings_triggered()

    def on_new_demo_triggered(self) -> None:
        """This laptop's demo fair made afresh (the one file ./run opens), after a yes."""
        if demo_file_path().is_file():
            answer = QMessageBox.question(
                self.window_, self.tr("New demo fair"),
                self.tr("Make the demo fair afresh? What was changed in the current demo "
                        "fair is lost; your own fair files are not touched."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        run_op(self.window_, lambda: open_demo(self.window_, fresh=True),
               title=self.tr("Cannot make the demo fair"))

    def on_open_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window_, self.tr("Open fair"), self._start_dir(),
                                              self.tr("Fair files (*.fair);;All files (*)"))
        if path:
            self.window_.open_path(path)

    def on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        files = prefs.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number}  {Path(path).name}    ({path})")
            action.triggered.connect(lambda _=False, p=path: self.window_.open_path(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent fairs")).setEnabled(False)

    def backup_labels(self, found: list[backups.Backup]) -> list[str]:
        reasons = {"timer": self.tr("automatic"), "import": self.tr("before an import"),
                   "restore": self.tr("before a restore"), "manual": self.tr("by hand"),
                   "upgrade": self.tr("before an upgrade")}
        return [f"{b.at:%Y-%m-%d %H:%M}  ·  {reasons.get(b.reason, b.reason)}" for b in found]

    def on_restore_triggered(self) -> None:
        fair = self.window_.session.fair
        if fair is None or fair.path is None:
            return
        title = self.tr("Restore from backup")
        if not self._allowed(fair, roles.Action.RESTORE, title):
            return
        found = backups.list_backups(fair.path)
        if not found:
            QMessageBox.information(self.window_, title, self.tr("This fair has no backups yet."))
            return
        labels = self.backup_labels(found)
        label, ok = QInputDialog.getItem(self.window_, title, self.tr(
            "Restore the fair as it was at (the current state is backed up first):"),
            labels, 0, False)
        if not ok:
            return
        chosen = found[labels.index(label)]
        path = fair.path
        done = run_op(self.window_, lambda: backups.restore(fair, chosen.path),
                      title=self.tr("Cannot restore the backup"))
        if done is FAILED:
            return
        self.window_.session.close()  # pages read the restored file from scratch
        self.window_.open_path(str(path))

    def on_save_copy_triggered(self) -> None:
        fair = self.window_.session.fair
        if fair is None:
            return
        stem = fair.path.stem if fair.path else "fair"
        suggestion = str(Path(self._start_dir()) / f"{stem}-copy{FAIR_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self.window_, self.tr("Save a copy"), suggestion,
                                              self.tr("Fair files (*.fair)"))
        if not path:
            return
        saved = run_op(self.window_, lambda: save_copy(fair, path),
                       title=self.tr("Cannot save a copy"))
        if saved is FAILED:
            return
        self.window_.statusBar().showMessage(self.tr("Saved a copy to %1").replace("%1", path),
                                             8000)

    def on_exchange_triggered(self) -> None:
        from fairdesk.gui.sync_dialog import SyncDialog  # loaded when first asked for

        fair = self.window_.session.fair
        if fair is not None:
            SyncDialog(fair, self.window_).exec()

    def on_switch_operator_triggered(self) -> None:
        window, language = self.window_, prefs.language_choice()
        fair = window.session.fair
        signed = ask_sign_in(window, check=fair.sign_in if fair is not None else None)
        if signed is not None:
            window.set_operator(signed.operator, signed.pin)
        if prefs.language_choice() != language:  # chosen on the sign-in screen
            self.language_actions[prefs.language_choice()].setChecked(True)
            window.retranslate()

    def on_fair_settings_triggered(self) -> None:
        fair = self.window_.session.fair
        if fair is not None and self._allowed(fair, roles.Action.SETTINGS,
                                               self.tr("Fair settings")):
            from fairdesk.gui.fair_settings import FairSettingsDialog  # built when asked

            FairSettingsDialog(fair, self.window_).exec()

    def _allowed(self, fair: Fair, action: str, title: str) -> bool:
        """May the operator do ``action``? If not, the refusal is said before anything is asked."""
        return run_op(self.window_, lambda: roles.require(fair, action), title=title) is not FAILED

    def on_edit_menu_about_to_show(self) -> None:
        """Name the action Undo would take back (or say there is none)."""
        fair = self.window_.session.fair
        plan = run_op(None, lambda: undo.last_action(fair), on_error=lambda _e: None) \
            if fair is not None else None
        if plan is FAILED or plan is None:
            self.undo_action.setText(self.tr("&Undo the last action"))
            return
        self.undo_action.setText(self.tr("&Undo: %1").replace("%1", _cut(plan.summary(fair))))

    def on_undo_triggered(self) -> None:
        """Take back this desk's last action; a large one says what it changes first."""
        fair = self.window_.session.fair
        if fair is None:
            return
        title = self.tr("Cannot undo")
        plan = run_op(self.window_, lambda: undo.last_action(fair), title=title)
        if plan is FAILED:
            return
        if plan is None:
            QMessageBox.information(self.window_, self.tr("Undo"),
                                    self.tr("There is nothing to undo on this desk."))
            return
        if run_op(self.window_, lambda: undo.check(fair, plan), title=title) is FAILED:
            return
        if plan.large and not self._confirm_undo(fair, plan):
            return
        if run_op(self.window_, lambda: undo.undo(fair, plan), title=title) is FAILED:
            return
        self.window_.statusBar().showMessage(
            self.tr("Undone: %1").replace("%1", plan.summary(fair)), 15000)

    def _confirm_undo(self, fair: Fair, plan: undo.UndoPlan) -> bool:
        lines = "\n".join(f"• {line}" for line in plan.lines(fair))
        text = self.tr("Undo %1's action of %2? It changes %3 records:").replace(
            "%1", plan.operator).replace("%2", undo.clock(fair, plan.at)).replace(
            "%3", str(plan.records)) + "\n" + lines
        answer = QMessageBox.question(
            self.window_, self.tr("Undo"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def on_language_group_triggered(self, action: QAction) -> None:
        choice = action.data()
        prefs.set_language_choice(choice)
        install_language(resolve_language(None, choice))
        self.window_.retranslate()

    def on_about_triggered(self) -> None:
        QMessageBox.about(self.window_, self.tr("About fairdesk"),
                          self.tr("fairdesk %1: runs a city's investment fair on site, offline.")
                          .replace("%1", __version__))
