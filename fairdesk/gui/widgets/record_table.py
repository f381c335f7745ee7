"""A table of one entity's records with New / Edit / Delete through the record form.

Pages give the columns and a function returning the rows; rows may carry
``_problems`` (a list of reasons): such rows show red with the reasons as a
tooltip, so a clash is never hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from fairdesk.core.entity import AreaService
from fairdesk.gui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fairdesk.gui.style import set_role
from fairdesk.gui.widgets.models import Column, RowsModel
from fairdesk.gui.widgets.ops import run_op
from fairdesk.gui.widgets.record_form import RecordForm
from fairdesk.gui.widgets.table_search import TableSearch

MIN_WIDTH = 84  # px: four Chinese characters and a margin
PROBLEM_RED = "#c62828"
PROBLEM_BACKGROUND = "#fdecea"
WARNING_AMBER = "#8d5300"
WARNING_BACKGROUND = "#fff3cd"


def _look(row: dict, error: str, warning: str) -> str | None:
    if not row.get("_problems"):
        return None
    return warning if row.get("_severity") == "warning" else error


def flag_problems(column: Column) -> Column:
    """``column`` red on rows with ``_problems`` (amber when only warnings), reasons as tooltip."""
    return replace(
        column,
        foreground=lambda r: _look(r, PROBLEM_RED, WARNING_AMBER),
        background=lambda r: _look(r, PROBLEM_BACKGROUND, WARNING_BACKGROUND),
        tooltip=lambda r: "\n".join(r.get("_problems") or []),
    )


def make_table_view(model: RowsModel, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting, sortable table view with sensible column widths."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    _sort_on_click(view, model)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(150)  # widths from the first rows: fast on long tables
    view.setWordWrap(False)
    return view


def _sort_on_click(view: QTableView, model: RowsModel) -> None:
    """Clicking a header sorts; until then the rows keep the core's order.

    (``setSortingEnabled(True)`` would sort by a column at once.)
    """
    header = view.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(False)

    def on_sort_indicator_changed(column: int, order: Qt.SortOrder) -> None:
        header.setSortIndicatorShown(True)
        model.sort(column, order)

    header.sortIndicatorChanged.connect(on_sort_indicator_changed)


class RecordTable(QWidget):
    """Records of ``entity`` with buttons to add, edit and delete them."""

    record_selected = Signal(str)  # record id, "" when none
    record_created = Signal(object)  # the Changes of a record made with "New…"

    def __init__(
        self,
        service_fn: Callable[[], AreaService],
        entity: str,
        columns: list[Column],
        rows_fn: Callable[[], list[dict]],
        *,
        title: str = "",
        form_kwargs: Callable[[str | None], dict] | None = None,
        searchable: bool = False,
        search_also: tuple[str, ...] = (),
        deleter: Callable[[str], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service_fn = service_fn
        self.deleter = deleter  # a page's own Delete (its own question), given the record id
        self.entity = entity
        self.rows_fn = rows_fn
        self.form_kwargs = form_kwargs or (lambda _record_id: {})
        self.model = RowsModel([flag_problems(c) for c in columns], self)
        self.view = make_table_view(self.model, self)
        self.title = QLabel(title)
        set_role(self.title, "sectionTitle")
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        self.search_box: TableSearch | None = None
        self.found_label = QLabel()
        self.found_label.hide()
        if searchable:  # the guest list's search, over the rows this table shows
            self.search_box = TableSearch(self.model, lambda: self.service_fn().fair, self,
                                          also=search_also)
            bar.addWidget(self.search_box, 2)
            bar.addWidget(self.found_label)
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        self.bar = bar
        self._selection_buttons = [self.edit_button, self.delete_button]
        self._chosen = ""  # the record selected last (kept through a search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        if self.search_box is not None:
            self.model.modelReset.connect(self.on_model_reset)
            self.search_box.textChanged.connect(self.on_search_changed)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.view.doubleClicked.connect(self.on_row_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)

    def refresh(self, *, select_first: bool = False) -> None:
        keep = self.current_id()
        self.model.set_rows(self.rows_fn())
        self.select(keep)
        if select_first and not self.current_id() and self.model.rowCount():
            self.view.selectRow(0)
        if not getattr(self, "_sized", False) and self.model.rowCount():
            self.view.resizeColumnsToContents()
            for column in range(self.model.columnCount()):  # room for a later, longer value
                self.view.setColumnWidth(column, max(self.view.columnWidth(column), MIN_WIDTH))
            self._sized = True
        self._update_buttons()

    def current_id(self) -> str:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).get("id", "") if rows else ""

    def select(self, record_id: str) -> None:
        for row in range(self.model.rowCount()):
            if record_id and self.model.row_at(row).get("id") == record_id:
                self.view.selectRow(row)
                return

    def add_action(self, text: str, slot: Callable[[str], None]) -> QPushButton:
        """A button before "New…" acting on the selected record (disabled without one)."""
        button = QPushButton(text)
        button.clicked.connect(lambda: self.current_id() and slot(self.current_id()))
        self.bar.insertWidget(self.bar.indexOf(self.new_button), button)
        self._selection_buttons.append(button)
        self._update_buttons()
        return button

    def _update_buttons(self) -> None:
        has = bool(self.current_id())
        for button in self._selection_buttons:
            button.setEnabled(has)

    def open_form(self, record_id: str | None) -> RecordForm:
        """The form for a new record (None) or the given one, not yet shown."""
        return RecordForm(
            self.service_fn(), self.entity, record_id, parent=self, **self.form_kwargs(record_id)
        )

    # --- slots --------------------------------------------------------------------------
    def on_model_reset(self) -> None:
        """While searching, how many rows of how many are shown."""
        searching = bool(self.search_box and self.search_box.text().strip())
        self.found_label.setVisible(searching)
        if searching:
            self.found_label.setText(self.tr("%1 of %2 shown")
                                     .replace("%1", f"{self.model.rowCount():,}")
                                     .replace("%2", f"{self.model.total():,}"))
        self._update_buttons()

    def on_search_changed(self, text: str) -> None:
        """The best match is selected at once (its details follow), as on the guest list;
        with the box emptied, the record chosen last is again."""
        if text.strip() and self.model.rowCount():
            self.view.selectRow(0)
        elif not text.strip():
            self.select(self._chosen)
        if not self.current_id():
            self.record_selected.emit("")

    def on_new_clicked(self) -> None:
        form = self.open_form(None)
        form.record_saved.connect(self.record_created.emit)
        form.exec()

    def on_edit_clicked(self) -> None:
        if self.current_id():
            self.open_form(self.current_id()).exec()

    def on_row_double_clicked(self, _index: QModelIndex) -> None:
        self.on_edit_clicked()

    def on_selection_changed(self, *_args: Any) -> None:
        self._chosen = self.current_id() or self._chosen
        self._update_buttons()
        self.record_selected.emit(self.current_id())

    def on_delete_clicked(self) -> None:
        record_id = self.current_id()
        if not record_id:
            return
        if self.deleter is not None:
            self.deleter(record_id)
            return
        spec = self.service_fn().spec(self.entity)
        answer = QMessageBox.question(
            self, self.tr("Delete"), self.tr("Delete this %1?").replace("%1", spec.label)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_op(self, lambda: self.service_fn().delete(self.entity, record_id),
               title=self.tr("Not deleted"))
