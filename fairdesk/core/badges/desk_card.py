"""What the desk needs to see about a guest at once: the card shown after a scan.

Hotel, car and escort come from the guest's reception chain
(:func:`fairdesk.core.reception.chain.guest_chain`, one indexed lookup per source), so the
desk, the guest's details and the badge back always agree, and a scan on a 10,000-guest
fair shows the card within a few milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fairdesk.core.privacy import shown
from fairdesk.core.timeutil import fair_now_iso
from fairdesk.core.vocab import GUEST_CATEGORIES, named

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row

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
    # the phones in full with their records, for a window that masks them itself and shows
    # one on a click (audited); ``driver`` and ``escort`` above are already masked
    driver_id: str = ""
    driver_name: str = ""
    driver_phone: str = ""
    escort_id: str = ""
    escort_name: str = ""
    escort_phone: str = ""

    @property
    def colour(self) -> str:
        return category_colour(self.category)

    @property
    def vip(self) -> bool:
        return self.category in VIP_CATEGORIES

    @property
    def category_zh_en(self) -> tuple[str, str]:
        return category_labels(self.category)


def _join(*parts: str | None, sep: str = " ") -> str:
    return sep.join(p for p in parts if p)


def guest_card(fair: Fair, guest_id: str, *, photo: bool = True, guest: Row | None = None
               ) -> GuestCard:
    """The desk card for a guest; hotel, car and escort as the guest's chain shows them.

    ``guest`` saves reading the guest row again. Raises NotFoundError.
    """
    from fairdesk.core.reception.chain import guest_chain  # the roster loads on the first scan

    chain = guest_chain(fair, guest_id, guest=guest)
    g = chain.guest
    now = fair_now_iso(fair.tz)
    stay, trip, escort = chain.stay or {}, chain.current_trip(now) or {}, chain.escort or {}
    image = fair.scalar("SELECT data FROM guest_photos WHERE guest_id = ?", [guest_id]) \
        if photo else None
    units = fair.rows("SELECT name, name_en FROM inviting_units WHERE id = ?",
                      [g["inviting_unit_id"]]) if g["inviting_unit_id"] else []
    unit = named(units[0]) if units else ""
    trip_text = ""
    if trip:
        trip_text = _join(trip["starts_at"][5:16].replace("T", " "),
                          _join(trip["from_place"], trip["to_place"], sep=" → "))
    return GuestCard(
        guest_id=g["id"], ref_code=g["ref_code"], name=g["name"], name_latin=g["name_latin"],
        honorific=g["honorific"], organisation=g["organisation"], title=g["title"],
        category=g["category"], state=g["state"], photo=image,
        hotel=named(stay, "hotel_name"), room=stay.get("room_number") or "",
        car=trip.get("plate") or "",
        driver=_join(trip.get("driver_name"), shown(fair, "phone", trip.get("driver_phone"))),
        trip=trip_text, escort=_join(escort.get("name"), shown(fair, "phone", escort.get("phone"))),
        desk_notes=g["desk_notes"], dietary=g["dietary"], inviting_unit=unit or "",
        driver_id=trip.get("driver_id") or "", driver_name=trip.get("driver_name") or "",
        driver_phone=trip.get("driver_phone") or "", escort_id=escort.get("escort_id") or "",
        escort_name=escort.get("name") or "", escort_phone=escort.get("phone") or "")
