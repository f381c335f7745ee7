"""The guests page: the guest list with its form, the follow-up lists, units' progress."""

from __future__ import annotations

from fairdesk.core.changes import Changes
from fairdesk.gui.guests.followup import FollowUpView, UnitProgressView
from fairdesk.gui.guests.list_view import GuestList
from fairdesk.gui.qt import QTabWidget, QVBoxLayout, QWidget
from fairdesk.gui.session import FairSession
from fairdesk.gui.widgets.page import Page


class GuestsPage(Page):
    """Guests, invitations and replies."""

    area = "guests"

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.guest_list = GuestList(session, self)
        self.follow_up = FollowUpView(session, self)
        self.progress = UnitProgressView(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.guest_list, self.tr("Guest list"))
        self.tabs.addTab(self.follow_up, self.tr("Follow-up"))
        self.tabs.addTab(self.progress, self.tr("Inviting units' progress"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.guest_list.import_requested.connect(self.on_import_requested)
        self.follow_up.guest_chosen.connect(self.on_guest_chosen)
        self.tabs.currentChanged.connect(self.on_tab_changed)

    def title(self) -> str:
        return self.tr("Guests")

    def refresh(self) -> None:
        self.guest_list.refresh()
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.follow_up:
            self.follow_up.refresh()
        elif current is self.progress:
            self.progress.refresh()

    def on_fair_changed(self, changes: Changes) -> None:
        if self.area not in changes.areas or self.wait_while_hidden():
            return
        self.guest_list.on_fair_changed(changes)
        self._refresh_tab()

    def save_requested(self) -> None:
        """Edit → Save (Ctrl+S): the guest on the form, if one is being shown or made."""
        form = self.guest_list.form
        if self.tabs.currentWidget() is self.guest_list and form.isEnabled():
            form.on_save_clicked()

    def delete_requested(self) -> None:
        """Edit → Delete (Del): the guest selected in the list, when the list has the focus."""
        if self.tabs.currentWidget() is self.guest_list:
            self.guest_list.delete_requested()

    def on_tab_changed(self, _index: int) -> None:
        self._refresh_tab()

    def on_guest_chosen(self, guest_id: str) -> None:
        self.tabs.setCurrentWidget(self.guest_list)
        self.guest_list.search_box.clear()
        row = self.guest_list.model.row_of(guest_id)
        if row >= 0:
            self.guest_list.view.selectRow(row)

    def on_import_requested(self) -> None:
        from fairdesk.gui.guests.import_wizard import ImportWizard
        wizard = ImportWizard(self.session, self)
        wizard.open()
