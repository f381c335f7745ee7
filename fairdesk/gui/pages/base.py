"""What every page of the main window is."""

from __future__ import annotations

from fairdesk.core.changes import Changes
from fairdesk.gui.qt import QWidget
from fairdesk.gui.session import FairSession


class Page(QWidget):
    """One area of the main window.

    Subclasses set ``area`` (one of fairdesk.core.changes.AREAS or "dashboard"),
    implement ``title()`` with ``self.tr(...)`` and ``refresh()``; refresh is
    called when a fair opens and when ``on_fair_changed`` decides it should.
    """

    area = ""
    icon = ""  # file name under resources/icons, optional

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.fair_opened.connect(self.on_fair_opened)
        session.fair_changed.connect(self.on_fair_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def on_fair_opened(self, _fair: object) -> None:
        self.refresh()

    def on_fair_changed(self, changes: Changes) -> None:
        if self.area in changes.areas or self.area == "dashboard":
            self.refresh()
