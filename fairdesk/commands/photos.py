"""Guest photo command: ``fairdesk photo FAIR GUEST FILE`` and ``... GUEST --remove``."""

from __future__ import annotations

import argparse
from pathlib import Path

from fairdesk.base.errors import ValidationError
from fairdesk.base.i18n import t
from fairdesk.commands.common import opened_fair, say
from fairdesk.core.changes import ChangeAction


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("photo", help="give a guest a photo (JPEG/PNG) for badges and the desk,"
                                     " or remove it")
    p.add_argument("fair", help="the .fair file")
    p.add_argument("guest", help="the guest's reference code or id")
    p.add_argument("file", nargs="?", help="the photo (.jpg or .png)")
    p.add_argument("--remove", action="store_true", help="remove the guest's photo")
    p.set_defaults(func=cmd_photo)


def _read(file: str) -> bytes:
    """The file's bytes. Raises ValidationError naming the file."""
    try:
        return Path(file).read_bytes()
    except OSError as exc:
        raise ValidationError("photo", f"无法读取照片文件 {file}：{exc.strerror or exc}。",
                              f"Cannot read the photo file {file}: {exc.strerror or exc}.") \
            from None


def cmd_photo(args: argparse.Namespace) -> int:
    if args.remove == bool(args.file):
        raise ValidationError("photo", "请给出照片文件，或用 --remove 删除照片（二者选一）。",
                              "Give a photo file, or --remove to remove the photo (one of"
                              " the two).")
    with opened_fair(args.fair) as fair:
        guest = fair.guests.by_id_or_ref(args.guest)
        who = f"{guest['name']}（{guest['ref_code']}）"
        if args.remove:
            changes = fair.guests.remove_photo(guest["id"])
            say(t("已删除{g}的照片。", "Removed the photo of {g}.", g=who) if changes else
                t("{g}没有照片，未作改动。", "{g} has no photo; nothing changed.", g=who))
            return 0
        raw = _read(args.file)
        changes = fair.guests.set_photo(guest["id"], raw)
        data, mime = fair.guests.photo(guest["id"])
    kind = "JPEG" if mime == "image/jpeg" else "PNG"
    size = f"{len(data) / 1024:.0f} KB" + (t("，已缩小为证件照尺寸", ", shrunk to badge size")
                                           if data != raw else "")
    if not changes:
        say(t("{g}已经是这张照片，未作改动。", "{g} already has this photo; nothing changed.",
              g=who))
    elif changes.items[0].action == ChangeAction.CREATE:
        say(t("已为{g}添加照片（{k}，{s}）。", "Added a photo for {g} ({k}, {s}).",
              g=who, k=kind, s=size))
    else:
        say(t("已更换{g}的照片（{k}，{s}）。", "Replaced the photo of {g} ({k}, {s}).",
              g=who, k=kind, s=size))
    return 0
