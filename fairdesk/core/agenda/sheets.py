"""Sign-in sheets (签到表) and the attendance report, as roster :class:`Sheet`s.

A sign-in sheet is the paper fallback when a desk is down: the guests a session expects,
by inviting unit, with a column to sign. The attendance report, after a session: signed
in / expected / no-shows by category and by unit, and who did not come.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fairdesk.base.errors import NotFoundError
from fairdesk.base.i18n import Text, t
from fairdesk.core.agenda.sessions import Expected, expected
from fairdesk.core.reception.model import mmdd_hhmm
from fairdesk.core.reception.sheet import Sheet, fair_now, fair_title
from fairdesk.core.timeutil import fair_now_iso
from fairdesk.core.vocab import GUEST_CATEGORIES, SESSION_ROLES, label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict


def find_session(fair: Fair, wanted: str) -> Row:
    """A session by id, or by its Chinese or English title. Raises NotFoundError."""
    rows = fair.rows("SELECT * FROM agenda_sessions WHERE id = ? OR title = ? OR title_en = ?"
                     " ORDER BY starts_at", [wanted, wanted, wanted])
    if not rows:
        raise NotFoundError(f"没有这场议程：{wanted}", f"No such session: {wanted}")
    return rows[0]


def _title(s: Row) -> str:
    return t(s["title"], s.get("title_en") or s["title"])


def _when(s: Row) -> str:
    return f"{mmdd_hhmm(s['starts_at'])}–{s['ends_at'][11:16]}"


SIGNATURE_ROW_MM = 9.0  # tall enough to sign by hand


def sign_in_sheet(fair: Fair, session_id: str) -> Sheet:
    """The paper sign-in sheet of one session. Raises NotFoundError."""
    exp = expected(fair, [session_id])
    if not exp.sessions:
        raise NotFoundError("没有这场议程。", "No such session.")
    s = exp.sessions[0]
    ids = sorted(exp.expected[s["id"]], key=lambda g: (exp.guests[g]["unit"] or "\uffff",
                                                        exp.guests[g]["name"]))
    where, where_en = s["venue_name"] or "", s["venue_name_en"] or s["venue_name"] or ""
    sheet = Sheet(Text(f"签到表　{s['title']}", f"Sign-in sheet: {s['title_en'] or s['title']}"),
                  Text(f"{_when(s)}　{where}　应到 {len(ids)} 人",
                       ", ".join(x for x in (_when(s), where_en, f"{len(ids)} expected") if x)),
                  [("no", Text("序号", "No."), 12), ("unit", Text("邀请单位", "Inviting unit"), 38),
                   ("name", Text("姓名", "Name"), 36),
                   ("org", Text("单位及职务", "Organisation and title"), 66),
                   ("category", Text("类别", "Category"), 18),
                   ("role", Text("身份", "Role"), 20),
                   ("sign", Text("签名", "Signature"), 60)],
                  fair_name=fair_title(fair), key=s["title"], printed_at=fair_now(fair),
                  row_height_mm=SIGNATURE_ROW_MM)
    for n, gid in enumerate(ids, 1):
        g = exp.guests[gid]
        role = exp.roles.get((s["id"], gid), "")
        sheet.rows.append({
            "no": str(n), "unit": g["unit"] or "", "name": g["name"],
            "org": " ".join(x for x in (g["organisation"], g["title"]) if x),
            "category": label(GUEST_CATEGORIES, g["category"]),
            "role": label(SESSION_ROLES, role) if role and role != "assigned" else "",
            "sign": ""})
    sheet.notes.append(Text("已在签到台扫码签到的嘉宾无需再签名。",
                            "Guests scanned in at a desk need not sign."))
    return sheet


@dataclass(frozen=True)
class Attendance:
    """One session's figures. No-shows are counted once the session has begun and sign-ins
    were taken at it (a buffet lunch nobody signs into has no no-shows)."""

    session_id: str
    title: str
    when: str
    expected: int
    signed: int  # every sign-in, walk-ins included
    begun: bool
    came: int = 0  # expected guests who signed in
    starts_at: str = ""  # ISO, for a workbook's real date-times
    ends_at: str = ""

    @property
    def no_shows(self) -> int:
        """Expected guests who did not sign in (0 before it begins)."""
        return self.expected - self.came if self.begun else 0


def attendance(fair: Fair, session_id: str | None = None) -> tuple[list[Attendance], Expected]:
    """Expected / signed in / no-shows of every session (or one), with the underlying sets."""
    exp = expected(fair, [session_id] if session_id else None)
    now = fair_now_iso(fair.tz)
    rows = []
    for s in exp.sessions:
        signed = len(exp.signed.get(s["id"], set()))
        rows.append(Attendance(s["id"], _title(s), _when(s), exp.count(s["id"]), signed,
                               s["starts_at"] <= now and signed > 0, exp.came(s["id"]),
                               s["starts_at"], s["ends_at"]))
    return rows, exp


FIGURES = ("expected", "signed", "no_shows", "rate")


def _rate(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}%" if b else "—"


def _fraction(a: int, b: int) -> str:
    """The rate as a fraction, for a workbook's percentage cell ("" when there is none)."""
    return f"{a / b:.4f}" if b else ""


def attendance_sheets(fair: Fair, session_id: str | None = None) -> list[Sheet]:
    """The attendance report: a summary of sessions, then for each begun session (or the
    one asked for) the figures by category and unit and the list of no-shows."""
    figures, exp = attendance(fair, session_id)
    cols = [("session", Text("议程", "Session"), 80), ("when", Text("时间", "Time"), 32),
            ("expected", Text("应到", "Expected"), 18), ("signed", Text("实到", "Signed in"), 18),
            ("no_shows", Text("缺席", "No-shows"), 18), ("rate", Text("到场率", "Rate"), 16)]
    summary = Sheet(Text("议程出席情况", "Attendance"), Text(fair_now(fair), fair_now(fair)),
                    cols, fair_name=fair_title(fair), key=t("出席汇总", "Summary"),
                    printed_at=fair_now(fair), right=FIGURES)
    for a in figures:
        summary.rows.append({"session": a.title, "when": a.when, "expected": str(a.expected),
                             "signed": str(a.signed),
                             "no_shows": str(a.no_shows) if a.begun else "—",
                             "rate": _rate(a.signed, a.expected) if a.begun else "—",
                             "@when": a.starts_at, "@when>": a.ends_at,
                             "@rate%": _fraction(a.signed, a.expected) if a.begun else ""})
    sheets = [summary]
    for a in figures:
        if a.begun or session_id:
            sheets += _detail(fair, exp, a)
    return sheets


def _detail(fair: Fair, exp: Expected, a: Attendance) -> list[Sheet]:
    ids, signed = exp.expected[a.session_id], exp.signed.get(a.session_id, set())
    by = [("category", Text("类别", "Category"),
           lambda g: label(GUEST_CATEGORIES, g["category"])),
          ("unit", Text("邀请单位", "Inviting unit"), lambda g: g["unit"] or t("（无）", "(none)"))]
    out = []
    for key, heading, of in by:
        total, came = Counter(), Counter()
        for gid in ids:
            k = of(exp.guests[gid])
            total[k] += 1
            came[k] += gid in signed
        sheet = Sheet(Text(f"出席情况：{a.title}", f"Attendance: {a.title}"),
                      Text(f"{a.when}　按{heading.zh}", f"{a.when}, by {heading.en.lower()}"),
                      [(key, heading, 60), ("expected", Text("应到", "Expected"), 18),
                       ("signed", Text("实到", "Signed in"), 18),
                       ("no_shows", Text("缺席", "No-shows"), 18),
                       ("rate", Text("到场率", "Rate"), 16)],
                      fair_name=fair_title(fair), key=f"{a.title[:12]} {heading}",
                      printed_at=fair_now(fair), right=FIGURES)
        for k in sorted(total, key=lambda k: (-total[k], k)):
            sheet.rows.append({key: k, "expected": str(total[k]), "signed": str(came[k]),
                               "no_shows": str(total[k] - came[k]) if a.begun else "—",
                               "rate": _rate(came[k], total[k]),
                               "@rate%": _fraction(came[k], total[k])})
        all_, all_came = sum(total.values()), sum(came.values())
        if a.begun:
            sheet.notes.append(Text(
                f"合计：应到 {all_}，实到 {all_came}，缺席 {all_ - all_came}，到场率 "
                f"{_rate(all_came, all_)}", f"Total: {all_} expected, {all_came} signed in,"
                f" {all_ - all_came} no-shows, rate {_rate(all_came, all_)}"))
        out.append(sheet)
    missing = exp.missing(a.session_id) if a.begun else []
    absent = Sheet(Text(f"缺席名单：{a.title}", f"No-shows: {a.title}"),
                   Text(f"{a.when}　{len(missing)} 人", f"{a.when}, {len(missing)} no-shows"),
                   [("name", Text("姓名", "Name"), 36), ("unit", Text("邀请单位", "Inviting unit"), 40),
                    ("org", Text("单位及职务", "Organisation and title"), 90),
                    ("category", Text("类别", "Category"), 20)],
                   fair_name=fair_title(fair), key=f"{a.title[:12]} {t('缺席', 'absent')}",
                   printed_at=fair_now(fair))
    for gid in missing:
        g = exp.guests[gid]
        absent.rows.append({"name": g["name"], "unit": g["unit"] or "",
                            "org": " ".join(x for x in (g["organisation"], g["title"]) if x),
                            "category": label(GUEST_CATEGORIES, g["category"])})
    out.append(absent)
    return out
