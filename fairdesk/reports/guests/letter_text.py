"""The words of an invitation letter, in Chinese and English, from plain data.

Pure functions: the salutation, the fair's dates as a phrase, the body
paragraphs. :mod:`fairdesk.reports.guests.letters` lays them out on the page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from fairdesk.core.guests.names import has_han, latin_name

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
HONORIFICS_ZH = {"M": "先生", "F": "女士"}
HONORIFICS_EN = {"M": "Mr", "F": "Ms"}


@dataclass(frozen=True)
class LetterData:
    """Everything one letter prints: a snapshot, safe to hand to a worker thread."""

    guest_id: str
    ref_code: str
    language: str  # "zh" | "en"
    name: str
    gender: str = ""
    honorific: str = ""
    name_roman: str = ""  # the name's own romanisation, when given
    organisation: str = ""
    title: str = ""
    fair_name: str = ""
    fair_name_en: str = ""
    organiser: str = ""
    organiser_en: str = ""
    city: str = ""
    city_en: str = ""
    venue: str = ""
    venue_en: str = ""
    starts_on: str = ""  # ISO date
    ends_on: str = ""
    letter_date: str = ""  # ISO date printed under the signature
    reply_by: str = ""  # ISO date the reply slip is due
    unit_name: str = ""  # inviting unit, where the reply goes back
    unit_contact: str = ""
    unit_phone: str = ""

    @property
    def english(self) -> bool:
        return self.language == "en"


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def date_zh(iso: str) -> str:
    d = _day(iso)
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def date_en(iso: str) -> str:
    d = _day(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if d else ""


def span_zh(start: str, end: str) -> str:
    """'2026年5月18日至20日' (same month), '2026年5月30日至6月1日' otherwise."""
    a, b = _day(start), _day(end)
    if not a:
        return ""
    if not b or b == a:
        return date_zh(start)
    if (a.year, a.month) == (b.year, b.month):
        return f"{date_zh(start)}至{b.day}日"
    if a.year == b.year:
        return f"{date_zh(start)}至{b.month}月{b.day}日"
    return f"{date_zh(start)}至{date_zh(end)}"


def span_en(start: str, end: str) -> str:
    """'18–20 May 2026', '30 May – 1 June 2026'."""
    a, b = _day(start), _day(end)
    if not a:
        return ""
    if not b or b == a:
        return date_en(start)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {MONTHS[b.month - 1]} {b.year}"
    if a.year == b.year:
        return f"{a.day} {MONTHS[a.month - 1]} – {b.day} {MONTHS[b.month - 1]} {b.year}"
    return f"{date_en(start)} – {date_en(end)}"


# Honorifics a name may already begin with ("Sir Christopher Montgomery"): none is added then.
_NAME_HONORIFICS = ("Sir", "Dame", "Lord", "Lady", "Dr", "Dr.", "Prof", "Prof.", "Professor",
                    "H.E.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx")
# the guest's honorific field, in either language, as each letter says it
_HONORIFIC_EN = {"先生": "Mr", "女士": "Ms", "小姐": "Ms", "夫人": "Mrs", "博士": "Dr",
                 "教授": "Professor", "Mr.": "Mr", "Mrs.": "Mrs", "Ms.": "Ms", "Dr.": "Dr",
                 "Prof.": "Professor", "Prof": "Professor", "Miss": "Ms"}
_HONORIFIC_ZH = {"mr": "先生", "mrs": "夫人", "ms": "女士", "miss": "女士", "dr": "博士",
                 "prof": "教授", "professor": "教授", "sir": "先生", "dame": "女士"}
# a title that is how one is addressed: "教授" -> 王教授, "Professor of Economics" -> Professor
_TITLE_ZH = ("部长", "大使", "总领事", "省长", "市长", "县长", "区长", "厅长", "局长", "书记",
             "主席", "董事长", "总裁", "总经理", "行长", "院长", "校长", "主任", "处长", "教授",
             "博士")
_EAST_ASIAN = re.compile("[\u3040-\u30ff\u1100-\u11ff\uac00-\ud7af]")  # kana, hangul
_PARTICLES = frozenset("al el bin bint ibn van von der den de da di du la le del dos das".split())
_TITLE_EN = (("professor", "Professor"), ("ambassador", "Ambassador"), ("dr.", "Dr"),
             ("doctor", "Dr"))


def _surname_zh(name: str) -> str:
    """The family name of a Chinese name (欧阳娜娜 -> 欧阳, 王伟 -> 王); a minority or foreign
    name written in Chinese (阿卜杜热西提·艾合买提江) has none to take apart: ""."""
    from fairdesk.core.guests.names import COMPOUND_SURNAMES

    name = name.strip()
    if not name or "·" in name or " " in name or not all(has_han(c) for c in name) \
            or len(name) > 4:
        return ""
    return name[:2] if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else name[0]


def _latin(letter: LetterData) -> str:
    """The name as an English letter writes it: its own romanisation, else the name (a
    Chinese name in pinyin, surname first)."""
    if letter.name_roman.strip():
        return letter.name_roman.strip()
    return latin_name(letter.name) if has_han(letter.name) else letter.name.strip()


def _surname_en(name: str, chinese: bool = False) -> str:
    """The family name an English salutation uses: Zhang Wei (from 张伟) -> Zhang, Hans
    Müller -> Müller; a name in another script (محمد بن سلمان) is said whole, its order being
    its own."""
    words = name.split()
    if not words:
        return ""
    if chinese:
        return words[0]
    if not all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha()):
        return name.strip()
    start = len(words) - 1  # "Khalid Al Falasi" -> Al Falasi, "Jan van der Berg" -> van der Berg
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def _title_word(title: str, words: tuple) -> str:
    low = (title or "").lower()
    for word in words:
        key, said = word if isinstance(word, tuple) else (word, word)
        if key in low:
            return said
    return ""


def salutation(letter: LetterData) -> str:
    """How the letter greets the guest, by their honorific, title and gender, in the letter's
    language: 'Dear Mr Müller,' / 'Dear Sir Christopher,' / 'Dear Professor Zhang,' /
    '尊敬的王先生：' / '尊敬的王局长：'. A name that already begins with an honorific keeps it
    and gets no second one; with no usable honorific the whole name, never "Dear Mr ,"."""
    return _salutation_en(letter) if letter.english else _salutation_zh(letter)


def _salutation_en(letter: LetterData) -> str:
    name = _latin(letter)
    words = name.split()
    if not words:
        return "Dear Sir or Madam,"
    if len(words) > 1 and words[0] in _NAME_HONORIFICS:
        if words[0] in ("Sir", "Dame"):  # Sir and Dame go with the given name
            return f"Dear {words[0]} {words[1]},"
        return f"Dear {words[0].rstrip('.')} {_surname_en(' '.join(words[1:]))},"
    # a name written in Chinese, kana or hangul is romanised family name first
    chinese = has_han(letter.name) or bool(_EAST_ASIAN.search(letter.name))
    given = letter.honorific.strip()
    word = (_HONORIFIC_EN.get(given, given if given.isascii() else "")
            or _title_word(letter.title, _TITLE_EN) or HONORIFICS_EN.get(letter.gender, ""))
    if word in ("Sir", "Dame"):
        return f"Dear {word} {words[0]},"
    surname = _surname_en(name, chinese)
    return f"Dear {word} {surname}," if word and surname else f"Dear {name},"


def _salutation_zh(letter: LetterData) -> str:
    name = letter.name.strip()
    if not name:
        return "尊敬的嘉宾："
    given = letter.honorific.strip()
    word = (_HONORIFIC_ZH.get(given.lower().rstrip("."), "" if given.isascii() else given)
            or _title_word(letter.title, _TITLE_ZH) or HONORIFICS_ZH.get(letter.gender, ""))
    surname = _surname_zh(name)
    if not word:
        return f"尊敬的{name}：" if has_han(name) else f"尊敬的 {name}："
    if surname:
        return f"尊敬的{surname}{word}："
    return f"尊敬的{name}{word}：" if has_han(name) else f"尊敬的 {name} {word}："


def fair_title(letter: LetterData) -> str:
    if letter.english:
        return letter.fair_name_en or letter.fair_name
    return letter.fair_name


def organiser(letter: LetterData) -> str:
    if letter.english:
        return letter.organiser_en or letter.organiser
    return letter.organiser


def _where_zh(letter: LetterData) -> str:
    return "".join(x for x in (letter.city, letter.venue) if x)


def _where_en(letter: LetterData) -> str:
    return ", ".join(x for x in (letter.venue_en or letter.venue, letter.city_en or letter.city)
                     if x)


def body(letter: LetterData) -> list[str]:
    """The body paragraphs, as ReportLab paragraph markup (escaped)."""
    e = escape
    if letter.english:
        when, where = span_en(letter.starts_on, letter.ends_on), _where_en(letter)
        fair = f"<b>{e(fair_title(letter))}</b>"
        held = " will be held" + (f" from {e(when)}" if when else "") + (
            f" at {e(where)}" if where else "") + "."
        return [
            "On behalf of the Organising Committee, it is our great honour to invite you to "
            f"the {fair}, which{held}",
            "The fair brings together investors, enterprises and guests from many countries "
            "and regions to explore cooperation in industry, trade, technology and culture. "
            "Your presence and insight would add greatly to its success, and we would be "
            "delighted to welcome you in person.",
            "We kindly ask you to complete the reply slip below and return it"
            + (f" by <b>{e(date_en(letter.reply_by))}</b>" if letter.reply_by else "")
            + ", so that we may arrange your reception, accommodation and transport.",
            "We look forward to meeting you.",
        ]
    when, where = span_zh(letter.starts_on, letter.ends_on), _where_zh(letter)
    fair = f"<b>{e(fair_title(letter))}</b>"
    held = (f"定于{e(when)}" if when else "") + (f"在{e(where)}" if where else "") + "隆重举办"
    return [
        f"{fair}{held}。谨代表组委会，诚挚邀请您拨冗莅临。",
        "本届投洽会广邀海内外客商与各界嘉宾，共话合作、共谋发展，涵盖产业合作、经贸交流、"
        "科技创新与文化旅游等领域。您的光临与真知灼见，必将为大会增添光彩。",
        "敬请填写下方回执"
        + (f"，并于<b>{e(date_zh(letter.reply_by))}</b>前" if letter.reply_by else "，")
        + "交回邀请单位，以便我们妥善安排接待、食宿与交通。",
        "恭候您的光临！",
    ]
