"""Printing badges from the window: warn before reprints, render in a worker, log the print.

SQLite stays on the GUI thread: the batch is issued and the snapshot read here,
the PDF is drawn in a :class:`RenderWorker` thread with a progress dialog and a
cancel button, and the print log is written back on the GUI thread when it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.base.errors import FairdeskError
from fairdesk.core.badges import issuing
from fairdesk.core.fair import Fair
from fairdesk.gui.qt import (
    QCoreApplication,
    QMessageBox,
    QProgressDialog,
    QThread,
    QWidget,
    Signal,
)
from fairdesk.gui.widgets import jobs

if TYPE_CHECKING:  # ReportLab and qrcode load when a badge is first printed, not at start-up
    from fairdesk.core.badges.snapshot import BadgeJob

SHOWN_WARNINGS = 8


class RenderWorker(QThread):
    """Draws a :class:`BadgeJob` to a PDF off the GUI thread."""

    progressed = Signal(int, int)
    finished_ok = Signal(int)  # pages
    failed = Signal(str)

    def __init__(self, path: Path, job: BadgeJob, size: str, back: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.job, self.size, self.back = path, job, size, back
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        from fairdesk.reports.badges.cards import RenderCancelled, render_badges

        try:
            pages = render_badges(self.path, self.job, self.size, back=self.back,
                                  progress=self.progressed.emit, cancelled=lambda: self._cancel)
        except RenderCancelled as exc:
            self.failed.emit(str(exc))
        except (FairdeskError, OSError) as exc:
            self.failed.emit(str(exc))
        else:
            self.finished_ok.emit(pages)


def confirm_reprints(parent: QWidget, fair: Fair, guest_ids: list[str]) -> bool:
    """Ask before reprinting badges already printed (the old ones become void)."""
    printed = issuing.already_printed(fair, guest_ids)
    if not printed:
        return True
    lines = [str(p.warning) for p in printed[:SHOWN_WARNINGS]]
    if len(printed) > SHOWN_WARNINGS:
        more = QCoreApplication.translate("BadgePrinting", "… and %1 more.")
        lines.append(more.replace("%1", str(len(printed) - SHOWN_WARNINGS)))
    title = QCoreApplication.translate("BadgePrinting", "Reprint badges?")
    text = QCoreApplication.translate(
        "BadgePrinting", "Some badges were printed before. Printing again voids them:")
    answer = QMessageBox.question(parent, title, text + "\n\n" + "\n".join(lines))
    return answer == QMessageBox.StandardButton.Yes


def print_badges(parent: QWidget, fair: Fair, guest_ids: list[str], path: Path, size: str,
                 *, back: bool = False, done: Callable[[int], None] | None = None) -> RenderWorker:
    """Issue, snapshot and render in a worker; the print log is written when it succeeds.

    Raises FairdeskError (unknown guest or size) before anything starts.
    """
    batch = issuing.badges_for_printing(fair, guest_ids, size=size)
    from fairdesk.core.badges.snapshot import badge_job

    # no parent: closing the page must not destroy a running thread; jobs.RUNNING keeps
    # it alive until it ends, and the main window waits for it before closing the fair
    worker = RenderWorker(path, badge_job(fair, batch, back=back), size, back)
    jobs.RUNNING.add(worker)
    worker.finished.connect(lambda: jobs.RUNNING.discard(worker))
    dialog = QProgressDialog(QCoreApplication.translate("BadgePrinting", "Drawing badges…"),
                             QCoreApplication.translate("BadgePrinting", "Cancel"), 0,
                             len(batch.badges), parent)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(worker.cancel)
    worker.progressed.connect(lambda d, _t: dialog.setValue(d))

    def on_finished_ok(pages: int) -> None:
        issuing.record_printed(fair, batch)
        dialog.reset()
        if done is not None:
            done(pages)

    def on_failed(message: str) -> None:
        dialog.reset()
        title = QCoreApplication.translate("BadgePrinting", "Badges not printed")
        QMessageBox.warning(parent, title, message)

    worker.finished_ok.connect(on_finished_ok)
    worker.failed.connect(on_failed)
    worker.start()
    return worker
