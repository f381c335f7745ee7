"""Vehicles and trips: fleet, drivers, a day timeline per vehicle, the trips and their clashes."""

from __future__ import annotations

from datetime import date, datetime

from fairdesk.core.reception.views import clashes
from fairdesk.core.reception.views import days as day_views
from fairdesk.core.reception.views import transport as transport_views
from fairdesk.core.vocab import TRIP_PURPOSES, label
from fairdesk.gui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTabWidget,
    QWidget,
)
from fairdesk.gui.reception.actions import generate_pickups, print_dispatch_sheets
from fairdesk.gui.reception.page_base import RosterPage
from fairdesk.gui.reception.passengers import PassengersDialog
from fairdesk.gui.style import set_role, set_tone
from fairdesk.gui.widgets.models import NUMBER, Column
from fairdesk.gui.widgets.printing import printer_button
from fairdesk.gui.widgets.privacy import private_column, reveal_on_click
from fairdesk.gui.widgets.problems import ProblemsPanel
from fairdesk.gui.widgets.record_form import RecordForm
from fairdesk.gui.widgets.record_table import RecordTable
from fairdesk.gui.widgets.timeline import PURPOSE_COLOURS, Bar, DayTimeline, Lane

TRIP_FIELDS = [
    "purpose",
    "from_place",
    "to_place",
    "starts_at",
    "ends_at",
    "flight_or_train",
    "vehicle_id",
    "driver_id",
    "escort_id",
    "notes",
]


class TransportPage(RosterPage):
    """The transport desk: which car and driver meets which flight, and no car booked twice."""

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self._reasons: dict[str, list[str]] = clashes.Reasons()
        self.day_box = QComboBox()
        self.day_box.setMinimumContentsLength(12)
        self.new_trip_button = QPushButton(self.tr("New trip…"))
        self.pickups_button = QPushButton(self.tr("Generate pickups…"))
        self.print_button = QPushButton(self.tr("Print dispatch sheets…"))
        self.printer_button = printer_button()
        self.problems_label = QLabel()
        self.timeline = DayTimeline()
        self.problems = ProblemsPanel()
        fair = lambda: self.session.fair  # noqa: E731
        self.trips = RecordTable(
            lambda: fair().reception,
            "trips",
            self._trip_columns(),
            self._trip_rows,
            title=self.tr("Trips of the day"), searchable=True,
            search_also=("passenger_names",),
            form_kwargs=lambda _id: {"fields": TRIP_FIELDS},
        )
        self.vehicles = RecordTable(
            lambda: fair().reception,
            "vehicles",
            self._vehicle_columns(),
            lambda: transport_views.vehicle_rows(fair()),
            title=self.tr("Fleet"), searchable=True,
        )
        self.drivers = RecordTable(
            lambda: fair().reception,
            "drivers",
            self._driver_columns(),
            lambda: transport_views.driver_rows(fair()),
            title=self.tr("Drivers"), searchable=True,
        )
        reveal_on_click(self.drivers.view, session, "drivers")
        self.passengers_button = self.trips.add_action(
            self.tr("Passengers…"), self.on_passengers_clicked
        )
        self._build()
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Vehicles & trips")

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Day")))
        bar.addWidget(self.day_box)
        bar.addWidget(self.problems_label, 1)
        for button in (self.new_trip_button, self.pickups_button, self.print_button,
                       self.printer_button):
            bar.addWidget(button)
        legend = QHBoxLayout()
        legend.addWidget(self._legend())
        legend.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        scroll.setMinimumHeight(160)
        tabs = QTabWidget()
        tabs.addTab(self.trips, self.tr("Trips"))
        tabs.addTab(self.vehicles, self.tr("Fleet"))
        tabs.addTab(self.drivers, self.tr("Drivers"))
        tabs.addTab(self.problems, self.tr("Clashes"))
        self.tabs = tabs
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(tabs)
        split.setSizes([360, 420])
        layout = self.body_layout()
        layout.addLayout(bar)
        layout.addLayout(legend)
        layout.addWidget(split, 1)

    def _legend(self) -> QLabel:
        """What the bar colours mean, and that a red outline is a clash."""
        items = [
            f'<span style="color:{PURPOSE_COLOURS[code]}">■</span> {label(TRIP_PURPOSES, code)}'
            for code in TRIP_PURPOSES
        ]
        clash, warning = self.tr("clash (hover for the reason)"), self.tr("warning")
        items.append(f'<span style="color:#d32f2f">▢</span> {clash}')
        items.append(f'<span style="color:#f9a825">▢</span> {warning}')
        legend = QLabel("&nbsp;&nbsp;&nbsp;".join(items))
        set_role(legend, "legend")
        return legend

    def _connect_signals(self) -> None:
        self.day_box.currentIndexChanged.connect(self.on_day_changed)
        self.timeline.trip_clicked.connect(self.on_trip_clicked)
        self.problems.record_activated.connect(self.on_problem_activated)
        self.new_trip_button.clicked.connect(self.on_new_trip_clicked)
        self.pickups_button.clicked.connect(self.on_pickups_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.printer_button.clicked.connect(self.on_printer_clicked)

    # --- columns ----------------------------------------------------------------------------
    def _trip_columns(self) -> list[Column]:
        return [
            Column("starts_at", lambda: self.tr("Starts"), lambda r: r["starts_at"][11:16]),
            Column("ends_at", lambda: self.tr("Ends"), lambda r: r["ends_at"][11:16]),
            Column("purpose", lambda: self.tr("Purpose"), lambda r: r["purpose_label"]),
            Column("route", lambda: self.tr("Route")),
            Column("flight_or_train", lambda: self.tr("Flight/train")),
            Column("plate", lambda: self.tr("Vehicle")),
            Column("driver", lambda: self.tr("Driver")),
            Column("passengers", lambda: self.tr("Passengers"), align=NUMBER),
            Column("escort", lambda: self.tr("Escort")),
            Column("problems", lambda: self.tr("Problems"), lambda r: "；".join(r["_problems"])),
        ]

    def _vehicle_columns(self) -> list[Column]:
        return [
            Column("plate", lambda: self.tr("Plate")),
            Column("kind", lambda: self.tr("Type"), lambda r: r["kind_label"]),
            Column("seats", lambda: self.tr("Seats"), align=NUMBER),
            Column("supplier", lambda: self.tr("Supplied by")),
            Column("drivers", lambda: self.tr("Usual drivers")),
            Column("trips", lambda: self.tr("Trips"), align=NUMBER),
        ]

    def _driver_columns(self) -> list[Column]:
        return [
            Column("name", lambda: self.tr("Name")),
            private_column(self.session, "phone", lambda: self.tr("Phone"), "phone"),
            Column("unit", lambda: self.tr("Unit")),
            Column("plate", lambda: self.tr("Usual vehicle")),
            Column("trips", lambda: self.tr("Trips"), align=NUMBER),
        ]

    # --- data ---------------------------------------------------------------------------------
    def day(self) -> str:
        return self.day_box.currentData() or ""

    def _trip_rows(self) -> list[dict]:
        return clashes.attach(
            transport_views.trip_rows(self.session.fair, self.day() or None), self._reasons
        )

    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        found = clashes.conflicts(fair)
        self._reasons = clashes.by_record(found)
        self._fill_days(day_views.trip_days(fair))
        transport = [c for c in found if c.entity in ("trips", "vehicles", "drivers")]
        errors = sum(1 for c in transport if c.severity == "error")
        parts = []
        if errors:
            parts.append(self.tr("Clashes in the transport plan: %1").replace("%1", str(errors)))
        if len(transport) > errors:
            parts.append(self.tr("warnings: %1").replace("%1", str(len(transport) - errors)))
        self.problems_label.setText(" · ".join(parts))
        set_role(self.problems_label, "sectionTitle")
        set_tone(self.problems_label, "error" if errors else "caution")
        for table in (self.trips, self.vehicles, self.drivers):
            table.refresh()
        self.problems.set_conflicts(transport)
        self.tabs.setTabText(3, self._problems_tab_title(errors, len(transport) - errors))
        self._fill_timeline()

    def _problems_tab_title(self, errors: int, warnings: int) -> str:
        """The tab named by what it holds: clashes (errors), warnings, or both counted apart."""
        if errors and warnings:
            return self.tr("Clashes (%1) · warnings (%2)").replace("%1", str(errors)).replace(
                "%2", str(warnings))
        if warnings:
            return self.tr("Warnings (%1)").replace("%1", str(warnings))
        return self.tr("Clashes (%1)").replace("%1", str(errors))

    def _fill_days(self, days: list[str]) -> None:
        keep = self.day()
        self.day_box.blockSignals(True)
        self.day_box.clear()
        for d in days:
            self.day_box.addItem(f"{d} {self._weekday(d)}", d)
        index = self.day_box.findData(keep)
        self.day_box.setCurrentIndex(index if index >= 0 else 0)
        self.day_box.blockSignals(False)

    def _weekday(self, day: str) -> str:
        names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        return names[date.fromisoformat(day).weekday()]

    def _fill_timeline(self) -> None:
        fair = self.session.fair
        if not self.day():
            self.timeline.set_day(date.today(), [])
            return
        trips = transport_views.trip_rows(fair, self.day())
        lanes = [
            Lane(
                v["id"],
                v["plate"],
                self.tr("%1 · %2 seats")
                .replace("%1", v["kind_label"])
                .replace("%2", str(v["seats"])),
            )
            for v in transport_views.vehicle_rows(fair)
        ]
        by_id = {lane.key: lane for lane in lanes}
        for trip in trips:
            lane = by_id.get(trip["vehicle_id"] or "")
            if lane is None:
                lane = by_id.setdefault("", Lane("", self.tr("No vehicle"), self.tr("to assign")))
            lane.bars.append(
                Bar(
                    trip["id"],
                    datetime.fromisoformat(trip["starts_at"]),
                    datetime.fromisoformat(trip["ends_at"]),
                    trip["purpose"],
                    trip["passengers"],
                    trip["route"],
                    self._reasons.get(trip["id"], []),
                    trip["id"] in getattr(self._reasons, "errors", ()),
                )
            )
        if "" in by_id:
            lanes.append(by_id[""])
        self.timeline.set_day(date.fromisoformat(self.day()), lanes)

    # --- slots ----------------------------------------------------------------------------------
    def on_day_changed(self, _index: int) -> None:
        self.trips.refresh()
        self._fill_timeline()

    def trip_form(self, trip_id: str | None) -> RecordForm:
        values = {}
        if trip_id is None and self.day():
            values = {"starts_at": f"{self.day()}T09:00", "ends_at": f"{self.day()}T10:00"}
        return RecordForm(
            self.session.fair.reception,
            "trips",
            trip_id,
            fields=TRIP_FIELDS,
            values=values,
            parent=self,
        )

    def on_trip_clicked(self, trip_id: str) -> None:
        self.trip_form(trip_id).exec()

    def show_trip(self, trip_id: str) -> None:
        """Show ``trip_id``'s day and select the trip (from a guest's chain). Raises NotFoundError."""
        if self._stale and self.session.fair is not None:  # built or changed while hidden
            self._stale = False
            self.refresh()
        day = self.session.fair.get("trips", trip_id)["starts_at"][:10]
        self.tabs.setCurrentWidget(self.trips)
        self.day_box.setCurrentIndex(max(self.day_box.findData(day), 0))
        self.trips.select(trip_id)

    def on_problem_activated(self, entity: str, record_id: str) -> None:
        """Show the clashing trip on its day and open it to fix."""
        if entity != "trips":
            return
        day = self.session.fair.get("trips", record_id)["starts_at"][:10]
        self.day_box.setCurrentIndex(max(self.day_box.findData(day), 0))
        self.trips.select(record_id)
        self.trip_form(record_id).exec()

    def on_new_trip_clicked(self) -> None:
        self.trip_form(None).exec()

    def on_passengers_clicked(self, trip_id: str) -> None:
        PassengersDialog(self.session.fair, trip_id, self).exec()

    def on_pickups_clicked(self) -> None:
        generate_pickups(self, self.session.fair, self.day() or None)

    def on_print_clicked(self) -> None:
        print_dispatch_sheets(self, self.session.fair, self.day())

    def on_printer_clicked(self) -> None:
        print_dispatch_sheets(self, self.session.fair, self.day(), to_printer=True)

