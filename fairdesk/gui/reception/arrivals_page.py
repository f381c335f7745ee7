"""The arrivals board: by day and hour, who arrives where, with pickup and room or MISSING."""

from __future__ import annotations

from fairdesk.core.reception.views import arrivals as arrival_views
from fairdesk.core.reception.views import days as day_views
from fairdesk.gui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QWidget,
)
from fairdesk.gui.reception.actions import export_arrivals, print_arrivals_board
from fairdesk.gui.reception.chain import GuestChainView
from fairdesk.gui.reception.page_base import RosterPage
from fairdesk.gui.style import set_role, set_tone
from fairdesk.gui.widgets.models import NUMBER, Column, RowsModel
from fairdesk.gui.widgets.record_table import make_table_view
from fairdesk.gui.widgets.table_search import TableSearch

MISSING_RED = "#c62828"
MISSING_BACKGROUND = "#fdecea"
CLASH_AMBER = "#8d5300"
CLASH_BACKGROUND = "#fff3cd"


class ArrivalsPage(RosterPage):
    """Who arrives when and where; what is still missing for each of them."""

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self.day_box = QComboBox()
        self.day_box.setMinimumContentsLength(12)
        self.summary = QLabel()
        self.print_button = QPushButton(self.tr("Print board…"))
        self.printer_button = QPushButton(self.tr("Print…"))
        self.printer_button.setToolTip(self.tr("Preview the board and send it to a printer"))
        self.export_button = QPushButton(self.tr("Export .xlsx…"))
        self.model = RowsModel(self._columns(), self)
        self.view = make_table_view(self.model, self)
        self.view.setSortingEnabled(False)
        self.search_box = TableSearch(self.model, lambda: self.session.fair, self)
        self.chain = GuestChainView()
        self._build()
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Arrivals")

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Day")))
        bar.addWidget(self.day_box)
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.printer_button)
        bar.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.chain)
        split.setSizes([1000, 320])
        layout = self.body_layout()
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def _connect_signals(self) -> None:
        self.day_box.currentIndexChanged.connect(self.on_day_changed)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.printer_button.clicked.connect(self.on_printer_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)

    def _columns(self) -> list[Column]:
        missing = self.tr("MISSING")

        def need(key: str) -> Column:
            """Missing: red; booked but in a clash (pickup before the flight lands): amber."""
            problems = (
                (lambda r: r.get("pickup_problems") or []) if key == "pickup" else (lambda r: [])
            )
            return Column(
                key,
                lambda: self.tr("Pickup") if key == "pickup" else self.tr("Room"),
                lambda r: r[key] or missing,
                foreground=lambda r: (
                    MISSING_RED if not r[key] else CLASH_AMBER if problems(r) else None
                ),
                background=lambda r: (
                    MISSING_BACKGROUND if not r[key] else CLASH_BACKGROUND if problems(r) else None
                ),
                tooltip=lambda r: "\n".join(problems(r)),
            )

        return [
            Column(
                "hour",
                lambda: self.tr("Hour"),
                lambda r: f"{r['hour']}:00" if r["first_of_hour"] else "",
                sort_key=lambda r: r["time"],
            ),
            Column("time", lambda: self.tr("Arrives")),
            Column("transport", lambda: self.tr("Flight/train")),
            Column("place", lambda: self.tr("Airport/station")),
            Column("guest", lambda: self.tr("Guest")),
            Column("category_label", lambda: self.tr("Category")),
            Column("party", lambda: self.tr("Party"), align=NUMBER),
            need("pickup"),
            need("room"),
        ]

    def day(self) -> str:
        return self.day_box.currentData() or ""

    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        keep = self.day()
        self.day_box.blockSignals(True)
        self.day_box.clear()
        for d in day_views.arrival_days(fair):
            self.day_box.addItem(d, d)
        index = self.day_box.findData(keep)
        self.day_box.setCurrentIndex(index if index >= 0 else 0)
        self.day_box.blockSignals(False)
        self._fill()

    def chosen_guest(self) -> str:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row())["guest_id"] if rows else ""

    def _fill(self) -> None:
        chosen = self.chosen_guest()
        rows = arrival_views.arrival_rows(self.session.fair, self.day()) if self.day() else []
        for before, row in zip([None, *rows], rows, strict=False):
            row["first_of_hour"] = before is None or before["hour"] != row["hour"]
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        # the guest chosen before stays chosen, their chain read again (or the hint if gone)
        again = next((n for n, r in enumerate(rows) if chosen and r["guest_id"] == chosen), -1)
        if again >= 0:
            self.view.selectRow(again)  # on_selection_changed reads the chain
        else:
            self.chain.show_guest(self.session.fair, "")
        no_pickup = sum(1 for r in rows if not r["pickup"])
        no_room = sum(1 for r in rows if not r["room"])
        clashing = sum(1 for r in rows if r["pickup"] and r["pickup_problems"])
        text = self.tr("%1 arriving · %2 without pickup · %3 without room")
        text = (
            text.replace("%1", str(len(rows)))
            .replace("%2", str(no_pickup))
            .replace("%3", str(no_room))
        )
        if clashing:
            text += " · " + self.tr("%1 pickups in a clash").replace("%1", str(clashing))
        self.summary.setText(text)
        set_role(self.summary, "sectionTitle")
        set_tone(self.summary, "error" if no_pickup or no_room else "")

    # --- slots -------------------------------------------------------------------------------
    def on_day_changed(self, _index: int) -> None:
        self._fill()

    def on_selection_changed(self, *_args: object) -> None:
        self.chain.show_guest(self.session.fair, self.chosen_guest())

    def on_print_clicked(self) -> None:
        print_arrivals_board(self, self.session.fair, self.day())

    def on_printer_clicked(self) -> None:
        print_arrivals_board(self, self.session.fair, self.day(), to_printer=True)

    def on_export_clicked(self) -> None:
        export_arrivals(self, self.session.fair, self.day())
