"""The sentences printed under the signing figures (paper, workbook, window): how letters
of intent are counted, and the unit, rounding and rates the figures use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fairdesk.base.i18n import t
from fairdesk.core.money import yi_text
from fairdesk.core.vocab import PROJECT_STATUSES, label

if TYPE_CHECKING:
    from fairdesk.core.signing.summary import SigningSummary


def intents_note(summary: SigningSummary) -> str:
    if not summary.intents.projects:
        return ""
    n = summary.intents.projects
    letters = "letter of intent" if n == 1 else "letters of intent"
    if summary.intents_counted:
        return t("意向项目 {n} 个（总投资 {v} 亿元）已计入上列总额。",
                 "{n} {letters} ({v} hundred million CNY) counted in the totals.",
                 n=n, letters=letters, v=yi_text(summary.intents.total_fen))
    return t("另签订意向项目 {n} 个，意向总投资 {v} 亿元，未计入上列总额。",
             "Also {n} {letters}, {v} hundred million CNY, not counted in the totals.",
             n=n, letters=letters, v=yi_text(summary.intents.total_fen))


def rates_note(summary: SigningSummary) -> str:
    rates = t("，", ", ").join(f"{k} {v}" for k, v in sorted(summary.rates.items()))
    return t("金额单位：亿元人民币，四舍五入保留两位小数，各行之和等于合计。已签约项目按签约时汇率折算，"
             "其余按组委会汇率：{r}。状态：{s}。",
             "Amounts in hundred million CNY, rounded half-up to two decimals; the lines add "
             "up to the totals. Signed projects at the rate of their signing, others at the "
             "committee's rates: {r}. Counted: {s}.",
             r=rates, s=label(PROJECT_STATUSES, "signed"))
