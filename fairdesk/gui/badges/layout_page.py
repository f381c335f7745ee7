"""The badge layout editor: the committee shapes the badge, and sees real guests in it.

Stock (a preset card or sheet, with its margins and gutters), the coloured bands, the
fields' boxes (position, size, font size and its legible minimum, alignment, colour),
category colours, an emblem and the pre-printed artwork. A Front/Back switch shows either
side's boxes and bands (the back may also hold the guest's agenda, hotel, car, escort and
the committee's hotline; with no back boxes the fixed back prints). Every edit is read back
through :func:`fairdesk.core.badges.layout.from_dict` — a mistake is one sentence under
the preview — and the preview is the very PDF the printer gets, rendered to an image,
with the first guests of the fair. Saving stores the layout in the fair, where the
window's and the command line's printing (size "layout") find it.
"""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO
from pathlib import Path

from fairdesk.base.errors import FairdeskError, ValidationError
from fairdesk.base.i18n import t
from fairdesk.core.badges import layout as core_layout
from fairdesk.core.badges.desk_card import category_colour
from fairdesk.core.badges.snapshot import preview_job
from fairdesk.core.vocab import GUEST_CATEGORIES, label
from fairdesk.gui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QImage,
    QLabel,
    QPixmap,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyledItemDelegate,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.style import set_role
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.page import Page

COLUMNS = ("key", "x", "y", "w", "h", "size", "min_size", "align", "colour")
ALIGN_COLUMN = COLUMNS.index("align")
translate = QCoreApplication.translate  # literal contexts, for lupdate


def align_words() -> dict[str, str]:
    """The alignments by code, in the window's language."""
    return {"left": translate("BadgeLayoutPage", "left"),
            "centre": translate("BadgeLayoutPage", "centre"),
            "right": translate("BadgeLayoutPage", "right")}


class AlignDelegate(QStyledItemDelegate):
    """The alignment cell: chosen from a list in the window's language, stored as its code."""

    def createEditor(self, parent, _option, _index):  # noqa: ANN001, ANN201, N802 — Qt's names
        box = QComboBox(parent)
        for code, word in align_words().items():
            box.addItem(word, code)
        return box

    def setEditorData(self, editor, index) -> None:  # noqa: ANN001, N802
        found = editor.findData(index.data(Qt.ItemDataRole.UserRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor, model, index) -> None:  # noqa: ANN001, N802
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
PREVIEW_DPI = 110


class BadgeLayoutPage(Page):
    area = "badges"

    def __init__(self, session, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(session, parent)
        self.layout_: core_layout.BadgeLayout = core_layout.default_layout()
        self.error = ""
        self.back = False  # which side the fields table, the bands and the preview show
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._build()
        self._connect_signals()

    def title(self) -> str:
        return self.tr("Badge layout")

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.stock_box = QComboBox(self)
        self.stock_box.setObjectName("layout_stock")
        for code, stock in core_layout.STOCKS.items():
            self.stock_box.addItem(t(stock.zh, stock.en), code)
        form.addRow(self.tr("Card stock:"), self.stock_box)
        self.front_radio = QRadioButton(self.tr("Front"), self)
        self.back_radio = QRadioButton(self.tr("Back"), self)
        self.front_radio.setObjectName("layout_front")
        self.back_radio.setObjectName("layout_back")
        self.front_radio.setChecked(True)
        self.side_group = QButtonGroup(self)
        sides = QHBoxLayout()
        for radio in (self.front_radio, self.back_radio):
            self.side_group.addButton(radio)
            sides.addWidget(radio)
        self.fixed_back_button = QPushButton(self.tr("Use the fixed back"), self)
        sides.addWidget(self.fixed_back_button)
        sides.addStretch(1)
        form.addRow(self.tr("Side:"), sides)
        self.head_spin, self.foot_spin = self._mm_spin(), self._mm_spin()
        form.addRow(self.tr("Top band (mm):"), self.head_spin)
        form.addRow(self.tr("Bottom band (mm):"), self.foot_spin)
        self.emblem_button = QPushButton(self.tr("Emblem…"), self)
        self.background_button = QPushButton(self.tr("Pre-printed artwork…"), self)
        self.print_background = QCheckBox(self.tr("Print the artwork (plain card stock)"), self)
        images = QHBoxLayout()
        images.addWidget(self.emblem_button)
        images.addWidget(self.background_button)
        form.addRow(self.tr("Images:"), images)
        form.addRow("", self.print_background)
        left.addLayout(form)
        self.fields = QTableWidget(0, len(COLUMNS), self)
        self.fields.setObjectName("layout_fields")
        self.fields.setHorizontalHeaderLabels(self._headers())
        self.fields.setItemDelegateForColumn(ALIGN_COLUMN, AlignDelegate(self.fields))
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        left.addWidget(self.fields, 1)
        adding = QHBoxLayout()
        self.add_box = QComboBox(self)
        self.add_box.setObjectName("layout_add_field")
        self.add_button = QPushButton(self.tr("Add field"), self)
        self.remove_field_button = QPushButton(self.tr("Remove selected field"), self)
        adding.addWidget(self.add_box, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_field_button)
        left.addLayout(adding)
        self.colours = QTableWidget(len(GUEST_CATEGORIES), 2, self)
        self.colours.setObjectName("layout_colours")
        self.colours.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Colour")])
        self.colours.setMaximumHeight(170)
        self.colours.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        left.addWidget(self.colours)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save layout"), self)
        self.default_button = QPushButton(self.tr("This side from the default"), self)
        self.remove_button = QPushButton(self.tr("Print the fixed sizes again"), self)
        for b in (self.save_button, self.default_button, self.remove_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setObjectName("layout_message")
        self.message.setWordWrap(True)
        set_role(self.message, "hint")
        left.addWidget(self.message)
        root.addLayout(left, 3)
        self.preview = QLabel(self)
        self.preview.setObjectName("layout_preview")
        scroll = QScrollArea(self)
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(False)
        root.addWidget(scroll, 2)

    def _mm_spin(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0, 80)
        spin.setDecimals(1)
        return spin

    def _headers(self) -> list[str]:
        # the unit on a line of its own: nine headings side by side fit a 1366 laptop
        return [self.tr("Field"), self.tr("x\nmm"), self.tr("y\nmm"), self.tr("width\nmm"),
                self.tr("height\nmm"), self.tr("size\npt"), self.tr("min\npt"),
                self.tr("align"), self.tr("colour")]

    def _connect_signals(self) -> None:
        self.stock_box.currentIndexChanged.connect(self.on_stock_chosen)
        self.back_radio.toggled.connect(self.on_side_chosen)
        self.fixed_back_button.clicked.connect(self.on_fixed_back)
        for spin in (self.head_spin, self.foot_spin):
            spin.valueChanged.connect(self.on_edited)
        self.print_background.toggled.connect(self.on_edited)
        self.fields.itemChanged.connect(self.on_edited)
        self.colours.itemChanged.connect(self.on_edited)
        self.emblem_button.clicked.connect(lambda: self.on_image_asked("emblem"))
        self.background_button.clicked.connect(lambda: self.on_image_asked("background"))
        self.add_button.clicked.connect(self.on_add_field)
        self.remove_field_button.clicked.connect(self.on_remove_field)
        self.save_button.clicked.connect(self.on_save)
        self.default_button.clicked.connect(self.on_default)
        self.remove_button.clicked.connect(self.on_remove)
        self._timer.timeout.connect(self.update_preview)

    # --- showing a layout ---------------------------------------------------------------------
    def refresh(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        try:
            stored = core_layout.fair_layout(fair)
        except FairdeskError as err:  # a damaged layout in the file: start from the default
            stored, self.error = None, str(err)
        self.show_layout(stored or core_layout.default_layout(
            str(fair.setting("badge.size") or "a6").lower()
            if str(fair.setting("badge.size") or "a6").lower() in core_layout.STOCKS else "a6"))

    def show_layout(self, layout: core_layout.BadgeLayout) -> None:
        self._loading = True
        self.layout_ = layout
        index = self.stock_box.findData(layout.stock.code)
        if index >= 0:
            self.stock_box.setCurrentIndex(index)
        self.front_radio.setChecked(not self.back)
        self.back_radio.setChecked(self.back)
        self.fixed_back_button.setEnabled(self.back and bool(layout.back))
        head, foot = (layout.back_head_mm, layout.back_foot_mm) if self.back else (
            layout.head_mm, layout.foot_mm)
        self.head_spin.setValue(head)
        self.foot_spin.setValue(foot)
        self.print_background.setChecked(layout.print_background)
        boxes = layout.back if self.back else layout.front
        self.fields.setRowCount(len(boxes))
        for row, box in enumerate(boxes):
            for col, key in enumerate(COLUMNS):
                value = getattr(box, key)
                text = f"{round(value, 1):g}" if isinstance(value, float) else str(value)
                self.fields.setItem(row, col, QTableWidgetItem(text))
            self.fields.setItem(row, 0, _coded(t(*core_layout.ALL_FIELDS[box.key]), box.key))
            align = QTableWidgetItem(align_words().get(box.align, box.align))
            align.setData(Qt.ItemDataRole.UserRole, box.align)  # the code, what is stored
            self.fields.setItem(row, ALIGN_COLUMN, align)
        self.add_box.clear()
        shown = {box.key for box in boxes}
        for key, names in (core_layout.ALL_FIELDS if self.back else core_layout.FIELDS).items():
            if key not in shown:
                self.add_box.addItem(t(*names), key)
        self.add_button.setEnabled(self.add_box.count() > 0)
        for row, category in enumerate(GUEST_CATEGORIES):
            self.colours.setItem(row, 0, _coded(label(GUEST_CATEGORIES, category), category))
            self.colours.setItem(row, 1, QTableWidgetItem(
                layout.colours.get(category) or category_colour(category)))
        self._loading = False
        self.update_preview()

    def edited_layout(self) -> core_layout.BadgeLayout:
        """The layout the widgets show. Raises ValidationError naming what is wrong."""
        boxes = [{key: self._cell(self.fields, row, col) for col, key in enumerate(COLUMNS)}
                 for row in range(self.fields.rowCount())]
        colours = {self._cell(self.colours, r, 0): self._cell(self.colours, r, 1)
                   for r in range(self.colours.rowCount()) if self._cell(self.colours, r, 1)}
        side = "back_" if self.back else ""
        data = {**self.layout_.to_dict(), "back" if self.back else "front": boxes,
                "colours": colours, f"{side}head_mm": self.head_spin.value(),
                f"{side}foot_mm": self.foot_spin.value(),
                "print_background": self.print_background.isChecked()}
        return core_layout.from_dict(data)

    @staticmethod
    def _cell(table: QTableWidget, row: int, col: int) -> str:
        """A cell's text; a label cell's code (the field or category it names)."""
        item = table.item(row, col)
        if item is None:
            return ""
        code = item.data(Qt.ItemDataRole.UserRole)
        return str(code) if code else item.text().strip()

    # --- slots --------------------------------------------------------------------------------
    def on_edited(self, *_args: object) -> None:
        if not self._loading:
            self._timer.start()

    def on_stock_chosen(self, _index: int) -> None:
        if self._loading:
            return
        stock = core_layout.STOCKS[self.stock_box.currentData()]
        self.show_layout(core_layout.restocked(self.layout_, stock))

    def on_side_chosen(self, back: bool) -> None:
        """Show the other side: the edits of the side left are kept (or, when one is wrong,
        the switch stays where it was and the mistake is shown)."""
        if self._loading or back == self.back:
            return
        layout = run_op(self, self.edited_layout, title=self.tr("Side not changed"))
        if layout is FAILED:
            self._loading = True
            self.front_radio.setChecked(not self.back)
            self.back_radio.setChecked(self.back)
            self._loading = False
            return
        self.back = back
        self.show_layout(layout)

    def on_fixed_back(self) -> None:
        """No fields on the back: the fixed back (hotel, car, escort, agenda) prints."""
        layout = run_op(self, self.edited_layout, title=self.tr("Field not removed"))
        if layout is not FAILED:
            self.show_layout(replace(layout, back=(), back_head_mm=0.0, back_foot_mm=0.0))

    def on_image_asked(self, which: str) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), str(Path.home()),
            self.tr("Images and PDF (*.png *.jpg *.jpeg *.pdf)"))
        if path:
            self.set_image(which, Path(path))

    def set_image(self, which: str, path: Path) -> None:
        """Use the image (or a PDF's first page) at ``path`` as the emblem or the artwork."""
        data = run_op(self, lambda: image_bytes(path), title=self.tr("Image not used"))
        if data is not FAILED:
            self.layout_ = replace(self.layout_, **{which: data})
            self.update_preview()

    def on_save(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        layout = run_op(self, self.edited_layout, title=self.tr("Layout not saved"))
        if layout is FAILED:
            return
        if run_op(self, lambda: core_layout.save_layout(fair, layout),
                  title=self.tr("Layout not saved")) is not FAILED:
            self.message.setText(self.tr("Saved: badges printed as \"the fair's layout\" use it, "
                                         "in the window and on the command line."))

    def on_add_field(self) -> None:
        """Put the field chosen (the emblem, the photo on a card without one…) in the middle
        of the card, to be moved and sized in its row."""
        key = self.add_box.currentData()
        layout = run_op(self, self.edited_layout, title=self.tr("Field not added"))
        if not key or layout is FAILED:
            return
        w, h = layout.stock.card
        side = min(w, h) / 4
        box = core_layout.Box(key, (w - side) / 2, (h - side) / 2, side, side)
        if self.back:
            self.show_layout(replace(layout, back=(*layout.back, box)))
        else:
            self.show_layout(replace(layout, front=(*layout.front, box)))

    def on_remove_field(self) -> None:
        row = self.fields.currentRow()
        layout = run_op(self, self.edited_layout, title=self.tr("Field not removed"))
        if row < 0 or layout is FAILED:
            return
        boxes = layout.back if self.back else layout.front
        kept = boxes[:row] + boxes[row + 1:]
        self.show_layout(replace(layout, **{"back" if self.back else "front": kept}))

    def on_default(self) -> None:
        """The side shown starts again from its default (the other side kept)."""
        current = self.layout_
        if self.back:
            self.show_layout(core_layout.with_default_back(current))
        else:
            fresh = core_layout.default_layout(current.stock.code)
            self.show_layout(replace(fresh, back=current.back, back_head_mm=current.back_head_mm,
                                     back_foot_mm=current.back_foot_mm))

    def on_remove(self) -> None:
        fair = self.session.fair
        if fair is not None and run_op(self, lambda: core_layout.clear_layout(fair)) is not FAILED:
            self.message.setText(self.tr("The fair prints its fixed badge sizes again."))

    # --- the preview --------------------------------------------------------------------------
    def update_preview(self) -> None:
        fair = self.session.fair
        if fair is None:
            return
        try:
            layout = self.edited_layout()
        except FairdeskError as err:
            self.message.setText(str(err))
            return
        self.layout_ = layout
        from fairdesk.reports.badges import designed

        job = preview_job(fair, layout.stock.per_page, back=self.back)
        flagged = designed.overflows(job, layout)
        fixed = self.tr("No fields on the back: the fixed back prints (hotel, car, escort, "
                        "agenda). Add fields, or start this side from the default.")
        self.message.setText(self.error or "\n".join(flagged[:4]) or (
            fixed if self.back and not layout.back else self.tr(
                "Every field of these guests fits its box.")))
        pdf = designed.render_preview(job, layout, back=self.back)
        self.preview.setPixmap(QPixmap.fromImage(pdf_image(pdf)))
        self.preview.adjustSize()


def _coded(text: str, code: str) -> QTableWidgetItem:
    """A read-only cell showing ``text`` for ``code``."""
    item = QTableWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, code)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def image_bytes(path: Path) -> bytes:
    """PNG/JPEG bytes of an image file, or of a PDF's first page. Raises ValidationError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("image", f"无法读取“{path.name}”。",
                              f"Cannot read '{path.name}'.") from exc
    if data[:4] == b"%PDF":
        import pypdfium2 as pdfium

        try:
            page = pdfium.PdfDocument(data)[0]
            out = BytesIO()
            page.render(scale=300 / 72).to_pil().save(out, "PNG")
            return out.getvalue()
        except pdfium.PdfiumError as exc:
            raise ValidationError("image", f"“{path.name}”不是可读的 PDF。",
                                  f"'{path.name}' is not a readable PDF.") from exc
    if data[:8] != b"\x89PNG\r\n\x1a\n" and data[:3] != b"\xff\xd8\xff":
        raise ValidationError("image", f"“{path.name}”不是 PNG、JPEG 或 PDF。",
                              f"'{path.name}' is not a PNG, JPEG or PDF.")
    return data


def pdf_image(pdf: bytes) -> QImage:
    """The first page of ``pdf`` as an image at the preview's resolution."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(pdf)[0]
    pil = page.render(scale=PREVIEW_DPI / 72).to_pil().convert("RGB")
    data = pil.tobytes()
    image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``data`` goes when this returns


__all__ = ["BadgeLayoutPage", "image_bytes", "pdf_image"]
