"""SIGTERM (logout, shutdown) and SIGINT (Ctrl+C in the terminal) close the window cleanly:
the fair is checkpointed and closed as if the operator had quit."""

from __future__ import annotations

import signal
from collections.abc import Callable

from fairdesk.gui.qt import QApplication, QDialog, QTimer, QWidget

# Python runs a signal handler only when the interpreter gets control; Qt's event loop
# is C++, so a timer gives it control a few times a second.
WAKE_MS = 200
SIGNALS = (signal.SIGTERM, signal.SIGINT)
MAX_DIALOGS = 20  # dialogs stacked on one another, more than a window ever opens


def close_on_signals(window: QWidget) -> Callable[[], None]:
    """Close ``window`` on SIGTERM or SIGINT; returns a function that undoes it."""
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(WAKE_MS)
    previous = {sig: signal.getsignal(sig) for sig in SIGNALS}

    def on_signal(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, lambda: shut(window))

    for sig in SIGNALS:
        signal.signal(sig, on_signal)

    def undo() -> None:
        wake.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return undo


def shut(window: QWidget) -> None:
    """Close the dialogs open over the window (an error box, a form: each answered as by
    Esc), then the window, which closes the fair; then end the application, though a box
    with no parent would keep it running (it did: SIGTERM was ignored while one showed)."""
    for _ in range(MAX_DIALOGS):
        modal = QApplication.activeModalWidget()
        if modal is None:
            break
        if isinstance(modal, QDialog):
            modal.reject()  # its exec() returns when the event loop next runs
        else:
            modal.close()

    def close_window() -> None:
        window.close()
        QApplication.quit()  # every event loop ends, a dialog's nested one too
    QTimer.singleShot(0, close_window)
