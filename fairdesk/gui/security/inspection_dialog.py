"""Recording an inspection from the keyboard, and a re-inspection.

Every item of one department at one site is a row; on the table, P (or 1) is
pass, F (2) fail, N (3) not applicable, and each answer moves to the next item
(Enter moves on too). The fields under the table belong to the current row: the
note, and for a failure the problem, the action required, the deadline and the
responsible person. The inspection is written only when every row has an answer.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from fairdesk.base.errors import FairdeskError
from fairdesk.core.security import inspections
from fairdesk.core.security.inspections import ItemAnswer
from fairdesk.core.security.statuses import Answer
from fairdesk.core.vocab import ANSWERS, label, named
from fairdesk.gui.qt import (
    QCheckBox,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.style import set_role, set_tone
from fairdesk.gui.widgets.models import Column, RowsModel
from fairdesk.gui.widgets.ops import FAILED, run_op

KEYS = {Qt.Key.Key_P: Answer.PASS, Qt.Key.Key_1: Answer.PASS, Qt.Key.Key_F: Answer.FAIL,
        Qt.Key.Key_2: Answer.FAIL, Qt.Key.Key_N: Answer.NA, Qt.Key.Key_3: Answer.NA}
FORMAT = "yyyy-MM-dd HH:mm"
ANSWER_COLOURS = {Answer.PASS: "#d8efe0", Answer.FAIL: "#f8d3cf", Answer.NA: "#eef2f6"}


class AnswerTable(QTableView):
    """The items; answer keys set the current row's answer and move to the next row."""

    def __init__(self, model: RowsModel, dialog: InspectionDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.setModel(model)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = Qt.Key(event.key())
        if key in KEYS:
            self.dialog.answer_current(KEYS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dialog.move_on()
        else:
            super().keyPressEvent(event)


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromString(moment.strftime("%Y-%m-%d %H:%M"), FORMAT)


class InspectionDialog(QDialog):
    """One department's inspection of one site."""

    def __init__(self, fair: Any, site_id: str, department_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fair = fair
        self.site = fair.get("sites", site_id)
        self.department = fair.get("departments", department_id)
        self.rows = [dict(r, answer="", note="", problem="", action="", unit="", person="",
                          deadline="")
                     for r in inspections.department_items(fair, site_id, department_id)]
        self.photo: bytes | None = None
        self.model = RowsModel(self._columns(), self)
        self.table = AnswerTable(self.model, self)
        self.inspector = QLineEdit(fair.operator.name)
        self.at = QDateTimeEdit(_to_qt(datetime.now(fair.tz)))
        self.note = QLineEdit()
        self.problem = QLineEdit()
        self.action = QLineEdit()
        self.unit = QLineEdit(placeholderText=named(self.site))  # the site, unless told
        self.person = QLineEdit()
        self.deadline = QDateTimeEdit(_to_qt(datetime.now(fair.tz) + timedelta(days=1)))
        self.photo_button = QPushButton(self.tr("Add photo…"))
        self.photo_label = QLabel()
        self.error = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.recorded: inspections.Recorded | None = None
        self._build()
        self._connect_signals()
        self.model.set_rows(self.rows)
        if self.rows:
            self.table.selectRow(0)

    def _columns(self) -> list[Column]:
        return [
            Column("title", lambda: self.tr("Item"), lambda r: named(r, "title")),
            Column("detail", lambda: self.tr("Requirement"), lambda r: named(r, "detail"),
                   tooltip=lambda r: named(r, "detail")),
            Column("answer", lambda: self.tr("Answer"),
                   lambda r: label(ANSWERS, r["answer"]) if r["answer"] else "",
                   background=lambda r: ANSWER_COLOURS.get(r["answer"])),
            Column("note", lambda: self.tr("Note / problem"),
                   lambda r: r["problem"] or r["note"]),
        ]

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Inspection"))
        for edit in (self.at, self.deadline):
            edit.setDisplayFormat(FORMAT)
            edit.setCalendarPopup(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((230, 330, 80)):
            self.table.setColumnWidth(column, width)
        heading = QLabel(self.tr("%1 at %2").replace("%1", named(self.department))
                         .replace("%2", named(self.site)))
        set_role(heading, "formHeading")
        hint = QLabel(self.tr("On the list: P or 1 pass, F or 2 fail, N or 3 not applicable;"
                              " Enter goes to the next item."))
        set_role(hint, "hint")
        top = QFormLayout()
        top.addRow(self.tr("Inspector"), self.inspector)
        top.addRow(self.tr("Inspected at"), self.at)
        row = QFormLayout()
        row.addRow(self.tr("Note"), self.note)
        row.addRow(self.tr("Problem found"), self.problem)
        row.addRow(self.tr("Action required"), self.action)
        row.addRow(self.tr("Responsible unit"), self.unit)
        row.addRow(self.tr("Responsible person"), self.person)
        row.addRow(self.tr("Deadline"), self.deadline)
        photo = QHBoxLayout()
        photo.addWidget(self.photo_button)
        photo.addWidget(self.photo_label, 1)
        set_tone(self.error, "error")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(photo)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        for edit in (self.note, self.problem, self.action, self.unit, self.person):
            edit.textEdited.connect(self.on_row_field_edited)
            edit.returnPressed.connect(self.on_row_field_done)
        self.deadline.dateTimeChanged.connect(self.on_row_field_edited)
        self.photo_button.clicked.connect(self.on_photo_clicked)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)

    # --- the current row ---------------------------------------------------------------
    def current(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def answer_current(self, answer: Answer) -> None:
        row = self.current()
        if row < 0:
            return
        self.rows[row]["answer"] = answer
        self._changed(row)
        if answer == Answer.FAIL:
            self.problem.setFocus()  # say what is wrong before moving on
        else:
            self.move_on()

    def move_on(self) -> None:
        row = self.current()
        if 0 <= row < len(self.rows) - 1:
            self.table.selectRow(row + 1)

    def _changed(self, row: int) -> None:
        self.model.dataChanged.emit(self.model.index(row, 0),
                                    self.model.index(row, self.model.columnCount() - 1))

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        r = self.rows[current.row()]
        self.note.setText(r["note"])
        self.problem.setText(r["problem"])
        self.action.setText(r["action"])
        self.unit.setText(r["unit"])
        self.person.setText(r["person"])
        if r["deadline"]:
            self.deadline.setDateTime(QDateTime.fromString(r["deadline"], FORMAT))

    def on_row_field_edited(self, *_args: Any) -> None:
        row = self.current()
        if row < 0:
            return
        self.rows[row].update(note=self.note.text(), problem=self.problem.text(),
                              action=self.action.text(), unit=self.unit.text(),
                              person=self.person.text(),
                              deadline=self.deadline.dateTime().toString(FORMAT))
        self._changed(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter moves on from the item's fields (on_row_field_done), never saves half an
        inspection as the dialog's default button would; Save is clicked."""
        if Qt.Key(event.key()) in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not isinstance(self.focusWidget(), QPushButton):
            return
        super().keyPressEvent(event)

    def on_row_field_done(self) -> None:
        """Enter in the item's fields: back to the list, on the next item (not Save)."""
        self.table.setFocus()
        self.move_on()

    def on_photo_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Photo"), "",
                                              self.tr("Images (*.jpg *.jpeg *.png)"))
        if path:
            self.take_photo(Path(path))

    def take_photo(self, path: Path) -> None:
        """Keep the photo if it is one (checked now, not at Save); else say why at it."""
        from fairdesk.core.guests.photos import prepare_photo

        try:
            data = path.read_bytes()
            prepare_photo(data)  # shrunk and stripped again when saved
        except (FairdeskError, OSError) as err:
            self.photo = None
            self.photo_label.setText(str(err) if isinstance(err, FairdeskError) else
                                     self.tr("Cannot read %1.").replace("%1", path.name))
            set_tone(self.photo_label, "error")
            return
        self.photo = data
        self.photo_label.setText(path.name)
        set_tone(self.photo_label, "")

    # --- saving ------------------------------------------------------------------------
    def answers(self) -> list[ItemAnswer]:
        default = self.deadline.dateTime().toString(FORMAT)
        return [ItemAnswer(r["id"], Answer(r["answer"]) if r["answer"] else Answer.PASS,
                           note=r["note"], problem=r["problem"], action_required=r["action"],
                           responsible_unit=r["unit"], responsible_person=r["person"],
                           deadline=r["deadline"] or default)
                for r in self.rows if r["answer"]]

    def save(self) -> inspections.Recorded | None:
        """Write the inspection; on a refusal the sentence shows in the dialog."""
        recorded = run_op(self, lambda: inspections.record_inspection(
            self.fair, site_id=self.site["id"], department_id=self.department["id"],
            answers=self.answers(), inspector=self.inspector.text(),
            at=self.at.dateTime().toString(FORMAT), photo=self.photo),
            on_error=self.on_refused)
        if recorded is FAILED:
            return None
        self.recorded = recorded
        return recorded

    def on_refused(self, err: FairdeskError) -> None:
        """The sentence under the form, and the cursor where it is to be put right: the
        first item without an answer, the failed item without a problem, the field."""
        self.error.setText(str(err))
        field = getattr(err, "field", "")
        if field == "answers":
            self._go_to(next((i for i, r in enumerate(self.rows) if not r["answer"]), -1),
                        self.table)
        elif field in ("problem", "deadline"):
            row = next((i for i, r in enumerate(self.rows) if r["answer"] == Answer.FAIL
                        and not (r["problem"] or r["note"]).strip()), -1)
            self._go_to(row, self.problem if field == "problem" else self.deadline)
        elif field == "inspector":
            self.inspector.setFocus()

    def _go_to(self, row: int, widget: QWidget) -> None:
        if row >= 0:
            self.table.selectRow(row)
        widget.setFocus()

    def on_save_clicked(self) -> None:
        if self.save() is not None:
            self.accept()


class ReinspectDialog(QDialog):
    """复查: closes the rectification when passed, else keeps it open with the note."""

    def __init__(self, fair: Any, rect_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fair = fair
        self.rect_id = rect_id
        rect = fair.get("rectifications", rect_id)
        self.setWindowTitle(self.tr("Re-inspection"))
        self.inspector = QLineEdit(fair.operator.name)
        self.at = QDateTimeEdit(_to_qt(datetime.now(fair.tz)))
        self.at.setDisplayFormat(FORMAT)
        self.history = QLabel(self._history_text(inspections.history(fair, rect_id)))
        set_role(self.history, "hint")
        self.history.setWordWrap(True)
        self.passed = QCheckBox(self.tr("Fixed: close the rectification"))
        self.note = QLineEdit()
        self.new_deadline = QDateTimeEdit(_to_qt(datetime.now(fair.tz) + timedelta(days=1)))
        self.new_deadline.setDisplayFormat(FORMAT)
        self.error = QLabel()
        set_tone(self.error, "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout(self)
        form.addRow(QLabel(inspections.notice_label(rect) + "　" + rect["problem"]))
        form.addRow(self.history)
        form.addRow(self.tr("Inspector"), self.inspector)
        form.addRow(self.tr("Re-inspected at"), self.at)
        form.addRow(self.passed)
        form.addRow(self.tr("Opinion"), self.note)
        form.addRow(self.tr("New deadline if not fixed"), self.new_deadline)
        form.addRow(self.error)
        form.addRow(buttons)
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)

    def _history_text(self, earlier: list[dict]) -> str:
        """The re-inspections so far, oldest first (a rectification keeps its history)."""
        if not earlier:
            return self.tr("Not re-inspected before.")
        lines = [f"{(h['at'] or '')[:16].replace('T', ' ')}　{h['inspector']}　"
                 + (self.tr("passed") if h["passed"] else self.tr("not passed"))
                 + (f"：{h['note']}" if h["note"] else "") for h in earlier]
        return self.tr("Earlier re-inspections:") + "\n" + "\n".join(lines)

    def save(self) -> bool:
        done = run_op(self, lambda: inspections.reinspect(
            self.fair, self.rect_id, passed=self.passed.isChecked(),
            inspector=self.inspector.text(), note=self.note.text(),
            at=self.at.dateTime().toString(FORMAT),
            new_deadline=None if self.passed.isChecked()
            else self.new_deadline.dateTime().toString(FORMAT)),
            on_error=lambda err: self.error.setText(str(err)))
        return done is not FAILED

    def on_save_clicked(self) -> None:
        if self.save():
            self.accept()
