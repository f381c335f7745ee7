"""The sign-off matrix as a Qt table model: sites down, departments across, a cell's
colour its state, its text the items done of total and what is open."""

from __future__ import annotations

from typing import Any

from fairdesk.core.security.statuses import CellState
from fairdesk.core.security.views import Cell, Matrix
from fairdesk.core.vocab import CELL_STATES, label
from fairdesk.gui.qt import (
    QAbstractTableModel,
    QColor,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from fairdesk.gui.style import SECURITY_CELL_COLOURS

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def two_lines(text: str) -> str:
    """A long column heading broken at the space or slash nearest its middle, so a narrow
    column shows it whole on two lines ("Health & food" / "safety") instead of clipping it."""
    if sum(2 if ord(char) > 0x2E80 else 1 for char in text) <= 12:  # a Han character: two
        return text
    breaks = [i for i, char in enumerate(text) if char in " /"]
    if not breaks:
        return text
    at = min(breaks, key=lambda i: abs(i - len(text) / 2))
    keep = text[at] if text[at] == "/" else ""
    return text[:at] + keep + "\n" + text[at + 1:]


def cell_text(cell: Cell) -> str:
    if not cell.total:
        return "—"
    if cell.state == CellState.SIGNED_OFF:
        return "✓ " + translate("SecurityMatrix", "signed")
    text = f"{cell.done}/{cell.total}"
    if cell.overdue or cell.overdue_rectifications:
        text += " " + translate("SecurityMatrix", "late %1").replace(
            "%1", str(cell.overdue + cell.overdue_rectifications))
    elif cell.open_rectifications:
        text += " " + translate("SecurityMatrix", "fix %1").replace(
            "%1", str(cell.open_rectifications))
    return text


def cell_tooltip(cell: Cell) -> str:
    return "\n".join([
        label(CELL_STATES, cell.state),
        translate("SecurityMatrix", "Items done: %1 of %2").replace("%1", str(cell.done))
        .replace("%2", str(cell.total)),
        translate("SecurityMatrix", "Overdue: %1").replace(
            "%1", str(cell.overdue + cell.overdue_rectifications)),
        translate("SecurityMatrix", "Open rectifications: %1").replace(
            "%1", str(cell.open_rectifications))])


class MatrixModel(QAbstractTableModel):
    """Column 0 the site, then one column per department, last whether it is cleared."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.sites)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.departments) + 2

    def site_and_department(self, index: Index) -> tuple[str, str]:
        """The site's id and the department's id ('' for the site or cleared columns)."""
        if self.matrix is None or not index.isValid():
            return "", ""
        site = self.matrix.sites[index.row()].id
        col = index.column() - 1
        depts = self.matrix.departments
        return site, depts[col].id if 0 <= col < len(depts) else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or not index.isValid():
            return None
        site = self.matrix.sites[index.row()]
        col = index.column()
        if col == 0:  # the tooltip: the whole name where the column cuts it
            shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            return site.label if shown else None
        if col == len(self.matrix.departments) + 1:
            return self._cleared(site.id, role)
        cell = self.matrix.cell(site.id, self.matrix.departments[col - 1].id)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(SECURITY_CELL_COLOURS[cell.state])
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter.value)
        if role == Qt.ItemDataRole.UserRole:
            return str(cell.state)
        return None

    def _cleared(self, site_id: str, role: int) -> Any:
        cleared = self.matrix is not None and self.matrix.cleared(site_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("SecurityMatrix", "Cleared") if cleared else \
                translate("SecurityMatrix", "Not yet")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(SECURITY_CELL_COLOURS["signed_off" if cleared else "none"])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter.value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = role == Qt.ItemDataRole.DisplayRole
        if not (shown or role == Qt.ItemDataRole.ToolTipRole) or self.matrix is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if shown else None
        depts = self.matrix.departments
        if section == 0:
            return translate("SecurityMatrix", "Site")
        if section == len(depts) + 1:
            return translate("SecurityMatrix", "Cleared")
        if not 0 < section <= len(depts):
            return None
        name = depts[section - 1].label
        return two_lines(name) if shown else name
