"""Inspections, the rectifications they raise, and re-inspections (复查).

An inspection answers every item of one department at one site: pass, fail or
not applicable, each with a note. A failed item raises a rectification with the
next notice number of the fair (〔year〕第 N 号): numbers are taken from a counter
kept in the fair file, so a number is never given twice, also after a deletion.
A re-inspection closes the rectification (passed) or keeps it open with its note;
every re-inspection stays in the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from fairdesk.base.errors import ConflictError, ValidationError
from fairdesk.base.i18n import language
from fairdesk.core import roles
from fairdesk.core.security.statuses import Answer, ChecklistStatus, RectificationStatus
from fairdesk.core.timeutil import to_fair_iso

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row, Tx

COUNTER = "security.notice_counter"  # the last rectification notice number given
INSPECTING = ("检查、复查", "inspects and re-inspects for it")
FIXING = ("登记整改完成", "records its rectifications fixed")
ITEM_STATUS = {Answer.PASS: ChecklistStatus.DONE, Answer.NA: ChecklistStatus.NA,
               Answer.FAIL: ChecklistStatus.FAILED}


@dataclass
class ItemAnswer:
    """The inspector's answer for one item; a failure also says what must be fixed."""

    item_id: str
    answer: Answer
    note: str = ""
    problem: str = ""  # defaults to the note
    action_required: str = ""
    responsible_unit: str = ""  # defaults to the site's name
    responsible_person: str = ""
    deadline: datetime | str | None = None


@dataclass(frozen=True)
class Recorded:
    inspection: Row
    rectifications: list[Row]
    changes: Changes


def _moment(fair: Fair, value: datetime | str | None, field: str) -> str:
    if value is None or value == "":
        return to_fair_iso(datetime.now(fair.tz), fair.tz)
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(
            str(value).replace(" ", "T", 1))
    except ValueError:
        raise ValidationError(field, f"“{value}”不是日期时间（如 2026-05-16 18:00）。",
                              f"'{value}' is not a date and time (e.g. 2026-05-16 18:00).") from None
    return to_fair_iso(moment, fair.tz)


def department_items(fair: Fair, site_id: str, department_id: str) -> list[Row]:
    """The items of one department at one site, in checklist order."""
    return fair.rows("SELECT * FROM checklist_items WHERE site_id = ? AND department_id = ?"
                     " ORDER BY due_at, title", [site_id, department_id])


def _check_answers(items: list[Row], answers: list[ItemAnswer]) -> None:
    by_id = {a.item_id: a for a in answers}
    known = {i["id"] for i in items}
    stray = [a.item_id for a in answers if a.item_id not in known]
    if stray:
        raise ValidationError("answers", f"事项 {stray[0]} 不属于该部门在该点位的检查表。",
                              f"Item {stray[0]} is not on this department's list for this site.")
    for item in items:
        answer = by_id.get(item["id"])
        if answer is None:
            raise ValidationError("answers", f"“{item['title']}”还没有检查结论。",
                                  f"'{item['title_en'] or item['title']}' has no answer yet.")
        if answer.answer == Answer.FAIL and not (answer.problem or answer.note).strip():
            raise ValidationError("problem", f"“{item['title']}”不合格：请写明发现的问题。",
                                  f"'{item['title_en'] or item['title']}' failed: "
                                  "describe the problem found.")
        if answer.answer == Answer.FAIL and not answer.deadline:
            raise ValidationError("deadline", f"“{item['title']}”不合格：请给出整改时限。",
                                  f"'{item['title_en'] or item['title']}' failed: "
                                  "give a deadline for the fix.")


def next_number(tx: Tx) -> int:
    """The next notice number of this fair, taken (the counter moves on in ``tx``)."""
    fair = tx.fair
    last = max(int(fair.setting(COUNTER) or 0),
               int(fair.scalar("SELECT max(number) FROM rectifications") or 0))
    fair.settings_set(tx, COUNTER, last + 1)
    return last + 1


def record_inspection(fair: Fair, *, site_id: str, department_id: str,
                      answers: list[ItemAnswer], inspector: str,
                      at: datetime | str | None = None, notes: str = "",
                      photo: bytes | None = None) -> Recorded:
    """Record one inspection; failures raise numbered rectifications.

    Raises NotFoundError (site, department), PermissionDenied (another department's
    liaison), ValidationError (an item without an answer, a failure without a problem or
    deadline, a bad photo)."""
    site = fair.get("sites", site_id)
    roles.require_department(fair, fair.get("departments", department_id), INSPECTING)
    if not inspector.strip():
        raise ValidationError("inspector", "请填写检查人。", "Enter the inspector's name.")
    items = department_items(fair, site_id, department_id)
    if not items:
        raise ValidationError("site_id", f"该部门在“{site['name']}”没有检查事项。",
                              f"This department has no checklist at '{site['name']}'.")
    _check_answers(items, answers)
    when = _moment(fair, at, "at")
    deadlines = {a.item_id: _moment(fair, a.deadline, "deadline")
                 for a in answers if a.answer == Answer.FAIL}
    prepared = _photo(photo)
    failed = [a for a in answers if a.answer == Answer.FAIL]
    with fair.transaction() as tx:
        inspection = tx.insert("inspections", {
            "department_id": department_id, "site_id": site_id, "at": when,
            "inspector": inspector.strip(), "result": "issues" if failed else "pass",
            "notes": notes.strip()})
        tx.insert_many("inspection_answers", [
            {"inspection_id": inspection["id"], "checklist_item_id": a.item_id,
             "answer": str(a.answer), "note": a.note.strip()} for a in answers])
        for a in answers:
            _answer_item(tx, a, when, inspector.strip())
        if prepared is not None:
            tx.insert("inspection_photos", {"inspection_id": inspection["id"], **prepared})
        rects = [_raise(tx, inspection, site, a, deadlines[a.item_id]) for a in failed]
    return Recorded(inspection, rects, tx.changes)


def _photo(data: bytes | None) -> dict | None:
    if not data:
        return None
    from fairdesk.core.guests.photos import prepare_photo

    p = prepare_photo(bytes(data))  # shrunk, metadata dropped, as guest photos are
    return {"mime": p.mime, "data": p.data, "width": p.width, "height": p.height}


def _answer_item(tx: Tx, a: ItemAnswer, when: str, inspector: str) -> None:
    status = ITEM_STATUS[Answer(a.answer)]
    done = status in (ChecklistStatus.DONE, ChecklistStatus.NA)
    tx.update("checklist_items", a.item_id, {
        "status": status, "done_at": when if done else None,
        "done_by": inspector if done else ""})


def _raise(tx: Tx, inspection: Row, site: Row, a: ItemAnswer, deadline: str) -> Row:
    return tx.insert("rectifications", {
        "inspection_id": inspection["id"], "checklist_item_id": a.item_id,
        "problem": (a.problem or a.note).strip(), "action_required": a.action_required.strip(),
        "due_at": deadline, "status": RectificationStatus.OPEN,
        "responsible_unit": a.responsible_unit.strip() or site["name"],
        "responsible_person": a.responsible_person.strip(),
        "number": next_number(tx), "year": int(inspection["at"][:4])})


def notice_number(rect: Row) -> str:
    """``〔2026〕第 7 号``: the rectification notice's number, government style."""
    return f"〔{rect['year']}〕第 {rect['number']} 号" if rect.get("number") else ""


def notice_number_en(rect: Row) -> str:
    """``No. 2026-7``: the same number as an English reader writes it (and as
    ``rectification-notice`` accepts it back)."""
    return f"No. {rect['year']}-{rect['number']}" if rect.get("number") else ""


def notice_label(rect: Row) -> str:
    """The notice's number in the interface's language (the notice itself stays Chinese)."""
    return notice_number_en(rect) if language() == "en" else notice_number(rect)


def mark_fixed(fair: Fair, rect_id: str) -> Changes:
    """The site reports the problem fixed (recorded by the department's liaison, as its
    inspections are); it stays open until re-inspected.
    Raises NotFoundError, PermissionDenied (another department's liaison), ConflictError
    (already closed)."""
    rect = fair.get("rectifications", rect_id)
    inspection = fair.get("inspections", rect["inspection_id"])
    roles.require_department(fair, fair.get("departments", inspection["department_id"]),
                             FIXING)
    if rect["status"] == RectificationStatus.VERIFIED:
        raise _closed(rect)
    with fair.transaction() as tx:
        tx.update("rectifications", rect_id, {"status": RectificationStatus.FIXED,
                                              "fixed_at": tx.fair_now})
    return tx.changes


def _closed(rect: Row) -> ConflictError:
    return ConflictError(f"整改 {notice_number(rect)}“{rect['problem']}”已复查销号。",
                         f"Rectification {notice_number_en(rect)} '{rect['problem']}' is "
                         "already closed.")


def reinspect(fair: Fair, rect_id: str, *, passed: bool, inspector: str, note: str = "",
              at: datetime | str | None = None, new_deadline: datetime | str | None = None
              ) -> Changes:
    """Re-inspect a rectification: passed closes it (and passes its item); otherwise it
    stays open with the note (and a new deadline, if given).

    Raises NotFoundError, PermissionDenied (another department's liaison), ConflictError
    (already closed), ValidationError (no inspector, a failed re-inspection without a note)."""
    rect = fair.get("rectifications", rect_id)
    inspection = fair.get("inspections", rect["inspection_id"])
    roles.require_department(fair, fair.get("departments", inspection["department_id"]),
                             INSPECTING)
    if rect["status"] == RectificationStatus.VERIFIED:
        raise _closed(rect)
    if not inspector.strip():
        raise ValidationError("inspector", "请填写复查人。", "Enter who re-inspected.")
    if not passed and not note.strip():
        raise ValidationError("note", "复查不合格：请写明仍存在的问题。",
                              "Not passed: say what is still wrong.")
    when = _moment(fair, at, "at")
    with fair.transaction() as tx:
        tx.insert("reinspections", {"rectification_id": rect_id, "at": when,
                                    "inspector": inspector.strip(), "passed": int(passed),
                                    "note": note.strip()})
        if passed:
            tx.update("rectifications", rect_id, {
                "status": RectificationStatus.VERIFIED, "verified_by": inspector.strip(),
                "closed_at": when, "fixed_at": rect["fixed_at"] or when})
            _pass_item(tx, rect, when, inspector.strip())
        else:
            values: dict = {"status": RectificationStatus.OPEN}
            if new_deadline:
                values["due_at"] = _moment(fair, new_deadline, "new_deadline")
            tx.update("rectifications", rect_id, values)
    return tx.changes


def _pass_item(tx: Tx, rect: Row, when: str, inspector: str) -> None:
    item_id = rect["checklist_item_id"]
    if not item_id:
        return
    still_open = tx.fair.scalar(
        "SELECT count(*) FROM rectifications WHERE checklist_item_id = ? AND id != ?"
        " AND status != ?", [item_id, rect["id"], RectificationStatus.VERIFIED])
    item = tx.fair.get("checklist_items", item_id)
    if not still_open and item["status"] == ChecklistStatus.FAILED:
        tx.update("checklist_items", item_id, {"status": ChecklistStatus.DONE,
                                               "done_at": when, "done_by": inspector})


def history(fair: Fair, rect_id: str) -> list[Row]:
    """The re-inspections of a rectification, oldest first."""
    return fair.rows("SELECT * FROM reinspections WHERE rectification_id = ? ORDER BY at",
                     [rect_id])
