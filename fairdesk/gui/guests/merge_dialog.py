"""Merge two guests: choose the record kept, see what moves to it, then merge.

Opened from the guests page (two guests selected) and from the review after a sync
(the same person entered at two desks); both run :func:`core.guests.merging.merge_guests`.
"""

from __future__ import annotations

from typing import Any

from fairdesk.core.guests.merging import merge_guests, valid_badges, what_moves
from fairdesk.core.vocab import GUEST_CATEGORIES, INVITATION_STATES, label
from fairdesk.gui.qt import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.style import set_tone
from fairdesk.gui.widgets.ops import FAILED, run_op


class MergeGuestsDialog(QDialog):
    """Two guests, one kept; ``kept_id`` is the one the user chose once accepted."""

    def __init__(self, fair: Any, guest_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fair = fair
        # the older record first, kept unless the user chooses the other
        self.guests = sorted((fair.get("guests", gid) for gid in guest_ids[:2]),
                             key=lambda g: (g["created_at"], g["id"]))
        self.kept_id: str | None = None
        self.setWindowTitle(self.tr("Merge guests"))
        self.intro = QLabel(self.tr(
            "These two records are one person. Choose the record to keep: everything that "
            "belongs to the other moves to it, and the other is deleted (the audit log keeps "
            "its history)."), self)
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.choices = [QRadioButton(self._describe(g), self) for g in self.guests]
        self.moves = QLabel(self)
        self.moves.setObjectName("merge_moves")
        self.moves.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setAutoDefault(False)  # Enter does not merge by accident
        self._build()
        self._connect_signals()
        self.choices[0].setChecked(True)
        self.on_choice_toggled()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(QLabel(self.tr("Keep:"), self))
        for i, button in enumerate(self.choices):
            self.group.addButton(button, i)
            layout.addWidget(button)
        layout.addWidget(self.moves)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _connect_signals(self) -> None:
        self.group.buttonToggled.connect(self.on_choice_toggled)
        self.buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self.on_merge_clicked)

    @staticmethod
    def _describe(guest: dict) -> str:
        parts = [guest["name"], guest.get("organisation") or "",
                 label(GUEST_CATEGORIES, guest.get("category") or ""),
                 label(INVITATION_STATES, guest.get("state") or ""), guest.get("ref_code") or ""]
        return " · ".join(p for p in parts if p)

    def keep(self, guest_id: str) -> None:
        """Choose the record kept."""
        self.choices[[g["id"] for g in self.guests].index(guest_id)].setChecked(True)

    def chosen(self) -> tuple[str, str]:
        """(kept, dropped) ids as chosen now."""
        i = max(self.group.checkedId(), 0)
        return self.guests[i]["id"], self.guests[1 - i]["id"]

    def on_choice_toggled(self, *_args: Any) -> None:
        _kept, dropped = self.chosen()
        name = self.guests[[g["id"] for g in self.guests].index(dropped)]["name"]
        moved = what_moves(self.fair, dropped)
        lines = [f"{m.label}: {m.count}" for m in moved]
        text = (self.tr("Moves from %1 to the kept record:").replace("%1", name) + "\n"
                + ("\n".join(lines) if lines else self.tr("nothing (no other record refers to it)")))
        if valid_badges(self.fair, dropped):
            text += "\n\n" + self.tr(
                "The badge printed for %1 will no longer scan: print one for the kept record "
                "if the guest needs it.").replace("%1", name)
        self.moves.setText(text)

    def on_merge_clicked(self) -> None:
        kept, dropped = self.chosen()

        def shown(err: Any) -> None:
            self.error.setText(str(err))
            self.error.show()

        if run_op(self, lambda: merge_guests(self.fair, kept, dropped),
                  on_error=shown) is FAILED:
            return
        self.kept_id = kept
        self.accept()
