"""SIGTERM (logout, shutdown) and SIGINT (Ctrl+C in the terminal) close the window cleanly:
the fair is checkpointed and closed as if the operator had quit."""

from __future__ import annotations

import signal
from collections.abc import Callable

from fairdesk.gui.qt import QTimer, QWidget

# Python runs a signal handler only when the interpreter gets control; Qt's event loop
# is C++, so a timer gives it control a few times a second.
WAKE_MS = 200
SIGNALS = (signal.SIGTERM, signal.SIGINT)


def close_on_signals(window: QWidget) -> Callable[[], None]:
    """Close ``window`` on SIGTERM or SIGINT; returns a function that undoes it."""
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(WAKE_MS)
    previous = {sig: signal.getsignal(sig) for sig in SIGNALS}

    def on_signal(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for sig in SIGNALS:
        signal.signal(sig, on_signal)

    def undo() -> None:
        wake.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return undo
