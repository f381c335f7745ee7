"""Meals: sittings with expected headcount and dietary counts, banquet tables and their seats."""

from __future__ import annotations

from fairdesk.core.reception.views import clashes
from fairdesk.core.reception.views import meals as meal_views
from fairdesk.core.vocab import GUEST_CATEGORIES, MEAL_DINERS, MEAL_KINDS, label, named
from fairdesk.gui.badges.table_cards import print_table_cards
from fairdesk.gui.qt import (
    QColor,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.reception.actions import (
    print_meal_counts,
    print_table_plan,
    seat_in_protocol_order,
)
from fairdesk.gui.reception.page_base import RosterPage
from fairdesk.gui.style import set_role
from fairdesk.gui.widgets.jobs import Worker, show_failure
from fairdesk.gui.widgets.models import NUMBER, Column
from fairdesk.gui.widgets.printing import printer_button
from fairdesk.gui.widgets.record_table import RecordTable

SITTING_FIELDS = [
    "name",
    "name_en",
    "kind",
    "diners",
    "starts_at",
    "ends_at",
    "venue_id",
    "session_id",
    "notes",
]


class MealsPage(RosterPage):
    """How many eat at each sitting, who needs halal or vegetarian, who sits where."""

    watched = ("reception", "guests", "agenda")

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self._reasons: dict[str, list[str]] = clashes.Reasons()
        service = lambda: self.session.fair.reception  # noqa: E731
        self.sittings = RecordTable(
            service,
            "meal_sittings",
            self._sitting_columns(),
            self._sitting_rows,
            title=self.tr("Sittings"), searchable=True,
            form_kwargs=lambda _id: {"fields": SITTING_FIELDS},
        )
        self.tables = RecordTable(
            service,
            "banquet_tables",
            self._table_columns(),
            self._table_rows,
            title=self.tr("Banquet tables"), searchable=True,
            form_kwargs=self._sitting_preset,
        )
        self.seats = RecordTable(
            service,
            "banquet_seats",
            self._seat_columns(),
            self._seat_rows,
            title=self.tr("Seats in protocol order"), searchable=True,
            form_kwargs=self._table_preset,
        )
        self.diet_title = QLabel()
        set_role(self.diet_title, "sectionTitle")
        self.diet_list = QListWidget()
        self.diet_list.setWordWrap(True)
        self.seat_button = QPushButton(self.tr("Seat in protocol order…"))
        self.print_button = QPushButton(self.tr("Save as PDF…"))
        self.printer_button = printer_button()
        self._build()
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Meals")

    def _build(self) -> None:
        bar = QHBoxLayout()
        heading = QLabel(self.tr("Meals and banquet seating"))
        set_role(heading, "pageHeading")
        bar.addWidget(heading, 1)
        bar.addWidget(self.seat_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.printer_button)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.tables)
        bottom.addWidget(self.seats)
        bottom.setSizes([480, 740])
        split = QSplitter(Qt.Orientation.Vertical)
        diet = QWidget()
        diet_layout = QVBoxLayout(diet)
        diet_layout.setContentsMargins(0, 0, 0, 0)
        diet_layout.addWidget(self.diet_title)
        diet_layout.addWidget(self.diet_list, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.sittings)
        top.addWidget(diet)
        top.setSizes([860, 360])
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([230, 530])
        layout = self.body_layout()
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def _connect_signals(self) -> None:
        self.sittings.record_selected.connect(self.on_sitting_selected)
        self.tables.record_selected.connect(self.on_table_selected)
        self.seat_button.clicked.connect(self.on_seat_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.printer_button.clicked.connect(lambda: self.on_print_clicked(to_printer=True))

    # --- columns -----------------------------------------------------------------------------
    def _sitting_columns(self) -> list[Column]:
        return [
            Column("name", lambda: self.tr("Sitting"), named),
            Column("kind", lambda: self.tr("Kind"), lambda r: " · ".join(
                [label(MEAL_KINDS, r["kind"])]
                + ([label(MEAL_DINERS, "staff")] if r.get("diners") == "staff" else []))),
            Column(
                "starts_at",
                lambda: self.tr("Starts"),
                lambda r: f"{r['starts_at'][5:10]} {r['starts_at'][11:16]}",
            ),
            Column("expected", lambda: self.tr("Expected"), align=NUMBER),
            Column("halal", lambda: self.tr("Halal"), align=NUMBER),
            Column("vegetarian", lambda: self.tr("Vegetarian"), align=NUMBER),
            Column("allergies", lambda: self.tr("Allergies"), align=NUMBER),
            Column("other_diets", lambda: self.tr("Other needs"), align=NUMBER),
            Column("tables", lambda: self.tr("Tables"), align=NUMBER),
            Column("seated", lambda: self.tr("Seated"), align=NUMBER),
        ]

    def _table_columns(self) -> list[Column]:
        return [
            Column("number", lambda: self.tr("Table"), align=NUMBER),
            Column("name", lambda: self.tr("Name")),
            Column(
                "is_head",
                lambda: self.tr("Head table"),
                lambda r: self.tr("Yes") if r["is_head"] else "",
            ),
            Column("seats", lambda: self.tr("Seats"), align=NUMBER),
            Column("seated", lambda: self.tr("Seated"), align=NUMBER),
        ]

    def _seat_columns(self) -> list[Column]:
        return [
            Column("seat_no", lambda: self.tr("Seat"), align=NUMBER),
            Column("guest", lambda: self.tr("Guest")),
            Column("title", lambda: self.tr("Title")),
            Column("organisation", lambda: self.tr("Organisation")),
            Column(
                "category",
                lambda: self.tr("Category"),
                lambda r: label(GUEST_CATEGORIES, r["category"]),
            ),
            Column("dietary", lambda: self.tr("Dietary needs")),
            Column("problems", lambda: self.tr("Problems"), lambda r: "；".join(r["_problems"])),
        ]

    # --- rows ----------------------------------------------------------------------------------
    def _sitting_rows(self) -> list[dict]:
        return meal_views.sitting_rows(self.session.fair)

    def _table_rows(self) -> list[dict]:
        sitting = self.sittings.current_id()
        if not sitting:
            return []
        return clashes.attach(meal_views.table_rows(self.session.fair, sitting), self._reasons)

    def _seat_rows(self) -> list[dict]:
        table = self.tables.current_id()
        if not table:
            return []
        return clashes.attach(meal_views.seat_rows(self.session.fair, table), self._reasons)

    def _sitting_preset(self, record_id: str | None) -> dict:
        sitting = self.sittings.current_id()
        return {"values": {"sitting_id": sitting}} if record_id is None and sitting else {}

    def _table_preset(self, record_id: str | None) -> dict:
        table = self.tables.current_id()
        return {"values": {"table_id": table}} if record_id is None and table else {}

    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        self._reasons = clashes.by_record(
            [c for c in clashes.conflicts(fair) if c.entity.startswith("banquet")]
        )
        self.sittings.refresh()
        if not self.sittings.current_id():  # start on the banquet: seated, else with tables
            rows = self.sittings.model.rows()
            ranked = sorted(
                rows, key=lambda r: (not r["seated"], not r["tables"], r["kind"] != "banquet")
            )
            if ranked:
                self.sittings.select(ranked[0]["id"])
        self.tables.refresh(select_first=True)
        self.seats.refresh()
        self._show_diets()

    def _show_diets(self) -> None:
        self.diet_list.clear()
        sitting = self.sittings.current_id()
        if not sitting:
            self.diet_title.setText(self.tr("Choose a sitting to see its dietary needs"))
            return
        name = named(self.session.fair.get("meal_sittings", sitting))
        self.diet_title.setText(self.tr("Dietary needs: %1").replace("%1", name))
        row = next(r for r in self.sittings.model.rows() if r["id"] == sitting)
        lines = meal_views.dietary_lines(row)
        for line in lines or [self.tr("No special needs")]:
            item = QListWidgetItem(line)
            if line.startswith("⚠"):
                item.setForeground(QColor("#c62828"))
            self.diet_list.addItem(item)

    # --- slots ---------------------------------------------------------------------------------
    def on_sitting_selected(self, _sitting_id: str) -> None:
        self.tables.refresh(select_first=True)
        self.seats.refresh()
        self._show_diets()

    def on_table_selected(self, _table_id: str) -> None:
        self.seats.refresh()

    def on_seat_clicked(self) -> None:
        seat_in_protocol_order(self, self.session.fair, self.sittings.current_id())

    def print_table_cards(self, **kwargs: object) -> Worker | None:
        """Folded table cards (席卡) for the chosen sitting's seating, drawn in a worker."""
        sitting = self.sittings.current_id()
        if not sitting:
            show_failure(self, self.tr("Choose a sitting first."))
            return None
        self._cards_worker = print_table_cards(self, self.session.fair, sitting_id=sitting,
                                               **kwargs)
        return self._cards_worker

    def print_menu(self, *, to_printer: bool = False) -> QMenu:
        """The sheets to print (as a PDF, or ``to_printer`` through the preview)."""
        menu = QMenu(self)
        sitting = self.sittings.current_id()
        if sitting:
            menu.addAction(
                self.tr("Table plan of this sitting…"),
                lambda: print_table_plan(self, self.session.fair, sitting, to_printer=to_printer),
            )
            menu.addAction(self.tr("Table cards of this sitting…"),
                           lambda: self.print_table_cards(to_printer=to_printer))
        menu.addAction(
            self.tr("Meal counts and dietary needs…"),
            lambda: print_meal_counts(self, self.session.fair, to_printer=to_printer),
        )
        return menu

    def on_print_clicked(self, *, to_printer: bool = False) -> None:
        button = self.printer_button if to_printer else self.print_button
        self.print_menu(to_printer=to_printer).exec(
            button.mapToGlobal(button.rect().bottomLeft()))
