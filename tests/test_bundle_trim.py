"""What the one-folder app leaves out (tools/bundle_trim.py, used by fairdesk.spec)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

spec = importlib.util.spec_from_file_location(
    "bundle_trim", Path(__file__).parent.parent / "tools" / "bundle_trim.py")
bundle_trim = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bundle_trim)

QT = "PySide6/Qt"
BINARIES = [
    (f"{QT}/plugins/platformthemes/libqgtk3.so", "/v/libqgtk3.so", "BINARY"),
    (f"{QT}/plugins/platforms/libqxcb.so", "/v/libqxcb.so", "BINARY"),
    (f"{QT}/plugins/platforms/libqeglfs.so", "/v/libqeglfs.so", "BINARY"),
    ("PySide6/QtWidgets.abi3.so", "/v/QtWidgets.abi3.so", "EXTENSION"),
    (f"{QT}/lib/libQt6Widgets.so.6", "/v/libQt6Widgets.so.6", "BINARY"),
    (f"{QT}/lib/libQt6EglFSDeviceIntegration.so.6", "/v/libQt6EglFS.so.6", "BINARY"),
    ("libQt6EglFSDeviceIntegration.so.6", f"{QT}/lib/libQt6EglFSDeviceIntegration.so.6",
     "SYMLINK"),
    ("libQt6Widgets.so.6", f"{QT}/lib/libQt6Widgets.so.6", "SYMLINK"),
    ("libpango-1.0.so.0", "/usr/lib/libpango-1.0.so.0", "BINARY"),
    ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
    ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
    ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
]
NEEDS = {  # what ldd says each root needs, all the way down
    "/v/libqgtk3.so": ["libpango-1.0.so.0", "libcairo.so.2", "libQt6Widgets.so.6"],
    "/v/libqxcb.so": ["libxcb-cursor.so.0", "libcairo.so.2"],
    "/v/libqeglfs.so": ["libQt6EglFSDeviceIntegration.so.6"],
    "/v/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
}


def imports(path: str) -> list[tuple[str, str | None]]:
    return [(name, None) for name in NEEDS.get(path, [])]


def names(entries) -> set[str]:
    return {Path(dest).name for dest, _src, _kind in entries}


def test_linux_leaves_out_the_gtk_theme_and_what_only_it_needs():
    said = []
    kept = bundle_trim.needed_binaries(BINARIES, "linux", imports, said.append)
    assert {"libqgtk3.so", "libqeglfs.so", "libpango-1.0.so.0"}.isdisjoint(names(kept))
    assert "libQt6EglFSDeviceIntegration.so.6" not in names(kept)  # file and link both gone
    # cairo stays: the xcb platform needs it too; libpython is the programs' own
    assert {"libqxcb.so", "libcairo.so.2", "libxcb-cursor.so.0", "libQt6Widgets.so.6",
            "libpython3.11.so.1.0", "QtWidgets.abi3.so"} <= names(kept)
    assert [entry for entry in kept if entry[2] == "SYMLINK"] == [BINARIES[7]]
    assert any("libpango-1.0.so.0" in line for line in said)


def test_windows_keeps_every_binary():
    assert bundle_trim.needed_binaries(BINARIES, "win32", imports) == BINARIES


def test_only_fairdesks_languages_of_qts_translations():
    assert bundle_trim.wanted_data(f"{QT}/translations/qtbase_zh_CN.qm")
    assert bundle_trim.wanted_data(f"{QT}/translations/qtbase_en.qm")
    assert not bundle_trim.wanted_data(f"{QT}/translations/qtbase_de.qm")
    assert not bundle_trim.wanted_data("resources/translations/fairdesk_zh_CN.ts")
    assert bundle_trim.wanted_data("resources/translations/fairdesk_zh_CN.qm")


def _strip_halves(path: str) -> bool:
    data = Path(path).read_bytes()
    Path(path).write_bytes(data[: len(data) // 2])
    return True


def test_linux_strips_libpython_only_never_a_wheels_library(tmp_path):
    libs = tmp_path / "site"
    libs.mkdir()
    entries = []
    for dest in ("libpython3.11.so.1.0", "numpy.libs/libscipy_openblas64_-32a4b2a6.so",
                 "PIL/_imaging.cpython-311-x86_64-linux-gnu.so"):
        src = libs / Path(dest).name
        src.write_bytes(b"\x7fELF" + b"s" * 4096)
        entries.append((dest, str(src), "BINARY"))
    said = []
    result = bundle_trim.stripped(entries, "linux", str(tmp_path / "work"), _strip_halves,
                                  said.append)
    python, *wheels = result
    assert python[0] == "libpython3.11.so.1.0" and python[1] != entries[0][1]
    assert Path(python[1]).stat().st_size < Path(entries[0][1]).stat().st_size
    assert Path(entries[0][1]).stat().st_size == 4100  # the environment's own left whole
    assert wheels == entries[1:]
    assert len(said) == 1 and "libpython3.11.so.1.0 stripped" in said[0]


def test_strip_failing_or_windows_keeps_the_library_as_it_was(tmp_path):
    src = tmp_path / "libpython3.11.so.1.0"
    src.write_bytes(b"\x7fELF")
    entries = [(src.name, str(src), "BINARY")]
    assert bundle_trim.stripped(entries, "linux", str(tmp_path), lambda _p: False) == entries
    assert bundle_trim.stripped(entries, "win32", str(tmp_path), _strip_halves) == entries


def test_run_strip_really_strips_a_library(tmp_path):
    import shutil
    import sysconfig

    lib = Path(sysconfig.get_config_var("LIBDIR") or "") / (
        sysconfig.get_config_var("LDLIBRARY") or "")
    if ".so" not in lib.name or not lib.is_file() or shutil.which("strip") is None:
        pytest.skip("no shared libpython or no strip here")
    copy = tmp_path / lib.name
    shutil.copyfile(lib, copy)
    assert bundle_trim.run_strip(str(copy))
    assert copy.stat().st_size <= lib.stat().st_size
    assert copy.read_bytes()[:4] == b"\x7fELF"


def test_a_library_a_wheel_opens_with_ctypes_stays_though_nothing_links_it():
    pdfium = ("pypdfium2_raw/libpdfium.so", "/v/site/pypdfium2_raw/libpdfium.so", "BINARY")
    said = []
    kept = bundle_trim.needed_binaries([*BINARIES, pdfium], "linux", imports, said.append)
    assert pdfium in kept  # the badge layout page draws its preview with it
    assert "libpango-1.0.so.0" not in names(kept)  # what only the GTK theme needed still goes
    assert not any("libpdfium" in line for line in said)
