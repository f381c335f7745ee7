"""Which characters the bundled fonts can print, for warnings at import and before printing.

Read from the fonts' character maps (the files in ``resources/fonts``, the same the
printouts and the window use), once per process, lazily: the first question costs
some 0.2 s, every later one a set lookup.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from fairdesk.resources import FALLBACK_FONTS, FONT_FILE, resource_path


@cache
def _covered() -> frozenset[int]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    codes: set[int] = set()
    for file in (FONT_FILE, *(f.file for f in FALLBACK_FONTS)):
        codes.update(TTFontFile(str(resource_path(file)), subfontIndex=0).charToGlyph)
    return frozenset(codes)


def _silent(char: str) -> bool:
    """Characters that draw nothing of their own (spaces, joiners, variation selectors)."""
    return char.isspace() or unicodedata.category(char) in ("Mn", "Me", "Cf", "Cc")


@lru_cache(maxsize=65536)
def unprintable(text: str) -> str:
    """The characters of ``text`` no bundled font has, each once, in order ('' for none)."""
    if not text or text.isascii():
        return ""
    covered = _covered()
    return "".join(dict.fromkeys(c for c in text if ord(c) not in covered and not _silent(c)))
