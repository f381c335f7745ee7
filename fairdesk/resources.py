"""One way to find bundled resources, in a source checkout and a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

FONT_FILE = "fonts/wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"


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
