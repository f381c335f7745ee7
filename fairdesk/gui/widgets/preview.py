"""A plan shown before anything is written: rows to keep or uncheck, and what cannot be done.

Auto-assign (rooms) and pickup generation (trips) both propose a plan; the user
reads it here, unchecks what they do not want, and accepts. The dialog only
chooses; the page applies the kept rows in one transaction.
"""

from __future__ import annotations

from fairdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.style import set_role, set_tone
from fairdesk.gui.widgets.models import CheckableRowsModel, Column, RowsModel
from fairdesk.gui.widgets.record_table import make_table_view


class PlanPreview(QDialog):
    """Proposed rows (checkable) above, rows that cannot be placed (with reasons) below."""

    def __init__(
        self,
        title: str,
        summary: str,
        columns: list[Column],
        rows: list[dict],
        left_columns: list[Column] | None = None,
        left_rows: list[dict] | None = None,
        *,
        accept_text: str = "",
        left_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.left_title = left_title or self.tr("Cannot be placed")
        self.setWindowTitle(title)
        self.model = CheckableRowsModel(columns, self)
        self.model.set_rows(rows)
        self.left_model = RowsModel(left_columns or [], self)
        self.left_model.set_rows(left_rows or [])
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.proposed = make_table_view(self.model, self)
        self.proposed.resizeColumnsToContents()
        self.left_view = make_table_view(self.left_model, self)
        self.left_view.resizeColumnsToContents()
        self.left_view.setVisible(bool(left_rows))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            accept_text or self.tr("Accept checked")
        )
        self._build(bool(left_rows))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(self.on_checks_changed)
        self.on_checks_changed()

    def _build(self, has_left: bool) -> None:
        all_button = QPushButton(self.tr("Check all"))
        none_button = QPushButton(self.tr("Uncheck all"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(all_button)
        bar.addWidget(none_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.proposed)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        if has_left:
            bottom = QWidget()
            bottom_layout = QVBoxLayout(bottom)
            bottom_layout.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(f"{self.left_title} ({self.left_model.rowCount()})")
            set_role(heading, "sectionTitle")
            set_tone(heading, "error")
            bottom_layout.addWidget(heading)
            bottom_layout.addWidget(self.left_view)
            split.addWidget(bottom)
            split.setSizes([420, 180])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 640)

    def _check_all(self, on: bool) -> None:
        for row in range(self.model.rowCount()):
            self.model.set_checked(row, on)

    def on_checks_changed(self, *_args: object) -> None:
        kept = len(self.model.checked_rows())
        self.count.setText(
            self.tr("%1 of %2 checked")
            .replace("%1", str(kept))
            .replace("%2", str(self.model.rowCount()))
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(kept > 0)

    def kept(self) -> list[dict]:
        """The rows still checked: what the user accepts."""
        return self.model.checked_rows()
