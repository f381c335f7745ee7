"""The running order as a table whose rows are dragged into a new order, and the projects
not yet placed, dragged in from beside it.

A drop does not move the row itself: it asks ``on_move(slot_id, position)`` or
``on_place(project_id, position)`` (the page calls the core's ``move_slot`` /
``place_project``), and the table is refreshed from the fair afterwards, so
what is shown is always what the file holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fairdesk.gui.qt import QMimeData, QModelIndex, Qt
from fairdesk.gui.widgets.models import Column, Index, RowsModel

MIME = "application/x-fairdesk-slot"
PROJECT_MIME = "application/x-fairdesk-project"  # a project not yet in a running order


class UnplacedModel(RowsModel):
    """Projects with no place in a running order; a row is dragged into the order."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PROJECT_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(PROJECT_MIME, self.row_at(rows[0])["id"].encode())
        return data


class RunningOrderModel(RowsModel):
    """Slots in order; rows carry ``_problems`` / ``_severity`` from the core's checks."""

    def __init__(self, columns: list[Column], on_move: Callable[[str, int], None],
                 on_place: Callable[[str, int], None], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.on_move = on_move
        self.on_place = on_place

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME, PROJECT_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, self.row_at(rows[0])["id"].encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        """A slot moved within the order, or a project dragged in from the list beside it."""
        return data.hasFormat(MIME) or data.hasFormat(PROJECT_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        """Dropped before ``row`` (or onto ``parent``'s row; at the end when both are -1)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        if data.hasFormat(PROJECT_MIME):
            self.on_place(bytes(data.data(PROJECT_MIME).data()).decode(), target + 1)
            return False
        slot_id = bytes(data.data(MIME).data()).decode()
        current = next((i for i, r in enumerate(self.rows()) if r["id"] == slot_id), None)
        if current is None:
            return False
        position = target if target > current else target + 1  # 1-based, after removal
        if position != current + 1:
            self.on_move(slot_id, position)
        return False  # the page refreshes from the fair; the view removes nothing itself
