"""Parts of the guest form: transition buttons, the companions list, the state history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fairdesk.core.vocab import INVITATION_STATES, label
from fairdesk.gui import style
from fairdesk.gui.guests.rows import STATE_COLOURS
from fairdesk.gui.qt import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fairdesk.gui.widgets.models import Column, RowsModel
from fairdesk.gui.widgets.privacy import private_column, reveal_on_click

if TYPE_CHECKING:
    from fairdesk.gui.session import FairSession


def _state(code: str | None) -> str:
    return label(INVITATION_STATES, code) if code else "—"


def small_table(model: RowsModel, rows: int = 4) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.setFixedHeight(28 + 26 * rows)
    return view


class TransitionsBox(QWidget):
    """One button per state the guest may move to, and a note for the history."""

    transition_chosen = Signal(str, str)  # to_state, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLineEdit(self)
        self.note.setObjectName("transition_note")
        self.note.setPlaceholderText(self.tr("Note for the history (optional)"))
        self.buttons: dict[str, QPushButton] = {}
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Move to:"), self)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addLayout(self._row, 1)
        layout.addLayout(head)
        layout.addWidget(self.note)

    def set_states(self, states: list[str]) -> None:
        for button in self.buttons.values():
            button.hide()  # gone at once, deleted when control returns to the event loop
            button.deleteLater()
        self.buttons = {}
        while self._row.count():
            self._row.takeAt(0)
        for state in states:
            button = QPushButton(_state(state), self)
            button.setObjectName(f"to_{state}")
            button.setStyleSheet(style.state_button(STATE_COLOURS.get(state, "#fff")))
            button.ensurePolished()  # measure with the font the style sheets give it
            width = button.fontMetrics().horizontalAdvance(button.text()) + 22
            button.setMinimumWidth(max(width, button.sizeHint().width()))
            button.clicked.connect(lambda _=False, s=state: self.on_button_clicked(s))
            self._row.addWidget(button)
            self.buttons[state] = button
        self._row.addStretch(1)
        self.setVisible(bool(states))

    def on_button_clicked(self, state: str) -> None:
        note = self.note.text().strip()
        self.note.clear()
        self.transition_chosen.emit(state, note)


class CompanionsBox(QGroupBox):
    """The guest's companions, with a line to add one and a button to remove the selected."""

    companion_added = Signal(dict)
    companion_removed = Signal(str)

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Companions"))
        self.model = RowsModel([
            Column("name", lambda: self.tr("Name")),
            Column("relation", lambda: self.tr("Relation")),
            private_column(session, "phone", lambda: self.tr("Phone"), "phone"),
        ], self)
        self.view = small_table(self.model, 3)
        reveal_on_click(self.view, session, "companions")  # masked for the role; a click shows
        self.name = QLineEdit(self)
        self.name.setObjectName("companion_name")
        self.name.setPlaceholderText(self.tr("Name"))
        self.relation = QLineEdit(self)
        self.relation.setPlaceholderText(self.tr("Relation (e.g. secretary)"))
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("Phone"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.error = QLabel(self)
        style.set_tone(self.error, "error")
        self.error.hide()
        entry = QHBoxLayout()
        for w in (self.name, self.relation, self.phone, self.add_button):
            entry.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(entry)
        layout.addWidget(self.error)
        layout.addWidget(self.remove_button)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)

    def set_rows(self, rows: list[dict]) -> None:
        self.model.set_rows(rows)
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def on_add_clicked(self) -> None:
        self.companion_added.emit({"name": self.name.text(), "relation": self.relation.text(),
                                   "phone": self.phone.text()})
        if self.error.isHidden():
            for w in (self.name, self.relation, self.phone):
                w.clear()

    def on_remove_clicked(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.companion_removed.emit(self.model.row_at(rows[0].row())["id"])


class HistoryBox(QGroupBox):
    """The invitation state history: when, who, from, to, note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Invitation history"))
        self.model = RowsModel([
            Column("at", lambda: self.tr("When"), lambda r: (r["at"] or "")[:16].replace("T", " ")),
            Column("operator", lambda: self.tr("By")),
            Column("from_state", lambda: self.tr("From"), lambda r: _state(r["from_state"])),
            Column("to_state", lambda: self.tr("To"), lambda r: _state(r["to_state"])),
            Column("note", lambda: self.tr("Note")),
        ], self)
        self.view = small_table(self.model, 4)
        QVBoxLayout(self).addWidget(self.view)

    def set_rows(self, rows: list[dict]) -> None:
        self.model.set_rows(list(reversed(rows)))
