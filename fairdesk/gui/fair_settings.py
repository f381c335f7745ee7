"""The fair's own settings (name, dates, venue, city, the head table's rule), stored in
the fair file."""

from __future__ import annotations

from fairdesk.core.changes import Changes
from fairdesk.core.fair import Fair
from fairdesk.core.reception.meals import principal_side
from fairdesk.core.security.readiness import clear_hours
from fairdesk.gui.pins import PinsBox
from fairdesk.gui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.widgets.ops import FAILED, run_op

TEXT_KEYS = ("fair.name", "fair.name_en", "fair.city", "fair.city_en", "fair.venue",
             "fair.venue_en", "fair.organiser", "fair.organiser_en", "fair.hotline")
DATE_KEYS = ("fair.starts_on", "fair.ends_on")
NO_DATE = QDate(2000, 1, 1)  # the minimum of the date fields stands for "not set"


class FairSettingsDialog(QDialog):
    """Edits the fair's name, dates, venue and city; ``save()`` writes one transaction."""

    def __init__(self, fair: Fair, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fair = fair
        self.setWindowTitle(self.tr("Fair settings"))
        self.setMinimumWidth(460)
        self.edits: dict[str, QLineEdit] = {key: QLineEdit() for key in TEXT_KEYS}
        self.dates: dict[str, QDateEdit] = {key: self._date_edit() for key in DATE_KEYS}
        self.side = QComboBox()  # seating.principal_side
        self.side.setObjectName("principal_side")
        self.side.addItem(self.tr("at the host's right (seat 2)"), "right")
        self.side.addItem(self.tr("at the host's left (the last seat)"), "left")
        self.clear_hours = QSpinBox()  # security.clear_hours
        self.clear_hours.setObjectName("clear_hours")
        self.clear_hours.setRange(0, 240)
        self.clear_hours.setSuffix(self.tr(" hours before the first guest or session"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self._load()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("not set"))
        return edit

    def _build(self) -> None:
        labels = {"fair.name": self.tr("Fair name"), "fair.name_en": self.tr("English name"),
                  "fair.starts_on": self.tr("Opening day"), "fair.ends_on": self.tr("Closing day"),
                  "fair.city": self.tr("City"), "fair.city_en": self.tr("City (English)"),
                  "fair.venue": self.tr("Main venue"),
                  "fair.venue_en": self.tr("Main venue (English)"),
                  "fair.organiser": self.tr("Organiser"),
                  "fair.organiser_en": self.tr("Organiser (English)")}
        form = QFormLayout()
        for key in ("fair.name", "fair.name_en", "fair.starts_on", "fair.ends_on", "fair.city",
                    "fair.city_en", "fair.venue", "fair.venue_en", "fair.organiser",
                    "fair.organiser_en"):
            form.addRow(labels[key], self.edits.get(key) or self.dates[key])
        form.addRow(self.tr("Head table: principal guest sits"), self.side)
        form.addRow(self.tr("Sites cleared by security"), self.clear_hours)
        note = QLabel(self.tr("These settings are saved in the fair file and travel with it."))
        note.setObjectName("pageSubtitle")
        note.setWordWrap(True)
        self.pins = PinsBox(self.fair, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.pins)
        layout.addWidget(self.buttons)

    def _load(self) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(self.fair.setting(key) or ""))
        for key, edit in self.dates.items():
            value = QDate.fromString(str(self.fair.setting(key) or ""), Qt.DateFormat.ISODate)
            edit.setDate(value if value.isValid() else NO_DATE)
        self.side.setCurrentIndex(max(self.side.findData(principal_side(self.fair)), 0))
        self.clear_hours.setValue(clear_hours(self.fair))

    def values(self) -> dict[str, str]:
        """The settings as entered: text stripped, dates ISO or empty."""
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        for key, edit in self.dates.items():
            date = edit.date()
            values[key] = "" if date == NO_DATE else date.toString(Qt.DateFormat.ISODate)
        values["seating.principal_side"] = self.side.currentData()
        values["security.clear_hours"] = self.clear_hours.value()
        return values

    def save(self) -> Changes:
        """Write the changed settings to the fair in one transaction."""
        changed = {k: v for k, v in self.values().items()
                   if v != ("" if self.fair.setting(k) is None else self.fair.setting(k))}
        return self.fair.set_settings(**changed) if changed else Changes()

    def _refuse(self, widget: QWidget, sentence: str) -> None:
        QMessageBox.warning(self, self.tr("Fair settings"), sentence)
        widget.setFocus()

    def accept(self) -> None:
        values = self.values()
        if not values["fair.name"]:
            self._refuse(self.edits["fair.name"], self.tr("The fair needs a name."))
            return
        if values["fair.starts_on"] and values["fair.ends_on"] and \
                values["fair.ends_on"] < values["fair.starts_on"]:
            self._refuse(self.dates["fair.ends_on"],
                         self.tr("The closing day cannot be before the opening day."))
            return
        if run_op(self, self.save, title=self.tr("Fair settings")) is FAILED:
            return
        super().accept()
