"""Masked columns in a table: ``138****5678`` unless the role may see it; a click shows the
value in full and the audit log notes who saw it (``FairSession.reveal``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from fairdesk.gui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QEvent,
    QLineEdit,
    QModelIndex,
    QObject,
    Qt,
)
from fairdesk.gui.widgets.models import Column

if TYPE_CHECKING:
    from fairdesk.gui.session import FairSession


def private_column(session: FairSession, key: str, label: Callable[[], str], kind: str,
                   *, id_key: str = "id") -> Column:
    """A column of ``kind`` ("phone", "id_number") shown as the session allows."""
    return Column(key, label, lambda r: session.shown(kind, r.get(id_key), r.get(key)),
                  private=kind,
                  tooltip=lambda r: _hint() if session.is_masked(kind, r.get(id_key)) else "")


def _hint() -> str:
    return QCoreApplication.translate("Privacy", "Hidden for your role: click to show it in "
                                      "full (the audit log notes that you did).")


def reveal_on_click(view: QAbstractItemView, session: FairSession, entity: str,
                    *, id_of: Callable[[QModelIndex], Any] | None = None) -> None:
    """A click on a masked cell of ``view`` shows it in full (audited)."""
    def on_clicked(index: QModelIndex) -> None:
        columns = getattr(view.model(), "columns", [])
        if not 0 <= index.column() < len(columns) or not columns[index.column()].private:
            return
        record_id = id_of(index) if id_of else index.data(Qt.ItemDataRole.UserRole)
        if record_id and session.reveal(entity, str(record_id), columns[index.column()].private):
            view.viewport().update()

    view.clicked.connect(on_clicked)


class MaskedFields(QObject):
    """Line edits of a form that show a masked value, read-only, until clicked: the click
    shows the value in full (audited) and makes it editable. ``masked`` names the fields
    whose text is not the stored value (a save must leave them out)."""

    def __init__(self, session: FairSession, entity: str, edits: dict[str, QLineEdit],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entity = entity
        self.edits = edits  # kind ("phone", "id_number") -> its line edit
        self.record_id: str | None = None
        self.values: dict[str, str] = {}
        self.masked: set[str] = set()
        for edit in edits.values():
            edit.installEventFilter(self)

    def show_record(self, record_id: str | None, row: dict) -> None:
        """After the form loaded ``row``: mask what the operator's role may not see."""
        self.record_id, self.masked = record_id, set()
        for kind, edit in self.edits.items():
            self.values[kind] = str(row.get(kind) or "")
            hide = bool(record_id and self.values[kind]
                        and self.session.is_masked(kind, record_id))
            edit.setReadOnly(hide)
            edit.setToolTip(_hint() if hide else "")
            if hide:
                edit.setText(self.session.shown(kind, record_id, self.values[kind]))
                self.masked.add(kind)

    def reveal(self, kind: str) -> None:
        if kind not in self.masked or self.record_id is None:
            return
        self.session.reveal(self.entity, self.record_id, kind)
        self.masked.discard(kind)
        edit = self.edits[kind]
        edit.setText(self.values[kind])
        edit.setReadOnly(False)
        edit.setToolTip("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseButtonPress:
            for kind, edit in self.edits.items():
                if watched is edit:
                    self.reveal(kind)
        return False
