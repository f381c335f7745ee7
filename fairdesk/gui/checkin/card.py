"""The large card the desk shows after a scan: green, amber or red, with the guest at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fairdesk.core.badges.checkin import ScanResult, ScanStatus
from fairdesk.core.badges.desk_card import GuestCard
from fairdesk.gui import style
from fairdesk.gui.qt import (
    QColor,
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QObject,
    QPainter,
    QPaintEvent,
    QPixmap,
    Qt,
    QVariantAnimation,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from fairdesk.gui.session import FairSession

COLOURS = {"green": ("#1E7B34", "#E6F4EA"), "amber": ("#B86E00", "#FFF3DC"),
           "red": ("#B3141B", "#FCE8E8"), "idle": ("#1F3556", "#F3F5F8")}
SYMBOLS = {"green": "✔", "amber": "!", "red": "✖", "idle": "▣"}
PHOTO_SIZE = (150, 195)
PRIVATE_TILES = {"car": "drivers", "escort": "escorts"}  # tile -> the entity of its phone


def _reveal_hint() -> str:
    return QCoreApplication.translate("Privacy", "Hidden for your role: click to show it in "
                                      "full (the audit log notes that you did).")


def _label(object_name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CheckInCard(QFrame):
    """Shows one :class:`ScanResult`; ``flash()`` pulses its colour for a busy desk.

    With a ``session``, the driver's and the escort's phones are masked as the operator's
    role requires; a click on the tile shows them in full (noted in the audit log)."""

    def __init__(self, parent: QWidget | None = None, *,
                 session: FairSession | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.shown_card: GuestCard | None = None
        self.setObjectName("checkInCard")
        self.colour = "idle"
        self._background = QColor(COLOURS["idle"][1])
        self._build()
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(1400)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self.on_flash_step)
        self.clear()

    def _build(self) -> None:
        self.banner = _label("cardBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.detail = _label("cardDetail")  # the why, when and where under the heading
        self.photo = QLabel()
        self.photo.setObjectName("cardPhoto")
        self.photo.setFixedSize(*PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = _label("cardName")
        self.latin = _label("cardLatin")
        self.vip = QLabel()
        self.vip.setObjectName("cardVip")
        self.category = QLabel()
        self.category.setObjectName("cardCategory")
        self.organisation = _label("cardOrganisation")
        chips = QHBoxLayout()
        chips.addWidget(self.category)
        chips.addWidget(self.vip)
        chips.addStretch(1)
        who = QVBoxLayout()
        who.addWidget(self.name)
        who.addWidget(self.latin)
        who.addLayout(chips)
        who.addWidget(self.organisation)
        who.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(who, 1)
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        for i, (key, title) in enumerate((
                ("hotel", self.tr("Hotel and room")), ("car", self.tr("Car and driver")),
                ("escort", self.tr("Escort")), ("notes", self.tr("Notes for the desk")))):
            tile = QFrame()
            tile.setObjectName("factTile")
            caption = QLabel(title)
            caption.setObjectName("factCaption")
            value = _label("factValue")
            value.setMinimumHeight(52)
            value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.facts[key] = value
            if key in PRIVATE_TILES:
                value.installEventFilter(self)
            inside = QVBoxLayout(tile)
            inside.setContentsMargins(12, 8, 12, 8)
            inside.addWidget(caption)
            inside.addWidget(value)
            grid.addWidget(tile, i // 2, i % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body = QVBoxLayout()
        body.setContentsMargins(22, 16, 22, 18)
        body.addLayout(top)
        body.addSpacing(14)
        body.addLayout(grid)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.detail)
        layout.addLayout(body, 1)

    # --- showing ---------------------------------------------------------------------------
    def clear(self) -> None:
        self.colour = "idle"
        self.banner.setText(f"{SYMBOLS['idle']}  " + self.tr("Ready: scan a badge"))
        self.detail.hide()
        self.guest_id: str | None = None
        self.name.setText(self.tr("Waiting for a scan"))
        for label in (self.latin, self.organisation, self.vip, self.category):
            label.clear()
        self.category.hide()
        self.vip.hide()
        self.photo.clear()
        self.photo.setText(self.tr("Photo"))
        for value in self.facts.values():
            value.setText("—")
        self._restyle()
        self._paint(QColor(COLOURS["idle"][1]))

    def show_result(self, result: ScanResult, *, session: str = "", preview: str = "",
                    flash: bool = True) -> None:
        """Show a scan's result; ``session`` is the title of the session signed in to (empty at
        registration); ``preview`` the hint shown when nothing was recorded (a look-up);
        ``flash=False`` for the same card read again after a change (no new scan)."""
        self.colour = "idle" if preview and result.ok else result.colour
        heading, detail = self._wording(result, session, preview)
        self.banner.setText(f"{SYMBOLS[self.colour]}  {heading}")
        if result.warning is not None:  # a badge reissued at two desks: said whatever the colour
            detail = " · ".join(x for x in (detail, str(result.warning)) if x)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.guest_id = result.guest["id"] if result.guest else None
        if result.card is not None:
            self._show_card(result.card)
        else:
            self._show_no_guest()
        self._restyle()
        if flash:
            self.flash()

    def _wording(self, result: ScanResult, session: str, preview: str) -> tuple[str, str]:
        """(heading, detail): the heading says what happened, the detail adds what it does not
        (when and where for a repeat, the reason for a refusal), never the heading again."""
        if result.status == ScanStatus.ALREADY_CHECKED_IN:
            earlier = result.check_in or {}
            when = (earlier.get("at") or "")[:16].replace("T", " ")
            return ((self.tr("Already signed in") if session else self.tr("Already checked in")),
                    self.tr("First at %1, desk %2").replace("%1", when)
                    .replace("%2", earlier.get("desk") or "—") + (f" · {preview}" if preview
                                                                   else ""))
        if not result.ok:
            return self.tr("Cannot check in") if preview else self.tr("Refused"), str(result.reason)
        if preview:
            return (self.tr("Not signed in yet") if session else self.tr("Not checked in yet"),
                    preview)
        if session:
            return self.tr("Signed in"), session
        return self.tr("Checked in"), self.tr("Welcome!")

    def _show_no_guest(self) -> None:
        self.name.setText(self.tr("No guest for this code"))
        for label in (self.latin, self.organisation):
            label.clear()
        self.category.hide()
        self.vip.hide()
        self.photo.clear()
        self.photo.setText("?")
        for value in self.facts.values():
            value.setText("—")

    def _show_card(self, card: GuestCard) -> None:
        self.name.setText(" ".join(x for x in (card.name, card.honorific) if x))
        self.latin.setText(card.name_latin if card.name_latin != card.name else "")
        zh, en = card.category_zh_en
        self.category.setText(f" {zh} {en} ")
        self.category.setStyleSheet(style.category_badge(card.colour))
        self.category.show()
        self.vip.setText("★ VIP")
        self.vip.setVisible(card.vip)
        self.organisation.setText(" · ".join(x for x in (card.organisation, card.title,
                                                         card.inviting_unit) if x))
        self._show_photo(card.photo)
        self.facts["hotel"].setText(" ".join(x for x in (card.hotel, card.room) if x) or "—")
        self.shown_card = card
        self._show_people(card)
        self.facts["notes"].setText(" · ".join(x for x in (card.desk_notes, card.dietary)
                                               if x) or "—")

    def _person(self, name: str, record_id: str, phone: str, masked_text: str) -> str:
        """Name and phone as the operator may see them (the core's masked text when the card
        has no session to ask)."""
        if self.session is None:
            return masked_text
        return " ".join(x for x in (name, self.session.shown("phone", record_id or None, phone))
                        if x)

    def _show_people(self, card: GuestCard) -> None:
        driver = self._person(card.driver_name, card.driver_id, card.driver_phone, card.driver)
        escort = self._person(card.escort_name, card.escort_id, card.escort_phone, card.escort)
        self.facts["car"].setText("\n".join(x for x in (
            " ".join(y for y in (card.car, driver) if y), card.trip) if x) or "—")
        self.facts["escort"].setText(escort or "—")
        for key, record_id, phone in (("car", card.driver_id, card.driver_phone),
                                      ("escort", card.escort_id, card.escort_phone)):
            hidden = bool(phone) and self.session is not None and self.session.is_masked(
                "phone", record_id or None)
            self.facts[key].setToolTip(_reveal_hint() if hidden else "")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.MouseButtonRelease and self.shown_card is not None:
            for key, entity in PRIVATE_TILES.items():
                if obj is self.facts[key]:
                    self.reveal(key, entity)
        return False

    def reveal(self, key: str, entity: str) -> bool:
        """Show the phone of the ``key`` tile ("car", "escort") in full, audited; False when
        there was nothing hidden there."""
        card = self.shown_card
        if card is None or self.session is None:
            return False
        record_id, phone = ((card.driver_id, card.driver_phone) if key == "car"
                            else (card.escort_id, card.escort_phone))
        if not (record_id and phone and self.session.reveal(entity, record_id, "phone")):
            return False
        self._show_people(card)
        return True

    def _show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo.setPixmap(pixmap.scaled(*PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo.clear()
            self.photo.setText(self.tr("No photo"))

    # --- the flash ---------------------------------------------------------------------------
    def flash(self) -> None:
        strong, pale = COLOURS[self.colour]
        self._animation.stop()
        self._animation.setStartValue(QColor(strong))
        self._animation.setEndValue(QColor(pale))
        self._animation.start()

    def on_flash_step(self, colour: QColor) -> None:
        self._paint(colour)

    def _paint(self, background: QColor) -> None:
        self._background = QColor(background)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._background)
        painter.end()
        super().paintEvent(event)

    def _restyle(self) -> None:
        """The stylesheet for the current colour (set once per scan, not per flash step)."""
        strong = COLOURS[self.colour][0]
        self.setStyleSheet(style.check_in_card(strong))
