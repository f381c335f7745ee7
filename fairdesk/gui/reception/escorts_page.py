"""Escorts (引领陪同): staff, whom they accompany, VIPs still without one, and clashes."""

from __future__ import annotations

from fairdesk.core.reception.views import clashes
from fairdesk.core.reception.views import escorts as escort_views
from fairdesk.core.vocab import GUEST_CATEGORIES, label
from fairdesk.gui.qt import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.reception.actions import print_escort_sheets
from fairdesk.gui.reception.page_base import RosterPage
from fairdesk.gui.style import set_role, set_tone
from fairdesk.gui.widgets.models import NUMBER, Column, RowsModel
from fairdesk.gui.widgets.printing import printer_button
from fairdesk.gui.widgets.privacy import private_column, reveal_on_click
from fairdesk.gui.widgets.problems import ProblemsPanel
from fairdesk.gui.widgets.record_form import RecordForm
from fairdesk.gui.widgets.record_table import RecordTable, make_table_view
from fairdesk.gui.widgets.table_search import TableSearch

ASSIGNMENT_FIELDS = ["escort_id", "guest_id", "starts_at", "ends_at", "role", "notes"]
ONE_TO_ONE = ("vip", "official")


class EscortsPage(RosterPage):
    """Who accompanies whom; an escort is never in two places at once."""

    watched = ("reception", "guests", "agenda")

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self._reasons: dict[str, list[str]] = clashes.Reasons()
        fair = lambda: self.session.fair  # noqa: E731
        service = lambda: fair().reception  # noqa: E731
        self.escorts = RecordTable(
            service, "escorts", self._escort_columns(), self._escort_rows, title=self.tr("Escorts"),
            searchable=True,
        )
        reveal_on_click(self.escorts.view, session, "escorts")
        self.assignments = RecordTable(
            service,
            "escort_assignments",
            self._assignment_columns(),
            self._assignment_rows,
            title=self.tr("Accompanies"), searchable=True,
            form_kwargs=self._assignment_preset,
        )
        self.unescorted = RowsModel(self._vip_columns(), self)
        self.unescorted_view = make_table_view(self.unescorted, self)
        self.unescorted_search = TableSearch(self.unescorted, lambda: self.session.fair, self,
                                             guest_key="id")
        self.unescorted_title = QLabel()
        self.assign_button = QPushButton(self.tr("Assign escort…"))
        self.print_button = QPushButton(self.tr("Print escort sheets…"))
        self.printer_button = printer_button()
        self.problems = ProblemsPanel()
        self._build()
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Escorts")

    def _build(self) -> None:
        bar = QHBoxLayout()
        heading = QLabel(self.tr("Guiding and escort"))
        set_role(heading, "pageHeading")
        bar.addWidget(heading, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.printer_button)
        vip_box = QWidget()
        vip_layout = QVBoxLayout(vip_box)
        vip_layout.setContentsMargins(0, 0, 0, 0)
        vip_bar = QHBoxLayout()
        vip_bar.addWidget(self.unescorted_title, 1)
        vip_bar.addWidget(self.unescorted_search, 1)
        vip_bar.addWidget(self.assign_button)
        vip_layout.addLayout(vip_bar)
        vip_layout.addWidget(self.unescorted_view, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.escorts)
        top.addWidget(self.assignments)
        top.setSizes([560, 660])
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(vip_box)
        bottom.addWidget(self.problems)
        bottom.setSizes([560, 660])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([460, 300])
        layout = self.body_layout()
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def _connect_signals(self) -> None:
        self.escorts.record_selected.connect(self.on_escort_selected)
        self.assign_button.clicked.connect(self.on_assign_clicked)
        self.unescorted_view.doubleClicked.connect(self.on_assign_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.printer_button.clicked.connect(self.on_printer_clicked)
        self.problems.record_activated.connect(self.on_problem_activated)

    # --- columns -------------------------------------------------------------------------------
    def _escort_columns(self) -> list[Column]:
        return [
            Column("name", lambda: self.tr("Name")),
            Column("unit", lambda: self.tr("Unit")),
            private_column(self.session, "phone", lambda: self.tr("Phone"), "phone"),
            Column(
                "languages",
                lambda: self.tr("Languages"),
                lambda r: escort_views.languages_text(r["languages"]),
            ),
            Column("guests", lambda: self.tr("Guests"), align=NUMBER),
            Column("guest_names", lambda: self.tr("Accompanies")),
        ]

    def _assignment_columns(self) -> list[Column]:
        return [
            Column("guest", lambda: self.tr("Guest")),
            Column(
                "category",
                lambda: self.tr("Category"),
                lambda r: label(GUEST_CATEGORIES, r["category"]),
            ),
            Column("organisation", lambda: self.tr("Organisation")),
            Column("starts_at", lambda: self.tr("From"), lambda r: _short(r["starts_at"])),
            Column("ends_at", lambda: self.tr("Until"), lambda r: _short(r["ends_at"])),
            Column("role", lambda: self.tr("Role")),
            Column("problems", lambda: self.tr("Problems"), lambda r: "；".join(r["_problems"])),
        ]

    def _vip_columns(self) -> list[Column]:
        return [
            Column("name", lambda: self.tr("Guest")),
            Column(
                "category",
                lambda: self.tr("Category"),
                lambda r: label(GUEST_CATEGORIES, r["category"]),
            ),
            Column("organisation", lambda: self.tr("Organisation")),
            Column("arrival_at", lambda: self.tr("Arrives"), lambda r: _short(r["arrival_at"])),
        ]

    # --- rows -------------------------------------------------------------------------------------
    def _escort_rows(self) -> list[dict]:
        return clashes.attach(escort_views.escort_rows(self.session.fair), self._reasons)

    def _assignment_rows(self) -> list[dict]:
        escort = self.escorts.current_id()
        if not escort:
            return []
        rows = escort_views.assignment_rows(self.session.fair, escort)
        return clashes.attach(rows, self._reasons)

    def _assignment_preset(self, record_id: str | None) -> dict:
        values = {"escort_id": self.escorts.current_id()} if record_id is None else {}
        return {"fields": ASSIGNMENT_FIELDS, "values": values}

    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        found = clashes.conflicts(fair)
        self._reasons = clashes.by_record(found)
        self.escorts.refresh()
        if not self.escorts.current_id():  # start on someone with guests to accompany
            busy = [r for r in self.escorts.model.rows() if r["guests"]]
            self.escorts.select((busy or self.escorts.model.rows() or [{"id": ""}])[0]["id"])
        self.assignments.refresh()
        vips = escort_views.unescorted_vips(fair, ONE_TO_ONE)
        self.unescorted.set_rows(vips)
        self.unescorted_title.setText(
            self.tr("VIPs and officials without an escort (%1)").replace("%1", str(len(vips)))
        )
        set_role(self.unescorted_title, "sectionTitle")
        set_tone(self.unescorted_title, "error" if vips else "ok")
        self.problems.set_conflicts([c for c in found if c.kind.startswith("escort")])

    # --- slots ----------------------------------------------------------------------------
    def on_escort_selected(self, _escort_id: str) -> None:
        self.assignments.refresh()

    def assignment_form(self, guest_id: str | None = None) -> RecordForm:
        values = {"escort_id": self.escorts.current_id() or None, "guest_id": guest_id}
        return RecordForm(
            self.session.fair.reception,
            "escort_assignments",
            fields=ASSIGNMENT_FIELDS,
            values=values,
            parent=self,
        )

    def on_assign_clicked(self, *_args: object) -> None:
        rows = self.unescorted_view.selectionModel().selectedRows()
        guest = self.unescorted.row_at(rows[0].row())["id"] if rows else None
        self.assignment_form(guest).exec()

    def on_print_clicked(self) -> None:
        print_escort_sheets(self, self.session.fair)

    def on_printer_clicked(self) -> None:
        print_escort_sheets(self, self.session.fair, to_printer=True)

    def on_problem_activated(self, entity: str, record_id: str) -> None:
        if entity == "escort_assignments":
            escort = self.session.fair.get(entity, record_id)["escort_id"]
            self.escorts.select(escort)
            self.assignments.select(record_id)
            self.assignments.on_edit_clicked()
        elif entity == "escorts":
            self.escorts.select(record_id)


def _short(iso: str | None) -> str:
    return f"{iso[5:10]} {iso[11:16]}" if iso else ""
