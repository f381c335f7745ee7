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
