"""The one font for screen and paper, registered with ReportLab.

WenQuanYi Micro Hei has TrueType outlines, so ReportLab embeds it (subsetted)
and Chinese and Latin print alike. ``FONT`` is the name to use in canvases and
paragraph styles; call :func:`register_fonts` first (cheap after the first call).
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fairdesk.resources import FONT_FILE, resource_path

FONT = "WQYMicroHei"
FONT_BOLD = "WQYMicroHei"  # the family has one weight; headings use size, not weight


@cache
def register_fonts() -> str:
    """Register the bundled CJK font; returns its ReportLab name."""
    path = resource_path(FONT_FILE)
    pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    return FONT


def text_width(text: str, size: float) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, FONT, size)


def fit_size(text: str, max_width: float, size: float, min_size: float = 6) -> float:
    """The largest font size <= ``size`` at which ``text`` fits ``max_width`` (not below min)."""
    width = text_width(text, size)
    if width <= max_width:
        return size
    return max(min_size, size * max_width / width)
