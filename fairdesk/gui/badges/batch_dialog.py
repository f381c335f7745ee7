"""Printing a batch of badges from the guests page: whom, which size, which order.

:class:`BadgeDialog` chooses the guests (the selection, or everyone the search and
filters show), the size, the back side, the order and whether to skip badges
already printed, and says live how many badges that makes and who is left out and
why. :func:`start_batch` then warns before reprints, asks where to save and
renders in the worker of :mod:`fairdesk.gui.badges.printing`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fairdesk.core.badges import issuing
from fairdesk.core.fair import Fair
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.vocab import INVITATION_STATES, label
from fairdesk.gui.badges.printing import confirm_reprints, print_badges, print_proof
from fairdesk.gui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.widgets.jobs import Worker
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.printing import ask_path

translate = QCoreApplication.translate  # literal contexts, for lupdate
SIZE_CODES = ("a6", "lanyard", "cr80", "a4-8up")


class BadgeDialog(QDialog):
    """The choices for one batch; ``choice()`` is the batch they make."""

    def __init__(self, fair: Fair, selected: list[str], matching: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fair, self.selected, self.matching = fair, selected, matching
        self.setWindowTitle(self.tr("Print badges"))
        self.setObjectName("badge_dialog")
        self._build()
        self._connect_signals()
        self.on_choice_changed()

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._guest_box())
        form = QFormLayout()
        self.size_box = QComboBox(self)
        self.size_box.setObjectName("badge_size")
        for code, text in zip(SIZE_CODES, self._size_labels(), strict=True):
            self.size_box.addItem(text, code)
        if self.fair.setting("badge.layout"):  # the committee's own layout (Badge layout page)
            self.size_box.addItem(self.tr("The fair's badge layout"), "layout")
        default = str(self.fair.setting("badge.size") or "a6").lower()
        self.size_box.setCurrentIndex(max(self.size_box.findData(default), 0))
        form.addRow(self.tr("Size:"), self.size_box)
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("badge_sort")
        self.sort_box.addItem(self.tr("By inviting unit, then name"), "unit")
        self.sort_box.addItem(self.tr("By name"), "name")
        form.addRow(self.tr("Order:"), self.sort_box)
        self.back_check = QCheckBox(self.tr("Print the back side (hotel, car, agenda)"), self)
        self.skip_check = QCheckBox(self.tr("Skip guests whose badge is already printed"), self)
        self.skip_check.setChecked(True)  # a reprint voids badges already handed out
        form.addRow("", self.back_check)
        form.addRow("", self.skip_check)
        layout.addLayout(form)
        self.note = QLabel(self)
        self.note.setObjectName("badge_note")
        self.note.setWordWrap(True)
        self.note.setMinimumWidth(440)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.print_button = self.buttons.addButton(self.tr("Print…"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setDefault(True)
        self.proof_button = self.buttons.addButton(self.tr("Proof print…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.proof_button.setToolTip(self.tr(
            "A sample of the layout on plain paper: its codes do not admit, nothing is issued"))
        self.proof_worker: Worker | None = None
        self.proof_path: Path | None = None
        layout.addWidget(self.buttons)

    def _guest_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Guests"), self)
        inner = QVBoxLayout(box)
        self.selection_radio = QRadioButton(
            self.tr("The selected guests (%1)").replace("%1", f"{len(self.selected):,}"), box)
        self.matching_radio = QRadioButton(
            self.tr("Everyone the search and filters show (%1)")
            .replace("%1", f"{len(self.matching):,}"), box)
        self.source = QButtonGroup(self)
        self.source.addButton(self.selection_radio)
        self.source.addButton(self.matching_radio)
        self.selection_radio.setEnabled(bool(self.selected))
        # one selected row is usually just the current guest: then everyone shown is meant
        (self.selection_radio if len(self.selected) > 1 else self.matching_radio).setChecked(True)
        inner.addWidget(self.selection_radio)
        inner.addWidget(self.matching_radio)
        return box

    def _size_labels(self) -> list[str]:
        return [self.tr("A6 (105 × 148 mm)"),
                self.tr("Lanyard card (90 × 130 mm)"),
                self.tr("CR80 card (85.6 × 54 mm)"),
                self.tr("A4 sheet, 8 per page (90 × 54 mm, crop marks)")]

    def _connect_signals(self) -> None:
        self.source.buttonToggled.connect(self.on_choice_changed)
        self.skip_check.toggled.connect(self.on_choice_changed)
        self.proof_button.clicked.connect(self.on_proof_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- the choice ----------------------------------------------------------------------------
    def source_ids(self) -> list[str]:
        return self.selected if self.selection_radio.isChecked() else self.matching

    def size(self) -> str:
        return self.size_box.currentData()

    def size_label(self) -> str:
        """The size in a few words, for the status line."""
        short = {"a6": self.tr("A6"), "lanyard": self.tr("lanyard cards"),
                 "cr80": self.tr("CR80 cards"), "a4-8up": self.tr("A4 8-up"),
                 "layout": self.tr("the fair's layout")}
        return short[self.size()]

    def back(self) -> bool:
        return self.back_check.isChecked()

    def choice(self) -> issuing.BatchChoice:
        """The guests to print, sorted; who is left out and why."""
        return issuing.choose_batch(self.fair, self.source_ids(), sort=self.sort_box.currentData(),
                                   skip_printed=self.skip_check.isChecked())

    def on_choice_changed(self, *_args: object) -> None:
        choice = self.choice()
        lines = [self.tr("%1 badge(s) will be printed.").replace("%1", f"{len(choice.guest_ids):,}")]
        if choice.no_badge:
            lines.append(left_out_sentence(choice))
        if choice.printed and not choice.skipped_printed:
            lines.append(self.tr("%1 of them were printed before: printing again voids "
                                 "the old badges.").replace("%1", str(len(choice.printed))))
        elif choice.printed:
            lines.append(self.tr("%1 skipped: their badge is already printed.")
                         .replace("%1", str(len(choice.printed))))
        self.note.setText("\n".join(lines))
        self.print_button.setEnabled(bool(choice.guest_ids))


    def on_proof_clicked(self) -> None:
        """Draw a few of the chosen guests' badges for plain paper; issue and void nothing."""
        ids = self.choice().guest_ids or self.source_ids()
        path = self.proof_path or ask_path(self, self.tr("Save the proof"),
                                           f"badges-proof-{self.size()}.pdf", "PDF (*.pdf)")
        if not ids or path is None:
            return

        def done(pages: int) -> None:
            self.note.setText(self.tr("Proof ready (%1 page(s)), its codes do not admit: %2")
                              .replace("%1", str(pages)).replace("%2", str(path)))

        worker = run_op(self, lambda: print_proof(self, self.fair, ids, path, self.size(),
                                                  back=self.back(), done=done))
        self.proof_worker = None if worker is FAILED else worker


def left_out_sentence(choice: issuing.BatchChoice) -> str:
    """'2 guest(s) get no badge: 1 declined, 1 cancelled.' (empty when nobody is left out)."""
    if not choice.no_badge:
        return ""
    words = {InvitationState.DECLINED: translate("BadgeDialog", "%1 declined"),
             InvitationState.CANCELLED: translate("BadgeDialog", "%1 cancelled")}
    parts = translate("BadgeDialog", ", ").join(
        words.get(state, f"%1 {label(INVITATION_STATES, state)}").replace("%1", str(n))
        for state, n in sorted(choice.no_badge.items(),
                               key=lambda x: x[0] != InvitationState.DECLINED))
    return (translate("BadgeDialog", "%1 guest(s) get no badge: %2.")
            .replace("%1", str(sum(choice.no_badge.values()))).replace("%2", parts))


def start_batch(dialog: BadgeDialog, parent: QWidget, report: Callable[[str], None],
                fail: Callable[[str], None]) -> Worker | None:
    """Warn before reprints, ask where to save, render in a worker; None if nothing started.

    ``report(sentence)`` says what was printed once the worker is done; ``fail(sentence)``
    why nothing started.
    """
    fair, choice = dialog.fair, dialog.choice()
    if not choice.guest_ids:
        fail(translate("BadgeDialog", "There are no badges to print."))
        return None
    if not confirm_reprints(parent, fair, choice.guest_ids):
        return None
    path = ask_path(parent, translate("BadgeDialog", "Save the badges"),
                    f"badges-{dialog.size()}.pdf", translate("BadgeDialog", "PDF (*.pdf)"))
    if path is None:
        return None
    text = (translate("BadgeDialog", "Printed %1 badge(s) (%2), %3 page(s): %4")
            .replace("%1", str(len(choice.guest_ids))).replace("%2", dialog.size_label())
            .replace("%4", str(Path(path))))
    note = left_out_sentence(choice)

    def done(pages: int) -> None:  # the dialog may be gone by now: everything is in text
        report(f"{text.replace('%3', str(pages))} {note}".strip())

    worker = run_op(parent, lambda: print_badges(parent, fair, choice.guest_ids, path,
                                                 dialog.size(), back=dialog.back(), done=done),
                    on_error=lambda err: fail(str(err)))
    return None if worker is FAILED else worker
