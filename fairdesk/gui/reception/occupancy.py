"""Rooms used against rooms reserved, per room type and night: an overbooked night is red."""

from __future__ import annotations

from typing import Any

from fairdesk.gui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QBrush,
    QColor,
    QHeaderView,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
OVER = QColor("#ffcdd2")
FULL = QColor("#fff3cd")
FREE = QColor("#e8f5e9")


class OccupancyModel(QAbstractTableModel):
    """Rows: room types; columns: nights; cells ``used / reserved``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.nights: list[str] = []
        self.grid: list[dict] = []

    def set_grid(self, nights: list[str], grid: list[dict]) -> None:
        self.beginResetModel()
        self.nights, self.grid = list(nights), list(grid)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.grid)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.nights)

    def cell(self, row: int, column: int) -> tuple[int, int]:
        return self.grid[row]["nights"][self.nights[column]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        used, reserved = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{used} / {reserved}" if used or reserved else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter.value)
        if role == Qt.ItemDataRole.BackgroundRole and (used or reserved):
            return QBrush(OVER if used > reserved else FULL if used == reserved else FREE)
        if role == Qt.ItemDataRole.ForegroundRole and used > reserved:
            return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.ToolTipRole and (used or reserved):
            text = (
                self.tr("%1 rooms used of %2 reserved")
                .replace("%1", str(used))
                .replace("%2", str(reserved))
            )
            if used > reserved:
                text += "\n" + self.tr("Overbooked by %1").replace("%1", str(used - reserved))
            return text
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.nights):
            return self.nights[section][5:]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.grid):
            return self.grid[section]["type_label"]
        return None


class OccupancyGrid(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occupancy = OccupancyModel(self)
        self.setModel(self.occupancy)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(64)

    def set_grid(self, nights: list[str], grid: list[dict]) -> None:
        self.occupancy.set_grid(nights, grid)
