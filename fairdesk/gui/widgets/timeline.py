"""A day timeline of the fleet: one row per vehicle, hours across, trips as bars.

Bars are coloured by purpose and show the passenger count; a trip in conflict is
outlined red and its tooltip gives the reason. Clicking a bar emits
``trip_clicked(trip_id)``. The widget paints from plain data (:class:`Lane`,
:class:`Bar`); :func:`layout_bars` is the pure geometry, tested without paint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from fairdesk.gui.qt import (
    QColor,
    QEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRectF,
    QSize,
    QSizePolicy,
    Qt,
    QToolTip,
    QWidget,
    Signal,
)

PURPOSE_COLOURS = {
    "pickup": "#1e88e5",
    "dropoff": "#8e24aa",
    "shuttle": "#43a047",
    "visit": "#fb8c00",
    "other": "#757575",
}
CONFLICT = QColor("#d32f2f")
WARNING = QColor("#f9a825")
LABEL_WIDTH = 150
HEADER_HEIGHT = 26
ROW_HEIGHT = 34
TRACK_HEIGHT = 26  # each further stacked trip adds this much to its lane
RIGHT_MARGIN = 24


@dataclass
class Bar:
    trip_id: str
    starts: datetime
    ends: datetime
    purpose: str
    passengers: int
    label: str = ""  # e.g. "高崎机场 → 酒店"
    conflicts: list[str] = field(default_factory=list)  # reasons, in the user's language
    severe: bool = True  # an error (red outline); False: warnings only (amber)


@dataclass
class Lane:
    key: str  # vehicle id, or "" for trips without a vehicle
    title: str  # plate and kind
    subtitle: str = ""  # seats, driver
    bars: list[Bar] = field(default_factory=list)


def hour_span(lanes: list[Lane], day: date) -> tuple[int, int]:
    """First and last hour shown: 6:00-22:00 widened to every trip of the day."""
    first, last = 6, 22
    start_of_day = datetime.combine(day, time())
    for lane in lanes:
        for bar in lane.bars:
            s = (bar.starts.replace(tzinfo=None) - start_of_day).total_seconds() / 3600
            e = (bar.ends.replace(tzinfo=None) - start_of_day).total_seconds() / 3600
            first = min(first, max(0, int(s)))
            last = max(last, min(24, int(e) + (0 if e == int(e) else 1)))
    return first, last


def tracks(bars: list[Bar]) -> dict[str, int]:
    """Track (sub-row) of each bar in a lane: overlapping trips are stacked, never hidden."""
    ends: list[datetime] = []
    out = {}
    for bar in sorted(bars, key=lambda b: (b.starts, b.ends)):
        for i, end in enumerate(ends):
            if end <= bar.starts:
                ends[i] = bar.ends
                out[bar.trip_id] = i
                break
        else:
            ends.append(bar.ends)
            out[bar.trip_id] = len(ends) - 1
    return out


def lane_tops(lanes: list[Lane]) -> list[tuple[float, float, dict[str, int]]]:
    """(top, height, tracks) of each lane; a lane with stacked trips is taller."""
    out, top = [], float(HEADER_HEIGHT)
    for lane in lanes:
        placed = tracks(lane.bars)
        count = max(placed.values(), default=0) + 1
        height = ROW_HEIGHT + (count - 1) * TRACK_HEIGHT
        out.append((top, height, placed))
        top += height
    return out


def layout_bars(lanes: list[Lane], day: date, width: float) -> list[tuple[QRectF, Bar]]:
    """Rectangles of every bar in widget coordinates, for painting and hit-testing."""
    first, last = hour_span(lanes, day)
    per_hour = (width - LABEL_WIDTH - RIGHT_MARGIN) / max(last - first, 1)
    origin = datetime.combine(day, time(first))
    placed = []
    for lane, (top, _height, track_of) in zip(lanes, lane_tops(lanes), strict=True):
        for bar in lane.bars:
            s = (bar.starts.replace(tzinfo=None) - origin) / timedelta(hours=1)
            e = (bar.ends.replace(tzinfo=None) - origin) / timedelta(hours=1)
            left = LABEL_WIDTH + max(s, 0) * per_hour
            right = LABEL_WIDTH + min(e, last - first) * per_hour
            y = top + 5 + track_of[bar.trip_id] * TRACK_HEIGHT
            placed.append((QRectF(left, y, max(right - left, 3), ROW_HEIGHT - 10), bar))
    return placed


class DayTimeline(QWidget):
    """The transport desk's view of one day; ``set_day(day, lanes)`` to fill it."""

    trip_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = date.today()
        self.lanes: list[Lane] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_day(self, day: date, lanes: list[Lane]) -> None:
        self.day = day
        self.lanes = lanes
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        tops = lane_tops(self.lanes)
        bottom = tops[-1][0] + tops[-1][1] if tops else HEADER_HEIGHT + ROW_HEIGHT
        return QSize(900, int(bottom) + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(LABEL_WIDTH + 300, self.sizeHint().height())

    def bars(self) -> list[tuple[QRectF, Bar]]:
        return layout_bars(self.lanes, self.day, self.width())

    def bar_at(self, x: float, y: float) -> Bar | None:
        for rect, bar in self.bars():
            if rect.adjusted(-2, -2, 2, 2).contains(x, y):
                return bar
        return None

    def conflicting(self) -> list[Bar]:
        return [bar for lane in self.lanes for bar in lane.bars if bar.conflicts]

    # --- painting -------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_lanes(painter)
        self._paint_grid(painter)
        for rect, bar in self.bars():
            self._paint_bar(painter, rect, bar)
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        first, last = hour_span(self.lanes, self.day)
        per_hour = (self.width() - LABEL_WIDTH - RIGHT_MARGIN) / max(last - first, 1)
        painter.setPen(QPen(QColor("#9e9e9e")))
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        painter.setFont(small)
        bottom = self.sizeHint().height() - 2
        for hour in range(first, last + 1):
            x = LABEL_WIDTH + (hour - first) * per_hour
            painter.setPen(QPen(QColor("#e0e0e0")))
            painter.drawLine(int(x), HEADER_HEIGHT, int(x), bottom)
            painter.setPen(QPen(QColor("#616161")))
            painter.drawText(
                QRectF(x - 20, 4, 40, HEADER_HEIGHT - 6),
                Qt.AlignmentFlag.AlignCenter,
                f"{hour:02d}:00",
            )
        painter.setFont(self.font())

    def _paint_lanes(self, painter: QPainter) -> None:
        for row, (lane, (top, height, _t)) in enumerate(
            zip(self.lanes, lane_tops(self.lanes), strict=True)
        ):
            if row % 2:
                painter.fillRect(QRectF(0, top, self.width(), height), QColor("#f4f6fa"))
            painter.setPen(QPen(QColor("#212121")))
            painter.drawText(
                QRectF(8, top + 2, LABEL_WIDTH - 12, ROW_HEIGHT / 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                lane.title,
            )
            painter.setPen(QPen(QColor("#757575")))
            painter.drawText(
                QRectF(8, top + ROW_HEIGHT / 2 - 1, LABEL_WIDTH - 12, ROW_HEIGHT / 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                lane.subtitle,
            )
            painter.setPen(QPen(QColor("#eeeeee")))
            painter.drawLine(0, int(top + height), self.width(), int(top + height))
        painter.setPen(QPen(QColor("#bdbdbd")))
        painter.drawLine(LABEL_WIDTH - 1, 0, LABEL_WIDTH - 1, self.height())

    def _paint_bar(self, painter: QPainter, rect: QRectF, bar: Bar) -> None:
        colour = QColor(PURPOSE_COLOURS.get(bar.purpose, PURPOSE_COLOURS["other"]))
        painter.setBrush(colour)
        if bar.conflicts:
            painter.setPen(QPen(CONFLICT if bar.severe else WARNING, 3))
        else:
            painter.setPen(QPen(colour.darker(130), 1))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QPen(QColor("white")))
        text = f"{bar.passengers}" + (f" · {bar.label}" if bar.label else "")
        if bar.conflicts:
            text = "⚠ " + text
        painter.drawText(
            rect.adjusted(5, 0, -3, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, int(rect.width() - 8)
            ),
        )

    # --- interaction ------------------------------------------------------------------------
    def tooltip_for(self, bar: Bar) -> str:
        span = f"{bar.starts:%H:%M}–{bar.ends:%H:%M}"
        lines = [
            f"{span}  {bar.label}",
            self.tr("Passengers: %1").replace("%1", str(bar.passengers)),
        ]
        lines += [f"⚠ {reason}" for reason in bar.conflicts]
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            bar = self.bar_at(event.pos().x(), event.pos().y())
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(bar), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        bar = self.bar_at(event.position().x(), event.position().y())
        if bar is not None and event.button() == Qt.MouseButton.LeftButton:
            self.trip_clicked.emit(bar.trip_id)
            return
        super().mousePressEvent(event)
