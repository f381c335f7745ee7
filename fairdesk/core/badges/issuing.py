"""Issuing badges and the print log: each badge version, reprints that void the old one,
who printed what, and choosing whom a batch prints for.

A reprint issues the next version (see :mod:`fairdesk.core.badges.codes` for the code's form);
the previous one then scans as "replaced".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fairdesk.base.errors import ConflictError, NotFoundError, ValidationError
from fairdesk.base.i18n import Text
from fairdesk.core import roles
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.ids import new_id
from fairdesk.core.timeutil import fair_now_iso
from fairdesk.core.vocab import INVITATION_STATES

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row, Tx

from fairdesk.core.badges.codes import make_code, secret


@dataclass(frozen=True)
class Badge:
    id: str
    guest_id: str
    version: int
    code: str
    printed_at: str | None = None
    printed_by: str = ""
    voided_at: str | None = None


def _badge(key: bytes, row: Row, ref_code: str) -> Badge:
    return Badge(row["id"], row["guest_id"], row["version"], make_code(key, ref_code, row["version"]),
                 row.get("printed_at"), row.get("printed_by") or "", row.get("voided_at"))


def _guest(fair: Fair, guest_id: str) -> Row:
    rows = fair.rows("SELECT id, ref_code, name, category, state FROM guests WHERE id = ?",
                     [guest_id])
    if not rows:
        raise NotFoundError(f"找不到嘉宾 {guest_id}。", f"No guest {guest_id}.")
    return rows[0]


def current_badge(fair: Fair, guest_id: str) -> Badge | None:
    """The guest's valid badge (the newest, not voided), or None."""
    rows = fair.rows("SELECT * FROM badges WHERE guest_id = ? AND voided_at IS NULL "
                     "ORDER BY version DESC LIMIT 1", [guest_id])
    if not rows:
        return None
    return _badge(secret(fair), rows[0], _guest(fair, guest_id)["ref_code"])


def _void_valid(fair: Fair, tx: Tx, guest_id: str) -> None:
    """Void the guest's valid badge(s): a new version is about to replace them."""
    for old in fair.rows("SELECT id FROM badges WHERE guest_id = ? AND voided_at IS NULL",
                         [guest_id]):
        tx.update("badges", old["id"], {"voided_at": tx.now})


def _issue(fair: Fair, tx: Tx, key: bytes, guest: Row, size: str) -> Badge:
    last = fair.scalar("SELECT max(version) FROM badges WHERE guest_id = ?", [guest["id"]]) or 0
    _void_valid(fair, tx, guest["id"])
    row = tx.insert("badges", {"guest_id": guest["id"], "version": last + 1,
                               "category": guest["category"], "size": size})
    return _badge(key, row, guest["ref_code"])


def issue_badge(fair: Fair, guest_id: str, *, size: str = "") -> Badge:
    """A new badge version for the guest; the previous one is void from now on.

    Raises NotFoundError for an unknown guest, PermissionDenied (the valid badge was
    printed, roles in force and not the committee).
    """
    guest = _guest(fair, guest_id)
    if already_printed(fair, [guest_id]):
        roles.require(fair, roles.Action.REPRINT)
    key = secret(fair)
    with fair.transaction() as tx:
        return _issue(fair, tx, key, guest, size)


@dataclass(frozen=True)
class PrintRecord:
    guest_id: str
    name: str
    version: int
    printed_at: str
    printed_by: str

    @property
    def warning(self) -> Text:
        return Text(f"{self.name} 的证件已于 {self.printed_at[:16].replace('T', ' ')} 由 "
                    f"{self.printed_by} 打印（第 {self.version} 版）；重印将使旧证作废。",
                    f"{self.name}'s badge was already printed on "
                    f"{self.printed_at[:16].replace('T', ' ')} by {self.printed_by} "
                    f"(version {self.version}); reprinting voids the old one.")


def already_printed(fair: Fair, guest_ids: list[str]) -> list[PrintRecord]:
    """The guests among ``guest_ids`` whose valid badge was printed before: warn before reprinting."""
    return [PrintRecord(r["guest_id"], r["name"], r["version"], r["printed_at"], r["printed_by"])
            for r in fair.rows_in(
                "SELECT b.guest_id, g.name, b.version, b.printed_at, b.printed_by FROM badges b "
                "JOIN guests g ON g.id = b.guest_id WHERE b.voided_at IS NULL "
                "AND b.printed_at IS NOT NULL AND b.guest_id IN (?...)", guest_ids)]


@dataclass
class PrintBatch:
    """The badges to print for a batch of guests, in the order asked."""

    badges: list[Badge] = field(default_factory=list)
    reprinted: list[PrintRecord] = field(default_factory=list)
    size: str = ""
    # reprints: new versions planned but not written until the batch is printed, so a
    # cancelled or failed print leaves the badge in the guest's hand valid
    pending: dict[str, Row] = field(default_factory=dict)


def badges_for_printing(fair: Fair, guest_ids: list[str], *, size: str = "",
                        reprint: bool = True) -> PrintBatch:
    """The badge each guest gets: their unprinted badge, else a new version (one transaction).

    A guest whose badge was printed before gets the next version when ``reprint`` (it is
    written, and the printed one voided, only by :func:`record_printed`); without
    ``reprint`` such guests are left out. Raises NotFoundError for an unknown guest id.
    """
    key = secret(fair)
    guest_ids = list(dict.fromkeys(guest_ids))
    printed = {p.guest_id: p for p in already_printed(fair, guest_ids)}
    if printed and reprint:
        roles.require(fair, roles.Action.REPRINT)
    batch = PrintBatch(size=size)
    guests = {g["id"]: g for g in fair.rows_in(
        "SELECT id, ref_code, name, category FROM guests WHERE id IN (?...)", guest_ids)}
    valid = {r["guest_id"]: r for r in fair.rows_in(
        "SELECT * FROM badges WHERE voided_at IS NULL AND guest_id IN (?...)", guest_ids)}
    with fair.transaction() as tx:
        for gid in guest_ids:
            if gid not in guests:
                raise NotFoundError(f"找不到嘉宾 {gid}。", f"No guest {gid}.")
            if gid in printed:
                if not reprint:
                    continue
                batch.reprinted.append(printed[gid])
                batch.badges.append(_plan_reprint(key, batch, guests[gid], valid[gid], size))
                continue
            row = valid.get(gid)
            if row is not None:  # issued, never printed: print that one
                batch.badges.append(_badge(key, row, guests[gid]["ref_code"]))
            else:
                batch.badges.append(_issue(fair, tx, key, guests[gid], size))
    return batch


PROOF_SAMPLE = 8  # a proof shows the layout on a few guests (one A4 sheet of 8-up)


def proof_batch(fair: Fair, guest_ids: list[str], *, size: str = "",
                sample: int = PROOF_SAMPLE) -> PrintBatch:
    """A sample of the layout on plain paper: the first ``sample`` guests' badges drawn with a
    throw-away key, so their codes scan red as forged. Issues, voids and records nothing.
    Raises NotFoundError for an unknown guest id."""
    key = f"proof-{new_id()}".encode()
    ids = list(dict.fromkeys(guest_ids))[:sample]
    guests = {g["id"]: g for g in fair.rows_in(
        "SELECT id, ref_code, category FROM guests WHERE id IN (?...)", ids)}
    batch = PrintBatch(size=size)
    for gid in ids:
        if gid not in guests:
            raise NotFoundError(f"找不到嘉宾 {gid}。", f"No guest {gid}.")
        row = {"id": f"proof-{gid}", "guest_id": gid, "version": 1,
               "category": guests[gid]["category"], "size": size}
        batch.badges.append(_badge(key, row, guests[gid]["ref_code"]))
    return batch


def _plan_reprint(key: bytes, batch: PrintBatch, guest: Row, printed: Row, size: str) -> Badge:
    row = {"id": new_id(), "guest_id": guest["id"], "version": printed["version"] + 1,
           "category": guest["category"], "size": size}
    batch.pending[row["id"]] = row
    return _badge(key, row, guest["ref_code"])


def _write_reprint(fair: Fair, tx: Tx, row: Row) -> None:
    """Void the guest's printed badge and write the new version planned for the batch.

    Raises ConflictError when another desk reprinted the badge meanwhile.
    """
    last = fair.scalar("SELECT max(version) FROM badges WHERE guest_id = ?", [row["guest_id"]])
    if last != row["version"] - 1:
        name = fair.scalar("SELECT name FROM guests WHERE id = ?", [row["guest_id"]])
        raise ConflictError(f"{name} 的证件刚在别处重印过，请重新打印这一批。",
                            f"{name}'s badge was just reprinted elsewhere; print this batch "
                            "again.")
    _void_valid(fair, tx, row["guest_id"])
    tx.insert("badges", row)


def record_printed(fair: Fair, batch: PrintBatch) -> int:
    """Write a rendered batch: its reprinted versions (voiding the old badges) and the print
    log; returns the number of badges. Raises ConflictError (reprinted elsewhere meanwhile)."""
    at = fair_now_iso(fair.tz)
    if batch.pending:
        roles.require(fair, roles.Action.REPRINT)
    with fair.transaction() as tx:
        by = fair.operator.stamp
        for row in batch.pending.values():
            _write_reprint(fair, tx, row)
        for badge in batch.badges:
            tx.update("badges", badge.id, {"printed_at": at, "printed_by": by,
                                           "size": batch.size})
        tx.insert_many("badge_prints", [
            {"badge_id": b.id, "guest_id": b.guest_id, "version": b.version, "size": batch.size,
             "printed_at": at, "printed_by": by} for b in batch.badges])
    return len(batch.badges)


def print_log(fair: Fair, guest_id: str) -> list[Row]:
    """Every printing of the guest's badges, newest first."""
    return fair.rows("SELECT * FROM badge_prints WHERE guest_id = ? ORDER BY printed_at DESC",
                     [guest_id])


# --- choosing whom to print for ---------------------------------------------------------------

SORTS = ("unit", "name")
NO_BADGE_STATES = (InvitationState.DECLINED, InvitationState.CANCELLED)  # they get no badge


def select_guests(fair: Fair, *, categories: list[str] | None = None,
                  units: list[str] | None = None, states: list[str] | None = None,
                  guest_ids: list[str] | None = None, sort: str = "unit") -> list[str]:
    """Guest ids for a badge batch, by filter or selection, sorted by inviting unit or name.

    ``units`` match an inviting unit's id or name. Without ``states``, guests who declined
    or were cancelled are left out. Raises ValidationError for an unknown sort.
    """
    if sort not in SORTS:
        raise ValidationError("sort", f"排序方式“{sort}”无效（unit 或 name）。",
                              f"Sort '{sort}' is not one of unit, name.")
    where, params = [], []
    if categories:
        where.append(f"g.category IN ({','.join('?' * len(categories))})")
        params += categories
    if units:
        marks = ",".join("?" * len(units))
        where.append(f"(g.inviting_unit_id IN ({marks}) OR u.name IN ({marks}))")
        params += units + units
    if states:
        where.append(f"g.state IN ({','.join('?' * len(states))})")
        params += states
    elif not guest_ids:
        where.append(f"g.state NOT IN ({','.join('?' * len(NO_BADGE_STATES))})")
        params += list(NO_BADGE_STATES)
    order = ("coalesce(u.sort_order, 9999), coalesce(u.name, ''), g.search_key"
             if sort == "unit" else "g.search_key, g.name")
    rows = fair.rows("SELECT g.id FROM guests g LEFT JOIN inviting_units u "
                     "ON u.id = g.inviting_unit_id"
                     + (f" WHERE {' AND '.join(where)}" if where else "") + f" ORDER BY {order}",
                     params)
    found = [r["id"] for r in rows]
    if guest_ids is not None:
        wanted, have = set(guest_ids), set(found)
        missing = [g for g in guest_ids if g not in have]
        if missing and not where:
            raise NotFoundError(f"找不到嘉宾 {missing[0]}。", f"No guest {missing[0]}.")
        found = [g for g in found if g in wanted]
    return found


@dataclass
class BatchChoice:
    """Who a batch printed from the window is for, and who is left out and why."""

    guest_ids: list[str] = field(default_factory=list)  # to print, sorted
    no_badge: dict[str, int] = field(default_factory=dict)  # state -> guests left out
    printed: list[PrintRecord] = field(default_factory=list)  # already printed (kept or skipped)
    skipped_printed: bool = False

    @property
    def left_out(self) -> int:
        return sum(self.no_badge.values()) + (len(self.printed) if self.skipped_printed else 0)


def choose_batch(fair: Fair, guest_ids: list[str], *, sort: str = "unit",
                 skip_printed: bool = False) -> BatchChoice:
    """The guests among ``guest_ids`` who get a badge, sorted by ``sort``.

    Declined and cancelled guests are left out (counted by state); with
    ``skip_printed`` so are guests whose valid badge was already printed.
    Raises ValidationError for an unknown sort.
    """
    wanted = list(dict.fromkeys(guest_ids))
    if not wanted:
        if sort not in SORTS:
            select_guests(fair, guest_ids=[], sort=sort)  # raises the sort's error
        return BatchChoice(skipped_printed=skip_printed)
    states = [s for s in INVITATION_STATES if s not in NO_BADGE_STATES]
    ids = select_guests(fair, guest_ids=wanted, states=states, sort=sort)
    keep = set(ids)
    no_badge: dict[str, int] = {}
    for r in fair.rows_in("SELECT state, count(*) AS n FROM guests WHERE id IN (?...)"
                          " GROUP BY state", [g for g in wanted if g not in keep]):
        no_badge[r["state"]] = no_badge.get(r["state"], 0) + r["n"]  # summed over the chunks
    printed = already_printed(fair, ids)
    if skip_printed:
        done = {p.guest_id for p in printed}
        ids = [g for g in ids if g not in done]
    return BatchChoice(ids, no_badge, printed, skip_printed)
