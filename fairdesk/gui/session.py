"""The open fair as the window sees it: one signal announces every change once."""

from __future__ import annotations

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

    def open(self, fair: Fair) -> None:
        self.close()
        self.fair = fair
        fair.add_listener(self._on_core_changes)
        self.fair_opened.emit(fair)

    def close(self) -> None:
        if self.fair is not None:
            self.fair.remove_listener(self._on_core_changes)
            self.fair.close()
            self.fair = None
            self.fair_closed.emit()

    def _on_core_changes(self, changes: Changes) -> None:
        self.fair_changed.emit(changes)
