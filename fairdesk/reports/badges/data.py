"""The plain-data snapshot badges are rendered from (read on the fair's thread)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fairdesk.core.agenda.service import AgendaService
from fairdesk.core.badges.checkin import admitted
from fairdesk.core.badges.desk_card import category_colour, category_labels, guest_card

if TYPE_CHECKING:
    from fairdesk.core.badges.issuing import PrintBatch
    from fairdesk.core.fair import Fair


@dataclass(frozen=True)
class FairHeader:
    name: str
    name_en: str
    dates: str
    organiser: str


@dataclass
class BadgeJob:
    """Everything the renderer needs; no database access after this is built."""

    header: FairHeader
    badges: list[dict] = field(default_factory=list)


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


def badge_job(fair: Fair, batch: PrintBatch, *, back: bool = False,
              photos: bool = True) -> BadgeJob:
    """The snapshot for a batch (one query per guest for the back side only)."""
    ids = [b.guest_id for b in batch.badges]
    guests = {}
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        for g in fair.rows(
                "SELECT g.id, g.name, g.name_latin, g.organisation, g.title, g.category, "
                "p.data AS photo FROM guests g LEFT JOIN guest_photos p ON p.guest_id = g.id "
                f"WHERE g.id IN ({','.join('?' * len(chunk))})", chunk):
            guests[g["id"]] = g
    agenda = _agenda_by_category(fair) if back else {}
    job = BadgeJob(fair_header(fair))
    for badge in batch.badges:
        g = guests[badge.guest_id]
        zh, en = category_labels(g["category"])
        item = {"guest_id": g["id"], "name": g["name"], "name_latin": g["name_latin"],
                "organisation": g["organisation"], "title": g["title"],
                "category": g["category"], "category_zh": zh, "category_en": en,
                "colour": category_colour(g["category"]), "code": badge.code,
                "version": badge.version, "photo": g["photo"] if photos else None}
        if back:
            card = guest_card(fair, g["id"], photo=False)
            item["back"] = {"hotel": card.hotel, "room": card.room, "car": card.car,
                            "driver": card.driver, "escort": card.escort,
                            "agenda": sorted(agenda.get(g["category"], []) + agenda.get("*", []))}
        job.badges.append(item)
    return job
