"""Starting the window: the application, its font and language, sign-in, the first fair."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

# The core and sqlite-utils load before Qt: once PySide6 is imported, it reads the source
# of every module imported after it (looking for `from __feature__ import`), ~25 ms here.
import fairdesk.core.dashboard  # noqa: F401
from fairdesk import APP_NAME, ORG_NAME, __version__
from fairdesk.base.errors import FairdeskError
from fairdesk.core import backups
from fairdesk.core.context import Operator
from fairdesk.gui import prefs
from fairdesk.gui.errors import data_dir, install_excepthook, show_error
from fairdesk.gui.main_window import MainWindow
from fairdesk.gui.qt import QApplication, QCoreApplication, QFont, QFontDatabase, QIcon, Qt
from fairdesk.gui.shutdown import close_on_signals
from fairdesk.gui.signin import ask_sign_in
from fairdesk.gui.style import STYLESHEET
from fairdesk.gui.translation import install_language, resolve_language
from fairdesk.resources import FALLBACK_FONTS, FONT_FAMILY, FONT_FILE, resource_path

FONT_POINT_SIZE = 10


def install_font(app: QApplication) -> str:
    """Register the bundled fonts and make the CJK one, then the fallbacks, the application
    font; returns the CJK family.

    Chinese then renders on a borrowed laptop with no CJK font installed, and Arabic,
    Hebrew, Thai, Devanagari, rare CJK and emoji in the fonts the printouts use (Qt
    shapes and orders them itself), so the screen shows what prints.
    """
    font_id = QFontDatabase.addApplicationFont(str(resource_path(FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = FONT_FAMILY if FONT_FAMILY in families else (families[0] if families else "")
    fallbacks = []
    for fallback in FALLBACK_FONTS:
        fid = QFontDatabase.addApplicationFont(str(resource_path(fallback.file)))
        fallbacks += QFontDatabase.applicationFontFamilies(fid)[:1] if fid >= 0 else []
    if family:
        font = QFont(family, FONT_POINT_SIZE)
        font.setFamilies([family, *fallbacks])
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        app.setFont(font)
    return family


def create_application(lang: str | None = None, argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, font, style and translators; reuses a running one."""
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setStyle("Fusion")
    install_font(app)
    app.setWindowIcon(QIcon(str(resource_path("icons/fairdesk.png"))))
    app.setStyleSheet(STYLESHEET)
    install_language(resolve_language(lang))
    return app


def demo_file_path(now: datetime | None = None) -> Path:
    """A new file in this laptop's data folder: ``demo-<timestamp>.fair``."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return data_dir() / f"demo-{stamp}.fair"


def open_demo(window: MainWindow, *, guests: int, seed: int) -> None:
    """Generate a demo fair into a real file and open it. Raises FairdeskError."""
    from fairdesk.core.demo import create_demo_fair

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        fair = create_demo_fair(demo_file_path(), guests=guests, seed=seed,
                                operator=window.operator)
    finally:
        QApplication.restoreOverrideCursor()
    window.open_fair(fair)


def open_main_window(path: str | Path, operator: Operator) -> MainWindow:
    """Open the fair at ``path`` in a shown main window, no dialogs (for the benchmark).

    Creates the application if there is none. Raises FairFileError.
    """
    if QApplication.instance() is None:
        create_application()
    window = MainWindow(operator)
    window.open_fair_file(path)
    window.show()
    return window


def _open_first_fair(window: MainWindow, *, file: str | None, demo: bool, guests: int,
                     seed: int) -> None:
    if demo:
        try:
            open_demo(window, guests=guests, seed=seed)
        except (FairdeskError, ImportError) as exc:
            show_error(window, exc if isinstance(exc, FairdeskError) else
                       FairdeskError("本版本没有演示数据生成器。",
                                     "This build has no demo generator."))
    elif file:
        window.open_path(file)
    elif last := prefs.last_file():
        window.open_path(last)


def run_gui(*, file: str | None = None, demo: bool = False, guests: int = 600,
            seed: int = 2026, lang: str | None = None) -> int:
    """Run the window until it is closed; returns the exit status."""
    app = create_application(lang)
    install_excepthook()
    backups.set_root(data_dir() / "backups")  # beside the laptop's data, not the fair
    signed = ask_sign_in()
    if signed is None:
        return 0
    window = MainWindow(signed.operator, pin=signed.pin)
    window.restore_geometry()
    _open_first_fair(window, file=file, demo=demo, guests=guests, seed=seed)
    window.show()
    close_on_signals(window)  # logout, shutdown, Ctrl+C: the fair is closed cleanly
    return app.exec()
