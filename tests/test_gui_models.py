"""The shared table models: sorting keeps each selection on its record."""

from __future__ import annotations

from fairdesk.gui.qt import Qt, QTableView
from fairdesk.gui.widgets.models import CheckableRowsModel, Column, RowsModel

ROWS = [{"id": "a", "name": "Zhao", "seats": 3}, {"id": "b", "name": "Li", "seats": 12},
        {"id": "c", "name": "Wang", "seats": 7}]


def _columns() -> list[Column]:
    return [Column("name", lambda: "Name"), Column("seats", lambda: "Seats")]


def test_sorting_keeps_the_selected_record_selected(qtbot, qtmodeltester):
    model = RowsModel(_columns())
    model.set_rows(ROWS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectRow(0)  # Zhao
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["Li", "Wang", "Zhao"]
    selected = view.selectionModel().selectedRows()
    assert [model.row_at(i.row())["id"] for i in selected] == ["a"]
    assert model.row_at(view.currentIndex().row())["id"] == "a"
    model.sort(5)  # no such column: nothing moves
    assert model.row_at(2)["id"] == "a"
    qtmodeltester.check(model)


def test_sorting_a_checkable_model_keeps_each_check_with_its_row(qtmodeltester):
    model = CheckableRowsModel(_columns())
    model.set_rows(ROWS)
    model.set_checked(1, False)  # Li
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [r["name"] for r in model.rows()] == ["Li", "Wang", "Zhao"]
    assert [r["name"] for r in model.checked_rows()] == ["Wang", "Zhao"]
    qtmodeltester.check(model)
