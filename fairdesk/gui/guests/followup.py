"""The follow-up lists (three tabs) and the per-unit progress table with bars."""

from __future__ import annotations

from typing import Any

from fairdesk.base.errors import FairdeskError
from fairdesk.core.vocab import INVITATION_STATES, label
from fairdesk.gui.qt import (
    QAbstractItemView,
    QColor,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPainter,
    QPushButton,
    QRect,
    QSpinBox,
    QStyledItemDelegate,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fairdesk.gui.session import FairSession
from fairdesk.gui.style import set_tone
from fairdesk.gui.widgets.models import NUMBER, Column, RowsModel
from fairdesk.gui.widgets.privacy import private_column, reveal_on_click


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class FollowUpView(QWidget):
    """Invited with no reply after N days, undecided, attending without arrival details."""

    guest_chosen = Signal(str)

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.days = QSpinBox(self)
        self.days.setRange(1, 90)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.tabs = QTabWidget(self)
        self.models = {key: RowsModel(self._columns(key), self)
                       for key in ("no_reply", "undecided", "no_arrival")}
        for model in self.models.values():
            view = _table(model)
            reveal_on_click(view, self.session, "guests")
            view.doubleClicked.connect(
                lambda index, m=model: self.guest_chosen.emit(m.row_at(index.row())["id"]))
            self.tabs.addTab(view, "")
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Invited guests with no reply after"), self))
        head.addWidget(self.days)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Double-click a guest to open them."), self))
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.days.valueChanged.connect(self.refresh)

    def _columns(self, key: str) -> list[Column]:
        columns = [
            Column("name", lambda: self.tr("Name")),
            Column("organisation", lambda: self.tr("Organisation")),
            Column("unit_name", lambda: self.tr("Inviting unit")),
            private_column(self.session, "phone", lambda: self.tr("Phone"), "phone"),
            Column("state", lambda: self.tr("State"), lambda r: label(INVITATION_STATES, r["state"])),
        ]
        if key == "no_reply":
            columns += [Column("letter_sent_on", lambda: self.tr("Letter sent")),
                        Column("waiting_days", lambda: self.tr("Days waiting"), align=NUMBER)]
        if key == "no_arrival":
            columns.append(Column("replied_on", lambda: self.tr("Replied on")))
        return columns

    def refresh(self) -> None:
        result = self.session.fair.guests.follow_up(days=self.days.value())
        titles = {"no_reply": self.tr("No reply (%1)"),
                  "undecided": self.tr("Undecided (%1)"),
                  "no_arrival": self.tr("Attending, no arrival details (%1)")}
        for i, (key, model) in enumerate(self.models.items()):
            model.set_rows(getattr(result, key))
            self.tabs.setTabText(i, titles[key].replace("%1", str(model.rowCount())))


class ProgressDelegate(QStyledItemDelegate):
    """Paints the % column as a bar: green once the target is met, amber below half."""

    def paint(self, painter: QPainter, option: Any, index: Any) -> None:
        value = index.data(Qt.ItemDataRole.UserRole + 1)
        if value is None:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect.adjusted(4, 5, -4, -5)
        painter.save()
        painter.fillRect(rect, QColor("#eeeeee"))
        filled = QRect(rect.x(), rect.y(), int(rect.width() * min(value, 100) / 100),
                       rect.height())
        colour = "#66bb6a" if value >= 100 else "#ffb74d" if value < 50 else "#4fc3f7"
        painter.fillRect(filled, QColor(colour))
        painter.setPen(QColor("#212121"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), f"{value:g} %")
        painter.restore()


class ProgressModel(RowsModel):
    """Unit progress rows; the % column also gives its number for the bar delegate."""

    PERCENT_ROLE = Qt.ItemDataRole.UserRole + 1

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == self.PERCENT_ROLE and index.isValid():
            if self.columns[index.column()].key in ("percent", "foreign_percent"):
                return self.row_at(index.row())[self.columns[index.column()].key]
            return None
        if role == Qt.ItemDataRole.FontRole and index.isValid() and self.row_at(
                index.row()).get("is_total"):
            from fairdesk.gui.qt import QFont
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def _progress_rows(items: list[Any]) -> list[dict]:
    names = ("name", "target", "invited", "attending", "arrived", "percent", "shortfall",
             "target_foreign", "foreign_attending", "foreign_percent", "foreign_shortfall",
             "is_total")
    return [{"id": p.unit_id or f"row{i}", **{n: getattr(p, n) for n in names}}
            for i, p in enumerate(items)]


class UnitProgressView(QWidget):
    """Each inviting unit against its target: counts, % with a bar, shortfall; export."""

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        n = NUMBER
        self.model = ProgressModel([
            Column("name", lambda: self.tr("Inviting unit")),
            Column("target", lambda: self.tr("Target"), align=n),
            Column("invited", lambda: self.tr("Invited"), align=n),
            Column("attending", lambda: self.tr("Attending"), align=n),
            Column("arrived", lambda: self.tr("Arrived"), align=n),
            Column("percent", lambda: self.tr("% of target"), lambda r: "", align=n),
            Column("shortfall", lambda: self.tr("Shortfall"), align=n),
            Column("target_foreign", lambda: self.tr("Foreign target"), align=n),
            Column("foreign_attending", lambda: self.tr("Foreign attending"), align=n),
            Column("foreign_percent", lambda: self.tr("Foreign %"), lambda r: "", align=n),
            Column("foreign_shortfall", lambda: self.tr("Foreign shortfall"), align=n),
        ], self)
        self.view = _table(self.model)
        self.view.setSortingEnabled(False)
        self.view.setItemDelegateForColumn(5, ProgressDelegate(self.view))
        self.view.setItemDelegateForColumn(9, ProgressDelegate(self.view))
        self.export_button = QPushButton(self.tr("Export progress…"), self)
        self.status = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.export_button.clicked.connect(self.on_export_clicked)

    def refresh(self) -> None:
        self.model.set_rows(_progress_rows(self.session.fair.guests.unit_progress()))

    def export(self, path: str) -> bool:
        # loaded when first used, not at start-up
        from fairdesk.core.guests.export import export_unit_progress

        try:
            export_unit_progress(self.session.fair, path)
        except (FairdeskError, OSError) as exc:
            set_tone(self.status, "error")
            self.status.setText(str(exc))
            return False
        set_tone(self.status, "ok")
        self.status.setText(self.tr("Progress exported to %1").replace("%1", path))
        return True

    def on_export_clicked(self) -> None:
        path = QFileDialog.getSaveFileName(self, self.tr("Export progress"), "unit-progress.xlsx",
                                           self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))[0]
        if path:
            self.export(path)
