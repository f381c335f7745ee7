"""A guest's optional photo: judged by its bytes, shrunk to badge size, audited without the bytes.

The photo lives in ``guest_photos`` (one row per guest). Badges and the desk card read
it from there. Only JPEG and PNG are taken, recognised by their first bytes whatever the
file is called. A photo larger than :data:`MAX_SIDE` pixels on its long side (or turned
by its camera's orientation tag) is re-encoded as a JPEG of that size; what is stored is
at most :data:`MAX_BYTES`. The audit log notes size, type and a SHA-256, never the image.
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING

from PIL import Image, ImageOps, UnidentifiedImageError

from fairdesk.base.errors import NotFoundError, ValidationError
from fairdesk.core.changes import ChangeAction
from fairdesk.core.ids import new_id

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Row, Tx

JPEG, PNG = "image/jpeg", "image/png"
MAGIC = ((b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG))
MAX_SIDE = 600  # pixels on the long side: about 300 dpi for the largest badge photo
JPEG_QUALITY = 85
MAX_BYTES = 2 * 1024 * 1024  # what is stored, after shrinking
MAX_INPUT_BYTES = 40 * 1024 * 1024  # what is read at all (a camera's full-size photo fits)
MAX_PIXELS = 80_000_000  # refuse "decompression bombs" before decoding them
TABLE = "guest_photos"


@dataclass(frozen=True)
class Photo:
    """The bytes to store and what they are."""

    data: bytes
    mime: str
    width: int
    height: int


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f}"


def detect_mime(data: bytes) -> str | None:
    """``image/jpeg`` or ``image/png`` from the first bytes, else None."""
    for magic, mime in MAGIC:
        if data.startswith(magic):
            return mime
    return None


def _invalid(zh: str, en: str) -> ValidationError:
    return ValidationError("photo", zh, en)


def _open(data: bytes) -> Image.Image:
    """The decoded image. Raises ValidationError (damaged, too many pixels)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                raise Image.DecompressionBombError
            if image.format == "JPEG":  # decode a camera photo at 1/2..1/8 scale: 5x faster
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _invalid("照片像素过多，无法处理，请先缩小后再选。",
                       "The photo has too many pixels to handle; shrink it first.") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise _invalid("照片无法读取，文件可能已损坏。",
                       "The photo cannot be read; the file may be damaged.") from None
    return image


def _flat_rgb(image: Image.Image) -> Image.Image:
    """RGB, with any transparency laid on white (a badge is printed on white card)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.point(lambda v: v / 256).convert("L")
    return image.convert("RGB") if image.mode != "RGB" else image


def _needs_turning(image: Image.Image) -> bool:
    try:
        return image.getexif().get(0x0112, 1) not in (0, 1)  # EXIF Orientation
    except Exception:  # noqa: BLE001 - unreadable EXIF: keep the photo as it is
        return False


def _has_metadata(image: Image.Image) -> bool:
    """EXIF (camera, time, GPS position...) is personal data a badge photo must not keep."""
    try:
        return bool(image.info.get("exif")) or len(image.getexif()) > 0 or _needs_turning(image)
    except Exception:  # noqa: BLE001 - unreadable EXIF: re-encode to drop it
        return True


def prepare_photo(data: bytes) -> Photo:
    """Check ``data``; shrink it to badge size when larger, and drop any EXIF metadata.

    Raises ValidationError (field ``photo``): empty, not JPEG/PNG, damaged, too large.
    """
    if not data:
        raise _invalid("照片文件是空的。", "The photo file is empty.")
    if len(data) > MAX_INPUT_BYTES:
        raise _invalid(f"照片文件太大（{_mb(len(data))} MB），请选择 {_mb(MAX_INPUT_BYTES)} MB"
                       " 以内的图片。",
                       f"The photo file is too large ({_mb(len(data))} MB); choose one under"
                       f" {_mb(MAX_INPUT_BYTES)} MB.")
    mime = detect_mime(data)
    if mime is None:
        raise _invalid("照片须为 JPEG 或 PNG 图片（按文件内容判断，与文件名无关）。",
                       "The photo must be a JPEG or PNG image (judged by its content,"
                       " not its file name).")
    image = _open(data)
    if (max(image.size) <= MAX_SIDE and len(data) <= MAX_BYTES and not _has_metadata(image)):
        return Photo(data, mime, image.width, image.height)
    turned = ImageOps.exif_transpose(image) or image
    small = _flat_rgb(turned)
    small.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = BytesIO()
    small.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    result = out.getvalue()
    if len(result) > MAX_BYTES:  # pragma: no cover - 600 px at quality 85 stays far below
        raise _invalid(f"照片处理后仍有 {_mb(len(result))} MB，超过 {_mb(MAX_BYTES)} MB 上限。",
                       f"The photo is still {_mb(len(result))} MB after shrinking, over the"
                       f" {_mb(MAX_BYTES)} MB limit.")
    return Photo(result, JPEG, small.width, small.height)


def summary(guest_id: str, mime: str, data: bytes) -> dict:
    """What the audit log and the Change record instead of the image."""
    return {"guest_id": guest_id, "mime": mime, "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest()}


def _guest_name(fair: Fair, guest_id: str) -> str:
    """The guest's name. Raises NotFoundError."""
    name = fair.scalar("SELECT name FROM guests WHERE id = ?", [guest_id])
    if name is None:
        raise NotFoundError(f"找不到嘉宾 {guest_id}。", f"No guest {guest_id}.")
    return name


def _stored(fair: Fair, guest_id: str) -> Row | None:
    rows = fair.rows(f"SELECT id, mime, data FROM {TABLE} WHERE guest_id = ?", [guest_id])
    return rows[0] if rows else None


def set_photo(fair: Fair, guest_id: str, data: bytes, mime: str | None = None) -> Changes:
    """Give the guest this photo (replacing any other), in one audited transaction.

    ``mime`` is only a hint: the type is taken from the bytes. Setting the photo the
    guest already has changes nothing. Raises NotFoundError (no such guest),
    ValidationError (field ``photo``: empty, not JPEG/PNG, damaged, too large).
    """
    _guest_name(fair, guest_id)
    photo = prepare_photo(bytes(data))
    with fair.transaction() as tx:
        current = _stored(fair, guest_id)
        if current is None:
            _insert(tx, guest_id, photo)
        elif current["data"] != photo.data or current["mime"] != photo.mime:
            _replace(tx, current, guest_id, photo)
    return tx.changes


def _insert(tx: Tx, guest_id: str, photo: Photo) -> None:
    record_id, op = new_id(), tx.fair.operator.stamp
    tx.fair.db.execute(
        f"INSERT INTO {TABLE} (id, created_at, updated_at, updated_by, guest_id, mime, data)"
        " VALUES (?,?,?,?,?,?,?)", [record_id, tx.now, tx.now, op, guest_id, photo.mime,
                                    photo.data])
    tx._audit(TABLE, record_id, ChangeAction.CREATE, None,
              summary(guest_id, photo.mime, photo.data))


def _replace(tx: Tx, current: Row, guest_id: str, photo: Photo) -> None:
    tx.fair.db.execute(
        f"UPDATE {TABLE} SET mime = ?, data = ?, updated_at = ?, updated_by = ? WHERE id = ?",
        [photo.mime, photo.data, tx.now, tx.fair.operator.stamp, current["id"]])
    tx._audit(TABLE, current["id"], ChangeAction.UPDATE,
              summary(guest_id, current["mime"], current["data"]),
              summary(guest_id, photo.mime, photo.data))


def remove_photo(fair: Fair, guest_id: str) -> Changes:
    """Take the guest's photo away (no change when there is none), audited.

    Raises NotFoundError (no such guest).
    """
    _guest_name(fair, guest_id)
    with fair.transaction() as tx:
        current = _stored(fair, guest_id)
        if current is not None:
            tx.fair.db.execute(f"DELETE FROM {TABLE} WHERE id = ?", [current["id"]])
            tx.fair.db.execute(
                "INSERT OR REPLACE INTO tombstones (id, entity, deleted_at, deleted_by)"
                " VALUES (?,?,?,?)", [current["id"], TABLE, tx.now, tx.fair.operator.stamp])
            tx._audit(TABLE, current["id"], ChangeAction.DELETE,
                      summary(guest_id, current["mime"], current["data"]), None)
    return tx.changes


def photo(fair: Fair, guest_id: str) -> tuple[bytes, str] | None:
    """The guest's photo as (bytes, mime), or None when there is none."""
    current = _stored(fair, guest_id)
    return (current["data"], current["mime"]) if current else None
