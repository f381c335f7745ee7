"""Starting the window: the application, its font and language, sign-in, the first fair."""

from __future__ import annotations

import sys
from pathlib import Path

# The core and sqlite-utils load before Qt: once PySide6 is imported, it reads the source
# of every module imported after it (looking for `from __feature__ import`), ~25 ms here.
import fairdesk.core.dashboard  # noqa: F401
from fairdesk import APP_NAME, ORG_NAME, __version__
from fairdesk.base.errors import FairdeskError
from fairdesk.core import backups
from fairdesk.core.context import Operator
from fairdesk.gui import data_folder, prefs
from fairdesk.gui.data_folder import data_dir
from fairdesk.gui.demo_fair import DEMO_GUESTS, DEMO_SEED, open_demo
from fairdesk.gui.errors import install_excepthook, show_error
from fairdesk.gui.main_window import MainWindow
from fairdesk.gui.qt import (
    QApplication,
    QCoreApplication,
    QFont,
    QFontDatabase,
    QIcon,
    QLoggingCategory,
)
from fairdesk.gui.shutdown import close_on_signals
from fairdesk.gui.signin import ask_sign_in
from fairdesk.gui.style import STYLESHEET
from fairdesk.gui.translation import install_language, resolve_language
from fairdesk.gui.widgets.collector import install_collector
from fairdesk.resources import FALLBACK_FONTS, FONT_FAMILY, FONT_FILE, resource_path

FONT_POINT_SIZE = 10


# Fonts for the scripts Qt sets only with their OpenType tables (Indic: Devanagari is
# QChar::Script 11). For such a script Qt tries the application font's families in
# order and rejects, with a note on stderr each, every one without those tables before it
# reaches the right one: these come first among the fallbacks, right after the CJK font.
OPENTYPE_SCRIPTS = ("NotoSansDevanagari",)


def quiet_font_probes() -> None:
    """Silence Qt's font-database probe notes ("OpenType support missing for 'WenQuanYi
    Micro Hei', script 11", an *info* message, so no test's warning level catches it): the
    CJK font, first in the family list for every script, is tried and rejected for
    Devanagari before Noto Sans Devanagari sets the name, shaped, as it prints. The note is
    Qt's search, not a fault; the category's warnings still show."""
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")


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
    quiet_font_probes()
    fallbacks = []
    for fallback in sorted(FALLBACK_FONTS, key=lambda f: f.name not in OPENTYPE_SCRIPTS):
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
    install_collector()  # Python's cycle collector on this (the GUI) thread only
    app.setStyle("Fusion")
    install_font(app)
    app.setWindowIcon(QIcon(str(resource_path("icons/fairdesk.png"))))
    app.setStyleSheet(STYLESHEET)
    install_language(resolve_language(lang))
    return app


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


def _open_first_fair(window: MainWindow, *, file: str | None, demo: bool,
                     guests: int | None, seed: int | None) -> None:
    if demo:
        # the laptop's demo fair, made fresh only the first time or for a given size/seed
        fresh = guests is not None or seed is not None
        try:
            open_demo(window, fresh=fresh, guests=guests or DEMO_GUESTS,
                      seed=DEMO_SEED if seed is None else seed)
        except FairdeskError as exc:
            show_error(window, exc)
    elif file:
        window.open_path(file)
    elif last := prefs.last_file():
        window.open_path(last)


def run_gui(*, file: str | None = None, demo: bool = False, guests: int | None = None,
            seed: int | None = None, lang: str | None = None) -> int:
    """Run the window until it is closed; returns the exit status.

    ``demo``: this laptop's demo fair (made the first time; made afresh with ``guests`` or
    ``seed`` given)."""
    app = create_application(lang)
    data_folder.prepare()  # the old nested folder's content moves in before the log opens
    install_excepthook()
    backups.set_root(data_dir() / "backups")  # beside the laptop's data, not the fair
    signed = ask_sign_in()
    if signed is None:
        return 0
    window = MainWindow(signed.operator, pin=signed.pin)
    window.restore_geometry()
    # logout, shutdown, Ctrl+C: the fair is closed cleanly (also while a box that opening
    # the first fair showed is still up)
    close_on_signals(window)
    _open_first_fair(window, file=file, demo=demo, guests=guests, seed=seed)
    window.show()
    return app.exec()
