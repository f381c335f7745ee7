"""The roster's clashes, read once per change and filed under the records they involve."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.reception.model import Conflict

R = TypeVar("R")  # a row of one of the views: a TypedDict with an "id", and Flagged

_cache: dict[str, Any] = {"key": None, "found": []}


class Flagged(TypedDict, total=False):
    """What :func:`attach` sets on a row: its reasons to show red, and how bad they are."""

    _problems: list[str]
    _severity: str  # "error", "warning", or "" with no problems


def conflicts(fair: Fair) -> list[Conflict]:
    """Every clash in the roster (the core's Conflict objects).

    Several pages ask after the same change; the answer is kept until the fair's
    connection writes again (``total_changes``) or the language changes.
    """
    from fairdesk.base.i18n import language
    from fairdesk.core.reception.conflicts import find_conflicts

    key = (id(fair), fair.db.conn.total_changes, language())
    if _cache["key"] != key:
        _cache["found"] = find_conflicts(fair)
        _cache["key"] = key
    return _cache["found"]


class Reasons(dict):
    """Reasons by record id (a dict of lists), and which records have an error, not a warning."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: set[str] = set()

    def __missing__(self, key: str) -> list[str]:
        return []


def by_record(found: list[Conflict]) -> Reasons:
    """Reasons by record id: each conflict is filed under every record it involves."""
    reasons = Reasons()
    for conflict in found:
        for record_id in conflict.record_ids:
            reasons.setdefault(record_id, []).append(str(conflict.message))
            if conflict.severity == "error":
                reasons.errors.add(record_id)
    return reasons


def attach(rows: list[R], reasons: dict[str, list[str]], *keys: str) -> list[R]:
    """Set ``_problems`` and ``_severity`` on each row from the reasons of its id and ``keys``."""
    errors = getattr(reasons, "errors", None)
    for row in rows:
        ids = [row["id"], *(row.get(key) or "" for key in keys)]
        found: list[str] = []
        for record_id in ids:
            found += [r for r in reasons.get(record_id, []) if r not in found]
        row["_problems"] = found
        severe = errors is None or any(i in errors for i in ids)
        row["_severity"] = ("error" if severe else "warning") if found else ""
    return rows
