"""The dashboard: live figures for every area, refreshed on every change."""

from __future__ import annotations

from decimal import Decimal

from fairdesk.base.i18n import language
from fairdesk.core import dashboard as figures
from fairdesk.core.dashboard import display_name
from fairdesk.core.fair import Fair
from fairdesk.core.vocab import DEPARTMENTS, GUEST_CATEGORIES, label
from fairdesk.gui.qt import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPaintEvent,
    QPushButton,
    QResizeEvent,
    QScrollArea,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fairdesk.gui.session import FairSession
from fairdesk.gui.style import WARN
from fairdesk.gui.widgets.figures import FigureCard, TargetBar, figure_table
from fairdesk.gui.widgets.models import NUMBER, Column, RowsModel
from fairdesk.gui.widgets.page import Page

GUEST_COLUMNS = ("invited", "replied", "attending", "arrived")
CLOCK_MS = 60_000  # re-read the figures each minute while shown
CHARTS_DELAY_MS = 150
WIDE_PX = 1150  # page width from which the 8 cards fit in one row
# the page a card opens: the first of these areas that has a page
CARD_AREAS = {"invited": ("guests",), "replied": ("guests",), "attending": ("guests",),
              "arrived": ("badges", "guests"), "lodged": ("reception",),
              "trips": ("reception",), "security": ("security",), "signing": ("signing",)}


def percent(part: int | Decimal, whole: int | Decimal) -> int:
    """Whole percent of ``part`` in ``whole``; 0 when there is no whole."""
    return int(round(Decimal(part) * 100 / Decimal(whole))) if whole else 0


def guest_rows(data: figures.GuestFigures, total_label: str) -> list[dict]:
    """One row per category present, then the total row (bold)."""
    rows = [{"id": cat, "name": label(GUEST_CATEGORIES, cat), **counts}
            for cat, counts in data.by_category.items()]
    total = {"id": "_total", "name": total_label, "_bold": True}
    total.update({key: data.column(key) for key in ("total", *GUEST_COLUMNS)})
    return [*rows, total]


def department_rows(data: list[figures.DepartmentFigures], total_label: str) -> list[dict]:
    """One row per department, then the total row (bold)."""
    english = language() == "en"
    order = list(DEPARTMENTS)
    data = sorted(data, key=lambda d: order.index(d.code) if d.code in order else len(order))
    rows = [{"id": d.code, "name": (d.name_en or d.name) if english else d.name,
             "total": d.total, "done": d.done, "overdue": d.overdue,
             "rectifications": d.open_rectifications} for d in data]
    total = {"id": "_total", "name": total_label, "_bold": True}
    total.update({key: sum(r[key] for r in rows)
                  for key in ("total", "done", "overdue", "rectifications")})
    return [*rows, total]


def _red_if_any(key: str):  # noqa: ANN202
    return lambda row: WARN if row.get(key) else None


class DashboardPage(Page):
    """Figures for the leaders' briefing: guests, reception, security, signing, agenda."""

    area = "dashboard"
    area_requested = Signal(str)  # a figure card was clicked: show that area's page

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.guest_model = RowsModel(self._guest_columns(), self)
        self.security_model = RowsModel(self._security_columns(), self)
        self.charts = None  # a ChartsPanel once the page has been shown
        self._charts_pending = False
        self.wall = None
        self._build()
        # overdue items become overdue with time, not only with changes
        self.clock = QTimer(self, interval=CLOCK_MS)
        self.clock.timeout.connect(self.on_clock_timeout)
        self.clock.start()

    def title(self) -> str:
        return self.tr("Dashboard")

    def link_cards(self, areas: set[str]) -> None:
        """Make the cards of the areas that have a page clickable."""
        for key, card in self.cards.items():
            area = next((a for a in CARD_AREAS[key] if a in areas), None)
            if area is not None:
                card.set_link(self.tr("Open this area"))
                card.clicked.connect(lambda area=area: self.area_requested.emit(area))

    def on_clock_timeout(self) -> None:
        if self.isVisible() and self.session.fair is not None:
            self.refresh()

    # --- building -------------------------------------------------------------------
    def _guest_columns(self) -> list[Column]:
        return [Column("name", lambda: self.tr("Category")),
                Column("total", lambda: self.tr("Records"), align=NUMBER),
                Column("invited", lambda: self.tr("Invited"), align=NUMBER),
                Column("replied", lambda: self.tr("Replied"), align=NUMBER),
                Column("attending", lambda: self.tr("Attending"), align=NUMBER),
                Column("arrived", lambda: self.tr("Arrived"), align=NUMBER)]

    def _security_columns(self) -> list[Column]:
        return [Column("name", lambda: self.tr("Department")),
                Column("done", lambda: self.tr("Done"), align=NUMBER),
                Column("total", lambda: self.tr("Items"), align=NUMBER),
                Column("overdue", lambda: self.tr("Overdue"), align=NUMBER,
                       foreground=_red_if_any("overdue")),
                Column("rectifications", lambda: self.tr("To rectify"), align=NUMBER,
                       foreground=_red_if_any("rectifications"))]

    def _build(self) -> None:
        body = QWidget(objectName="dashboardBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_cards())
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.addWidget(self._build_guests(), 0, 0, 1, 3)
        grid.addWidget(self._build_security(), 0, 3, 1, 3)
        grid.addWidget(self._build_reception(), 1, 0, 1, 2)
        grid.addWidget(self._build_signing(), 1, 2, 1, 2)
        grid.addWidget(self._build_agenda(), 1, 4, 1, 2)
        for column in range(6):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        self.charts_box = QGroupBox(self.tr("Charts"))
        QVBoxLayout(self.charts_box).setContentsMargins(6, 6, 6, 6)
        self.charts_box.hide()
        layout.addWidget(self.charts_box)
        layout.addStretch(1)
        scroll = QScrollArea(objectName="dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_header(self) -> QHBoxLayout:
        self.fair_title = QLabel(objectName="pageTitle")
        self.fair_subtitle = QLabel(objectName="pageSubtitle")
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.fair_title)
        names.addWidget(self.fair_subtitle)
        self.wall_button = QPushButton(self.tr("Wall view"))
        self.wall_button.clicked.connect(self.on_wall_clicked)
        header = QHBoxLayout()
        header.addLayout(names, 1)
        header.addWidget(self.wall_button, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def on_wall_clicked(self) -> None:
        from fairdesk.gui.wall import WallView

        if self.wall is None:
            self.wall = WallView(self.session, self)
        self.wall.refresh()
        self.wall.showFullScreen()

    # --- the charts: built after the page is first painted (pyqtgraph loads then) ---------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.charts is None and not self._charts_pending:
            self._charts_pending = True
            # counted from the page's first paint (not from its showing, which a slow
            # machine may take longer than this to paint): opening does not wait for them
            QTimer.singleShot(CHARTS_DELAY_MS, self.load_charts)

    def load_charts(self) -> None:
        from fairdesk.gui.widgets.charts import ChartsPanel

        if self.charts is None:
            self.charts = ChartsPanel(self)
            self.charts_box.layout().addWidget(self.charts)
            self.charts_box.show()
        self._refresh_charts()

    def _refresh_charts(self, reception: figures.ReceptionFigures | None = None,
                        security: list[figures.DepartmentFigures] | None = None) -> None:
        from fairdesk.core import charts as series

        fair = self.session.fair
        if fair is None or self.charts is None:
            return
        english = language() == "en"
        self.charts.show_hourly(series.by_hour(fair))
        self.charts.show_replies(series.replies_over_time(fair))
        self.charts.show_rooms(series.rooms(fair, reception))
        self.charts.show_security(series.security_completion(fair, security), {
            code: zh_en[1] if english else zh_en[0] for code, zh_en in DEPARTMENTS.items()})
        self.charts.show_signing(series.signing_by_county(fair))

    def _build_cards(self) -> QGridLayout:
        specs = [("invited", self.tr("Invited")), ("replied", self.tr("Replied")),
                 ("attending", self.tr("Attending")), ("arrived", self.tr("Arrived")),
                 ("lodged", self.tr("Rooms assigned")), ("trips", self.tr("Trips")),
                 ("security", self.tr("Security done")),
                 ("signing", self.tr("Total invested"))]  # signed: total investment, not contract
        self.cards = {key: FigureCard(text, accent=key in ("arrived", "signing"))
                      for key, text in specs}
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(10)
        self._arrange_cards(len(self.cards))
        return self.card_grid

    def _arrange_cards(self, columns: int) -> None:
        """Lay the cards out in one row of 8, or two rows of 4 on a narrow window."""
        self._card_columns = columns
        for number, card in enumerate(self.cards.values()):
            self.card_grid.addWidget(card, number // columns, number % columns)
        for column in range(len(self.cards)):
            self.card_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        columns = len(self.cards) if event.size().width() >= WIDE_PX else len(self.cards) // 2
        if columns != self._card_columns:
            self._arrange_cards(columns)

    def _build_guests(self) -> QGroupBox:
        box = QGroupBox(self.tr("Guests by category"))
        QVBoxLayout(box).addWidget(figure_table(self.guest_model, box))
        return box

    def _build_security(self) -> QGroupBox:
        box = QGroupBox(self.tr("Security checklists by department"))
        layout = QVBoxLayout(box)
        layout.addWidget(figure_table(self.security_model, box))
        layout.addStretch(1)
        return box

    def _form_box(self, title: str, keys: list[tuple[str, str]]) -> tuple[QGroupBox, dict]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        values: dict[str, QLabel] = {}
        for key, text in keys:
            values[key] = QLabel("–")
            form.addRow(QLabel(text), values[key])
        return box, values

    def _build_reception(self) -> QGroupBox:
        box, self.reception_values = self._form_box(self.tr("Reception"), [
            ("lodged", self.tr("Attending guests with a room")),
            ("hotels", self.tr("Hotels / rooms")),
            ("vehicles", self.tr("Vehicles / drivers")),
            ("trips", self.tr("Trips")),
            ("escorts", self.tr("Escorts")),
            ("escorted", self.tr("Guests with an escort")),
            ("meals", self.tr("Meal sittings"))])
        return box

    def _build_signing(self) -> QGroupBox:
        box = QGroupBox(self.tr("Signing ceremony"))
        form = QFormLayout(box)
        form.setVerticalSpacing(8)
        self.signing_bars = {key: TargetBar() for key in ("projects", "total", "foreign")}
        self.signing_values = {key: QLabel("–") for key in ("planned", "domestic", "contract")}
        form.addRow(QLabel(self.tr("Projects registered")), self.signing_values["planned"])
        form.addRow(QLabel(self.tr("Projects signed")), self.signing_bars["projects"])
        form.addRow(QLabel(self.tr("Total investment")), self.signing_bars["total"])
        form.addRow(QLabel(self.tr("Foreign capital")), self.signing_bars["foreign"])
        form.addRow(QLabel(self.tr("Domestic capital")), self.signing_values["domestic"])
        form.addRow(QLabel(self.tr("Contract amount")), self.signing_values["contract"])
        return box

    def _build_agenda(self) -> QGroupBox:
        box, self.agenda_values = self._form_box(self.tr("Agenda"), [
            ("sessions", self.tr("Sessions")), ("days", self.tr("Days")),
            ("venues", self.tr("Venues")), ("attendance", self.tr("Session sign-ins"))])
        return box

    # --- refreshing ---------------------------------------------------------------------
    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        guests = figures.guest_figures(fair)
        reception = figures.reception_figures(fair)
        security = figures.security_figures(fair)
        signing = figures.signing_figures(fair)
        self._show_header(fair)
        self._show_guests(guests)
        self._show_reception(reception)
        self._show_security(security)
        self._show_signing(signing)
        self._show_agenda(figures.agenda_figures(fair))
        if self.charts is not None:
            self._refresh_charts(reception, security)

    def _show_header(self, fair: Fair) -> None:
        english = language() == "en"
        setting = fair.setting  # type: ignore[attr-defined]
        self.fair_title.setText(display_name(fair))
        dates = " – ".join(d for d in (setting("fair.starts_on"), setting("fair.ends_on")) if d)
        venue = (setting("fair.venue_en") if english else "") or setting("fair.venue")
        city = (setting("fair.city_en") if english else "") or setting("fair.city")
        self.fair_subtitle.setText("  ·  ".join(p for p in (dates, city, venue) if p))

    def _show_guests(self, data: figures.GuestFigures) -> None:
        self.guest_model.set_rows(guest_rows(data, self.tr("Total")))
        invited, replied = data.column("invited"), data.column("replied")
        attending, arrived = data.column("attending"), data.column("arrived")
        self.cards["invited"].show_figure(str(invited), self.tr("of %1 records").replace(
            "%1", str(data.total)))
        self.cards["replied"].show_figure(str(replied), self.tr("%1% of invited").replace(
            "%1", str(percent(replied, invited))))
        self.cards["attending"].show_figure(str(attending), self.tr("%1% of replies").replace(
            "%1", str(percent(attending, replied))))
        self.cards["arrived"].show_figure(str(arrived), self.tr("%1% of attending").replace(
            "%1", str(percent(arrived, attending))))

    def _show_reception(self, data: figures.ReceptionFigures) -> None:
        values = self.reception_values
        values["lodged"].setText(f"{data.lodged} / {data.attending}")
        values["hotels"].setText(f"{data.hotels} / {data.rooms}")
        values["vehicles"].setText(f"{data.vehicles} / {data.drivers}")
        values["trips"].setText(str(data.trips))
        values["escorts"].setText(str(data.escorts))
        values["escorted"].setText(str(data.escorted))
        values["meals"].setText(str(data.meal_sittings))
        self.cards["lodged"].show_figure(
            f"{data.lodged}", self.tr("%1% of attending").replace(
                "%1", str(percent(data.lodged, data.attending))))
        self.cards["trips"].show_figure(str(data.trips), self.tr("%1 vehicles").replace(
            "%1", str(data.vehicles)))

    def _show_security(self, data: list[figures.DepartmentFigures]) -> None:
        self.security_model.set_rows(department_rows(data, self.tr("Total")))
        total = sum(d.total for d in data)
        done = sum(d.done for d in data)
        overdue = sum(d.overdue for d in data)
        note = (self.tr("%1 overdue").replace("%1", str(overdue)) if overdue
                else self.tr("%1 of %2 items").replace("%1", str(done)).replace("%2", str(total)))
        self.cards["security"].show_figure(f"{percent(done, total)}%", note, warn=bool(overdue))

    def _show_signing(self, data: figures.SigningFigures) -> None:
        unit = self.tr("100M CNY")
        bars = self.signing_bars
        target_projects = data.target_projects or data.projects
        bars["projects"].show_progress(data.signed, target_projects,
                                       f"{data.signed} / {target_projects}")
        bars["total"].show_progress(data.total_yi, data.target_yi,
                                    self._against(data.total_yi, data.target_yi, unit))
        bars["foreign"].show_progress(data.foreign_yi, data.target_foreign_yi,
                                      self._against(data.foreign_yi, data.target_foreign_yi,
                                                    unit))
        self.signing_values["planned"].setText(str(data.projects))
        self.signing_values["domestic"].setText(f"{data.domestic_yi} {unit}")
        self.signing_values["contract"].setText(f"{data.contract_yi} {unit}")
        note = (self.tr("¥100M · %1%").replace("%1", str(percent(data.total_yi,
                                                                       data.target_yi)))
                if data.target_yi else self.tr("¥100M · %1 signed").replace(
                    "%1", str(data.signed)))  # short: the card is a seventh of a laptop's width
        self.cards["signing"].show_figure(str(data.total_yi), note)

    def _against(self, value: Decimal, target: Decimal, unit: str) -> str:
        if not target:
            return self.tr("%1 %2 (no target set)").replace("%1", str(value)).replace("%2", unit)
        return f"{value} / {target} {unit}"

    def _show_agenda(self, data: figures.AgendaFigures) -> None:
        values = self.agenda_values
        values["sessions"].setText(str(data.sessions))
        values["days"].setText(str(data.days))
        values["venues"].setText(str(data.venues))
        values["attendance"].setText(str(data.attendance))
