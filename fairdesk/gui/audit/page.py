"""The audit page: the audit log searched by person, desk, area and time, and exported."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from fairdesk.core import audit
from fairdesk.core.audit import AuditQuery
from fairdesk.core.changes import AREAS, Changes
from fairdesk.gui.audit.history import entry_columns, entry_rows, entry_table
from fairdesk.gui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.session import FairSession
from fairdesk.gui.style import set_role
from fairdesk.gui.widgets.models import RowsModel
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.page import Page

NO_DATE = QDate(2000, 1, 1)  # the minimum of the date fields stands for "any"


class AuditPage(Page):
    """Who changed what, when, at which desk: a search over the fair's audit log."""

    area = "audit"

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.person = QComboBox(editable=True)
        self.desk = QLineEdit()
        self.area_combo = QComboBox()
        self.since = self._date_edit()
        self.until = self._date_edit()
        self.search_button = QPushButton(self.tr("Search"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.count = QLabel()
        self.model = RowsModel(entry_columns(record=True), self)
        self.view = entry_table(self.model)
        self.entries: list[audit.AuditEntry] = []
        self._build()
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Audit log")

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(NO_DATE)
        return edit

    def _build(self) -> None:
        heading = QLabel(self.tr("Audit log"))
        set_role(heading, "pageHeading")
        note = QLabel(self.tr("Every change made to this fair: who, when, at which desk and "
                              "in which role, what it was before and after."), wordWrap=True)
        set_role(note, "hint")
        self.person.lineEdit().setPlaceholderText(self.tr("anyone"))
        self.desk.setPlaceholderText(self.tr("any desk"))
        self.area_combo.addItem(self.tr("all areas"), "")
        names = {"guests": self.tr("Guests"), "reception": self.tr("Reception"),
                 "security": self.tr("Security"), "signing": self.tr("Signing"),
                 "agenda": self.tr("Agenda"), "badges": self.tr("Badges and check-in"),
                 "settings": self.tr("Settings and operators")}
        for area in AREAS:
            self.area_combo.addItem(names.get(area, area), area)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("Person"), self.person), (self.tr("Desk"), self.desk),
                             (self.tr("Area"), self.area_combo), (self.tr("From"), self.since),
                             (self.tr("To"), self.until)):
            filters.addWidget(QLabel(text))
            filters.addWidget(widget, 1 if widget in (self.person, self.desk) else 0)
        filters.addWidget(self.search_button)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

    def _connect_signals(self) -> None:
        self.search_button.clicked.connect(self.refresh)
        self.desk.returnPressed.connect(self.refresh)
        self.person.lineEdit().returnPressed.connect(self.refresh)
        self.area_combo.currentIndexChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.on_export_clicked)

    def _utc_bound(self, edit: QDateEdit, *, end: bool) -> str:
        """The start of the chosen day (the day after, for ``To``) in the fair's zone, as UTC."""
        if edit.date() == NO_DATE or self.session.fair is None:
            return ""
        day = date.fromisoformat(edit.date().toString("yyyy-MM-dd")) + timedelta(days=int(end))
        local = datetime.combine(day, time.min, tzinfo=self.session.fair.tz)
        return local.astimezone(UTC).isoformat()

    def query(self) -> AuditQuery:
        return AuditQuery(person=self.person.currentText().strip(), desk=self.desk.text().strip(),
                          area=self.area_combo.currentData() or "",
                          since=self._utc_bound(self.since, end=False),
                          until=self._utc_bound(self.until, end=True))

    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        self._fill_people(audit.people(fair))
        self.entries = audit.search(fair, self.query())
        self.model.set_rows(entry_rows(fair, self.entries))
        more = len(self.entries) >= audit.LIMIT
        text = self.tr("%1 changes shown, newest first.").replace("%1", str(len(self.entries)))
        if more:
            text += " " + self.tr("There are more: narrow the search to see older ones.")
        self.count.setText(text)

    def _fill_people(self, people: list[str]) -> None:
        typed = self.person.currentText()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItems(people)
        self.person.setEditText(typed)
        self.person.blockSignals(False)

    def on_fair_changed(self, changes: Changes) -> None:
        self.request_refresh()  # every change is an audit row

    def on_export_clicked(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        path = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"), "audit-log.xlsx",
                                           self.tr("Excel workbook (*.xlsx)"))[0]
        if path:
            self.export(path)

    def export(self, path: str) -> bool:
        """Write what the search shows to ``path`` (.xlsx)."""
        written = run_op(self, lambda: audit.export_xlsx(self.session.fair, self.entries, path),
                         title=self.tr("Not exported"))
        if written is FAILED:
            return False
        self.count.setText(self.tr("%1 changes exported to %2.").replace(
            "%1", str(written)).replace("%2", path))
        return True

