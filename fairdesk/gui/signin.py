"""Operator sign-in: who is at this laptop's desk, remembered per laptop."""

from __future__ import annotations

from fairdesk.core.context import Operator, laptop_name
from fairdesk.gui import prefs
from fairdesk.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

SUGGESTED_DESKS = ("报到台1", "报到台2", "交通组", "接待组", "安保组", "签约组", "组委会办公室")


class SignInDialog(QDialog):
    """Asks the operator's name and desk; prefilled from last time, so one click continues."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(380)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        self.desk_combo = QComboBox()
        self.desk_combo.setEditable(True)
        self.desk_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self._prefill()
        self._connect_signals()

    def _build(self) -> None:
        note = QLabel(self.tr("Changes you make are recorded under your name and desk."))
        note.setWordWrap(True)
        note.setObjectName("pageSubtitle")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Desk"), self.desk_combo)
        form.addRow(self.tr("Laptop"), QLabel(laptop_name()))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(QLabel(self.tr("Who is at this desk?"), objectName="dialogTitle"))
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))

    def _prefill(self) -> None:
        name, desk = prefs.last_operator()
        desks = [*prefs.recent_desks(), *(d for d in SUGGESTED_DESKS
                                          if d not in prefs.recent_desks())]
        self.desk_combo.addItems(desks)
        self.name_edit.setText(name)
        self.desk_combo.setEditText(desk)
        self._update_ok()
        if name:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self.on_name_changed)

    def on_name_changed(self, _text: str) -> None:
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))
        ok.setDefault(True)

    def operator(self) -> Operator:
        """The operator as entered (name and desk stripped)."""
        return Operator(self.name_edit.text().strip(), self.desk_combo.currentText().strip(),
                        laptop_name())

    def accept(self) -> None:
        operator = self.operator()
        if not operator.name:
            return
        prefs.remember_operator(operator.name, operator.desk)
        super().accept()


def ask_operator(parent: QWidget | None = None) -> Operator | None:
    """Show the sign-in dialog; the operator, or None if cancelled."""
    dialog = SignInDialog(parent)
    return dialog.operator() if dialog.exec() == QDialog.DialogCode.Accepted else None
