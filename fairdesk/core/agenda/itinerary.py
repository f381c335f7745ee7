"""Personal itineraries (个人日程): one guest's chain as plain lines, in the guest's language.

Built only from :func:`fairdesk.core.reception.chain.guest_chain` (stay, trips, escort,
seats and sessions), so the itinerary, the desk card and the badge back agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import ValidationError
from fairdesk.core.agenda.sessions import session_rows
from fairdesk.core.english import EnglishNames
from fairdesk.core.reception.chain import GuestChain, guest_chain
from fairdesk.core.reception.model import ATTENDING, checkpoint, mmdd_hhmm
from fairdesk.core.vocab import SESSION_ROLES, TRIP_PURPOSES, named

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict[str, Any]
ARRIVING = ("pickup",)
LEAVING = ("dropoff",)


@dataclass(frozen=True)
class Entry:
    """One timed line of the schedule: a session or a trip."""

    starts_at: str  # fair-local ISO (the .ics reads it)
    ends_at: str
    what: str
    where: str
    kind: str  # "session" | "trip"
    uid: str  # the session or trip id


@dataclass
class Itinerary:
    guest_id: str
    ref_code: str
    lang: str  # "zh" | "en"
    name: str
    about: str  # title, organisation
    unit: str
    fair_name: str
    arrival: str = ""
    met_by: str = ""
    hotel: str = ""
    party: str = ""  # the companions, who travel and sleep with the guest
    entries: list[Entry] = field(default_factory=list)
    escort: str = ""
    departure: str = ""
    hotline: str = ""

    def word(self, zh: str, en: str) -> str:
        return en if self.lang == "en" else zh


def _pick(lang: str, row: Row, key: str) -> str:
    return (row.get(f"{key}_en") or row.get(key) or "") if lang == "en" else (row.get(key) or "")


def _travel(lang: str, at: str | None, transport: str, place: str) -> str:
    if not at:
        return "未登记" if lang == "zh" else "not yet known"
    return "  ".join(x for x in (mmdd_hhmm(at), transport, place) if x)


def _car(t: Row) -> str:
    return " ".join(x for x in (t["plate"], t["driver_name"], t["driver_phone"]) if x)


def _session_entry(lang: str, s: Row) -> Entry:
    what = _pick(lang, s, "title")
    if s["role"] in ("speaker", "honour"):
        zh, en = SESSION_ROLES[s["role"]]
        what += f"（{zh}）" if lang == "zh" else f" ({en})"
    venue = (s["venue_name_en"] or s["venue_name"]) if lang == "en" else s["venue_name"]
    address = (s["venue_address_en"] or s["venue_address"]) if lang == "en" else s["venue_address"]
    place = ("  " if lang == "zh" else ", ").join(x for x in (venue or "", address or "") if x)
    where = "  ".join(x for x in (place, _pick(lang, s, "notes")) if x)
    return Entry(s["starts_at"], s["ends_at"], what, where, "session", s["id"])


def _companions(lang: str, chain: GuestChain) -> str:
    """Who travels with the guest: "2 人：李四（夫人）、王五" / "2 companions: Li Si (Spouse), …"."""
    if lang == "zh":
        names = [c["name"] + (f"（{c['relation']}）" if c["relation"] else "")
                 for c in chain.companions]
        return f"{len(names)} 人：{'、'.join(names)}" if names else ""
    names = [c["name"] + (f" ({c['relation']})" if c["relation"] else "")
             for c in chain.companions]
    noun = "companion" if len(names) == 1 else "companions"
    return f"{len(names)} {noun}: {', '.join(names)}" if names else ""


def _riders(lang: str, chain: GuestChain, trip_id: str) -> str:
    """The companions on this trip: "与李四同行" / "with Li Si" ("仅李四" / "Li Si only"
    when the guest is not aboard)."""
    riders = chain.riders.get(trip_id, [])
    names = [chain.companion_name(c) for c in riders if c]
    if not names:
        return ""
    zh_names, en_names = "、".join(names), ", ".join(names)
    if None in riders:
        return f"与{zh_names}同行" if lang == "zh" else f"with {en_names}"
    return f"仅{zh_names}乘坐" if lang == "zh" else f"{en_names} only"


def _bracket(lang: str, text: str) -> str:
    return "" if not text else f"（{text}）" if lang == "zh" else f" ({text})"


def _rooms(lang: str, chain: GuestChain, stay: Row) -> list[str]:
    """Who sleeps with the guest, and where the companions who do not are."""
    mates = chain.sharing.get(stay["id"], [])
    out = [("同住：" + "、".join(mates)) if lang == "zh" else
           "sharing with " + ", ".join(mates)] if mates else []
    for s in chain.stays:
        name = chain.companion_name(s["companion_id"])
        if not s["companion_id"] or name in mates:
            continue
        hotel = "" if s["hotel_id"] == stay["hotel_id"] else \
            named(s, "hotel_name", lang)
        room = s["room_number"] and (f"{s['room_number']} 房" if lang == "zh" else
                                     f"room {s['room_number']}")
        where = " ".join(x for x in (hotel, room) if x) or \
            ("房号待定" if lang == "zh" else "room to be assigned")
        out.append(f"{name}：{where}" if lang == "zh" else f"{name}: {where}")
    return out


def _trip_entry(lang: str, t: Row, names: EnglishNames | None = None,
                riders: str = "") -> Entry:
    zh, en = TRIP_PURPOSES.get(t["purpose"], (t["purpose"], t["purpose"]))
    arrow = " → "
    if lang == "zh" or names is None:
        places = f"{t['from_place']}{arrow}{t['to_place']}"
    else:  # a hotel or venue the place names, in English
        places = f"{names.text(t['from_place'], lang)}{arrow}{names.text(t['to_place'], lang)}"
    what = (f"{zh}：{places}" if lang == "zh" else f"{en}: {places}") + _bracket(lang, riders)
    car = _car(t)
    return Entry(t["starts_at"], t["ends_at"], what, car or ("待派车" if lang == "zh" else
                                                             "car to be assigned"),
                 "trip", t["id"])


def itinerary(fair: Fair, chain: GuestChain, unit: str = "",
              names: EnglishNames | None = None) -> Itinerary:
    """The itinerary of the guest whose chain this is (``names``: the records' English
    names, read once for many itineraries)."""
    g = chain.guest
    lang = "en" if g.get("language") == "en" else "zh"
    name = g["name_latin"] or g["name"] if lang == "en" else g["name"]
    it = Itinerary(g["id"], g["ref_code"], lang, name,
                   " ".join(x for x in (g["title"], g["organisation"]) if x), unit,
                   (fair.setting("fair.name_en") or fair.name) if lang == "en" else fair.name,
                   hotline=fair.setting("fair.hotline") or "")
    it.arrival = _travel(lang, g["arrival_at"], g["arrival_transport"], g["arrival_place"])
    it.departure = _travel(lang, g["departure_at"], g["departure_transport"],
                           g["departure_place"])
    pickup = next((t for t in chain.trips if t["purpose"] in ARRIVING), None)
    dropoff = next((t for t in chain.trips if t["purpose"] in LEAVING), None)
    it.party = _companions(lang, chain)
    if pickup:
        it.met_by = (_car(pickup) or it.word("待派车", "car to be assigned")) + _bracket(
            lang, _riders(lang, chain, pickup["id"]))
    if dropoff:
        car = _car(dropoff) + _bracket(lang, _riders(lang, chain, dropoff["id"]))
        it.departure += it.word(f"；送站 {mmdd_hhmm(dropoff['starts_at'])} {car}",
                                f"; drop-off {mmdd_hhmm(dropoff['starts_at'])} {car}")
    stay = chain.stay
    if stay:
        parts = [named(stay, "hotel_name", lang), stay["room_number"] and it.word(
            f"{stay['room_number']} 房", f"room {stay['room_number']}"),
                 f"{stay['check_in'][5:]}–{stay['check_out'][5:]}", stay["hotel_phone"]]
        it.hotel = "  ".join(p for p in parts if p)
        rooms = _rooms(lang, chain, stay)
        if rooms:
            it.hotel += it.word("；", "; ") + it.word("；", "; ").join(rooms)
    entries = [_session_entry(lang, s) for s in chain.sessions]
    if lang == "en" and names is None:
        names = EnglishNames.of(fair)
    entries += [_trip_entry(lang, t, names, _riders(lang, chain, t["id"])) for t in chain.trips
                if t["purpose"] not in ARRIVING + LEAVING]
    it.entries = sorted(entries, key=lambda e: (e.starts_at, e.kind != "trip"))
    it.escort = "、".join(dict.fromkeys(
        f"{e['name']} {e['phone']}".strip() for e in chain.unique_escorts()))
    return it


def attending_ids(fair: Fair) -> list[str]:
    """Every attending guest, by inviting unit (in the units' order) then name."""
    states = [str(s) for s in ATTENDING]
    return [r["id"] for r in fair.rows(
        "SELECT g.id FROM guests g LEFT JOIN inviting_units u ON u.id = g.inviting_unit_id"
        f" WHERE g.state IN ({', '.join('?' * len(states))})"
        " ORDER BY u.sort_order IS NULL, u.sort_order, u.name, g.search_key, g.name", states)]


def itineraries(fair: Fair, guest_ids: list[str],
                progress: Callable[[int, int], None] | None = None,
                should_cancel: Callable[[], bool] | None = None) -> list[Itinerary]:
    """The itineraries of these guests, in this order (read on the fair's thread).

    Raises ValidationError when no guest is given, NotFoundError for an unknown id,
    PlanCancelled when ``should_cancel()`` turns true."""
    if not guest_ids:
        raise ValidationError("guests", "没有选定嘉宾。", "No guest is selected.")
    sessions = session_rows(fair)
    units = {r["id"]: r for r in fair.rows("SELECT id, name, name_en FROM inviting_units")}
    names = EnglishNames.of(fair)
    out = []
    for n, gid in enumerate(guest_ids, 1):
        chain = guest_chain(fair, gid, sessions=sessions)
        unit = units.get(chain.guest["inviting_unit_id"]) or {"name": "", "name_en": ""}
        english = chain.guest.get("language") == "en" and unit["name_en"]
        out.append(itinerary(fair, chain, unit["name_en"] if english else unit["name"], names))
        checkpoint(n, len(guest_ids), progress, should_cancel)
    return out
