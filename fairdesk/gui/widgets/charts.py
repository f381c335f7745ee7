"""The dashboard's charts, drawn with pyqtgraph.

Why pyqtgraph: Qt Charts comes only in PySide6-Addons (a wheel of ~150 MB whose
libraries the PyInstaller folder would carry for five charts); pyqtgraph is ~10 MB of
pure Python over the Qt already shipped (plus numpy, ~70 MB), draws with QPainter into a
QGraphicsView (so it themes and prints like the rest of the window) and keeps up with a
refresh on every change. Its import (~0.5 s, numpy's mostly) is paid only when the
dashboard first shows its charts: this module is imported after the first paint, never at
start-up. Each chart is set from a plain series of :mod:`fairdesk.core.charts`.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg  # noqa: E402 - the binding is chosen first

from fairdesk.core.charts import Hourly, Series  # noqa: E402
from fairdesk.gui.qt import QGridLayout, QGroupBox, QVBoxLayout, QWidget  # noqa: E402

BLUE, GREEN, GREY, RED = "#1f4e9c", "#1e6b34", "#b0bec5", "#b42318"
pg.setConfigOptions(antialias=True, background="w", foreground="#37474f")


class Chart(QGroupBox):
    """One titled plot."""

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 legend_left: bool = False) -> None:
        super().__init__(title, parent)
        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(180)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.25)
        self.legend = self.plot.addLegend(offset=(8, 4) if legend_left else (-8, 4))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.plot)
        self.items: dict[str, pg.GraphicsObject] = {}

    def bars(self, key: str, xs: list[float], heights: list[float], colour: str,
             name: str | None = None, width: float = 0.8) -> None:
        """Bars of one series (``name`` puts it in the legend: charts of two series)."""
        item = self.items.get(key)
        if item is None:
            item = self.items[key] = pg.BarGraphItem(x=xs, height=heights, width=width,
                                                     brush=colour, pen=None)
            self.plot.addItem(item)
            if name:
                self.legend.addItem(item, name)
        else:
            item.setOpts(x=xs, height=heights, width=width)

    def line(self, key: str, xs: list[float], ys: list[float], colour: str, name: str) -> None:
        item = self.items.get(key)
        if item is None:
            item = self.items[key] = self.plot.plot(xs, ys, pen=pg.mkPen(colour, width=2))
        else:
            item.setData(xs, ys)

    def categories(self, labels: list[str]) -> None:
        """Category names under the bars; a long one on two lines (never run together)."""
        lines = [_two_lines(x) for x in labels]
        axis = self.plot.getAxis("bottom")
        axis.setTicks([list(enumerate(lines))])
        axis.setHeight(44 if any("\n" in x for x in lines) else None)

    def heights(self, key: str) -> list[float]:
        """What a bar series shows now (tests read the chart back)."""
        return [float(h) for h in self.items[key].opts["height"]]


def _two_lines(text: str) -> str:
    if len(text) <= 8:
        return text
    cut = text.find(" ", len(text) // 2 - 2)
    if cut < 0:
        cut = text.find("/")
    return text if cut < 0 else f"{text[:cut].strip()}\n{text[cut:].strip()}"


class ChartsPanel(QWidget):
    """Five charts: arrivals and check-ins by hour, replies, rooms, security, signing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hourly = Chart(self.tr("Arrivals and check-ins by hour"), legend_left=True)
        self.replies = Chart(self.tr("Replies received"))
        self.rooms = Chart(self.tr("Rooms assigned"))
        self.security = Chart(self.tr("Security checks done (%)"))
        self.signing = Chart(self.tr("Signed by county against target (100 million yuan)"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.hourly, 0, 0, 1, 2)
        grid.addWidget(self.replies, 0, 2)
        grid.addWidget(self.rooms, 1, 0)
        grid.addWidget(self.security, 1, 1, 1, 2)
        grid.addWidget(self.signing, 2, 0, 1, 3)

    def show_hourly(self, data: Hourly) -> None:
        self.hourly.setTitle(self.tr("Arrivals and check-ins by hour, %1").replace("%1",
                                                                                   data.day))
        self.hourly.bars("arrivals", [h - 0.2 for h in data.hours], data.arrivals, BLUE,
                         self.tr("Arrivals"), width=0.4)
        self.hourly.bars("check_ins", [h + 0.2 for h in data.hours], data.check_ins, GREEN,
                         self.tr("Checked in"), width=0.4)

    def show_replies(self, data: Series) -> None:
        self.replies.line("replies", list(range(len(data.values))), data.values, BLUE,
                          "")
        step = max(1, len(data.labels) // 6)
        self.replies.plot.getAxis("bottom").setTicks(
            [[(i, d) for i, d in enumerate(data.labels) if i % step == 0]])

    def show_rooms(self, data: Series) -> None:
        self.rooms.bars("rooms", [0, 1], data.values, BLUE)
        self.rooms.categories([self.tr("Attending"), self.tr("With a room")])

    def show_security(self, data: Series, names: dict[str, str]) -> None:
        xs = list(range(len(data.values)))
        self.security.bars("done", xs, data.values, GREEN)
        self.security.categories([names.get(c, c) for c in data.labels])
        self.security.plot.setYRange(0, 100)

    def show_signing(self, data: Series) -> None:
        xs = list(range(len(data.values)))
        self.signing.bars("target", [x + 0.2 for x in xs], data.targets or [], GREY,
                          self.tr("Target"), width=0.4)
        self.signing.bars("signed", [x - 0.2 for x in xs], data.values, RED,
                          self.tr("Signed"), width=0.4)
        self.signing.categories(data.labels)
