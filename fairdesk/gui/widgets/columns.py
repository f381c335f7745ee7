"""Columns a user chooses: right-click a table's header to show or hide each one; the
choice is kept for this laptop (QSettings, :mod:`fairdesk.gui.prefs`)."""

from __future__ import annotations

from fairdesk.gui import prefs
from fairdesk.gui.qt import QMenu, QObject, QPoint, Qt, QTableView
from fairdesk.gui.widgets.models import Column


class ColumnChooser(QObject):
    """The header menu of ``view`` whose ``columns`` (the first always shown) are saved as
    ``table``'s choice."""

    def __init__(self, view: QTableView, columns: list[Column], table: str) -> None:
        super().__init__(view)
        self.view = view
        self.columns = columns
        self.table = table
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.on_header_menu_requested)
        hidden = set(prefs.hidden_columns(table))
        for number, column in enumerate(columns[1:], 1):
            view.setColumnHidden(number, column.key in hidden)

    def shown(self) -> list[str]:
        return [c.key for i, c in enumerate(self.columns) if not self.view.isColumnHidden(i)]

    def set_shown(self, key: str, on: bool) -> None:
        """Show or hide the column ``key`` and remember the choice."""
        number = next(i for i, c in enumerate(self.columns) if c.key == key)
        if number == 0:
            return  # the name stays: a row must say whose it is
        self.view.setColumnHidden(number, not on)
        if on and self.view.columnWidth(number) < 40:
            self.view.resizeColumnToContents(number)
        prefs.set_hidden_columns(self.table, [c.key for i, c in enumerate(self.columns)
                                              if self.view.isColumnHidden(i)])

    def menu(self) -> QMenu:
        """One checkable entry per column."""
        menu = QMenu(self.view)
        menu.setObjectName("column_menu")
        for number, column in enumerate(self.columns):
            action = menu.addAction(column.label())
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(number))
            action.setEnabled(number > 0)
            action.toggled.connect(lambda on, key=column.key: self.set_shown(key, on))
        return menu

    def on_header_menu_requested(self, pos: QPoint) -> None:
        header = self.view.horizontalHeader()
        self.menu().exec(header.mapToGlobal(pos))
