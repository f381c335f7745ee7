"""Long jobs in a worker: a bug in the job is a sentence for the user, not a traceback."""

from __future__ import annotations

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
