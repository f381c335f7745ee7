"""Who rides on a trip: add attending guests (searched by name or pinyin), remove riders.

Each add or remove is one write through the reception service, so a clash (a
guest on two trips at once, too few seats) is refused and said in a sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fairdesk.base.errors import FairdeskError
from fairdesk.core.reception.views import transport as transport_views
from fairdesk.core.vocab import GUEST_CATEGORIES, label
from fairdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QWidget,
)
from fairdesk.gui.style import set_role
from fairdesk.gui.widgets.ops import run_op

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

SHOWN = 200  # guests listed at once; type to narrow


class PassengersDialog(QDialog):
    def __init__(self, fair: Fair, trip_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fair = fair
        self.trip_id = trip_id
        trip = fair.get("trips", trip_id)
        self.setWindowTitle(
            self.tr("Passengers: %1 %2 → %3")
            .replace("%1", trip["starts_at"][5:16].replace("T", " "))
            .replace("%2", trip["from_place"])
            .replace("%3", trip["to_place"])
        )
        self.riders = QListWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, pinyin or initials"))
        self.candidates = QListWidget()
        self.add_button = QPushButton(self.tr("← Add"))
        self.remove_button = QPushButton(self.tr("Remove →"))
        self.seats = QLabel()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        set_role(self.banner, "banner")
        self.banner.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("On this trip")), 0, 0)
        grid.addWidget(self.search, 0, 2)
        grid.addWidget(self.riders, 1, 0, 3, 1)
        grid.addWidget(self.add_button, 1, 1)
        grid.addWidget(self.remove_button, 2, 1)
        grid.addWidget(self.candidates, 1, 2, 3, 1)
        grid.addWidget(self.seats, 4, 0, 1, 3)
        grid.addWidget(self.banner, 5, 0, 1, 3)
        grid.addWidget(buttons, 6, 0, 1, 3)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        self.resize(760, 480)
        self.search.textChanged.connect(self.on_search_changed)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.candidates.itemDoubleClicked.connect(self.on_add_clicked)
        self.riders.itemDoubleClicked.connect(self.on_remove_clicked)
        self.refresh()

    def refresh(self) -> None:
        self.riders.clear()
        rows = transport_views.riders(self.fair, self.trip_id)
        for r in rows:
            text = f"{r.companion}（{r.name}）" if r.companion else r.name
            self._item(self.riders, text, r.id)
        seats = transport_views.trip_seats(self.fair, self.trip_id)
        self.seats.setText(
            self.tr("%1 on board").replace("%1", str(len(rows)))
            + (self.tr(" · %1 seats").replace("%1", str(seats)) if seats else "")
        )
        self.on_search_changed(self.search.text())

    def _item(self, target: QListWidget, text: str, key: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        target.addItem(item)

    def on_search_changed(self, text: str) -> None:
        self.candidates.clear()
        rows = transport_views.candidates(self.fair, self.trip_id, text, SHOWN)
        for r in rows:
            arrives = f" · {r.arrival_at[5:16].replace('T', ' ')}" if r.arrival_at else ""
            self._item(
                self.candidates,
                f"{r.name}（{label(GUEST_CATEGORIES, r.category)}）{arrives}",
                r.id,
            )

    def _write(self, action) -> None:  # noqa: ANN001
        self.banner.hide()
        run_op(self, action, on_error=self.show_refusal)
        self.refresh()

    def show_refusal(self, err: FairdeskError) -> None:
        """In the dialog's banner: the list stays in view to pick someone else."""
        self.banner.setText(str(err))
        self.banner.show()

    def on_add_clicked(self, *_args: object) -> None:
        item = self.candidates.currentItem()
        if item is not None:
            guest = item.data(Qt.ItemDataRole.UserRole)
            self._write(lambda: self.fair.reception.add_passengers(self.trip_id, [guest]))

    def on_remove_clicked(self, *_args: object) -> None:
        item = self.riders.currentItem()
        if item is not None:
            rider = item.data(Qt.ItemDataRole.UserRole)
            self._write(lambda: self.fair.reception.delete("trip_passengers", rider))

    def banner_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""
