"""Roles and the audit log from the command line: the committee's PINs, and who did what."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, date, datetime, time, timedelta

from fairdesk.base.errors import ValidationError
from fairdesk.base.i18n import t
from fairdesk.commands.common import opened_fair, say
from fairdesk.core import audit, roles
from fairdesk.core.changes import AREAS
from fairdesk.core.fair import Fair

ROLE_HELP = "the operator's role is FAIRDESK_ROLE (with FAIRDESK_PIN, FAIRDESK_DEPARTMENT)"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "pins", help="list, set or remove the committee's role PINs",
        description="List the PINs set for the fair's roles (never the PINs themselves), "
                    "or set or remove one. Once a PIN is set, bulk changes, reprints, "
                    "deletions, settings and restores need the committee role. The new PIN "
                    "is read from the terminal (or one line of standard input). " + ROLE_HELP)
    p.add_argument("file", help="the fair file")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--set", choices=list(roles.ROLE_NAMES), metavar="ROLE",
                        help="set the PIN of ROLE: " + ", ".join(roles.ROLE_NAMES))
    action.add_argument("--remove", choices=list(roles.ROLE_NAMES), metavar="ROLE",
                        help="remove the PIN of ROLE")
    p.add_argument("--operator", default="", metavar="NAME",
                   help="the PIN of one operator in the role (default: the whole role)")
    p.set_defaults(func=cmd_pins)

    p = sub.add_parser(
        "audit", help="search the audit log: who changed what, when, at which desk",
        description="Show the fair's audit log, newest first, searched by person, desk, "
                    "area and day; with --out, write it to an .xlsx.")
    p.add_argument("file", help="the fair file")
    p.add_argument("--person", default="", help="part of the operator's name")
    p.add_argument("--desk", default="", help="part of the desk's name")
    p.add_argument("--area", default="", choices=["", *AREAS], metavar="AREA",
                   help="one of: " + ", ".join(AREAS))
    p.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="from this day (fair time)")
    p.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="to this day, inclusive")
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help="rows shown (default 50; --out writes up to 2000)")
    p.add_argument("--out", metavar="FILE.xlsx", help="write the rows found to an .xlsx")
    p.set_defaults(func=cmd_audit)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text}") from None


def _new_pin() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(t("新 PIN：", "New PIN: "))
        if getpass.getpass(t("再输一次：", "Again: ")) != first:
            raise ValidationError("pin", "两次输入的 PIN 不一致，未做改动。",
                                  "The two PINs differ; nothing changed.")
        return first.strip()
    return sys.stdin.readline().strip()


def cmd_pins(args: argparse.Namespace) -> int:
    with opened_fair(args.file) as fair:
        if args.set:
            roles.set_pin(fair, args.set, _new_pin(), operator=args.operator)
            say(t("已设置 PIN。", "PIN set."))
        elif args.remove:
            roles.clear_pin(fair, args.remove, operator=args.operator)
            say(t("已删除 PIN。", "PIN removed."))
        _list_pins(fair)
    return 0


def _list_pins(fair: Fair) -> None:
    entries = roles.pin_entries(fair)
    if not entries:
        say(t("未设置任何 PIN：所有操作员都可做所有操作。",
              "No PIN is set: every operator may do everything."))
        return
    for entry in entries:
        zh, en = roles.role_name(entry["role"])
        who = entry.get("operator") or t("该角色所有人", "everyone in the role")
        say(t("  {r}：{w}", "  {r}: {w}", r=t(zh, en), w=who))


def _utc(fair: Fair, day: date | None, *, end: bool) -> str:
    if day is None:
        return ""
    local = datetime.combine(day + timedelta(days=int(end)), time.min, tzinfo=fair.tz)
    return local.astimezone(UTC).isoformat()


def cmd_audit(args: argparse.Namespace) -> int:
    with opened_fair(args.file) as fair:
        query = audit.AuditQuery(person=args.person, desk=args.desk, area=args.area,
                                 since=_utc(fair, args.since, end=False),
                                 until=_utc(fair, args.until, end=True))
        entries = audit.search(fair, query, limit=audit.LIMIT if args.out else args.limit)
        if args.out:
            count = audit.export_xlsx(fair, entries, args.out)
            say(t("已导出 {n} 条操作记录到 {f}。", "{n} audit rows written to {f}.",
                  n=count, f=args.out))
            return 0
        for e in entries:
            at = datetime.fromisoformat(e.at).astimezone(fair.tz).strftime("%Y-%m-%d %H:%M")
            say(f"{at}  {e.operator} @ {e.desk or '—'} ({e.role_label})  {e.action_label} "
                f"{e.entity_label} {e.record_name}  {e.summary}".rstrip())
        if not entries:
            say(t("没有符合条件的操作记录。", "No audit rows match."))
    return 0
