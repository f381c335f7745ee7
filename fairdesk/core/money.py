"""Money kept exactly: integer cents (fen) with an ISO currency code.

Reports sum amounts in CNY using the fair's exchange rates (Decimal text in the
fair settings) and show them in 亿元 (100 million yuan).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "JPY", "KRW", "GBP", "SGD")
YI = Decimal(100_000_000)


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "CNY"

    @classmethod
    def parse(cls, text: str | int | float | Decimal, currency: str = "CNY") -> Money:
        """``"1,234.50"`` or ``1234.5`` -> Money(123450). Raises ValueError."""
        try:
            amount = Decimal(str(text).replace(",", "").replace("，", "").strip())
        except InvalidOperation as exc:
            raise ValueError(f"not an amount: {text!r}") from exc
        return cls(int((amount * 100).to_integral_value(ROUND_HALF_UP)), currency)

    @property
    def amount(self) -> Decimal:
        return Decimal(self.cents) / 100

    def to_cny(self, rates: dict[str, Decimal]) -> Decimal:
        """Amount in yuan, converted with ``rates`` (units of CNY per 1 unit of currency)."""
        if self.currency == "CNY":
            return self.amount
        return self.amount * rates[self.currency]

    def __str__(self) -> str:
        return f"{self.amount:,.2f} {self.currency}"


def yi(yuan: Decimal) -> Decimal:
    """Yuan to 亿元, two decimals."""
    return (yuan / YI).quantize(Decimal("0.01"), ROUND_HALF_UP)


FEN_PER_YI = 10_000_000_000  # 1 亿元 = 10^8 yuan = 10^10 fen
FEN_PER_HUNDREDTH_YI = FEN_PER_YI // 100  # what a printed 0.01 亿元 stands for
FEN_PER_WAN_USD = 1_000_000  # 1 万 units of a currency, in its cents


def cny_fen(cents: int, currency: str, rates: dict[str, Decimal]) -> Decimal:
    """``cents`` of ``currency`` as CNY fen, exactly (a Decimal; no rounding).

    Raises KeyError for a currency the fair holds no rate for."""
    if currency == "CNY":
        return Decimal(cents)
    return Decimal(cents) * rates[currency]


def fen_half_up(value: Decimal) -> int:
    """A CNY value in whole fen, half-up (what is frozen when a project is signed)."""
    return int(value.to_integral_value(ROUND_HALF_UP))


def yi_text(fen: Decimal | int) -> str:
    """Fen as 亿元 with two decimals, half-up: ``1234567890123`` -> ``"123.46"``."""
    return f"{yi(Decimal(fen) / 100):.2f}"


def apportion(values: list[Decimal], unit: int = FEN_PER_HUNDREDTH_YI) -> tuple[list[int], int]:
    """Lines and their total in whole ``unit``s, the lines adding up to the total.

    The total is the exact sum rounded half-up; each line is its exact value rounded down
    or up (largest remainder first, then the earlier line), so no line is off by a whole
    unit and the printed column adds up to the printed total.
    """
    total = int((sum(values, Decimal(0)) / unit).to_integral_value(ROUND_HALF_UP))
    floors = [int(v // unit) for v in values]
    spare = total - sum(floors)
    order = sorted(range(len(values)), key=lambda i: (-(values[i] - floors[i] * unit), i))
    for i in order[:max(spare, 0)]:
        floors[i] += 1
    return floors, total


def hundredths(units: int) -> str:
    """Whole hundredths as text with two decimals: ``12345`` -> ``"123.45"``."""
    return f"{units // 100}.{units % 100:02d}"


def parse_rate(text: str | Decimal) -> Decimal:
    """A positive exchange rate (CNY per unit). Raises ValueError."""
    try:
        rate = Decimal(str(text).strip())
    except InvalidOperation as exc:
        raise ValueError(f"not a rate: {text!r}") from exc
    if not rate.is_finite() or rate <= 0:
        raise ValueError(f"not a positive rate: {text!r}")
    return rate


# unit words, longest first: (text, cents of the currency per unit, currency or None)
UNITS: tuple[tuple[str, int, str | None], ...] = (
    ("亿美元", 10**10, "USD"), ("万美元", 10**6, "USD"), ("亿港元", 10**10, "HKD"),
    ("万港元", 10**6, "HKD"), ("亿欧元", 10**10, "EUR"), ("万欧元", 10**6, "EUR"),
    ("亿日元", 10**10, "JPY"), ("万日元", 10**6, "JPY"), ("亿元", 10**10, None),
    ("万元", 10**6, None), ("美元", 100, "USD"), ("港元", 100, "HKD"), ("港币", 100, "HKD"),
    ("欧元", 100, "EUR"), ("日元", 100, "JPY"), ("亿", 10**10, None), ("万", 10**6, None),
    ("元", 100, None))
_NUMBER = re.compile(r"^[+]?\d+(\.\d+)?$")


def amount_and_unit(raw: str) -> tuple[Decimal, tuple[int, str | None] | None]:
    """``"3.5亿"`` -> (3.5, (10**10, None)); ``"500万美元"`` -> (500, (10**6, "USD"));
    ``"１，２００"`` -> (1200, None). Full-width digits, commas and spaces are read;
    the unit (cents of the currency per unit, and the currency it names) is None when the
    text has none. Raises ValueError when the text is not an amount."""
    text = unicodedata.normalize("NFKC", raw).strip().replace(",", "").replace(" ", "")
    text = text.replace("人民币", "").replace("约", "")
    unit = None
    for word, cents, currency in UNITS:
        if text.endswith(word):
            unit, text = (cents, currency), text[:-len(word)]
            break
    if not _NUMBER.match(text):
        raise ValueError(f"not an amount: {raw!r}")
    return Decimal(text), unit


def amount_cents(value: object) -> int:
    """What a clerk typed for an amount, in cents of its currency: a plain number is in
    whole units (yuan, dollars: ``"1,234.50"``), or say 万 / 亿 (``"3.5亿"``, ``"2000万"``).
    Raises ValueError when it is not an amount, or names another currency."""
    number, unit = amount_and_unit(str(value))
    cents, currency = unit or (100, None)
    if currency is not None:
        raise ValueError(f"the amount names a currency: {value!r}")
    return int((number * cents).to_integral_value(ROUND_HALF_UP))
