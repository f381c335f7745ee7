"""Printing and exporting from the window: read on the GUI thread, render in a worker.

    print_to_file(page, title, "dispatch-2026-05-18.pdf", snapshot, render)

``snapshot()`` reads the fair (GUI thread) and returns plain data;
``render(data, path, progress, cancelled)`` writes the file in a worker thread.
When done, the file is opened with the system viewer (unless ``open_after`` is
False, as in tests) and ``file_written`` is emitted by the returned worker.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fairdesk.gui import prefs
from fairdesk.gui.qt import (
    QCoreApplication,
    QDesktopServices,
    QFileDialog,
    QImage,
    QPainter,
    QPrinter,
    QPrintPreviewDialog,
    QPushButton,
    QRect,
    Qt,
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
    to_printer: bool = False,
) -> Worker | None:
    """Ask where (unless ``path``), snapshot, render in a worker; None if cancelled.

    With ``to_printer`` the PDF is drawn into a temporary file and shown in Qt's print
    preview, from where it goes to the printer chosen there (nothing asked, nothing kept).
    """
    if to_printer:
        path = Path(tempfile.mkdtemp(prefix="fairdesk-print-")) / suggested
        open_after = False
        written = on_written
        on_written = lambda target: (send_to_printer(parent, target),  # noqa: E731
                                     written(target) if written else None)
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


def printer_button(parent: QWidget | None = None) -> QPushButton:
    """The "Print…" button a page with a printout shows beside its save-as-PDF button: the
    same printout, drawn to a temporary file and sent to a printer through Qt's preview."""
    button = QPushButton(translate("Printing", "Print…"), parent)
    button.setToolTip(translate("Printing", "Preview and send to a printer"))
    return button


PRINT_DPI = 300  # pages are drawn as images at this resolution (or the printer's, if lower)


def paint_pdf(printer: QPrinter, pdf: Path) -> int:
    """Draw every page of ``pdf`` onto ``printer``, each fitted to the paper; the pages drawn."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        return 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for number in range(len(document)):
            if number:
                printer.newPage()
            image = document[number].render(scale=dpi / 72).to_pil().convert("RGB")
            data = image.tobytes("raw", "RGB")
            page = QImage(data, image.width, image.height, 3 * image.width,
                          QImage.Format.Format_RGB888).copy()  # owns its pixels: the
            # preview keeps the drawing after ``data`` is gone
            target = painter.viewport()
            scaled = page.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), page)
        return len(document)
    finally:
        painter.end()
        document.close()


def send_to_printer(parent: QWidget, pdf: Path) -> QPrintPreviewDialog:
    """Qt's print preview of ``pdf``: the user checks the pages, picks the printer, prints."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview = QPrintPreviewDialog(printer, parent)
    preview.printer_ = printer  # the dialog does not own its printer: keep it alive with it
    preview.setWindowTitle(translate("Printing", "Print %1").replace("%1", pdf.name))
    preview.paintRequested.connect(lambda chosen: paint_pdf(chosen, pdf))
    parent._print_preview = preview  # kept alive while it is open; tests look at it
    preview.open()
    return preview
