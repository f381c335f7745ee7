"""The guest detail and edit form: every field, messages at the field, state transitions.

Field labels come from the core's field spec (bilingual there); the form only
adds its own words through ``self.tr``. Saving calls ``fair.guests.create`` or
``update``; a ValidationError is shown under the field it names, nothing saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import FairdeskError, ValidationError
from fairdesk.base.i18n import language
from fairdesk.core.changes import Changes
from fairdesk.core.countries import COUNTRIES
from fairdesk.core.vocab import GENDERS, GUEST_CATEGORIES, ID_TYPES, INVITATION_STATES, label, named
from fairdesk.gui import style
from fairdesk.gui.audit.history import ChangeHistoryBox
from fairdesk.gui.guests.form_parts import CompanionsBox, HistoryBox, TransitionsBox
from fairdesk.gui.guests.photo_box import PhotoBox
from fairdesk.gui.guests.reception_box import ReceptionBox
from fairdesk.gui.guests.rows import STATE_COLOURS
from fairdesk.gui.qt import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QShowEvent,
    QSize,
    QStyle,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fairdesk.gui.session import FairSession
from fairdesk.gui.widgets.field_widgets import FieldEditor, combo, line, text_box
from fairdesk.gui.widgets.keys import save_shortcut, stand_aside_in
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.privacy import MaskedFields

if TYPE_CHECKING:
    from fairdesk.core.entity import Field


def _spec(name: str) -> Field:
    """The guest field ``name`` (the guests service loads with the first form, not at start)."""
    from fairdesk.core.guests.service import GUEST

    return GUEST.by_name[name]


GROUPS = (
    ("Person", ("name", "gender", "honorific", "language", "category", "organisation", "title",
                "country", "province", "city")),
    ("Contact and ID", ("phone", "email", "wechat", "id_type", "id_number")),
    ("Invitation", ("inviting_unit_id", "invited_by", "letter_sent_on", "replied_on")),
    ("Travel", ("arrival_at", "arrival_transport", "arrival_place", "departure_at",
                "departure_transport", "departure_place")),
    ("Other", ("dietary", "notes", "desk_notes")),
)
LABEL_WIDTH = 104
FIELD_WIDTH = 150  # px at least: "Managing Director", an organisation's first words
DATE_HINT = "yyyy-mm-dd"
DATETIME_HINT = "yyyy-mm-dd hh:mm"


def _vocab_items(vocab: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    return [(label(vocab, code), code) for code in vocab]


def _countries() -> list[tuple[str, str]]:
    i = 1 if language() == "en" else 0
    return [(names[i], code) for code, names in COUNTRIES.items()]


class GuestForm(QWidget):
    """Shows one guest (or a new one) for editing; emits ``guest_saved(id)`` after a save."""

    guest_saved = Signal(str)

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.guest_id: str | None = None
        self.current: dict[str, Any] = {}
        self.fields: dict[str, FieldEditor] = {}
        self._build()
        self.private = MaskedFields(session, "guests", {
            kind: self.fields[kind].editor for kind in ("phone", "id_number")}, self)
        self._connect_signals()
        self.setEnabled(False)

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        style.set_role(self.heading, "formHeading")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("state_label")
        self.transitions = TransitionsBox(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.duplicate = QLabel(self)  # the same name and phone already on the list
        self.duplicate.setObjectName("duplicate_warning")
        self.duplicate.setWordWrap(True)
        style.set_tone(self.duplicate, "caution")
        self.duplicate.hide()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.itinerary_button = QPushButton(self.tr("Print itinerary…"), self)
        self.ics_button = QPushButton(self.tr("Itinerary (.ics)…"), self)
        self.companions = CompanionsBox(self.session, self)
        self.history = HistoryBox(self)
        self.change_history = ChangeHistoryBox(self)
        self.photo = PhotoBox(lambda: self.session.fair, self)
        self.reception = ReceptionBox(self)

        body = QWidget()
        column = QVBoxLayout(body)
        for title, names in GROUPS:
            group = self._group(title, names)
            if title != "Person":
                column.addWidget(group)
                if title == "Travel":  # what the reception desk arranged, under the travel plan
                    column.addWidget(self.reception)
                continue
            person = QHBoxLayout()  # the photo beside the person, as on an ID card
            person.addWidget(group, 1)
            person.addWidget(self.photo)
            column.addLayout(person)
        column.addWidget(self.companions)
        column.addWidget(self.history)
        column.addWidget(self.change_history)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # never a sideways scroll bar: the form is as wide as its fields need (minimumSizeHint)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.scroll = scroll

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.state_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.itinerary_button)
        buttons.addWidget(self.ics_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.transitions)
        layout.addWidget(self.duplicate)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Wide enough for every field, the photo and the companions' Add button beside
        the scroll bar: the splitter never hides a part of the form behind a scroll."""
        hint = super().minimumSizeHint()
        bar = self.scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = self.layout().contentsMargins()
        need = (self.scroll.widget().minimumSizeHint().width() + bar
                + 2 * self.scroll.frameWidth() + margins.left() + margins.right())
        return QSize(max(hint.width(), need), hint.height())

    def _group(self, title: str, names: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(self._titles()[title], self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            spec = _spec(name)
            editor = FieldEditor(name, self._editor(name), box)
            editor.editor.setObjectName(f"field_{name}")
            editor.editor.setMinimumWidth(FIELD_WIDTH)
            self.fields[name] = editor
            text = QLabel(spec.label + (" *" if spec.required else ""), box)
            text.setMinimumWidth(LABEL_WIDTH)  # the same label column in every group
            form.addRow(text, editor)
        return box

    def _titles(self) -> dict[str, str]:
        return {"Person": self.tr("Person"), "Contact and ID": self.tr("Contact and ID"),
                "Invitation": self.tr("Invitation"), "Travel": self.tr("Travel"),
                "Other": self.tr("Other")}

    def _editor(self, name: str) -> QWidget:
        editor = self._new_editor(name)
        if isinstance(editor, QComboBox):  # a long choice (a country, a permit) is elided,
            editor.setSizeAdjustPolicy(  # not a reason to widen the whole form
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(10)
        return editor

    def _new_editor(self, name: str) -> QWidget:
        kind = _spec(name).kind
        if name == "gender":
            return combo(_vocab_items(GENDERS))
        if name == "language":
            return combo([("中文", "zh"), ("English", "en")], empty=None)
        if name == "category":
            return combo(_vocab_items(GUEST_CATEGORIES), empty=None)
        if name == "country":
            return combo(_countries(), empty=None)
        if name == "id_type":
            return combo(_vocab_items(ID_TYPES))
        if name == "inviting_unit_id":
            return combo([])
        if name in ("notes", "dietary", "desk_notes"):
            return text_box(2 if name == "notes" else 1)
        if kind == "date":
            return line(DATE_HINT)
        if kind == "datetime":
            return line(DATETIME_HINT)
        return line()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.on_save_clicked)
        self.save_shortcut = save_shortcut(self, self.on_save_clicked)  # the form on its own
        for editor in self.fields.values():
            if isinstance(editor.editor, QLineEdit):  # Enter in a one-line field saves
                editor.editor.returnPressed.connect(self.on_save_clicked)
        for name in ("name", "phone"):
            self.fields[name].edited.connect(self.on_identity_edited)
        self.revert_button.clicked.connect(self.on_revert_clicked)
        self.itinerary_button.clicked.connect(self.on_itinerary_clicked)
        self.ics_button.clicked.connect(self.on_ics_clicked)
        self.transitions.transition_chosen.connect(self.on_transition_chosen)
        self.companions.companion_added.connect(self.on_companion_added)
        self.companions.companion_removed.connect(self.on_companion_removed)
        self.reception.trip_activated.connect(self.on_trip_activated)
        self.session.fair_changed.connect(self.on_fair_changed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        stand_aside_in(self, self.save_shortcut)  # in the main window, Edit → Save has Ctrl+S

    # --- showing -------------------------------------------------------------------------------
    @property
    def fair(self) -> Any:
        return self.session.fair

    def fill_units(self) -> None:
        box = self.fields["inviting_unit_id"].editor
        box.clear()
        box.addItem("", "")
        for unit in self.fair.guests.list("inviting_units"):
            box.addItem(named(unit), unit["id"])

    def show_guest(self, guest_id: str | None) -> None:
        """Load a guest (or clear the form when None)."""
        self.fill_units()
        self.guest_id = guest_id
        self.current = self.fair.get("guests", guest_id) if guest_id else {}
        self._load(self.current)
        self.setEnabled(guest_id is not None)

    def on_itinerary_clicked(self) -> None:
        """The guest's personal itinerary (个人日程), one page in the guest's language."""
        from fairdesk.gui.agenda.printouts import print_itineraries

        if self.guest_id:
            print_itineraries(self, self.fair, [self.guest_id])

    def on_ics_clicked(self) -> None:
        from fairdesk.gui.agenda.printouts import export_ics

        if self.guest_id:
            export_ics(self, self.fair, self.guest_id)

    def new_guest(self) -> None:
        self.fill_units()
        self.guest_id = None
        self.current = {}
        self._load({"category": "guest", "country": "CN", "language": "zh"})
        self.heading.setText(self.tr("New guest"))
        self.setEnabled(True)
        self.fields["name"].editor.setFocus()

    def _load(self, row: dict) -> None:
        for name, editor in self.fields.items():
            value = row.get(name)
            if _spec(name).kind == "datetime" and value:
                value = f"{value[:10]} {value[11:16]}"
            editor.set_value(value)
        self.private.show_record(row.get("id"), row)
        self.heading.setText(row.get("name", ""))
        self._show_message("")
        self.duplicate.hide()
        self._load_state(row)
        guest_id = row.get("id")
        self.companions.set_rows(self.fair.guests.list("companions", guest_id=guest_id)
                                 if guest_id else [])
        self.history.set_rows(self.fair.guests.history(guest_id) if guest_id else [])
        self.change_history.show_record(self.fair, "guests", guest_id)
        self.companions.setEnabled(bool(guest_id))
        self.photo.show_guest(guest_id)
        self.reception.show_guest(self.fair if guest_id else None, guest_id)

    def _load_state(self, row: dict) -> None:
        state = row.get("state", "")
        self.state_label.setText(label(INVITATION_STATES, state) if state else "")
        self.state_label.setStyleSheet(
            style.state_pill(STATE_COLOURS.get(state, "#ffffff")) if state else "")
        allowed = self.fair.guests.allowed_transitions(state) if state else ()
        self.transitions.set_states(list(allowed))

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        style.set_tone(self.message, "error" if error else "ok")
        self.message.setVisible(bool(text))

    # --- saving --------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.fields.items()}

    def changed_values(self) -> dict[str, Any]:
        """Fields whose value differs from the stored guest (all fields for a new guest)."""
        values = {k: v for k, v in self.values().items() if k not in self.private.masked}
        if self.guest_id is None:
            return values
        shown = {}
        for name in values:
            stored = self.current.get(name)
            if _spec(name).kind == "datetime" and stored:
                stored = f"{stored[:10]} {stored[11:16]}"
            shown[name] = "" if stored is None else stored
        return {k: v for k, v in values.items() if v != shown[k]}

    def save(self) -> bool:
        """Write the form; on a bad field show its message there and save nothing."""
        for editor in self.fields.values():
            editor.clear_error()
        values = self.changed_values()
        if run_op(self, lambda: self._write(values), on_error=self._show_error) is FAILED:
            return False
        self.show_guest(self.guest_id)
        self._show_message(self.tr("Saved."))
        self.guest_saved.emit(self.guest_id)
        return True

    def _write(self, values: dict[str, Any]) -> None:
        """Create the guest, or update the fields that changed."""
        if self.guest_id is None:
            changes = self.fair.guests.create("guests", **values)
            self.guest_id = changes.ids("guests")[0]
        elif values:
            self.fair.guests.update("guests", self.guest_id, **values)

    def _show_error(self, exc: FairdeskError) -> None:
        """A bad value under the field it names; any other refusal in the message line."""
        editor = self.fields.get(exc.field) if isinstance(exc, ValidationError) else None
        if editor is None:
            self._show_message(str(exc), error=True)
            return
        editor.show_error(str(exc))
        self._show_message(self.tr("Not saved: correct the field marked in red."), error=True)

    def on_save_clicked(self) -> None:
        self.save()

    def on_revert_clicked(self) -> None:
        if self.guest_id:
            self.show_guest(self.guest_id)
        else:
            self.new_guest()

    def on_transition_chosen(self, state: str, note: str) -> None:
        if not self.guest_id:
            return
        moved = run_op(self, lambda: self.fair.guests.transition(self.guest_id, state, note=note),
                       on_error=lambda err: self._show_message(str(err), error=True))
        if moved is FAILED:
            return
        self.show_guest(self.guest_id)
        self._show_message(self.tr("State changed to %1.").replace(
            "%1", label(INVITATION_STATES, state)))

    def on_fair_changed(self, changes: Changes) -> None:
        """Keep the photo, the reception chain and the shown guest current: a guest changed
        elsewhere (a bulk move, another desk) is read again; what is typed is kept, but the
        state and the moves it offers follow the file."""
        if self.session.fair is None:
            return
        self.photo.on_fair_changed(changes)
        self.reception.on_fair_changed(changes)
        if not self.guest_id or "guests" not in changes.entities:
            return
        named = changes.ids("guests")
        if named and self.guest_id not in named:
            return
        rows = [r for r in [self._fresh()] if r]
        if not rows:
            self.show_guest(None)  # deleted meanwhile
        elif not self.is_dirty():
            message = self.message.text() if self.message.isVisible() else ""
            self.show_guest(self.guest_id)
            if message:
                self._show_message(message)
        else:
            self.current["state"] = rows[0]["state"]
            self._load_state(rows[0])

    def _fresh(self) -> dict | None:
        from fairdesk.base.errors import NotFoundError

        try:
            return self.fair.get("guests", self.guest_id)
        except NotFoundError:
            return None

    def on_identity_edited(self) -> None:
        """While the name or phone is typed: say if that person is already on the list."""
        if self.fair is None:
            return
        from fairdesk.core.guests.views import same_person

        values = self.values()
        found = same_person(self.fair, values.get("name") or "", values.get("phone") or "",
                            other_than=self.guest_id)
        self.duplicate.setText(self.tr("Already on the list with this name and phone: %1")
                               .replace("%1", "; ".join(
                                   " · ".join(x for x in (g["name"], g["organisation"],
                                                          g["ref_code"]) if x)
                                   for g in found[:3])) if found else "")
        self.duplicate.setVisible(bool(found))

    # --- leaving with unsaved edits ----------------------------------------------------------
    def is_dirty(self) -> bool:
        """Typed but not saved: a changed field of a shown guest, or a new guest's name."""
        if not self.isEnabled():
            return False
        if self.guest_id is None:
            return bool((self.values().get("name") or "").strip())
        return bool(self.changed_values())

    def confirm_leave(self) -> bool:
        """Before showing another guest: save, discard or stay (True: the form may change)."""
        if not self.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("%1 has unsaved changes. Save them?").replace(
                              "%1", self.current.get("name") or self.tr("The new guest")),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def on_trip_activated(self, trip_id: str, _day: str) -> None:
        """Show the trip on the Vehicles and trips page (only inside the main window)."""
        from fairdesk.gui.main_window import MainWindow
        from fairdesk.gui.reception.transport_page import TransportPage

        window = self.window()
        if isinstance(window, MainWindow):
            page = window.show_page_of(TransportPage)
            if isinstance(page, TransportPage):
                page.show_trip(trip_id)

    def on_companion_added(self, values: dict) -> None:
        self._write_companion(lambda: self.fair.guests.create(
            "companions", guest_id=self.guest_id, **values))

    def on_companion_removed(self, companion_id: str) -> None:
        self._write_companion(lambda: self.fair.guests.delete("companions", companion_id))

    def _write_companion(self, write: Any) -> None:
        if run_op(self, write, on_error=lambda err: self.companions.show_error(str(err))) is FAILED:
            return
        self.companions.set_rows(self.fair.guests.list("companions", guest_id=self.guest_id))
