"""This laptop's demo fair: one file, made the first time and reused at every ``--demo``
(``./run``), replaced only when asked for a fresh one (File ▸ New demo fair)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.base.errors import FairdeskError
from fairdesk.core.context import Operator
from fairdesk.gui.data_folder import DEMO_NAME, data_dir, remove_fair
from fairdesk.gui.qt import QApplication, Qt

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.gui.main_window import MainWindow

DEMO_GUESTS = 600
DEMO_SEED = 2026


def demo_file_path() -> Path:
    """The laptop's demo fair: ``demo.fair`` in its data folder."""
    return data_dir() / DEMO_NAME


def make_demo(path: Path, operator: Operator, *, guests: int = DEMO_GUESTS,
              seed: int = DEMO_SEED) -> Fair:
    """A fresh demo fair at ``path``, replacing the one there only once the new one is
    whole (it is built beside it). The fair at ``path`` must be closed.

    Raises FairdeskError (cannot write the folder; no demo generator in this build).
    """
    try:
        from fairdesk.core.demo import create_demo_fair
    except ImportError as exc:
        raise FairdeskError("本版本没有演示数据生成器。", "This build has no demo generator.") from exc
    fresh = path.with_name(f"{path.stem}-fresh{path.suffix}")
    remove_fair(fresh)
    create_demo_fair(fresh, guests=guests, seed=seed, operator=operator).close()
    remove_fair(path)
    Path(fresh).replace(path)
    from fairdesk.core.fair import Fair

    return Fair.open(path, operator)


def open_demo(window: MainWindow, *, fresh: bool = False, guests: int = DEMO_GUESTS,
              seed: int = DEMO_SEED) -> None:
    """Open the laptop's demo fair in ``window``, made first when missing or ``fresh``.

    Raises FairdeskError.
    """
    path = demo_file_path()
    if not fresh and path.is_file():
        window.open_fair_file(path)
        return
    current = window.session.fair
    if current is not None and current.path is not None and current.path.resolve() == path.resolve():
        window.session.close()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        fair = make_demo(path, window.operator, guests=guests, seed=seed)
    finally:
        QApplication.restoreOverrideCursor()
    window.open_fair(fair)
