"""The programme (议程) as plain data: the fair's cover facts and each day's sessions.

Sessions of one parallel track that overlap are one :class:`Slot` with several routes,
printed side by side; every other session is a slot of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from fairdesk.core.agenda.sessions import session_links, session_rows
from fairdesk.core.badges.snapshot import fair_header
from fairdesk.core.reception.model import hhmm

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict[str, Any]
WEEKDAYS = (("星期一", "Monday"), ("星期二", "Tuesday"), ("星期三", "Wednesday"),
            ("星期四", "Thursday"), ("星期五", "Friday"), ("星期六", "Saturday"),
            ("星期日", "Sunday"))


@dataclass(frozen=True)
class Person:
    name: str
    about: str  # title and organisation
    name_en: str = ""  # the name in Latin letters, for the English programme


@dataclass(frozen=True)
class Item:
    """One session as printed, every text in both languages (English falls back to Chinese)."""

    id: str
    starts: str  # "09:00"
    ends: str
    kind: str
    title: tuple[str, str]
    venue: tuple[str, str]
    address: tuple[str, str]
    host: tuple[str, str]
    dress: tuple[str, str]
    description: tuple[str, str]
    notes: tuple[str, str]
    speakers: tuple[Person, ...] = ()
    honour: tuple[Person, ...] = ()


@dataclass
class Slot:
    starts: str
    ends: str
    items: list[Item]  # more than one: parallel routes

    @property
    def parallel(self) -> bool:
        return len(self.items) > 1


@dataclass
class Day:
    day: str  # ISO date
    slots: list[Slot] = field(default_factory=list)

    def heading(self) -> tuple[str, str]:
        d = date.fromisoformat(self.day)
        zh_w, en_w = WEEKDAYS[d.weekday()]
        return (f"{d.year}年{d.month}月{d.day}日 {zh_w}", f"{en_w}, {d.day} {d:%B} {d.year}")


@dataclass
class Programme:
    name: tuple[str, str]
    dates: str
    venue: tuple[str, str]
    city: tuple[str, str]
    organiser: tuple[str, str]
    hotline: str
    days: list[Day] = field(default_factory=list)

    def items(self) -> list[Item]:
        return [i for d in self.days for s in d.slots for i in s.items]


def _pair(row: Row, key: str) -> tuple[str, str]:
    zh = row.get(key) or ""
    return zh, row.get(f"{key}_en") or zh


def _people(links: list[Row], role: str) -> tuple[Person, ...]:
    return tuple(Person(x["name"], " ".join(p for p in (x["organisation"], x["title"]) if p),
                        x["name_latin"] or x["name"])
                 for x in links if x["role"] == role)


def item(fair: Fair, s: Row) -> Item:
    links = session_links(fair, s["id"])
    return Item(
        s["id"], hhmm(s["starts_at"]), hhmm(s["ends_at"]), s["kind"], _pair(s, "title"),
        (s["venue_name"] or "", s["venue_name_en"] or s["venue_name"] or ""),
        (s["venue_address"] or "", s["venue_address_en"] or s["venue_address"] or ""),
        _pair(s, "host"), _pair(s, "dress_code"), _pair(s, "description"), _pair(s, "notes"),
        _people(links, "speaker"), _people(links, "honour"))


def _slots(fair: Fair, sessions: list[Row]) -> list[Slot]:
    slots: list[Slot] = []
    open_tracks: dict[str, Slot] = {}
    for s in sessions:
        track = s["track"]
        slot = open_tracks.get(track) if track else None
        if slot is not None and s["starts_at"][11:16] < slot.ends:
            slot.items.append(item(fair, s))
            slot.ends = max(slot.ends, hhmm(s["ends_at"]))
            continue
        slot = Slot(hhmm(s["starts_at"]), hhmm(s["ends_at"]), [item(fair, s)])
        slots.append(slot)
        if track:
            open_tracks[track] = slot
    return slots


def programme(fair: Fair, day: str | None = None) -> Programme:
    """The whole programme (or one ``day``, ``YYYY-MM-DD``), read on the fair's thread."""
    header = fair_header(fair)
    s = fair.setting
    prog = Programme((header.name, s("fair.name_en") or header.name), header.dates,
                     (s("fair.venue") or "", s("fair.venue_en") or s("fair.venue") or ""),
                     (s("fair.city") or "", s("fair.city_en") or s("fair.city") or ""),
                     (header.organiser, s("fair.organiser_en") or header.organiser),
                     s("fair.hotline") or "")
    by_day: dict[str, list[Row]] = {}
    for row in session_rows(fair, day):
        by_day.setdefault(row["starts_at"][:10], []).append(row)
    prog.days = [Day(d, _slots(fair, rows)) for d, rows in sorted(by_day.items())]
    return prog
