"""While the window is open, the .fair file alone holds every committed change.

SQLite in WAL mode commits into the ``-wal`` beside the file; until a checkpoint copies
those pages in, a copy of the ``.fair`` alone (to a USB stick, as the README invites)
misses them. One second after the last change, while the desk is idle, the window
checkpoints; a burst of scans pays for one checkpoint, not one each (issue 13).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from fairdesk.base.errors import FairdeskError
from fairdesk.core import backups
from fairdesk.gui.qt import QObject, QTimer
from fairdesk.gui.session import FairSession
from fairdesk.gui.widgets.collector import install_collector

IDLE_MS = 1000
RETRY_MS = 2000  # another desk was reading the file: try again


class IdleCheckpoint(QObject):
    """Checkpoints the session's fair once changes stop. Owned by the main window."""

    def __init__(self, session: FairSession, parent: QObject) -> None:
        super().__init__(parent)
        self.session = session
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self.on_timer_timeout)
        self.session.fair_changed.connect(self.on_fair_changed)
        self.session.fair_opened.connect(self.on_fair_opened)
        self.session.fair_closed.connect(self.timer.stop)

    def on_fair_changed(self, _changes: object) -> None:
        self.timer.start(IDLE_MS)

    def on_fair_opened(self, _fair: object) -> None:
        self.timer.start(0)  # a fair just made (a demo) may be all in its -wal

    def on_timer_timeout(self) -> None:
        fair = self.session.fair
        if fair is not None and not fair.checkpoint():
            self.timer.start(RETRY_MS)


BACKUP_EVERY_MS = 10 * 60 * 1000


class RollingBackup(QObject):
    """Every 10 minutes, while the fair has changed since the last one, a backup (backup
    API) into the laptop's backups folder; old ones pruned (core/backups.py)."""

    def __init__(self, session: FairSession, parent: QObject) -> None:
        super().__init__(parent)
        self.session = session
        self.changed = False
        self.job: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_EVERY_MS)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.session.fair_changed.connect(self.on_fair_changed)
        self.session.fair_closed.connect(self.timer.stop)

    def on_fair_changed(self, _changes: object) -> None:
        self.changed = True
        if not self.timer.isActive():
            self.timer.start()

    def on_timer_timeout(self) -> None:
        fair = self.session.fair
        if fair is None or fair.path is None or not self.changed:
            self.timer.stop()
            return
        if self.job is not None and self.job.is_alive():
            return  # the last one is still writing (a slow stick): next tick
        self.changed = False
        # In a thread, on a connection of its own: the desk's check-ins never wait for it
        install_collector()  # never a cycle collection in that thread (see collector)
        self.job = threading.Thread(target=_back_up, args=(fair.path, backups.keep_of(fair)),
                                    name="rolling-backup", daemon=True)
        self.job.start()


def _back_up(path: Path, keep: int) -> None:
    try:
        backups.back_up_file(path, "timer", keep=keep)
    except (FairdeskError, OSError, sqlite3.Error):
        pass  # a full disk: the next tick tries again; the fair itself is untouched
