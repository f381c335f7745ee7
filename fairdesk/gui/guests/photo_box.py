"""The photo box of the guest form: thumbnail, "Choose photo…", "Remove photo".

It calls the core (``fair.guests.set_photo`` / ``remove_photo``) and shows a refusal
as a sentence under the thumbnail. It reloads itself when the guest's photo changes
(``fair_changed``), whoever changed it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fairdesk.core.changes import Changes
from fairdesk.gui.qt import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPixmap,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.style import set_role, set_tone
from fairdesk.gui.widgets.ops import FAILED, run_op

THUMB_SIZE = (104, 133)  # the badge's photo shape (width = 0.78 of the height), narrow: the
# form beside the guest table leaves its fields room at 1366 px


def photo_changes_for(changes: Changes, guest_id: str) -> bool:
    """Whether ``changes`` touch this guest's photo."""
    for change in changes.items:
        if change.entity == "guest_photos":
            row = change.after or change.before or {}
            if row.get("guest_id") == guest_id:
                return True
    return False


class PhotoBox(QGroupBox):
    """One guest's optional photo, for badges and the desk card."""

    def __init__(self, fair: Any, parent: QWidget | None = None) -> None:
        """``fair`` is a callable returning the open Fair (the session's may change)."""
        super().__init__(parent)
        self._fair = fair
        self.guest_id: str | None = None
        self.setTitle(self.tr("Photo"))
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("photo_thumbnail")
        self.thumbnail.setFixedSize(*THUMB_SIZE)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)
        set_role(self.thumbnail, "photoFrame")
        self.info = QLabel(self)
        set_role(self.info, "photoInfo")
        self.info.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("Choose photo…"), self)
        self.choose_button.setObjectName("choose_photo")
        self.remove_button = QPushButton(self.tr("Remove photo"), self)
        self.remove_button.setObjectName("remove_photo")
        self.error = QLabel(self)
        self.error.setObjectName("photo_error")
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        self.error.setMaximumWidth(THUMB_SIZE[0] + 40)
        self.error.hide()
        self._lay_out()
        self.choose_button.clicked.connect(self.on_choose_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.thumbnail)
        centre.addStretch(1)
        layout.addLayout(centre)
        layout.addWidget(self.info)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.error)
        layout.addStretch(1)

    # --- showing -------------------------------------------------------------------------------
    def show_guest(self, guest_id: str | None) -> None:
        """Show this guest's photo (None: a guest not saved yet, nothing to show)."""
        self.guest_id = guest_id
        self.error.hide()
        self.reload()

    def reload(self) -> None:
        found = self._fair().guests.photo(self.guest_id) if self.guest_id else None
        self.choose_button.setEnabled(self.guest_id is not None)
        self.remove_button.setEnabled(found is not None)
        self.thumbnail.clear()
        if self.guest_id is None:
            self.thumbnail.setText(self.tr("Save the guest to add a photo"))
            self.info.setText("")
            return
        if found is None:
            self.thumbnail.setText(self.tr("No photo"))
            self.info.setText("")
            return
        data, mime = found
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            self.thumbnail.setPixmap(pixmap.scaled(
                *THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        kind = "JPEG" if mime == "image/jpeg" else "PNG"
        self.info.setText(f"{kind} · {max(1, round(len(data) / 1024))} KB")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # --- slots ---------------------------------------------------------------------------------
    def on_choose_clicked(self) -> None:
        if not self.guest_id:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Photos (*.jpg *.jpeg *.png);;All files (*)"))
        if path:
            self.set_photo_from(path)

    def set_photo_from(self, path: str) -> bool:
        """Give the guest the photo in ``path``; a refusal is shown in the box."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.show_error(self.tr("Cannot read %1: %2").replace("%1", Path(path).name)
                            .replace("%2", exc.strerror or str(exc)))
            return False
        return self._write(lambda: self._fair().guests.set_photo(self.guest_id, data))

    def on_remove_clicked(self) -> None:
        if self.guest_id:
            self._write(lambda: self._fair().guests.remove_photo(self.guest_id))

    def _write(self, write: Any) -> bool:
        if run_op(self, write, on_error=lambda err: self.show_error(str(err))) is FAILED:
            return False
        self.error.hide()
        self.reload()
        return True

    def on_fair_changed(self, changes: Changes) -> None:
        if self.guest_id and photo_changes_for(changes, self.guest_id):
            self.reload()
