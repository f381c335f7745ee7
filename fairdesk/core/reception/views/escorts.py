"""What the escorts page shows: escorts and whom they accompany, VIPs still without one."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from fairdesk.core.reception.model import ATTENDING
from fairdesk.core.reception.views import Record
from fairdesk.core.reception.views.clashes import Flagged
from fairdesk.core.vocab import label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


class EscortRow(Record, Flagged):
    name: str
    unit: str
    phone: str
    languages: str  # codes: "zh,en"
    notes: str
    guests: int
    guest_names: str | None  # 、-separated


class AssignmentRow(Record, Flagged):
    escort_id: str
    guest_id: str
    session_id: str | None
    starts_at: str | None
    ends_at: str | None
    role: str
    notes: str
    guest: str
    category: str
    organisation: str


class UnescortedRow(TypedDict):
    id: str
    name: str
    category: str
    organisation: str
    arrival_at: str | None


def escort_rows(fair: Fair) -> list[EscortRow]:
    return cast(list[EscortRow], fair.rows(
        "SELECT e.*, (SELECT count(*) FROM escort_assignments a WHERE a.escort_id = e.id)"
        " AS guests, (SELECT group_concat(g.name, '、') FROM escort_assignments a"
        " JOIN guests g ON g.id = a.guest_id WHERE a.escort_id = e.id) AS guest_names"
        " FROM escorts e ORDER BY e.name"
    ))


def assignment_rows(fair: Fair, escort_id: str) -> list[AssignmentRow]:
    """Whom the escort accompanies, and when."""
    return cast(list[AssignmentRow], fair.rows(
        "SELECT a.*, g.name AS guest, g.category, g.organisation FROM escort_assignments a"
        " JOIN guests g ON g.id = a.guest_id WHERE a.escort_id = ?"
        " ORDER BY a.starts_at, g.name",
        [escort_id],
    ))


def unescorted_vips(fair: Fair, categories: tuple[str, ...]) -> list[UnescortedRow]:
    """Attending guests of ``categories`` that no escort accompanies yet."""
    cats = ", ".join("?" * len(categories))
    states = ", ".join("?" * len(ATTENDING))
    return cast(list[UnescortedRow], fair.rows(
        f"SELECT g.id, g.name, g.category, g.organisation, g.arrival_at FROM guests g"
        f" WHERE g.category IN ({cats}) AND g.state IN ({states}) AND NOT EXISTS"
        " (SELECT 1 FROM escort_assignments a WHERE a.guest_id = g.id)"
        " ORDER BY g.category DESC, g.arrival_at, g.name",
        [*categories, *ATTENDING],
    ))


SPOKEN: dict[str, tuple[str, str]] = {
    "zh": ("中文", "Chinese"),
    "en": ("英语", "English"),
    "ja": ("日语", "Japanese"),
    "ko": ("韩语", "Korean"),
    "ar": ("阿拉伯语", "Arabic"),
    "fr": ("法语", "French"),
    "de": ("德语", "German"),
    "ru": ("俄语", "Russian"),
    "es": ("西班牙语", "Spanish"),
    "pt": ("葡萄牙语", "Portuguese"),
    "it": ("意大利语", "Italian"),
    "th": ("泰语", "Thai"),
    "vi": ("越南语", "Vietnamese"),
    "ms": ("马来语", "Malay"),
}


def languages_text(codes: str) -> str:
    """``zh,en`` as ``中文、英语`` (codes not known are shown as typed)."""
    from fairdesk.base.i18n import language

    parts = [c.strip() for c in (codes or "").replace("，", ",").split(",") if c.strip()]
    names = [label(SPOKEN, c) if c in SPOKEN else c for c in parts]
    return ("、" if language() == "zh" else ", ").join(names)
