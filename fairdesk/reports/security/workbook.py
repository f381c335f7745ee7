"""The security records as one .xlsx workbook: figures, items, inspections, rectifications.

Dates and times are real Excel date-times (fair-local wall time); text stays text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import t
from fairdesk.base.xlsx import close_book, kind_formats, open_book, write_cell
from fairdesk.core.vocab import ANSWERS, CHECK_STATUSES, INSPECTION_RESULTS, RECTIFICATION_STATUSES
from fairdesk.core.vocab import label as vocab_label

if TYPE_CHECKING:
    from fairdesk.core.security.paper import DailyReport
    from fairdesk.core.security.views import InspectionRow, ItemRow, RectRow

Column = tuple[str, str, int]  # heading, kind, width


def write_security_workbook(path: str | Path, report: DailyReport, items: list[ItemRow],
                            inspections: list[InspectionRow], rects: list[RectRow]) -> Path:
    """Four worksheets. Raises OSError when the file cannot be written."""
    book = open_book(path)
    font = {"font_name": "宋体", "font_size": 11}
    head = book.add_format({**font, "bold": True, "bg_color": "#1F4E79", "font_color": "#FFFFFF",
                            "border": 1, "text_wrap": True, "valign": "vcenter"})
    formats = kind_formats(book, font)
    _sheet(book, head, formats, t("部门汇总", "Departments"), [
        (t("责任部门", "Department"), "text", 22), (t("事项", "Items"), "int", 8),
        (t("已完成", "Done"), "int", 8), (t("逾期", "Overdue"), "int", 8),
        (t("未销号整改", "Open rectifications"), "int", 12),
        (t("已会签点位", "Sites signed off"), "int", 12), (t("点位", "Sites"), "int", 8)],
        [[d.department.label, d.total, d.done, d.overdue, d.open_rectifications,
          d.signed_sites, d.sites] for d in report.totals])
    _sheet(book, head, formats, t("检查事项", "Items"), [
        (t("点位", "Site"), "text", 24), (t("责任部门", "Department"), "text", 16),
        (t("事项", "Item"), "text", 26), (t("要求", "Requirement"), "text", 40),
        (t("完成时限", "Due"), "datetime", 17), (t("状态", "Status"), "text", 10),
        (t("逾期", "Overdue"), "text", 6), (t("完成时间", "Done at"), "datetime", 17),
        (t("完成人", "Done by"), "text", 10), (t("模板版本", "Template version"), "int", 8)],
        [[i.site, i.department, i.label, i.requirement, i.due_at, vocab_label(CHECK_STATUSES, i.status),
          t("是", "yes") if i.late else "", i.done_at, i.done_by, i.template_version]
         for i in items])
    _sheet(book, head, formats, t("检查记录", "Inspections"), [
        (t("检查时间", "Inspected at"), "datetime", 17), (t("点位", "Site"), "text", 24),
        (t("责任部门", "Department"), "text", 16), (t("检查人", "Inspector"), "text", 10),
        (t("结论", "Result"), "text", 10), (vocab_label(ANSWERS, "pass"), "int", 7),
        (vocab_label(ANSWERS, "fail"), "int", 7), (vocab_label(ANSWERS, "na"), "int", 7),
        (t("备注", "Notes"), "text", 30)],
        [[r.at, r.site, r.department, r.inspector, vocab_label(INSPECTION_RESULTS, r.result),
          r.passed, r.failed, r.not_applicable, r.notes] for r in inspections])
    _sheet(book, head, formats, t("整改", "Rectifications"), [
        (t("通知书编号", "Notice"), "text", 16), (t("点位", "Site"), "text", 24),
        (t("责任部门", "Department"), "text", 16), (t("问题", "Problem"), "text", 30),
        (t("整改要求", "Action required"), "text", 30),
        (t("责任单位", "Responsible unit"), "text", 20), (t("责任人", "Person"), "text", 10),
        (t("整改时限", "Deadline"), "datetime", 17), (t("状态", "Status"), "text", 10),
        (t("逾期", "Overdue"), "text", 6), (t("销号时间", "Closed at"), "datetime", 17),
        (t("复查人", "Verified by"), "text", 10)],
        [[r.notice_label, r.site, r.department, r.problem, r.action_required,
          r.responsible_unit, r.responsible_person, r.due_at,
          vocab_label(RECTIFICATION_STATUSES, r.status), t("是", "yes") if r.overdue else "",
          r.closed_at, r.verified_by] for r in rects])
    close_book(book)
    return Path(path)


def _sheet(book: Any, head: Any, formats: dict[str, Any], name: str, columns: list[Column],
           rows: list[list[Any]]) -> None:
    ws = book.add_worksheet(name[:31])
    for c, (heading, _kind, width) in enumerate(columns):
        ws.set_column(c, c, width)
        ws.write_string(0, c, heading, head)
    for r, values in enumerate(rows, 1):
        for c, value in enumerate(values):
            kind = columns[c][1]
            write_cell(ws, r, c, value, kind if kind != "int" else "text", formats[kind])
    ws.freeze_panes(1, 0)
    if rows:
        ws.autofilter(0, 0, len(rows), len(columns) - 1)
