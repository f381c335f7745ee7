"""Security: each department's checklist per site, inspections and rectifications."""

from __future__ import annotations

from fairdesk.core.entity import AreaService, Entity, Field, entities
from fairdesk.core.vocab import (
    CHECK_STATUSES,
    DEPARTMENTS,
    INSPECTION_RESULTS,
    RECTIFICATION_STATUSES,
    SITE_KINDS,
)

DEPARTMENT = Entity("departments", "责任部门", "Department", (
    Field("code", "代码", "Code", "choice", required=True, choices=tuple(DEPARTMENTS)),
    Field("name", "名称", "Name", required=True, max_len=100),
    Field("name_en", "英文名称", "English name", max_len=200),
    Field("contact", "联络人", "Liaison", max_len=60),
    Field("phone", "电话", "Phone", max_len=40),
), order_by="code")

SITE = Entity("sites", "点位", "Site", (
    Field("name", "名称", "Name", required=True, max_len=100),
    Field("name_en", "英文名称", "English name", max_len=200),
    Field("kind", "类型", "Kind", "choice", required=True, choices=tuple(SITE_KINDS)),
    Field("hotel_id", "酒店", "Hotel", "ref", ref="hotels"),
    Field("venue_id", "会场", "Venue", "ref", ref="venues"),
    Field("address", "地址", "Address", max_len=200),
), order_by="kind, name")

CHECKLIST_ITEM = Entity("checklist_items", "检查事项", "Checklist item", (
    Field("department_id", "责任部门", "Department", "ref", required=True, ref="departments"),
    Field("site_id", "点位", "Site", "ref", required=True, ref="sites"),
    Field("title", "事项", "Item", required=True, max_len=200),
    Field("title_en", "英文", "English", max_len=300),
    Field("detail", "要求", "Requirement"),
    Field("due_at", "完成时限", "Due", "datetime"),
    Field("status", "状态", "Status", "choice", required=True, choices=tuple(CHECK_STATUSES)),
    Field("done_at", "完成时间", "Done at", "datetime"),
    Field("done_by", "完成人", "Done by", max_len=60),
    Field("signed_off_by", "签字确认", "Signed off by", max_len=60),
    Field("signed_off_at", "确认时间", "Signed off at", "datetime"),
), title="title", order_by="due_at, title")

INSPECTION = Entity("inspections", "检查记录", "Inspection", (
    Field("department_id", "责任部门", "Department", "ref", required=True, ref="departments"),
    Field("site_id", "点位", "Site", "ref", required=True, ref="sites"),
    Field("at", "检查时间", "Inspected at", "datetime", required=True),
    Field("inspector", "检查人", "Inspector", max_len=60),
    Field("result", "结论", "Result", "choice", required=True, choices=tuple(INSPECTION_RESULTS)),
    Field("notes", "备注", "Notes"),
), title="at", order_by="at")

RECTIFICATION = Entity("rectifications", "整改", "Rectification", (
    Field("inspection_id", "检查记录", "Inspection", "ref", required=True, ref="inspections"),
    Field("checklist_item_id", "检查事项", "Checklist item", "ref", ref="checklist_items"),
    Field("problem", "问题", "Problem", required=True),
    Field("action_required", "整改要求", "Action required"),
    Field("due_at", "整改时限", "Due", "datetime"),
    Field("status", "状态", "Status", "choice", required=True,
          choices=tuple(RECTIFICATION_STATUSES)),
    Field("fixed_at", "整改完成时间", "Fixed at", "datetime"),
    Field("verified_by", "复查人", "Verified by", max_len=60),
), title="problem", order_by="due_at")


class SecurityService(AreaService):
    entities = entities(DEPARTMENT, SITE, CHECKLIST_ITEM, INSPECTION, RECTIFICATION)
