"""One guest's whole reception chain: stay (and who shares the room), trips, escort, meals,
and the agenda sessions the guest is expected at.

The single source for every place that shows a guest's arrangements: the guest's
details, the arrivals board's side panel, the check-in desk card and the badge back
(:mod:`fairdesk.core.badges.desk_card` takes its hotel, car and escort from here).

Which link the desk shows when there are several:

- stay: the guest's own first stay (by check-in date);
- trip: the next one starting from now, else the last one (the guest's most recent ride);
- escort: the first assignment (by start; an open-ended assignment first).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import Text
from fairdesk.core.agenda.sessions import guest_sessions
from fairdesk.core.reception.model import TYPE_CAPACITY, mmdd_hhmm, nights
from fairdesk.core.vocab import ROOM_TYPES, TRIP_PURPOSES

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair

Row = dict[str, Any]

TRIP_SQL = ("SELECT t.*, v.plate, v.kind AS vehicle_kind, d.name AS driver_name,"
            " d.phone AS driver_phone, e.name AS escort_name, e.phone AS escort_phone"
            " FROM trips t LEFT JOIN vehicles v ON v.id = t.vehicle_id"
            " LEFT JOIN drivers d ON d.id = t.driver_id LEFT JOIN escorts e ON e.id = t.escort_id")
STAY_SQL = ("SELECT s.*, h.name AS hotel_name, h.name_en AS hotel_name_en,"
            " h.phone AS hotel_phone, r.number AS room_number,"
            " coalesce(nullif(s.room_type, ''), r.room_type, '') AS type"
            " FROM stays s JOIN hotels h ON h.id = s.hotel_id LEFT JOIN rooms r ON r.id = s.room_id")
# Records whose change may alter a chain: those naming a guest, and those a chain shows.
BY_GUEST = ("stays", "trip_passengers", "escort_assignments", "banquet_seats", "companions",
            "session_guests")
SHOWN = ("guests", "trips", "vehicles", "drivers", "escorts", "hotels", "rooms", "meal_sittings",
         "banquet_tables", "venues")
# A session added, moved or re-admitting categories may change anyone's agenda.
ANY = ("agenda_sessions",)


@dataclass
class GuestChain:
    """Everything the reception roster holds for one guest, for the details panel and the desk."""

    guest: Row
    companions: list[Row] = field(default_factory=list)
    stays: list[Row] = field(default_factory=list)
    trips: list[Row] = field(default_factory=list)
    escorts: list[Row] = field(default_factory=list)
    meals: list[Row] = field(default_factory=list)
    # the sessions the guest is expected at, by start (each with its venue and ``role``)
    sessions: list[Row] = field(default_factory=list)
    # stay id -> names of the people (other guests, companions) in the same room those nights
    sharing: dict[str, list[str]] = field(default_factory=dict)
    # trip id -> who of the party rides it: None for the guest, else a companion's id
    riders: dict[str, list[str | None]] = field(default_factory=dict)

    # --- the links the desk shows ---------------------------------------------------------------
    @property
    def own_stays(self) -> list[Row]:
        return [s for s in self.stays if not s["companion_id"]]

    @property
    def stay(self) -> Row | None:
        """The guest's own first stay, or None."""
        own = self.own_stays
        return own[0] if own else None

    def current_trip(self, now: str) -> Row | None:
        """The trip to show at ``now`` (fair-tz ISO): the next one starting, else the last."""
        upcoming = [t for t in self.trips if t["starts_at"] >= now]
        return upcoming[0] if upcoming else (self.trips[-1] if self.trips else None)

    @property
    def escort(self) -> Row | None:
        """The first escort assigned, or None."""
        return self.escorts[0] if self.escorts else None

    def unique_escorts(self) -> list[Row]:
        """Each escort once (a VIP may have one escort assigned for several sessions)."""
        seen: set[str] = set()
        out = []
        for e in self.escorts:
            if e["escort_id"] not in seen:
                seen.add(e["escort_id"])
                out.append(e)
        return out

    def companion_name(self, companion_id: str | None) -> str:
        return next((c["name"] for c in self.companions if c["id"] == companion_id), "")

    # --- what changes touch it ------------------------------------------------------------------
    def affected_by(self, changes: Changes) -> bool:
        """Whether ``changes`` may alter this chain (cheap: no query).

        A bulk insert (one summary change) of a table the chain reads counts as affecting it.
        """
        shown = self._shown_ids()
        gid = self.guest["id"]
        for c in changes.items:
            if c.entity in ANY:
                return True
            if c.entity in BY_GUEST:
                if c.record_id == "*" or gid in _guest_ids(c) or c.record_id in shown:
                    return True
                if c.entity == "stays" and _room_ids(c) & shown:  # someone moved into our room
                    return True
            elif c.entity in SHOWN and (c.record_id in shown or c.record_id == "*"):
                return True
        return False

    def _shown_ids(self) -> set[str]:
        ids = {self.guest["id"]}
        for s in self.stays:
            ids.update(x for x in (s["id"], s["hotel_id"], s["room_id"]) if x)
        for t in self.trips:
            ids.update(x for x in (t["id"], t["vehicle_id"], t["driver_id"], t["escort_id"]) if x)
        for e in self.escorts:
            ids.update((e["id"], e["escort_id"]))
        for m in self.meals:
            ids.update((m["seat_id"], m["table_id"], m["sitting_id"]))
        ids.update(s["venue_id"] for s in self.sessions if s["venue_id"])
        return ids

    # --- one sentence per link --------------------------------------------------------------
    def lines(self) -> list[Text]:
        """One sentence per link of the chain, or what is missing."""
        out = [self._stay_line(), *(self._trip_line(t) for t in self.trips)]
        if not self.trips:
            out.append(Text("车：未安排", "Car: none"))
        out.append(self._escort_line())
        out += [Text(f"餐：{m['sitting_name']} {m['number']} 号桌 {m['seat_no']} 座",
                     f"Meal: {m['sitting_name_en'] or m['sitting_name']} table {m['number']}"
                     f" seat {m['seat_no']}")
                for m in self.meals]
        return out

    def _stay_line(self) -> Text:
        s = self.stay
        if s is None:
            return Text("住：未安排", "Stay: none")
        zh_type, en_type = ROOM_TYPES.get(s["type"], (s["type"], s["type"]))
        room = s["room_number"] or "—"
        n = len(nights(s["check_in"], s["check_out"]))
        return Text(f"住：{s['hotel_name']} {room} {zh_type}，{s['check_in'][5:]}–"
                    f"{s['check_out'][5:]}（{n} 晚）",
                    f"Stay: {s.get('hotel_name_en') or s['hotel_name']} {room} {en_type}, {s['check_in'][5:]}–"
                    f"{s['check_out'][5:]} ({n} nights)")

    @staticmethod
    def _trip_line(t: Row) -> Text:
        zh_p, en_p = TRIP_PURPOSES.get(t["purpose"], (t["purpose"], t["purpose"]))
        car = " ".join(filter(None, (t["plate"], t["driver_name"], t["driver_phone"])))
        return Text(f"车：{zh_p} {mmdd_hhmm(t['starts_at'])} {t['from_place']}→{t['to_place']}"
                    f" {car or '未派车'}",
                    f"Car: {en_p} {mmdd_hhmm(t['starts_at'])} {t['from_place']} → "
                    f"{t['to_place']} {car or 'no car yet'}")

    def _escort_line(self) -> Text:
        if not self.escorts:
            return Text("陪同：未安排", "Escort: none")
        names = "、".join(dict.fromkeys(f"{e['name']} {e['phone']}".strip() for e in self.escorts))
        return Text(f"陪同：{names}", f"Escort: {names}")


def _guest_ids(c: Any) -> set[str]:
    return {r.get("guest_id") for r in (c.before, c.after) if r}


def _room_ids(c: Any) -> set[str]:
    return {r.get("room_id") for r in (c.before, c.after) if r and r.get("room_id")}


def guest_chain(fair: Fair, guest_id: str, *, guest: Row | None = None,
                sessions: list[Row] | None = None) -> GuestChain:
    """The stay, trips, escort, meals and sessions of a guest (and companions), one indexed
    query each.

    ``guest`` saves reading the guest row again when the caller has it; ``sessions`` (every
    session with its venue, :func:`fairdesk.core.agenda.sessions.session_rows`) saves
    reading the agenda again for each of many guests. Raises NotFoundError.
    """
    chain = GuestChain(guest if guest is not None else fair.get("guests", guest_id))
    chain.companions = fair.rows("SELECT * FROM companions WHERE guest_id = ?", [guest_id])
    chain.stays = fair.rows(f"{STAY_SQL} WHERE s.guest_id = ? ORDER BY s.check_in", [guest_id])
    chain.trips = fair.rows(f"SELECT DISTINCT x.* FROM trip_passengers p JOIN ({TRIP_SQL}) x"
                            " ON x.id = p.trip_id WHERE p.guest_id = ? ORDER BY x.starts_at",
                            [guest_id])
    for p in fair.rows("SELECT trip_id, companion_id FROM trip_passengers WHERE guest_id = ?",
                       [guest_id]) if chain.companions else ():
        chain.riders.setdefault(p["trip_id"], []).append(p["companion_id"])
    chain.escorts = fair.rows(
        "SELECT a.*, e.name, e.phone, e.unit, e.languages, s.title AS session_title FROM"
        " escort_assignments"
        " a JOIN escorts e ON e.id = a.escort_id LEFT JOIN agenda_sessions s"
        " ON s.id = a.session_id WHERE a.guest_id = ? ORDER BY a.starts_at", [guest_id])
    chain.meals = fair.rows(
        "SELECT m.name AS sitting_name, m.name_en AS sitting_name_en, m.starts_at, t.number, t.name AS table_name, b.seat_no,"
        " b.id AS seat_id, t.id AS table_id, m.id AS sitting_id"
        " FROM banquet_seats b JOIN banquet_tables t ON t.id = b.table_id"
        " JOIN meal_sittings m ON m.id = t.sitting_id WHERE b.guest_id = ? ORDER BY m.starts_at",
        [guest_id])
    chain.sharing = _sharing(fair, chain)
    chain.sessions = guest_sessions(fair, chain.guest, sessions)
    return chain


def _sharing(fair: Fair, chain: GuestChain) -> dict[str, list[str]]:
    """Who sleeps in the same room on the same nights, for each of the party's stays.

    A numbered room: everyone staying in it those nights. A room without a number yet:
    the party's other stays of the same shareable type on those nights (as on the rooming list).
    """
    rooms = sorted({s["room_id"] for s in chain.stays if s["room_id"]})
    in_rooms = fair.rows(
        "SELECT s.id, s.room_id, s.check_in, s.check_out, coalesce(c.name, g.name) AS name"
        " FROM stays s JOIN guests g ON g.id = s.guest_id"
        " LEFT JOIN companions c ON c.id = s.companion_id"
        f" WHERE s.room_id IN ({', '.join('?' * len(rooms))})", rooms) if rooms else []
    names = {s["id"]: chain.companion_name(s["companion_id"]) or chain.guest["name"]
             for s in chain.stays}
    out: dict[str, list[str]] = {}
    for s in chain.stays:
        if s["room_id"]:
            mates = [o["name"] for o in in_rooms if o["room_id"] == s["room_id"]
                     and o["id"] != s["id"] and _overlap(s, o)]
        elif TYPE_CAPACITY.get(s["type"], 1) >= 2:
            mates = [names[o["id"]] for o in chain.stays if o is not s and not o["room_id"]
                     and o["type"] == s["type"] and _overlap(s, o)]
        else:
            mates = []
        out[s["id"]] = mates
    return out


def _overlap(a: Row, b: Row) -> bool:
    return a["check_in"] < b["check_out"] and b["check_in"] < a["check_out"]
