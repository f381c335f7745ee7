"""The roster's clashes as a list: kind, and the reason in a sentence; never hidden."""

from __future__ import annotations

from typing import Any

from fairdesk.gui.qt import QHeaderView, QLabel, QModelIndex, QVBoxLayout, QWidget, Signal
from fairdesk.gui.style import set_role, set_tone
from fairdesk.gui.widgets.models import Column, RowsModel
from fairdesk.gui.widgets.record_table import make_table_view

RED = "#c62828"
AMBER = "#8d6e00"


def conflict_rows(conflicts: list[Any]) -> list[dict]:
    return [
        {
            "id": c.record_ids[0] if c.record_ids else "",
            "entity": c.entity,
            "kind": c.label if hasattr(c, "label") else c.kind,
            "reason": str(c.message),
            "severity": c.severity,
        }
        for c in conflicts
    ]


class ProblemsPanel(QWidget):
    """Conflicts found by the core; double-click one to open the record to fix."""

    record_activated = Signal(str, str)  # entity, record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        colour = lambda r: RED if r["severity"] == "error" else AMBER  # noqa: E731
        self.model = RowsModel(
            [
                Column("kind", lambda: self.tr("Problem"), foreground=colour),
                Column(
                    "reason",
                    lambda: self.tr("Reason"),
                    foreground=colour,
                    tooltip=lambda r: r["reason"],
                ),
            ],
            self,
        )
        self.heading = QLabel()
        self.view = make_table_view(self.model, self)
        self.view.setWordWrap(True)
        self.view.setColumnWidth(0, 130)
        # rows grow to their wrapped reason, re-measured whenever the width changes
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setMinimumSectionSize(26)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.view.doubleClicked.connect(self.on_row_double_clicked)
        self.set_conflicts([])

    def set_conflicts(self, conflicts: list[Any]) -> None:
        self.model.set_rows(conflict_rows(conflicts))
        set_role(self.heading, "sectionTitle")
        if conflicts:
            self.heading.setText(self.tr("Problems (%1)").replace("%1", str(len(conflicts))))
            set_tone(self.heading, "error")
        else:
            self.heading.setText(self.tr("No problems found"))
            set_tone(self.heading, "ok")

    def on_row_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row["id"]:
            self.record_activated.emit(row["entity"], row["id"])
