"""The quick check of an opened fair, run in the background once the window is painted.

Opening a big fair does not wait for SQLite's quick check (a few hundred ms on 10,000
guests): the fair opens with ``check_later``, the window paints, and then a worker runs
the check on a read-only connection of its own. A write made before the result is in
runs the check itself first (``Fair.transaction``), so a damaged file is never written.
If the check finds damage, the fair is closed unchanged and the window says so.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from fairdesk.base.errors import FairdeskError
from fairdesk.gui.qt import QEvent, QObject, QTimer
from fairdesk.gui.widgets.jobs import start_worker
from fairdesk.storage import fairfile

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.gui.qt import QWidget
    from fairdesk.gui.session import FairSession

log = logging.getLogger("fairdesk")

# A window never painted (hidden, or built by a test) still gets its check this late.
UNPAINTED_MS = 400


def check_in_background(fair: Fair) -> Callable[[], bool | None]:
    """The job: True when damage is found, None when the file could not be read from
    another connection (the first write then runs the check on the fair's own)."""
    path = fair.path

    def job(_progress: object, _cancelled: object) -> bool | None:
        try:
            return fairfile.damage_found_at(path)
        except sqlite3.Error:
            return None

    return job  # type: ignore[return-value]


class FileCheck(QObject):
    """Starts the check of the session's fair after the first paint of ``window``; calls
    ``on_damaged(fair)`` (on the GUI thread) when the file is damaged."""

    def __init__(self, window: QWidget, session: FairSession,
                 on_damaged: Callable[[Fair], None]) -> None:
        super().__init__(window)
        self.window, self.session, self.on_damaged = window, session, on_damaged
        self.fair = session.fair
        self.worker = None
        window.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_MS, self, self.on_unpainted_timeout)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.start)  # once this paint pass is done
        return False

    def on_unpainted_timeout(self) -> None:
        """A hidden window is never painted: check now. A shown one waits for its paint,
        however long a slow machine takes to get there."""
        if not self.window.isVisible():
            self.start()

    def _still_pending(self) -> bool:
        return self.session.fair is self.fair and self.fair.check_pending

    def start(self) -> None:
        if self.worker is not None:
            return
        if not self._still_pending():  # a write checked it meanwhile, or it was closed
            self.window.removeEventFilter(self)
            self.deleteLater()
            return
        self.window.removeEventFilter(self)
        self.worker = start_worker(check_in_background(self.fair))
        self.worker.succeeded.connect(self.on_worker_succeeded)
        self.worker.start()

    def on_worker_succeeded(self, damaged: bool | None) -> None:
        self.deleteLater()  # its work is done either way
        if damaged is None or not self._still_pending():
            return  # not checked elsewhere, closed, or a write checked it meanwhile
        try:
            self.fair.checked(damaged)  # a sound file: the sign-in is written now
        except (sqlite3.Error, FairdeskError) as exc:  # busy at another desk: at next sign-in
            log.warning("the sign-in could not be recorded after the check: %s", exc)
        if damaged:
            self.on_damaged(self.fair)
