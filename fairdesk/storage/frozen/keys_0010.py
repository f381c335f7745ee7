"""The guests' folded keys exactly as migration ``0010_guests_keys`` computed them.

A frozen copy of ``fairdesk.core.guests.keys.guest_keys`` and the name folding it used
(``fairdesk.core.guests.names.fold_text``) when that migration shipped. Never edit it:
a later change to the live rules gets a migration of its own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_NOT_DIGIT = re.compile(r"\D")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SPACES = re.compile(r"\s+")
_NO_MARKS = re.compile(r"[\x00-\x7f\u3400-\u9fff\uf900-\ufaff]*")


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value if value is not None else "")).strip()


def _strip_86(digits: str, international: bool) -> str:
    if digits.startswith("0086"):
        return digits[4:]
    if digits.startswith("86") and (international or len(digits) == 13):
        return digits[2:]
    return digits


def phone_norm(value: object) -> str:
    if isinstance(value, str) and value.isdigit() and value.isascii() and len(value) == 11:
        return value
    digits = _NOT_DIGIT.sub("", _text(value))
    return _strip_86(digits, _text(value).startswith(("+", "00")))


def clean_id_number(value: object) -> str:
    if isinstance(value, str) and value.isascii() and value.isalnum():
        return value.upper()
    return re.sub(r"\s+", "", _text(value)).upper()


def _fold_latin(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    if not _NO_MARKS.fullmatch(text):
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower()
    return " ".join(text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
                    .replace("đ", "d").replace("ł", "l").split())


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            table[ord(parts[0])] = parts[1].split()[0]
    return table


def _fold_han(text: str) -> str:
    return text.translate(_t2s_table()) if _HAN.search(text) else text


def fold_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return _SPACES.sub("", _fold_latin(_fold_han(text)))


def guest_keys(name: str, organisation: str, phone: str, id_number: str) -> list[str]:
    """name_fold, org_fold, phone_norm, id_norm, in that order."""
    return [fold_text(name or ""), fold_text(organisation or ""), phone_norm(phone),
            clean_id_number(id_number)]
