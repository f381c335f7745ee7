"""Editors for the fields of an :class:`~fairdesk.core.entity.Entity`, one per field kind.

Each editor reads and writes plain values in the core's stored form (ISO text for
dates, codes for choices, ids for references) so the record form can hand them
straight to the area service, which does all the validation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from fairdesk.core import vocab
from fairdesk.core.entity import Field
from fairdesk.core.forms import ref_options
from fairdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDate,
    QDateEdit,
    QDateTime,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QStringListModel,
    Qt,
    QTime,
    QWidget,
)

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

EMPTY_DATE = QDate(2000, 1, 1)  # the minimum of a date editor stands for "no date"
DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"
REF_SEARCHABLE = 30  # a reference list longer than this gets a type-to-search box


def choice_labels(f: Field) -> list[tuple[str, str]]:
    """(code, label in the current language) for each choice of ``f``."""
    words = vocab.choice_words(f.choices)
    return [(c, vocab.label(words, c)) for c in f.choices]


class FieldEditor:
    """One field's editing widget with ``value()`` / ``set_value()`` in stored form."""

    def __init__(self, f: Field, widget: QWidget) -> None:
        self.field = f
        self.widget = widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class TextEditor(FieldEditor):
    def __init__(self, f: Field, multiline: bool = False) -> None:
        widget = QPlainTextEdit() if multiline else QLineEdit()
        if multiline:
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(64)
        else:
            widget.setMaxLength(max(f.max_len, 1) * 2)  # the core names the real limit
        super().__init__(f, widget)
        if f.kind in ("int", "real", "cents", "money"):
            widget.setAlignment(Qt.AlignmentFlag.AlignRight)

    def value(self) -> Any:
        w = self.widget
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
        if isinstance(self.widget, QPlainTextEdit):
            self.widget.setPlainText(text)
        else:
            self.widget.setText(text)


class MoneyEditor(TextEditor):
    """An amount in its currency, shown as 1,234.50; typed the same way or as 3.5亿 / 2000万
    (the core reads the text)."""

    def __init__(self, f: Field) -> None:
        super().__init__(f)
        self.widget.setPlaceholderText("1,234.50 / 3.5亿 / 2000万")

    def set_value(self, value: Any) -> None:
        if isinstance(value, int) and not isinstance(value, bool):
            value = f"{Decimal(value) / 100:,.2f}"
        super().set_value(value)


class BoolEditor(FieldEditor):
    def __init__(self, f: Field) -> None:
        super().__init__(f, QCheckBox())

    def value(self) -> Any:
        return 1 if self.widget.isChecked() else 0

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class DateEditor(FieldEditor):
    """A calendar date; an optional field shows "—" for no date (its minimum)."""

    def __init__(self, f: Field, with_time: bool) -> None:
        widget = QDateTimeEdit() if with_time else QDateEdit()
        widget.setCalendarPopup(True)
        widget.setDisplayFormat(DATETIME_FORMAT if with_time else DATE_FORMAT)
        widget.setMinimumDate(EMPTY_DATE)
        if not f.required:
            widget.setSpecialValueText("—")
        super().__init__(f, widget)
        self.with_time = with_time
        self.set_value(None)

    def value(self) -> Any:
        w = self.widget
        if w.date() == EMPTY_DATE:
            return None
        if self.with_time:
            return w.dateTime().toString("yyyy-MM-ddTHH:mm:00")
        return w.date().toString(DATE_FORMAT)

    def set_value(self, value: Any) -> None:
        w = self.widget
        if value in (None, ""):
            if self.field.required:
                today = QDate.currentDate()
                w.setDateTime(QDateTime(today, QTime(9, 0))) if self.with_time else w.setDate(today)
            else:
                w.setDate(EMPTY_DATE)
            return
        if isinstance(value, (date, datetime)):
            value = value.isoformat()
        text = str(value)
        if self.with_time:
            moment = datetime.fromisoformat(text.replace(" ", "T", 1))
            w.setDateTime(
                QDateTime(
                    QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
                )
            )
        else:
            day = date.fromisoformat(text[:10])
            w.setDate(QDate(day.year, day.month, day.day))


class ComboEditor(FieldEditor):
    """A choice or reference: items carry the code or id as data; blank when optional."""

    def __init__(self, f: Field, options: list[tuple[str, str]]) -> None:
        widget = QComboBox()
        if not f.required:
            widget.addItem("", None)
        for code, text in options:
            widget.addItem(text, code)
        if len(options) > REF_SEARCHABLE:
            widget.setEditable(True)
            widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = widget.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(16)
        super().__init__(f, widget)
        if f.required:
            widget.setCurrentIndex(-1)  # a required pick starts empty: no first record by chance

    def search_with(self, search: Callable[[str], list[str]]) -> None:
        """Offer, as the user types, the items whose ids ``search(text)`` returns, best first
        (for guests: the guests page's search, so pinyin initials find them)."""
        w = self.widget
        w.setEditable(True)
        w.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        model = QStringListModel(w)
        completer = QCompleter(model, w)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        w.setCompleter(completer)
        if self.field.required:
            w.setCurrentIndex(-1)

        def on_text_edited(text: str) -> None:
            found = (w.findData(i) for i in search(text)[:50]) if text.strip() else ()
            model.setStringList([w.itemText(i) for i in found if i >= 0])
            completer.complete()

        w.lineEdit().textEdited.connect(on_text_edited)
        completer.activated[str].connect(lambda text: w.setCurrentIndex(w.findText(text)))

    def value(self) -> Any:
        w = self.widget
        if w.isEditable() and w.currentText() != w.itemText(w.currentIndex()):
            typed = w.findText(w.currentText())
            if typed < 0:
                return w.currentText()  # not in the list: the core says so at the field
            return w.itemData(typed)
        return w.currentData()

    def set_value(self, value: Any) -> None:
        index = self.widget.findData(value)
        if index < 0 and value not in (None, ""):
            self.widget.addItem(str(value), value)  # a stored value no longer offered
            index = self.widget.count() - 1
        self.widget.setCurrentIndex(index if self.field.required else max(index, 0))

    def set_options(self, options: list[tuple[str, str]]) -> None:
        """Replace the offered items, keeping the current value when it is still offered."""
        current = self.value()
        self.widget.blockSignals(True)
        self.widget.clear()
        if not self.field.required:
            self.widget.addItem("", None)
        for code, text in options:
            self.widget.addItem(text, code)
        self.widget.blockSignals(False)
        index = self.widget.findData(current)
        self.widget.setCurrentIndex(index if self.field.required else max(index, 0))


def make_editor(fair: Fair, f: Field, options: list[tuple[str, str]] | None = None) -> FieldEditor:
    """The editor for ``f``; ``options`` overrides the offered choices or referenced rows."""
    if f.kind == "bool":
        return BoolEditor(f)
    if f.kind in ("date", "datetime"):
        return DateEditor(f, with_time=f.kind == "datetime")
    if f.kind == "choice":
        return ComboEditor(f, options if options is not None else choice_labels(f))
    if f.kind == "ref":
        editor = ComboEditor(f, options if options is not None else ref_options(fair, f.ref))
        if f.ref == "guests":
            from fairdesk.core.guests.search import GuestSearch

            editor.search_with(lambda text: GuestSearch.of(fair).search(text))
        return editor
    if f.kind == "money":
        return MoneyEditor(f)
    multiline = f.kind == "json" or (f.kind == "text" and f.max_len >= 1000)
    return TextEditor(f, multiline=multiline)
