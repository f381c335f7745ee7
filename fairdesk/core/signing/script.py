"""The MC's script (主持词) and the press figures, as plain text built from the running order.

The script opens, reads out each project in running order (county, investor, amount in
亿元 — or 万美元 for a foreign project in US dollars, as the committees say it — and the
signatories with their titles, then the witnesses), and closes with the totals. Where the
fair and the project have English text an English line follows each Chinese one. The PDF
and the .docx (:mod:`fairdesk.reports.signing`) print these paragraphs as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from fairdesk.base.i18n import language
from fairdesk.core.guests.names import display_latin
from fairdesk.core.money import yi_text
from fairdesk.core.signing.ceremony import RunningOrder, Signatory, Slot
from fairdesk.core.signing.statuses import ProjectStatus
from fairdesk.core.signing.summary import Figures, PrintedLine, printed_total
from fairdesk.core.vocab import CONTRACT_TYPES

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.signing.summary import SigningSummary

CN_NUMBERS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Paragraph:
    kind: str  # "title", "heading", "zh", "en", "note"
    text: str


@dataclass(frozen=True)
class Script:
    title: str
    paragraphs: list[Paragraph]

    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


def wan(cents: int) -> str:
    """Cents as 万 units, at most two decimals, no trailing zeros: 1,234,500,000 -> "1234.5"."""
    value = (Decimal(cents) / 1_000_000).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{value.normalize():f}"


def rmb(yi: str) -> str:
    """An amount printed in 亿元 ("68.55") as English says it: "RMB 6,855 million" (the
    same figure as printed, two decimals of 亿 being whole millions)."""
    millions = (Decimal(yi) * 100).quantize(Decimal(1))
    return f"RMB {millions:,} million"


def spoken_amount(slot: Slot) -> tuple[str, str]:
    """(Chinese, English) of the total investment as the MC says it."""
    if slot.capital == "foreign" and slot.currency == "USD":
        millions = (Decimal(slot.total_cents) / 100_000_000).quantize(Decimal("0.01"),
                                                                       ROUND_HALF_UP)
        return (f"{wan(slot.total_cents)}万美元",
                f"USD {millions.normalize():,f} million")  # "USD 1,230 million"
    return f"{yi_text(slot.total_fen)}亿元", rmb(yi_text(slot.total_fen))


def ordinal(n: int) -> str:
    """第一, 第二 … 第十, 第十一 … for the MC."""
    if n <= 10:
        return CN_NUMBERS[n - 1]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else CN_NUMBERS[tens - 1] + "十"
    return head + (CN_NUMBERS[ones - 1] if ones else "")


def _joined(*parts: str) -> str:
    """Chinese words run together; a Latin word keeps a space from its neighbour."""
    out = ""
    for part in (p for p in parts if p):
        if out and (out[-1].isascii() or part[0].isascii()):
            out += " "
        out += part
    return out


def _people(slot: Slot, side: str) -> str:
    return "、".join(_joined(s.organisation, s.title, s.name) for s in slot.signatories
                    if s.side == side and s.name)


def _people_en(slot: Slot, side: str) -> str:
    """The English line's signatories: a Chinese name read out in its Latin form (the
    guest's own romanisation, else pinyin), as the MC says it to an English audience."""
    def said(s: Signatory) -> str:
        return display_latin(s.name, s.name_latin) or s.name
    return ", ".join(f"{said(s)} ({s.title}, {s.organisation})" if s.title else said(s)
                     for s in slot.signatories if s.side == side and s.name)


def slot_paragraphs(slot: Slot, n: int, english: bool) -> list[Paragraph]:
    zh_amount, en_amount = spoken_amount(slot)
    investor = _people(slot, "investor") or slot.investor
    local = _people(slot, "local")
    name = slot.name if slot.name.startswith(slot.county) else slot.county + slot.name
    text = (f"（{ordinal(n)}）{name}。该项目由{slot.investor}投资，总投资{zh_amount}。")
    if investor or local:
        text += "请" + "和".join(x for x in (investor, local) if x) + "上台签约。"
    if slot.witnesses:
        text += "见证领导：" + "、".join(f"{w.title}{w.name}" for w in slot.witnesses) + "。"
    out = [Paragraph("zh", text)]
    if english and slot.name_en:
        en = (f"No. {n}: {slot.name_en}{', ' + slot.county_en if slot.county_en else ''}. "
              f"Investor: {slot.investor}; total investment {en_amount}.")
        who = "; ".join(x for x in (_people_en(slot, "investor"), _people_en(slot, "local")) if x)
        if who:
            en += f" Signing: {who}."
        out.append(Paragraph("en", en))
    return out


def mc_script(fair: Fair, order: RunningOrder, summary: SigningSummary) -> Script:
    """The script for one session: opening, each slot in order, closing with the totals."""
    english = bool(fair.stored_setting("fair.name_en"))
    fair_name = fair.name
    n = len(order.slots)
    title = f"{order.title}主持词"
    paras = [Paragraph("title", title),
             Paragraph("note", f"{order.starts_at:%Y年%m月%d日 %H:%M}　{order.venue}"
                       + (f"　主持人：{order.host}" if order.host else "")),
             Paragraph("heading", "一、开场"),
             Paragraph("zh", f"尊敬的各位领导、各位嘉宾，女士们、先生们：大家好！{fair_name}"
                       f"{order.title}现在开始。今天共有{n}个项目在这里集中签约。")]
    if english:
        paras.append(Paragraph("en", f"Distinguished guests, ladies and gentlemen, welcome to the "
                               f"{order.title_en or 'signing ceremony'} of the "
                               f"{fair.stored_setting('fair.name_en')}. {n} projects will be "
                               "signed today."))
    paras.append(Paragraph("heading", "二、项目签约"))
    for i, slot in enumerate(order.slots, 1):
        paras += slot_paragraphs(slot, i, english)
    paras.append(Paragraph("heading", "三、结束"))
    paras.append(Paragraph("zh", closing_zh(order, summary)))
    if english:
        paras.append(Paragraph("en", closing_en(order, summary)))
    return Script(title, paras)


@dataclass(frozen=True)
class Closing:
    """The figures the MC closes with: this session's signings (letters of intent apart,
    as the fair counts them) and the fair's total once they are signed."""

    signed: int
    total_fen: Decimal
    contract_fen: Decimal
    intents: int
    fair_projects: int
    fair_total_fen: Decimal
    fair_foreign_fen: Decimal
    fair_domestic_fen: Decimal


def closing_figures(order: RunningOrder, summary: SigningSummary) -> Closing:
    counted = [s for s in order.slots
               if summary.intents_counted or s.contract_type != "intent"]
    to_come = [s for s in counted if s.status != ProjectStatus.SIGNED]  # not in the summary yet
    foreign = sum((s.total_fen for s in to_come if s.capital == "foreign"), Decimal(0))
    domestic = sum((s.total_fen for s in to_come if s.capital != "foreign"), Decimal(0))
    return Closing(
        len(counted), sum((s.total_fen for s in counted), Decimal(0)),
        sum((s.contract_fen for s in counted), Decimal(0)), len(order.slots) - len(counted),
        summary.total.projects + len(to_come), summary.total.total_fen + foreign + domestic,
        summary.total.foreign_fen + foreign, summary.total.domestic_fen + domestic)


def _fair_printed(c: Closing) -> PrintedLine:
    """The fair's running total as the summary's total line prints it (parts add up)."""
    return printed_total(Figures(foreign_fen=c.fair_foreign_fen,
                                 domestic_fen=c.fair_domestic_fen))


def closing_zh(order: RunningOrder, summary: SigningSummary) -> str:
    c = closing_figures(order, summary)
    fair = _fair_printed(c)
    intents = f"另签订投资意向{c.intents}个。" if c.intents else ""
    return (f"刚才，{c.signed}个项目成功签约，总投资{yi_text(c.total_fen)}亿元，合同金额"
            f"{yi_text(c.contract_fen)}亿元。{intents}本届投洽会累计签约项目{c.fair_projects}个，"
            f"总投资{fair.total}亿元，其中外资{fair.foreign}亿元、"
            f"内资{fair.domestic}亿元。签约仪式到此结束，谢谢大家！")


def closing_en(order: RunningOrder, summary: SigningSummary) -> str:
    c = closing_figures(order, summary)
    fair = _fair_printed(c)
    letters = "letter of intent was" if c.intents == 1 else "letters of intent were"
    intents = f" {c.intents} {letters} also signed." if c.intents else ""
    return (f"{c.signed} projects have just been signed, with a total investment of "
            f"{rmb(yi_text(c.total_fen))} (contracts: "
            f"{rmb(yi_text(c.contract_fen))}).{intents} The fair has now signed "
            f"{c.fair_projects} projects worth {rmb(fair.total)}, of which "
            f"foreign capital {rmb(fair.foreign)} and domestic "
            f"{rmb(fair.domestic)}. This concludes the signing ceremony. Thank you!")


def _count(groups: dict, key: str) -> int:
    return groups[key].projects if key in groups else 0


def press_figures(fair: Fair, summary: SigningSummary) -> str:
    """The headline numbers in one paragraph, ready to paste into a press release, in the
    interface's language (the English for the foreign press uses the fair's English name)."""
    return press_figures_en(fair, summary) if language() == "en" else press_figures_zh(
        fair, summary)


def _documents_en(n: int, code: str) -> str:
    word = CONTRACT_TYPES.get(code, (code, code))[1].lower()
    if n == 1:
        return f"1 {word}"
    return f"{n} " + ("letters of intent" if code == "intent" else word + "s")


def _of_target(summary: SigningSummary) -> Decimal | None:
    """The total investment as a share of the city's target, in % to one decimal."""
    if not summary.target_total_fen:
        return None
    return (summary.total.total_fen * 100 / summary.target_total_fen).quantize(Decimal("0.1"))


def press_figures_en(fair: Fair, summary: SigningSummary) -> str:
    s = summary.total
    line = printed_total(s)
    name = fair.stored_setting("fair.name_en") or fair.name
    text = (f"The {name} signed {s.projects} projects with a total investment of "
            f"{rmb(line.total)} and contracts worth {rmb(line.contract)}: "
            f"{_count(summary.by_capital, 'foreign')} with foreign capital "
            f"({rmb(line.foreign)}) and {_count(summary.by_capital, 'domestic')} with domestic "
            f"capital ({rmb(line.domestic)}); {s.over_5000_wan} of RMB 50 million or more, "
            f"{s.over_1_yi} of RMB 100 million or more.")
    if summary.by_document:
        text += " By document: " + ", ".join(
            _documents_en(f.projects, k) for k, f in summary.by_document.items()) + "."
    if summary.intents.projects and not summary.intents_counted:
        text += (f" Also {_documents_en(summary.intents.projects, 'intent')}, "
                 f"{rmb(yi_text(summary.intents.total_fen))} (not counted above).")
    if (pct := _of_target(summary)) is not None:
        text += f" Total investment has reached {pct}% of the target."
    return text


def press_figures_zh(fair: Fair, summary: SigningSummary) -> str:
    s = summary.total
    line = printed_total(s)  # the numbers of the summary's total line
    text = (f"{fair.name}共签约项目{s.projects}个，总投资{line.total}亿元，合同金额"
            f"{line.contract}亿元。其中外资项目"
            f"{_count(summary.by_capital, 'foreign')}"
            f"个、投资{line.foreign}亿元，内资项目"
            f"{_count(summary.by_capital, 'domestic')}"
            f"个、投资{line.domestic}亿元；总投资5000万元以上项目{s.over_5000_wan}个，"
            f"1亿元以上项目{s.over_1_yi}个。")
    if summary.by_document:
        text += "按签约类型：" + "，".join(
            f"{CONTRACT_TYPES.get(k, (k,))[0]}{f.projects}个"
            for k, f in summary.by_document.items()) + "。"
    if summary.intents.projects and not summary.intents_counted:
        text += (f"另签订投资意向{summary.intents.projects}个，意向投资"
                 f"{yi_text(summary.intents.total_fen)}亿元（未计入上述总额）。")
    if (pct := _of_target(summary)) is not None:
        text += f"总投资完成目标任务的{pct}%。"
    return text
