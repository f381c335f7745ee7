"""Cleaned phones and ID numbers, and the folded keys stored beside each guest.

Lists arrive with phones as ``+86 152 6865 6355``, ``174-3231-9487``,
``１３４９７４６５０７５`` (full width) or ``13139624595.0`` (a number in Excel);
ID numbers with stray spaces or a lower-case x. Duplicate checks compare the
keys made here, so 張偉 at 台塑企業 and 张伟 at 台塑企业 are the same person.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from fairdesk.base.errors import ValidationError
from fairdesk.core.guests.names import fold_text

_NOT_DIGIT = re.compile(r"\D")
_POINT_ZERO = re.compile(r"\.0$")
_FILLER = re.compile(r"[\s\-–—()（）.·/]")
MAINLAND_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value if value is not None else "")).strip()


def clean_phone(value: object) -> str:
    """The phone as stored: a mainland mobile as 11 digits, others '+' and digits or as given."""
    text = _text(value)
    if not text:
        return ""
    text = _POINT_ZERO.sub("", text)
    compact = _FILLER.sub("", text)
    digits = _NOT_DIGIT.sub("", compact)
    national = _strip_86(digits, compact.startswith(("+", "00")))
    if MAINLAND_MOBILE.match(national):
        return national
    if compact.startswith("+") and digits:
        return "+" + digits
    return compact


_PHONE = re.compile(r"^\+?\d{5,15}((转|分机|ext\.?|x|#)\d{1,6})?$", re.IGNORECASE)


def is_phone(value: object) -> bool:
    """A phone as people write them: a mainland mobile or landline (0xx-xxxxxxxx), Hong
    Kong, Macao, Taiwan or any international number (+ country code, up to 15 digits),
    with spaces, dashes, brackets and an extension (转 / ext / x) allowed. Letters, too few
    or too many digits, or an 11-digit number starting 1 that is no mobile, are not."""
    cleaned = clean_phone(value)
    if not cleaned:
        return True  # no phone given
    if not _PHONE.match(cleaned):
        return False
    national = _strip_86(_NOT_DIGIT.sub("", cleaned), cleaned.startswith("+"))
    return not (len(national) == 11 and national.startswith("1")
                and not MAINLAND_MOBILE.match(national))


def phone_check(field_name: str = "phone") -> Callable[[object, dict], None]:
    """An entity check: ``field_name`` must be empty or a phone (:func:`is_phone`).
    Raises ValidationError naming the field."""
    def check(_fair: object, values: dict) -> None:
        value = values.get(field_name)
        if value and not is_phone(value):
            raise ValidationError(field_name, f"电话：“{value}”不像电话号码（如 13812345678、"
                                  f"0591-87654321、+852 2123 4567）。",
                                  f"Phone: '{value}' is not a phone number (e.g. 13812345678, "
                                  f"0591-87654321, +852 2123 4567).")
    return check


def _strip_86(digits: str, international: bool) -> str:
    if digits.startswith("0086"):
        return digits[4:]
    if digits.startswith("86") and (international or len(digits) == 13):
        return digits[2:]
    return digits


def phone_norm(value: object) -> str:
    """Digits only, without the +86 / 0086 prefix: the key for 'same phone'."""
    if isinstance(value, str) and value.isdigit() and value.isascii() and len(value) == 11:
        return value  # a mainland mobile as stored
    digits = _NOT_DIGIT.sub("", _text(value))
    return _strip_86(digits, _text(value).startswith(("+", "00")))


def clean_id_number(value: object) -> str:
    """Upper case, no spaces: '4403 0119 9001 01123x' -> '44030119900101123X'."""
    if isinstance(value, str) and value.isascii() and value.isalnum():
        return value.upper()
    return re.sub(r"\s+", "", _text(value)).upper()


def guest_keys(name: str, organisation: str, phone: str, id_number: str) -> dict[str, str]:
    """The folded columns stored beside a guest (see migration 0010_guests_keys)."""
    return {"name_fold": fold_text(name or ""), "org_fold": fold_text(organisation or ""),
            "phone_norm": phone_norm(phone), "id_norm": clean_id_number(id_number)}
