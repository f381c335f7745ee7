"""What every page of the main window is."""

from __future__ import annotations

from fairdesk.core.changes import Changes
from fairdesk.gui.qt import QShowEvent, QWidget
from fairdesk.gui.session import FairSession


class Page(QWidget):
    """One area of the main window.

    Subclasses set ``area`` (one of fairdesk.core.changes.AREAS or "dashboard"),
    implement ``title()`` with ``self.tr(...)`` and ``refresh()``; refresh is
    called when a fair opens and when ``on_fair_changed`` decides it should.

    The main window builds a page the first time it is shown, reading the
    navigation title from the class: keep ``title()`` a plain ``self.tr("...")``
    (a title that needs the instance makes the window build the page at start).
    It sets ``refresh_when_hidden = False`` on the pages it hosts: a hidden page
    then only notes that it is stale and refreshes when shown, so opening a fair
    queries only the visible page. A page built on its own (tests, dialogs)
    refreshes at once.
    """

    area = ""
    icon = ""  # file name under resources/icons, optional

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.refresh_when_hidden = True
        self._stale = False
        session.fair_opened.connect(self.on_fair_opened)
        session.fair_changed.connect(self.on_fair_changed)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def request_refresh(self) -> None:
        """Refresh now, or when next shown if the page is hidden and may wait."""
        if not self.wait_while_hidden():
            self._stale = False
            self.refresh()

    def wait_while_hidden(self) -> bool:
        """True when the page is hidden and may wait: it is marked stale, and refreshes
        whole when next shown. Pages that update in part on a change skip the work then."""
        if self.refresh_when_hidden or self.isVisible():
            return False
        self._stale = True
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and self.session.fair is not None:
            self._stale = False
            self.refresh()

    def on_fair_opened(self, _fair: object) -> None:
        self.request_refresh()

    def on_fair_changed(self, changes: Changes) -> None:
        if self.area in changes.areas or self.area == "dashboard":
            self.request_refresh()
