"""The wall view for the committee office: the headline figures large, full screen,
refreshed as changes arrive, with the time of the last change. Esc closes it."""

from __future__ import annotations

from datetime import datetime

from fairdesk.core import dashboard as figures
from fairdesk.core.changes import Changes
from fairdesk.core.dashboard import display_name
from fairdesk.gui.qt import QGridLayout, QKeyEvent, QLabel, Qt, QVBoxLayout, QWidget
from fairdesk.gui.session import FairSession


class WallView(QWidget):
    """Six figures a room can read from its back row."""

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("wallView")  # styled in gui/style.py: read from across a room
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Wall view"))
        self.title = QLabel(objectName="wallTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.last_change = QLabel(objectName="wallNote")
        self.last_change.setAlignment(Qt.AlignmentFlag.AlignCenter)
        specs = [("attending", self.tr("Attending")), ("arrived", self.tr("Arrived")),
                 ("lodged", self.tr("Rooms assigned")), ("security", self.tr("Security done")),
                 ("signed", self.tr("Projects signed")), ("total", self.tr("Signed (¥100M)"))]
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        for n, (key, text) in enumerate(specs):
            value = QLabel("—", objectName="wallFigure")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(text, objectName="wallCaption")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, (n // 3) * 2, n % 3)
            grid.addWidget(caption, (n // 3) * 2 + 1, n % 3)
            self.values[key] = value
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(self.title)
        layout.addLayout(grid, 1)
        layout.addWidget(self.last_change)
        session.fair_changed.connect(self.on_fair_changed)
        self.last_at: datetime | None = None
        self.refresh()

    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        guests = figures.guest_figures(fair)
        reception = figures.reception_figures(fair)
        security = figures.security_figures(fair)
        signing = figures.signing_figures(fair)
        done, total = sum(d.done for d in security), sum(d.total for d in security)
        self.title.setText(display_name(fair))
        shown = {"attending": guests.column("attending"), "arrived": guests.column("arrived"),
                 "lodged": reception.lodged,
                 "security": f"{round(100 * done / total) if total else 0}%",
                 "signed": signing.signed, "total": f"{signing.total_yi:.2f}"}
        for key, value in shown.items():
            self.values[key].setText(str(value))
        when = self.last_at.strftime("%H:%M:%S") if self.last_at else "—"
        self.last_change.setText(self.tr("Last change: %1 · Esc closes").replace("%1", when))

    def on_fair_changed(self, _changes: Changes) -> None:
        self.last_at = datetime.now()
        if self.isVisible():
            self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
