"""ID numbers and phones masked for the roles that do not need them.

Tables and the desk card show ``138****5678`` unless the operator's role may see the
value (:data:`KINDS`); a click shows it in full and the audit log notes who saw it
(:func:`fairdesk.core.audit.record_revealed`). A fair with no PINs set masks nothing,
as before roles existed. Exports leave both out unless asked (``include_sensitive``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fairdesk.core.roles import Action, allowed

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

KINDS = {"phone": Action.SEE_PHONES, "id_number": Action.SEE_ID_NUMBERS}
MASK = "*"


def masked(fair: Fair, kind: str) -> bool:
    """Is ``kind`` ("phone", "id_number") hidden from the fair's operator?"""
    return kind in KINDS and not allowed(fair, KINDS[kind])


def mask(text: str | None) -> str:
    """``13812345678`` → ``138****5678``; a short value keeps only its last two characters."""
    value = (text or "").strip()
    if not value:
        return ""
    if len(value) >= 9:
        return value[:3] + MASK * (len(value) - 7) + value[-4:]
    return MASK * max(len(value) - 2, 1) + value[-2:]


def shown(fair: Fair, kind: str, text: str | None) -> str:
    """The value as this operator may see it."""
    return mask(text) if masked(fair, kind) else (text or "")
