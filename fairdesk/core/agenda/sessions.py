"""Who is at which session: the one rule every view of the agenda uses.

A guest is expected at a session when linked to it (assigned to a route, a speaker, a
guest of honour), or, for a session outside a parallel track, when the session admits
the guest's category and the guest is attending and in town then (arrival before the
end, departure after the start; an unknown time counts as there). A session in a
parallel track (the site-visit routes) expects only the guests assigned to it: a guest
rides one route, not all three.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import language
from fairdesk.core.reception.model import ATTENDING

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict[str, Any]

SESSION_SQL = ("SELECT s.*, v.name AS venue_name, v.name_en AS venue_name_en,"
               " v.address AS venue_address, v.address_en AS venue_address_en,"
               " v.capacity AS venue_capacity FROM agenda_sessions s"
               " LEFT JOIN venues v ON v.id = s.venue_id")
GUEST_COLS = ("id, name, name_latin, category, state, language, organisation, title,"
              " inviting_unit_id, arrival_at, departure_at")
_STATES = tuple(str(s) for s in ATTENDING)


def admitted(session: Row) -> list[str]:
    """The categories a session admits; empty means everyone (or an unreadable list)."""
    try:
        listed = json.loads(session.get("admitted_categories") or "[]")
    except ValueError:
        return []
    return listed if isinstance(listed, list) else []


_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_NUMBER = re.compile(r"[0-9]+|[零一二三四五六七八九十]+")


def _value(run: str) -> int:
    if run.isascii():
        return int(run)
    if "十" in run:
        tens, _, ones = run.partition("十")
        return _value(tens or "一") * 10 + (_value(ones) if ones else 0)
    return int("".join(str(_NUMERALS[c]) for c in run))


def title_key(title: str) -> tuple:
    """Sort key reading the numbers in a title, Arabic or Chinese: 线路一 < 线路二 < 线路三
    < 线路十一 (a plain sort gives 一, 三, 二), route 2 < route 10."""
    parts: list = []
    pos = 0
    for m in _NUMBER.finditer(title):
        parts += [(1, 0, title[pos:m.start()]), (0, _value(m.group()), "")]
        pos = m.end()
    parts.append((1, 0, title[pos:]))
    return tuple(parts)


def session_order(s: Row) -> tuple:
    return s["starts_at"], s.get("track") or "", title_key(s["title"])


def session_rows(fair: Fair, day: str | None = None) -> list[Row]:
    """Every session (of ``day``, fair-local ``YYYY-MM-DD``) with its venue, by start (then
    track, then title read with its numbers: route one, two, three)."""
    where, params = ("WHERE substr(s.starts_at, 1, 10) = ?", [day]) if day else ("", [])
    return sorted(fair.rows(f"{SESSION_SQL} {where}", params), key=session_order)


def capacity(session: Row) -> int:
    """The session's own limit, else its venue's; 0 when neither is known."""
    return int(session.get("capacity") or session.get("venue_capacity") or 0)


def in_town(guest: Row, session: Row) -> bool:
    arrives, leaves = guest.get("arrival_at"), guest.get("departure_at")
    return (not arrives or arrives < session["ends_at"]) and (
        not leaves or leaves > session["starts_at"])


def by_category(session: Row, guest: Row, allowed: list[str] | None = None) -> bool:
    """Whether the session expects ``guest`` without a link (not a track, category admitted,
    attending, in town). ``allowed`` saves reading the session's categories again."""
    if session.get("track"):
        return False
    allowed = admitted(session) if allowed is None else allowed
    return ((not allowed or guest["category"] in allowed) and guest["state"] in _STATES
            and in_town(guest, session))


def guest_sessions(fair: Fair, guest: Row, sessions: list[Row] | None = None,
                   links: dict[str, str] | None = None) -> list[Row]:
    """The sessions ``guest`` is expected at, by start, each with ``role`` ("" when admitted
    by category). ``sessions`` and ``links`` (session id -> role) save the queries when a
    caller prints many guests."""
    sessions = session_rows(fair) if sessions is None else sessions
    if links is None:
        links = {r["session_id"]: r["role"] for r in fair.rows(
            "SELECT session_id, role FROM session_guests WHERE guest_id = ?", [guest["id"]])}
    out = [{**s, "role": links[s["id"]]} if s["id"] in links else {**s, "role": ""}
           for s in sessions if s["id"] in links or by_category(s, guest)]
    out.sort(key=session_order)
    return out


@dataclass
class Expected:
    """Who each session expects and who signed in, from one read of guests and links."""

    sessions: list[Row]
    guests: dict[str, Row]
    expected: dict[str, list[str]] = field(default_factory=dict)  # session id -> guest ids
    signed: dict[str, set[str]] = field(default_factory=dict)
    roles: dict[tuple[str, str], str] = field(default_factory=dict)  # (session, guest) -> role

    def count(self, session_id: str) -> int:
        return len(self.expected.get(session_id, []))

    def came(self, session_id: str) -> int:
        """Expected guests who signed in (a walk-in who signed in counts as signed, not here)."""
        signed = self.signed.get(session_id, set())
        return sum(1 for g in self.expected.get(session_id, []) if g in signed)

    def missing(self, session_id: str) -> list[str]:
        """Expected guests who have not signed in (by name)."""
        signed = self.signed.get(session_id, set())
        ids = [g for g in self.expected.get(session_id, []) if g not in signed]
        return sorted(ids, key=lambda g: self.guests[g]["name"])


def expected(fair: Fair, session_ids: list[str] | None = None) -> Expected:
    """Expected and signed-in guests of every session (or of ``session_ids``)."""
    sessions = [s for s in session_rows(fair) if session_ids is None or s["id"] in session_ids]
    cols = ", ".join(f"g.{c.strip()}" for c in GUEST_COLS.split(","))
    # the unit's English name in English, when it has one
    unit = "coalesce(nullif(u.name_en, ''), u.name)" if language() == "en" else "u.name"
    guests = {g["id"]: g for g in fair.rows(
        f"SELECT {cols}, {unit} AS unit FROM guests g"
        " LEFT JOIN inviting_units u ON u.id = g.inviting_unit_id")}
    links: dict[str, dict[str, str]] = defaultdict(dict)
    for session_id, guest_id, role in fair.db.execute(  # plain tuples: thousands of rows
            "SELECT session_id, guest_id, role FROM session_guests").fetchall():
        links[session_id][guest_id] = role
    out = Expected(sessions, guests)
    # attending guests as plain tuples, an unknown arrival or departure as always in town:
    # the page opens with this loop (sessions x guests), so it compares strings only
    attending = [(g["id"], g["category"], g["arrival_at"] or "", g["departure_at"] or "\uffff")
                 for g in guests.values() if g["state"] in _STATES]
    for s in sessions:
        own = links.get(s["id"], {})
        ids = dict.fromkeys(own)
        if not s["track"]:
            allowed = set(admitted(s)) or {g[1] for g in attending}
            starts, ends = s["starts_at"], s["ends_at"]
            ids.update(dict.fromkeys(
                gid for gid, cat, came, left in attending
                if came < ends and left > starts and cat in allowed and gid not in own))
        out.expected[s["id"]] = list(ids)
        out.roles.update({(s["id"], g): role for g, role in own.items()})
    signed: dict[str, set[str]] = defaultdict(set)
    for session_id, guest_id in fair.db.execute(
            "SELECT session_id, guest_id FROM attendance").fetchall():
        signed[session_id].add(guest_id)
    out.signed = dict(signed)
    return out


def session_links(fair: Fair, session_id: str) -> list[Row]:
    """The guests linked to a session (route, speakers, guests of honour), by role and name."""
    return fair.rows(
        "SELECT l.id, l.role, l.guest_id, g.name, g.name_latin, g.organisation, g.title,"
        " g.category FROM session_guests l JOIN guests g ON g.id = l.guest_id"
        " WHERE l.session_id = ? ORDER BY l.role DESC, g.name", [session_id])
