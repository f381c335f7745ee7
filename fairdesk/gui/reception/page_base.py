"""What the roster pages share: the areas they watch and how they refresh on a change."""

from __future__ import annotations

from fairdesk.core.changes import Changes
from fairdesk.gui.qt import QFrame, QScrollArea, QVBoxLayout, QWidget
from fairdesk.gui.widgets.page import Page


class RosterPage(Page):
    """A reception page; refreshes when reception, guest (or agenda) records change."""

    area = "reception"
    watched: tuple[str, ...] = ("reception", "guests")

    def on_fair_changed(self, changes: Changes) -> None:
        if changes.areas & set(self.watched):
            self.request_refresh()  # lazy while hidden in the main window

    def body_layout(self) -> QVBoxLayout:
        """The layout to fill, inside a scroll area: on a small laptop screen the dense
        page scrolls instead of forcing the window wider than the screen."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        return QVBoxLayout(body)
