"""The signing desk's commands: import a county's projects, the leaders' summary, the running
order, the MC's script, the press figures and the exchange rates."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.base.errors import ValidationError
from fairdesk.base.i18n import t
from fairdesk.commands.common import cli_operator, opened_fair, say
from fairdesk.commands.layout import ljust, rjust, width

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.signing.summary import SigningSummary
    from fairdesk.reports.signing.paper import PaperInfo


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-projects", help="import a county's list of signing projects")
    p.add_argument("file", metavar="FAIR", help="the fair file")
    p.add_argument("list", metavar="LIST", help="the county's list, .xlsx or .csv")
    p.add_argument("--county", help="the county of rows that name none (name or id)")
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the good rows; write the others to --rejects")
    p.add_argument("--rejects", help="rejected rows to this .xlsx or .csv")
    p.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("signing-summary", help="signing results per county against targets")
    p.add_argument("file", metavar="FAIR", help="the fair file")
    p.add_argument("--out", help="X.pdf (A4 landscape) or X.xlsx")
    p.add_argument("--press", action="store_true", help="also print the press figures")
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("running-order", help="the ceremony's running order sheet (PDF)")
    p.add_argument("file", metavar="FAIR", help="the fair file")
    p.add_argument("--session", help="the signing session (title, number or id; first)")
    p.add_argument("--out", required=True, help="X.pdf")
    p.set_defaults(func=cmd_running_order)

    p = sub.add_parser("mc-script", help="the MC's script (主持词) as PDF or .docx")
    p.add_argument("file", metavar="FAIR", help="the fair file")
    p.add_argument("--session", help="the signing session (title, number or id; first)")
    p.add_argument("--out", required=True, help="X.pdf or X.docx")
    p.set_defaults(func=cmd_mc_script)

    p = sub.add_parser("exchange-rate", help="the fair's exchange rates, or set one")
    p.add_argument("file", metavar="FAIR", help="the fair file")
    p.add_argument("currency", nargs="?", metavar="CUR", help="USD, EUR, HKD, JPY …")
    p.add_argument("rate", nargs="?", metavar="RATE", help="CNY per one unit, e.g. 7.12")
    p.set_defaults(func=cmd_rate)


def _suffix(out: str, allowed: tuple[str, ...]) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in allowed:
        raise ValidationError("out", f"输出文件须以 {' 或 '.join(allowed)} 结尾。",
                              f"The output file must end in {' or '.join(allowed)}.")
    return suffix


def paper_info(fair: Fair) -> PaperInfo:
    from fairdesk.reports.frame import now_text
    from fairdesk.reports.signing.paper import PaperInfo

    return PaperInfo(fair.display_name, cli_operator().name, now_text(fair.tz))


def cmd_import(args: argparse.Namespace) -> int:
    from fairdesk.core.signing.importing import import_projects

    with opened_fair(args.file) as fair:
        result = import_projects(fair, args.list, county=args.county,
                                 skip_invalid=args.skip_invalid, rejects_path=args.rejects,
                                 dry_run=args.dry_run)
    for line in result.summary():
        say(line)
    return 0


def summary_lines(summary: SigningSummary) -> list[str]:
    """One line per county and the total line: projects, total, foreign, domestic, contract
    in 亿元 (two decimals; the county lines add up to the total as printed)."""
    from fairdesk.core.signing.summary import printed

    lines, total = printed([c.label for c in summary.counties],
                           [c.signed for c in summary.counties], t("合计", "Total"))
    heads = [t("县区", "County"), t("项目", "Projects"), t("总投资", "Total"),
             t("外资", "Foreign"), t("内资", "Domestic"), t("合同金额", "Contract")]
    rows = [[x.label, str(x.projects), x.total, x.foreign, x.domestic, x.contract]
            for x in [*lines, total]]
    widths = [max(width(r[i]) for r in [heads, *rows]) + 2 for i in range(len(heads))]
    return [ljust(r[0], widths[0]) + "".join(rjust(v, w) for v, w in zip(r[1:], widths[1:],
                                                                         strict=True))
            for r in [heads, *rows]]


def cmd_summary(args: argparse.Namespace) -> int:
    from fairdesk.core.signing.notes import intents_note
    from fairdesk.core.signing.script import press_figures
    from fairdesk.core.signing.summary import signing_summary

    kind = _suffix(args.out, (".pdf", ".xlsx")) if args.out else ""
    with opened_fair(args.file) as fair:
        summary = signing_summary(fair)
        say(t("签约成果（亿元）", "Signing results (100 million CNY)"))
        for line in summary_lines(summary):
            say(line)
        note = intents_note(summary)
        if note:
            say(note)
        if args.press:
            say(press_figures(fair, summary))
        if kind == ".pdf":
            from fairdesk.reports.signing.paper import render_summary
            render_summary(summary, args.out, paper_info(fair))
        elif kind == ".xlsx":
            from fairdesk.reports.signing.files import write_summary_xlsx
            write_summary_xlsx(summary, args.out)
    if kind:
        say(t("已写出：{f}", "Wrote {f}", f=args.out))
    return 0


def cmd_running_order(args: argparse.Namespace) -> int:
    from fairdesk.core.signing.ceremony import checked_order, find_session
    from fairdesk.reports.signing.paper import render_running_order

    _suffix(args.out, (".pdf",))
    with opened_fair(args.file) as fair:
        order, issues = checked_order(fair, find_session(fair, args.session))
        render_running_order(order, issues, args.out, paper_info(fair))
    say(t("已写出签约顺序（{n} 项，约 {m} 分钟）：{f}", "Wrote the running order ({n} signings, "
          "about {m} minutes): {f}", n=len(order.slots), m=order.minutes, f=args.out))
    position = {s.id: s.position for s in order.slots}
    for issue in issues:
        say(t("  第 {n} 项：{text}", "  No. {n}: {text}", n=position.get(issue.slot_id, "?"),
              text=issue.text))
    return 1 if issues else 0


def cmd_mc_script(args: argparse.Namespace) -> int:
    from fairdesk.core.signing.ceremony import find_session, running_order
    from fairdesk.core.signing.script import mc_script
    from fairdesk.core.signing.summary import signing_summary

    kind = _suffix(args.out, (".pdf", ".docx"))
    with opened_fair(args.file) as fair:
        order = running_order(fair, find_session(fair, args.session))
        script = mc_script(fair, order, signing_summary(fair))
        if kind == ".pdf":
            from fairdesk.reports.signing.paper import render_script
            render_script(script, args.out, paper_info(fair))
        else:
            from fairdesk.reports.signing.files import write_script_docx
            write_script_docx(script, args.out)
    say(t("已写出主持词（{n} 个项目）：{f}", "Wrote the MC's script ({n} projects): {f}",
          n=len(order.slots), f=args.out))
    return 0


def cmd_rate(args: argparse.Namespace) -> int:
    with opened_fair(args.file) as fair:
        if args.currency and args.rate is None:
            raise ValidationError("rate", "请同时给出币种和汇率，如 USD 7.12。",
                                  "Give the currency and the rate, e.g. USD 7.12.")
        if args.currency:
            signed = fair.count("signing_projects", "status = 'signed' AND currency = ?",
                                [args.currency.upper()])
            fair.signing.set_rate(args.currency, args.rate)
            say(t("{c} 汇率已设为 {r}（已记录）。已签约的 {n} 个项目仍按签约时汇率计算。",
                  "The {c} rate is now {r} (recorded). The {n} projects already signed keep "
                  "their rate of signing.", c=args.currency.upper(), r=args.rate, n=signed))
        for code, rate in sorted(fair.rates.items()):
            say(f"{code}  {rate}")
    return 0
