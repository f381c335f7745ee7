"""Long jobs off the GUI thread, with a progress dialog and a cancel button.

The job is a plain function ``fn(progress, cancelled) -> result`` working on a
snapshot of data read beforehand on the GUI thread (SQLite stays there);
``progress(done, total)`` moves the bar, ``cancelled()`` tells it to stop.
The result comes back on the GUI thread through ``on_done``; writes happen
there, in one transaction.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from fairdesk.base.errors import FairdeskError
from fairdesk.gui.qt import (
    QApplication,
    QCoreApplication,
    QCursor,
    QEventLoop,
    QMessageBox,
    QObject,
    QProgressDialog,
    Qt,
    QThread,
    QWidget,
    Signal,
    Slot,
)
from fairdesk.gui.widgets.collector import install_collector
from fairdesk.gui.widgets.ops import FAILED, run_op

JobFn = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

translate = QCoreApplication.translate  # literal contexts, for lupdate


log = logging.getLogger("fairdesk")

RUNNING: set[QThread] = set()
PROGRESS_EVERY_S = 0.1  # a worker's progress reaches the GUI thread at most this often


def alive(widget: QObject) -> bool:
    """False once Qt has deleted the object (its page was closed while a job ran)."""
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


def wait_for_jobs(timeout_ms: int = 30000) -> None:
    """Block until every running job's thread has ended (tests, closing the window)."""
    for worker in list(RUNNING):
        worker.wait(timeout_ms)


def unexpected_sentence(err: Exception) -> str:
    """One sentence for a bug met in a job (the traceback goes to the log, not to the user)."""
    log.error("job failed", exc_info=(type(err), err, err.__traceback__))
    text = translate("errors", "Something went wrong: %1")
    return text.replace("%1", str(err) or type(err).__name__)


class JobCancelled(Exception):
    """Raised by a job that noticed ``cancelled()``; reported as a cancel, not an error."""


class Relay(QObject):
    """Lives on the GUI thread: a worker's results are re-emitted from here.

    A signal emitted in the worker thread and connected to a plain Python function (a
    lambda, a closure) may run that function in the worker thread: PySide has no receiver
    object to queue it for. Every worker signal goes to this object's slots instead
    (queued, as it lives on the GUI thread) and is emitted again there, so whatever a
    caller connects runs on the GUI thread, where widgets and timers may be touched.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled_by_user = Signal()
    ended = Signal()  # the thread has finished (after any of the three above)

    @Slot(int, int)
    def relay_progressed(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(object)
    def relay_succeeded(self, result: Any) -> None:
        self.succeeded.emit(result)

    @Slot(str)
    def relay_failed(self, message: str) -> None:
        self.failed.emit(message)

    @Slot()
    def relay_cancelled(self) -> None:
        self.cancelled_by_user.emit()

    @Slot()
    def relay_ended(self) -> None:
        self.ended.emit()


class ModalJobs(QObject):
    """Says when the window is behind a job's window-modal dialog: ``busy(True)`` as the
    first such job starts, ``busy(False)`` when the last has ended.

    Whatever runs Python on the GUI thread for every event (the scanner's application-wide
    event filter) listens and stands aside meanwhile: the dialog takes the keys anyway,
    and each call would take Python's lock from the worker.
    """

    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.count = 0

    def job_started(self) -> None:
        self.count += 1
        if self.count == 1:
            self.busy.emit(True)

    @Slot()
    def job_ended(self) -> None:
        self.count = max(self.count - 1, 0)
        if self.count == 0:
            self.busy.emit(False)


def modal_jobs() -> ModalJobs:
    """The application's one ModalJobs (made on first use, kept with the application)."""
    app = QCoreApplication.instance()
    board = getattr(app, "_fairdesk_modal_jobs", None)
    if board is None:
        board = ModalJobs(app)
        app._fairdesk_modal_jobs = board  # noqa: SLF001 — kept alive with the application
    return board


class Worker(QThread):
    """Runs one job function; results and errors arrive as signals on the GUI thread.

    ``progressed``, ``succeeded``, ``failed``, ``cancelled_by_user`` and ``ended`` are
    the GUI-thread signals of its relay (see Relay); the ``_``-named ones are emitted
    in the worker thread and only ever reach the relay.
    """

    _progressed = Signal(int, int)
    _succeeded = Signal(object)
    _failed = Signal(str)
    _cancelled = Signal()

    def __init__(self, fn: JobFn, parent: QWidget | None = None, *,
                 keep_late_result: bool = False) -> None:
        super().__init__(parent)
        self.fn = fn
        self.keep_late_result = keep_late_result
        self._cancel = False
        install_collector()  # no cycle collection in this thread, ever (see collector)
        self.relay = Relay()  # made here, on the GUI thread: it stays there
        queued = Qt.ConnectionType.QueuedConnection
        self._progressed.connect(self.relay.relay_progressed, queued)
        self._succeeded.connect(self.relay.relay_succeeded, queued)
        self._failed.connect(self.relay.relay_failed, queued)
        self._cancelled.connect(self.relay.relay_cancelled, queued)
        self.finished.connect(self.relay.relay_ended, queued)

    @property
    def progressed(self) -> Any:
        return self.relay.progressed

    @property
    def succeeded(self) -> Any:
        return self.relay.succeeded

    @property
    def failed(self) -> Any:
        return self.relay.failed

    @property
    def cancelled_by_user(self) -> Any:
        return self.relay.cancelled_by_user

    @property
    def ended(self) -> Any:
        return self.relay.ended

    def cancel(self) -> None:
        self._cancel = True

    def is_cancelled(self) -> bool:
        return self._cancel

    def coalesced_progress(self) -> Callable[[int, int], None]:
        """``progress(done, total)`` for the job: passed on at most every PROGRESS_EVERY_S,
        and always when ``done`` reaches ``total``.

        Each signal wakes the GUI thread, which then needs Python's lock the worker holds
        (a bar moved, a dialog repainted): a job reporting every page or row would spend
        its time handing that lock back and forth instead of rendering.
        """
        last = [float("-inf")]
        emit = self._progressed.emit

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if done >= total or now - last[0] >= PROGRESS_EVERY_S:
                last[0] = now
                emit(done, total)

        return progress

    def run(self) -> None:
        try:
            result = self.fn(self.coalesced_progress(), self.is_cancelled)
        except JobCancelled:
            self._cancelled.emit()
            return
        except (FairdeskError, OSError) as err:  # a renderer's "cancelled" error is a cancel too
            self._cancelled.emit() if self._cancel else self._failed.emit(str(err))
            return
        except Exception as err:  # an unexpected failure is shown, not lost in a thread
            self._failed.emit(unexpected_sentence(err))
            return
        if self._cancel and not self.keep_late_result:
            self._cancelled.emit()
        else:
            self._succeeded.emit(result)


def start_worker(fn: JobFn, *, keep_late_result: bool = False) -> Worker:
    """A worker for ``fn`` (not started: connect its signals, then ``start()``).

    No Qt parent: a page or dialog closed mid-job must not destroy a running thread (Qt
    aborts the whole program); the worker is kept in RUNNING until its thread has
    finished. Python owns it after that: a caller may keep it to ask isRunning() later
    (one batch of badges at a time).
    """
    worker = Worker(fn, keep_late_result=keep_late_result)
    RUNNING.add(worker)
    # the slot holds it weakly: a strong reference from a slot would keep it (and the
    # snapshot its job holds) alive through its own connection for good
    weak_worker = weakref.ref(worker)

    def on_ended() -> None:  # on the GUI thread (the relay's), never the worker's own
        ended = weak_worker()
        if ended is not None:
            ended.wait()  # past its last instruction, so dropping the last reference is safe
            RUNNING.discard(ended)

    worker.ended.connect(on_ended)
    return worker


def run_job(
    parent: QWidget,
    label: str,
    fn: JobFn,
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None] | None = None,
    *,
    modal: bool = True,
    keep_late_result: bool = False,
) -> Worker:
    """Start ``fn`` in a worker thread behind a progress dialog with a Cancel button.

    ``on_done(result)`` runs on the GUI thread when the job succeeds;
    ``on_failed(message)`` when it raises (default: the message in the dialog's place);
    a cancel is the worker's ``cancelled_by_user`` signal. ``modal=False`` leaves the
    window usable meanwhile (a batch of badges draws while the desk works on).
    ``keep_late_result`` is for a job whose result is already written (a rendered
    file): a Cancel pressed after its last check no longer undoes it.
    """
    dialog = QProgressDialog(label, translate("Jobs", "Cancel"), 0, 0, parent)
    if modal:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = start_worker(fn, keep_late_result=keep_late_result)

    # A modal dialog's setValue() processes events: the job's result, its end and more
    # progress can arrive while it is on the stack. The dialog is never closed or deleted
    # under it (that crashed: a segfault inside setValue) and setValue never re-entered.
    state = {"in_set_value": False, "ended": False}

    def close_dialog() -> None:
        if alive(dialog):
            dialog.close()
            dialog.deleteLater()

    def on_progressed(done: int, total: int) -> None:
        if state["in_set_value"] or state["ended"] or not alive(dialog):
            return
        state["in_set_value"] = True
        try:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
        finally:
            state["in_set_value"] = False
        if state["ended"]:  # the job ended while setValue ran: close the dialog now
            close_dialog()

    def on_finished() -> None:
        state["ended"] = True
        if not state["in_set_value"]:
            close_dialog()

    worker.progressed.connect(on_progressed)
    worker.succeeded.connect(on_done)
    worker.failed.connect(
        on_failed or (lambda message: alive(parent) and show_failure(parent, message))
    )
    dialog.canceled.connect(worker.cancel)
    worker.ended.connect(on_finished)
    if modal:
        board = modal_jobs()
        board.job_started()
        worker.ended.connect(board.job_ended)
    worker.start()
    return worker


def show_failure(parent: QWidget, message: str) -> QMessageBox:
    """Say that a job failed, without blocking (the box is opened, not exec'd)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Jobs", "The job did not finish"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor around a short job that must run on the GUI thread (it reads the fair)."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def plan_in_worker(
    parent: QWidget,
    label: str,
    snapshot: Callable[[], Any],
    plan: Callable[[Any, Callable[[int, int], None], Callable[[], bool]], Any],
    on_planned: Callable[[Any], None],
) -> Worker | None:
    """Read ``snapshot()`` here (the fair's thread, under a wait cursor), then run
    ``plan(data, progress, cancelled)`` in a worker behind the progress dialog.

    ``on_planned(result)`` runs on the GUI thread unless the user cancelled or
    ``parent`` was closed meanwhile. None (and the reason shown) if the read fails.
    """
    def read() -> Any:
        with busy():
            return snapshot()

    data = run_op(parent, read, on_error=lambda err: show_failure(parent, str(err)))
    if data is FAILED:
        return None

    def done(result: Any) -> None:
        if alive(parent):
            on_planned(result)

    return run_job(parent, label, lambda progress, cancelled: plan(data, progress, cancelled), done)


@contextmanager
def write_progress(parent: QWidget, label: str, total: int) -> Iterator[Callable[[int, int], None]]:
    """A modal progress bar for writes on the GUI thread (one transaction, no cancel).

    The yielded ``progress(done, total)`` repaints the window between batches; user
    input is held back so nothing else writes while the transaction is open.
    """
    dialog = QProgressDialog(label, "", 0, max(total, 1), parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, count: int) -> None:
        dialog.setMaximum(max(count, 1))
        dialog.setValue(min(done, max(count, 1)))
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    try:
        yield progress
    finally:
        dialog.close()
        dialog.deleteLater()
