"""The guest list: one search box, four filters, a lazy table, bulk actions, the form beside.

Every keystroke runs the core search and hands the ids to the lazy model;
only the rows on screen are read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fairdesk.core.changes import ChangeAction, Changes
from fairdesk.core.guests import views as guest_views
from fairdesk.core.vocab import GUEST_CATEGORIES, INVITATION_STATES, label, named
from fairdesk.gui.guests.actions import GuestActions
from fairdesk.gui.guests.form import GuestForm
from fairdesk.gui.guests.rows import (
    GuestOrder,
    country_label,
    guest_columns,
    state_colour,
)
from fairdesk.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    Qt,
    QTableView,
    QTimer,
    QToolBar,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fairdesk.gui.session import FairSession
from fairdesk.gui.style import set_tone
from fairdesk.gui.widgets.columns import ColumnChooser
from fairdesk.gui.widgets.id_model import IdListModel

if TYPE_CHECKING:
    from fairdesk.core.guests.search import GuestSearch

FILTERS = ("state", "category", "inviting_unit_id", "country")
# name, organisation, category, state, unit, country, arrival, reference: six of them beside
# the form at 1440 px, the rest a scroll (or a right-click on the header) away
COLUMN_WIDTHS = (160, 160, 70, 100, 100, 80, 100, 80)


class GuestList(QWidget):
    """Search, filters, table and form; ``import_requested`` asks the page for the wizard."""

    import_requested = Signal()

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.order: GuestOrder | None = None
        self.model = IdListModel(guest_columns(), self._fetch, order=self._order,
                                 colours={"state": state_colour}, parent=self)
        self.actions = GuestActions(session, self)
        self.form = GuestForm(session, self)
        self.form_timer = QTimer(self)
        self.form_timer.setSingleShot(True)
        self.form_timer.setInterval(120)
        self._build()
        self._connect_signals()

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("guest_search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Find a guest: name, pinyin (zw), organisation, last 4 digits of phone…"))
        self.filters = {key: QComboBox(self) for key in FILTERS}
        for key, box in self.filters.items():
            box.setObjectName(f"filter_{key}")
            box.setSizeAdjustPolicy(  # as wide as its "All …" reads (set when filled)
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(1)
        self.count_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setObjectName("guest_status")
        self.status.setWordWrap(True)
        self.view = self._table()
        top = QHBoxLayout()
        top.addWidget(self.search_box, 3)
        for box in self.filters.values():
            top.addWidget(box)
        top.addWidget(self.count_label)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.form)  # never narrower than its fields (its minimumSizeHint)
        splitter.setStretchFactor(0, 1)  # the table takes what the form leaves, and more
        splitter.setStretchFactor(1, 0)
        self.splitter = splitter
        self._placed = False
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.status.hide()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """Shown first: the form as narrow as its fields allow, the table the rest."""
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            form = self.form.minimumSizeHint().width()
            self.splitter.setSizes([max(self.splitter.width() - form, 1), form])

    def _table(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("guest_table")
        view.setModel(self.model)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)  # no column yet: search results stay best-first
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setDefaultSectionSize(24)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            view.setColumnWidth(column, width)
        self.columns = ColumnChooser(view, self.model.columns, "guests")
        return view

    def _toolbar(self) -> QToolBar:
        """The actions, in a tool bar that folds the overflow into a » menu when narrow."""
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_button = self._button(bar, self.tr("New guest"))
        self.import_button = self._button(bar, self.tr("Import…"))
        bar.addSeparator()
        self.state_button = self._menu_button(self.tr("Change state"),
                                              self.actions.state_menu(self.selected_ids))
        bar.addWidget(self.state_button)
        self.unit_button = self._menu_button(self.tr("Set inviting unit"),
                                             self.actions.unit_menu(self.selected_ids))
        bar.addWidget(self.unit_button)
        self.letters_button = self._button(bar, self.tr("Print letters…"))
        self.badges_button = self._button(bar, self.tr("Print badges…"))
        self.cards_button = self._button(bar, self.tr("Table cards…"))
        bar.addSeparator()
        self.merge_button = self._button(bar, self.tr("Merge guests…"))
        self.merge_button.setToolTip(self.tr("Make two selected records of one person one"))
        self.delete_button = self._button(bar, self.tr("Delete guest"))
        self.delete_button.setToolTip(self.tr("Delete the selected guest (Delete)"))
        bar.addSeparator()
        self.export_button = self._button(bar, self.tr("Export selection…"))
        self.export_all_button = self._button(bar, self.tr("Export all…"))
        return bar

    def _button(self, bar: QToolBar, text: str) -> QPushButton:
        button = _whole(QPushButton(text, self))
        bar.addWidget(button)
        return button

    def _menu_button(self, text: str, menu: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setMenu(menu)
        return _whole(button, extra=18)  # and its menu arrow

    def _connect_signals(self) -> None:
        self.search_box.textChanged.connect(self.on_search_changed)
        self.form_timer.timeout.connect(self.on_form_timer_timeout)
        for box in self.filters.values():
            box.currentIndexChanged.connect(self.on_filter_changed)
        self.view.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.import_button.clicked.connect(self.import_requested)
        self.letters_button.clicked.connect(lambda: self.actions.print_letters(
            self.selected_ids()))
        self.badges_button.clicked.connect(lambda: self.actions.print_badges(
            self.selected_ids(), self.model.ids()))
        self.cards_button.clicked.connect(lambda: self.actions.print_table_cards(
            self.selected_ids()))
        self.merge_button.clicked.connect(lambda: self.actions.merge(self.selected_ids()))
        self.delete_button.clicked.connect(lambda: self.actions.delete(self.selected_ids()))
        self.export_button.clicked.connect(lambda: self.actions.export(self.selected_ids()))
        self.export_all_button.clicked.connect(lambda: self.actions.export(None))
        self.actions.done.connect(self.on_action_done)
        self.actions.failed.connect(self.on_action_failed)
        self.form.guest_saved.connect(self.on_guest_saved)

    # --- data ----------------------------------------------------------------------------------
    @property
    def fair(self) -> Any:
        return self.session.fair

    def _fetch(self, ids: list[str]) -> dict[str, dict]:
        return guest_views.table_rows(self.fair, ids)

    def _order(self, ids: list[str], key: str, descending: bool) -> list[str]:
        if self.order is None or self.order.fair is not self.fair:
            self.order = GuestOrder(self.fair)
        return self.order(ids, key, descending)

    def _searcher(self) -> GuestSearch:
        """The open fair's shared search index (the core keeps it up to date from Changes).

        The search code (pinyin, folding) loads here, when the guests are first listed.
        """
        from fairdesk.core.guests.search import GuestSearch

        return GuestSearch.of(self.fair)

    def refresh(self) -> None:
        """Reload filters and results (a fair opened, or guests changed wholesale)."""
        self.order = None
        self._fill_filters()
        self.model.invalidate()
        self.apply_search()
        self.form.show_guest(self.current_id())

    def _fill_filters(self) -> None:
        units = [(named(u), u["id"]) for u in self.fair.guests.list("inviting_units")]
        countries = guest_views.countries(self.fair)
        items = {
            "state": [(label(INVITATION_STATES, c), c) for c in INVITATION_STATES],
            "category": [(label(GUEST_CATEGORIES, c), c) for c in GUEST_CATEGORIES],
            "inviting_unit_id": units,
            "country": sorted(((country_label(c), c) for c in countries),
                              key=lambda x: (x[1] != "CN", x[0])),
        }
        everyone = {"state": self.tr("All states"), "category": self.tr("All categories"),
                    "inviting_unit_id": self.tr("All inviting units"),
                    "country": self.tr("All countries")}
        for key, box in self.filters.items():
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone[key], "")
            for text, code in items[key]:
                box.addItem(text, code)
            box.setCurrentIndex(max(box.findData(chosen), 0) if chosen else 0)
            box.blockSignals(False)
            _fit(box, everyone[key])

    def filter_values(self) -> dict[str, str | None]:
        return {key: (box.currentData() or None) for key, box in self.filters.items()}

    def apply_search(self) -> None:
        ids = self._searcher().search(self.search_box.text(), **self.filter_values())
        current = self.current_id()
        self.model.set_ids(ids)
        total = self.fair.guests.count("guests")
        self.count_label.setText(self.tr("%1 of %2").replace("%1", f"{len(ids):,}")
                                 .replace("%2", f"{total:,}"))
        self._reselect(current)

    def _reselect(self, guest_id: str | None) -> None:
        row = self.model.row_of(guest_id) if guest_id else -1
        if row < 0 and self.model.rowCount() and self.search_box.text():
            row = 0  # typing finds a guest: the best match is shown at once
        if row >= 0:
            self.view.selectRow(row)
        elif self.form.guest_id is not None and not self.form.is_dirty():
            self.form_timer.stop()
            self.form.show_guest(None)  # (typed edits stay on the form until saved or left)

    def delete_requested(self) -> None:
        """The Delete key (Edit → Delete) with the list in focus: the selected guest, after
        asking; in the form it deletes nothing (the key belongs to its fields there)."""
        if self.view.hasFocus():
            self.actions.delete(self.selected_ids())

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    # --- slots ---------------------------------------------------------------------------------
    def on_search_changed(self, _text: str) -> None:
        self.apply_search()

    def on_filter_changed(self, _index: int) -> None:
        self.apply_search()

    def on_current_row_changed(self, current: Any, _previous: Any) -> None:
        if self.search_box.hasFocus():  # typing: the form follows once the user pauses
            self.form_timer.start()
        else:
            self.on_form_timer_timeout()

    def on_form_timer_timeout(self) -> None:
        guest_id = self.current_id()
        if guest_id == self.form.guest_id:
            return
        if not self.form.confirm_leave():  # stay on the guest being edited
            row = self.model.row_of(self.form.guest_id) if self.form.guest_id else -1
            if row >= 0:
                self.view.selectRow(row)
            return
        self.form.show_guest(guest_id)

    def on_new_clicked(self) -> None:
        if self.form.confirm_leave():
            self.form.new_guest()

    def on_fair_changed(self, changes: Changes) -> None:
        guest_ids = changes.ids("guests")
        creates = any(c.action in (ChangeAction.CREATE, ChangeAction.DELETE) for c in changes.items
                      if c.entity in ("guests", "inviting_units"))
        self.order = None
        if creates or "inviting_units" in changes.entities:
            self._fill_filters()
            self.model.invalidate()
            self.apply_search()
            if creates:  # again once the search index (a later listener) holds them too
                QTimer.singleShot(0, self.apply_search)
        else:
            self.model.invalidate(guest_ids)
            if "guests" in changes.entities and (self.search_box.text().strip()
                              or any(box.currentData() for box in self.filters.values())):
                # a changed guest may no longer pass the filter; searched once the core's
                # index (another listener of the same commit) has read the change too
                QTimer.singleShot(0, self.apply_search)

    def on_guest_saved(self, guest_id: str) -> None:
        row = self.model.row_of(guest_id)
        if row >= 0:
            self.view.selectRow(row)

    def on_action_done(self, text: str) -> None:
        set_tone(self.status, "ok")
        self.status.setText(text)
        self.status.show()

    def on_action_failed(self, text: str) -> None:
        set_tone(self.status, "error")
        self.status.setText(text)
        self.status.show()


def _fit(box: QComboBox, everyone: str) -> None:
    """The filter reads its whole "All …" closed, and its longest choice when open."""
    box.ensurePolished()
    arrow = box.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 24
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance(everyone) + arrow)
    box.view().setMinimumWidth(max(box.view().sizeHintForColumn(0) + arrow, box.minimumWidth()))


def _whole(button: QPushButton, extra: int = 0) -> QPushButton:
    """A button as wide as its text with the style sheet's padding ("打印邀请函…" whole)."""
    button.ensurePolished()
    width = button.fontMetrics().horizontalAdvance(button.text()) + 24 + extra
    button.setMinimumWidth(max(width, button.sizeHint().width()))
    return button
