"""Operator sign-in: who is at this laptop's desk, in which role; remembered per laptop.

The first screen ``./run`` shows. It says why it asks (every change is recorded under the
name, desk and role given here), offers the language, and says what is missing while
Continue cannot be pressed. The role's PIN is asked here too; it is checked against the
fair's PINs when the fair is opened (or at once, when a fair is open already).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fairdesk.base.errors import FairdeskError
from fairdesk.core.context import Operator, laptop_name
from fairdesk.core.roles import Role
from fairdesk.core.vocab import DEPARTMENTS
from fairdesk.gui import prefs
from fairdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QShowEvent,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.style import set_role, set_tone
from fairdesk.gui.translation import (
    install_language,
    resolve_language,
    system_ui_language,
)

SUGGESTED_DESKS = ("报到台1", "报到台2", "交通组", "接待组", "安保组", "签约组", "组委会办公室")
LANGUAGE_NAMES = {"zh": "中文", "en": "English"}  # each in its own language, never translated
LANGUAGE_LABEL = "语言 / Language"  # both, never translated
ROLES = ("", Role.RECEPTION, Role.TRANSPORT, Role.SECURITY, Role.SIGNING, Role.COMMITTEE)


@dataclass(frozen=True)
class SignIn:
    """What the dialog was given: the operator (with role) and the PIN typed, if any."""

    operator: Operator
    pin: str = ""


Check = Callable[[Operator, str], object]  # raises FairdeskError (a wrong PIN)


def role_names() -> dict[str, str]:
    """Each role's name in the interface's language."""
    return {Role.RECEPTION: QCoreApplication.translate("Roles", "Reception"),
            Role.TRANSPORT: QCoreApplication.translate("Roles", "Transport"),
            Role.SECURITY: QCoreApplication.translate("Roles", "Security liaison"),
            Role.SIGNING: QCoreApplication.translate("Roles", "Signing"),
            Role.COMMITTEE: QCoreApplication.translate("Roles", "Committee")}


class SignInDialog(QDialog):
    """Asks the operator's name, desk, role (and department, PIN); prefilled from last time,
    so one click continues. With ``check`` (a fair is open), a wrong PIN is said here."""

    def __init__(self, parent: QWidget | None = None, *, check: Check | None = None,
                 refusal: str = "") -> None:
        super().__init__(parent)
        self.check = check
        self.setMinimumWidth(460)
        self.title = QLabel(objectName="dialogTitle")
        self.note = QLabel(objectName="pageSubtitle", wordWrap=True)
        self.language_combo = QComboBox()
        self.name_edit = QLineEdit()
        self.desk_combo = QComboBox(editable=True)
        self.desk_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role_combo = QComboBox()
        self.department_combo = QComboBox()
        self.pin_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.pin_note = QLabel(wordWrap=True)
        self.missing = QLabel(wordWrap=True)  # what Continue still waits for, or a refusal
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(8)]
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._refusal = refusal
        self._build()
        self._prefill()
        self._retranslate()
        self._connect_signals()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _build(self) -> None:
        set_role(self.pin_note, "hint")
        set_role(self.ok_button, "primary")
        for code in ("system", "zh", "en"):
            self.language_combo.addItem("", code)
        for role in ROLES:
            self.role_combo.addItem("", role)
        for code in DEPARTMENTS:
            self.department_combo.addItem("", code)
        # the language first, its label in both languages: who cannot read the one the
        # screen opened in finds how to change it
        for label, field in zip(self.labels, (
                self.language_combo, self.name_edit, self.desk_combo, self.role_combo,
                self.department_combo, self.pin_edit, self.pin_note, QLabel(laptop_name())),
                strict=True):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        self.title.setText(self.tr("Who is at this desk?"))
        self.note.setText(self.tr(
            "fairdesk records every change under the name, desk and role you give here, so "
            "the committee can see who did what. They stay on this laptop for next time; "
            "nothing is sent anywhere."))
        labels = (LANGUAGE_LABEL, self.tr("Name"), self.tr("Desk"), self.tr("Role"),
                  self.tr("Department"), self.tr("PIN"), "", self.tr("Laptop"))
        for widget, label in zip(self.labels, labels, strict=True):
            widget.setText(label)
        self.name_edit.setPlaceholderText(self.tr("Your name, as colleagues know you"))
        self.pin_edit.setPlaceholderText(self.tr("Only if the committee gave your role one"))
        self.pin_note.setText(self.tr(
            "Roles decide who may do the risky things (reprints, deletions, settings, "
            "restores). A fair whose committee set no PINs lets every role do everything."))
        self.language_combo.setItemText(0, self.tr("As the system (%1)").replace(
            "%1", LANGUAGE_NAMES[system_ui_language()]))
        for i, code in ((1, "zh"), (2, "en")):
            self.language_combo.setItemText(i, LANGUAGE_NAMES[code])
        names = role_names()
        self.role_combo.setItemText(0, self.tr("No particular role"))
        for i, role in enumerate(ROLES[1:], start=1):
            self.role_combo.setItemText(i, names[role])
        english = self.tr("Sign in") == "Sign in"
        for i, (zh, en) in enumerate(DEPARTMENTS.values()):
            self.department_combo.setItemText(i, en if english else zh)
        self.ok_button.setText(self.tr("Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update_ok()

    def _prefill(self) -> None:
        name, desk = prefs.last_operator()
        role, department = prefs.last_role()
        desks = [*prefs.recent_desks(), *(d for d in SUGGESTED_DESKS
                                          if d not in prefs.recent_desks())]
        self.desk_combo.addItems(desks)
        self.name_edit.setText(name)
        self.desk_combo.setEditText(desk)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(role), 0))
        self.department_combo.setCurrentIndex(max(self.department_combo.findData(department), 0))
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(prefs.language_choice()), 0))
        self._show_department()
        # the keys go where they are wanted: the name typed at once on a new laptop (the
        # language row, first, would take them), Enter continuing when it is filled in
        (self.ok_button if name else self.name_edit).setFocus()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self.on_name_changed)
        self.role_combo.currentIndexChanged.connect(self.on_role_changed)
        self.language_combo.currentIndexChanged.connect(self.on_language_changed)

    def on_name_changed(self, _text: str) -> None:
        self._refusal = ""
        self._update_ok()

    def on_role_changed(self, _index: int) -> None:
        self._refusal = ""
        self._show_department()
        self._update_ok()

    def on_language_changed(self, _index: int) -> None:
        choice = self.language_combo.currentData()
        prefs.set_language_choice(choice)
        install_language(resolve_language(None, choice))
        self._retranslate()  # now, not when the posted LanguageChange arrives

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Fit the height once the width is known: the wrapped notes need more lines at the
        shown width than the size guessed before (their last line was clipped)."""
        super().showEvent(event)
        for label in (self.note, self.pin_note):
            # a line to spare: a Chinese run drawn in a fallback font sets lines further
            # apart than the label measured with its own font
            label.setMinimumHeight(label.heightForWidth(label.width())
                                   + label.fontMetrics().lineSpacing())
        self._fit()

    def _fit(self) -> None:
        """The height the rows need; once shown, at the width it has (typing the first letter
        of a name hides the line saying it is missing: the screen must not jump sideways)."""
        if not self.isVisible():
            self.adjustSize()
            return
        self.resize(self.width(), self.layout().totalHeightForWidth(self.width()))

    def _show_department(self) -> None:
        security = self.role_combo.currentData() == Role.SECURITY
        self.form.setRowVisible(self.department_combo, security)
        self._fit()

    def missing_text(self) -> str:
        """What Continue waits for, in words; empty when it can be pressed."""
        if not self.name_edit.text().strip():
            return self.tr("Type your name to continue.")
        return ""

    def _update_ok(self) -> None:
        missing = self.missing_text()
        self.ok_button.setEnabled(not missing)
        self.ok_button.setDefault(True)
        self.missing.setText(self._refusal or missing)
        self.missing.setVisible(bool(self._refusal or missing))
        set_tone(self.missing, "error" if self._refusal else "warning")
        self._fit()

    def sign_in(self) -> SignIn:
        """The operator as entered (name and desk stripped), and the PIN."""
        role = self.role_combo.currentData() or ""
        department = self.department_combo.currentData() if role == Role.SECURITY else ""
        operator = Operator(self.name_edit.text().strip(), self.desk_combo.currentText().strip(),
                            laptop_name(), role, department or "")
        return SignIn(operator, self.pin_edit.text().strip())

    def operator(self) -> Operator:
        return self.sign_in().operator

    def accept(self) -> None:
        signed = self.sign_in()
        if not signed.operator.name:
            return
        if self.check is not None:
            try:
                self.check(signed.operator, signed.pin)
            except FairdeskError as exc:
                self.refuse(str(exc))
                return
        prefs.remember_operator(signed.operator.name, signed.operator.desk)
        prefs.remember_role(signed.operator.role, signed.operator.department)
        super().accept()

    def refuse(self, sentence: str) -> None:
        """Say why the sign-in was not taken (a wrong PIN), and let the PIN be typed again."""
        self._refusal = sentence
        self._update_ok()
        self.pin_edit.selectAll()
        self.pin_edit.setFocus()


def ask_sign_in(parent: QWidget | None = None, *, check: Check | None = None,
                refusal: str = "") -> SignIn | None:
    """Show the sign-in dialog; what was entered, or None if cancelled."""
    dialog = SignInDialog(parent, check=check, refusal=refusal)
    return dialog.sign_in() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_operator(parent: QWidget | None = None) -> Operator | None:
    """Show the sign-in dialog; the operator, or None if cancelled."""
    signed = ask_sign_in(parent)
    return signed.operator if signed is not None else None

