"""A record's change history under its form: who, when, which desk, before → after."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from fairdesk.core.audit import AuditEntry, history
from fairdesk.gui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QGroupBox,
    QHeaderView,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.widgets.models import Column, RowsModel

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


def local_time(fair: Fair, at: str) -> str:
    """A stored UTC time as the fair's clock reads it: ``2026-05-18 09:30``."""
    try:
        return datetime.fromisoformat(at).astimezone(fair.tz).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at[:16].replace("T", " ")


def entry_rows(fair: Fair, entries: list[AuditEntry]) -> list[dict]:
    """The entries as table rows (what the history box and the audit page show)."""
    return [{"id": e.entity_id, "at": local_time(fair, e.at), "operator": e.operator,
             "role": e.role_label, "desk": e.desk, "laptop": e.laptop, "area": e.area_label,
             "entity": e.entity_label, "record": e.record_name, "action": e.action_label,
             "summary": e.summary}
            for e in entries]


def entry_columns(*, record: bool = False) -> list[Column]:
    """The audit table's columns; with ``record``, which record each change was to."""
    columns = [Column("at", lambda: QCoreApplication.translate("AuditLog", "When")),
               Column("operator", lambda: QCoreApplication.translate("AuditLog", "Who")),
               Column("role", lambda: QCoreApplication.translate("AuditLog", "Role")),
               Column("desk", lambda: QCoreApplication.translate("AuditLog", "Desk"))]
    if record:
        columns += [Column("area", lambda: QCoreApplication.translate("AuditLog", "Area")),
                    Column("entity", lambda: QCoreApplication.translate("AuditLog", "Kind of record")),
                    Column("record", lambda: QCoreApplication.translate("AuditLog", "Record"),
                           tooltip=lambda r: r["id"])]
    return [*columns, Column("action", lambda: QCoreApplication.translate("AuditLog", "Action")),
            Column("summary", lambda: QCoreApplication.translate("AuditLog", "Before → after"),
                   tooltip=lambda r: r["summary"])]


def entry_table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class ChangeHistoryBox(QGroupBox):
    """Every change to one record, newest first, from the audit log."""

    def __init__(self, parent: QWidget | None = None, *, rows: int = 4) -> None:
        super().__init__(parent)
        self.model = RowsModel(entry_columns(), self)
        self.view = entry_table(self.model)
        self.view.setFixedHeight(28 + 26 * rows)
        QVBoxLayout(self).addWidget(self.view)
        self._count(0)

    def _count(self, n: int) -> None:
        self.setTitle(self.tr("Change history (%1)").replace("%1", str(n)))

    def show_record(self, fair: Fair | None, entity: str, record_id: str | None) -> None:
        """Show the record's history (nothing for a new record)."""
        rows = entry_rows(fair, history(fair, entity, record_id)) \
            if fair is not None and record_id else []
        self.model.set_rows(rows)
        self._count(len(rows))
