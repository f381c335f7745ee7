"""The plain-data snapshot badges are rendered from, read on the fair's thread.

:func:`badge_job` reads everything a print batch shows (names, categories, photos,
codes and, for the back side, hotel, car, escort and agenda); the renderer in
:mod:`fairdesk.reports.badges.cards` may then run in a worker without the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NotRequired, TypedDict

from fairdesk.core.agenda.service import AgendaService
from fairdesk.core.badges.checkin import admitted
from fairdesk.core.badges.desk_card import category_colour, category_labels, guest_card
from fairdesk.core.badges.layout import BadgeLayout, fair_layout

if TYPE_CHECKING:
    from fairdesk.core.badges.issuing import PrintBatch
    from fairdesk.core.fair import Fair


@dataclass(frozen=True)
class FairHeader:
    name: str
    name_en: str
    dates: str
    organiser: str


class BadgeBack(TypedDict):
    """The back side: where the guest sleeps, who drives and escorts them, their agenda."""

    hotel: str
    room: str
    car: str
    driver: str
    escort: str
    agenda: list[str]


class BadgeItem(TypedDict):
    """One badge as printed (a dict: the renderer and the bench's floor read it by key)."""

    guest_id: str
    name: str
    name_latin: str
    organisation: str
    title: str
    category: str
    category_zh: str
    category_en: str
    colour: str  # "#rrggbb" of the category
    code: str  # the signed QR code
    version: int
    photo: bytes | None
    back: NotRequired[BadgeBack]  # only when the batch prints the back side


@dataclass
class BadgeJob:
    """Everything the renderer needs; no database access after this is built."""

    header: FairHeader
    badges: list[BadgeItem] = field(default_factory=list)
    layout: BadgeLayout | None = None  # the committee's layout, printed as size "layout"


def fair_header(fair: Fair) -> FairHeader:
    start, end = fair.setting("fair.starts_on") or "", fair.setting("fair.ends_on") or ""
    if start and end and start != end:
        dates = f"{start[:4]}.{start[5:7]}.{start[8:10]}–{end[5:7]}.{end[8:10]}" \
            if start[:4] == end[:4] else f"{start} – {end}"
    else:
        dates = start.replace("-", ".")
    return FairHeader(fair.setting("fair.name") or "", fair.setting("fair.name_en") or "",
                      dates, fair.setting("fair.organiser") or "")


def _agenda_by_category(fair: Fair) -> dict[str, list[str]]:
    sessions = AgendaService(fair).list("agenda_sessions")
    lines: dict[str, list[str]] = {}
    for s in sessions:
        line = f"{s['starts_at'][5:10].replace('-', '.')} {s['starts_at'][11:16]} {s['title']}"
        for cat in admitted(s) or ["*"]:
            lines.setdefault(cat, []).append(line)
    return lines


_GUESTS_SQL = ("SELECT g.id, g.name, g.name_latin, g.organisation, g.title, g.category,"
               " p.data AS photo FROM guests g LEFT JOIN guest_photos p ON p.guest_id = g.id"
               " WHERE g.id IN (?...)")


def printed_texts(fair: Fair, guest_ids: list[str]) -> list[dict]:
    """What a badge prints of each guest (name, Latin name, organisation, title), for the
    check before printing that every character has a font."""
    return fair.rows_in("SELECT id AS guest_id, name, name_latin, organisation, title"
                        " FROM guests WHERE id IN (?...)", guest_ids)


def badge_job(fair: Fair, batch: PrintBatch, *, back: bool = False,
              photos: bool = True) -> BadgeJob:
    """The snapshot for a batch (one query per guest for the back side only)."""
    guests = {g["id"]: g for g in fair.rows_in(_GUESTS_SQL, [b.guest_id for b in batch.badges])}
    agenda = _agenda_by_category(fair) if back else {}
    job = BadgeJob(fair_header(fair), layout=fair_layout(fair))
    for badge in batch.badges:
        g = guests[badge.guest_id]
        zh, en = category_labels(g["category"])
        item: BadgeItem = {
            "guest_id": g["id"], "name": g["name"], "name_latin": g["name_latin"],
            "organisation": g["organisation"], "title": g["title"],
            "category": g["category"], "category_zh": zh, "category_en": en,
            "colour": category_colour(g["category"]), "code": badge.code,
            "version": badge.version, "photo": g["photo"] if photos else None}
        if back:
            item["back"] = _back(fair, g["id"], agenda.get(g["category"], []) + agenda.get("*", []))
        job.badges.append(item)
    return job


def preview_job(fair: Fair, count: int = 8) -> BadgeJob:
    """Real guests (the first ``count`` by name) as they would print, for the layout
    editor's preview; no badge is issued (the codes are unsigned placeholders)."""
    ids = [g["id"] for g in fair.rows(
        "SELECT id FROM guests WHERE state NOT IN ('declined', 'cancelled')"
        " ORDER BY name_latin COLLATE NOCASE, id LIMIT ?", [count])]
    job = BadgeJob(fair_header(fair), layout=fair_layout(fair))
    for g in fair.rows_in(_GUESTS_SQL, ids):
        zh, en = category_labels(g["category"])
        job.badges.append({
            "guest_id": g["id"], "name": g["name"], "name_latin": g["name_latin"],
            "organisation": g["organisation"], "title": g["title"], "category": g["category"],
            "category_zh": zh, "category_en": en, "colour": category_colour(g["category"]),
            "code": f"PREVIEW{len(job.badges):02d}00000000000", "version": 0,
            "photo": g["photo"]})
    job.badges.sort(key=lambda b: ids.index(b["guest_id"]))
    return job


def _back(fair: Fair, guest_id: str, agenda: list[str]) -> BadgeBack:
    card = guest_card(fair, guest_id, photo=False)
    return {"hotel": card.hotel, "room": card.room, "car": card.car, "driver": card.driver,
            "escort": card.escort, "agenda": sorted(agenda)}
