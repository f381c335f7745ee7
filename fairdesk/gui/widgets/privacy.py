"""Masked columns in a table: ``138****5678`` unless the role may see it; a click shows the
value in full and the audit log notes who saw it (``FairSession.reveal``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from fairdesk.gui.qt import QAbstractItemView, QCoreApplication, QModelIndex, Qt
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
