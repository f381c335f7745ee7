"""Long jobs in a worker: a bug in the job is a sentence for the user, not a traceback."""

from __future__ import annotations

import gc

from fairdesk.gui.widgets import jobs
from fairdesk.gui.widgets.jobs import Worker, wait_for_jobs


def _broken(_progress, _cancelled):
    raise ValueError("no seat plan for table 7")


def _disk_full(_progress, _cancelled):
    raise OSError(28, "No space left on device")


def test_an_unexpected_error_is_one_sentence_and_the_traceback_is_logged(qtbot, caplog):
    worker = Worker(_broken)
    with qtbot.waitSignal(worker.failed, timeout=10000) as blocker:
        worker.start()
    worker.wait(5000)
    message = blocker.args[0]
    assert "Traceback" not in message and "\n" not in message
    assert "no seat plan for table 7" in message
    assert any(r.exc_info and r.exc_info[0] is ValueError for r in caplog.records)


def test_a_disk_error_is_said_as_the_system_says_it(qtbot):
    worker = Worker(_disk_full)
    with qtbot.waitSignal(worker.failed, timeout=10000) as blocker:
        worker.start()
    worker.wait(5000)
    wait_for_jobs()
    assert blocker.args[0] == "[Errno 28] No space left on device"


def _written_then_cancelled(worker_box):
    def job(_progress, _cancelled):
        worker_box[0].cancel()  # Cancel pressed after the job's last check
        return 3
    return job


def test_a_late_cancel_drops_a_plan_but_not_a_file_already_written(qtbot):
    box: list[Worker] = []
    plan = Worker(_written_then_cancelled(box))
    box.append(plan)
    with qtbot.waitSignal(plan.cancelled_by_user, timeout=10000):
        plan.start()
    plan.wait(5000)

    box.clear()
    render = Worker(_written_then_cancelled(box), keep_late_result=True)
    box.append(render)
    with qtbot.waitSignal(render.succeeded, timeout=10000) as blocker:
        render.start()
    render.wait(5000)
    assert blocker.args == [3]


def test_a_job_without_a_window_modal_dialog_leaves_the_window_usable(qtbot):
    from fairdesk.gui.qt import QProgressDialog, Qt, QWidget
    from fairdesk.gui.widgets.jobs import run_job

    page = QWidget()
    qtbot.addWidget(page)
    results: list[int] = []
    for modal in (True, False):
        worker = run_job(page, "…", lambda _p, _c: 1, results.append, modal=modal)
        dialog = page.findChildren(QProgressDialog)[-1]
        expected = Qt.WindowModality.WindowModal if modal else Qt.WindowModality.NonModal
        assert dialog.windowModality() == expected
        qtbot.waitUntil(lambda w=worker: not w.isRunning() and w not in jobs.RUNNING)
    assert results == [1, 1]


def test_a_finished_job_stays_askable_while_held_and_is_freed_when_let_go(qtbot):
    import gc
    import weakref

    from fairdesk.gui.qt import QWidget
    from fairdesk.gui.widgets.jobs import run_job

    page = QWidget()
    qtbot.addWidget(page)
    snapshot = {"guests": list(range(1000))}
    done: list[int] = []
    worker = run_job(page, "…", lambda _p, _c: len(snapshot["guests"]), done.append)
    qtbot.waitUntil(lambda w=worker: w not in jobs.RUNNING, timeout=10000)
    assert done == [1000] and not worker.isRunning()  # the page may still ask it
    gone = weakref.ref(worker)
    del worker
    gc.collect()
    assert gone() is None


def test_cycles_are_collected_on_the_gui_thread_only(qapp, qtbot) -> None:  # noqa: ANN001
    """A worker's allocations never start a collection there (it can free Qt objects in that
    thread and deadlock the window); the GUI thread's timer collects instead."""
    import threading

    from fairdesk.gui.qt import QWidget
    from fairdesk.gui.widgets.jobs import start_worker

    collected_in: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self
            self.widget = QWidget()  # garbage that holds a Qt object, as a closed page does

        def __del__(self) -> None:
            collected_in.append(threading.current_thread().name)

    gc.collect()
    Cycle()  # unreachable at once, freed only by a collection
    kept: list[list[int]] = []  # kept alive: enough new objects to pass every threshold
    worker = start_worker(lambda _p, _c: kept.extend([i] for i in range(200_000)))
    with qtbot.waitSignal(worker.ended, timeout=30000):
        worker.start()
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: bool(collected_in), timeout=5000)
    assert collected_in == [threading.main_thread().name]


def test_the_progress_dialog_is_never_closed_under_its_own_set_value(qapp, qtbot, monkeypatch) -> None:  # noqa: ANN001
    """A modal progress dialog's setValue() processes events: the job's end arriving there
    must not close and delete the dialog under it (a segfault in a print job)."""
    from fairdesk.gui.qt import QApplication, QProgressDialog, QWidget
    from fairdesk.gui.widgets.jobs import run_job

    closed_inside: list[bool] = []  # per close(): was a setValue() on the stack?
    inside = [0]
    original, original_close = QProgressDialog.setValue, QProgressDialog.close

    def set_value(dialog, value):  # noqa: ANN001
        inside[0] += 1
        try:
            original(dialog, value)
            QApplication.processEvents()  # as a modal dialog does: the job's end arrives here
        finally:
            inside[0] -= 1

    def close(dialog):  # noqa: ANN001
        closed_inside.append(inside[0] > 0)
        return original_close(dialog)

    monkeypatch.setattr(QProgressDialog, "close", close)
    monkeypatch.setattr(QProgressDialog, "setValue", set_value)
    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    done: list[int] = []

    def job(progress, _cancelled):  # noqa: ANN001
        for i in range(3):
            progress(i + 1, 3)
        return 3

    worker = run_job(page, "…", job, done.append)
    qtbot.waitUntil(lambda: worker not in jobs.RUNNING and done == [3], timeout=10000)
    qtbot.waitUntil(lambda: not page.findChildren(QProgressDialog), timeout=5000)
    assert closed_inside and not any(closed_inside)  # closed after setValue, never within
