"""What a mutation changed: returned by every service call, broadcast once by the window."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

STAMPS = frozenset({"created_at", "updated_at", "updated_by"})
AREAS = ("guests", "reception", "security", "signing", "agenda", "badges", "settings")


class ChangeAction(enum.StrEnum):
    """What a :class:`Change` did to its record (stored as the value, ``audit_log.action``)."""

    #: A record was created.
    CREATE = "create"
    #: Some fields of a record changed.
    UPDATE = "update"
    #: A record was deleted (a tombstone remembers it).
    DELETE = "delete"
    #: Many records were created at once; one change (record id ``*``, ``after`` holding the
    #: count) stands for them all.
    BULK_CREATE = "bulk-create"
    #: Someone saw a masked value (an ID number, a phone) in full; no record changed.
    REVEAL = "reveal"
    #: The fair's content was replaced by a backup (record id: the backup's file name).
    RESTORE = "restore"
    #: An earlier action of this desk was taken back (record id: that action's id); its
    #: writes are audited as any other, this row says which action they undid.
    UNDO = "undo"


@dataclass(frozen=True)
class Change:
    """One record created, updated or deleted."""

    area: str
    entity: str
    record_id: str
    action: ChangeAction
    before: dict | None = None
    after: dict | None = None

    @property
    def fields(self) -> set[str]:
        """Names of the fields whose value differs between before and after (stamps aside)."""
        before, after = self.before or {}, self.after or {}
        return {k for k in set(before) | set(after)
                if before.get(k) != after.get(k) and k not in STAMPS}


@dataclass
class Changes:
    """A batch of :class:`Change` from one transaction."""

    items: list[Change] = field(default_factory=list)

    def add(self, change: Change) -> None:
        self.items.append(change)

    def extend(self, other: Changes) -> None:
        self.items.extend(other.items)

    @property
    def areas(self) -> set[str]:
        return {c.area for c in self.items}

    @property
    def entities(self) -> set[str]:
        return {c.entity for c in self.items}

    def ids(self, entity: str | None = None) -> list[str]:
        return [c.record_id for c in self.items if entity is None or c.entity == entity]

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)
