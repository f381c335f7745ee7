"""What fairdesk.spec leaves out of the one-folder app, as functions of PyInstaller's lists.

PyInstaller's tables of contents are lists of ``(dest, source, typecode)``; these
functions take and return such lists, and take the platform and the dependency reader
as arguments, so ``tests/test_bundle_trim.py`` checks them without PyInstaller.
"""

from __future__ import annotations

import os
import shutil
import subprocess
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


def _own(dest: str) -> bool:
    """A Qt plugin, or a library a wheel ships in its own folder for its package to open,
    maybe with ctypes, which no dependency reader sees (pypdfium2_raw/libpdfium.so: left
    out, the badge layout page could not draw its preview). Qt's own libraries are not:
    some serve only the dropped plugins."""
    dest = _slashed(dest)
    return "/Qt/plugins/" in dest or ("/" in dest and not dest.startswith("PySide6/Qt/lib/"))


def needed_binaries(binaries: list[Entry], platform: str, imports: Imports,
                    say: Callable[[str], None] = print) -> list[Entry]:
    """The binaries without the dropped plugins, and without the shared libraries only
    those plugins needed: a library stays when a kept extension module or plugin needs it
    (``imports`` gives all it needs, as ``ldd`` does, not only its direct needs)."""
    kept = [entry for entry in binaries if not dropped_plugin(entry[0], platform)]
    if not platform.startswith("linux"):
        return kept
    roots = [entry for entry in kept if entry[2] == "EXTENSION" or _own(entry[0])]
    needed = {name for _dest, src, _kind in roots for name, _path in imports(src)}
    left_out = [entry for entry in kept if entry not in roots and entry[2] != "SYMLINK"
                and os.path.basename(entry[0]) not in needed
                and not os.path.basename(entry[0]).startswith("libpython")]
    for dest, _src, _kind in left_out:
        say(f"fairdesk.spec: leaving out {dest} (no kept module or plugin needs it)")
    return without_dangling_links([e for e in kept if e not in left_out],
                                  [e for e in kept if e not in left_out])


def without_dangling_links(entries: list[Entry], binaries: list[Entry]) -> list[Entry]:
    """PyInstaller links libraries into the top folder: no link to one left out."""
    present = {os.path.basename(entry[0]) for entry in binaries if entry[2] != "SYMLINK"}
    return [entry for entry in entries
            if entry[2] != "SYMLINK" or os.path.basename(entry[1]) in present]


# Stripped on Linux: the build machine's libpython carries its symbol table (17 MB of the
# 23). Only it: the wheels' libraries were rewritten by auditwheel (patchelf), and strip
# breaks them (numpy's OpenBLAS then fails to load, "ELF load command address/offset not
# page-aligned", and the dashboard's charts with it); PyInstaller's strip=True would strip
# them all.
STRIPPED = ("libpython",)
Strip = Callable[[str], bool]  # strips the file in place; False when it could not


def stripped(binaries: list[Entry], platform: str, folder: str, strip: Strip,
             say: Callable[[str], None] = print) -> list[Entry]:
    """``binaries`` with each library named in ``STRIPPED`` taken from a stripped copy in
    ``folder`` (the build's work folder); as they were elsewhere than on Linux, or when
    strip fails (the folder is then only larger)."""
    if not platform.startswith("linux"):
        return binaries
    result = []
    for dest, src, kind in binaries:
        name = os.path.basename(dest)
        if kind == "BINARY" and name.startswith(STRIPPED):
            copy = os.path.join(folder, "stripped", name)
            os.makedirs(os.path.dirname(copy), exist_ok=True)
            shutil.copyfile(src, copy)
            if strip(copy):
                say(f"fairdesk.spec: {name} stripped ({os.path.getsize(src) >> 20} MB -> "
                    f"{os.path.getsize(copy) >> 20} MB)")
                src = copy
        result.append((dest, src, kind))
    return result


def run_strip(path: str) -> bool:
    """``strip --strip-unneeded path`` (binutils); False when strip is missing or fails."""
    try:
        return subprocess.run(["strip", "--strip-unneeded", path],
                              capture_output=True, check=False).returncode == 0
    except OSError:
        return False
