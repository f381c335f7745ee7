"""One way to print badges, whichever their form: a fixed size, or the committee's layout.

Size ``"layout"`` prints the layout stored in the fair (the job carries it); any
other size is one of :data:`fairdesk.reports.badges.cards.SIZES`. The window and the
command line both print through :func:`render`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.base.errors import ValidationError
from fairdesk.base.i18n import t
from fairdesk.reports.badges import cards, designed

if TYPE_CHECKING:
    from fairdesk.core.badges.snapshot import BadgeJob

LAYOUT = "layout"


def check_size(code: str, *, has_layout: bool = True) -> str:
    """The size code, lower case. Raises ValidationError for an unknown size, or for
    "layout" when the fair has no layout."""
    code = (code or "").lower()
    if code == LAYOUT:
        if not has_layout:
            raise ValidationError("size", "本投洽会还没有设计证件版式（证件 → 证件版式）。",
                                  "This fair has no badge layout yet (Badges → Badge layout).")
        return code
    return cards.badge_size(code).code


def size_label(code: str, job: BadgeJob | None = None) -> str:
    if code == LAYOUT:
        stock = job.layout.stock if job is not None and job.layout else None
        return t("自定义版式", "custom layout") + (f"（{t(stock.zh, stock.en)}）" if stock else "")
    spec = cards.badge_size(code)
    return t(spec.zh, spec.en)


def render(path: str | Path, job: BadgeJob, size: str, *, back: bool = False,
           progress: cards.Progress | None = None,
           cancelled: cards.Cancelled | None = None) -> int:
    """Draw the badges; returns the pages. Raises ValidationError, RenderCancelled, OSError."""
    code = check_size(size, has_layout=job.layout is not None)
    if code == LAYOUT and job.layout is not None:
        return designed.render_designed(path, job, job.layout, back=back, progress=progress,
                                        cancelled=cancelled)
    return cards.render_badges(path, job, code, back=back, progress=progress,
                               cancelled=cancelled)


def warnings_before_printing(job: BadgeJob, size: str) -> list[str]:
    """Characters no font has, and (for the layout) fields that do not fit their box."""
    out = cards.unprintable_badges(job.badges)
    if size == LAYOUT and job.layout is not None:
        out += designed.overflows(job, job.layout)
    return out
