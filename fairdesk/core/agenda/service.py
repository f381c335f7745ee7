"""The agenda: venues, sessions (opening, forum, signing, visits, banquets) and attendance."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import ValidationError
from fairdesk.core.agenda.checks import (
    conflicts_for_link,
    conflicts_for_links,
    conflicts_for_session,
)
from fairdesk.core.entity import AreaService, Entity, Field, ends_after_starts, entities
from fairdesk.core.reception.conflicts import refuse
from fairdesk.core.vocab import GUEST_CATEGORIES, SESSION_KINDS, SESSION_ROLES

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.tx import Row, Tx

VENUE = Entity("venues", "会场", "Venue", (
    Field("name", "名称", "Name", required=True, max_len=100),
    Field("name_en", "英文名称", "English name", max_len=200),
    Field("address", "地址", "Address", max_len=200),
    Field("address_en", "英文地址", "Address (English)", max_len=300),
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
    Field("track", "平行线路组", "Parallel track group", max_len=60),
    Field("capacity", "人数上限", "Capacity", "int", minimum=0),
    Field("host", "主持", "Host", max_len=100),
    Field("host_en", "主持（英文）", "Host (English)", max_len=200),
    Field("dress_code", "着装", "Dress code", max_len=100),
    Field("dress_code_en", "着装（英文）", "Dress code (English)", max_len=200),
    Field("description", "简介", "Description"),
    Field("description_en", "简介（英文）", "Description (English)"),
    Field("notes", "备注", "Notes"),
    Field("notes_en", "备注（英文）", "Notes (English)"),
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


SESSION_GUEST = Entity("session_guests", "议程人员", "Session guest", (
    Field("session_id", "议程", "Session", "ref", required=True, ref="agenda_sessions"),
    Field("guest_id", "嘉宾", "Guest", "ref", required=True, ref="guests"),
    Field("role", "身份", "Role", "choice", required=True, choices=tuple(SESSION_ROLES)),
), title="role", order_by="session_id")


class AgendaService(AreaService):
    """Venues, sessions, who is linked to each (route, speaker, guest of honour), sign-ins.

    A write that would add a clash (a venue, a guest or an escort in two places at once)
    is refused with the reasons; the capacity check is a warning, shown, not refused.
    """

    entities = entities(VENUE, SESSION, ATTENDANCE, SESSION_GUEST)

    def before_write(self, tx: Tx, entity: str, current: Row | None, clean: dict) -> None:
        if entity == "agenda_sessions":
            refuse(conflicts_for_session(self.fair, clean, current["id"] if current else None))
        elif entity == "session_guests":
            refuse(conflicts_for_link(self.fair, {**(current or {}), **clean},
                                      current["id"] if current else None))

    def assign(self, session_id: str, guest_ids: list[str], role: str = "assigned") -> Changes:
        """Link guests to a session (a route, or as speakers / guests of honour) in one
        transaction; guests already linked keep their link. Raises ValidationError,
        ConflictError (a guest would be at two sessions at once: nothing is written)."""
        self.validate("session_guests", {"session_id": session_id, "guest_id": guest_ids[0]
                                         if guest_ids else "", "role": role})
        linked = {r["guest_id"] for r in self.fair.rows(
            "SELECT guest_id FROM session_guests WHERE session_id = ?", [session_id])}
        new = [g for g in dict.fromkeys(guest_ids) if g not in linked]
        with self.fair.transaction() as tx:
            refuse(conflicts_for_links(self.fair, session_id, new))
            tx.insert_many("session_guests", [
                {"session_id": session_id, "guest_id": g, "role": role} for g in new])
        return tx.changes

    def unassign(self, session_id: str, guest_ids: list[str]) -> Changes:
        """Remove these guests' links to a session."""
        rows = self.fair.rows_in("SELECT id FROM session_guests WHERE session_id = ?"
                                 " AND guest_id IN (?...)", guest_ids, [session_id]) \
            if guest_ids else []
        with self.fair.transaction() as tx:
            for r in rows:
                tx.delete("session_guests", r["id"])
        return tx.changes

    def move(self, session_id: str, starts_at: str, ends_at: str) -> Changes:
        """Move or resize a session (the timeline's drag). Raises ValidationError,
        ConflictError."""
        return self.update("agenda_sessions", session_id, starts_at=starts_at, ends_at=ends_at)

    def days(self) -> list[str]:
        return [r["d"] for r in self.fair.rows(
            "SELECT DISTINCT substr(starts_at, 1, 10) AS d FROM agenda_sessions ORDER BY d")]
