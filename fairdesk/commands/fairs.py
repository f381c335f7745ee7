"""Whole-fair commands: new, demo, info, check."""

from __future__ import annotations

import argparse

from fairdesk.commands.common import cli_operator, open_fair, say
from fairdesk.core.fair import Fair
from fairdesk.core.i18n import t


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create an empty fair file")
    p.add_argument("file", help="the new .fair file")
    p.add_argument("--name", help="the fair's name")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("info", help="counts per area of a fair file")
    p.add_argument("file")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", help="check a fair file's integrity and schema")
    p.add_argument("file")
    p.set_defaults(func=cmd_check)


def cmd_new(args: argparse.Namespace) -> int:
    settings = {"fair.name": args.name} if args.name else {}
    Fair.create(args.file, cli_operator(), **settings).close()
    say(t("已创建 {f}", "Created {f}", f=args.file))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from fairdesk.core.dashboard import table_counts
    from fairdesk.storage.schema import AREA_TABLES

    fair = open_fair(args.file)
    try:
        counts = table_counts(fair)
        say(f"{fair.name}  ({args.file})")
        for area, tables in AREA_TABLES.items():
            say(f"{area}: " + ", ".join(f"{tb} {counts[tb]}" for tb in tables))
    finally:
        fair.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from fairdesk.storage.fairfile import check_file

    fair = open_fair(args.file)
    try:
        problems = check_file(fair.db)
    finally:
        fair.close()
    for problem in problems:
        say(problem)
    say(t("检查通过：{f}", "{f} is sound.", f=args.file) if not problems else
        t("发现 {n} 个问题。", "{n} problems found.", n=len(problems)))
    return 1 if problems else 0
