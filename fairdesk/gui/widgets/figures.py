"""Small widgets for showing figures: a big-number card, a target bar, a fitted table."""

from __future__ import annotations

from decimal import Decimal

from fairdesk.gui.qt import (
    QAbstractItemView,
    QFont,
    QFontMetrics,
    QFrame,
    QHeaderView,
    QLabel,
    QMouseEvent,
    QProgressBar,
    QResizeEvent,
    QSizePolicy,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fairdesk.gui.style import FIGURE_SIZES, set_fit, set_tone


class FigureCard(QFrame):
    """A large figure with its label above and a short note below; clickable when linked."""

    clicked = Signal()

    def __init__(self, label: str, *, accent: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setProperty("accent", accent)
        self.label = QLabel(label, objectName="figureLabel")
        self.value = QLabel("–", objectName="figureValue")
        self.note = QLabel("", objectName="figureNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        for widget in (self.label, self.value, self.note):
            layout.addWidget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def set_link(self, tooltip: str) -> None:
        """Make the card clickable (pointing hand, tooltip); ``clicked`` is emitted on click."""
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tooltip)
        self._linked = True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if getattr(self, "_linked", False) and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def show_figure(self, value: str, note: str = "", *, warn: bool = False) -> None:
        self.value.setText(value)
        self.note.setText(note)
        set_tone(self.note, "warning" if warn else "")
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Each text in the largest of its sizes that it fits whole at the card's width: a
        big fair's "1234.56" or "¥100M · 120 signed" is smaller, never cut."""
        margins = self.layout().contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right()
        for label in (self.label, self.value, self.note):
            sizes = FIGURE_SIZES[label.objectName()]
            font = QFont(label.font())
            step = len(sizes) - 1
            for number, px in enumerate(sizes):
                font.setPixelSize(px)
                if QFontMetrics(font).horizontalAdvance(label.text()) <= room:
                    step = number
                    break
            set_fit(label, step)


class TargetBar(QProgressBar):
    """Progress towards a target; the text says "value / target unit"."""

    SCALE = 100  # decimals of 亿元 kept in the integer bar

    def show_progress(self, value: Decimal | int, target: Decimal | int, text: str) -> None:
        value_i = int(Decimal(value) * self.SCALE)
        target_i = int(Decimal(target) * self.SCALE)
        self.setRange(0, max(target_i, 1))
        self.setValue(min(value_i, max(target_i, 1)) if target_i else 0)
        self.setFormat(text)
        self.setProperty("complete", bool(target_i) and value_i >= target_i)
        self.style().unpolish(self)
        self.style().polish(self)


def figure_table(model: object, parent: QWidget | None = None) -> QTableView:
    """A read-only table that shows all its rows without scrolling."""
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    model.modelReset.connect(lambda: fit_height(view))  # type: ignore[attr-defined]
    fit_height(view)
    return view


def fit_height(view: QTableView) -> None:
    rows = view.model().rowCount()
    height = view.horizontalHeader().sizeHint().height() + rows * 26 + 2 * view.frameWidth() + 2
    view.setFixedHeight(height)
