"""What fairdesk.spec leaves out of the one-folder app, as functions of PyInstaller's lists.

PyInstaller's tables of contents are lists of ``(dest, source, typecode)``; these
functions take and return such lists, and take the platform and the dependency reader
as arguments, so ``tests/test_bundle_trim.py`` checks them without PyInstaller.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

Entry = tuple[str, str, str]
Imports = Callable[[str], Iterable[tuple[str, str | None]]]

# Qt plugins the window never loads on Linux: the GTK platform theme (it pulls GTK's
# stack: pango, cairo, gdk-pixbuf, atk; Fusion is the style), framebuffer/kiosk/VNC
# platforms and their EGL device integrations, raw evdev input, network information.
LINUX_DROPPED_PLUGINS = (
    "platformthemes/libqgtk3", "platforms/libqeglfs", "platforms/libqlinuxfb",
    "platforms/libqminimalegl", "platforms/libqvnc", "platforms/libqvkkhrdisplay",
    "egldeviceintegrations/", "generic/", "networkinformation/",
)
LANGUAGES = ("_zh_CN", "_en")  # Qt's own translations kept: the languages fairdesk ships


def _slashed(dest: str) -> str:
    return dest.replace("\\", "/")


def wanted_data(dest: str) -> bool:
    """Qt's own translations only for fairdesk's languages; compiled .qm, not .ts."""
    dest = _slashed(dest)
    if dest.startswith("resources/translations/"):
        return not dest.endswith(".ts")
    if "/Qt/translations/" not in dest:
        return True
    return any(code in dest for code in LANGUAGES)


def dropped_plugin(dest: str, platform: str) -> bool:
    dest = _slashed(dest)
    return (platform.startswith("linux") and "/Qt/plugins/" in dest
            and any(f"/Qt/plugins/{name}" in dest for name in LINUX_DROPPED_PLUGINS))


def needed_binaries(binaries: list[Entry], platform: str, imports: Imports,
                    say: Callable[[str], None] = print) -> list[Entry]:
    """The binaries without the dropped plugins, and without the shared libraries only
    those plugins needed: a library stays when a kept extension module or plugin needs it
    (``imports`` gives all it needs, as ``ldd`` does, not only its direct needs)."""
    kept = [entry for entry in binaries if not dropped_plugin(entry[0], platform)]
    if not platform.startswith("linux"):
        return kept
    roots = [entry for entry in kept
             if entry[2] == "EXTENSION" or "/Qt/plugins/" in _slashed(entry[0])]
    needed = {name for _dest, src, _kind in roots for name, _path in imports(src)}
    left_out = [entry for entry in kept if entry not in roots and entry[2] != "SYMLINK"
                and os.path.basename(entry[0]) not in needed
                and not os.path.basename(entry[0]).startswith("libpython")]
    for dest, _src, _kind in left_out:
        say(f"fairdesk.spec: leaving out {dest} (only a dropped plugin needs it)")
    return without_dangling_links([e for e in kept if e not in left_out],
                                  [e for e in kept if e not in left_out])


def without_dangling_links(entries: list[Entry], binaries: list[Entry]) -> list[Entry]:
    """PyInstaller links libraries into the top folder: no link to one left out."""
    present = {os.path.basename(entry[0]) for entry in binaries if entry[2] != "SYMLINK"}
    return [entry for entry in entries
            if entry[2] != "SYMLINK" or os.path.basename(entry[1]) in present]
