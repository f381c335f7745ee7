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
    #: Failed its last inspection: a rectification is raised; open until it passes.
    FAILED = "failed"


class RectificationStatus(enum.StrEnum):
    """A problem found in an inspection, and its fix (``rectifications.status``)."""

    #: Found, not fixed yet.
    OPEN = "open"
    #: Fixed by the site; not yet checked again.
    FIXED = "fixed"
    #: The fix was checked again by an inspector.
    VERIFIED = "verified"


class Answer(enum.StrEnum):
    """An inspector's answer for one item (``inspection_answers.answer``)."""

    #: The item meets its requirement.
    PASS = "pass"
    #: It does not: a rectification is raised.
    FAIL = "fail"
    #: It does not apply to this site.
    NA = "na"


class CellState(enum.StrEnum):
    """Where one department stands at one site: a cell of the sign-off matrix."""

    #: Nothing issued: this department has no items at the site.
    NONE = "none"
    #: Items issued, none inspected yet.
    NOT_STARTED = "not_started"
    #: Some items done, none overdue, no rectification open.
    IN_PROGRESS = "in_progress"
    #: An item or a rectification is past its deadline.
    OVERDUE = "overdue"
    #: A rectification is open (not past its deadline).
    RECTIFICATION_OPEN = "rectification_open"
    #: Every item passed or not applicable, rectifications closed; not signed yet.
    READY = "ready"
    #: The department has signed the site off.
    SIGNED_OFF = "signed_off"
