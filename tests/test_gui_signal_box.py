"""SIGTERM (logout, shutdown) closes the window and the fair cleanly even while an error
box is open over it, or one with no parent (it used to keep the process running)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import crash
import pytest

from fairdesk.core.fair import Fair

CHILD = """
import sys
from pathlib import Path
from fairdesk.core.context import Operator
from fairdesk.gui.app import create_application
from fairdesk.gui.qt import QMessageBox, QTimer
from fairdesk.gui.shutdown import close_on_signals

app = create_application("zh")
from fairdesk.gui.main_window import MainWindow
window = MainWindow(Operator("值班员", "desk-1", "lap"))
window.open_fair_file(Path(sys.argv[1]))
window.session.fair.set_settings(fair__name="关机前的名字")
window.show()
close_on_signals(window)

def box():
    QTimer.singleShot(0, lambda: print("box open", flush=True))
    QMessageBox.warning(window if sys.argv[2] == "window" else None, "出错", "一个错误框")
    print("box gone", flush=True)

QTimer.singleShot(0, box)
code = app.exec()
print("closed" if window.session.fair is None else "still open", flush=True)
raise SystemExit(code)
"""


@pytest.mark.parametrize("parent", ["window", "none"])
def test_sigterm_with_an_error_box_open_closes_the_fair(tmp_path: Path, parent: str) -> None:
    path = tmp_path / "box.fair"
    Fair.create(path).close()
    env = {**crash.ENV, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), parent], env=env,
                            cwd=crash.ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    assert proc.stdout.readline().strip() == "box open"
    proc.send_signal(signal.SIGTERM)
    try:
        out, _ = proc.communicate(timeout=60)  # a guard against a hang, not a timing
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the window ignored SIGTERM while the box was open")
    assert out.split() == ["box", "gone", "closed"] and proc.returncode == 0
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed
    lonely = tmp_path / "alone.fair"
    lonely.write_bytes(path.read_bytes())
    conn = sqlite3.connect(lonely)
    try:
        assert conn.execute("SELECT value FROM fair_settings WHERE key = 'fair.name'"
                            ).fetchone() == ('"关机前的名字"',)
    finally:
        conn.close()
