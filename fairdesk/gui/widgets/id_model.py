"""A lazy table model over a list of record ids (the Anki browser's way).

The model holds only the ids in display order; rows are fetched from the core
in chunks when the view first paints them, and kept in a cache. A table of
10,000 guests costs one id list, and scrolling fetches ~100 rows at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from fairdesk.gui.qt import QAbstractTableModel, QBrush, QColor, QModelIndex, Qt
from fairdesk.gui.widgets.models import Column, Index

Fetch = Callable[[list[str]], dict[str, dict]]  # ids -> {id: row}
Order = Callable[[list[str], str, bool], list[str]]  # ids, column key, descending -> ids
Colour = Callable[[dict], str | None]  # row -> "#rrggbb" background, or None

CHUNK = 120
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_ID = Qt.ItemDataRole.UserRole
_ROLES = frozenset({_DISPLAY, _ALIGN, _ID, Qt.ItemDataRole.BackgroundRole})


class IdListModel(QAbstractTableModel):
    """Rows identified by id, fetched lazily through ``fetch``; ``order`` sorts the ids."""

    def __init__(self, columns: list[Column], fetch: Fetch, *, order: Order | None = None,
                 colours: dict[str, Colour] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._fetch = fetch
        self._order = order
        self._colours = colours or {}
        self._ids: list[str] = []
        self._cache: dict[str, dict] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- ids ---------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[str]) -> None:
        """Show these ids (sorted by the current sort column, if any); keeps the row cache."""
        ids = list(ids)
        if self._sort is not None and self._order is not None:
            column, order = self._sort
            ids = self._order(ids, self.columns[column].key,
                              order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> dict:
        record_id = self._ids[row]
        if record_id not in self._cache:
            self._load_around(row)
        return self._cache.get(record_id, {})

    def invalidate(self, ids: Sequence[str] | None = None) -> None:
        """Forget cached rows (all, or these) and repaint; call when the core changed them."""
        if ids is None:
            self._cache.clear()
        else:
            for record_id in ids:
                self._cache.pop(record_id, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.columns) - 1))

    def _load_around(self, row: int) -> None:
        start = max(0, row - CHUNK // 4)
        wanted = [i for i in self._ids[start:start + CHUNK] if i not in self._cache]
        found = self._fetch(wanted)
        for record_id in wanted:  # ids deleted meanwhile show as empty rows, not errors
            self._cache[record_id] = found.get(record_id, {})

    # --- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # most paint-time calls end here
            return None
        if role == _DISPLAY:
            row = self.row_data(index.row())
            value = self.columns[index.column()].value(row) if row else None
            return "" if value is None else str(value)
        if role == _ALIGN:
            return int(self.columns[index.column()].align.value)
        if role == _ID:
            return self._ids[index.row()]
        colour_of = self._colours.get(self.columns[index.column()].key)
        colour = colour_of(self.row_data(index.row())) if colour_of else None
        return QBrush(QColor(colour)) if colour else None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].label()
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids):
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._order is None or not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self._ids
        self._ids = self._order(old, self.columns[column].key,
                                order == Qt.SortOrder.DescendingOrder)
        position = {record_id: row for row, record_id in enumerate(self._ids)}
        before = self.persistentIndexList()
        after = [self.index(position.get(old[i.row()], 0), i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
