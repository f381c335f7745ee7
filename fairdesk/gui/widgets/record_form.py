"""A dialog that creates or edits one record of any :class:`~fairdesk.core.entity.Entity`.

The form is built from the entity spec (labels in the current language, an editor
per field kind) and writes through the area service. A ``ValidationError`` is
shown at its field (red border, message under it); a ``ConflictError`` or any
other core error as a sentence above the buttons. Nothing is written on error:
the service validates before its one transaction.

    form = RecordForm(fair.reception, "trips", parent=self)
    form.exec()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fairdesk.base.errors import FairdeskError, ValidationError
from fairdesk.core.changes import Changes
from fairdesk.core.entity import AreaService
from fairdesk.core.forms import column_defaults
from fairdesk.gui.audit.history import ChangeHistoryBox
from fairdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fairdesk.gui.style import INVALID_RECORD_FIELD, set_role, set_tone
from fairdesk.gui.widgets.form_fields import ComboEditor, FieldEditor, make_editor
from fairdesk.gui.widgets.keys import save_shortcut
from fairdesk.gui.widgets.ops import FAILED, run_op

Saver = Callable[[dict[str, Any]], Changes]


class RecordForm(QDialog):
    """Create (``record_id`` None) or update a record of ``entity`` through ``service``.

    ``fields`` limits and orders the fields shown; ``values`` presets them (a new
    record) or overrides the stored ones; ``options`` replaces the offered items
    of choice/reference fields (e.g. only the rooms of one hotel); ``save``
    replaces the default create/update with a service call of your own that
    takes the field values and returns the Changes (it may raise core errors).
    """

    record_saved = Signal(object)  # Changes

    def __init__(
        self,
        service: AreaService,
        entity: str,
        record_id: str | None = None,
        *,
        fields: list[str] | None = None,
        values: dict[str, Any] | None = None,
        options: dict[str, list[tuple[str, str]]] | None = None,
        save: Saver | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.entity = entity
        self.record_id = record_id
        self.spec = service.spec(entity)
        self._save = save
        self.changes: Changes | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._build(fields or [f.name for f in self.spec.fields], options or {})
        self._load(values or {})
        self._connect_signals()

    # --- building ----------------------------------------------------------------------
    def _build(self, names: list[str], options: dict[str, list[tuple[str, str]]]) -> None:
        action = self.tr("New") if self.record_id is None else self.tr("Edit")
        self.setWindowTitle(f"{action}: {self.spec.label}")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            f = self.spec.by_name[name]
            editor = make_editor(self.service.fair, f, options.get(name))
            self.editors[name] = editor
            error = QLabel()
            set_tone(error, "error")
            error.setWordWrap(True)
            error.hide()
            self.error_labels[name] = error
            holder = QVBoxLayout()
            holder.setSpacing(2)
            holder.addWidget(editor.widget)
            holder.addWidget(error)
            label = QLabel(f.label + ("" if not f.required else " *"))
            label.setBuddy(editor.widget)
            self.form.addRow(label, holder)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(self.form)
        if self.record_id is not None:  # who changed it before, and how
            self.change_history = ChangeHistoryBox(body, rows=3)
            self.change_history.show_record(self.service.fair, self.spec.table, self.record_id)
            column.addWidget(self.change_history)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        set_role(self.banner, "banner")
        self.banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.resize(520 if self.record_id is None else 640,
                    min(120 + 34 * len(names) + (150 if self.record_id else 0), 720))

    def _load(self, values: dict[str, Any]) -> None:
        if self.record_id:
            current = self.service.get(self.entity, self.record_id)
        else:
            current = column_defaults(self.service.fair, self.spec.table)
        for name, editor in self.editors.items():
            if name in values:
                editor.set_value(values[name])
            elif name in current:
                editor.set_value(current[name])
        self._loaded = {name: e.value() for name, e in self.editors.items()}

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)  # Esc too (the dialog's own)
        self.save_shortcut = save_shortcut(self, self.on_save_clicked)  # Ctrl+S saves

    # --- reading and saving -------------------------------------------------------------
    def editor(self, name: str) -> FieldEditor:
        return self.editors[name]

    def set_options(self, name: str, options: list[tuple[str, str]]) -> None:
        editor = self.editors[name]
        if isinstance(editor, ComboEditor):
            editor.set_options(options)

    def values(self) -> dict[str, Any]:
        """The values to write: every field for a new record, the edited ones for an update."""
        now = {name: e.value() for name, e in self.editors.items()}
        if self.record_id is None:
            return now
        return {k: v for k, v in now.items() if v != self._loaded.get(k)}

    def on_save_clicked(self) -> None:
        self.clear_errors()
        changes = run_op(self, lambda: self._write(self.values()), on_error=self.show_refusal)
        if changes is FAILED:
            return
        self.changes = changes
        self.record_saved.emit(self.changes)
        self.accept()

    def _write(self, values: dict[str, Any]) -> Changes:
        if self._save is not None:
            return self._save(values)
        if self.record_id is None:
            return self.service.create(self.entity, **values)
        if not values:
            return Changes()
        return self.service.update(self.entity, self.record_id, **values)

    # --- errors ----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.banner.hide()
        for name, label in self.error_labels.items():
            label.hide()
            label.clear()
            self.editors[name].widget.setStyleSheet("")
            self.editors[name].widget.setProperty("invalid", False)

    def show_refusal(self, err: FairdeskError) -> None:
        """A bad value is marked at its field; any other refusal goes in the banner."""
        if isinstance(err, ValidationError):
            self.show_field_error(err.field, str(err))
        else:
            self.show_banner(str(err))

    def show_field_error(self, field: str, message: str) -> None:
        """Mark ``field`` red with ``message`` under it; a field not on the form gets the banner."""
        if field not in self.editors:
            self.show_banner(message)
            return
        widget = self.editors[field].widget
        widget.setProperty("invalid", True)
        widget.setStyleSheet(INVALID_RECORD_FIELD)
        label = self.error_labels[field]
        label.setText(message)
        label.show()
        widget.setFocus()

    def show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    def field_error(self, field: str) -> str:
        """The message shown at ``field`` ("" when none): what the user reads there."""
        label = self.error_labels[field]
        return label.text() if not label.isHidden() else ""

    def banner_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""
