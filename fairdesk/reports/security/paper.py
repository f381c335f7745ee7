"""The security printouts on A4: the checklist sheet, the rectification notice
(整改通知书), the re-inspection opinion (复查意见书) and the daily security report.

Each renders a snapshot from :mod:`fairdesk.core.security.paper`; the font is the
bundled TrueType one (embedded), tables wrap their text inside the cells.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from fairdesk.base.i18n import language, t
from fairdesk.reports.fonts import FONT, text_width
from fairdesk.reports.frame import (
    ALERT,
    HEAD_BG,
    RULE,
    STRIPE,
    build,
    esc,
    frame_width,
    heading,
    para,
    styles,
    table,
)

if TYPE_CHECKING:
    from fairdesk.core.security.paper import ChecklistSheet, DailyReport, Notice

BOX = "□"  # the font has no ☐
OK_BG = colors.HexColor("#DCEFE0")
WARN_BG = colors.HexColor("#FBE3E1")
AMBER_BG = colors.HexColor("#FFF1D6")


def _style(name: str, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=styles()["cell"], **kw)


# --- the checklist sheet ---------------------------------------------------------------
def render_checklists(sheets: list[ChecklistSheet], path: str | Path, *, printed_by: str
                      ) -> Path:
    """One section per department: items, tick boxes, notes, signatures. Raises OSError."""
    story: list = []
    width = frame_width(False)
    for i, sheet in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story += _checklist(sheet, width)
    return build(path, story, wide=False, title=t("安全检查表", "Security checklist"),
                 fair_name=t(sheets[0].fair_name, sheets[0].fair_name_en or sheets[0].fair_name), printed_by=printed_by,
                 printed_at=sheets[0].printed_at)


def _checklist(sheet: ChecklistSheet, width: float) -> list:
    """The sheet in the interface's language: in English each item's English title and
    requirement where it has them (the Chinese otherwise), the Chinese title under it."""
    if language() == "en":
        return _checklist_en(sheet, width)
    st = styles()
    title = "安全检查表" + (" Security checklist" if sheet.fair_name_en else "")
    out = heading(sheet.fair_name, title, f"{sheet.department}　·　{sheet.site}（{sheet.site_kind}）")
    info = [[Paragraph(esc(f"检查点位：{sheet.site}" + (f"　{sheet.site_en}" if sheet.site_en else "")),
                       st["cell"]),
             Paragraph(esc(f"责任部门：{sheet.department}"), st["cell"])],
            [Paragraph(esc(f"地址：{sheet.address}"), st["cell"]),
             Paragraph(esc("检查时间：______年____月____日____时____分"), st["cell"])]]
    rows = []
    for it in sheet.items:
        text = f"<b>{esc(it.title)}</b>" + (f"<br/><font size=7 color='#556677'>{esc(it.title_en)}</font>"
                                              if it.title_en else "")
        rows.append([Paragraph(text, st["cell"]), Paragraph(esc(it.requirement), st["cell"])])
    header = ["序号", "检查事项", "检查要求", "完成时限", "合格", "不合格", "不适用", "情况说明"]
    return _sheet(sheet, width, out, info, rows, header, "发现的问题及整改要求：",
                  [("检查人（签字）：", "日期："), ("被检查单位负责人（签字）：", "日期：")])


def _checklist_en(sheet: ChecklistSheet, width: float) -> list:
    st = styles()
    site = sheet.site_en or sheet.site
    department = sheet.department_en or sheet.department
    out = heading(sheet.fair_name_en or sheet.fair_name, "Security checklist",
                  f"{department}  ·  {site} ({sheet.site_kind_en.lower()})")
    info = [[para(f"Site: {site}" + (f"\n{sheet.site}" if sheet.site_en else ""), st["cell"]),
             para(f"Department: {department}", st["cell"])],
            [para(f"Address: {sheet.address}", st["cell"]),
             para("Inspected on: ______-____-____  at ____:____", st["cell"])]]
    grey = _style("zh_under", fontSize=7, leading=9, textColor=colors.HexColor("#556677"))
    rows = []
    for it in sheet.items:
        title = [Paragraph(f"<b>{esc(it.title_en or it.title)}</b>",
                           _wrapping(it.title_en or it.title))]
        if it.title_en:  # the Chinese under it, as the site's staff know the item
            title.append(Paragraph(esc(it.title), grey))
        rows.append([title, para(it.requirement_en or it.requirement, st["cell"])])
    header = ["No.", "Item", "Requirement", "Due", "Pass", "Fail", "N/A", "Notes"]
    return _sheet(sheet, width, out, info, rows, header, "Problems found and action required:",
                  [("Inspector (signature):", "Date:"),
                   ("Person responsible at the site (signature):", "Date:")], label=0.4)


def _wrapping(text: str) -> ParagraphStyle:
    """The cell style for ``text``: English wraps at spaces (the CJK rule would cut words
    in two), text with Chinese anywhere."""
    if any("\u2e80" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" for c in text):
        return styles()["cell"]
    return _style("cell_en", wordWrap=None)


def _sheet(sheet: ChecklistSheet, width: float, out: list, info: list, items: list,
           header: list[str], problems: str, signatures: list[tuple[str, str]],
           label: float = 0.3) -> list:
    """The sheet's body, the same in both languages: facts, the items with their tick
    boxes, lines for the problems found, signatures."""
    st = styles()
    small = _style("small", fontSize=7, leading=8.5, textColor=colors.HexColor("#556677"))
    tbl = Table(info, colWidths=[width * 0.58, width * 0.42])
    tbl.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    out += [tbl, Spacer(1, 4)]
    rows = [[str(it.no), *cells, Paragraph(esc(it.due), small), BOX, BOX, BOX, ""]
            for it, cells in zip(sheet.items, items, strict=True)]
    widths = [12, 38, 50, 19, 12, 14, 14, 31]  # 序号 whole on one line
    scale = width / (sum(widths) * mm)
    data = [[Paragraph(esc(h), st["head"]) for h in header], *rows]
    grid = Table(data, colWidths=[w * mm * scale for w in widths], repeatRows=1)
    grid.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (4, 1), (6, -1), 13), ("ALIGN", (4, 1), (6, -1), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("TOPPADDING", (0, 1), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]))
    out += [grid, Spacer(1, 6)]
    out.append(Paragraph(esc(problems), st["note"]))
    lines = Table([[""]] * 4, colWidths=[width], rowHeights=[8 * mm] * 4)
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                               ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    out += [lines, Spacer(1, 8), _signatures(width, signatures, label)]
    return out


def _signatures(width: float, pairs: list[tuple[str, str]], label: float = 0.3) -> Table:
    """Signature and date lines; ``label`` is the share of the width the words take."""
    st = styles()
    big = _style("sig", fontSize=10, leading=14)
    rows = [[Paragraph(esc(a), big), "", Paragraph(esc(b), big), ""] for a, b in pairs]
    tbl = Table(rows, colWidths=[width * label, width * (0.6 - label), width * 0.12,
                                 width * 0.28],
                rowHeights=[12 * mm] * len(rows))
    tbl.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black),
                             ("LINEBELOW", (3, 0), (3, -1), 0.5, colors.black),
                             ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                             ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    del st
    return tbl


# --- the rectification notice and the re-inspection opinion ---------------------------
def _doc_styles() -> dict[str, ParagraphStyle]:
    st = styles()
    return {
        "title": _style("dtitle", fontSize=22, leading=30, alignment=TA_CENTER,
                        textColor=colors.HexColor("#B42318")),
        "number": _style("dnum", fontSize=11, leading=16, alignment=TA_CENTER),
        "body": _style("dbody", fontSize=11.5, leading=20, firstLineIndent=23),
        "plain": _style("dplain", fontSize=11.5, leading=20),
        "right": _style("dright", fontSize=11.5, leading=20, alignment=TA_RIGHT),
        "small": _style("dsmall", fontSize=9.5, leading=14),
        "cell": _style("dcell", fontSize=10.5, leading=15),
        "head": st["head"],
    }


def _facts(n: Notice, width: float, rows: list[tuple[str, str]]) -> Table:
    ds = _doc_styles()
    data = [[Paragraph(esc(k), ds["cell"]), Paragraph(esc(v), ds["cell"])] for k, v in rows]
    tbl = Table(data, colWidths=[width * 0.22, width * 0.78])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                             ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F5F8")),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                             ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    del n
    return tbl


def _seal(n: Notice, width: float, who: str) -> Table:
    ds = _doc_styles()
    rows = [["", Paragraph(esc(f"{n.department}（盖章）"), ds["right"])],
            ["", Paragraph(esc("______年____月____日"), ds["right"])]]
    left = [[Paragraph(esc(f"{who}（签字）：________________"), ds["plain"])],
            [Paragraph(esc("被检查单位签收人：________________"), ds["plain"])]]
    inner = [Table(left, colWidths=[width * 0.55]), Table(rows, colWidths=[0, width * 0.4])]
    for part in inner:
        part.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))
    tbl = Table([inner], colWidths=[width * 0.58, width * 0.42])
    tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                             ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return tbl


def _cn_day(text: str) -> str:
    """'2026-05-17 18:00' as a government document writes it: '2026年5月17日18时00分'
    ('2026年5月17日' for a day alone); text in any other form is left as it is."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?.*", text.strip())
    if not m:
        return text
    year, month, day, hour, minute = m.groups()
    out = f"{year}年{int(month)}月{int(day)}日"
    return out + (f"{hour}时{minute}分" if hour else "")


def render_notice(n: Notice, path: str | Path, *, printed_by: str) -> Path:
    """整改通知书 for one rectification. Raises OSError."""
    ds, width = _doc_styles(), frame_width(False)
    story = [Paragraph(esc(n.fair_name + " 安全保卫工作"), styles()["fair"]), Spacer(1, 6),
             Paragraph("整改通知书", ds["title"]), Paragraph(esc(n.number), ds["number"]),
             Spacer(1, 10), Paragraph(esc(f"{n.responsible_unit}："), ds["plain"]),
             Paragraph(esc(f"{_cn_day(n.inspected_at[:10])}，{n.department}对你单位（{n.site}）进行了"
                           f"{n.fair_name}安全检查，发现存在下列问题。根据会期安全保卫工作要求，"
                           f"现通知你单位限期整改："), ds["body"]), Spacer(1, 6),
             _facts(n, width, [("检查事项", n.item), ("发现的问题", n.problem),
                               ("整改要求", n.action_required or "按规范整改到位"),
                               ("整改时限", n.deadline), ("责任单位", n.responsible_unit),
                               ("责任人", n.responsible_person or "—"),
                               ("检查人", f"{n.inspector}（{n.inspected_at}）")]),
             Spacer(1, 8),
             Paragraph(esc(f"请你单位于{_cn_day(n.deadline)}前整改完毕，并将整改情况书面报送{n.department}"
                           f"{'（联系人：' + n.department_contact + '）' if n.department_contact else ''}，"
                           "由检查部门复查。逾期未整改或整改不到位的，将报组委会依规处理。"), ds["body"]),
             Spacer(1, 18), KeepTogether(_seal(n, width, "检查人")), Spacer(1, 16),
             Paragraph(esc("本通知书一式两份，一份交被检查单位，一份由检查部门存档。"), ds["small"])]
    return build(path, story, wide=False, title=f"整改通知书 {n.number}", fair_name=n.fair_name,
                 printed_by=printed_by, printed_at=n.printed_at, chinese=True)


def render_opinion(n: Notice, path: str | Path, *, printed_by: str) -> Path:
    """复查意见书: the rectification and every re-inspection; closed or still open."""
    ds, width = _doc_styles(), frame_width(False)
    closed = n.status == "verified"
    verdict = (f"经复查，{n.responsible_unit}已按整改通知书要求完成整改，复查合格，予以销号。"
               if closed else f"经复查，{n.responsible_unit}整改尚未到位，整改继续，请于期限内整改完毕后再行复查。")
    hist = [[Paragraph(esc(h), ds["head"]) for h in ("复查时间", "复查人", "结论", "复查意见")]]
    hist += [[Paragraph(esc(h.at), ds["cell"]), Paragraph(esc(h.inspector), ds["cell"]),
              Paragraph(esc("合格" if h.passed else "不合格"), ds["cell"]),
              Paragraph(esc(h.note), ds["cell"])] for h in n.history]
    ht = Table(hist, colWidths=[width * w for w in (0.22, 0.14, 0.12, 0.52)], repeatRows=1)
    ht.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("FONTNAME", (0, 0), (-1, -1), FONT),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story = [Paragraph(esc(n.fair_name + " 安全保卫工作"), styles()["fair"]), Spacer(1, 6),
             Paragraph("复查意见书", ds["title"]), Paragraph(esc(f"（对应整改通知书 {n.number}）"),
                                                          ds["number"]),
             Spacer(1, 10), Paragraph(esc(f"{n.responsible_unit}："), ds["plain"]),
             _facts(n, width, [("检查事项", n.item), ("原发现问题", n.problem),
                               ("整改要求", n.action_required or "按规范整改到位"),
                               ("整改时限", n.deadline),
                               ("复查结论", "整改完成，予以销号" if closed else "整改未完成，继续整改")]),
             Spacer(1, 8), ht if n.history else Paragraph(esc("（尚无复查记录）"), ds["small"]),
             Spacer(1, 8), Paragraph(esc(verdict), ds["body"]), Spacer(1, 18),
             KeepTogether(_seal(n, width, "复查人")), Spacer(1, 16),
             Paragraph(esc("本意见书一式两份，一份交被检查单位，一份由检查部门存档。"), ds["small"])]
    return build(path, story, wide=False, title=f"复查意见书 {n.number}", fair_name=n.fair_name,
                 printed_by=printed_by, printed_at=n.printed_at, chinese=True)


# --- the daily report -------------------------------------------------------------------
def render_daily(report: DailyReport, path: str | Path, *, printed_by: str) -> Path:
    """安保工作日报: figures per department, the sign-off matrix, the overdue list."""
    st, width = styles(), frame_width(True)
    story = heading(report.fair_name, t("安保工作日报", "Daily security report"),
                    t("截至 {at}　点位 {n} 个，已全部会签 {c} 个，逾期 {o} 项",
                      "As of {at}: {n} sites, {c} cleared, {o} overdue",
                      at=report.as_of, n=report.sites, c=report.cleared, o=len(report.overdue)))
    head = [t("责任部门", "Department"), t("事项", "Items"), t("已完成", "Done"),
            t("完成率", "Done %"), t("逾期", "Overdue"), t("未销号整改", "Open rectifications"),
            t("已会签点位", "Sites signed off")]
    rows = [[d.department.label, str(d.total), str(d.done),
             f"{100 * d.done // d.total if d.total else 0}%", str(d.overdue),
             str(d.open_rectifications), f"{d.signed_sites} / {d.sites}"] for d in report.totals]
    alerts = {(i, j) for i, d in enumerate(report.totals)
              for j, v in ((4, d.overdue), (5, d.open_rectifications)) if v}
    story += [Paragraph(esc(t("一、各部门完成情况", "1. Progress by department")), st["note"]),
              Spacer(1, 3), table(head, rows, [40, 18, 18, 18, 18, 26, 26], width, alerts=alerts,
                                    right=frozenset(range(1, 7))),
              Spacer(1, 6), Paragraph(esc(t("二、会签情况（✓ 已会签）", "2. Sign-off matrix (✓ signed off)")),
                                      st["note"]), Spacer(1, 3), _matrix(report, width)]
    story += [Spacer(1, 6), Paragraph(esc(t("三、逾期事项及责任单位", "3. Overdue, with the units responsible")),
                                      st["note"]), Spacer(1, 3)]
    if report.overdue_lines:
        story.append(_light_table(
            [t("责任部门", "Department"), t("点位", "Site"), t("类别", "Kind"), t("项数", "Count"),
             t("逾期事项", "Overdue"), t("最早时限", "Due"), t("责任单位", "Responsible")],
            [[o.department, o.site, t("整改", "rectification") if o.kind != "item"
              else t("检查事项", "items"), str(o.count), _fitted(o.what), o.due, o.responsible]
             for o in report.overdue_lines], [28, 40, 16, 12, 72, 26, 42], width))
    else:
        story.append(Paragraph(esc(t("无逾期事项。", "Nothing is overdue.")), st["note"]))
    return build(path, story, wide=True, title=t("安保工作日报", "Daily security report"),
                 fair_name=report.fair_name, printed_by=printed_by, printed_at=report.printed_at)


def _light_table(header: list[str], rows: list[list[str]], widths_mm: list[float],
                 frame_width: float) -> Table:
    """A list table like the roster's, but a cell is a plain string when it fits its column
    (thousands of paragraphs make a long report slow) and a wrapping paragraph when not."""
    st = styles()
    scale = frame_width / (sum(widths_mm) * mm)
    widths = [w * mm * scale for w in widths_mm]
    data: list[list] = [[Paragraph(esc(h), st["head"]) for h in header]]
    for row in rows:
        data.append([v if text_width(v, 8.5) < w - 7 else Paragraph(esc(v), st["cell"])
                     for v, w in zip(row, widths, strict=True)])
    tbl = Table(data, colWidths=widths, repeatRows=1)
    tbl.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 1), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 1), (-1, -1), colors.HexColor("#1F2D3D")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return tbl


def _fitted(text: str, limit: int = 120) -> str:
    """The overdue items of one line, cut after ``limit`` characters (the workbook has all)."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _matrix(report: DailyReport, width: float) -> Table:
    st = styles()
    head = [t("点位", "Site"), *report.departments, t("状态", "Cleared")]
    data = [[Paragraph(esc(h), st["head"]) for h in head]]
    style = [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("GRID", (0, 0), (-1, -1), 0.4, RULE),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), FONT),
             ("FONTSIZE", (0, 1), (-1, -1), 8.5), ("ALIGN", (1, 1), (-1, -1), "CENTER"),
             ("TEXTCOLOR", (0, 1), (-1, -1), colors.HexColor("#1F2D3D"))]
    first = width * 0.22
    for r, (site, cells, cleared) in enumerate(report.rows, 1):
        # plain strings (fast) where they fit the cell; a wrapping paragraph where not
        name = site if text_width(site, 8.5) < first - 8 else Paragraph(esc(site), st["cell"])
        data.append([name, *cells, t("会签完毕", "cleared") if cleared else t("未完成", "not yet")])
        style.append(("TEXTCOLOR", (-1, r), (-1, r),
                      colors.HexColor("#1E6B35") if cleared else ALERT))
        for c, text in enumerate(cells, 1):
            bg = OK_BG if text == "✓" else WARN_BG if text in ("逾期", "Overdue") else \
                AMBER_BG if text in ("整改中", "Rectification open") else None
            if bg is not None:
                style.append(("BACKGROUND", (c, r), (c, r), bg))
    rest = (width - first - width * 0.08) / max(1, len(report.departments))
    tbl = Table(data, colWidths=[first, *[rest] * len(report.departments), width * 0.08],
                repeatRows=1)
    tbl.setStyle(TableStyle(style))
    return tbl
