"""Cell values as inviting units type them, read into the stored form of a guest's fields.

Each parser returns the clean value or raises :class:`CellProblem` with a
sentence in Chinese and English saying what is wrong with the cell.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from fairdesk.core.countries import find_country
from fairdesk.core.guests.importing.raw_table import shown
from fairdesk.core.guests.keys import (
    MAINLAND_MOBILE,
    clean_id_number,
    clean_phone,
    is_phone,
    phone_norm,
)
from fairdesk.core.guests.names import fold_text
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.timeutil import to_fair_iso
from fairdesk.core.vocab import DIETARY, GUEST_CATEGORIES, ID_TYPES

EXCEL_EPOCH = datetime(1899, 12, 30)
_HAN_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
_ID_NUMBER = re.compile(r"[0-9A-Z()\-]{5,30}")
_MAINLAND_ID = re.compile(r"\d{17}[\dX]|\d{15}")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE = re.compile(
    r"^(?:(?P<y>\d{4})\s*[年/\-.]\s*)?(?P<m>\d{1,2})\s*[月/\-.]\s*(?P<d>\d{1,2})\s*[日号]?"
    r"\s*(?:(?P<ampm>上午|早上|中午|下午|晚上|傍晚|凌晨|am|pm)?\s*(?P<h>\d{1,2})\s*"
    r"(?:[:：时点]\s*(?P<min>\d{1,2}|半)?\s*分?)?\s*(?P<ampm2>am|pm)?)?$", re.IGNORECASE)
YES = {"是", "参加", "参会", "出席", "确认", "确认参加", "确定", "yes", "y", "attending", "attend",
       "true", "1", "√", "✓", "✔", "会", "来"}
NO = {"否", "不参加", "不参会", "不出席", "不", "不来", "no", "n", "declined", "decline", "false",
      "0", "×", "✗", "x", "不能参加"}
MAYBE = {"待定", "未定", "不确定", "待确认", "未确认", "tbd", "maybe", "undecided", "?", "？", "pending",
         "tbc", "unknown", "再定"}
GENDER_WORDS = {"男": "M", "m": "M", "male": "M", "先生": "M", "mr": "M",
                "女": "F", "f": "F", "female": "F", "女士": "F", "ms": "F", "mrs": "F"}
DIETARY_WORDS = {"清真": "halal", "halal": "halal", "素食": "vegetarian", "吃素": "vegetarian",
                 "vegetarian": "vegetarian", "纯素": "vegan", "vegan": "vegan",
                 "不吃猪肉": "no_pork", "不吃牛肉": "no_beef", "海鲜过敏": "seafood_allergy",
                 "花生过敏": "nut_allergy", "坚果过敏": "nut_allergy", "糖尿病": "diabetic"}


def _cached(fn: Any) -> Any:
    """Lists repeat their values (中国, 是, 男, the same flight): parse each once.

    ``typed`` keeps 1, 1.0 and True apart. Raising calls are not cached.
    """
    return lru_cache(maxsize=16384, typed=True)(fn)


class CellProblem(Exception):
    """A cell's value is not acceptable: ``zh`` / ``en`` say why, without the row or column."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en


@_cached
def text(value: Any) -> str:
    """A cell as text: full-width letters/digits made ASCII, spaces collapsed, 12.0 -> '12'."""
    if value is None:
        return ""
    if isinstance(value, str):
        if not value.isascii():
            value = unicodedata.normalize("NFKC", value)
        return " ".join(value.split())
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return " ".join(unicodedata.normalize("NFKC", str(value)).split())


@_cached
def name(value: Any) -> str:
    """A name as written, stray spaces gone ('  廖 清鸣 ' -> '廖清鸣'); Latin spacing kept."""
    return _HAN_GAP.sub("", text(value))


def phone(value: Any) -> str:
    if isinstance(value, str) and len(value) == 11 and MAINLAND_MOBILE.match(value):
        return value
    cleaned = clean_phone(value)
    if cleaned and (len(phone_norm(cleaned)) < 5 or not is_phone(cleaned)):
        raise CellProblem(f"“{shown(value)}”不像电话号码。", f"'{shown(value)}' is not a phone number.")
    return cleaned


def id_number(value: Any) -> str:
    cleaned = clean_id_number(value)
    if cleaned and not _ID_NUMBER.fullmatch(cleaned):
        raise CellProblem(f"“{shown(value)}”不像证件号码。",
                          f"'{shown(value)}' is not an ID number.")
    return cleaned


def guess_id_type(number: str, country: str) -> str:
    """居民身份证 for 18/15-digit mainland numbers, the permit for HK/Macao/Taiwan, else passport."""
    if not number:
        return ""
    if country == "CN" and _MAINLAND_ID.fullmatch(number):
        return "id_card"
    return {"HK": "hk_macau_permit", "MO": "hk_macau_permit", "TW": "taiwan_permit"}.get(
        country, "passport")


def email(value: Any) -> str:
    cleaned = text(value).replace(" ", "")
    if cleaned and not _EMAIL.match(cleaned):
        raise CellProblem(f"“{shown(cleaned)}”不是电子邮箱地址。", f"'{shown(cleaned)}' is not an email address.")
    return cleaned


@_cached
def country(value: Any) -> str:
    raw = text(value)
    if not raw:
        return "CN"
    code = find_country(raw)
    if not code:
        raise CellProblem(f"无法识别国家或地区“{shown(raw)}”。", f"Unknown country or region '{shown(raw)}'.")
    return code


@_cached
def gender(value: Any) -> str:
    raw = fold_text(text(value)).strip(".")
    if not raw:
        return ""
    if raw not in GENDER_WORDS:
        raise CellProblem(f"性别“{shown(value)}”应为男或女。", f"Gender '{shown(value)}' should be M or F.")
    return GENDER_WORDS[raw]


@_cached
def reply(value: Any) -> InvitationState | None:
    """Attending / declined / undecided from 是/否/待定, Yes/No/TBD; None when empty."""
    raw = fold_text(text(value))
    if not raw:
        return None
    for words, state in ((YES, InvitationState.ATTENDING), (NO, InvitationState.DECLINED),
                         (MAYBE, InvitationState.UNDECIDED)):
        if raw in words:
            return state
    raise CellProblem(f"“{shown(value)}”应为 是、否 或 待定。",
                      f"'{shown(value)}' should be Yes, No or TBD.")


def _vocab_code(vocab: dict[str, tuple[str, str]], value: Any, what_zh: str,
                what_en: str) -> str:
    raw = fold_text(text(value))
    for code, (zh, en) in vocab.items():
        if raw in (code, fold_text(zh), fold_text(en)):
            return code
    choices_zh = "、".join(zh for zh, _en in vocab.values())
    choices_en = ", ".join(en for _zh, en in vocab.values())
    raise CellProblem(f"{what_zh}“{shown(value)}”不在列表中（{choices_zh}）。",
                      f"{what_en} '{shown(value)}' is not one of: {choices_en}.")


@_cached
def category(value: Any, default: str) -> str:
    if not text(value):
        return default
    return _vocab_code(GUEST_CATEGORIES, value, "类别", "Category")


@_cached
def id_type(value: Any) -> str:
    if not text(value):
        return ""
    raw = fold_text(text(value))
    if raw in ("身份证", "id", "idcard"):
        return "id_card"
    return _vocab_code(ID_TYPES, value, "证件类型", "ID type")


@_cached
def dietary(value: Any, notes: str = "") -> str:
    """The dietary column as written, or the dietary words found in the notes (清真, 素食...)."""
    written = text(value)
    if written or not notes:
        return written
    lower = notes.lower()
    found = [word for word in DIETARY_WORDS if word in lower]
    return "，".join(dict.fromkeys(DIETARY[DIETARY_WORDS[w]][0] for w in found))


@_cached
def datetime_value(value: Any, year: int, tz: ZoneInfo) -> str | None:
    """A date-time in the fair's zone as stored (ISO with offset), or None when empty.

    Takes Excel dates (datetime or a serial number) and text such as
    2026年5月18日 10:30, 5月18日10点, 下午3点, 2026/05/18, 2026-05-18; a missing
    year is the fair's year, a missing time is midnight; a time written with a UTC
    offset (2026-05-18T01:00:00+00:00) is that moment in the fair's zone.
    """
    moment = _moment(value, year)
    return None if moment is None else to_fair_iso(moment, tz)


def _moment(value: Any, year: int) -> datetime | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):  # one with an offset is moved into the fair's zone
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, time):
        raise CellProblem(f"“{shown(value)}”只有时间，没有日期。", f"'{shown(value)}' is a time without a date.")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 < value < 80000:
            return EXCEL_EPOCH + timedelta(days=float(value))
        raise _bad_date(value)
    return _parse_text_moment(text(value), year)


def _parse_text_moment(raw: str, year: int) -> datetime:
    iso = raw.replace("T", " ")
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    m = _DATE.match(raw)
    if not m:
        raise _bad_date(raw)
    hour = int(m["h"] or 0)
    minute = 30 if m["min"] == "半" else int(m["min"] or 0)
    ampm = (m["ampm"] or m["ampm2"] or "").lower()
    if ampm in ("下午", "晚上", "傍晚", "pm") and hour < 12:
        hour += 12
    elif ampm == "中午" and hour < 6:
        hour += 12
    try:
        return datetime(int(m["y"] or year), int(m["m"]), int(m["d"]), hour, minute)
    except ValueError:
        raise _bad_date(raw) from None


def _bad_date(raw: Any) -> CellProblem:
    return CellProblem(f"“{shown(raw)}”不是日期或时间（如 2026年5月18日 10:30 或 2026-05-18）。",
                       f"'{shown(raw)}' is not a date or time (e.g. 2026-05-18 10:30).")
