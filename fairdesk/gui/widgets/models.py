"""Thin table models over the core's rows, declared by a column spec."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fairdesk.gui.qt import (
    QAbstractTableModel,
    QColor,
    QFont,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    label: Callable[[], str]  # translated at display time
    getter: Callable[[dict], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    sort_key: Callable[[dict], Any] | None = None
    # optional looks per row: a colour name (e.g. "#c0392b") for the text or background of
    # this cell, a tooltip; None for the default
    foreground: Callable[[dict], Any] | None = None
    background: Callable[[dict], Any] | None = None
    tooltip: Callable[[dict], str] | None = None
    private: str = ""  # "phone" or "id_number": masked unless the role may see it

    def value(self, row: dict) -> Any:
        return self.getter(row) if self.getter else row.get(self.key)


NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RowsModel(QAbstractTableModel):
    """A table of dict rows; ``set_rows`` replaces them with a proper model reset.

    A row with a true ``"_bold"`` key is shown in bold (a total row); columns may
    colour a row's text or background and give it a tooltip. A filter
    (:meth:`set_filter`, the table's search box) shows some of the rows; a sort by a
    column holds through new rows and a new filter.
    """

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[dict] = []
        self._all: list[dict] = []
        self._keep: Callable[[list[dict]], list[int]] | None = None
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._shown()
        self.endResetModel()

    def set_filter(self, keep: Callable[[list[dict]], list[int]] | None) -> None:
        """Show only the rows at the positions ``keep(every row)`` returns (None: all)."""
        self.beginResetModel()
        self._keep = keep
        self._rows = self._shown()
        self.endResetModel()

    def total(self) -> int:
        """How many rows there are, shown or filtered out."""
        return len(self._all)

    def cells(self, row: dict) -> list[str]:
        """The texts a row shows, column by column (what a search looks in)."""
        return [str(v) for v in (c.value(row) for c in self.columns if not c.private)
                if v not in (None, "")]

    def _shown(self) -> list[dict]:
        rows = self._all if self._keep is None else [self._all[i] for i in self._keep(self._all)]
        if self._sorted is not None:
            column, order = self._sorted
            rows = [rows[i] for i in self._order(rows, column, order)]
        return rows

    def _order(self, rows: list[dict], column: int, order: Qt.SortOrder) -> list[int]:
        spec = self.columns[column]
        key = spec.sort_key or (lambda r: _sortable(spec.value(r)))
        return sorted(range(len(rows)), key=lambda i: key(rows[i]),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def row_at(self, row: int) -> dict:
        return self._rows[row]

    def rows(self) -> list[dict]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.UserRole:
            return row.get("id")
        if role == Qt.ItemDataRole.FontRole and row.get("_bold"):
            font = QFont()
            font.setBold(True)
            return font
        return self._look(column, row, role)

    def _look(self, column: Column, row: dict, role: int) -> Any:
        hook = {Qt.ItemDataRole.ForegroundRole: column.foreground,
                Qt.ItemDataRole.BackgroundRole: column.background,
                Qt.ItemDataRole.ToolTipRole: column.tooltip}.get(role)
        value = hook(row) if hook else None
        if value is None or value == "":
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(value)
        return QColor(value)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].label()
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column; selections and current rows follow their records."""
        if not 0 <= column < len(self.columns):
            return
        self._sorted = (column, order)
        new_order = self._order(self._rows, column, order)
        self.layoutAboutToBeChanged.emit()
        self._reorder(new_order)
        position = {old: new for new, old in enumerate(new_order)}
        before = self.persistentIndexList()
        after = [self.index(position.get(i.row(), i.row()), i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _reorder(self, new_order: list[int]) -> None:
        """Put the rows in ``new_order`` (a list of old row numbers)."""
        self._rows = [self._rows[i] for i in new_order]


def _sortable(value: Any) -> tuple:
    if value is None:
        return (1, "")
    if isinstance(value, (int, float)):
        return (0, value)
    return (0, str(value))


class CheckableRowsModel(RowsModel):
    """Rows with a check box in the first column (a preview the user can prune)."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._checked: list[bool] = []

    def set_rows(self, rows: list[dict], checked: bool = True) -> None:
        self.beginResetModel()
        self._rows = self._all = list(rows)
        self._checked = [checked] * len(self._rows)
        self.endResetModel()

    def checked_rows(self) -> list[dict]:
        return [r for r, on in zip(self._rows, self._checked, strict=True) if on]

    def set_checked(self, row: int, on: bool) -> None:
        self.setData(self.index(row, 0), Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                     Qt.ItemDataRole.CheckStateRole)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            return Qt.CheckState.Checked if self._checked[index.row()] else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        self._checked[index.row()] = state == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _reorder(self, new_order: list[int]) -> None:
        super()._reorder(new_order)
        self._checked = [self._checked[i] for i in new_order]
