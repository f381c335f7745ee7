"""Form fields that show their own validation message, under the widget, in red.

A :class:`FieldEditor` wraps one editor (line, combo or text box) for one core
field; ``show_error`` puts the core ValidationError's sentence right under it.
"""

from __future__ import annotations

from typing import Any

from fairdesk.gui.qt import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fairdesk.gui.style import INVALID_EDITOR, set_role


class FieldEditor(QWidget):
    """One field: an editor and, hidden until needed, its error message."""

    edited = Signal()

    def __init__(self, name: str, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.editor = editor
        self.error = QLabel(self)
        self.error.setObjectName(f"error_{name}")
        self.error.setWordWrap(True)
        set_role(self.error, "fieldError")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self._connect_signals()

    def _connect_signals(self) -> None:
        e = self.editor
        if isinstance(e, QLineEdit):
            e.textEdited.connect(self.on_edited)
        elif isinstance(e, QComboBox):
            e.activated.connect(self.on_edited)
        elif isinstance(e, QPlainTextEdit):
            e.textChanged.connect(self.on_edited)

    def on_edited(self, *_args: Any) -> None:
        self.clear_error()
        self.edited.emit()

    def value(self) -> Any:
        e = self.editor
        if isinstance(e, QLineEdit):
            return e.text().strip()
        if isinstance(e, QComboBox):
            return e.currentData()
        if isinstance(e, QPlainTextEdit):
            return e.toPlainText().strip()
        raise TypeError(type(e))

    def set_value(self, value: Any) -> None:
        e = self.editor
        text = "" if value is None else str(value)
        if isinstance(e, QLineEdit):
            e.setText(text)
            e.setCursorPosition(0)
        elif isinstance(e, QComboBox):
            found = e.findData(value if value not in (None, "") else "")
            e.setCurrentIndex(max(found, 0))
        elif isinstance(e, QPlainTextEdit):
            e.blockSignals(True)
            e.setPlainText(text)
            e.blockSignals(False)
        self.clear_error()

    def show_error(self, message: str) -> None:
        self.editor.setStyleSheet(INVALID_EDITOR)
        self.error.setText(message)
        self.error.show()
        self.editor.setFocus()

    def clear_error(self) -> None:
        if self.error.isVisible() or self.editor.styleSheet():
            self.editor.setStyleSheet("")
            self.error.hide()


def line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


def combo(items: list[tuple[str, str]], *, empty: str | None = "") -> QComboBox:
    """A combo of (label, code) items; ``empty`` adds a blank first choice with that label."""
    box = QComboBox()
    if empty is not None:
        box.addItem(empty, "")
    for text, code in items:
        box.addItem(text, code)
    return box


def text_box(lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(12 + 20 * lines)
    return box
