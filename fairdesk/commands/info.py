"""What ``fairdesk info`` prints: headline figures, then record counts per area."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fairdesk.base.i18n import t
from fairdesk.commands.layout import AREA_LABELS, TABLE_LABELS, label, ljust, pairs, rjust, width
from fairdesk.core import dashboard
from fairdesk.core.vocab import INVITATION_STATES
from fairdesk.storage.fairfile import applied_names, data_size
from fairdesk.storage.schema import AREA_TABLES

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


def info_lines(fair: Fair) -> list[str]:
    """Every line of the report, in the current language."""
    return [*_heading(fair), "", *_guest_lines(fair), *_reception_lines(fair),
            *_security_lines(fair), *_signing_lines(fair), "", *_count_lines(fair)]


def _heading(fair: Fair) -> list[str]:
    size = data_size(fair.db) / 1e6  # not the file's bytes: some may be in its -wal
    applied = applied_names(fair.db)
    return [dashboard.display_name(fair) or t("（未命名的投洽会）", "(unnamed fair)"),
            t("文件 {f} · {mb:.1f} MB · 数据格式 {v}", "File {f} · {mb:.1f} MB · schema {v}",
              f=fair.path, mb=size, v=applied[-1] if applied else "-")]


def _section(title: str, items: list[tuple[str, str]]) -> list[str]:
    return [title, *pairs(items)]


def _guest_lines(fair: Fair) -> list[str]:
    g = dashboard.guest_figures(fair)
    states = [(label(INVITATION_STATES, s), str(n))
              for s, n in dashboard.guests_by_state(fair).items()]
    by_state = [t("  按状态", "  By state"), *grid(states, columns=3, indent=4)] if states else []
    return _section(t("嘉宾", "Guests"), [
        (t("总数", "Total"), str(g.total)),
        (t("已邀请", "Invited"), str(g.column("invited"))),
        (t("已回执", "Replied"), str(g.column("replied"))),
        (t("参加", "Attending"), str(g.column("attending"))),
        (t("已报到", "Arrived"), str(g.column("arrived"))),
    ]) + by_state


def _reception_lines(fair: Fair) -> list[str]:
    r = dashboard.reception_figures(fair)
    return _section(t("接待", "Reception"), [
        (t("已安排住宿 / 参加", "Lodged / attending"), f"{r.lodged} / {r.attending}"),
        (t("酒店 · 房间", "Hotels · rooms"), f"{r.hotels} · {r.rooms}"),
        (t("车辆 · 车次", "Vehicles · trips"), f"{r.vehicles} · {r.trips}"),
        (t("有陪同的嘉宾", "Guests with an escort"), str(r.escorted)),
    ])


def _security_lines(fair: Fair) -> list[str]:
    depts = dashboard.security_figures(fair)
    total = sum(d.total for d in depts)
    done = sum(d.done for d in depts)
    return _section(t("安全保卫", "Security"), [
        (t("检查事项 已完成 / 全部", "Checklist done / all"), f"{done} / {total}"),
        (t("逾期未完成", "Overdue"), str(sum(d.overdue for d in depts))),
        (t("待整改", "Open rectifications"), str(sum(d.open_rectifications for d in depts))),
    ])


def _signing_lines(fair: Fair) -> list[str]:
    s = dashboard.signing_figures(fair)
    return _section(t("签约", "Signing"), [
        (t("项目 已签约 / 全部", "Projects signed / all"), f"{s.signed} / {s.projects}"),
        (t("总投资（亿元）", "Total investment (100M CNY)"), f"{s.total_yi:,.2f}"),
        (t("外资 · 内资", "Foreign · domestic"),
         f"{s.foreign_yi:,.2f} · {s.domestic_yi:,.2f}"),
        (t("合同金额（亿元）", "Contract amount (100M CNY)"), f"{s.contract_yi:,.2f}"),
        (t("目标：项目 · 亿元", "Target: projects · 100M CNY"),
         f"{s.target_projects} · {s.target_yi:,.2f}"),
    ])


def _count_lines(fair: Fair) -> list[str]:
    counts = dashboard.table_counts(fair)
    lines = [t("各区记录数", "Records per area")]
    for area, tables in AREA_TABLES.items():
        cells = [(label(TABLE_LABELS, tb), str(counts[tb])) for tb in tables]
        lines.append("  " + label(AREA_LABELS, area))
        lines += grid(cells, columns=3, indent=4)
    return lines


def grid(cells: list[tuple[str, str]], *, columns: int, indent: int) -> list[str]:
    """Label/value cells laid out ``columns`` to a line, each column aligned."""
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    label_w = [max((width(r[c][0]) for r in rows if c < len(r)), default=0)
               for c in range(columns)]
    value_w = [max((width(r[c][1]) for r in rows if c < len(r)), default=0)
               for c in range(columns)]
    out = []
    for row in rows:
        parts = [ljust(k, label_w[c] + 2) + rjust(v, value_w[c]) for c, (k, v) in enumerate(row)]
        out.append(" " * indent + "    ".join(parts).rstrip())
    return out
