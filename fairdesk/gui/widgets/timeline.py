"""A day timeline: one row per resource (a vehicle, a venue), hours across, bookings as bars.

Bars are coloured by purpose (or by any ``colours`` map given, e.g. session kinds) and
show a count (passengers, guests expected); a bar in conflict is outlined red and its
tooltip gives the reason. Clicking a bar emits ``trip_clicked(id)``. An ``editable``
timeline (the agenda) lets a bar be dragged to move it, or by its right edge to resize
it, in 5-minute steps, and emits ``bar_moved(id, starts, ends)`` on release; a click
without a drag still emits ``trip_clicked``. The widget paints from plain data
(:class:`Lane`, :class:`Bar`); :func:`layout_bars` and :func:`dragged` are the pure
geometry, tested without paint.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
SNAP_MINUTES = 5
RESIZE_GRIP = 6  # pixels at a bar's right edge that resize instead of move


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


def layout_bars(lanes: list[Lane], day: date, width: float,
                label_width: float = LABEL_WIDTH) -> list[tuple[QRectF, Bar]]:
    """Rectangles of every bar in widget coordinates, for painting and hit-testing."""
    first, last = hour_span(lanes, day)
    per_hour = (width - label_width - RIGHT_MARGIN) / max(last - first, 1)
    origin = datetime.combine(day, time(first))
    placed = []
    for lane, (top, _height, track_of) in zip(lanes, lane_tops(lanes), strict=True):
        for bar in lane.bars:
            s = (bar.starts.replace(tzinfo=None) - origin) / timedelta(hours=1)
            e = (bar.ends.replace(tzinfo=None) - origin) / timedelta(hours=1)
            left = label_width + max(s, 0) * per_hour
            right = label_width + min(e, last - first) * per_hour
            y = top + 5 + track_of[bar.trip_id] * TRACK_HEIGHT
            placed.append((QRectF(left, y, max(right - left, 3), ROW_HEIGHT - 10), bar))
    return placed


def per_hour(lanes: list[Lane], day: date, width: float,
             label_width: float = LABEL_WIDTH) -> float:
    first, last = hour_span(lanes, day)
    return (width - label_width - RIGHT_MARGIN) / max(last - first, 1)


def dragged(bar: Bar, dx: float, pixels_per_hour: float, resize: bool) -> tuple[datetime,
                                                                              datetime]:
    """New (starts, ends) of ``bar`` dragged ``dx`` pixels: moved whole, or its end moved
    (``resize``), in steps of SNAP_MINUTES; a bar never shrinks below one step."""
    steps = round(dx / pixels_per_hour * 60 / SNAP_MINUTES)
    delta = timedelta(minutes=steps * SNAP_MINUTES)
    if resize:
        return bar.starts, max(bar.ends + delta, bar.starts + timedelta(minutes=SNAP_MINUTES))
    return bar.starts + delta, bar.ends + delta


@dataclass
class _Drag:
    bar: Bar
    x: float
    resize: bool
    starts: datetime
    ends: datetime
    moved: bool = False


class DayTimeline(QWidget):
    """One day of bookings; ``set_day(day, lanes)`` to fill it."""

    trip_clicked = Signal(str)
    bar_moved = Signal(str, object, object)  # id, new starts, new ends (datetimes)

    def __init__(self, parent: QWidget | None = None, *, colours: dict[str, str] | None = None,
                 editable: bool = False) -> None:
        super().__init__(parent)
        self.day = date.today()
        self.lanes: list[Lane] = []
        self.colours = colours or PURPOSE_COLOURS
        self.editable = editable
        self._drag: _Drag | None = None
        self.label_width = LABEL_WIDTH
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_day(self, day: date, lanes: list[Lane]) -> None:
        self.day = day
        self.lanes = lanes
        self._drag = None
        # wide enough for the longest lane title (a venue's whole name), within reason
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(x) for lane in lanes
                       for x in (lane.title, lane.subtitle)), default=0)
        self.label_width = max(LABEL_WIDTH, min(longest + 20, 340))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        tops = lane_tops(self.lanes)
        bottom = tops[-1][0] + tops[-1][1] if tops else HEADER_HEIGHT + ROW_HEIGHT
        return QSize(900, int(bottom) + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(int(self.label_width) + 300, self.sizeHint().height())

    def bars(self) -> list[tuple[QRectF, Bar]]:
        """Where each bar is drawn (a bar being dragged where the drag has taken it)."""
        lanes, d = self.lanes, self._drag
        if d is not None and d.moved:
            lanes = [replace(lane, bars=[replace(b, starts=d.starts, ends=d.ends)
                                         if b.trip_id == d.bar.trip_id else b
                                         for b in lane.bars]) for lane in lanes]
        return layout_bars(lanes, self.day, self.width(), self.label_width)

    def rect_of(self, bar_id: str) -> QRectF | None:
        return next((r for r, b in self.bars() if b.trip_id == bar_id), None)

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
        per_hour = (self.width() - self.label_width - RIGHT_MARGIN) / max(last - first, 1)
        painter.setPen(QPen(QColor("#9e9e9e")))
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        painter.setFont(small)
        bottom = self.sizeHint().height() - 2
        for hour in range(first, last + 1):
            x = self.label_width + (hour - first) * per_hour
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
                QRectF(8, top + 2, self.label_width - 12, ROW_HEIGHT / 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(  # a very long name ends in "…", never cut
                    lane.title, Qt.TextElideMode.ElideRight, int(self.label_width - 12)),
            )
            painter.setPen(QPen(QColor("#757575")))
            painter.drawText(
                QRectF(8, top + ROW_HEIGHT / 2 - 1, self.label_width - 12, ROW_HEIGHT / 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                lane.subtitle,
            )
            painter.setPen(QPen(QColor("#eeeeee")))
            painter.drawLine(0, int(top + height), self.width(), int(top + height))
        painter.setPen(QPen(QColor("#bdbdbd")))
        painter.drawLine(int(self.label_width) - 1, 0, int(self.label_width) - 1, self.height())

    def _paint_bar(self, painter: QPainter, rect: QRectF, bar: Bar) -> None:
        colour = QColor(self.colours.get(bar.purpose, PURPOSE_COLOURS["other"]))
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
        x, y = event.position().x(), event.position().y()
        bar = self.bar_at(x, y)
        if bar is not None and event.button() == Qt.MouseButton.LeftButton:
            if not self.editable:
                self.trip_clicked.emit(bar.trip_id)
                return
            rect = self.rect_of(bar.trip_id)
            resize = rect is not None and x >= rect.right() - RESIZE_GRIP
            self._drag = _Drag(bar, x, resize, bar.starts, bar.ends)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        d, x = self._drag, event.position().x()
        if d is None:
            rect_bar = self.bar_at(x, event.position().y()) if self.editable else None
            rect = self.rect_of(rect_bar.trip_id) if rect_bar else None
            near_edge = rect is not None and x >= rect.right() - RESIZE_GRIP
            self.setCursor(Qt.CursorShape.SizeHorCursor if near_edge else
                           Qt.CursorShape.ArrowCursor)
            super().mouseMoveEvent(event)
            return
        d.starts, d.ends = dragged(d.bar, x - d.x, per_hour(self.lanes, self.day, self.width(),
                                                            self.label_width), d.resize)
        d.moved = d.moved or (d.starts, d.ends) != (d.bar.starts, d.bar.ends)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        d, self._drag = self._drag, None
        if d is None:
            super().mouseReleaseEvent(event)
            return
        self.update()
        if d.moved and (d.starts, d.ends) != (d.bar.starts, d.bar.ends):
            self.bar_moved.emit(d.bar.trip_id, d.starts, d.ends)
        else:
            self.trip_clicked.emit(d.bar.trip_id)
