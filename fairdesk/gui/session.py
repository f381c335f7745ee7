"""The open fair as the window sees it: one signal announces every change once."""

from __future__ import annotations

from fairdesk.core import privacy
from fairdesk.core.audit import record_revealed
from fairdesk.core.changes import Changes
from fairdesk.core.fair import Fair
from fairdesk.gui.qt import QObject, Signal


class FairSession(QObject):
    """Holds the open :class:`Fair`; re-emits each committed change batch as ``fair_changed``.

    Pages call core services through ``session.fair`` and refresh in
    ``on_fair_changed``; they never emit this signal themselves.
    """

    fair_changed = Signal(object)  # Changes
    fair_opened = Signal(object)  # Fair
    fair_closed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fair: Fair | None = None
        # masked values this operator chose to see in full: (record id, kind)
        self.revealed: set[tuple[str, str]] = set()

    def open(self, fair: Fair) -> None:
        self.close()
        self.fair = fair
        self.revealed.clear()
        fair.add_listener(self._on_core_changes)
        self.fair_opened.emit(fair)

    def close(self) -> None:
        if self.fair is not None:
            self.fair.remove_listener(self._on_core_changes)
            self.fair.close()
            self.fair = None
            self.fair_closed.emit()

    # --- masked ID numbers and phones ----------------------------------------------------
    def is_masked(self, kind: str, record_id: str | None) -> bool:
        """Is this record's ``kind`` ("phone", "id_number") hidden from the operator now?"""
        return (self.fair is not None and privacy.masked(self.fair, kind)
                and (record_id, kind) not in self.revealed)

    def shown(self, kind: str, record_id: str | None, value: str | None) -> str:
        """The value as the operator may see it: masked, unless shown on a click."""
        return privacy.mask(value) if self.is_masked(kind, record_id) else (value or "")

    def reveal(self, entity: str, record_id: str, kind: str) -> bool:
        """Show the record's ``kind`` in full from now on, noted in the audit log.
        False when it was not masked (nothing to note)."""
        if self.fair is None or not self.is_masked(kind, record_id):
            return False
        record_revealed(self.fair, entity, record_id, kind)
        self.revealed.add((record_id, kind))
        return True

    def operator_changed(self) -> None:
        """Another operator signed in: what the last one chose to see is hidden again."""
        self.revealed.clear()

    def _on_core_changes(self, changes: Changes) -> None:
        self.fair_changed.emit(changes)
