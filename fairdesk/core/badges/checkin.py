"""The check-in desk: scanning a badge, registering arrival, session sign-in, undo.

``verify`` reads only (it writes nothing, not even a missing badge key); ``check_in``
records (one transaction). A result is a :class:`ScanStatus`, shown green (checked in
now), amber (already checked in: when, at which desk) or red (unknown, forged, replaced,
cancelled, declined, not admitted), with the reason as a sentence in Chinese and English.
The guest's arrival and its undo go through the guests service
(:meth:`~fairdesk.core.guests.service.GuestService.mark_arrived`, ``undo_arrival``).
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fairdesk.base.errors import NotFoundError
from fairdesk.base.i18n import Text
from fairdesk.core.badges import codes
from fairdesk.core.badges.desk_card import GuestCard, guest_card
from fairdesk.core.guests.invitations import (
    ARRIVED_STATES,
    ATTENDING_STATES,
    REFUSED_STATES,
    sql_states,
)
from fairdesk.core.guests.keys import clean_phone, is_phone
from fairdesk.core.timeutil import fair_now_iso
from fairdesk.core.vocab import GUEST_CATEGORIES

if TYPE_CHECKING:
    from fairdesk.core.context import Operator
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row

REGISTRATION, SESSION = "registration", "session"


class ScanStatus(enum.StrEnum):
    """What a scan (or a manual check-in) found; decides the desk's colour and sound."""

    #: Checked in (or signed in to the session) now: green.
    OK = "ok"
    #: Checked in (signed in) before: amber, with when and at which desk.
    ALREADY_CHECKED_IN = "already_checked_in"
    #: Not a badge code of this fair, or its guest or badge version is not in the file.
    UNKNOWN = "unknown"
    #: Shaped like a badge code, but its signature does not match: forged or altered.
    FORGED = "forged"
    #: A void badge: a newer version was issued to replace it.
    REPLACED = "replaced"
    #: The guest's invitation was cancelled.
    CANCELLED = "cancelled"
    #: The guest declined the invitation.
    DECLINED = "declined"
    #: The session does not admit the guest's category.
    NOT_ADMITTED = "not_admitted"


COLOURS = {ScanStatus.OK: codes.GREEN, ScanStatus.ALREADY_CHECKED_IN: codes.AMBER}  # else red


def _when(at: str) -> str:
    return at[:16].replace("T", " ") if at else ""


# By status; "signed_in", "already_signed_in" and "unknown_guest" are the session's and
# the unknown guest's wording of a status.
REASONS = {
    ScanStatus.OK: Text("报到成功，欢迎！", "Checked in. Welcome!"),
    "signed_in": Text("签到成功。", "Signed in to the session."),
    ScanStatus.ALREADY_CHECKED_IN: Text("已于 {when} 在 {desk} 报到。",
                                        "Already checked in at {when}, desk {desk}."),
    "already_signed_in": Text("已于 {when} 在 {desk} 签到。",
                              "Already signed in at {when}, desk {desk}."),
    ScanStatus.UNKNOWN: Text("无法识别：不是本届投洽会的证件码。", "Not a badge code of this fair."),
    "unknown_guest": Text("证件码对应的嘉宾不存在（可能已删除）。",
                          "The code's guest does not exist (deleted?)."),
    ScanStatus.FORGED: Text("证件码校验失败：伪造或被改动过。",
                            "The code fails its signature check: forged or altered."),
    ScanStatus.REPLACED: Text("此证件已作废：已补发第 {v} 版证件。",
                              "This badge is void: version {v} was issued to replace it."),
    ScanStatus.CANCELLED: Text("该嘉宾的邀请已取消。", "This guest's invitation was cancelled."),
    "two_desks": Text("两台电脑都为该嘉宾补发了证件（第 {v} 版）：合并后只保留一张有效，另一张已作废。",
                      "Two desks both reissued this guest's badge (version {v}): after the "
                      "merge one stays valid and the other was voided."),
    ScanStatus.DECLINED: Text("该嘉宾回执为不参加。", "This guest declined the invitation."),
    ScanStatus.NOT_ADMITTED: Text("“{cat}”类别不能进入“{session}”。",
                                  "Category '{cat_en}' is not admitted to '{session_en}'."),
}


@dataclass
class ScanResult:
    """What the desk shows after a scan; ``status`` decides the colour."""

    status: ScanStatus
    reason: Text
    guest: Row | None = None
    badge: Row | None = None
    check_in: Row | None = None  # the row recorded now, or the earlier one (amber)
    card: GuestCard | None = None
    #: What the door must also be told, whatever the colour (a badge reissued at two desks).
    warning: Text | None = None

    @property
    def colour(self) -> str:
        return COLOURS.get(self.status, codes.RED)

    @property
    def ok(self) -> bool:
        return self.status == ScanStatus.OK


def _reason(key: str, **kw: object) -> Text:
    return REASONS[key].format(**kw) if kw else REASONS[key]


def _fail(status: ScanStatus, key: str | None = None, **kw: object) -> ScanResult:
    return ScanResult(status, _reason(key or status, **kw))


def _guest_by_ref(fair: Fair, ref: str) -> Row | None:
    rows = fair.rows("SELECT * FROM guests WHERE ref_code = ?", [ref])
    return rows[0] if rows else None


def last_check_in(fair: Fair, guest_id: str, session_id: str | None = None) -> Row | None:
    """The guest's earliest standing check-in (registration, or for that session)."""
    if session_id:
        rows = fair.rows("SELECT * FROM check_ins WHERE guest_id = ? AND kind = ? AND "
                         "session_id = ? AND undone_at IS NULL ORDER BY at LIMIT 1",
                         [guest_id, SESSION, session_id])
    else:
        rows = fair.rows("SELECT * FROM check_ins WHERE guest_id = ? AND kind = ? AND "
                         "undone_at IS NULL ORDER BY at LIMIT 1", [guest_id, REGISTRATION])
    return rows[0] if rows else None


def _attendance(fair: Fair, guest_id: str, session_id: str) -> Row | None:
    """The guest's sign-in for the session, however it was recorded."""
    rows = fair.rows("SELECT * FROM attendance WHERE session_id = ? AND guest_id = ?",
                     [session_id, guest_id])
    return rows[0] if rows else None


def verify(fair: Fair, code: str, *, session_id: str | None = None) -> ScanResult:
    """Check a scanned code without recording anything (offline: signature + one lookup).

    A fair with no badge key yet (an older file) has issued no badge: every code it is
    shown is forged or unknown, and the key is left to be made by the first badge issued.
    """
    key = codes.stored_secret(fair)
    parsed = codes.parse_code(key or b"", code)
    if parsed is None:
        return _fail(ScanStatus.UNKNOWN)
    if key is None or not parsed.signed:
        return _fail(ScanStatus.FORGED)
    guest = _guest_by_ref(fair, parsed.ref_code)
    if guest is None:
        return _fail(ScanStatus.UNKNOWN, "unknown_guest")
    rows = fair.rows("SELECT * FROM badges WHERE guest_id = ? AND version = ?",
                     [guest["id"], parsed.version])
    if not rows:
        return ScanResult(ScanStatus.UNKNOWN, _reason(ScanStatus.UNKNOWN), guest)
    badge = rows[0]
    warning = _reissued_at_two_desks(fair, guest["id"])
    newer = fair.scalar("SELECT max(version) FROM badges WHERE guest_id = ? AND version > ? "
                        "AND voided_at IS NULL", [guest["id"], badge["version"]])
    if badge["voided_at"] or newer:  # of two valid badges (two desks), the newest stays valid
        newest = fair.scalar("SELECT max(version) FROM badges WHERE guest_id = ?", [guest["id"]])
        return ScanResult(ScanStatus.REPLACED, _reason(ScanStatus.REPLACED, v=newest), guest,
                          badge, warning=warning)
    result = _guest_status(fair, guest, badge, session_id)
    result.warning = warning
    return result


def _reissued_at_two_desks(fair: Fair, guest_id: str) -> Text | None:
    """The warning for a guest whose badge two desks reissued: a merge kept one of the two
    badges of one version (the other is held out, void), or left two valid versions."""
    versions = sorted(v["version"] for _rec, _why, v in fair.sync.held("badges")
                      if v.get("guest_id") == guest_id)
    if not versions:
        valid = [r[0] for r in fair.db.execute(
            "SELECT version FROM badges WHERE guest_id = ? AND voided_at IS NULL "
            "ORDER BY version", [guest_id]).fetchall()]
        versions = valid[:-1] if len(valid) > 1 else []
    if not versions:
        return None
    return _reason("two_desks", v=", ".join(str(v) for v in versions))


def _guest_status(fair: Fair, guest: Row, badge: Row | None,
                  session_id: str | None) -> ScanResult:
    if guest["state"] in REFUSED_STATES:
        status = ScanStatus(guest["state"])  # cancelled, declined: the same words
        return ScanResult(status, _reason(status), guest, badge)
    if session_id:
        refusal = _session_refusal(fair, guest, session_id)
        if refusal is not None:
            return ScanResult(ScanStatus.NOT_ADMITTED, refusal, guest, badge)
    earlier = (_attendance(fair, guest["id"], session_id) if session_id
               else last_check_in(fair, guest["id"]))
    if earlier is not None:
        key = "already_signed_in" if session_id else ScanStatus.ALREADY_CHECKED_IN
        return ScanResult(ScanStatus.ALREADY_CHECKED_IN,
                          _reason(key, when=_when(earlier["at"]), desk=earlier["desk"] or "-"),
                          guest, badge, earlier)
    return ScanResult(ScanStatus.OK, _reason("signed_in" if session_id else ScanStatus.OK),
                      guest, badge)


def session_row(fair: Fair, session_id: str) -> Row:
    """The agenda session. Raises NotFoundError."""
    rows = fair.rows("SELECT * FROM agenda_sessions WHERE id = ?", [session_id])
    if not rows:
        raise NotFoundError(f"找不到议程 {session_id}。", f"No agenda session {session_id}.")
    return rows[0]


def admitted(session: Row) -> list[str]:
    """The categories a session admits; empty means everyone (or an unreadable list)."""
    try:
        listed = json.loads(session.get("admitted_categories") or "[]")
    except ValueError:
        return []
    return listed if isinstance(listed, list) else []


def _session_refusal(fair: Fair, guest: Row, session_id: str) -> Text | None:
    session = session_row(fair, session_id)
    allowed = admitted(session)
    if not allowed or guest["category"] in allowed:
        return None
    zh, en = GUEST_CATEGORIES.get(guest["category"], (guest["category"], guest["category"]))
    return _reason(ScanStatus.NOT_ADMITTED, cat=zh, cat_en=en, session=session["title"],
                   session_en=session["title_en"] or session["title"])


def check_in(fair: Fair, code: str, *, desk: str = "", operator: Operator | None = None,
             session_id: str | None = None, with_card: bool = True) -> ScanResult:
    """Scan a badge code and record the arrival (or the session sign-in) in one transaction.

    Only a signed badge code admits: a scanned record id, a reference code or any other
    text is red (a manual check-in is :func:`check_in_guest`, a deliberate act at the
    desk). The "already checked in?" test runs inside the write transaction, so two desks
    scanning one badge at once give one green and one amber. With ``session_id`` it is a
    session sign-in, and a guest whose category the session does not admit is refused.
    Raises NotFoundError for an unknown session.
    """
    with fair.transaction():  # BEGIN IMMEDIATE: the test and the write under one lock
        result = verify(fair, code.strip(), session_id=session_id)
        if result.ok:
            result.check_in = _record(fair, result, desk, operator or fair.operator, session_id)
    return _with_card(fair, result, with_card)


def check_in_guest(fair: Fair, guest_id: str, *, desk: str = "",
                   operator: Operator | None = None, session_id: str | None = None,
                   with_card: bool = True) -> ScanResult:
    """Manual check-in of a guest chosen at the desk (from the search), by its operator.

    Never called with scanned text. Raises NotFoundError for an unknown guest or session.
    """
    with fair.transaction():
        guest = fair.get("guests", guest_id)
        result = _guest_status(fair, guest, None, session_id)
        if result.ok:
            result.check_in = _record(fair, result, desk, operator or fair.operator, session_id)
    return _with_card(fair, result, with_card)


def look_up(fair: Fair, code: str, *, session_id: str | None = None) -> ScanResult:
    """What a scan would show, recording nothing: for a scan away from the check-in desk and
    for the desk's preview before a manual check-in. ``OK`` here means "may check in"."""
    return _with_card(fair, verify(fair, code.strip(), session_id=session_id), True)


def look_up_guest(fair: Fair, guest_id: str, *, session_id: str | None = None) -> ScanResult:
    """The card of a guest chosen from the search and whether they may check in; records
    nothing. Raises NotFoundError for an unknown guest or session."""
    return _with_card(fair, _guest_status(fair, fair.get("guests", guest_id), None, session_id),
                      True)


def register_walk_in(fair: Fair, *, name: str, organisation: str = "", category: str,
                     phone: str = "", country: str = "CN", desk: str = "",
                     operator: Operator | None = None) -> ScanResult:
    """A guest who was not on the list, registered at the desk and checked in at once (the
    desk has seen them: their invitation is confirmed). Raises ValidationError naming the
    field (an empty name, a bad phone), nothing written."""
    changes = fair.guests.create("guests", name=name, organisation=organisation,
                                 category=category, phone=clean_phone(phone) if is_phone(phone)
                                 else phone, country=country,
                                 state="confirmed", invited_by=desk or fair.operator.desk,
                                 notes="现场登记 / registered at the desk")
    guest_id = next(c.record_id for c in changes.items if c.entity == "guests")
    return check_in_guest(fair, guest_id, desk=desk, operator=operator)


def _with_card(fair: Fair, result: ScanResult, with_card: bool) -> ScanResult:
    if with_card and result.guest is not None:
        result.card = guest_card(fair, result.guest["id"])
    return result


def _record(fair: Fair, result: ScanResult, desk: str, operator: Operator,
            session_id: str | None) -> Row:
    guest = result.guest
    assert guest is not None
    at = fair_now_iso(fair.tz)
    with fair.transaction() as tx:
        row = tx.insert("check_ins", {
            "guest_id": guest["id"], "badge_id": result.badge["id"] if result.badge else None,
            "at": at, "desk": desk or operator.desk, "operator": operator.name,
            "laptop": operator.laptop, "kind": SESSION if session_id else REGISTRATION,
            "session_id": session_id})
        if session_id:
            tx.insert("attendance", {"session_id": session_id, "guest_id": guest["id"],
                                     "at": at, "desk": row["desk"], "operator": operator.name})
        else:
            fair.guests.mark_arrived(tx, guest["id"])
    return row


@dataclass(frozen=True)
class Undone:
    check_in: Row
    guest: Row
    reason: Text


def undo_last_check_in(fair: Fair, desk: str) -> Undone | None:
    """Undo the desk's latest standing check-in (its arrival state too); None when none."""
    rows = fair.rows("SELECT * FROM check_ins WHERE desk = ? AND undone_at IS NULL "
                     "ORDER BY at DESC, rowid DESC LIMIT 1", [desk])
    if not rows:
        return None
    last = rows[0]
    guest = fair.get("guests", last["guest_id"])
    with fair.transaction() as tx:
        tx.update("check_ins", last["id"], {"undone_at": tx.now,
                                            "undone_by": fair.operator.stamp})
        if last["kind"] == SESSION:
            for att in fair.rows("SELECT id FROM attendance WHERE session_id = ? AND guest_id = ?",
                                 [last["session_id"], guest["id"]]):
                tx.delete("attendance", att["id"])
        elif last_check_in(fair, guest["id"]) is None:  # no standing check-in is left
            fair.guests.undo_arrival(tx, guest["id"])
    session = last["kind"] == SESSION
    return Undone(last, guest, Text(
        f"已撤销 {guest['name']} 的{'签到' if session else '报到'}。",
        f"Undid {guest['name']}'s {'session sign-in' if session else 'check-in'}."))



# --- counters --------------------------------------------------------------------------------

@dataclass(frozen=True)
class CategoryCount:
    category: str
    arrived: int
    expected: int


@dataclass(frozen=True)
class Counters:
    arrived: int
    expected: int
    arrived_today: int
    expected_today: int
    by_category: tuple[CategoryCount, ...]


def desk_counters(fair: Fair, day: str | None = None) -> Counters:
    """Arrived / expected overall and for ``day`` (default today, fair time), by category."""
    day = day or fair_now_iso(fair.tz)[:10]
    rows = fair.rows(
        f"SELECT category, sum(state IN {sql_states(ARRIVED_STATES)}) AS a, count(*) AS e, "
        f"sum(substr(arrival_at, 1, 10) = ?) AS et FROM guests "
        f"WHERE state IN {sql_states(ATTENDING_STATES)} GROUP BY category", [day])
    today = fair.scalar("SELECT count(DISTINCT guest_id) FROM check_ins WHERE kind = ? AND "
                        "undone_at IS NULL AND substr(at, 1, 10) = ?", [REGISTRATION, day]) or 0
    order = list(GUEST_CATEGORIES)
    rows.sort(key=lambda r: order.index(r["category"]) if r["category"] in order else 99)
    return Counters(sum(r["a"] or 0 for r in rows), sum(r["e"] for r in rows), today,
                    sum(r["et"] or 0 for r in rows),
                    tuple(CategoryCount(r["category"], r["a"] or 0, r["e"]) for r in rows))


def session_count(fair: Fair, session_id: str) -> int:
    return fair.count("attendance", "session_id = ?", [session_id])


def session_counters(fair: Fair, session_id: str) -> tuple[CategoryCount, ...]:
    """Signed in / expected per category for a session: the attending guests of the
    categories it admits (every category when it names none). Raises NotFoundError."""
    allowed = admitted(session_row(fair, session_id))
    rows = fair.rows(
        f"SELECT g.category AS category, count(a.id) AS a, count(*) AS e FROM guests g "
        f"LEFT JOIN attendance a ON a.guest_id = g.id AND a.session_id = ? "
        f"WHERE g.state IN {sql_states(ATTENDING_STATES)} GROUP BY g.category", [session_id])
    order = list(GUEST_CATEGORIES)
    rows = [r for r in rows if not allowed or r["category"] in allowed]
    rows.sort(key=lambda r: order.index(r["category"]) if r["category"] in order else 99)
    return tuple(CategoryCount(r["category"], r["a"] or 0, r["e"]) for r in rows)


def search_guests(fair: Fair, text: str, limit: int = 50) -> list[Row]:
    """Guests by name (any script), pinyin (full or initials), Latin name, organisation,
    phone's last digits (the guests area's search index) or reference code."""
    from fairdesk.core.guests.search import GuestSearch

    text = " ".join(text.split())
    if not text:
        return []
    ids = GuestSearch.of(fair).search(text, limit=limit)  # reference codes included
    if not ids:
        return []
    rows = {r["id"]: r for r in fair.rows_in(
        "SELECT id, name, name_latin, organisation, category, state, ref_code FROM guests "
        "WHERE id IN (?...)", ids)}
    return [rows[i] for i in ids if i in rows]
