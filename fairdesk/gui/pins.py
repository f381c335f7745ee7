"""The committee's PINs, in the fair settings: one per role, or one per operator in a role."""

from __future__ import annotations

from fairdesk.core import roles
from fairdesk.core.fair import Fair
from fairdesk.core.roles import Role
from fairdesk.gui.guests.form_parts import small_table
from fairdesk.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.signin import role_names
from fairdesk.gui.style import set_role, set_tone
from fairdesk.gui.widgets.models import Column, RowsModel
from fairdesk.gui.widgets.ops import FAILED, run_op


class PinDialog(QDialog):
    """Asks a role, an operator (optional) and the PIN twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set a PIN"))
        self.role = QComboBox()
        for role, name in role_names().items():
            self.role.addItem(name, role)
        self.role.setCurrentIndex(self.role.findData(Role.COMMITTEE))
        self.operator = QLineEdit(placeholderText=self.tr("empty: everyone in the role"))
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.error = QLabel(wordWrap=True)
        set_tone(self.error, "error")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Operator"), self.operator)
        form.addRow(self.tr("PIN (4–12 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.pin.text() != self.again.text():
            self.error.setText(self.tr("The two PINs differ; type them again."))
            self.error.show()
            return
        super().accept()


class PinsBox(QGroupBox):
    """The PINs set for this fair (never the PINs themselves), with Set and Remove."""

    def __init__(self, fair: Fair, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fair = fair
        self.setTitle(self.tr("Roles and PINs"))
        self.model = RowsModel([
            Column("role", lambda: self.tr("Role"), lambda r: role_names()[r["role"]]),
            Column("operator", lambda: self.tr("Operator"),
                   lambda r: r.get("operator") or self.tr("everyone in the role")),
        ], self)
        self.view = small_table(self.model, 4)
        self.note = QLabel(wordWrap=True)
        set_role(self.note, "hint")
        self.set_button = QPushButton(self.tr("Set a PIN…"))
        self.remove_button = QPushButton(self.tr("Remove selected"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.set_button.clicked.connect(self.on_set_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.refresh()

    def refresh(self) -> None:
        entries = roles.pin_entries(self.fair)
        self.model.set_rows([{"id": f"{e['role']}/{e.get('operator', '')}", **e}
                             for e in entries])
        self.note.setText(self.tr(
            "No PIN is set: every operator may do everything, as in a small fair. Set the "
            "committee's PIN first; from then on bulk changes, reprints, deletions, settings "
            "and restores need the committee, and a role with a PIN is taken only with it.")
            if not entries else self.tr(
            "A role with a PIN is taken only with it (a role without one needs none). Bulk "
            "changes, reprints, deletions, settings and restores need the committee."))

    def on_set_clicked(self) -> None:
        dialog = PinDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        run_op(self, lambda: roles.set_pin(self.fair, dialog.role.currentData(),
                                           dialog.pin.text(),
                                           operator=dialog.operator.text().strip()),
               title=self.tr("PIN not set"))
        self.refresh()

    def on_remove_clicked(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Roles and PINs"),
                                    self.tr("Select a PIN to remove."))
            return
        entry = self.model.row_at(rows[0].row())
        removed = run_op(self, lambda: roles.clear_pin(self.fair, entry["role"],
                                                       operator=entry.get("operator", "")),
                         title=self.tr("PIN not removed"))
        if removed is not FAILED:
            self.refresh()
