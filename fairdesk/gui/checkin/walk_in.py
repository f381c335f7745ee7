"""A walk-in at the desk: name, organisation, category and phone, then Enter registers,
checks in and prints the badge (the desk's page does the printing)."""

from __future__ import annotations

from fairdesk.base.errors import FairdeskError, ValidationError
from fairdesk.base.i18n import language
from fairdesk.core.badges import checkin
from fairdesk.core.vocab import GUEST_CATEGORIES
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
from fairdesk.gui.session import FairSession
from fairdesk.gui.style import set_tone
from fairdesk.gui.widgets.ops import FAILED, run_op

FIELDS = ("name", "organisation", "category", "phone")


class WalkInDialog(QDialog):
    """Modal; ``result`` holds the check-in's ScanResult once accepted."""

    def __init__(self, session: FairSession, desk: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.desk = session, desk
        self.result: checkin.ScanResult | None = None
        self.setWindowTitle(self.tr("Register a walk-in"))
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.category = QComboBox()
        for code, (zh, en) in GUEST_CATEGORIES.items():
            self.category.addItem(en if language() == "en" else zh, code)
        self.category.setCurrentIndex(max(0, self.category.findData("guest")))
        self.phone = QLineEdit()
        self.errors = {key: QLabel() for key in FIELDS}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._build()
        self.name.setFocus()

    def _build(self) -> None:
        form = QFormLayout()
        labels = {"name": self.tr("Name"), "organisation": self.tr("Organisation"),
                  "category": self.tr("Category"), "phone": self.tr("Phone")}
        for key in FIELDS:
            form.addRow(labels[key], getattr(self, key))
            error = self.errors[key]
            error.setWordWrap(True)
            set_tone(error, "error")
            error.hide()
            form.addRow("", error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(self.tr("Register, check in and print the badge"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setDefault(True)
        buttons.accepted.connect(self.on_go_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def on_go_clicked(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        for label in self.errors.values():
            label.hide()
        result = run_op(self, lambda: checkin.register_walk_in(
            fair, name=self.name.text().strip(), organisation=self.organisation.text().strip(),
            category=self.category.currentData(), phone=self.phone.text().strip(),
            desk=self.desk), on_error=self.show_error)
        if result is not FAILED:
            self.result = result
            self.accept()

    def show_error(self, err: FairdeskError) -> None:
        """A bad field is marked under it (and focused); anything else below the form."""
        field = err.field if isinstance(err, ValidationError) else ""
        if field in self.errors:
            self.errors[field].setText(str(err))
            self.errors[field].show()
            getattr(self, field).setFocus()
        else:
            self.message.setText(str(err))
