"""The agenda's clashes, as roster :class:`Conflict`s, found by the roster's own rules.

- a venue holding two sessions at once (error);
- a guest linked to two sessions at once: a route and a speech, two routes (error);
- more guests expected than the session or its venue holds (warning);
- an escort or a car a session needs is needed elsewhere then: the roster's
  ``escort_double_booked`` / ``vehicle_double_booked`` / ``driver_double_booked`` over the
  escorts assigned to the session and the trips serving it, reported against the session.

:func:`session_conflicts` finds every one; the ``conflicts_for_*`` functions return only
the clashes a proposed write would add (the service refuses those that are errors).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import Text
from fairdesk.core.agenda.sessions import Expected, capacity, expected
from fairdesk.core.reception.conflicts import added
from fairdesk.core.reception.model import Conflict, hhmm, minutes, mmdd_hhmm
from fairdesk.core.reception.transport import load_transport, overlapping, transport_conflicts

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict[str, Any]
NEW = "__new__"
AGENDA_KINDS = ("venue_double_booked", "guest_double_session", "session_over_capacity",
                "session_escort_elsewhere", "session_car_elsewhere")
_ROSTER_KINDS = {"escort_double_booked": "session_escort_elsewhere",
                 "vehicle_double_booked": "session_car_elsewhere",
                 "driver_double_booked": "session_car_elsewhere"}


def _words(s: Row) -> Text:
    span = f"{mmdd_hhmm(s['starts_at'])}–{hhmm(s['ends_at'])}"
    return Text(f"{span}“{s['title']}”", f"{span} '{s.get('title_en') or s['title']}'")


def _items(sessions: Iterable[Row]) -> list[tuple[int, int, Row]]:
    return [(minutes(s["starts_at"]), minutes(s["ends_at"]), s) for s in sessions]


def venue_clashes(sessions: list[Row], venues: dict[str, str]) -> list[Conflict]:
    """Two sessions at one venue at once (``venues``: id -> name)."""
    by_venue: dict[str, list[Row]] = defaultdict(list)
    for s in sessions:
        if s.get("venue_id"):
            by_venue[s["venue_id"]].append(s)
    out = []
    for venue_id, rows in by_venue.items():
        name = venues.get(venue_id, "?")
        for a, b in overlapping(_items(rows)):
            wa, wb = _words(a), _words(b)
            out.append(Conflict("venue_double_booked", "agenda_sessions", (b["id"], a["id"]),
                                Text(f"{name}同时安排了两场议程：{wa.zh}与{wb.zh}。",
                                     f"{name} holds two sessions at once: {wa.en} and {wb.en}.")))
    return out


def guest_clashes(sessions: dict[str, Row], links: list[Row],
                  names: dict[str, str]) -> list[Conflict]:
    """A guest linked to two sessions that overlap (``links``: session_id, guest_id, id)."""
    by_guest: dict[str, list[tuple[int, int, tuple[Row, Row]]]] = defaultdict(list)
    for link in links:
        s = sessions.get(link["session_id"])
        if s is not None:
            by_guest[link["guest_id"]].append(
                (minutes(s["starts_at"]), minutes(s["ends_at"]), (s, link)))
    out = []
    for guest_id, items in by_guest.items():
        for (sa, la), (sb, lb) in overlapping(items):
            name = names.get(guest_id, "?")
            wa, wb = _words(sa), _words(sb)
            out.append(Conflict("guest_double_session", "agenda_sessions",
                                (sb["id"], sa["id"], lb["id"], la["id"]),
                                Text(f"{name}同时排在两场议程：{wa.zh}与{wb.zh}。",
                                     f"{name} is due at two sessions at once: {wa.en} and "
                                     f"{wb.en}.")))
    return out


def capacity_warnings(sessions: list[Row], counts: dict[str, int]) -> list[Conflict]:
    out = []
    for s in sessions:
        limit, n = capacity(s), counts.get(s["id"], 0)
        if limit and n > limit:
            where = s.get("venue_name") or "会场"
            out.append(Conflict("session_over_capacity", "agenda_sessions", (s["id"],), Text(
                f"“{s['title']}”预计 {n} 人，超过{where}容纳的 {limit} 人。",
                f"'{s.get('title_en') or s['title']}' expects {n} guests, more than the "
                f"{limit} {s.get('venue_name_en') or s.get('venue_name') or 'the venue'} "
                "holds."), "warning"))
    return out


# --- escorts and cars: the roster's rules, reported against the session ---------------------
def _roster(fair: Fair, session_ids: set[str] | None = None,
            moved: Row | None = None) -> list[Conflict]:
    """Roster clashes of the escorts and cars sessions need (with ``moved`` laid over the
    session it changes: its escorts' windows follow it)."""
    where = "" if session_ids is None else \
        f" AND session_id IN ({', '.join('?' * len(session_ids))})"
    params = [] if session_ids is None else sorted(session_ids)
    assignments = fair.rows("SELECT id, escort_id, session_id FROM escort_assignments"
                            f" WHERE session_id IS NOT NULL{where}", params)
    trips = fair.rows("SELECT id, vehicle_id, driver_id, session_id FROM trips"
                      f" WHERE session_id IS NOT NULL{where}", params)
    if not assignments and not trips:
        return []
    owner = {a["id"]: a["session_id"] for a in assignments}
    owner.update({t["id"]: t["session_id"] for t in trips})
    data = load_transport(fair, escort_ids={a["escort_id"] for a in assignments},
                          vehicle_ids={t["vehicle_id"] for t in trips if t["vehicle_id"]},
                          driver_ids={t["driver_id"] for t in trips if t["driver_id"]},
                          trip_ids=[t["id"] for t in trips], riders=False)
    if moved is not None:
        for a in data.assignments:
            if a["session_id"] == moved["id"] and a["id"] in owner:
                own = fair.get("escort_assignments", a["id"])
                a["starts_at"] = own["starts_at"] or moved["starts_at"]
                a["ends_at"] = own["ends_at"] or moved["ends_at"]
                a["session_title"] = moved["title"]
    return _as_session(transport_conflicts(data), owner)


def _as_session(found: list[Conflict], owner: dict[str, str]) -> list[Conflict]:
    out = []
    for c in found:
        kind = _ROSTER_KINDS.get(c.kind)
        sessions = list(dict.fromkeys(owner[r] for r in c.record_ids if r in owner))
        if kind and sessions:
            out.append(Conflict(kind, "agenda_sessions", (*sessions, *c.record_ids), c.message,
                                c.severity))
    return out


# --- all, or what one write adds ------------------------------------------------------------
def _names(fair: Fair, ids: Iterable[str]) -> dict[str, str]:
    return {r["id"]: r["name"] for r in fair.rows_in(
        "SELECT id, name FROM guests WHERE id IN (?...)", list(set(ids)))}


def _venues(fair: Fair) -> dict[str, str]:
    return {r["id"]: r["name"] for r in fair.rows("SELECT id, name FROM venues")}


def session_conflicts(fair: Fair, exp: Expected | None = None) -> list[Conflict]:
    """Every clash of the agenda, errors first, then by kind (``exp``, who each session
    expects, saves reading it again)."""
    exp = exp or expected(fair)
    sessions = exp.sessions
    links = fair.rows("SELECT id, session_id, guest_id FROM session_guests")
    out = venue_clashes(sessions, _venues(fair))
    out += guest_clashes({s["id"]: s for s in sessions}, links,
                         {g: r["name"] for g, r in exp.guests.items()})
    out += capacity_warnings(sessions, {s["id"]: exp.count(s["id"]) for s in sessions})
    out += _roster(fair)
    order = {k: i for i, k in enumerate(AGENDA_KINDS)}
    out.sort(key=lambda c: (c.severity != "error", order.get(c.kind, 9), str(c.message)))
    return out


def conflicts_for_session(fair: Fair, values: Row, session_id: str | None = None
                          ) -> list[Conflict]:
    """Clashes a session with ``values`` (a new one, or ``session_id`` changed) would add."""
    current = fair.get("agenda_sessions", session_id) if session_id else {}
    sid = session_id or values.get("id") or NEW
    proposed = {**current, **values, "id": sid}
    sessions = [s for s in fair.rows("SELECT * FROM agenda_sessions") if s["id"] != sid]
    links = fair.rows("SELECT id, session_id, guest_id FROM session_guests"
                      " WHERE guest_id IN (SELECT guest_id FROM session_guests"
                      " WHERE session_id = ?)", [sid])
    names = _names(fair, [x["guest_id"] for x in links])
    venues = _venues(fair)

    def rules(rows: list[Row]) -> list[Conflict]:
        by_id = {s["id"]: s for s in rows}
        return venue_clashes(rows, venues) + guest_clashes(by_id, links, names)

    before = rules(sessions + ([current] if current else []))
    after = rules([*sessions, proposed])
    out = added(before, after, sid)
    if current and (proposed["starts_at"], proposed["ends_at"]) != (
            current["starts_at"], current["ends_at"]):
        out += added(_roster(fair, {sid}), _roster(fair, {sid}, moved=proposed), sid)
    return out


def conflicts_for_links(fair: Fair, session_id: str, guest_ids: list[str],
                        link_id: str | None = None) -> list[Conflict]:
    """Clashes linking these guests to ``session_id`` would add (another session at once)."""
    if not guest_ids:
        return []
    session = fair.get("agenda_sessions", session_id)
    links = [x for x in fair.rows_in(
        "SELECT id, session_id, guest_id FROM session_guests WHERE guest_id IN (?...)",
        guest_ids) if x["id"] != link_id]
    sessions = {s["id"]: s for s in fair.rows_in(
        "SELECT * FROM agenda_sessions WHERE id IN (?...)",
        list({x["session_id"] for x in links} | {session_id}))}
    names = _names(fair, guest_ids)
    before = guest_clashes(sessions, links, names)
    new = [{"id": f"{NEW}{i}", "session_id": session["id"], "guest_id": g}
           for i, g in enumerate(guest_ids)]
    return added(before, guest_clashes(sessions, links + new, names), *(n["id"] for n in new))


def conflicts_for_link(fair: Fair, link: Row, link_id: str | None = None) -> list[Conflict]:
    """Clashes one link (session_id, guest_id) would add."""
    return conflicts_for_links(fair, link["session_id"], [link["guest_id"]], link_id)
