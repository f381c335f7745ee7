"""What the agenda page shows: sessions by venue for the timeline, the list with search,
attendance per session and who is missing. Plain rows, read on the fair's thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from fairdesk.base.i18n import t
from fairdesk.core.agenda.sessions import Expected, capacity, expected, session_rows
from fairdesk.core.reception.model import hhmm
from fairdesk.core.timeutil import fair_now_iso
from fairdesk.core.vocab import GUEST_CATEGORIES, SESSION_KINDS, label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


class SessionRow(TypedDict):
    id: str
    day: str
    starts_at: str
    ends_at: str
    time: str
    title: str
    kind: str
    kind_label: str
    venue_id: str
    venue: str
    track: str
    host: str
    capacity: int
    expected: int
    signed: int
    no_shows: int | None  # None before the session begins or when no sign-in was taken


class GuestRow(TypedDict):
    id: str
    name: str
    unit: str
    organisation: str
    category: str


def days(fair: Fair) -> list[str]:
    return fair.agenda.days()


def _matches(row: SessionRow, words: list[str], extra: str) -> bool:
    hay = " ".join((row["title"], row["venue"], row["host"], row["kind_label"], extra)).lower()
    return all(w in hay for w in words)


def session_list(fair: Fair, day: str | None = None, text: str = "",
                 exp: Expected | None = None) -> list[SessionRow]:
    """Sessions of ``day`` (or all) matching every word of ``text`` (either language)."""
    exp = exp or expected(fair)
    now = fair_now_iso(fair.tz)
    words = text.lower().split()
    out: list[SessionRow] = []
    for s in exp.sessions:
        if day and s["starts_at"][:10] != day:
            continue
        n, signed = exp.count(s["id"]), len(exp.signed.get(s["id"], ()))
        row: SessionRow = {
            "id": s["id"], "day": s["starts_at"][:10], "starts_at": s["starts_at"],
            "ends_at": s["ends_at"], "time": f"{hhmm(s['starts_at'])}–{hhmm(s['ends_at'])}",
            "title": t(s["title"], s["title_en"] or s["title"]), "kind": s["kind"],
            "kind_label": label(SESSION_KINDS, s["kind"]), "venue_id": s["venue_id"] or "",
            "venue": t(s["venue_name"] or "", s["venue_name_en"] or s["venue_name"] or ""),
            "track": s["track"], "host": t(s["host"], s["host_en"] or s["host"]),
            "capacity": capacity(s), "expected": n, "signed": signed,
            "no_shows": n - exp.came(s["id"]) if s["starts_at"] <= now and signed else None}
        if not words or _matches(row, words, f"{s['title']} {s['title_en']} {s['notes']}"):
            out.append(row)
    return out


def missing_guests(fair: Fair, session_id: str, exp: Expected | None = None) -> list[GuestRow]:
    """Expected at the session and not signed in, by name."""
    exp = exp or expected(fair, [session_id])
    return [{"id": g, "name": exp.guests[g]["name"], "unit": exp.guests[g]["unit"] or "",
             "organisation": exp.guests[g]["organisation"],
             "category": label(GUEST_CATEGORIES, exp.guests[g]["category"])}
            for g in exp.missing(session_id)]


def venue_lanes(fair: Fair) -> list[dict]:
    """The venues (id, name, capacity) in name order, for the timeline's rows."""
    return [{"id": v["id"], "name": t(v["name"], v["name_en"] or v["name"]),
             "capacity": v["capacity"]} for v in fair.agenda.list("venues")]


def day_sessions(fair: Fair, day: str) -> list[dict]:
    """The raw sessions of a day (for the timeline's bars)."""
    return session_rows(fair, day)
