"""Undo: take back this desk's last action (a bulk change, an import, an assignment) from
the audit log's before-images, while nothing newer has touched the same records.

An action is one outermost transaction (``audit_log.action_id``). Undoing it is itself a
transaction: each record is written back through ``Tx`` (audited, sent to other desks),
and one ``undo`` audit row names the action taken back, so the next Undo goes one further
back and an undone action is never undone twice.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import ConflictError
from fairdesk.base.i18n import Text, t
from fairdesk.core import roles
from fairdesk.core.audit import OTHER_TABLES, entity_specs, load_image
from fairdesk.core.changes import STAMPS, ChangeAction
from fairdesk.core.guests.merging import KINDS
from fairdesk.core.timeutil import short_time

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair

#: An undo touching more records than this says what it will change first (and, with
#: roles in force, is the committee's, as a bulk change is).
LARGE = 20
_NAMES = {**KINDS, **OTHER_TABLES}  # kinds of record that are no entity of a service
#: Rows of these tables are not actions a person takes back (a sign-in, a setting).
NOT_UNDONE = ("operators", "fair_settings")
_UNDOABLE = (ChangeAction.CREATE, ChangeAction.UPDATE, ChangeAction.DELETE)
# what undoing each kind of row does, per kind of record: (zh, en) with {n}
_VERBS = {ChangeAction.CREATE: ("删除新建的 {n} 条", "{n} created, deleted again"),
          ChangeAction.BULK_CREATE: ("删除新建的 {n} 条", "{n} created, deleted again"),
          ChangeAction.UPDATE: ("{n} 条改回原值", "{n} changed back"),
          ChangeAction.DELETE: ("恢复已删除的 {n} 条", "{n} deleted, restored")}


@dataclass(frozen=True)
class Step:
    """One audit row of the action, to be taken back."""

    rowid: int
    entity: str
    record_id: str
    action: str
    before: dict
    after: dict
    at: str = ""  # UTC ISO, as the rows it wrote were stamped


@dataclass(frozen=True)
class UndoPlan:
    """This desk's last action, as its audit rows (oldest first)."""

    action_id: str
    at: str  # UTC ISO
    operator: str
    steps: tuple[Step, ...]

    @property
    def records(self) -> int:
        return len({(s.entity, s.record_id) for s in self.steps
                    if s.action != ChangeAction.BULK_CREATE}) + sum(
            int(s.after.get("count") or 0) for s in self.steps
            if s.action == ChangeAction.BULK_CREATE)

    @property
    def large(self) -> bool:
        return self.records > LARGE

    def lines(self, fair: Fair) -> list[Text]:
        """What the undo will do, one line per kind of record and change."""
        specs = entity_specs(fair)
        counts: Counter[tuple[str, str]] = Counter()
        for s in self.steps:
            bulk = s.action == ChangeAction.BULK_CREATE
            counts[(s.entity, ChangeAction.CREATE if bulk else s.action)] += \
                int(s.after.get("count") or 0) if bulk else 1
        out = []
        for (entity, action), n in counts.items():
            spec = specs.get(entity)
            zh, en = (spec.zh, spec.en) if spec else _NAMES.get(entity, (entity, entity))
            vzh, ven = _VERBS[ChangeAction(action)]
            out.append(Text(f"{zh}：{vzh.format(n=n)}", f"{en}: {ven.format(n=n)}"))
        return out

    def summary(self, fair: Fair) -> str:
        return t("；", "; ").join(str(line) for line in self.lines(fair))


def last_action(fair: Fair) -> UndoPlan | None:
    """This desk's last action not yet undone (sign-ins and settings aside), or None."""
    marks = ", ".join("?" * len(NOT_UNDONE))
    found = fair.rows(
        "SELECT rowid, action_id FROM audit_log WHERE origin = ? AND action_id != ''"
        " AND action IN ('create', 'update', 'delete', 'bulk-create')"
        f" AND entity NOT IN ({marks})"
        " AND action_id NOT IN (SELECT action_id FROM audit_log WHERE action = 'undo')"
        " AND action_id NOT IN (SELECT entity_id FROM audit_log WHERE action = 'undo')"
        " ORDER BY rowid DESC LIMIT 1", [fair.desk_id, *NOT_UNDONE])
    if not found:
        return None
    restored = fair.scalar("SELECT MAX(rowid) FROM audit_log WHERE action = 'restore'")
    if restored is not None and restored > found[0]["rowid"]:
        return None  # the fair was replaced by a backup since: its older actions stay
    rows = fair.rows(f"SELECT rowid, * FROM audit_log WHERE action_id = ?"
                     f" AND entity NOT IN ({marks}) ORDER BY rowid",
                     [found[0]["action_id"], *NOT_UNDONE])
    # rows inserted in bulk (one summary audit row) are undone only as the children of
    # records the action created: they go with them
    parents = {r["entity"] for r in rows if r["action"] == ChangeAction.CREATE}
    children = {child for p in parents for child, _ in fair.cascades(p)}
    if any(r["action"] not in _UNDOABLE and not (
            r["action"] == ChangeAction.BULK_CREATE and r["entity"] in children) for r in rows):
        raise ConflictError("上一次操作是批量写入，无法撤销。",
                            "The last action was a bulk write that cannot be undone.")
    steps = tuple(Step(r["rowid"], r["entity"], r["entity_id"], r["action"],
                       load_image(r["before"]), load_image(r["after"]), r["at"]) for r in rows)
    return UndoPlan(found[0]["action_id"], rows[0]["at"], rows[0]["operator"], steps)


def check(fair: Fair, plan: UndoPlan) -> None:
    """Raises ConflictError (naming the record, who and when) when a newer change touched a
    record of the action, or a record was added since that refers to one it created."""
    mine = {(s.entity, s.record_id) for s in plan.steps}
    last = plan.steps[-1].rowid
    # a newer action already undone, and that undo, cancel out: they leave the records as
    # this action left them
    cancelled = {x for r in fair.rows("SELECT entity_id, action_id FROM audit_log"
                                      " WHERE action = 'undo' AND rowid > ?", [last])
                 for x in (r["entity_id"], r["action_id"])}
    for r in fair.rows("SELECT entity, entity_id, operator, at, before, after, action_id"
                       " FROM audit_log WHERE rowid > ? AND action IN ('create', 'update',"
                       " 'delete') ORDER BY rowid", [last]):
        if (r["entity"], r["entity_id"]) in mine and r["action_id"] not in cancelled:
            _refuse(fair, r["entity"], load_image(r["after"]) or load_image(r["before"]),
                    r["operator"], r["at"])
    created = {s.record_id for s in plan.steps if s.action == ChangeAction.CREATE}
    bulk = {(s.entity, s.at) for s in plan.steps if s.action == ChangeAction.BULK_CREATE}
    by_entity: dict[str, list[Step]] = {}
    for step in plan.steps:
        if step.action == ChangeAction.CREATE:
            by_entity.setdefault(step.entity, []).append(step)
    for entity, steps in by_entity.items():
        named = {s.record_id: s for s in steps}
        for child, column in fair.cascades(entity):
            for row in fair.rows_in(f"SELECT * FROM [{child}] WHERE [{column}] IN (?...)",
                                    list(named)):
                if row["id"] not in created and (child, row.get("created_at")) not in bulk:
                    step = named[row[column]]
                    _refuse(fair, step.entity, step.after, row.get("updated_by") or "",
                            row.get("created_at") or "")


def _refuse(fair: Fair, entity: str, row: dict, who: str, at: str) -> None:
    specs = entity_specs(fair)
    spec = specs.get(entity)
    name = str(row.get(spec.title) if spec else "") or row.get("name") or row.get("id") or ""
    kind = (spec.zh, spec.en) if spec else _NAMES.get(entity, (entity, entity))
    when = clock(fair, at)
    raise ConflictError(
        f"无法撤销：{kind[0]}“{name}”之后又被改动过（{who}，{when}），请手工修改。",
        f"Cannot undo: the {kind[1].lower()} “{name}” was changed again afterwards "
        f"({who}, {when}); change it by hand.")


def undo(fair: Fair, plan: UndoPlan) -> Changes:
    """Take back ``plan`` in one transaction, audited, checked again inside it.

    Raises ConflictError (a newer change, or a record that can no longer be written back:
    a value taken since, a photo whose image the log does not keep), PermissionDenied (a
    large undo, roles in force and not the committee)."""
    if plan.large:
        roles.require(fair, roles.Action.BULK)
    try:
        with fair.transaction() as tx:
            check(fair, plan)
            for step in reversed(plan.steps):
                _take_back(fair, tx, step)
            tx.audit_only("audit_log", plan.action_id, ChangeAction.UNDO,
                          {"summary": plan.summary(fair)})
    except sqlite3.IntegrityError as exc:
        raise ConflictError("无法撤销：有记录已不能恢复原样（例如编号已被占用），未做任何修改。",
                            "Cannot undo: a record can no longer be put back as it was (a "
                            "number taken since, say); nothing was changed.") from exc
    return tx.changes


def _take_back(fair: Fair, tx: Any, step: Step) -> None:
    if step.action == ChangeAction.BULK_CREATE:
        return  # children of records created alongside: deleted with them
    if step.action == ChangeAction.CREATE:
        if fair.count(step.entity, "id = ?", [step.record_id]):
            tx.delete(step.entity, step.record_id)
    elif step.action == ChangeAction.UPDATE:
        values = {k: v for k, v in step.before.items()
                  if k not in STAMPS and k != "id" and v != step.after.get(k)}
        if values:
            tx.update(step.entity, step.record_id, values)
    else:
        tx.insert(step.entity, {k: v for k, v in step.before.items() if k not in STAMPS})
        fair.db.execute("DELETE FROM tombstones WHERE id = ?", [step.record_id])


def clock(fair: Fair, at: str) -> str:
    """A UTC ISO time as the fair's month-day hour:minute."""
    return short_time(at, fair.tz)

