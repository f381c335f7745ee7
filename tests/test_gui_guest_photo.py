"""The guest form's photo box: choose a photo, see it, find it on the badge; refusals; remove."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PIL import Image

from fairdesk.core.badges import issuing
from fairdesk.core.badges.snapshot import badge_job
from fairdesk.gui.guests.form import GuestForm
from fairdesk.gui.qt import QFileDialog, Qt
from fairdesk.gui.session import FairSession
from fairdesk.reports.badges.cards import render_badges

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
MAGENTA = (200, 30, 160)


def _png(path: Path, size=(300, 400)) -> Path:
    """A portrait whose magenta face and yellow band are easy to find on a page."""
    image = Image.new("RGB", size, MAGENTA)
    image.paste((250, 210, 40), (0, size[1] * 3 // 4, size[0], size[1]))
    image.save(path, "PNG")
    return path


@pytest.fixture
def session(fair) -> FairSession:
    s = FairSession()
    s.fair = fair
    fair.add_listener(s._on_core_changes)
    return s


@pytest.fixture
def guest(fair) -> str:
    return fair.guests.add_guest(name="张伟", organisation="中国建筑第三工程局", title="总经理",
                                 category="vip", country="CN").ids("guests")[0]


@pytest.fixture
def form(qtbot, session, guest) -> GuestForm:
    f = GuestForm(session)
    qtbot.addWidget(f)
    f.resize(900, 800)
    f.show_guest(guest)
    return f


def _pick(monkeypatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (str(path), "")))


def _badge_pdf(fair, guest: str, path: Path) -> pdfium.PdfDocument:
    job = badge_job(fair, issuing.badges_for_printing(fair, [guest]))
    render_badges(path, job, "a6")
    return pdfium.PdfDocument(str(path))


def _images(pdf: pdfium.PdfDocument) -> int:
    return len(list(pdf[0].get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,))))


def _magenta_pixels(pdf: pdfium.PdfDocument) -> int:
    image = pdf[0].render(scale=100 / 72).to_pil().convert("RGB")
    return sum(n for n, p in image.getcolors(maxcolors=1 << 24)
               if all(abs(a - b) < 30 for a, b in zip(p, MAGENTA, strict=True)))


def _thumb_colour(form: GuestForm) -> tuple[int, int, int]:
    pixmap = form.photo.thumbnail.pixmap()
    assert not pixmap.isNull()
    c = pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 3)
    return c.red(), c.green(), c.blue()


def test_choose_photo_shows_it_and_puts_it_on_the_badge(qtbot, monkeypatch, tmp_path, fair,
                                                        guest, form):
    before = _badge_pdf(fair, guest, tmp_path / "before.pdf")
    assert _images(before) == 0 and _magenta_pixels(before) == 0
    assert form.photo.thumbnail.pixmap().isNull() and not form.photo.remove_button.isEnabled()

    _pick(monkeypatch, _png(tmp_path / "zhang.png"))
    qtbot.mouseClick(form.photo.choose_button, Qt.MouseButton.LeftButton)

    assert fair.guests.photo(guest)[1] == "image/png"
    assert _thumb_colour(form) == MAGENTA
    assert form.photo.remove_button.isEnabled() and form.photo.error.isHidden()
    assert "PNG" in form.photo.info.text()
    form.grab().save(str(tmp_path / "form.png"))

    after = _badge_pdf(fair, guest, tmp_path / "after.pdf")
    assert _images(after) == 1
    assert _magenta_pixels(after) > 2000  # ~ 2.4 cm² of magenta at 100 dpi on an A6 badge


def test_a_file_that_is_not_a_photo_is_refused_at_the_box(qtbot, monkeypatch, tmp_path, fair,
                                                           guest, form):
    _pick(monkeypatch, _png(tmp_path / "good.png"))
    qtbot.mouseClick(form.photo.choose_button, Qt.MouseButton.LeftButton)
    stored = fair.guests.photo(guest)
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"GIF89a" + b"\0" * 64)
    _pick(monkeypatch, fake)
    qtbot.mouseClick(form.photo.choose_button, Qt.MouseButton.LeftButton)
    assert not form.photo.error.isHidden() and "JPEG 或 PNG" in form.photo.error.text()
    assert fair.guests.photo(guest) == stored and _thumb_colour(form) == MAGENTA

    _pick(monkeypatch, tmp_path / "gone.png")
    qtbot.mouseClick(form.photo.choose_button, Qt.MouseButton.LeftButton)
    assert "gone.png" in form.photo.error.text()


def test_cancelling_the_dialog_changes_nothing(qtbot, monkeypatch, fair, guest, form):
    _pick(monkeypatch, "")
    qtbot.mouseClick(form.photo.choose_button, Qt.MouseButton.LeftButton)
    assert fair.guests.photo(guest) is None and form.photo.error.isHidden()


def test_remove_photo(qtbot, monkeypatch, tmp_path, fair, guest, form):
    _pick(monkeypatch, _png(tmp_path / "zhang.png"))
    qtbot.mouseClick(form.photo.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.photo.remove_button, Qt.MouseButton.LeftButton)
    assert fair.guests.photo(guest) is None
    assert form.photo.thumbnail.pixmap().isNull() and not form.photo.remove_button.isEnabled()
    assert _images(_badge_pdf(fair, guest, tmp_path / "none.pdf")) == 0


def test_the_box_follows_changes_made_elsewhere(qtbot, session, fair, guest, form):
    out = BytesIO()
    Image.new("RGB", (30, 40), MAGENTA).save(out, "JPEG")
    with qtbot.waitSignal(session.fair_changed):
        fair.guests.set_photo(guest, out.getvalue())
    r, g, b = _thumb_colour(form)
    assert abs(r - 200) < 12 and abs(g - 30) < 12 and abs(b - 160) < 12
    with qtbot.waitSignal(session.fair_changed):
        fair.guests.remove_photo(guest)
    assert form.photo.thumbnail.pixmap().isNull()


def test_a_new_guest_gets_a_photo_after_saving(qtbot, form):
    form.new_guest()
    assert not form.photo.choose_button.isEnabled()
    form.fields["name"].editor.setText("李娜")
    assert form.save()
    assert form.photo.choose_button.isEnabled() and form.photo.guest_id == form.guest_id
