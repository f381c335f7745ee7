"""Money kept exactly: integer cents (fen) with an ISO currency code.

Reports sum amounts in CNY using the fair's exchange rates (Decimal text in the
fair settings) and show them in 亿元 (100 million yuan).
"""

from __future__ import annotations

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
