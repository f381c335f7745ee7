"""Agenda commands: the programme, itineraries, sign-in sheets, attendance, the agenda check."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.base.errors import NotFoundError, ValidationError
from fairdesk.base.i18n import Text, t
from fairdesk.commands.common import opened_fair, say
from fairdesk.commands.roster import _day, _write

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("programme", help="the programme PDF (A4 or an A5 booklet)")
    p.add_argument("file", help="the fair file")
    p.add_argument("--out", required=True, help="X.pdf")
    p.add_argument("--size", choices=("a4", "a5-booklet"), default="a4",
                   help="A4 pages, or A5 pages imposed two-up on A4 as a folded booklet")
    p.add_argument("--lang", choices=("zh", "en", "both"), default="both",
                   help="the programme's language: Chinese, English or both")
    p.add_argument("--day", type=_day, help="only this day (YYYY-MM-DD)")
    p.add_argument("--no-cover", action="store_true", help="leave out the cover page")
    p.add_argument("--no-descriptions", action="store_true",
                   help="leave out the sessions' descriptions")
    p.add_argument("--run-on", action="store_true", help="do not start each day on a new page")
    p.set_defaults(func=cmd_programme)

    p = sub.add_parser("itinerary", help="personal itineraries (.pdf, one page each, or .ics)")
    p.add_argument("file", help="the fair file")
    p.add_argument("guests", nargs="*", help="guests by reference code or id")
    p.add_argument("--all", action="store_true", help="every attending guest, by inviting unit")
    p.add_argument("--out", required=True, help="X.pdf or X.ics (several guests: X-CODE.ics)")
    p.set_defaults(func=cmd_itinerary)

    p = sub.add_parser("sign-in-sheet", help="a session's paper sign-in sheet (.pdf or .xlsx)")
    p.add_argument("file", help="the fair file")
    p.add_argument("--session", required=True, help="the session's title or id")
    p.add_argument("--out", required=True, help="X.pdf or X.xlsx")
    p.set_defaults(func=cmd_sign_in_sheet)

    p = sub.add_parser("attendance", help="signed in / expected / no-shows per session")
    p.add_argument("file", help="the fair file")
    p.add_argument("--session", help="only this session (title or id)")
    p.add_argument("--out", help="X.pdf or X.xlsx (else printed)")
    p.set_defaults(func=cmd_attendance)

    p = sub.add_parser("agenda-check", help="every clash of the agenda (exit 1 if any)")
    p.add_argument("file", help="the fair file")
    p.set_defaults(func=cmd_check)


def _suffix(out: str, allowed: tuple[str, ...]) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in allowed:
        names = " / ".join(allowed)
        raise ValidationError("out", f"输出文件须以 {names} 结尾。",
                              f"The output file must end in {names}.")
    return suffix


def cmd_programme(args: argparse.Namespace) -> int:
    from fairdesk.core.agenda.programme import programme
    from fairdesk.reports.agenda.programme import ProgrammeOptions, render_programme

    _suffix(args.out, (".pdf",))
    with opened_fair(args.file) as fair:
        prog = programme(fair, args.day)
    if not prog.days:
        raise NotFoundError("议程中没有场次。" if not args.day else f"{args.day} 没有议程。",
                            "The agenda has no sessions." if not args.day else
                            f"No sessions on {args.day}.")
    opts = ProgrammeOptions(size=args.size, lang=args.lang, cover=not args.no_cover,
                            new_page_per_day=not args.run_on,
                            descriptions=not args.no_descriptions)
    render_programme(args.out, prog, opts)
    say(t("已写出议程（{n} 天，{k} 场）：{f}", "Wrote the programme ({n} days, {k} sessions): {f}",
          n=len(prog.days), k=len(prog.items()), f=args.out))
    return 0


def _guest_ids(fair: Fair, wanted: list[str]) -> list[str]:
    out = []
    for w in wanted:
        gid = fair.scalar("SELECT id FROM guests WHERE id = ? OR ref_code = ?", [w, w])
        if gid is None:
            raise NotFoundError(f"没有这位嘉宾：{w}", f"No such guest: {w}")
        out.append(gid)
    return out


def cmd_itinerary(args: argparse.Namespace) -> int:
    from fairdesk.core.agenda.itinerary import attending_ids, itineraries
    from fairdesk.reports.agenda.itinerary import render_itineraries, write_ics

    suffix = _suffix(args.out, (".pdf", ".ics"))
    if bool(args.guests) == bool(args.all):
        raise ValidationError("guests", "请列出嘉宾，或用 --all（二者选一）。",
                              "Name the guests, or give --all (one of the two).")
    with opened_fair(args.file) as fair:
        ids = attending_ids(fair) if args.all else _guest_ids(fair, args.guests)
        items = itineraries(fair, ids)
        tz = fair.tz
    if suffix == ".pdf":
        render_itineraries(args.out, items)
        say(t("已写出 {n} 份个人日程：{f}", "Wrote {n} itineraries: {f}", n=len(items),
              f=args.out))
        return 0
    out = Path(args.out)
    for it in items:
        target = out if len(items) == 1 else out.with_name(f"{out.stem}-{it.ref_code}.ics")
        write_ics(target, it, tz)
    say(t("已写出 {n} 个日历文件（.ics）：{f}", "Wrote {n} calendar files (.ics): {f}",
          n=len(items), f=out if len(items) == 1 else out.with_name(f"{out.stem}-*.ics")))
    return 0


def cmd_sign_in_sheet(args: argparse.Namespace) -> int:
    from fairdesk.core.agenda.sheets import find_session, sign_in_sheet

    _suffix(args.out, (".pdf", ".xlsx"))
    with opened_fair(args.file) as fair:
        sheet = sign_in_sheet(fair, find_session(fair, args.session)["id"])
    return _write([sheet], args.out, Text("签到表", "sign-in sheet"))


def cmd_attendance(args: argparse.Namespace) -> int:
    from fairdesk.core.agenda.sheets import attendance, attendance_sheets, find_session

    if args.out:
        _suffix(args.out, (".pdf", ".xlsx"))
    with opened_fair(args.file) as fair:
        sid = find_session(fair, args.session)["id"] if args.session else None
        figures, _exp = attendance(fair, sid)
        sheets = attendance_sheets(fair, sid) if args.out else []
    for a in figures:
        shows = t("缺席 {n}", "no-shows {n}", n=a.no_shows) if a.begun else t("未开始",
                                                                              "not begun")
        say(t("{w}  {s}：应到 {e}，实到 {i}，{x}", "{w}  {s}: expected {e}, signed in {i}, {x}",
              w=a.when, s=a.title, e=a.expected, i=a.signed, x=shows))
    if args.out:
        return _write(sheets, args.out, Text("出席报表", "attendance sheets"))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from fairdesk.core.agenda.checks import session_conflicts

    with opened_fair(args.file) as fair:
        found = session_conflicts(fair)
    for c in found:
        mark = t("提醒", "warning") if c.severity == "warning" else t("冲突", "clash")
        say(f"[{mark}] {c.label}: {c.message}")
    errors = sum(1 for c in found if c.severity == "error")
    say(t("共 {n} 处冲突，{w} 处提醒。", "{n} clashes, {w} warnings.", n=errors,
          w=len(found) - errors))
    return 1 if errors else 0
