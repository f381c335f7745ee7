"""The badge layout editor: real guests in the preview, edits checked, saved into the fair,
and printed from the command line in that layout (issue 15, point 13)."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from fairdesk.cli import main
from fairdesk.core.badges.layout import fair_layout
from fairdesk.core.fair import Fair
from fairdesk.gui.badges.layout_page import BadgeLayoutPage
from fairdesk.gui.qt import QMessageBox, Qt, QTableWidgetItem
from fairdesk.gui.session import FairSession
from fairdesk.gui.translation import install_language
from tests.conftest import TESTER
from tests.test_paper_scripts import _world


@pytest.fixture
def page(tmp_path, qtbot, monkeypatch):
    install_language("en")
    path = tmp_path / "fair.fair"
    fair = Fair.create(path, TESTER, **{"fair.name": "测试投洽会"})
    _world(fair)
    fair.close()
    session = FairSession()
    session.open(Fair.open(path, TESTER))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    p = BadgeLayoutPage(session)
    p.shown, p.path = shown, path  # type: ignore[attr-defined]
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.refresh()
    yield p
    session.close()


def _cell(page: BadgeLayoutPage, key: str, column: int, text: str) -> None:
    for row in range(page.fields.rowCount()):
        if page.fields.item(row, 0).data(Qt.ItemDataRole.UserRole) == key:
            page.fields.setItem(row, column, QTableWidgetItem(text))
            return
    raise AssertionError(key)


def test_preview_shows_real_guests_and_saved_layout_prints_from_the_cli(page, tmp_path):
    assert not page.preview.pixmap().isNull()
    page.grab().save(str(tmp_path / "editor.png"))
    page.stock_box.setCurrentIndex(page.stock_box.findData("a4-2x4-85x54"))
    assert page.layout_.stock.code == "a4-2x4-85x54"
    _cell(page, "name", 5, "24")
    page.update_preview()
    page.on_save()
    assert not page.shown, page.shown
    stored = fair_layout(page.session.fair)
    assert stored.stock.code == "a4-2x4-85x54"
    assert next(b for b in stored.front if b.key == "name").size == 24
    page.session.close()
    out = tmp_path / "badges.pdf"
    assert main(["badges", str(page.path), "--out", str(out), "--size", "layout"]) == 0
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) == 2  # 12 guests, 8 a sheet
    width, height = pdf[0].get_size()
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)
    text = pdf[0].get_textpage().get_text_range()
    assert "国家开发银行" in text and "Keystone Semiconductor plc" in text


def test_a_box_past_the_card_is_one_sentence_and_nothing_is_saved(page):
    _cell(page, "qr", 1, "400")
    page.update_preview()
    assert "reaches past" in page.message.text()
    page.on_save()
    assert page.shown and "reaches past" in page.shown[0]
    assert fair_layout(page.session.fair) is None


def test_a_field_too_long_for_its_box_is_flagged(page):
    _cell(page, "organisation", 4, "3")
    _cell(page, "organisation", 6, "8")
    page.update_preview()
    assert "does not fit" in page.message.text()


def test_the_window_font_falls_back_to_the_printed_fonts(qapp):
    from fairdesk.gui.app import install_font
    from fairdesk.resources import FALLBACK_FONTS

    before = qapp.font()
    try:
        install_font(qapp)
        families = qapp.font().families()
        assert families[0] == "WenQuanYi Micro Hei"
        assert {f.family for f in FALLBACK_FONTS} <= set(families)
    finally:
        qapp.setFont(before)


def _pixel_colours(pdf_page, scale: float = 2.0) -> set[tuple[int, int, int]]:
    image = pdf_page.render(scale=scale).to_pil().convert("RGB")
    return set(image.get_flattened_data())


def test_committee_edits_show_in_the_preview_and_the_cli_prints_them(page, tmp_path):
    """As the committee would: a preset stock (CR80 cards on A4, 2×4 of 86×54), the name
    larger, the investors' colour, an emblem; the preview changes at each step; saved; and
    `fairdesk badges --size layout` prints exactly that."""
    from io import BytesIO

    import pypdfium2.raw as pdfium_c
    from PIL import Image

    from fairdesk.gui.qt import QTableWidgetItem

    def shown():
        return page.preview.pixmap().toImage()

    page.stock_box.setCurrentIndex(page.stock_box.findData("a4-2x4-86x54"))
    assert page.layout_.stock.code == "a4-2x4-86x54"
    assert any(b.key == "emblem" for b in page.layout_.front)  # a card on its side has one too
    first = shown()
    _cell(page, "name", 5, "21")
    page.update_preview()
    assert shown() != first
    row = next(r for r in range(page.colours.rowCount())
               if page.colours.item(r, 0).data(Qt.ItemDataRole.UserRole) == "investor")
    page.colours.setItem(row, 1, QTableWidgetItem("#C00000"))
    page.update_preview()
    coloured = shown()
    assert coloured != first
    png = BytesIO()
    Image.new("RGB", (60, 60), (0, 0, 255)).save(png, "PNG")
    (tmp_path / "emblem.png").write_bytes(png.getvalue())
    page.set_image("emblem", tmp_path / "emblem.png")
    assert shown() != coloured
    page.add_box.setCurrentIndex(page.add_box.findData("photo"))
    page.on_add_field()
    assert any(b.key == "photo" for b in page.layout_.front)
    assert page.add_box.findData("photo") < 0  # on the card now: no longer offered
    page.resize(1366, 768)
    page.grab().save(str(tmp_path / "editor.png"))
    page.on_save()
    assert not page.shown, page.shown
    page.session.close()

    out = tmp_path / "badges.pdf"
    assert main(["badges", str(page.path), "--out", str(out), "--size", "layout"]) == 0
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) == 2  # 12 investors, 8 a sheet
    first_page = pdf[0]
    colours = _pixel_colours(first_page)
    assert (192, 0, 0) in colours  # the investors' bands in the committee's red
    assert (0, 0, 255) in colours  # the emblem
    textpage = first_page.get_textpage()
    found = textpage.search("国家开发银行").get_next()
    assert found
    name = textpage.search("张").get_next()  # a short name prints at the size chosen
    assert name and pdfium_c.FPDFText_GetFontSize(textpage.raw, name[0]) == pytest.approx(21)
    long = textpage.search("Christopher").get_next()  # a long one shrinks to fit its box
    assert long and 11 <= pdfium_c.FPDFText_GetFontSize(textpage.raw, long[0]) < 21
    pdf.close()


def test_alignment_is_chosen_in_the_windows_language_and_stored_as_its_code(page):
    from fairdesk.gui.badges.layout_page import ALIGN_COLUMN

    install_language("zh")
    try:
        page.refresh()
        [row] = [r for r in range(page.fields.rowCount())
                 if page.fields.item(r, 0).data(Qt.ItemDataRole.UserRole) == "name"]
        index = page.fields.model().index(row, ALIGN_COLUMN)
        assert page.fields.item(row, ALIGN_COLUMN).text() in {"左对齐", "居中", "右对齐"}
        delegate = page.fields.itemDelegateForColumn(ALIGN_COLUMN)
        editor = delegate.createEditor(page.fields.viewport(), None, index)
        delegate.setEditorData(editor, index)
        assert [editor.itemText(i) for i in range(editor.count())] == ["左对齐", "居中", "右对齐"]
        editor.setCurrentIndex(editor.findData("right"))
        delegate.setModelData(editor, page.fields.model(), index)
        assert page.fields.item(row, ALIGN_COLUMN).text() == "右对齐"
        page.on_save()
        assert not page.shown, page.shown
        assert next(b for b in fair_layout(page.session.fair).front if b.key == "name").align \
            == "right"
    finally:
        install_language("en")
