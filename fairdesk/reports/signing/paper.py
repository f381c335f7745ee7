"""The signing desk's paper: the running-order sheet (签约仪式程序) for backstage, the MC's
script (主持词) and the leaders' summary (签约成果汇总表, A4 landscape).

Each renders a snapshot the core built (:mod:`fairdesk.core.signing`); amounts are printed
in 亿元 to two decimals, the summary's columns apportioned so its lines add up to its
totals (see :mod:`fairdesk.core.signing.summary`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from fairdesk.base.i18n import t
from fairdesk.core.money import apportion, hundredths, yi_text
from fairdesk.core.signing.notes import intents_note, rates_note
from fairdesk.core.signing.summary import group_label, printed
from fairdesk.core.vocab import CONTRACT_TYPES, label
from fairdesk.reports.frame import build, esc, frame_width, heading, styles, table

if TYPE_CHECKING:
    from fairdesk.core.signing.ceremony import Issue, RunningOrder
    from fairdesk.core.signing.script import Script
    from fairdesk.core.signing.summary import CountyLine, SigningSummary


@dataclass(frozen=True)
class PaperInfo:
    """Who prints, for which fair, when (the footer)."""

    fair_name: str
    printed_by: str
    printed_at: str


# --- the running-order sheet -----------------------------------------------------------
def render_running_order(order: RunningOrder, issues: list[Issue], path: str | Path,
                         info: PaperInfo) -> Path:
    """Order, time, project, county, amounts, signatories, witnesses. Raises OSError."""
    width = frame_width(True)
    title = t("签约仪式程序 · 签约项目一览表", "Signing ceremony running order")
    sub = t("{s} · {at} · {venue} · 共 {n} 项，约 {m} 分钟",
            "{s} · {at} · {venue} · {n} signings, about {m} minutes",
            s=order.label, at=order.starts_at.strftime("%Y-%m-%d %H:%M"), venue=order.venue_label,
            n=len(order.slots), m=order.minutes)
    header = [t("序", "No."), t("时间", "Time"), t("项目", "Project"), t("县区", "County"),
              t("类型", "Doc."), t("总投资（亿元）", "Total (100m CNY)"),
              t("合同金额（亿元）", "Contract (100m CNY)"), t("投资方签约人", "Investor signs"),
              t("地方签约人", "Local signs"), t("见证领导", "Witnesses")]
    flagged = {i.slot_id for i in issues}
    rows, alerts = [], set()
    for r, slot in enumerate(order.slots):
        rows.append([str(slot.position), slot.starts_at.strftime("%H:%M"),
                     slot.project_label + ("" if slot.currency == "CNY"
                                           else t("（{c}）", " ({c})", c=slot.currency)),
                     slot.county_label, label(CONTRACT_TYPES, slot.contract_type),
                     yi_text(slot.total_fen), yi_text(slot.contract_fen),
                     _signers(slot, "investor"), _signers(slot, "local"),
                     "、".join(f"{w.title}{w.name}" for w in slot.witnesses)])
        if slot.id in flagged:
            alerts |= {(r, 0), (r, 2)}
    story = heading(info.fair_name, title, sub)
    story.append(table(header, rows, [9, 12, 50, 21, 16, 17, 17, 40, 33, 36], width,
                       alerts=alerts, right=frozenset({5, 6})))
    if issues:
        story += _issue_notes(order, issues)
    return build(path, story, wide=True, title=title, fair_name=info.fair_name,
                 printed_by=info.printed_by, printed_at=info.printed_at)


def _signers(slot, side: str) -> str:  # noqa: ANN001 - a Slot
    return "\n".join(f"{s.name} {s.title}".strip() for s in slot.signatories
                     if s.side == side and s.name)


def _issue_notes(order: RunningOrder, issues: list[Issue]) -> list:
    st = styles()
    position = {s.id: s.position for s in order.slots}
    out = [Spacer(1, 4 * mm), Paragraph(esc(t("待处理：", "To fix:")), st["note"])]
    for issue in issues:
        out.append(Paragraph(esc(t("第 {n} 项：{text}", "No. {n}: {text}",
                                   n=position.get(issue.slot_id, "?"), text=issue.text)),
                             ParagraphStyle("issue", parent=st["note"], spaceBefore=1)))
    return out


# --- the MC's script -------------------------------------------------------------------
def render_script(script: Script, path: str | Path, info: PaperInfo) -> Path:
    """The script's paragraphs on A4 portrait, large enough to read on stage. Raises OSError."""
    base = styles()["cell"]
    looks = {
        "title": ParagraphStyle("s-title", parent=base, fontSize=18, leading=24, alignment=1,
                                spaceAfter=4),
        "note": ParagraphStyle("s-note", parent=base, fontSize=10, leading=14, alignment=1,
                               spaceAfter=8),
        "heading": ParagraphStyle("s-head", parent=base, fontSize=13, leading=18, spaceBefore=8,
                                  spaceAfter=4),
        "zh": ParagraphStyle("s-zh", parent=base, fontSize=13, leading=21, firstLineIndent=26,
                             spaceAfter=5),
        "en": ParagraphStyle("s-en", parent=base, fontSize=10.5, leading=14, leftIndent=26,
                             spaceAfter=7, wordWrap=None),
    }
    story = [Paragraph(esc(p.text), looks[p.kind]) for p in script.paragraphs]
    return build(path, story, wide=False, title=script.title, fair_name=info.fair_name,
                 printed_by=info.printed_by, printed_at=info.printed_at)


# --- the leaders' summary --------------------------------------------------------------
def _pct(value: object) -> str:
    return "—" if value is None else f"{value}%"


def county_table(summary: SigningSummary) -> tuple[list[str], list[list[str]]]:
    """The county lines and the city's total as printed (shared by the PDF and the .xlsx)."""
    counties = summary.counties
    lines, total = printed([c.label for c in counties], [c.signed for c in counties],
                           t("全市合计", "City total"))
    planned, planned_total = apportion([c.planned.total_fen for c in counties])
    header = [t("县（市、区）", "County"), t("目标项目", "Target proj."),
              t("签约项目", "Signed"), t("完成", "Done"),
              t("目标总投资", "Target total"), t("签约总投资", "Total inv."), t("完成", "Done"),
              t("外资目标", "Target foreign"), t("外资", "Foreign"), t("内资", "Domestic"),
              t("合同金额", "Contract"), t("拟签约（个/亿元）", "Planned (n / 100m)"),
              t("缺口（亿元）", "Shortfall (100m)")]
    rows = [_county_row(c, line, planned[i]) for i, (c, line) in
            enumerate(zip(counties, lines, strict=True))]
    short = max(Decimal(0), summary.target_total_fen - summary.total.total_fen)
    rows.append([total.label, str(summary.target_projects), str(total.projects),
                 _pct(_ratio(total.projects, summary.target_projects)),
                 yi_text(summary.target_total_fen), total.total,
                 _pct(_ratio(summary.total.total_fen, summary.target_total_fen)),
                 yi_text(summary.target_foreign_fen), total.foreign, total.domestic,
                 total.contract, f"{summary.planned.projects} / {hundredths(planned_total)}",
                 yi_text(short)])
    return header, rows


def _ratio(done: Decimal | int, target: Decimal | int) -> Decimal | None:
    if not target:
        return None
    return (Decimal(done) * 100 / Decimal(target)).quantize(Decimal("0.1"))


def _county_row(c: CountyLine, line, planned_units: int) -> list[str]:  # noqa: ANN001
    return [line.label, str(c.target_projects), str(line.projects), _pct(c.projects_pct),
            yi_text(c.target_total_fen), line.total, _pct(c.total_pct),
            yi_text(c.target_foreign_fen), line.foreign, line.domestic, line.contract,
            f"{c.planned.projects} / {hundredths(planned_units)}", yi_text(c.shortfall_fen)]


def group_table(summary: SigningSummary, kind: str) -> tuple[list[str], list[list[str]]]:
    groups = {"sector": summary.by_sector, "document": summary.by_document,
              "capital": summary.by_capital}[kind]
    heads = {"sector": t("产业领域", "Sector"), "document": t("签约类型", "Document"),
             "capital": t("资金来源", "Capital")}
    lines, total = printed([group_label(kind, k) for k in groups], list(groups.values()),
                           t("合计", "Total"))
    header = [heads[kind], t("项目数", "Projects"), t("总投资（亿元）", "Total (100m CNY)"),
              t("外资", "Foreign"), t("内资", "Domestic"), t("合同金额", "Contract"),
              t("5000万元以上", "≥ 50m"), t("1亿元以上", "≥ 100m")]
    rows = [[ln.label, str(ln.projects), ln.total, ln.foreign, ln.domestic, ln.contract,
             str(f.over_5000_wan), str(f.over_1_yi)]
            for ln, f in zip(lines, groups.values(), strict=True)]
    rows.append([total.label, str(total.projects), total.total, total.foreign, total.domestic,
                 total.contract, str(summary.total.over_5000_wan), str(summary.total.over_1_yi)])
    return header, rows


def render_summary(summary: SigningSummary, path: str | Path, info: PaperInfo) -> Path:
    """签约成果汇总表, A4 landscape. Raises OSError."""
    st = styles()
    width = frame_width(True)
    title = t("签约成果汇总表", "Signing results")
    story = heading(info.fair_name, title, t("截至 {at}", "As of {at}", at=info.printed_at))
    header, rows = county_table(summary)
    story.append(table(header, rows, [26, 14, 14, 13, 18, 18, 13, 18, 16, 16, 17, 24, 18],
                       width, right=frozenset(range(1, len(header)))))
    for kind in ("sector", "document", "capital"):  # a breakdown is never split by a page
        h, r = group_table(summary, kind)
        story.append(KeepTogether([Spacer(1, 4 * mm),
                                   table(h, r, [30, 14, 22, 18, 18, 18, 18, 18], width * 0.75,
                                         right=frozenset(range(1, len(h))))]))
    note = intents_note(summary)
    for text in ([note] if note else []) + [rates_note(summary)]:
        story.append(Paragraph(esc(text), st["note"]))
    return build(path, story, wide=True, title=title, fair_name=info.fair_name,
                 printed_by=info.printed_by, printed_at=info.printed_at)

