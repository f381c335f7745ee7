"""One way to run a core operation from a page: a refusal is a sentence, and nothing changes."""

from __future__ import annotations

import pytest

from fairdesk.base.errors import FairdeskError
from fairdesk.gui.qt import QMessageBox, QWidget
from fairdesk.gui.widgets.ops import FAILED, run_op


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[str, str]]:
    """The (title, text) of every warning box the code opens."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *_a: shown.append((title, text))))
    return shown


@pytest.fixture
def page(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_refusal_is_a_sentence_in_a_box_and_the_fair_is_unchanged(page, fair, boxes):
    before = fair.count("guests")
    result = run_op(page, lambda: fair.guests.add_guest(name=""), title="Not saved")
    assert result is FAILED
    assert boxes == [("Not saved", "姓名：必填。")]
    assert fair.count("guests") == before


def test_the_result_comes_back_and_no_box_opens(page, fair, boxes):
    changes = run_op(page, lambda: fair.guests.add_guest(
        name="张伟", category="investor", country="CN"))
    assert changes is not FAILED and fair.count("guests") == 1
    assert run_op(page, lambda: None) is None  # an operation that returns nothing succeeded
    assert boxes == []


def test_on_error_shows_the_refusal_where_the_page_wants_it(page, fair, boxes):
    inline: list[FairdeskError] = []
    result = run_op(page, lambda: fair.guests.add_guest(name=""), on_error=inline.append)
    assert result is FAILED and boxes == []
    assert [(err.field, str(err)) for err in inline] == [("name", "姓名：必填。")]
    assert fair.count("guests") == 0


def test_a_bug_is_not_a_refusal_it_goes_on_to_the_excepthook(page, boxes):
    def broken() -> None:
        raise KeyError("seat")

    with pytest.raises(KeyError):
        run_op(page, broken, title="Not saved")
    assert boxes == []


def test_a_refused_delete_in_a_record_table_says_why_and_keeps_the_row(qtbot, fair, boxes,
                                                                       monkeypatch):
    from fairdesk.gui.widgets.models import Column
    from fairdesk.gui.widgets.record_table import RecordTable

    unit = fair.guests.create("inviting_units", name="东港新区").ids()[0]
    table = RecordTable(lambda: fair.guests, "inviting_units", [Column("name", lambda: "Name")],
                        lambda: fair.guests.list("inviting_units"))
    qtbot.addWidget(table)
    table.refresh()
    table.view.selectRow(0)
    assert table.current_id() == unit

    def refuse(_entity: str, _record_id: str) -> None:
        raise FairdeskError("不能删除：仍有嘉宾属于该单位。", "Cannot delete: guests belong to it.")

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *_a: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(fair.guests, "delete", refuse)
    table.on_delete_clicked()
    assert boxes == [("Not deleted", "不能删除：仍有嘉宾属于该单位。")]
    assert fair.count("inviting_units") == 1
