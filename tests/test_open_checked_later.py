"""Issue 8 (9): the window opens a fair without waiting for SQLite's quick check, yet a
damaged file is still refused before anything is written to it (issue 13, 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_safety_damage import _a_damaged_page

from bench.crowd import make_crowd
from fairdesk.base.errors import FairFileError
from fairdesk.core.context import Operator
from fairdesk.core.fair import Fair
from fairdesk.gui.main_window import MainWindow
from fairdesk.gui.qt import QMessageBox
from fairdesk.gui.widgets.jobs import wait_for_jobs

DESK = Operator("李娜", "报到台1", "lap2")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _damaged_fair(tmp_path: Path) -> Path:
    path = tmp_path / "paged.fair"
    fair = Fair.create(path)
    make_crowd(fair, 400)
    fair.close()
    _a_damaged_page(path)
    return path


def test_a_write_before_the_check_runs_it_and_a_damaged_file_stays_unchanged(tmp_path) -> None:
    path = _damaged_fair(tmp_path)
    damaged = path.read_bytes()
    fair = Fair.open(path, DESK, check_later=True)  # opens: the check is left for later
    assert fair.check_pending
    fair.sign_in(DESK, record_later=True)  # nothing written yet
    with pytest.raises(FairFileError, match="已损坏，未做任何改动"):
        with fair.transaction() as tx:
            tx.insert("operators", {"name": "x", "desk": "d", "laptop": "l"})
    with pytest.raises(FairFileError, match="已损坏"):  # and every later write too
        fair.record_sign_in()
    fair.close()
    assert path.read_bytes() == damaged  # not even the close-time checkpoint


def test_a_sound_fair_records_the_sign_in_once_checked(fair_path) -> None:
    fair = Fair.open(fair_path, DESK, check_later=True)
    fair.sign_in(DESK, record_later=True)
    assert fair.count("operators", "name = ?", [DESK.name]) == 0  # not before the check
    fair.checked(damaged=False)
    assert not fair.check_pending
    assert fair.count("operators", "name = ?", [DESK.name]) == 1
    fair.checked(damaged=False)  # reported twice: recorded once
    assert fair.count("operators", "name = ?", [DESK.name]) == 1
    fair.close()


def test_the_window_checks_after_opening_and_closes_a_damaged_fair(qtbot, tmp_path,
                                                                  monkeypatch) -> None:
    path = _damaged_fair(tmp_path)
    damaged = path.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    win = MainWindow(DESK)
    qtbot.addWidget(win)
    win.open_fair_file(path)  # the window opens at once
    assert win.session.fair is not None
    win.show()
    qtbot.waitUntil(lambda: win.session.fair is None, timeout=10_000)  # checked, then closed
    wait_for_jobs()
    assert shown and "已损坏，未做任何改动" in shown[0] and "fairdesk check" in shown[0]
    assert win.root.currentIndex() == 0  # back on the start panel
    assert path.read_bytes() == damaged


def test_the_window_records_the_operator_after_the_check(qtbot, fair_path) -> None:
    win = MainWindow(DESK)
    qtbot.addWidget(win)
    win.open_fair_file(fair_path)
    fair = win.session.fair
    win.show()
    qtbot.waitUntil(lambda: not fair.check_pending, timeout=10_000)
    wait_for_jobs()
    assert fair.count("operators", "name = ? AND desk = ?", [DESK.name, DESK.desk]) == 1
    win.session.close()


def test_no_checkpoint_copies_pages_into_a_file_not_yet_checked(fair_path) -> None:
    fair = Fair.open(fair_path, DESK, check_later=True)
    assert fair.checkpoint() is False  # the window's idle checkpoint waits for the check
    fair.checked(damaged=False)
    assert fair.checkpoint() is True
    fair.close()


def test_a_fair_closed_before_its_check_is_checked_then(tmp_path) -> None:
    path = _damaged_fair(tmp_path)
    damaged = path.read_bytes()
    fair = Fair.open(path, DESK, check_later=True)
    fair.close()  # checked at close: damaged, so not checkpointed
    assert path.read_bytes() == damaged
