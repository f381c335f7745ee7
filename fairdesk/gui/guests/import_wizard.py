"""The guest import wizard: file -> columns -> preview and options -> import -> result.

Threads: reading and parsing the file (the slow part: a workbook of 10,000
rows) runs in a :class:`fairdesk.gui.widgets.jobs.Worker` on plain data, so the window
never freezes.
The preview's duplicate check and the final write need the fair, whose SQLite
connection belongs to the GUI thread: they run there. The write is one
transaction; ``apply_import`` reports progress, and each report pumps the
event loop so the bar moves and Cancel is heard; a cancel rolls it all back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fairdesk.base.errors import FairdeskError
from fairdesk.core.guests import importing as guest_import
from fairdesk.gui.guests.import_pages import ColumnsPage, FilePage, PreviewPage, ResultPage, RunPage
from fairdesk.gui.qt import QWidget, QWizard, Signal
from fairdesk.gui.session import FairSession


class ImportWizard(QWizard):
    """Holds what the pages build up: the table read, the mapping, the preview, the result."""

    guests_imported = Signal(object)  # the core's ImportResult

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.raw: Any = None
        self.mapping: Any = None
        self.preview: Any = None
        self.result: Any = None
        self.setWindowTitle(self.tr("Import guests"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(1100, 720)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.columns_page, self.preview_page, self.run_page,
                     self.result_page):
            self.addPage(page)

    @property
    def fair(self) -> Any:
        return self.session.fair

    def build_preview(self) -> str | None:
        """The preview of the file with the current mapping; an error sentence, or None."""
        try:
            self.mapping.check()
            self.preview = guest_import.build_preview(
                self.fair, self.raw, self.mapping, default_unit_id=self.file_page.unit_id())
        except FairdeskError as exc:
            return str(exc)
        return None

    def run_import(self, progress: Any, should_cancel: Any) -> str | None:
        """Write the preview (one transaction); an error sentence, or None when done."""
        skip = self.preview_page.skip_invalid()
        rejects = self.preview_page.rejects_path() if skip else None
        try:
            self.result = guest_import.apply_import(
                self.fair, self.preview, skip_invalid=skip,
                rejects_path=Path(rejects) if rejects else None,
                progress=progress, should_cancel=should_cancel)
        except FairdeskError as exc:
            self.result = None
            return str(exc)
        self.guests_imported.emit(self.result)
        return None
