"""Badges, table cards and check-in from the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from fairdesk.base.errors import ValidationError
from fairdesk.base.files import written
from fairdesk.base.i18n import t
from fairdesk.commands.common import opened_fair, say
from fairdesk.core.badges import checkin as core_checkin
from fairdesk.core.badges import issuing as core_issuing
from fairdesk.core.vocab import GUEST_CATEGORIES, INVITATION_STATES

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

# Not 2: that is argparse's "bad arguments", which a script must tell from "already in".
EXIT = {"green": 0, "amber": 4, "red": 3}
SHOWN_WARNINGS = 10


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("badges", help="print badges to a PDF (A6, lanyard, CR80, A4 8-up)")
    p.add_argument("file", help="the .fair file")
    p.add_argument("--out", required=True, help="the PDF to write")
    p.add_argument("--size", default=None,
                   help="a6 | lanyard | cr80 | a4-8up | layout (the fair's own badge layout; "
                        "default: the setting)")
    p.add_argument("--category", action="append", choices=list(GUEST_CATEGORIES),
                   help="only guests of this category (may be repeated)")
    p.add_argument("--unit", action="append", help="inviting unit (name or id)")
    # plain strings: argparse lists the choices by repr() when one is wrong
    p.add_argument("--state", action="append", choices=[str(s) for s in INVITATION_STATES],
                   help="only guests in this invitation state (may be repeated)")
    p.add_argument("--guests", nargs="+", help="guest ids or reference codes")
    p.add_argument("--sort", default="unit", choices=core_issuing.SORTS,
                   help="the order of the badges: by inviting unit or by name")
    p.add_argument("--back", action="store_true",
                   help="add the back side (hotel, car, agenda; with --size layout, the "
                        "layout's back when it has one)")
    p.add_argument("--skip-printed", action="store_true",
                   help="leave out guests whose badge was already printed")
    p.set_defaults(func=cmd_badges)

    p = sub.add_parser("table-cards", help="print folded table cards (席卡) to a PDF")
    p.add_argument("file", help="the fair file")
    p.add_argument("--out", required=True, help="the PDF to write")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--sitting", help="a meal sitting id: its seating plan")
    group.add_argument("--session", help="a signing ceremony session id: its signatories")
    group.add_argument("--guests", nargs="+", help="guest ids or reference codes")
    p.add_argument("--no-organisation", action="store_true", help="the name only")
    p.set_defaults(func=cmd_table_cards)

    p = sub.add_parser(
        "checkin", help="check a guest in by badge code",
        description="Check a guest in by the code on the badge (exit status 0 green, "
                    f"{EXIT['amber']} amber: already checked in, {EXIT['red']} red). Only a "
                    "signed badge code admits; --guest checks in a guest by id, on purpose.")
    p.add_argument("file", help="the fair file")
    p.add_argument("code", nargs="?", help="the scanned badge code")
    p.add_argument("--guest", metavar="ID", help="manual check-in of this guest (id or reference)")
    p.add_argument("--desk", default="cli", help="the desk recorded with the check-in")
    p.add_argument("--session", help="session sign-in: the agenda session id")
    p.add_argument("--undo", action="store_true", help="undo the desk's last check-in")
    p.set_defaults(func=cmd_checkin)


def _guest_ids(fair: Fair, values: list[str]) -> list[str]:
    """Ids from ids or reference codes. Raises NotFoundError naming the first unknown one."""
    return [fair.guests.by_id_or_ref(value)["id"] for value in values]


def cmd_badges(args: argparse.Namespace) -> int:
    from fairdesk.core.badges.layout import fair_layout
    from fairdesk.core.badges.snapshot import badge_job
    from fairdesk.reports.badges import render

    with opened_fair(args.file) as fair:
        size = render.check_size(args.size or str(fair.setting("badge.size") or "a6"),
                                 has_layout=fair_layout(fair) is not None)
        ids = core_issuing.select_guests(
            fair, categories=args.category, units=args.unit, states=args.state,
            guest_ids=_guest_ids(fair, args.guests) if args.guests else None, sort=args.sort)
        if not ids:
            raise ValidationError("guests", "没有符合条件的嘉宾。", "No guest matches.")
        batch = core_issuing.badges_for_printing(fair, ids, size=size,
                                                reprint=not args.skip_printed)
        for record in batch.reprinted[:SHOWN_WARNINGS]:
            say(t("注意：", "Warning: ") + str(record.warning))
        if len(batch.reprinted) > SHOWN_WARNINGS:
            say(t("……另有 {n} 张重印。", "... and {n} more reprints.",
                  n=len(batch.reprinted) - SHOWN_WARNINGS))
        if not batch.badges:
            say(t("所有证件均已打印，未生成文件。", "Every badge was printed already; no file."))
            return 0
        job = badge_job(fair, batch, back=args.back)
        warnings = render.warnings_before_printing(job, size)
        for line in warnings[:SHOWN_WARNINGS]:
            say(t("注意：", "Warning: ") + line)
        if len(warnings) > SHOWN_WARNINGS:
            say(t("……另有 {n} 条提醒。", "... and {n} more warnings.",
                  n=len(warnings) - SHOWN_WARNINGS))
        with written(args.out) as partial:  # drawn, recorded, then named: valid if it exists
            pages = render.render(partial, job, size, back=args.back)
            core_issuing.record_printed(fair, batch)
        say(t("已打印 {n} 张证件（{s}），共 {p} 页：{f}", "Printed {n} badges ({s}), {p} pages: {f}",
              n=len(batch.badges), s=render.size_label(size, job), p=pages, f=args.out))
    return 0


def cmd_table_cards(args: argparse.Namespace) -> int:
    from fairdesk.core.badges.table_cards import table_card_items
    from fairdesk.reports.badges.table_cards import render_table_cards

    with opened_fair(args.file) as fair:
        items = table_card_items(
            fair, sitting_id=args.sitting, session_id=args.session,
            guest_ids=_guest_ids(fair, args.guests) if args.guests else None)
        if not items:
            raise ValidationError("guests", "没有要打印的席卡。", "There are no table cards to print.")
        pages = render_table_cards(args.out, items, with_org=not args.no_organisation,
                                   title=t("{f} 席卡", "{f} table cards", f=fair.name))
        say(t("已打印 {n} 张席卡：{f}", "Printed {n} table cards: {f}", n=pages, f=args.out))
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    with opened_fair(args.file) as fair:
        if args.undo:
            undone = core_checkin.undo_last_check_in(fair, args.desk)
            say(str(undone.reason) if undone else t("此报到台没有可撤销的报到。",
                                                     "Nothing to undo at this desk."))
            return 0
        if args.guest:
            guest_id = fair.guests.by_id_or_ref(args.guest)["id"]
            result = core_checkin.check_in_guest(fair, guest_id, desk=args.desk,
                                                 session_id=args.session)
        elif args.code:
            result = core_checkin.check_in(fair, args.code, desk=args.desk,
                                           session_id=args.session)
        else:
            raise ValidationError("code", "请给出证件码，或用 --guest 指定嘉宾。",
                                  "Give a badge code, or a guest with --guest.")
        for line in card_text(result):
            say(line)
        return EXIT[result.colour]


def card_text(result: core_checkin.ScanResult) -> list[str]:
    """The desk card as lines of text."""
    mark = {"green": "[OK]", "amber": "[!]", "red": "[X]"}[result.colour]
    lines = [f"{mark} {result.reason}"]
    card = result.card
    if card is None:
        return lines
    zh, en = card.category_zh_en
    lines.append(f"{card.name}  {card.name_latin if card.name_latin != card.name else ''}".rstrip()
                 + f"  [{zh} {en}]" + ("  ★VIP" if card.vip else ""))
    for label, value in ((t("单位", "Organisation"), " ".join(x for x in (card.organisation,
                                                                         card.title) if x)),
                         (t("住宿", "Hotel"), f"{card.hotel} {card.room}".strip()),
                         (t("用车", "Car"), " ".join(x for x in (card.car, card.driver) if x)),
                         (t("行程", "Trip"), card.trip),
                         (t("陪同", "Escort"), card.escort),
                         (t("提示", "Desk notes"), card.desk_notes)):
        if value:
            lines.append(f"  {label}: {value}")
    return lines
