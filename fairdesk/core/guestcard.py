"""What the desk needs to see about a guest at once: the card shown after a scan.

One indexed lookup per source (stays, trips, escorts, photo), so a scan on a
10,000-guest fair shows the card within a few milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from fairdesk.core.fair import Fair, Row
from fairdesk.core.timeutil import to_fair_iso
from fairdesk.core.vocab import GUEST_CATEGORIES, INVITATION_STATES

# Category colours shared by the badges, the table cards and the desk.
CATEGORY_COLOURS: dict[str, str] = {
    "vip": "#B3141B",
    "official": "#9A6B00",
    "investor": "#1E6B34",
    "guest": "#1F4E9C",
    "expert": "#5B2C83",
    "media": "#D2600A",
    "staff": "#0F6E78",
    "security": "#2F3A44",
}
VIP_CATEGORIES = ("vip", "official")


def category_colour(category: str) -> str:
    return CATEGORY_COLOURS.get(category, "#4A5560")


def category_labels(category: str) -> tuple[str, str]:
    return GUEST_CATEGORIES.get(category, (category, category))


@dataclass(frozen=True)
class GuestCard:
    guest_id: str
    ref_code: str
    name: str
    name_latin: str
    honorific: str
    organisation: str
    title: str
    category: str
    state: str
    photo: bytes | None = None
    hotel: str = ""
    room: str = ""
    car: str = ""
    driver: str = ""
    trip: str = ""
    escort: str = ""
    desk_notes: str = ""
    dietary: str = ""
    inviting_unit: str = ""

    @property
    def colour(self) -> str:
        return category_colour(self.category)

    @property
    def vip(self) -> bool:
        return self.category in VIP_CATEGORIES

    @property
    def category_zh_en(self) -> tuple[str, str]:
        return category_labels(self.category)

    @property
    def state_zh_en(self) -> tuple[str, str]:
        return INVITATION_STATES.get(self.state, (self.state, self.state))


def _first(fair: Fair, sql: str, params: list) -> Row:
    rows = fair.rows(sql, params)
    return rows[0] if rows else {}


def _stay(fair: Fair, guest_id: str) -> Row:
    return _first(fair, "SELECT h.name AS hotel, r.number AS room FROM stays s "
                  "JOIN hotels h ON h.id = s.hotel_id LEFT JOIN rooms r ON r.id = s.room_id "
                  "WHERE s.guest_id = ? AND s.companion_id IS NULL ORDER BY s.check_in LIMIT 1",
                  [guest_id])


def _trip(fair: Fair, guest_id: str, now: str) -> Row:
    rows = fair.rows(
        "SELECT t.starts_at, t.from_place, t.to_place, v.plate, d.name AS driver, "
        "d.phone AS driver_phone FROM trip_passengers p JOIN trips t ON t.id = p.trip_id "
        "LEFT JOIN vehicles v ON v.id = t.vehicle_id LEFT JOIN drivers d ON d.id = t.driver_id "
        "WHERE p.guest_id = ? ORDER BY t.starts_at", [guest_id])
    upcoming = [r for r in rows if r["starts_at"] >= now]
    return (upcoming or rows[-1:] or [{}])[0]


def _escort(fair: Fair, guest_id: str) -> Row:
    return _first(fair, "SELECT e.name, e.phone FROM escort_assignments a "
                  "JOIN escorts e ON e.id = a.escort_id WHERE a.guest_id = ? "
                  "ORDER BY a.starts_at LIMIT 1", [guest_id])


def _join(*parts: str | None, sep: str = " ") -> str:
    return sep.join(p for p in parts if p)


def guest_card(fair: Fair, guest_id: str, *, photo: bool = True) -> GuestCard:
    """The desk card for a guest. Raises NotFoundError."""
    g = fair.get("guests", guest_id)
    now = to_fair_iso(datetime.now(UTC), fair.tz)
    stay, trip, escort = _stay(fair, guest_id), _trip(fair, guest_id, now), _escort(fair, guest_id)
    image = fair.scalar("SELECT data FROM guest_photos WHERE guest_id = ?", [guest_id]) \
        if photo else None
    unit = fair.scalar("SELECT name FROM inviting_units WHERE id = ?",
                       [g["inviting_unit_id"]]) if g["inviting_unit_id"] else ""
    trip_text = ""
    if trip:
        trip_text = _join(trip["starts_at"][5:16].replace("T", " "),
                          _join(trip["from_place"], trip["to_place"], sep=" → "))
    return GuestCard(
        guest_id=g["id"], ref_code=g["ref_code"], name=g["name"], name_latin=g["name_latin"],
        honorific=g["honorific"], organisation=g["organisation"], title=g["title"],
        category=g["category"], state=g["state"], photo=image,
        hotel=stay.get("hotel") or "", room=stay.get("room") or "",
        car=trip.get("plate") or "", driver=_join(trip.get("driver"), trip.get("driver_phone")),
        trip=trip_text, escort=_join(escort.get("name"), escort.get("phone")),
        desk_notes=g["desk_notes"], dietary=g["dietary"], inviting_unit=unit or "")
