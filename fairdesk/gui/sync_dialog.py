"""File → Exchange with another desk…: write a .fairsync for a desk, merge one from it,
and review what the merge asks a person to look at."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.core.sync.exchange import export_file, import_file
from fairdesk.core.sync.review import ReviewItem, dismiss, merge_guests, review, take_other
from fairdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
)
from fairdesk.gui.widgets.ops import FAILED, run_op

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.gui.qt import QWidget

SUFFIX = ".fairsync"


class SyncDialog(QDialog):
    """Export, import, and the review list with its actions."""

    def __init__(self, fair: Fair, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fair = fair
        self.items: list[ReviewItem] = []
        self.arrived: dict[str, int] | None = None  # the last import's tables: its review
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.review_list = QListWidget(self)
        self.review_list.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.take_other_button = QPushButton(self)
        self.merge_button = QPushButton(self)
        self.dismiss_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._build()
        self._connect_signals()
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        self.setMinimumSize(640, 420)
        exchange = QHBoxLayout()
        exchange.addWidget(self.export_button)
        exchange.addWidget(self.import_button)
        exchange.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.take_other_button)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.dismiss_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(exchange)
        layout.addWidget(self.status)
        layout.addWidget(self.review_list, 1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self.on_export_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.take_other_button.clicked.connect(self.on_take_other_clicked)
        self.merge_button.clicked.connect(self.on_merge_clicked)
        self.dismiss_button.clicked.connect(self.on_dismiss_clicked)
        self.review_list.currentRowChanged.connect(self.on_review_list_current_row_changed)
        self.buttons.rejected.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exchange with another desk"))
        self.export_button.setText(self.tr("Export for another desk…"))
        self.import_button.setText(self.tr("Import from another desk…"))
        self.take_other_button.setText(self.tr("Take the other value"))
        self.merge_button.setText(self.tr("Merge the two guests"))
        self.dismiss_button.setText(self.tr("Mark as reviewed"))

    def refresh(self) -> None:
        self.items = review(self.fair, self.arrived)
        self.review_list.clear()
        for item in self.items:
            row = QListWidgetItem(str(item.message))
            row.setData(Qt.ItemDataRole.ToolTipRole, str(item.message))
            self.review_list.addItem(row)
        if not self.status.text():
            self.status.setText(self.tr("Items to review: %1").replace("%1", str(len(self.items))))
        self.on_review_list_current_row_changed(self.review_list.currentRow())

    def _current(self) -> ReviewItem | None:
        row = self.review_list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def on_review_list_current_row_changed(self, _row: int) -> None:
        item = self._current()
        self.take_other_button.setEnabled(item is not None and item.action == "take_other")
        self.merge_button.setEnabled(item is not None and item.action == "merge_guests")
        self.dismiss_button.setEnabled(item is not None)

    def _start_dir(self) -> str:
        return str(self.fair.path.parent) if self.fair.path else ""

    def on_export_clicked(self) -> None:
        stem = self.fair.path.stem if self.fair.path else "fair"
        suggestion = str(Path(self._start_dir()) / f"{stem}-{self.fair.desk_id}{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export for another desk"),
                                              suggestion, self.tr("Exchange files (*.fairsync)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        done = run_op(self, lambda: export_file(self.fair, path),
                      title=self.tr("Cannot export"))
        if done is not FAILED:
            self.status.setText(self.tr("Wrote %1: changes of %2 records.")
                                .replace("%1", path).replace("%2", str(done.records)))

    def on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from another desk"),
                                              self._start_dir(),
                                              self.tr("Exchange files (*.fairsync)"))
        if path:
            self.import_from(path)

    def import_from(self, path: str) -> None:
        done = run_op(self, lambda: import_file(self.fair, path),
                      title=self.tr("Cannot import"))
        if done is FAILED:
            return
        count = sum(done.merged.arrived.values())
        self.arrived = done.merged.arrived
        self.status.setText(self.tr("Merged %1 records from another desk; %2 to review.")
                            .replace("%1", str(count)).replace("%2", str(len(done.review))))
        self.refresh()

    def on_take_other_clicked(self) -> None:
        item = self._current()
        if item is not None and run_op(self, lambda: take_other(self.fair, item),
                                       title=self.tr("Cannot change")) is not FAILED:
            self.refresh()

    def on_merge_clicked(self) -> None:
        item = self._current()
        if item is not None and run_op(
                self, lambda: merge_guests(self.fair, *item.record_ids[:2]),
                title=self.tr("Cannot merge the guests")) is not FAILED:
            self.refresh()

    def on_dismiss_clicked(self) -> None:
        item = self._current()
        if item is not None:
            dismiss(self.fair, item)
            self.refresh()
