"""Guests' optional photos: checked by their bytes, shrunk, audited without the image; CLI."""

from __future__ import annotations

import hashlib
import json
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from fairdesk import cli
from fairdesk.base.errors import NotFoundError, ValidationError
from fairdesk.core.fair import Fair
from fairdesk.core.guests.photos import MAX_SIDE
from tests.conftest import TESTER


def image_bytes(size: tuple[int, int], fmt: str = "PNG", colour=(200, 30, 160), **kw) -> bytes:
    out = BytesIO()
    Image.new("RGB", size, colour).save(out, fmt, **kw)
    return out.getvalue()


@pytest.fixture
def guest(fair: Fair) -> str:
    return fair.guests.add_guest(name="张伟", category="vip", country="CN").ids("guests")[0]


def _audit(fair: Fair) -> list[dict]:
    return fair.rows("SELECT action, before, after FROM audit_log "
                     "WHERE entity = 'guest_photos' ORDER BY rowid")


def test_set_replace_remove(fair, guest):
    png = image_bytes((300, 400))
    changes = fair.guests.set_photo(guest, png)
    assert [c.action for c in changes.items] == ["create"]
    assert fair.guests.photo(guest) == (png, "image/png")  # small: stored as given

    jpeg = image_bytes((240, 320), "JPEG")
    changes = fair.guests.set_photo(guest, jpeg, "image/png")  # the hint loses to the bytes
    assert [c.action for c in changes.items] == ["update"]
    assert fair.guests.photo(guest) == (jpeg, "image/jpeg")
    assert fair.count("guest_photos") == 1
    assert not fair.guests.set_photo(guest, jpeg)  # the same photo again: no change

    assert [c.action for c in fair.guests.remove_photo(guest).items] == ["delete"]
    assert fair.guests.photo(guest) is None
    assert not fair.guests.remove_photo(guest)  # nothing left to remove


def test_audit_notes_size_type_and_hash_never_the_bytes(fair, guest):
    png, jpeg = image_bytes((300, 400)), image_bytes((240, 320), "JPEG")
    fair.guests.set_photo(guest, png)
    fair.guests.set_photo(guest, jpeg)
    fair.guests.remove_photo(guest)
    rows = _audit(fair)
    assert [r["action"] for r in rows] == ["create", "update", "delete"]
    created = json.loads(rows[0]["after"])
    assert created == {"guest_id": guest, "mime": "image/png", "size": len(png),
                       "sha256": hashlib.sha256(png).hexdigest()}
    assert json.loads(rows[1]["before"]) == created
    assert json.loads(rows[1]["after"])["sha256"] == hashlib.sha256(jpeg).hexdigest()
    assert json.loads(rows[2]["before"])["mime"] == "image/jpeg" and rows[2]["after"] is None
    text = " ".join(str(v) for r in rows for v in r.values())
    assert "PNG" not in text and "base64" not in text and len(text) < 2000
    operator = fair.scalar("SELECT operator FROM audit_log WHERE entity = 'guest_photos'")
    assert operator == TESTER.name


def test_big_photo_is_shrunk_to_badge_size(fair, guest):
    big = image_bytes((3000, 4000), "JPEG", quality=95)
    fair.guests.set_photo(guest, big)
    data, mime = fair.guests.photo(guest)
    assert mime == "image/jpeg" and len(data) < len(big)
    with Image.open(BytesIO(data)) as img:
        assert img.size == (MAX_SIDE * 3 // 4, MAX_SIDE)


def test_transparent_png_is_laid_on_white_when_shrunk(fair, guest):
    out = BytesIO()
    Image.new("RGBA", (1200, 1600), (0, 0, 0, 0)).save(out, "PNG")
    fair.guests.set_photo(guest, out.getvalue())
    data, mime = fair.guests.photo(guest)
    with Image.open(BytesIO(data)) as img:
        assert mime == "image/jpeg" and img.size == (450, 600)
        assert img.convert("RGB").getpixel((10, 10)) == (255, 255, 255)


def test_camera_orientation_is_applied(fair, guest):
    exif = Image.Exif()
    exif[0x0112] = 6  # "turn 90° clockwise to view"
    photo = image_bytes((400, 300), "JPEG", exif=exif.tobytes())
    fair.guests.set_photo(guest, photo)
    data, _ = fair.guests.photo(guest)
    with Image.open(BytesIO(data)) as img:
        assert img.size == (300, 400)


@pytest.mark.parametrize(("data", "words"), [
    (b"", "空"),
    (b"GIF89a" + b"\0" * 64, "JPEG 或 PNG"),
    (b"%PDF-1.7 not a photo", "JPEG 或 PNG"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "无法读取"),
    (image_bytes((50, 50), "JPEG")[:200], "无法读取"),
])
def test_bad_bytes_are_refused_and_the_fair_is_unchanged(fair, guest, data, words):
    good = image_bytes((300, 400))
    fair.guests.set_photo(guest, good)
    audit = fair.count("audit_log")
    with pytest.raises(ValidationError) as err:
        fair.guests.set_photo(guest, data, "image/jpeg")
    assert err.value.field == "photo" and words in str(err.value)
    assert fair.guests.photo(guest) == (good, "image/png")
    assert fair.count("audit_log") == audit


def test_refusal_in_english(fair, guest):
    from fairdesk.base.i18n import set_language

    set_language("en")
    with pytest.raises(ValidationError, match="must be a JPEG or PNG image"):
        fair.guests.set_photo(guest, b"BM not a bitmap we take")


def test_unknown_guest(fair):
    with pytest.raises(NotFoundError, match="找不到嘉宾"):
        fair.guests.set_photo("01NOSUCHGUEST0000000000000", image_bytes((10, 10)))
    with pytest.raises(NotFoundError):
        fair.guests.remove_photo("01NOSUCHGUEST0000000000000")
    assert fair.count("guest_photos") == 0


def test_deleting_the_guest_deletes_the_photo(fair, guest):
    fair.guests.set_photo(guest, image_bytes((30, 40)))
    fair.guests.delete("guests", guest)
    assert fair.count("guest_photos") == 0


# --- the command line ------------------------------------------------------------------------
def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_adds_replaces_and_removes(tmp_path: Path, fair_path: Path, capsys):
    fair = Fair.open(fair_path, TESTER)
    guest = fair.guests.add_guest(name="王芳", category="guest", country="CN").ids("guests")[0]
    ref = fair.scalar("SELECT ref_code FROM guests")
    fair.close()
    big, small = tmp_path / "big.jpg", tmp_path / "small.png"
    big.write_bytes(image_bytes((2000, 2400), "JPEG"))
    small.write_bytes(image_bytes((120, 160)))

    code, out, _ = run(capsys, "photo", str(fair_path), ref.lower(), str(big))
    assert code == 0 and "已为王芳" in out and "添加照片" in out and "缩小" in out
    code, out, _ = run(capsys, "photo", str(fair_path), guest, str(small))
    assert code == 0 and "已更换王芳" in out and "PNG" in out
    fair = Fair.open(fair_path)
    assert fair.guests.photo(guest)[1] == "image/png"
    assert "cli" in fair.scalar("SELECT desk FROM audit_log WHERE entity = 'guest_photos'")
    fair.close()
    code, out, _ = run(capsys, "photo", str(fair_path), ref, "--remove")
    assert code == 0 and "已删除王芳" in out and "的照片" in out
    code, out, _ = run(capsys, "photo", str(fair_path), ref, "--remove")
    assert code == 0 and "没有照片" in out


def test_cli_refusals_are_one_sentence(tmp_path: Path, fair_path: Path, capsys):
    fair = Fair.open(fair_path, TESTER)
    fair.guests.add_guest(name="王芳", category="guest", country="CN")
    ref = fair.scalar("SELECT ref_code FROM guests")
    fair.close()
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"GIF89a" + b"\0" * 32)
    cases = [((ref, str(fake)), "JPEG 或 PNG"), (("NOSUCH", str(fake)), "找不到嘉宾"),
             ((ref,), "--remove"), ((ref, str(tmp_path / "gone.png")), "无法读取照片文件")]
    for argv, words in cases:
        code, out, err = run(capsys, "photo", str(fair_path), *argv)
        assert code == 1 and words in err and "Traceback" not in err, (argv, err)
    assert Fair.open(fair_path).count("guest_photos") == 0


def test_small_photo_loses_its_exif_metadata():
    from io import BytesIO

    from PIL import Image

    from fairdesk.core.guests.photos import prepare_photo

    image = Image.new("RGB", (200, 260), (180, 40, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x9003] = "2026:05:18 09:30:00"  # DateTimeOriginal
    raw = BytesIO()
    image.save(raw, "JPEG", exif=exif)
    assert Image.open(BytesIO(raw.getvalue())).getexif()
    stored = prepare_photo(raw.getvalue())
    assert len(Image.open(BytesIO(stored.data)).getexif()) == 0
