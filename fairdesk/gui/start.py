"""What the window shows before a fair is open: New, Open and the recent files."""

from __future__ import annotations

from pathlib import Path

from fairdesk.gui import prefs
from fairdesk.gui.qt import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QShowEvent,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class StartPanel(QWidget):
    """The start state: two big buttons and the recent fair files (double-click opens)."""

    new_requested = Signal()
    open_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Investment Fair Desk"), objectName="startTitle")
        self.note = QLabel(self.tr("Create a new fair file or open an existing one."),
                           objectName="startNote")
        self.new_button = QPushButton(self.tr("New fair…"), objectName="startButton")
        self.open_button = QPushButton(self.tr("Open…"), objectName="startButton")
        self.recent_label = QLabel(self.tr("Recent fairs"), objectName="startNote")
        self.recent_list = QListWidget(objectName="recentList")
        self.recent_list.setFixedWidth(560)
        self._build()
        self._connect_signals()  # the recent files are listed when shown (showEvent)

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.note):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addSpacing(24)
        layout.addWidget(self.recent_label, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.recent_list, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.recent_list.itemActivated.connect(self.on_recent_list_item_activated)

    def refresh(self) -> None:
        """List the recent files that still exist."""
        self.recent_list.clear()
        files = prefs.recent_files()
        for path in files:
            item = QListWidgetItem(f"{Path(path).name}    {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent_list.addItem(item)
        self.recent_list.setFixedHeight(min(8, max(len(files), 1)) * 34 + 8)
        self.recent_label.setVisible(bool(files))
        self.recent_list.setVisible(bool(files))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
