"""Slow jobs (PDFs, file parsing) in a worker thread, with progress and cancel.

The job is a plain function of plain data, called as
``job(progress=..., should_cancel=...)``; it must not touch the fair (SQLite
stays on the GUI thread). Results and errors come back as signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fairdesk.core.errors import FairdeskError
from fairdesk.gui.qt import QCoreApplication, QProgressDialog, QThread, QWidget, Signal

Job = Callable[..., Any]


class JobThread(QThread):
    """Runs ``job`` off the GUI thread; emits ``progressed``, then ``succeeded`` or ``failed``."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job, parent: Any = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        try:
            result = self._job(progress=self.progressed.emit,
                               should_cancel=lambda: self._cancelled)
        except FairdeskError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:  # disk full, file open in another program...
            self.failed.emit(str(exc))
        else:
            self.succeeded.emit(result)


def run_with_progress(parent: QWidget, job: Job, label: str) -> JobThread:
    """Start ``job`` in a thread behind a modal progress dialog with a Cancel button."""
    cancel = QCoreApplication.translate("JobThread", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle(label)
    dialog.setMinimumDuration(300)
    thread = JobThread(job, parent)

    def on_progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    thread.progressed.connect(on_progressed)
    dialog.canceled.connect(thread.cancel)
    thread.finished.connect(dialog.reset)
    thread.finished.connect(dialog.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
