"""A laptop of its own for a window test: its settings in a temp folder, and the shared
application left as every other test module expects it afterwards."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fairdesk.base.i18n import set_language
from fairdesk.gui import prefs
from fairdesk.gui.app import create_application
from fairdesk.gui.qt import QCoreApplication, QSettings, QStandardPaths
from fairdesk.gui.translation import install_language


@contextmanager
def own_laptop(tmp_path: Path, lang: str | None = "zh") -> Iterator[Path]:
    """Per-laptop settings (ini files) in ``tmp_path``, the application made in ``lang``
    (None: leave it to the test); on leaving, the settings cleared, no translators, Chinese
    texts and no stylesheet, as the session-wide application was."""
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    if lang is not None:
        create_application(lang)
    prefs.settings().clear()
    try:
        yield tmp_path
    finally:
        prefs.settings().clear()
        install_language("en")
        set_language("zh")
        QCoreApplication.instance().setStyleSheet("")


def open_window(qtbot: Any, fair_file: Path, copy_to: Path, operator: Any = None,
                size: tuple[int, int] = (1366, 768)) -> Any:
    """The real main window, shown at ``size``, on a copy of ``fair_file`` at ``copy_to``,
    signed in as ``operator`` (the tests' operator unless given)."""
    from fairdesk.gui.main_window import MainWindow
    from tests.conftest import TESTER

    shutil.copy(fair_file, copy_to)
    window = MainWindow(operator or TESTER)
    qtbot.addWidget(window)
    window.open_fair_file(copy_to)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
