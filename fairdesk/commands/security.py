"""The security liaison's commands: the daily report, checklist sheets, rectification
notices and re-inspection opinions, templates in and out, issuing checklists."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.base.errors import ValidationError
from fairdesk.base.i18n import language, t
from fairdesk.commands.common import cli_operator, opened_fair, say
from fairdesk.commands.layout import ljust, rjust, width
from fairdesk.commands.roster import _day

if TYPE_CHECKING:
    from fairdesk.core.security.paper import DailyReport


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("security-report", help="daily security report (exit 1 unless all clear)")
    p.add_argument("file", help="the fair file")
    p.add_argument("--out", help="X.pdf or X.xlsx (items, inspections, rectifications)")
    p.add_argument("--day", type=_day, help="as of the end of this day (YYYY-MM-DD)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("checklist", help="checklist sheet for a site, to carry on inspection")
    p.add_argument("file", help="the fair file")
    p.add_argument("--site", required=True, help="the site's name or id")
    p.add_argument("--department", help="only this department (name, code or id)")
    p.add_argument("--out", required=True, help="X.pdf")
    p.set_defaults(func=cmd_checklist)

    p = sub.add_parser("rectification-notice", help="整改通知书 of a rectification")
    p.add_argument("file", help="the fair file")
    p.add_argument("rect", help="its number (7, 2026-7) or id")
    p.add_argument("--out", required=True, help="X.pdf")
    p.add_argument("--opinion", action="store_true",
                   help="print the re-inspection opinion (复查意见书) instead")
    p.set_defaults(func=cmd_notice)

    p = sub.add_parser("security-templates", help="checklist templates from or to .xlsx")
    p.add_argument("file", help="the fair file")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--import", dest="import_path", help="X.xlsx to add or update from")
    group.add_argument("--export", dest="export_path", help="X.xlsx to write")
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("issue-checklists", help="apply the templates to sites")
    p.add_argument("file", help="the fair file")
    p.add_argument("--site", help="only this site (name or id)")
    p.set_defaults(func=cmd_issue)


def _suffix(out: str, allowed: tuple[str, ...]) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in allowed:
        raise ValidationError("out", f"输出文件须以 {' 或 '.join(allowed)} 结尾。",
                              f"The output file must end in {' or '.join(allowed)}.")
    return suffix


def _print_figures(report: DailyReport) -> None:
    say(t("安保工作日报　截至 {at}", "Daily security report, as of {at}", at=report.as_of))
    heads = [t("部门", "Department"), t("完成/总数", "Done/total"), t("逾期", "Overdue"),
             t("未销号整改", "Open rect."), t("会签点位", "Signed sites")]
    rows = [[d.department.label, f"{d.done}/{d.total}", str(d.overdue),
             str(d.open_rectifications), f"{d.signed_sites}/{d.sites}"] for d in report.totals]
    widths = [max(width(r[i]) for r in [heads, *rows]) + 2 for i in range(len(heads))]
    for r in [heads, *rows]:
        say("  " + ljust(r[0], widths[0]) + "".join(rjust(v, w) for v, w in zip(r[1:], widths[1:],
                                                                            strict=True)))
    say(t("点位 {n} 个，会签完毕 {c} 个；逾期 {o} 项。", "{n} sites, {c} cleared; {o} overdue.",
          n=report.sites, c=report.cleared, o=len(report.overdue)))
    for site, _cells, cleared in report.rows:
        if not cleared:
            say(t("  未会签完毕：{s}", "  not cleared: {s}", s=site))


def cmd_report(args: argparse.Namespace) -> int:
    from fairdesk.core.security import paper, views

    kind = _suffix(args.out, (".pdf", ".xlsx")) if args.out else ""
    with opened_fair(args.file) as fair:
        report = paper.daily_report(fair, args.day)
        _print_figures(report)
        if kind == ".pdf":
            from fairdesk.reports.security.paper import render_daily
            render_daily(report, args.out, printed_by=cli_operator().name)
        elif kind == ".xlsx":
            from fairdesk.reports.security.workbook import write_security_workbook
            at = views.as_of(fair, args.day)
            write_security_workbook(args.out, report, views.items(fair, at=at),
                                    views.inspections(fair), views.rectifications(fair, at=at))
        if kind:
            say(t("已写出：{f}", "Wrote {f}", f=args.out))
    return 0 if report.all_clear else 1


def cmd_checklist(args: argparse.Namespace) -> int:
    from fairdesk.core.security.paper import checklist_sheets
    from fairdesk.reports.security.paper import render_checklists

    _suffix(args.out, (".pdf",))
    with opened_fair(args.file) as fair:
        sheets = checklist_sheets(fair, args.site, args.department)
        render_checklists(sheets, args.out, printed_by=cli_operator().name)
    say(t("已写出 {n} 份检查表（{k} 项）：{f}", "Wrote {n} checklist sheet(s), {k} items: {f}",
          n=len(sheets), k=sum(len(s.items) for s in sheets), f=args.out))
    return 0


def cmd_notice(args: argparse.Namespace) -> int:
    from fairdesk.core.security.paper import notice, opinion
    from fairdesk.reports.security.paper import render_notice, render_opinion

    _suffix(args.out, (".pdf",))
    with opened_fair(args.file) as fair:
        n = (opinion if args.opinion else notice)(fair, args.rect)
    (render_opinion if args.opinion else render_notice)(n, args.out,
                                                          printed_by=cli_operator().name)
    what = t("复查意见书", "re-inspection opinion") if args.opinion else t("整改通知书", "notice")
    say(t("已写出{w} {no}：{f}", "Wrote the {w} {no}: {f}", w=what,
          no=n.number_en if language() == "en" else n.number, f=args.out))
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    from fairdesk.core.security import templates

    with opened_fair(args.file) as fair:
        if args.import_path:
            result = templates.import_templates(fair, args.import_path)
            say(t("模板：新增 {c} 条，修改 {u} 条，未变 {s} 条。",
                  "Templates: {c} added, {u} changed, {s} unchanged.",
                  c=result.created, u=result.updated, s=result.unchanged))
            return 0
        _suffix(args.export_path, (".xlsx",))
        if not fair.count("checklist_templates"):
            templates.install_defaults(fair)
            say(t("该投洽会还没有模板：已写入内置模板。",
                  "The fair had no templates: the bundled ones were added."))
        n = templates.export_templates(fair, args.export_path)
    say(t("已导出 {n} 条模板：{f}", "Exported {n} templates: {f}", n=n, f=args.export_path))
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    from fairdesk.core.security import issuing

    with opened_fair(args.file) as fair:
        sites = [issuing.find_site(fair, args.site)["id"]] if args.site else None
        done = issuing.issue_checklists(fair, sites)
    say(t("已下发 {n} 项检查事项到 {s} 个点位。", "Issued {n} items to {s} site(s).",
          n=done.items, s=done.sites) if done.items else
        t("没有需要下发的新事项。", "Nothing new to issue."))
    return 0
