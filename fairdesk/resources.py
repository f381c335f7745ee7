"""One way to find bundled resources, in a source checkout and a frozen build."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

FONT_FILE = "fonts/wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"


@dataclass(frozen=True)
class BundledFont:
    """A fallback font: its ReportLab name, file, Qt family, and whether its script is shaped."""

    name: str
    file: str
    family: str
    shaped: bool = False


# Tried in this order after WenQuanYi Micro Hei for a character it lacks (licences beside them).
FALLBACK_FONTS = (
    BundledFont("NotoSansArabic", "fonts/NotoSansArabic-Regular.ttf", "Noto Sans Arabic", True),
    BundledFont("NotoSansHebrew", "fonts/NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew", True),
    BundledFont("NotoSansThai", "fonts/NotoSansThai-Regular.ttf", "Noto Sans Thai", True),
    BundledFont("NotoSansDevanagari", "fonts/NotoSansDevanagari-Regular.ttf",
                "Noto Sans Devanagari", True),
    BundledFont("HanaMinA", "fonts/HanaMinA-ExtA.ttf", "HanaMinA"),
    BundledFont("HanaMinB", "fonts/HanaMinB-ExtB.ttf", "HanaMinB"),
    BundledFont("Symbola", "fonts/Symbola.ttf", "Symbola"),
)


def resources_dir() -> Path:
    """The `resources/` folder: inside the bundle when frozen, beside the package in a
    checkout (or an editable install), else under ``<prefix>/share/fairdesk`` (pip install .)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "fairdesk" / "resources"


def resource_path(relative: str) -> Path:
    """Absolute path of a bundled resource, e.g. ``resource_path("fonts/wqy-microhei.ttc")``."""
    return resources_dir() / relative
