"""Where a signing project stands (stored as the value, in ``signing_projects.status``)."""

from __future__ import annotations

import enum


class ProjectStatus(enum.StrEnum):
    """A signing project on its way to the ceremony."""

    #: Registered; not yet ready to sign.
    PLANNED = "planned"
    #: Documents agreed; waiting for the ceremony.
    READY = "ready"
    #: Signed (``signed_at`` says when); counts in the totals.
    SIGNED = "signed"
    #: Withdrawn; left out of the totals.
    CANCELLED = "cancelled"
