"""Printing and exporting from the window: read on the GUI thread, render in a worker.

    print_to_file(page, title, "dispatch-2026-05-18.pdf", snapshot, render)

``snapshot()`` reads the fair (GUI thread) and returns plain data;
``render(data, path, progress, cancelled)`` writes the file in a worker thread.
When done, the file is opened with the system viewer (unless ``open_after`` is
False, as in tests) and ``file_written`` is emitted by the returned worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fairdesk.gui import prefs
from fairdesk.gui.qt import (
    QCoreApplication,
    QDesktopServices,
    QFileDialog,
    QUrl,
    QWidget,
)
from fairdesk.gui.widgets.jobs import Worker, run_job, show_failure
from fairdesk.gui.widgets.ops import FAILED, run_op

Render = Callable[[Any, Path, Callable[[int, int], None], Callable[[], bool]], Any]

translate = QCoreApplication.translate  # literal contexts, for lupdate


def ask_path(parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
    """A save-as dialog starting in the last folder used; None when cancelled."""
    settings = prefs.settings()
    folder = settings.value("print/folder", str(Path.home()))
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / suggested), pattern
    )
    if not path:
        return None
    settings.setValue("print/folder", str(Path(path).parent))
    return Path(path)


def print_to_file(
    parent: QWidget,
    title: str,
    suggested: str,
    snapshot: Callable[[], Any],
    render: Render,
    *,
    path: Path | None = None,
    open_after: bool = True,
    on_written: Callable[[Path], None] | None = None,
) -> Worker | None:
    """Ask where (unless ``path``), snapshot, render in a worker; None if cancelled."""
    pdf, xlsx = (
        translate("Printing", "PDF (*.pdf)"),
        translate("Printing", "Excel workbook (*.xlsx)"),
    )
    pattern = f"{xlsx};;{pdf}" if suggested.endswith(".xlsx") else f"{pdf};;{xlsx}"
    target = path or ask_path(parent, title, suggested, pattern)
    if target is None:
        return None
    data = run_op(parent, snapshot, on_error=lambda err: show_failure(parent, str(err)))
    if data is FAILED:
        return None

    def done(_result: Any) -> None:
        if on_written is not None:
            on_written(target)
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    return run_job(
        parent, title, lambda progress, cancelled: render(data, target, progress, cancelled), done
    )
