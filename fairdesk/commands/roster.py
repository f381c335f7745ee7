"""Reception roster commands: the conflict check, printouts and exports, auto-assign, pickups."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.base.errors import ValidationError
from fairdesk.base.i18n import Text, t
from fairdesk.commands.common import cli_operator, opened_fair, say

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("roster-check", help="list every clash in the reception roster (exit 1 if any)")
    p.add_argument("file", help="the fair file")
    p.set_defaults(func=cmd_check)

    p = _out(sub.add_parser("rooming-list", help="rooming list per hotel (.pdf or .xlsx)"))
    p.add_argument("--hotel", help="only this hotel (name)")
    p.set_defaults(func=cmd_rooming)

    p = _out(sub.add_parser("dispatch", help="dispatch sheet per driver for a day"))
    p.add_argument("--day", required=True, type=_day, help="YYYY-MM-DD")
    p.add_argument("--driver", help="only this driver (name)")
    p.set_defaults(func=cmd_dispatch)

    p = _out(sub.add_parser("escort-sheets", help="duty sheet per escort"))
    p.add_argument("--day", type=_day, help="only this day (YYYY-MM-DD)")
    p.add_argument("--escort", help="only this escort (name)")
    p.set_defaults(func=cmd_escorts)

    p = _out(sub.add_parser("arrivals", help="arrivals board for a day"))
    p.add_argument("--day", required=True, type=_day, help="YYYY-MM-DD")
    p.set_defaults(func=cmd_arrivals)

    p = _out(sub.add_parser("table-plan", help="banquet table plan of a sitting"))
    p.add_argument("--sitting", required=True, help="the sitting's name")
    p.set_defaults(func=cmd_table_plan)

    p = _out(sub.add_parser("meal-counts", help="headcount and dietary needs per meal sitting"))
    p.set_defaults(func=cmd_meal_counts)

    p = sub.add_parser("auto-assign", help="place attending guests without a room (preview)")
    p.add_argument("file", help="the fair file")
    p.add_argument("--apply", action="store_true", help="write the stays")
    p.set_defaults(func=cmd_auto_assign)

    p = sub.add_parser("plan-pickups", help="pickup trips from the arrivals list (preview)")
    p.add_argument("file", help="the fair file")
    p.add_argument("--day", type=_day, help="only arrivals on this day")
    p.add_argument("--window", type=int, default=60, help="minutes grouped in one car")
    p.add_argument("--apply", action="store_true", help="write the trips")
    p.set_defaults(func=cmd_plan_pickups)

    p = sub.add_parser("plan-seating", help="seat a sitting's guests in protocol order (preview)")
    p.add_argument("file", help="the fair file")
    p.add_argument("--sitting", required=True, help="the sitting's name")
    p.add_argument("--apply", action="store_true", help="write the seats")
    p.set_defaults(func=cmd_plan_seating)


def _out(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("file", help="the fair file")
    p.add_argument("--out", required=True, help="X.pdf or X.xlsx")
    return p


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            t("“{d}”不是日期（如 2026-05-18）", "'{d}' is not a date (e.g. 2026-05-18)", d=text)
        ) from None


def _kind(out: str) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError("out", "输出文件须以 .pdf 或 .xlsx 结尾。",
                              "The output file must end in .pdf or .xlsx.")
    return suffix


def _with_fair(args: argparse.Namespace, job: Callable[[Fair], int]) -> int:
    with opened_fair(args.file) as fair:
        return job(fair)


def _write(sheets: list, out: str, what: Text) -> int:
    from fairdesk.reports.reception.lists import render_sheets
    from fairdesk.reports.reception.workbooks import write_sheets

    if not sheets:
        say(t("没有可输出的{w}。", "No {w} to write.", w=what))
        return 0
    if _kind(out) == ".pdf":
        render_sheets(sheets, out, printed_by=cli_operator().name)
    else:
        write_sheets(sheets, out)
    say(t("已写出 {n} 份{w}：{f}", "Wrote {n} {w}: {f}", n=len(sheets), f=out, w=what))
    return 0


def _preview_unless(apply: bool) -> bool:
    """True when the planned rows are to be written; otherwise says that this was a preview."""
    if not apply:
        say(t("这是预览；加 --apply 写入。", "This is a preview; add --apply to write it."))
    return apply


# --- handlers ---------------------------------------------------------------------------------
def cmd_check(args: argparse.Namespace) -> int:
    from fairdesk.core.reception.conflicts import find_conflicts

    def job(fair: Fair) -> int:
        conflicts = find_conflicts(fair)
        by_kind: dict[str, list] = {}
        for c in conflicts:
            by_kind.setdefault(c.kind, []).append(c)
        for items in by_kind.values():
            mark = t("提醒", "warning") if items[0].severity == "warning" else t("冲突", "clash")
            say(f"== {items[0].label} " + t("（{m} {n}）", "({m}: {n})", m=mark, n=len(items)))
            for c in items:
                say(f"  {c.message}")
        errors = sum(1 for c in conflicts if c.severity == "error")
        say(t("未发现冲突。", "No clashes found.") if not conflicts else
            t("共 {n} 处冲突，{w} 处提醒。", "{n} clashes, {w} warnings.", n=errors,
              w=len(conflicts) - errors))
        return 1 if errors else 0
    return _with_fair(args, job)


def cmd_rooming(args: argparse.Namespace) -> int:
    from fairdesk.core.reception.lists import rooming_lists

    _kind(args.out)
    return _with_fair(args, lambda fair: _write(rooming_lists(fair, args.hotel), args.out,
                                                Text("住宿名单", "rooming lists")))


def cmd_dispatch(args: argparse.Namespace) -> int:
    from fairdesk.core.reception.lists import dispatch_sheets

    _kind(args.out)
    return _with_fair(args, lambda fair: _write(dispatch_sheets(fair, args.day, args.driver),
                                                args.out, Text("派车单", "dispatch sheets")))


def cmd_escorts(args: argparse.Namespace) -> int:
    from fairdesk.core.reception.lists import escort_sheets

    _kind(args.out)
    return _with_fair(args, lambda fair: _write(escort_sheets(fair, args.day, args.escort),
                                                args.out, Text("陪同任务单", "escort sheets")))


def cmd_arrivals(args: argparse.Namespace) -> int:
    from fairdesk.core.reception.lists import arrivals_sheet

    _kind(args.out)
    return _with_fair(args, lambda fair: _write([arrivals_sheet(fair, args.day)], args.out,
                                                Text("抵达一览", "arrivals boards")))


def cmd_meal_counts(args: argparse.Namespace) -> int:
    from fairdesk.core.reception.lists import meal_counts_sheets

    _kind(args.out)
    return _with_fair(args, lambda fair: _write(meal_counts_sheets(fair), args.out,
                                                Text("用餐人数表", "meal count sheets")))


def cmd_table_plan(args: argparse.Namespace) -> int:
    from fairdesk.core.reception.lists import table_plan
    from fairdesk.reports.reception.table_plan import render_table_plan
    from fairdesk.reports.reception.workbooks import write_table_plan

    kind = _kind(args.out)

    def job(fair: Fair) -> int:
        plan = table_plan(fair, args.sitting)
        if kind == ".pdf":
            render_table_plan(plan, args.out, printed_by=cli_operator().name)
        else:
            write_table_plan(plan, args.out)
        seated = sum(len(tb["names"]) for tb in plan.tables)
        say(t("已写出桌次图（{n} 桌，{k} 人）：{f}", "Wrote the table plan ({n} tables, {k} seated): {f}",
              n=len(plan.tables), k=seated, f=args.out))
        return 0
    return _with_fair(args, job)


def cmd_auto_assign(args: argparse.Namespace) -> int:
    from fairdesk.core.reception.room_plan import apply_plan, plan_auto_assign

    def job(fair: Fair) -> int:
        plan = plan_auto_assign(fair)
        for p in plan.placements:
            room = p.room_number or t("（到店分房）", "(room at check-in)")
            share = t("，同住 {s}", ", sharing with {s}", s=p.sharing_with) if p.sharing_with else ""
            say(f"{p.name}  {p.hotel_name} {room} {p.room_type_label}  "
                f"{p.check_in} → {p.check_out}{share}")
        for u in plan.unplaced:
            say(t("无法安排", "NOT PLACED") + f"  {u.name}: {u.reason}")
        say(str(plan.summary()))
        if plan.placements and _preview_unless(args.apply):
            changes = apply_plan(fair, plan)
            say(t("已写入 {n} 条住宿。", "Wrote {n} stays.", n=len(changes.ids("stays"))))
        return 0
    return _with_fair(args, job)


def cmd_plan_pickups(args: argparse.Namespace) -> int:
    from fairdesk.core.reception.model import hhmm, mmdd_hhmm
    from fairdesk.core.reception.pickup_plan import apply_pickups, plan_pickups

    def job(fair: Fair) -> int:
        plan = plan_pickups(fair, window_minutes=args.window, day=args.day)
        for tr in plan.trips:
            escort = f"  {t('陪同', 'escort')} {tr.escort['name']}" if tr.escort else ""
            say(f"{mmdd_hhmm(tr.starts_at)}–{hhmm(tr.ends_at)}  {tr.place} → {tr.to_place}  "
                f"{tr.vehicle['plate']} ({tr.vehicle['seats']})  {tr.driver['name']}{escort}  "
                + "、".join(r.name for r in tr.riders))
        for u in plan.unserved:
            say(t("未派车", "NO CAR") + f"  {u.arrival.guest['name']}: {u.reason}")
        say(str(plan.summary()))
        if plan.trips and _preview_unless(args.apply):
            changes = apply_pickups(fair, plan)
            say(t("已写入 {n} 趟接站行程。", "Wrote {n} pickup trips.", n=len(changes.ids("trips"))))
        return 0
    return _with_fair(args, job)


def cmd_plan_seating(args: argparse.Namespace) -> int:
    from fairdesk.core.reception.meal_lists import find_sitting
    from fairdesk.core.reception.meals import apply_seating, plan_seating

    def job(fair: Fair) -> int:
        plan = plan_seating(fair, find_sitting(fair, args.sitting)["id"])
        for s in plan.new_seats:
            say(t("{t} 号桌 {n} 座  {name}  {title}", "Table {t} seat {n}  {name}  {title}",
                  t=s.table_number, n=s.seat_no, name=s.name, title=s.title))
        if plan.unseated:
            say(t("座位不足，未排座 {n} 人。", "Not enough seats: {n} not seated.",
                  n=len(plan.unseated)))
        if not plan.new_seats:
            say(t("没有需要排座的嘉宾。", "Nobody left to seat."))
        elif _preview_unless(args.apply):
            apply_seating(fair, plan)
            say(t("已写入 {n} 个座位。", "Wrote {n} seats.", n=len(plan.new_seats)))
        return 0
    return _with_fair(args, job)
