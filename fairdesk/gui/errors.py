"""Errors in the window: a sentence in a message box, never a traceback; the rest is logged."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from fairdesk.base.errors import FairdeskError
from fairdesk.gui.data_folder import data_dir
from fairdesk.gui.qt import QApplication, QCoreApplication, QMessageBox, QWidget

log = logging.getLogger("fairdesk")


def log_path() -> Path:
    return data_dir() / "fairdesk.log"


def setup_logging() -> None:
    """Log warnings and errors to the data folder's fairdesk.log."""
    handler = logging.FileHandler(log_path(), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """A user-facing sentence for a FairdeskError; other errors are logged and summarised."""
    translate = QCoreApplication.translate
    if isinstance(exc, FairdeskError):
        QMessageBox.warning(parent, title or "fairdesk", str(exc))
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    text = translate("errors", "Something went wrong: %1")
    note = translate("errors", "Your data is safe: each change is saved whole or not at all. "
                     "The details are in %1.")
    box = QMessageBox(QMessageBox.Icon.Critical, title or translate("errors", "Unexpected error"),
                      text.replace("%1", str(exc) or type(exc).__name__), parent=parent)
    box.setInformativeText(note.replace("%1", str(log_path())))
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Shows unexpected errors in a dialog instead of crashing silently."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, exc, tb)
        return
    show_error(QApplication.activeWindow(), exc)


def install_excepthook() -> None:
    setup_logging()
    sys.excepthook = excepthook
