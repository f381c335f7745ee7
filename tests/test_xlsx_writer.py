"""The shared .xlsx writer: a file that cannot be written is an OSError, like a .csv."""

from __future__ import annotations

import openpyxl
import pytest

from fairdesk.base.i18n import Text
from fairdesk.base.xlsx import write_table
from fairdesk.core.guests.export import export_guests
from fairdesk.core.reception.sheet import Sheet
from fairdesk.reports.reception.workbooks import write_sheets


def _sheet() -> Sheet:
    return Sheet(Text("住宿名单", "Rooming list"), Text("海景酒店", "Sea View"),
                 [("no", Text("序号", "No."), 12), ("name", Text("姓名", "Name"), 40)],
                 rows=[{"no": "1", "name": "=1+1"}], fair_name="投洽会", key="海景酒店")


def test_unwritable_workbooks_raise_oserror(fair, tmp_path):
    missing = tmp_path / "gone"
    with pytest.raises(OSError):
        export_guests(fair, missing / "guests.xlsx")
    with pytest.raises(OSError):
        write_sheets([_sheet()], missing / "rooming.xlsx")
    with pytest.raises(OSError):
        write_table(missing / "t.xlsx", ["a"], [["x"]], sheet="s")


def test_roster_cells_keep_text_and_numbers(tmp_path):
    ws = openpyxl.load_workbook(write_sheets([_sheet()], tmp_path / "r.xlsx"))["海景酒店"]
    assert ws.cell(5, 1).value == 1 and ws.cell(5, 2).value == "=1+1"
    assert ws.cell(5, 2).data_type == "s"


def test_a_failed_workbook_leaves_no_file(tmp_path):
    from fairdesk.base.xlsx import write_table

    target = tmp_path / "broken.xlsx"
    with pytest.raises(ValueError):
        write_table(target, ["日期"], [["not a date"]], sheet="s", kinds=["date"])
    assert not target.exists()
