"""The layout editor's Front/Back switch (issue 15, point 13): the committee edits and sees
the back from a real guest, saves it into the fair, and the command line prints it."""

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
from tests.test_badge_back import HOTLINE, PHONES, make_world

# grabbing a page never shown: the offscreen plugin's note, not the page's
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(tmp_path, qtbot, monkeypatch):
    install_language("en")
    path = tmp_path / "fair.fair"
    fair = Fair.create(path, TESTER)
    make_world(fair)
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


def _grab(page: BadgeLayoutPage):  # noqa: ANN202
    return page.preview.grab().toImage()


def _keys(page: BadgeLayoutPage) -> list[str]:
    return [page.fields.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(page.fields.rowCount())]


def _cell(page: BadgeLayoutPage, key: str, column: int, text: str) -> None:
    page.fields.setItem(_keys(page).index(key), column, QTableWidgetItem(text))


def test_the_back_switch_shows_the_back_and_saving_stores_its_boxes(page, tmp_path):
    front = _grab(page)
    assert "name" in _keys(page) and "agenda" not in _keys(page)
    page.back_radio.setChecked(True)
    fixed = _grab(page)
    assert fixed != front  # the fixed back of the same guest
    assert _keys(page) == [] and "fixed back prints" in page.message.text()
    assert page.add_box.findData("agenda") >= 0 and page.front_radio.isChecked() is False
    page.on_default()
    assert {"agenda", "hotel", "escort", "hotline", "emblem"} <= set(_keys(page))
    designed = _grab(page)
    assert designed != fixed and designed != front
    _cell(page, "agenda", 5, "12")  # the agenda larger: the preview follows
    page.update_preview()
    assert _grab(page) != designed
    page.resize(1366, 768)
    page.grab().save(str(tmp_path / "back.png"))
    page.on_save()
    assert not page.shown, page.shown
    stored = fair_layout(page.session.fair)
    assert {b.key for b in stored.back} >= {"agenda", "hotel", "escort", "hotline"}
    assert next(b for b in stored.back if b.key == "agenda").size == 12
    assert any(b.key == "name" for b in stored.front)  # the front kept as it was
    page.session.close()
    out = tmp_path / "badges.pdf"
    assert main(["badges", str(page.path), "--out", str(out), "--size", "layout",
                 "--back"]) == 0
    pdf = pdfium.PdfDocument(str(out))
    backs = [pdf[i].get_textpage().get_text_range() for i in (1, 3)]
    pdf.close()
    assert all(HOTLINE in b and "05.18 09:00" in b for b in backs)
    assert not any(phone in b for b in backs for phone in PHONES)


def test_each_side_keeps_its_edits_across_the_switch(page):
    _cell(page, "name", 5, "22")
    page.back_radio.setChecked(True)
    page.on_default()
    _cell(page, "hotel", 5, "12")
    page.front_radio.setChecked(True)
    assert "name" in _keys(page)
    assert page.fields.item(_keys(page).index("name"), 5).text() == "22"
    page.back_radio.setChecked(True)
    assert page.fields.item(_keys(page).index("hotel"), 5).text() == "12"


def test_a_mistake_keeps_the_switch_where_it_was(page):
    _cell(page, "qr", 1, "400")
    page.back_radio.setChecked(True)
    assert page.shown and "reaches past" in page.shown[0]
    assert page.front_radio.isChecked() and "qr" in _keys(page)


def test_the_fixed_back_again(page):
    page.back_radio.setChecked(True)
    page.on_default()
    page.on_save()
    assert fair_layout(page.session.fair).back
    page.fixed_back_button.click()
    assert _keys(page) == []
    page.on_save()
    assert fair_layout(page.session.fair).back == ()


def test_back_fields_are_offered_on_the_back_only(page):
    assert page.add_box.findData("agenda") < 0 and page.add_box.findData("hotline") < 0
    page.back_radio.setChecked(True)
    page.add_box.setCurrentIndex(page.add_box.findData("hotline"))
    page.on_add_field()
    assert _keys(page) == ["hotline"]
    assert page.add_box.findData("hotline") < 0
