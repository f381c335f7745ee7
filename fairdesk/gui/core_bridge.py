"""The guest calls the window makes, in one place.

The core engineer builds search, transitions, follow-up and unit progress on
branch ``guests``; until it is merged here, these functions fall back to small
equivalents so the window can be built and tested. Once merged, each becomes a
direct call (the fallbacks go).
"""

from __future__ import annotations

from typing import Any

from fairdesk.core.changes import Changes
from fairdesk.core.errors import ConflictError

_FLOW = {
    "to_invite": ("invited",),
    "invited": ("attending", "declined", "undecided"),
    "undecided": ("attending", "declined"),
    "attending": ("confirmed", "declined"),
    "declined": ("attending",),
    "confirmed": ("arrived",),
    "arrived": ("departed",),
    "departed": (),
    "cancelled": ("to_invite",),
}


def allowed_transitions(fair: Any, state: str) -> tuple[str, ...]:
    core = getattr(fair.guests, "allowed_transitions", None)
    if core is not None:
        return tuple(core(state))
    return _FLOW.get(state, ()) + (("cancelled",) if state != "cancelled" else ())


def transition(fair: Any, guest_id: str, to_state: str, note: str = "") -> Changes:
    """Move one guest. Raises ConflictError when the move is not allowed."""
    core = getattr(fair.guests, "transition", None)
    if core is not None:
        return core(guest_id, to_state, note=note)
    return transition_many(fair, [guest_id], to_state, note)


def transition_many(fair: Any, ids: list[str], to_state: str, note: str = "") -> Changes:
    """Move many guests in one transaction; all or none. Raises ConflictError."""
    core = getattr(fair.guests, "transition_many", None)
    if core is not None:
        return core(ids, to_state, note=note)
    from fairdesk.core.vocab import INVITATION_STATES, label
    with fair.transaction() as tx:
        for guest_id in ids:
            before = fair.get("guests", guest_id)
            if to_state not in allowed_transitions(fair, before["state"]):
                raise ConflictError(
                    f"{before['name']}：不能从“{label(INVITATION_STATES, before['state'])}”"
                    f"改为“{label(INVITATION_STATES, to_state)}”。",
                    f"{before['name']}: cannot go from {before['state']} to {to_state}.")
            after = tx.update("guests", guest_id, {"state": to_state})
            fair.guests.after_write(tx, "guests", before, after)
    return tx.changes


def set_inviting_unit(fair: Any, ids: list[str], unit_id: str | None) -> Changes:
    core = getattr(fair.guests, "set_inviting_unit", None)
    if core is not None:
        return core(ids, unit_id)
    with fair.transaction() as tx:
        for guest_id in ids:
            tx.update("guests", guest_id, {"inviting_unit_id": unit_id})
    return tx.changes


def history(fair: Any, guest_id: str) -> list[dict]:
    core = getattr(fair.guests, "history", None)
    if core is not None:
        return list(core(guest_id))
    return fair.rows("SELECT * FROM invitation_history WHERE guest_id = ? ORDER BY at, rowid",
                     [guest_id])


def search_ids(fair: Any, text: str, **filters: Any) -> list[str]:
    """Guest ids matching ``text`` and the filters (state, category, inviting_unit_id, country)."""
    try:
        from fairdesk.core.search import GuestSearch
    except ImportError:
        return _like_search(fair, text, filters)
    return GuestSearch(fair).search(text, **filters)


def _like_search(fair: Any, text: str, filters: dict) -> list[str]:
    where, params = [], []
    for key, value in filters.items():
        if value:
            where.append(f"[{key}] = ?")
            params.append(value)
    if text.strip():
        like = f"%{text.strip().lower()}%"
        where.append("(name LIKE ? OR search_key LIKE ? OR organisation LIKE ? OR phone LIKE ?)")
        params += [like] * 4
    sql = "SELECT id FROM guests" + (f" WHERE {' AND '.join(where)}" if where else "")
    return [r[0] for r in fair.db.execute(sql + " ORDER BY search_key", params).fetchall()]


def export_guests(fair: Any, path: str, *, ids: list[str] | None = None) -> int:
    """Write the guests to .xlsx/.csv; returns how many. Raises FairdeskError, OSError."""
    try:
        from fairdesk.core.export import export_guests as core_export
    except ImportError:
        from fairdesk.core.errors import FairdeskError
        raise FairdeskError("导出功能尚未就绪。", "Export is not available yet.") from None
    result = core_export(fair, path, ids=ids)
    return result if isinstance(result, int) else len(ids) if ids else fair.count("guests")


def follow_up(fair: Any, *, days: int = 7) -> Any:
    core = getattr(fair.guests, "follow_up", None)
    if core is not None:
        return core(days=days)
    from types import SimpleNamespace
    return SimpleNamespace(no_reply=[], undecided=[], no_arrival=[])


def unit_progress(fair: Any) -> list[Any]:
    core = getattr(fair.guests, "unit_progress", None)
    return list(core()) if core is not None else []


def export_unit_progress(fair: Any, path: str) -> None:
    """Raises FairdeskError, OSError."""
    try:
        from fairdesk.core.export import export_unit_progress as core_export
    except ImportError:
        from fairdesk.core.errors import FairdeskError
        raise FairdeskError("导出功能尚未就绪。", "Export is not available yet.") from None
    core_export(fair, path)
