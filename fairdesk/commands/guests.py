"""Guest commands: import-guests, export-guests, unit-progress, follow-up, letters, find."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from fairdesk.base.errors import NotFoundError, ValidationError
from fairdesk.base.i18n import t
from fairdesk.commands.common import opened_fair, say
from fairdesk.core.countries import country_name
from fairdesk.core.vocab import INVITATION_STATES, label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-guests", help="import a guest list (.xlsx, .xls, .csv)")
    p.add_argument("fair", help="the .fair file")
    p.add_argument("file", help="the list sent by an inviting unit")
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the good rows and leave out rows with problems")
    p.add_argument("--rejects", metavar="OUT", help="write rows with problems to OUT (.xlsx/.csv)")
    p.add_argument("--unit", metavar="NAME", help="inviting unit for rows that name none")
    p.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export-guests", help="export the guest list to .xlsx or .csv")
    p.add_argument("fair", help="the fair file")
    p.add_argument("out", help="OUT.xlsx or OUT.csv")
    p.add_argument("--sensitive", action="store_true",
                   help="include phones, email, WeChat and ID numbers")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("unit-progress", help="each inviting unit against its targets")
    p.add_argument("fair", help="the fair file")
    p.add_argument("--out", help="also write it to OUT.xlsx or OUT.csv")
    p.set_defaults(func=cmd_progress)

    p = sub.add_parser("follow-up", help="guests whose reply or arrival details are missing")
    p.add_argument("fair", help="the fair file")
    p.add_argument("--days", type=_whole(0), default=7,
                   help="days to wait for a reply (default 7)")
    p.set_defaults(func=cmd_follow_up)

    p = sub.add_parser("letters", help="print invitation letters (with reply slips) to a PDF")
    p.add_argument("fair", help="the fair file")
    p.add_argument("--out", required=True, help="the PDF to write")
    p.add_argument("--unit", action="append", help="inviting unit (name or id); repeatable")
    p.add_argument("--state", action="append", choices=[str(s) for s in INVITATION_STATES],
                   help="invitation state; repeatable (default: every guest)")
    p.set_defaults(func=cmd_letters)

    p = sub.add_parser("find", help="find guests by name, pinyin, organisation or phone")
    p.add_argument("fair", help="the fair file")
    p.add_argument("text", help="a name, pinyin (zw, zhangwei), organisation or the last "
                                 "digits of a phone")
    p.add_argument("--limit", type=_whole(1), default=20, help="at most this many guests "
                   "(default 20)")
    p.set_defaults(func=cmd_find)


def _whole(least: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``least``."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(t("不是整数：{v!r}", "not a whole number: {v!r}",
                                               v=text)) from None
        if value < least:
            raise argparse.ArgumentTypeError(t("至少应为 {n}", "must be at least {n}", n=least))
        return value
    return parse


def _unit_id(fair: Fair, name: str | None) -> str | None:
    if not name:
        return None
    unit = fair.guests.unit_by_name(name)
    if unit is None:
        known = "、".join(u["name"] for u in fair.rows("SELECT name FROM inviting_units"
                                                       " ORDER BY sort_order, name"))
        raise NotFoundError(f"没有名为“{name}”的邀请单位（现有：{known or '无'}）。",
                            f"No inviting unit named '{name}' (there are: {known or 'none'}).")
    return unit["id"]


def cmd_import(args: argparse.Namespace) -> int:
    from fairdesk.core.guests.importing import import_file

    with opened_fair(args.fair) as fair:
        result = import_file(fair, args.file, default_unit_id=_unit_id(fair, args.unit),
                             skip_invalid=args.skip_invalid, rejects_path=args.rejects,
                             dry_run=args.dry_run)
    for line in result.summary():
        say(line)
    return 0


def cmd_letters(args: argparse.Namespace) -> int:
    from fairdesk.core.badges.issuing import select_guests
    from fairdesk.reports.guests.letters import letters_for, render_letters

    with opened_fair(args.fair) as fair:
        ids = select_guests(fair, units=args.unit, states=args.state, sort="unit")
        if not ids:
            raise ValidationError("guests", "没有符合条件的嘉宾，未生成邀请函。",
                                  "No guest matches: no letters made.")
        letters = letters_for(fair, ids)
    render_letters(letters, args.out)
    say(t("已生成邀请函 {n} 封：{f}", "{n} {letters} written: {f}", n=len(letters),
          letters="letter" if len(letters) == 1 else "letters", f=args.out))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from fairdesk.core.guests.export import export_guests

    with opened_fair(args.fair) as fair:
        n = export_guests(fair, args.out, include_sensitive=args.sensitive)
    say(t("已导出嘉宾 {n} 人到 {f}{s}。", "Exported {n} guests to {f}{s}.", n=n, f=args.out,
          s=t("（含电话和证件号码）", " (with phones and ID numbers)") if args.sensitive else
          t("（不含电话和证件号码）", " (without phones or ID numbers)")))
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    from fairdesk.core.guests.export import export_unit_progress
    from fairdesk.core.guests.progress import unit_progress

    with opened_fair(args.fair) as fair:
        rows = unit_progress(fair)
        if args.out:
            export_unit_progress(fair, args.out)
    say(t("邀请单位  目标/境外  已邀请  参加  已报到  境外参加  完成率  缺口",
          "Unit  target/foreign  invited  attending  arrived  foreign  of target  shortfall"))
    for r in rows:
        pct = f"{r.percent:.1f}%" if r.percent is not None else "—"
        say(f"{r.name}  {r.target}/{r.target_foreign}  {r.invited}  {r.attending}  {r.arrived}"
            f"  {r.foreign_attending}  {pct}  {r.shortfall}")
    if args.out:
        say(t("已写入 {f}。", "Written to {f}.", f=args.out))
    return 0


def cmd_follow_up(args: argparse.Namespace) -> int:
    with opened_fair(args.fair) as fair:
        result = fair.guests.follow_up(days=args.days)
    sections = (
        (t("发函 {d} 天以上未回复", "No reply {d}+ days after the letter", d=args.days),
         result.no_reply),
        (t("回执待定", "Undecided"), result.undecided),
        (t("参加但无抵达信息", "Attending, no arrival details"), result.no_arrival))
    for title, rows in sections:
        say(f"{title}: {len(rows)}")
        for r in rows:
            extra = (t("，已等 {n} 天", ", waiting {n} days", n=r["waiting_days"])
                     if r.get("waiting_days") is not None else "")
            say(f"  {r['name']}  {r['organisation']}  {r['unit_name']}  {r['phone']}{extra}")
    return 0


def cmd_find(args: argparse.Namespace) -> int:
    from fairdesk.core.guests.search import GuestSearch

    if not args.text.strip():
        raise ValidationError("text", "请给出要找的姓名、拼音、单位或电话。",
                              "Give a name, pinyin, organisation or phone to look for.")
    with opened_fair(args.fair) as fair:
        ids = GuestSearch(fair, listen=False).search(args.text, limit=args.limit)
        rows = {r["id"]: r for r in fair.rows_in(
            "SELECT g.*, coalesce(u.name, '') AS unit_name FROM guests g LEFT JOIN"
            " inviting_units u ON u.id = g.inviting_unit_id WHERE g.id IN (?...)", ids)}
    say(t("找到 {n} 位嘉宾：", "{n} guests found:", n=len(ids)))
    for gid in ids:
        r = rows[gid]
        say(f"  {r['ref_code']}  {r['name']}  {r['organisation']}  {country_name(r['country'])}"
            f"  {r['unit_name']}  {label(INVITATION_STATES, r['state'])}")
    return 0
