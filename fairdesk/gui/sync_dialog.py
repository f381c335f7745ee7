"""File → Exchange with another desk…: write a .fairsync for a desk, merge one from it,
exchange over the LAN (start, stop, a desk given by its address), and review what the
merge asks a person to look at."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.core.sync.exchange import export_file, import_file
from fairdesk.core.sync.review import ReviewItem, dismiss, review, take_other
from fairdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
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
        self.lan_button = QPushButton(self)
        self.lan_button.setCheckable(True)
        self.peer_edit = QLineEdit(self)
        self.add_peer_button = QPushButton(self)
        self.lan_status = QLabel(self)
        self.lan_status.setWordWrap(True)
        self.lan = None
        if isinstance(parent, QMainWindow):  # the window keeps it running after the dialog
            from fairdesk.gui.lan_exchange import lan_exchange

            self.lan = lan_exchange(parent, fair)
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
        lan = QHBoxLayout()
        lan.addWidget(self.lan_button)
        lan.addWidget(self.peer_edit, 1)
        lan.addWidget(self.add_peer_button)
        actions = QHBoxLayout()
        actions.addWidget(self.take_other_button)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.dismiss_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(exchange)
        if self.lan is not None:
            layout.addLayout(lan)
            layout.addWidget(self.lan_status)
        else:
            for widget in (self.lan_button, self.peer_edit, self.add_peer_button,
                           self.lan_status):
                widget.hide()
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
        self.lan_button.toggled.connect(self.on_lan_button_toggled)
        self.add_peer_button.clicked.connect(self.on_add_peer_clicked)
        self.peer_edit.returnPressed.connect(self.on_add_peer_clicked)
        if self.lan is not None:
            self.lan.peers_changed.connect(self.on_lan_peers_changed)
            self.lan.merged.connect(self.on_lan_merged)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exchange with another desk"))
        self.export_button.setText(self.tr("Export for another desk…"))
        self.import_button.setText(self.tr("Import from another desk…"))
        self.take_other_button.setText(self.tr("Take the other value"))
        self.merge_button.setText(self.tr("Merge the two guests"))
        self.dismiss_button.setText(self.tr("Mark as reviewed"))
        self.add_peer_button.setText(self.tr("Add desk"))
        self.peer_edit.setPlaceholderText(self.tr("Another desk's address, e.g. 192.168.1.20:47120"))
        self.on_lan_peers_changed()

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
        """The same dialog as the guests page's: choose the record kept, see what moves."""
        item = self._current()
        if item is None:
            return
        from fairdesk.gui.guests.merge_dialog import MergeGuestsDialog

        dialog = MergeGuestsDialog(self.fair, list(item.record_ids[:2]), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def on_dismiss_clicked(self) -> None:
        item = self._current()
        if item is not None:
            dismiss(self.fair, item)
            self.refresh()

    # --- over the LAN -------------------------------------------------------------------
    def on_lan_button_toggled(self, on: bool) -> None:
        if self.lan is None or on == self.lan.running:
            self.on_lan_peers_changed()
            return
        if on:
            started = run_op(self, self.lan.start, title=self.tr("Cannot start the LAN exchange"))
            if started is FAILED:
                self.lan_button.setChecked(False)
        else:
            self.lan.stop()
        self.on_lan_peers_changed()

    def on_add_peer_clicked(self) -> None:
        host, _, port = self.peer_edit.text().strip().rpartition(":")
        if self.lan is None or not self.lan.running:
            self.lan_status.setText(self.tr("Start the LAN exchange first."))
            return
        if not host or not port.isdigit():
            self.lan_status.setText(self.tr("Give the desk's address as address:port."))
            return
        self.lan.add_peer(host, int(port))
        self.peer_edit.clear()

    def on_lan_peers_changed(self) -> None:
        if self.lan is None:
            return
        running = self.lan.running
        self.lan_button.blockSignals(True)
        self.lan_button.setChecked(running)
        self.lan_button.blockSignals(False)
        self.lan_button.setText(self.tr("Stop the LAN exchange") if running
                                else self.tr("Start the LAN exchange"))
        self.add_peer_button.setEnabled(running)
        self.peer_edit.setEnabled(running)
        if not running:
            self.lan_status.setText(self.tr("Over the LAN: off. Desks of this fair on the same "
                                            "network find each other once started."))
            return
        lines = self.lan.peer_lines() or [self.tr("looking for other desks…")]
        assert self.lan.desk is not None
        self.lan_status.setText(self.tr("Over the LAN at %1:%2: %3")
                                .replace("%1", self.lan.desk.host)
                                .replace("%2", str(self.lan.desk.port))
                                .replace("%3", "; ".join(lines)))

    def on_lan_merged(self, _count: int) -> None:
        self.arrived = None  # merges arrive one after another: review everything
        self.refresh()
