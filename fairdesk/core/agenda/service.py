"""The agenda: venues, sessions (opening, forum, signing, visits, banquets) and attendance."""

from __future__ import annotations

import json
from typing import Any

from fairdesk.base.errors import ValidationError
from fairdesk.core.entity import AreaService, Entity, Field, ends_after_starts, entities
from fairdesk.core.vocab import GUEST_CATEGORIES, SESSION_KINDS

VENUE = Entity("venues", "会场", "Venue", (
    Field("name", "名称", "Name", required=True, max_len=100),
    Field("name_en", "英文名称", "English name", max_len=200),
    Field("address", "地址", "Address", max_len=200),
    Field("capacity", "容纳人数", "Capacity", "int", minimum=0),
    Field("notes", "备注", "Notes"),
), order_by="name")


def _known_categories(_fair: Any, v: dict) -> None:
    cats = v.get("admitted_categories") or "[]"
    try:
        listed = json.loads(cats) if isinstance(cats, str) else list(cats)
    except ValueError:
        listed = None
    if not isinstance(listed, list) or any(c not in GUEST_CATEGORIES for c in listed):
        raise ValidationError("admitted_categories", "准入类别：含有未知类别。",
                              "Admitted categories: contains an unknown category.")


SESSION = Entity("agenda_sessions", "议程", "Agenda session", (
    Field("title", "名称", "Title", required=True, max_len=200),
    Field("title_en", "英文名称", "English title", max_len=300),
    Field("kind", "类型", "Kind", "choice", required=True, choices=tuple(SESSION_KINDS)),
    Field("venue_id", "会场", "Venue", "ref", ref="venues"),
    Field("starts_at", "开始时间", "Starts", "datetime", required=True),
    Field("ends_at", "结束时间", "Ends", "datetime", required=True),
    Field("admitted_categories", "准入类别", "Admitted categories", "json"),
    Field("host", "主持", "Host", max_len=100),
    Field("dress_code", "着装", "Dress code", max_len=100),
    Field("notes", "备注", "Notes"),
), title="title", order_by="starts_at", checks=(
    ends_after_starts("starts_at", "ends_at", "结束时间须晚于开始时间。", "The end must be after the start."),
    _known_categories))

ATTENDANCE = Entity("attendance", "签到", "Session sign-in", (
    Field("session_id", "议程", "Session", "ref", required=True, ref="agenda_sessions"),
    Field("guest_id", "嘉宾", "Guest", "ref", required=True, ref="guests"),
    Field("at", "时间", "Time", "datetime", required=True),
    Field("desk", "签到台", "Desk", max_len=60),
    Field("operator", "操作员", "Operator", max_len=120),
), title="at", order_by="at")


class AgendaService(AreaService):
    entities = entities(VENUE, SESSION, ATTENDANCE)

    def days(self) -> list[str]:
        return [r["d"] for r in self.fair.rows(
            "SELECT DISTINCT substr(starts_at, 1, 10) AS d FROM agenda_sessions ORDER BY d")]
