"""The five pages of the import wizard (see :mod:`fairdesk.gui.guests.import_wizard`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fairdesk.core.guests import importing as guest_import
from fairdesk.core.guests.importing.columns import IGNORED, IMPORT_FIELDS, field_label
from fairdesk.core.vocab import named
from fairdesk.gui.guests.import_view import PreviewModel, counts, counts_sentence, preview_rows
from fairdesk.gui.qt import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
    Signal,
)
from fairdesk.gui.style import set_role, set_tone
from fairdesk.gui.widgets.jobs import Worker, start_worker


class WizardPage(QWizardPage):
    """A page that reaches its wizard through Qt, not a Python reference (no cycle to leak)."""

    @property
    def w(self) -> Any:
        return self.wizard()


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 24 else text[:23] + "…"


class FilePage(WizardPage):
    """Choose the file (read in a worker thread) and the unit for rows that name none."""

    table_read = Signal()

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.thread: Worker | None = None
        self.setTitle(self.tr("Choose the guest list"))
        self.setSubTitle(self.tr("An .xlsx or .csv as the inviting units send it: the header row "
                                 "is found wherever it is, Chinese or English."))
        self.path = QLineEdit(self)
        self.path.setObjectName("import_path")
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.unit = QComboBox(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File:"), self))
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Inviting unit for rows that do not name one:"), self))
        layout.addWidget(self.unit)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.browse.clicked.connect(self.on_browse_clicked)
        self.path.editingFinished.connect(self.on_path_edited)

    def initializePage(self) -> None:  # noqa: N802
        self.unit.clear()
        self.unit.addItem(self.tr("(none)"), "")
        for unit in self.w.fair.guests.list("inviting_units"):
            self.unit.addItem(named(unit), unit["id"])

    def unit_id(self) -> str | None:
        return self.unit.currentData() or None

    def on_path_edited(self) -> None:
        if hasattr(self.wizard(), "raw"):  # not as the wizard is destroyed (the box loses focus)
            self.read(self.path.text())

    def on_browse_clicked(self) -> None:
        path = QFileDialog.getOpenFileName(self, self.tr("Choose the guest list"), "",
                                           self.tr("Guest lists (*.xlsx *.xls *.csv)"))[0]
        if path:
            self.read(path)

    def read(self, path: str) -> None:
        """Read ``path`` in a worker thread; ``table_read`` is emitted when done (or failed)."""
        path = path.strip()
        if not path or (self.w.raw is not None and str(self.w.raw.path) == path):
            return
        self.path.setText(path)
        self.w.raw = None
        self.completeChanged.emit()
        set_tone(self.status, "")
        self.status.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        # not a child of this page: closing the wizard mid-read must not destroy the thread
        self.thread = start_worker(lambda _progress, _cancelled: guest_import.read_table(path))
        self.thread.succeeded.connect(self.on_table_read)
        self.thread.failed.connect(self.on_read_failed)
        self.thread.start()

    def _superseded(self) -> bool:
        """True for the result of an earlier read (the user chose another file meanwhile)."""
        sender = self.sender()  # the worker's relay (its signals are emitted on this thread)
        return sender is not None and sender is not self.thread.relay

    def on_table_read(self, raw: Any) -> None:
        if self._superseded():
            return
        self.w.raw = raw
        self.status.setText(
            self.tr("Sheet “%1”: header found on row %2; %3 rows of data, %4 columns.")
            .replace("%1", raw.sheet).replace("%2", str(raw.header_line))
            .replace("%3", str(len(raw.data()))).replace("%4", str(raw.width)))
        self.completeChanged.emit()
        self.table_read.emit()

    def on_read_failed(self, message: str) -> None:
        if self._superseded():
            return
        set_tone(self.status, "error")
        self.status.setText(message)
        self.table_read.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.raw is not None


class ColumnsPage(WizardPage):
    """The guessed field of each column, one combo per column for the user to correct."""

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("fairdesk guessed what each column holds. Correct any guess; "
                                 "columns set to “not imported” are left out."))
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.error = QLabel(self)
        set_tone(self.error, "error")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802
        self.w.mapping = guest_import.guess_columns(self.w.raw)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.combos = []
        for col, text in enumerate((self.tr("Column in the file"), self.tr("Imported as"),
                                    self.tr("First values"))):
            head = QLabel(f"<b>{text}</b>", self.grid_host)
            self.grid.addWidget(head, 0, col)
        samples = [cells for _line, cells in self.w.raw.data()[:3]]
        for i, header in enumerate(self.w.mapping.headers):
            values = " · ".join(_cell(cells[i]) for cells in samples if i < len(cells)
                                and cells[i] not in (None, ""))
            self.grid.addWidget(QLabel(header or self.tr("(no header)"), self.grid_host), i + 1, 0)
            sample = QLabel(values, self.grid_host)
            set_role(sample, "detail")
            self.grid.addWidget(self._combo(i), i + 1, 1)
            self.grid.addWidget(sample, i + 1, 2)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(self.w.mapping.headers) + 1, 1)
        self.grid.setHorizontalSpacing(18)
        self.error.clear()

    def _combo(self, column: int) -> QComboBox:
        box = QComboBox(self.grid_host)
        box.setObjectName(f"column_{column}")
        box.addItem(self.tr("— not imported —"), "")
        for name in IMPORT_FIELDS:
            if name != IGNORED:
                box.addItem(field_label(name), name)
        box.setCurrentIndex(max(box.findData(self.w.mapping.fields[column] or ""), 0))
        box.activated.connect(lambda _i, c=column: self.on_combo_activated(c))
        self.combos.append(box)
        return box

    def on_combo_activated(self, column: int) -> None:
        self.set_field(column, self.combos[column].currentData() or None)

    def set_field(self, column: int, name: str | None) -> None:
        """Make ``column`` import as ``name`` (None: not imported); other combos follow."""
        self.w.mapping.assign(column, name)
        for i, box in enumerate(self.combos):
            box.setCurrentIndex(max(box.findData(self.w.mapping.fields[i] or ""), 0))
        self.error.clear()

    def validatePage(self) -> bool:  # noqa: N802
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            error = self.w.build_preview()
        finally:
            QApplication.restoreOverrideCursor()
        self.error.setText(error or "")
        return error is None


class PreviewPage(WizardPage):
    """Every row with its problems and duplicates, the counts, and the options."""

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.rows: list[dict] = []
        self.setTitle(self.tr("Preview"))
        self.model = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # file order first; a click sorts by status
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.counts = QLabel(self)
        self.counts.setObjectName("preview_counts")
        self.counts.setWordWrap(True)
        self.skip = QCheckBox(self.tr("Skip rows with problems and write them to a rejects "
                                      "file:"), self)
        self.rejects = QLineEdit(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        options = QHBoxLayout()
        options.addWidget(self.skip)
        options.addWidget(self.rejects, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addLayout(options)
        layout.addWidget(self.hint)
        self.skip.toggled.connect(self.on_options_changed)
        self.rejects.textChanged.connect(self.on_options_changed)

    def initializePage(self) -> None:  # noqa: N802
        self.rows = preview_rows(self.w.preview)
        self.model.set_rows(self.rows)
        self.counts.setText(counts_sentence(counts(self.rows)))
        source = Path(str(self.w.raw.path))
        self.rejects.setText(str(source.with_name(f"{source.stem}-rejects.xlsx")))
        self.on_options_changed()

    def invalid(self) -> int:
        return counts(self.rows)["invalid"]

    def skip_invalid(self) -> bool:
        return self.skip.isChecked()

    def rejects_path(self) -> str:
        return self.rejects.text().strip()

    def on_options_changed(self, *_args: Any) -> None:
        self.rejects.setEnabled(self.skip.isChecked())
        bad = self.invalid()
        if not bad:
            set_tone(self.hint, "ok")
            self.hint.setText(self.tr("No problems: every row can be imported."))
        elif self.skip.isChecked():
            set_tone(self.hint, "")
            self.hint.setText(self.tr("%1 row(s) with problems will be left out and written "
                                      "to the rejects file with the reason.").replace("%1", str(bad)))
        else:
            set_tone(self.hint, "error")
            self.hint.setText(self.tr("%1 row(s) have problems. Nothing is imported until "
                                      "they are fixed in the file, or you choose to skip them.")
                .replace("%1", str(bad)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.invalid() or (self.skip.isChecked() and bool(self.rejects_path()))


class RunPage(WizardPage):
    """The import itself: progress bar and Cancel; moves on to the result when finished."""

    finished = Signal()

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.cancelled = False
        self.running = False
        self.error: str | None = None
        self.setTitle(self.tr("Importing"))
        self.bar = QProgressBar(self)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.cancel.clicked.connect(self.on_cancel_clicked)

    def initializePage(self) -> None:  # noqa: N802
        self.cancelled, self.error = False, None
        self.bar.setValue(0)
        QTimer.singleShot(0, self.start)

    def start(self) -> None:
        self.running = True
        self.cancel.setEnabled(True)
        self._wizard_buttons(False)
        self.error = self.w.run_import(self.on_progress, lambda: self.cancelled)
        self.running = False
        self.cancel.setEnabled(False)
        self._wizard_buttons(True)
        self.completeChanged.emit()
        self.finished.emit()
        self.w.next()

    def _wizard_buttons(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.w.button(which).setEnabled(enabled)

    def on_progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        QApplication.processEvents()  # the bar moves and Cancel is heard; one transaction

    def on_cancel_clicked(self) -> None:
        self.cancelled = True

    def isComplete(self) -> bool:  # noqa: N802
        return not self.running

    def validatePage(self) -> bool:  # noqa: N802
        return not self.running


class ResultPage(WizardPage):
    """What happened, in words."""

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Done"))
        self.text = QLabel(self)
        self.text.setObjectName("import_result")
        set_role(self.text, "result")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        from fairdesk.gui.guests.import_view import result_sentence
        error = self.w.run_page.error
        if error:
            self.setTitle(self.tr("Nothing was imported"))
            set_tone(self.text, "error")
            self.text.setText(error)
        else:
            self.setTitle(self.tr("Import finished"))
            set_tone(self.text, "")
            self.text.setText(result_sentence(self.w.result))
