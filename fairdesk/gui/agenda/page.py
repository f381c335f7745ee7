"""The agenda page: a day timeline by venue (click to edit, drag to move or resize, clashes
outlined red), the list of sessions with search, attendance per session with who is
missing, the clashes, the venues; and the printouts (programme, sign-in sheets,
attendance, itineraries)."""

from __future__ import annotations

from datetime import date, datetime

from fairdesk.core.agenda import views
from fairdesk.core.agenda.checks import session_conflicts
from fairdesk.core.agenda.sessions import expected
from fairdesk.core.changes import Changes
from fairdesk.core.reception.conflicts import conflicts_by_record, find_conflicts
from fairdesk.core.vocab import SESSION_KINDS, label
from fairdesk.gui.agenda import printouts
from fairdesk.gui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.style import set_role, set_tone
from fairdesk.gui.widgets.models import NUMBER, Column, RowsModel
from fairdesk.gui.widgets.ops import run_op
from fairdesk.gui.widgets.page import Page
from fairdesk.gui.widgets.printing import printer_button
from fairdesk.gui.widgets.problems import ProblemsPanel
from fairdesk.gui.widgets.record_form import RecordForm
from fairdesk.gui.widgets.record_table import RecordTable, make_table_view
from fairdesk.gui.widgets.timeline import Bar, DayTimeline, Lane

KIND_COLOURS = {"opening": "#b3141b", "forum": "#1f4e9c", "signing": "#1e6b34",
                "visit": "#fb8c00", "banquet": "#8e24aa", "meeting": "#00838f",
                "meal": "#757575"}
SESSION_FIELDS = ["title", "title_en", "kind", "venue_id", "starts_at", "ends_at", "track",
                  "capacity", "admitted_categories", "host", "host_en", "dress_code",
                  "dress_code_en", "description", "description_en", "notes", "notes_en"]
WATCHED = ("agenda", "guests", "badges", "reception", "security")


class AgendaPage(Page):
    """The committee's agenda: sessions on a timeline, their clashes and attendance."""

    area = "agenda"

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self._exp = None
        self._reasons: dict[str, list[str]] = {}
        self._errors: set[str] = set()
        self.day_box = QComboBox()
        self.day_box.setMinimumContentsLength(12)
        self.search = QLineEdit(objectName="agenda_search")  # Ctrl+F finds it
        self.search.setPlaceholderText(self.tr("Search sessions (title, venue, host)"))
        self.search.setClearButtonEnabled(True)
        self.problems_label = QLabel()
        self.new_button = QPushButton(self.tr("New session…"))
        self.programme_button = QPushButton(self.tr("Print programme…"))
        self.itineraries_button = QPushButton(self.tr("Itineraries…"))
        self.printer_button = printer_button()
        self.printer_button.setMenu(self._printer_menu())
        self.timeline = DayTimeline(colours=KIND_COLOURS, editable=True)
        self.problems = ProblemsPanel()
        fair = lambda: self.session.fair  # noqa: E731
        self.sessions = RecordTable(lambda: fair().agenda, "agenda_sessions",
                                    self._session_columns(), self._session_rows,
                                    title=self.tr("Sessions"),
                                    form_kwargs=lambda _id: {"fields": SESSION_FIELDS})
        self.sign_in_button = self.sessions.add_action(self.tr("Sign-in sheet…"),
                                                       self.on_sign_in_sheet_clicked)
        self.attendance_button = self.sessions.add_action(self.tr("Attendance report…"),
                                                          self.on_attendance_clicked)
        self.venues = RecordTable(lambda: fair().agenda, "venues", self._venue_columns(),
                                  lambda: fair().agenda.list("venues"), title=self.tr("Venues"))
        self.attendance = RowsModel(self._attendance_columns(), self)
        self.attendance_view = make_table_view(self.attendance, self)
        self.missing = RowsModel(self._missing_columns(), self)
        self.missing_view = make_table_view(self.missing, self)
        self.missing_label = QLabel()
        self._build()
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Agenda")

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Day")))
        bar.addWidget(self.day_box)
        bar.addWidget(self.search, 1)
        for button in (self.new_button, self.programme_button, self.itineraries_button,
                       self.printer_button):
            bar.addWidget(button)
        clash = self.tr("clash (hover for the reason)")  # outside the f-string: lupdate
        legend = QLabel("&nbsp;&nbsp;".join(  # finds no tr() inside one
            [f'<span style="color:{KIND_COLOURS[k]}">■</span> {label(SESSION_KINDS, k)}'
             for k in KIND_COLOURS] + [f'<span style="color:#d32f2f">▢</span> {clash}']))
        legend.setObjectName("agenda_legend")
        set_role(legend, "legend")
        hint = QLabel(self.tr("Click a session to edit it; drag it to move it, or drag its "
                              "right edge to change its end."))
        set_role(hint, "legend")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        scroll.setMinimumHeight(150)
        attendance = QSplitter(Qt.Orientation.Horizontal)
        attendance.addWidget(self.attendance_view)
        missing = QWidget()
        box = QVBoxLayout(missing)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.missing_label)
        box.addWidget(self.missing_view, 1)
        attendance.addWidget(missing)
        attendance.setSizes([560, 440])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions, self.tr("Sessions"))
        self.tabs.addTab(attendance, self.tr("Attendance"))
        self.tabs.addTab(self.problems, self.tr("Clashes"))
        self.tabs.addTab(self.venues, self.tr("Venues"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(self.tabs)
        split.setSizes([300, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        top = QHBoxLayout()
        top.addWidget(legend)
        top.addStretch(1)
        top.addWidget(self.problems_label)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(split, 1)

    def _connect_signals(self) -> None:
        self.day_box.currentIndexChanged.connect(self.on_day_changed)
        self.search.textChanged.connect(self.on_search_changed)
        self.timeline.trip_clicked.connect(self.on_session_clicked)
        self.timeline.bar_moved.connect(self.on_session_moved)
        self.problems.record_activated.connect(self.on_problem_activated)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.programme_button.clicked.connect(self.on_programme_clicked)
        self.itineraries_button.clicked.connect(self.on_itineraries_clicked)
        self.attendance_view.selectionModel().selectionChanged.connect(
            self.on_attendance_selected)

    # --- columns ----------------------------------------------------------------------------
    def _session_columns(self) -> list[Column]:
        return [
            Column("day", lambda: self.tr("Day")),
            Column("time", lambda: self.tr("Time")),
            Column("title", lambda: self.tr("Title")),
            Column("kind_label", lambda: self.tr("Kind")),
            Column("venue", lambda: self.tr("Venue")),
            Column("host", lambda: self.tr("Host")),
            Column("expected", lambda: self.tr("Expected"), align=NUMBER),
            Column("capacity", lambda: self.tr("Capacity"), lambda r: r["capacity"] or "",
                   align=NUMBER),
            Column("problems", lambda: self.tr("Problems"),
                   lambda r: "；".join(self._reasons.get(r["id"], []))),
        ]

    def _venue_columns(self) -> list[Column]:
        return [Column("name", lambda: self.tr("Venue")),
                Column("name_en", lambda: self.tr("English name")),
                Column("address", lambda: self.tr("Address")),
                Column("capacity", lambda: self.tr("Capacity"), align=NUMBER)]

    def _attendance_columns(self) -> list[Column]:
        return [
            Column("day", lambda: self.tr("Day")),
            Column("time", lambda: self.tr("Time")),
            Column("title", lambda: self.tr("Session")),
            Column("expected", lambda: self.tr("Expected"), align=NUMBER),
            Column("signed", lambda: self.tr("Signed in"), align=NUMBER),
            Column("no_shows", lambda: self.tr("No-shows"),
                   lambda r: "—" if r["no_shows"] is None else r["no_shows"], align=NUMBER),
        ]

    def _missing_columns(self) -> list[Column]:
        return [Column("name", lambda: self.tr("Name")),
                Column("unit", lambda: self.tr("Inviting unit")),
                Column("organisation", lambda: self.tr("Organisation")),
                Column("category", lambda: self.tr("Category"))]

    # --- data ---------------------------------------------------------------------------------
    def day(self) -> str:
        return self.day_box.currentData() or ""

    def _session_rows(self) -> list[dict]:
        fair = self.session.fair
        if fair is None or self._exp is None:
            return []
        return list(views.session_list(fair, None, self.search.text(), self._exp))

    def on_fair_changed(self, changes: Changes) -> None:
        if changes.areas & set(WATCHED):
            self.request_refresh()

    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        self._exp = expected(fair)
        # and the venues security has not cleared before their first session (issue 9)
        found = [*session_conflicts(fair, self._exp),
                 *find_conflicts(fair, ["venue_not_cleared"])]
        by_record = conflicts_by_record(found)
        self._reasons = {k: [str(c.message) for c in v] for k, v in by_record.items()}
        self._errors = {k for k, v in by_record.items() if any(c.severity == "error" for c in v)}
        errors = sum(1 for c in found if c.severity == "error")
        self.problems_label.setText(
            self.tr("Clashes: %1 · warnings: %2").replace("%1", str(errors))
            .replace("%2", str(len(found) - errors)) if found else self.tr("No clashes"))
        set_role(self.problems_label, "sectionTitle")
        set_tone(self.problems_label, "error" if errors else "caution" if found else "ok")
        self.problems.set_conflicts(found)
        self.tabs.setTabText(2, self.tr("Clashes (%1)").replace("%1", str(len(found))))
        self._fill_days(views.days(fair))
        self.sessions.refresh()
        self.venues.refresh()
        self.attendance.set_rows(list(views.session_list(fair, None, "", self._exp)))
        if not getattr(self, "_attendance_sized", False) and self.attendance.rowCount():
            self.attendance_view.resizeColumnsToContents()
            self.missing_view.horizontalHeader().setStretchLastSection(True)
            self._attendance_sized = True
        self._fill_missing()
        self._fill_timeline()

    def _fill_days(self, days: list[str]) -> None:
        keep = self.day()
        self.day_box.blockSignals(True)
        self.day_box.clear()
        for d in days:
            self.day_box.addItem(d, d)
        index = self.day_box.findData(keep)
        self.day_box.setCurrentIndex(index if index >= 0 else 0)
        self.day_box.blockSignals(False)

    def _fill_timeline(self) -> None:
        fair = self.session.fair
        if not self.day() or self._exp is None:
            self.timeline.set_day(date.today(), [])
            return
        lanes = [Lane(v["id"], v["name"], self.tr("holds %1").replace("%1", str(v["capacity"])))
                 for v in views.venue_lanes(fair)]
        by_id = {lane.key: lane for lane in lanes}
        for s in views.session_list(fair, self.day(), "", self._exp):
            key = s["venue_id"] or (f"track:{s['track']}" if s["track"] else "")
            lane = by_id.get(key)
            if lane is None:
                title = self.tr("Parallel routes") if s["track"] else self.tr("No venue")
                lane = by_id[key] = Lane(key, title, s["track"])
                lanes.append(lane)
            lane.bars.append(Bar(s["id"], datetime.fromisoformat(s["starts_at"]),
                                 datetime.fromisoformat(s["ends_at"]), s["kind"], s["expected"],
                                 s["title"], self._reasons.get(s["id"], []),
                                 s["id"] in self._errors))
        shown = [lane for lane in lanes if lane.bars]
        self.timeline.set_day(date.fromisoformat(self.day()), shown)

    def _fill_missing(self) -> None:
        rows = self.attendance_view.selectionModel().selectedRows()
        if not rows or self._exp is None:
            self.missing.set_rows([])
            self.missing_label.setText(self.tr("Choose a session to see who is missing."))
            return
        row = self.attendance.row_at(rows[0].row())
        missing = views.missing_guests(self.session.fair, row["id"], self._exp) \
            if row["no_shows"] is not None else []
        self.missing.set_rows(list(missing))
        self.missing_label.setText(
            self.tr("Not signed in at %1: %2").replace("%1", row["title"])
            .replace("%2", str(len(missing))) if row["no_shows"] is not None else
            self.tr("%1 has not begun, or no sign-in was taken.").replace("%1", row["title"]))

    # --- slots ------------------------------------------------------------------------------
    def on_day_changed(self, _index: int) -> None:
        self._fill_timeline()

    def on_search_changed(self, _text: str) -> None:
        self.sessions.refresh()

    def on_attendance_selected(self, *_args: object) -> None:
        self._fill_missing()

    def session_form(self, session_id: str | None) -> RecordForm:
        values = {}
        if session_id is None and self.day():
            values = {"starts_at": f"{self.day()}T09:00", "ends_at": f"{self.day()}T10:00"}
        return RecordForm(self.session.fair.agenda, "agenda_sessions", session_id,
                          fields=SESSION_FIELDS, values=values, parent=self)

    def on_session_clicked(self, session_id: str) -> None:
        self.session_form(session_id).exec()

    def on_session_moved(self, session_id: str, starts: datetime, ends: datetime) -> None:
        """Write the drag; a clash it would make is refused with its reason (and the bar
        goes back where it was)."""
        fair = self.session.fair
        run_op(self, lambda: fair.agenda.move(session_id, starts.isoformat(), ends.isoformat()),
               title=self.tr("Move session"))
        self._fill_timeline()

    def on_problem_activated(self, entity: str, record_id: str) -> None:
        if entity == "agenda_sessions":
            self.session_form(record_id).exec()

    def on_new_clicked(self) -> None:
        self.session_form(None).exec()

    def _printer_menu(self) -> QMenu:
        """Print… on this page: its PDF printouts, sent to a printer with a preview."""
        fair = lambda: self.session.fair  # noqa: E731
        chosen = lambda: self.sessions.current_id()  # noqa: E731
        menu = QMenu(self)
        menu.addAction(self.tr("Programme…"),
                       lambda: printouts.print_programme(self, fair(), to_printer=True))
        menu.addAction(self.tr("Itineraries…"),
                       lambda: printouts.print_itineraries(self, fair(), None, to_printer=True))
        menu.addAction(self.tr("Sign-in sheet of the chosen session"),
                       lambda: chosen() and printouts.print_sign_in_sheet(
                           self, fair(), chosen(), to_printer=True))
        menu.addAction(self.tr("Attendance report of the chosen session"),
                       lambda: chosen() and printouts.print_attendance(
                           self, fair(), chosen(), to_printer=True))
        return menu

    def on_programme_clicked(self) -> None:
        printouts.print_programme(self, self.session.fair)

    def on_itineraries_clicked(self) -> None:
        printouts.print_itineraries(self, self.session.fair, None)

    def on_sign_in_sheet_clicked(self, session_id: str) -> None:
        printouts.print_sign_in_sheet(self, self.session.fair, session_id)

    def on_attendance_clicked(self, session_id: str) -> None:
        printouts.print_attendance(self, self.session.fair, session_id)
