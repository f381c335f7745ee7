"""Exchange with another desk by file: export what it may lack, import what it sent."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.base.errors import FairFileError
from fairdesk.base.files import written
from fairdesk.core import backups, roles
from fairdesk.core.sync import wire
from fairdesk.core.sync.engine import Merged
from fairdesk.core.sync.review import ReviewItem, review
from fairdesk.core.timeutil import utc_now_iso

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


@dataclass
class Exported:
    path: Path
    records: int
    audit_rows: int
    size: int


@dataclass
class Imported:
    desk: str
    merged: Merged
    review: list[ReviewItem]
    backup: Path | None


def export_bytes(fair: Fair, since_peer: str | None = None) -> tuple[bytes, int, int]:
    """The sealed batch, and the record and audit counts in it. With ``since_peer``, only
    what was not yet sent to that desk; its mark moves on."""
    seq, audit = fair.sync.peer_marks(since_peer) if since_peer else (0, 0)
    batch = fair.sync.batch(seq, audit)
    data = wire.seal(fair, batch)
    if since_peer:
        fair.sync.set_peer(since_peer, sent_seq=batch.last_seq, sent_audit=batch.last_audit)
    return data, len(batch.records), len(batch.audit)


def export_file(fair: Fair, path: str | Path, since_peer: str | None = None) -> Exported:
    """Write a ``.fairsync`` file. Raises FairFileError, OSError."""
    data, records, audit = export_bytes(fair, since_peer)
    target = Path(path)
    with written(target) as tmp:
        Path(tmp).write_bytes(data)
    return Exported(target, records, audit, len(data))


def import_bytes(fair: Fair, data: bytes, *, backup: bool = True) -> Imported:
    """Check, back up, merge in one transaction, and review. Raises FairFileError with
    nothing changed when the data is refused."""
    header, batch = wire.open_sealed(fair, data)
    saved = None
    if backup and fair.path is not None:
        saved = backups.back_up(fair, "merge").path
    merged = fair.sync.merge(batch)
    desk = str(header.get("desk", ""))
    fair.sync.set_peer(desk, desk_id=desk, seen_at=utc_now_iso())
    return Imported(desk, merged, review(fair, merged.arrived), saved)


def import_file(fair: Fair, path: str | Path, *, backup: bool = True) -> Imported:
    """Merge another desk's .fairsync file: the committee's decision once PINs are set (the
    LAN exchange between a fair's own desks runs without asking)."""
    roles.require(fair, roles.Action.MERGE)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise FairFileError(f"无法读取 {path}。", f"Cannot read {path}.") from exc
    return import_bytes(fair, data, backup=backup)
