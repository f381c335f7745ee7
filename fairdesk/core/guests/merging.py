"""Two records of one person made one: what would move, and the merge itself.

The same operation serves the guests page ("Merge guests…") and the review after a
sync (the same person entered at two desks): every record that refers to the dropped
guest moves to the kept one, audited, and the dropped guest leaves a tombstone.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fairdesk.base.errors import ConflictError, ValidationError
from fairdesk.base.i18n import language
from fairdesk.core import roles

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Tx

#: What the records referring to a guest are, in words (a table not named here shows its name).
KINDS: dict[str, tuple[str, str]] = {
    "companions": ("随行人员", "Companions"),
    "stays": ("住宿", "Stays"),
    "trip_passengers": ("行程", "Trips"),
    "badges": ("证件", "Badges"),
    "badge_prints": ("证件打印记录", "Badge prints"),
    "check_ins": ("报到记录", "Check-ins"),
    "invitation_history": ("邀请状态记录", "Invitation history"),
    "guest_photos": ("照片", "Photo"),
    "dietary_needs": ("饮食需求", "Dietary needs"),
    "attendance": ("活动签到", "Session sign-ins"),
    "session_guests": ("受邀活动", "Sessions invited to"),
    "escort_assignments": ("陪同安排", "Escorts"),
    "banquet_seats": ("宴会座位", "Banquet seats"),
    "signing_parties": ("签约方", "Signing parties"),
    "ceremony_witnesses": ("签约见证人", "Signing witnesses"),
}


@dataclass(frozen=True)
class Moved:
    """Records of one kind that refer to a guest (and would move with a merge)."""

    table: str
    count: int

    @property
    def label(self) -> str:
        zh, en = KINDS.get(self.table, (self.table, self.table))
        return en if language() == "en" else zh


def references(fair: Fair) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to ``guests``."""
    return [(table, fk[3]) for (table,) in fair.db.execute(
        "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall()
        for fk in fair.db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()
        if fk[2] == "guests"]


def what_moves(fair: Fair, guest_id: str) -> list[Moved]:
    """The records that refer to ``guest_id``, by kind (kinds with none left out), in
    the order of :data:`KINDS`."""
    order = list(KINDS)
    found = [Moved(table, fair.count(table, f"[{column}] = ?", [guest_id]))
             for table, column in references(fair)]
    return sorted((m for m in found if m.count),
                  key=lambda m: (order.index(m.table) if m.table in order else len(order),
                                 m.table))


def unlinked_on_delete(fair: Fair) -> list[tuple[str, str]]:
    """The references to a guest that outlive the guest, unlinked (their column may be
    empty): a signing party or a witness stays in the register under its own name."""
    return [(table, column) for table, column in references(fair)
            if not next(c[3] for c in fair.db.execute(f"PRAGMA table_info([{table}])")
                        if c[1] == column)]


def what_deletion_keeps(fair: Fair, guest_id: str) -> list[Moved]:
    """The records that a deletion of ``guest_id`` keeps, no longer linked to the guest."""
    kept = set(unlinked_on_delete(fair))
    return [m for m in what_moves(fair, guest_id)
            if any(table == m.table for table, _column in kept)]


def delete_guest(fair: Fair, guest_id: str) -> Changes:
    """Delete a guest with a tombstone, in one audited transaction: what belongs to the
    guest alone (companions, stays, badges, check-ins …) goes with them; a signing party or
    a ceremony witness stays, its link to the guest emptied.

    Raises NotFoundError, PermissionDenied (the committee's once PINs are set)."""
    fair.get("guests", guest_id)
    roles.require(fair, roles.Action.DELETE)
    with fair.transaction() as tx:
        for table, column in unlinked_on_delete(fair):
            for (row_id,) in fair.db.execute(
                    f"SELECT id FROM [{table}] WHERE [{column}] = ?", [guest_id]).fetchall():
                tx.update(table, row_id, {column: None})
        fair.guests.delete("guests", guest_id)
    return tx.changes


def merge_guests(fair: Fair, kept: str, dropped: str) -> Changes:
    """Make ``dropped`` one with ``kept``: every record that refers to it (companions,
    stays, trips, badges, check-ins, history…) is moved to ``kept``, audited, and the
    dropped guest is deleted with a tombstone, all in one transaction.

    A record a guest has once (a photo, an invitation to a session, a sign-in) that both
    have stays the kept guest's: the dropped one's is deleted. The dropped guest's badges
    move with the next versions, void: their printed codes carry the dropped reference
    code, which no longer scans.

    Raises NotFoundError, ValidationError (the same guest twice), PermissionDenied (a
    deletion: the committee's once PINs are set), ConflictError (a record both have that
    cannot be made one)."""
    if kept == dropped:
        raise ValidationError("guest", "请选择两位不同的嘉宾进行合并。",
                              "Choose two different guests to merge.")
    fair.get("guests", kept)
    fair.get("guests", dropped)
    roles.require(fair, roles.Action.DELETE)
    refs = references(fair)
    try:
        with fair.transaction() as tx:
            _move_badges(fair, tx, kept, dropped)
            for table, column in refs:
                once = _once_per_guest(fair, table, column)
                for row in fair.rows(f"SELECT * FROM [{table}] WHERE [{column}] = ?", [dropped]):
                    if once is not None and _kept_has(fair, table, column, once, row, kept):
                        tx.delete(table, row["id"])
                    else:
                        tx.update(table, row["id"], {column: kept})
            tx.delete("guests", dropped)
    except sqlite3.IntegrityError as exc:
        raise ConflictError("两位嘉宾都有只能有一份的记录，请先删除其中一份再合并。",
                            "Both guests have a record a guest may have only once; remove "
                            "one, then merge.") from exc
    return tx.changes


def _move_badges(fair: Fair, tx: Tx, kept: str, dropped: str) -> None:
    top = fair.scalar("SELECT MAX(version) FROM badges WHERE guest_id = ?", [kept]) or 0
    for i, badge in enumerate(fair.rows(
            "SELECT * FROM badges WHERE guest_id = ? ORDER BY version", [dropped]), 1):
        tx.update("badges", badge["id"], {"guest_id": kept, "version": top + i,
                                          "voided_at": badge["voided_at"] or tx.now})


def _once_per_guest(fair: Fair, table: str, column: str) -> list[str] | None:
    """The other columns of a unique index on ``table`` that holds ``column`` (``[]``: the
    column alone), or None when a guest may have many such rows."""
    for index in fair.db.execute(f"PRAGMA index_list([{table}])").fetchall():
        if not index[2]:
            continue
        cols = [c[2] for c in fair.db.execute(f"PRAGMA index_info([{index[1]}])").fetchall()]
        if column in cols:
            return [c for c in cols if c != column]
    return None


def _kept_has(fair: Fair, table: str, column: str, others: list[str], row: dict,
              kept: str) -> bool:
    where = " AND ".join([f"[{column}] = ?", *(f"[{c}] IS ?" for c in others)])
    return bool(fair.count(table, where, [kept, *(row[c] for c in others)]))


def valid_badges(fair: Fair, guest_id: str) -> int:
    """How many printed, not voided badges a guest has (a merge voids the dropped one's)."""
    return fair.count("badges", "guest_id = ? AND voided_at IS NULL AND printed_at IS NOT NULL",
                      [guest_id])
