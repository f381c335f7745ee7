"""The words of an invitation letter, in Chinese and English, from plain data.

Pure functions: the salutation, the fair's dates as a phrase, the body
paragraphs. :mod:`fairdesk.reports.guests.letters` lays them out on the page.
"""

from __future__ import annotations

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


def _surname_en(name: str) -> str:
    """The family name an English salutation uses: 张伟 -> Zhang, Hans Müller -> Müller;
    a name in another script (محمد بن سلمان) is said whole, its order being its own."""
    if has_han(name):
        return latin_name(name).split(" ")[0]
    if not all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha()):
        return name.strip()
    return name.split()[-1] if name.split() else name


def salutation(letter: LetterData) -> str:
    """'尊敬的 张伟 先生：' / 'Dear Mr Müller,' / 'Dear Sir Christopher,' / 'Dear Dr Zhang,':
    the honorific (else by gender) and the family name; a name that already begins with an
    honorific keeps it and gets no second one; with neither, the whole name."""
    if letter.english:
        words = letter.name.split()
        if len(words) > 1 and words[0] in _NAME_HONORIFICS:
            if words[0] in ("Sir", "Dame"):  # Sir and Dame go with the given name
                return f"Dear {words[0]} {words[1]},"
            return f"Dear {words[0]} {_surname_en(' '.join(words[1:]))},"
        word = letter.honorific or HONORIFICS_EN.get(letter.gender, "")
        if word in ("Sir", "Dame") and words:
            return f"Dear {word} {words[0]},"
        return f"Dear {word} {_surname_en(letter.name)}," if word and letter.name.strip() \
            else f"Dear {letter.name.strip() or 'Sir or Madam'},"
    word = letter.honorific or HONORIFICS_ZH.get(letter.gender, "")
    return f"尊敬的 {letter.name} {word}：" if word else f"尊敬的 {letter.name}："


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
