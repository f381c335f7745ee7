"""Catching a USB barcode scanner's keystrokes, whatever widget has focus.

A scanner is a keyboard that types a code very fast (about 10 ms a character)
and presses Enter. An application-wide event filter collects runs of [A-Z0-9]
typed with short gaps; Enter after a long enough run is a scan: the filter
emits ``code_scanned``, swallows the Enter and takes the code back out of the
line edit it fell into. Typing by hand (gaps of 80 ms and more) passes through
untouched. With a Chinese input method active, keys go to the input method and
arrive as a commit string; a commit that looks like a code is a scan too.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from fairdesk.core.badges.codes import TAIL
from fairdesk.gui.qt import (
    QAbstractSpinBox,
    QApplication,
    QEvent,
    QInputMethodEvent,
    QKeyEvent,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    Qt,
    QTextEdit,
    QWidget,
    Signal,
)

MIN_LENGTH = TAIL + 4  # the shortest badge code
MAX_GAP_S = 0.05  # longer pauses between keys are a person typing
SLOW_GAP_S = 0.4  # one hiccup allowed in a scan (the window was busy drawing)
_ALNUM = re.compile(r"^[0-9A-Za-z]$")
_CODE = re.compile(rf"^[0-9A-Za-z]{{{MIN_LENGTH},40}}$")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


class ScanCatcher(QObject):
    """Install with ``install()`` while the desk is visible, ``remove()`` when it is not."""

    code_scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, max_gap_s: float = MAX_GAP_S) -> None:
        super().__init__(parent)
        self.max_gap_s = max_gap_s
        self._keys: list[tuple[str, float]] = []  # recent [A-Z0-9] keys and when they came
        self._installed = False
        # Whether keys outside text boxes are held back from the first one (the desk, where
        # a scan is expected) or only once they come at scanner speed (every other page,
        # where a letter typed into a table's type-ahead must still reach it).
        self.hold_first_key: Callable[[], bool] = lambda: True

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False
        self._keys.clear()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.InputMethod):
            return False
        if not self._is_target(obj) or QApplication.activeModalWidget() is not None:
            return False  # seen elsewhere already, or a dialog is open: its keys are its own
        if kind == QEvent.Type.KeyPress:
            return self._on_key(obj, event)  # type: ignore[arg-type]
        return self._on_commit(event)  # type: ignore[arg-type]

    @staticmethod
    def _is_target(obj: QObject) -> bool:
        """Each key event is seen once: at the focus widget (or the window without one)."""
        if not isinstance(obj, QWidget):
            return False
        focus = QApplication.focusWidget()
        return obj is focus if focus is not None else obj.isWindow()

    @staticmethod
    def _time(event: QKeyEvent) -> float:
        """When the key was typed: the system's timestamp, else when it reached us."""
        stamp = event.timestamp()
        return stamp / 1000 if stamp else time.monotonic()

    def _fast_run(self, now: float) -> str:
        """The keys typed at scanner speed just before ``now`` (one hiccup allowed)."""
        run, hiccups, later = [], 0, now
        for char, at in reversed(self._keys):
            gap = later - at
            if gap > self.max_gap_s:
                hiccups += 1
                if gap > SLOW_GAP_S or hiccups > 1:
                    break
            run.append(char)
            later = at
        return "".join(reversed(run))

    def _on_key(self, obj: QObject, event: QKeyEvent) -> bool:
        now = self._time(event)
        if event.key() in _ENTER:
            code = self._fast_run(now)
            self._keys.clear()
            if len(code) >= MIN_LENGTH:
                self._take_back(obj, code)
                self.code_scanned.emit(code.upper())
                return True
            return False
        text = event.text()
        if not _ALNUM.match(text or "") or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._keys.clear()
            return False
        fast = bool(self._keys) and now - self._keys[-1][1] <= self.max_gap_s
        self._keys.append((text, now))
        del self._keys[:-64]
        # In a text box the keys go in (a person may be typing); elsewhere (a combo box's
        # type-ahead, a button) they would do something unwanted, so they are kept here.
        return not isinstance(obj, _TEXT_INPUTS) and (fast or self.hold_first_key())

    def _on_commit(self, event: QInputMethodEvent) -> bool:
        commit = "".join(event.commitString().split())
        if _CODE.match(commit):
            self._keys.clear()
            self.code_scanned.emit(commit.upper())
            return True
        return False

    @staticmethod
    def _take_back(obj: QObject, code: str) -> None:
        """Remove the scanned code from the line edit it was typed into."""
        if isinstance(obj, QLineEdit) and obj.text().upper().endswith(code.upper()):
            obj.setText(obj.text()[: len(obj.text()) - len(code)])
