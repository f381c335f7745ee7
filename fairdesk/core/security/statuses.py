"""Where a checklist item and a rectification stand (stored as the value, in ``status``)."""

from __future__ import annotations

import enum


class ChecklistStatus(enum.StrEnum):
    """A department's checklist item at one site (``checklist_items.status``)."""

    #: Still to do.
    OPEN = "open"
    #: Done (``done_at`` and ``done_by`` say when and by whom).
    DONE = "done"
    #: Does not apply to this site; counts as done.
    NA = "na"


class RectificationStatus(enum.StrEnum):
    """A problem found in an inspection, and its fix (``rectifications.status``)."""

    #: Found, not fixed yet.
    OPEN = "open"
    #: Fixed by the site; not yet checked again.
    FIXED = "fixed"
    #: The fix was checked again by an inspector.
    VERIFIED = "verified"
