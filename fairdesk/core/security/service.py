"""Security: each department's checklist per site, inspections and rectifications.

The entities are declared here; the liaison's rules live beside them:
:mod:`.templates` (the bundled templates, versions, .xlsx), :mod:`.issuing`
(templates → items per site), :mod:`.inspections` (answers, rectifications and
their numbers, re-inspections), :mod:`.signoff` (会签, cleared sites) and
:mod:`.views` (the matrix, overdue lists, the liaison's items: typed rows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fairdesk.base.errors import ValidationError
from fairdesk.core.entity import AreaService, Entity, Field, entities
from fairdesk.core.vocab import (
    CHECK_STATUSES,
    DEPARTMENTS,
    INSPECTION_RESULTS,
    RECTIFICATION_STATUSES,
    SITE_KINDS,
)

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row, Tx

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


def _site_kind_codes(text: object) -> list[str] | None:
    from fairdesk.core.security.templates import site_kind_codes

    return site_kind_codes(text)


def _check_site_kinds(fair: Fair, values: dict) -> None:
    """Site kinds by code or name (接待酒店、会场 or hotel,venue), at least one."""
    if _site_kind_codes(values.get("site_kinds")) is None:
        raise ValidationError(
            "site_kinds",
            f"适用点位：“{values.get('site_kinds') or '（空）'}”须为"
            f"{'、'.join(zh for zh, _en in SITE_KINDS.values())}中的一个或几个（用“、”分隔）。",
            f"Site kinds: '{values.get('site_kinds') or '(empty)'}' must be one or more of "
            f"{', '.join(en for _zh, en in SITE_KINDS.values())} (comma separated).")


TEMPLATE = Entity("checklist_templates", "检查模板", "Checklist template", (
    Field("department_code", "责任部门", "Department", "choice", required=True,
          choices=tuple(DEPARTMENTS)),
    Field("title", "事项", "Item", required=True, max_len=200),
    Field("title_en", "英文事项", "Item in English", max_len=300),
    Field("requirement", "要求", "Requirement"),
    Field("requirement_en", "英文要求", "Requirement in English"),
    Field("site_kinds", "适用点位", "Site kinds", required=True, max_len=100),
    Field("due_days", "开幕前天数", "Days before opening", "int", minimum=0),
    Field("position", "顺序", "Order", "int", minimum=0),
    Field("active", "启用", "Active", "bool"),
), title="title", order_by="department_code, position, title", checks=(_check_site_kinds,))

CHECKLIST_ITEM = Entity("checklist_items", "检查事项", "Checklist item", (
    Field("department_id", "责任部门", "Department", "ref", required=True, ref="departments"),
    Field("site_id", "点位", "Site", "ref", required=True, ref="sites"),
    Field("title", "事项", "Item", required=True, max_len=200),
    Field("title_en", "英文事项", "Item in English", max_len=300),
    Field("detail", "要求", "Requirement"),
    Field("detail_en", "英文要求", "Requirement in English"),
    Field("due_at", "完成时限", "Due", "datetime"),
    Field("status", "状态", "Status", "choice", required=True, choices=tuple(CHECK_STATUSES)),
    Field("done_at", "完成时间", "Done at", "datetime"),
    Field("done_by", "完成人", "Done by", max_len=60),
    Field("signed_off_by", "签字确认", "Signed off by", max_len=60),
    Field("signed_off_at", "确认时间", "Signed off at", "datetime"),
    Field("template_id", "来源模板", "From template", max_len=40),
    Field("template_version", "模板版本", "Template version", "int", nullable=True),
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
    Field("responsible_unit", "责任单位", "Responsible unit", max_len=100),
    Field("responsible_person", "责任人", "Responsible person", max_len=60),
    Field("number", "通知书编号", "Notice number", "int", nullable=True),
    Field("year", "年度", "Year", "int", nullable=True),
    Field("closed_at", "销号时间", "Closed at", "datetime"),
), title="problem", order_by="due_at")

# Written by the liaison's operations (inspections, signoff), never edited as records.
ANSWER = Entity("inspection_answers", "检查结果", "Inspection answer", (
    Field("inspection_id", "检查记录", "Inspection", "ref", required=True, ref="inspections"),
    Field("checklist_item_id", "检查事项", "Checklist item", "ref", required=True,
          ref="checklist_items"),
    Field("answer", "结论", "Answer", required=True, max_len=10),
    Field("note", "说明", "Note"),
), title="answer")

REINSPECTION = Entity("reinspections", "复查", "Re-inspection", (
    Field("rectification_id", "整改", "Rectification", "ref", required=True,
          ref="rectifications"),
    Field("at", "复查时间", "Re-inspected at", "datetime", required=True),
    Field("inspector", "复查人", "Inspector", max_len=60),
    Field("passed", "复查合格", "Passed", "bool"),
    Field("note", "复查意见", "Opinion"),
), title="at", order_by="at")

SIGNOFF = Entity("site_signoffs", "会签", "Sign-off", (
    Field("site_id", "点位", "Site", "ref", required=True, ref="sites"),
    Field("department_id", "责任部门", "Department", "ref", required=True, ref="departments"),
    Field("signed_by", "签字人", "Signed by", max_len=60),
    Field("signed_at", "会签时间", "Signed at", "datetime", required=True),
    Field("withdrawn_at", "撤回时间", "Withdrawn at", "datetime"),
    Field("withdrawn_by", "撤回人", "Withdrawn by", max_len=60),
    Field("withdraw_reason", "撤回原因", "Reason for withdrawal"),
), title="signed_at", order_by="signed_at")

# A template's version goes up when what an issued item copies from it changes.
VERSIONED = ("title", "title_en", "requirement", "requirement_en", "site_kinds", "due_days")


class SecurityService(AreaService):
    entities = entities(DEPARTMENT, SITE, TEMPLATE, CHECKLIST_ITEM, INSPECTION, ANSWER,
                        RECTIFICATION, REINSPECTION, SIGNOFF)

    def delete(self, entity: str, record_id: str) -> Changes:
        """A site: see :func:`.sites.delete_site` (refused, naming what holds it)."""
        if entity == "sites":
            from fairdesk.core.security.sites import delete_site

            return delete_site(self.fair, record_id)
        return super().delete(entity, record_id)

    def before_write(self, tx: Tx, entity: str, current: Row | None, clean: dict) -> None:
        if entity == "checklist_templates" and clean.get("site_kinds"):  # stored as codes
            clean["site_kinds"] = ",".join(_site_kind_codes(clean["site_kinds"]) or [])
        if entity == "checklist_templates" and current is not None and any(
                k in clean and clean[k] != current[k] for k in VERSIONED):
            clean["version"] = int(current["version"]) + 1
