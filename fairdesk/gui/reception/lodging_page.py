"""Lodging: hotels, their rooms and blocks, occupancy per night, stays and the problems."""

from __future__ import annotations

from fairdesk.core.reception.views import clashes
from fairdesk.core.reception.views import lodging as lodging_views
from fairdesk.core.security.issuing import issue_checklists, site_for_hotel
from fairdesk.core.vocab import named
from fairdesk.gui.qt import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.reception.actions import auto_assign, print_rooming_list
from fairdesk.gui.reception.occupancy import OccupancyGrid
from fairdesk.gui.reception.page_base import RosterPage
from fairdesk.gui.style import set_role
from fairdesk.gui.widgets.models import NUMBER, Column
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.printing import printer_button
from fairdesk.gui.widgets.problems import ProblemsPanel
from fairdesk.gui.widgets.record_table import RecordTable

STAY_FIELDS = [
    "guest_id",
    "companion_id",
    "hotel_id",
    "room_id",
    "room_type",
    "check_in",
    "check_out",
    "notes",
]


class LodgingPage(RosterPage):
    """Where each guest sleeps; rooms and blocks never overbooked, problems always listed."""

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self._reasons: dict[str, list[str]] = clashes.Reasons()
        self._found: list = []
        fair = lambda: self.session.fair  # noqa: E731
        service = lambda: fair().reception  # noqa: E731
        self.hotels = RecordTable(
            service,
            "hotels",
            self._hotel_columns(),
            lambda: lodging_views.hotel_rows(fair()),
            title=self.tr("Hotels"), searchable=True,
        )
        self.rooms = RecordTable(
            service,
            "rooms",
            self._room_columns(),
            self._room_rows,
            title=self.tr("Rooms"), searchable=True,
            form_kwargs=self._hotel_preset,
        )
        self.blocks = RecordTable(
            service,
            "room_blocks",
            self._block_columns(),
            self._block_rows,
            title=self.tr("Room blocks"), searchable=True,
            form_kwargs=self._hotel_preset,
        )
        self.stays = RecordTable(
            service,
            "stays",
            self._stay_columns(),
            self._stay_rows,
            title=self.tr("Stays"), searchable=True,
            form_kwargs=self._stay_form,
        )
        self.grid = OccupancyGrid()
        self.problems = ProblemsPanel()
        self.assign_button = QPushButton(self.tr("Auto-assign…"))
        self.print_button = QPushButton(self.tr("Print rooming list…"))
        self.printer_button = printer_button()
        self.grid_title = QLabel()
        self._build()
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Lodging")

    def _build(self) -> None:
        bar = QHBoxLayout()
        heading = QLabel(self.tr("Hotels, rooms and stays"))
        set_role(heading, "pageHeading")
        bar.addWidget(heading, 1)
        bar.addWidget(self.assign_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.printer_button)
        hotel_tabs = QTabWidget()
        hotel_tabs.addTab(self.blocks, self.tr("Room blocks"))
        hotel_tabs.addTab(self.rooms, self.tr("Rooms"))
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        set_role(self.grid_title, "sectionTitle")
        grid_layout.addWidget(self.grid_title)
        grid_layout.addWidget(self.grid, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.hotels)
        top.addWidget(grid_box)
        top.setSizes([700, 520])
        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.addWidget(hotel_tabs)
        middle.addWidget(self.problems)
        middle.setSizes([620, 600])
        bottom = self.stays
        split = QSplitter(Qt.Orientation.Vertical)
        for part in (top, middle, bottom):
            split.addWidget(part)
        split.setSizes([240, 220, 300])
        layout = self.body_layout()
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def _connect_signals(self) -> None:
        self.hotels.record_selected.connect(self.on_hotel_selected)
        self.hotels.record_created.connect(self.on_hotel_created)
        self.assign_button.clicked.connect(self.on_assign_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.printer_button.clicked.connect(lambda: self.on_print_clicked(to_printer=True))
        self.problems.record_activated.connect(self.on_problem_activated)

    def on_hotel_created(self, changes: object) -> None:
        """A new guest hotel: offer to make it a security site, so it gets its checklists."""
        hotel = next((c.after for c in changes.items if c.entity == "hotels" and c.after), None)
        if hotel is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Security site"),
            self.tr("Make %1 a security site and issue its checklists?").replace("%1", named(hotel)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        fair = self.session.fair
        if run_op(self, lambda: site_for_hotel(fair, hotel["id"]), title=self.tr("Not added")) \
                is not FAILED:
            site = fair.security.list("sites", hotel_id=hotel["id"])[0]
            run_op(self, lambda: issue_checklists(fair, [site["id"]]), title=self.tr("Not issued"))

    # --- columns ---------------------------------------------------------------------------
    def _hotel_columns(self) -> list[Column]:
        return [
            Column("name", lambda: self.tr("Hotel"), lambda r: r["label"]),
            Column(
                "designated",
                lambda: self.tr("VIP hotel"),
                lambda r: self.tr("Yes") if r["designated"] else "",
            ),
            Column(
                "distance_km",
                lambda: self.tr("Distance (km)"),
                lambda r: f"{r['distance_km']:g}",
                align=NUMBER,
            ),
            Column("rooms", lambda: self.tr("Rooms"), align=NUMBER),
            Column("stays", lambda: self.tr("Stays"), align=NUMBER),
            Column(
                "contact",
                lambda: self.tr("Contact"),
                lambda r: " ".join(x for x in (r["contact"], r["phone"]) if x),
            ),
        ]

    def _room_columns(self) -> list[Column]:
        return [
            Column("number", lambda: self.tr("Room")),
            Column("room_type", lambda: self.tr("Type"), lambda r: r["type_label"]),
            Column("capacity", lambda: self.tr("Sleeps"), align=NUMBER),
            Column("floor", lambda: self.tr("Floor")),
            Column("occupants", lambda: self.tr("Guests")),
        ]

    def _block_columns(self) -> list[Column]:
        return [
            Column("night", lambda: self.tr("Night")),
            Column("room_type", lambda: self.tr("Type"), lambda r: r["type_label"]),
            Column("rooms", lambda: self.tr("Reserved"), align=NUMBER),
            Column(
                "rate",
                lambda: self.tr("Rate"),
                lambda r: (
                    f"{r['rate_cents'] / 100:,.0f} {r['currency']}" if r["rate_cents"] else ""
                ),
                align=NUMBER,
            ),
        ]

    def _stay_columns(self) -> list[Column]:
        return [
            Column("person", lambda: self.tr("Guest")),
            Column("hotel", lambda: self.tr("Hotel")),
            Column("room", lambda: self.tr("Room")),
            Column("type_label", lambda: self.tr("Type")),
            Column("check_in", lambda: self.tr("Check-in")),
            Column("check_out", lambda: self.tr("Check-out")),
            Column("nights", lambda: self.tr("Nights"), align=NUMBER),
            Column("sharing", lambda: self.tr("Sharing with")),
            Column("problems", lambda: self.tr("Problems"), lambda r: "；".join(r["_problems"])),
        ]

    # --- rows ---------------------------------------------------------------------------------
    def _hotel_preset(self, record_id: str | None) -> dict:
        hotel = self.hotels.current_id()
        return {"values": {"hotel_id": hotel}} if record_id is None and hotel else {}

    def _stay_form(self, record_id: str | None) -> dict:
        fair = self.session.fair
        kwargs = {
            "fields": STAY_FIELDS,
            "options": {
                "room_id": lodging_views.room_options(fair),
                "companion_id": lodging_views.companion_options(fair),
            },
        }
        hotel = self.hotels.current_id()
        if record_id is None and hotel:
            kwargs["values"] = {"hotel_id": hotel}
        return kwargs

    def _room_rows(self) -> list[dict]:
        hotel = self.hotels.current_id()
        if not hotel:
            return []
        return clashes.attach(lodging_views.room_rows(self.session.fair, hotel), self._reasons)

    def _block_rows(self) -> list[dict]:
        hotel = self.hotels.current_id()
        if not hotel:
            return []
        return clashes.attach(lodging_views.block_rows(self.session.fair, hotel), self._reasons)

    def _stay_rows(self) -> list[dict]:
        return clashes.attach(
            lodging_views.stay_rows(self.session.fair), self._reasons, "room_id"
        )

    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        self._found = clashes.conflicts(fair)
        self._reasons = clashes.by_record(self._found)
        self.hotels.refresh(select_first=True)
        for table in (self.rooms, self.blocks, self.stays):
            table.refresh()
        self._fill_grid()
        lodging = [c for c in self._found if c.entity in lodging_views.LODGING_ENTITIES]
        self.problems.set_conflicts(lodging)
        self.stays.title.setText(
            self.tr("Stays (%1)").replace("%1", str(self.stays.model.rowCount()))
        )

    def _fill_grid(self) -> None:
        hotel = self.hotels.current_id()
        if not hotel:
            self.grid_title.setText(self.tr("Choose a hotel to see its rooms per night"))
            self.grid.set_grid([], [])
            return
        name = named(self.session.fair.get("hotels", hotel))
        self.grid_title.setText(self.tr("%1: rooms used / reserved per night").replace("%1", name))
        self.grid.set_grid(*lodging_views.occupancy(self.session.fair, hotel))

    # --- slots -----------------------------------------------------------------------------------
    def on_hotel_selected(self, _hotel_id: str) -> None:
        self.rooms.refresh()
        self.blocks.refresh()
        self._fill_grid()

    def on_problem_activated(self, entity: str, record_id: str) -> None:
        if entity == "stays":
            self.stays.select(record_id)
            self.stays.on_edit_clicked()
        elif entity in ("rooms", "room_blocks"):
            hotel = self.session.fair.get(entity, record_id)["hotel_id"]
            self.hotels.select(hotel)
            table = self.rooms if entity == "rooms" else self.blocks
            table.select(record_id)
            table.on_edit_clicked()

    def on_assign_clicked(self) -> None:
        auto_assign(self, self.session.fair)

    def print_menu(self, *, to_printer: bool = False) -> QMenu:
        """The rooming lists to print (as a PDF, or ``to_printer`` through the preview)."""
        menu = QMenu(self)
        hotel = self.hotels.current_id()
        if hotel:
            name = named(self.session.fair.get("hotels", hotel))
            menu.addAction(
                self.tr("Rooming list of %1…").replace("%1", name),
                lambda: print_rooming_list(self, self.session.fair, hotel, to_printer=to_printer),
            )
        menu.addAction(
            self.tr("Rooming lists of all hotels…"),
            lambda: print_rooming_list(self, self.session.fair, "", to_printer=to_printer),
        )
        return menu

    def on_print_clicked(self, *, to_printer: bool = False) -> None:
        button = self.printer_button if to_printer else self.print_button
        self.print_menu(to_printer=to_printer).exec(
            button.mapToGlobal(button.rect().bottomLeft()))
