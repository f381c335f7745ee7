"""The fonts for screen and paper, registered with ReportLab, and text set in runs of them.

WenQuanYi Micro Hei (``FONT``) covers Chinese, Latin, kana, hangul, Cyrillic and Greek;
the bundled fallbacks (``resources.FALLBACK_FONTS``: Noto Sans Arabic, Hebrew, Thai,
Devanagari, Hanazono Mincho for CJK Extensions A and B, Symbola for emoji) cover the
rest. All have TrueType outlines, so ReportLab embeds them (subsetted).

A string is set as *runs*: each character in the first font that has it (spaces and
punctuation stay in the run they are in), runs in right-to-left scripts ordered
right to left, and runs in scripts that need shaping (Arabic joining, Thai and
Devanagari marks) shaped with HarfBuzz. :func:`draw` puts such a string on a canvas,
:func:`text_width` measures it, :func:`markup` gives the same runs to a Paragraph and
:func:`missing` names the characters no bundled font can print.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr

from fairdesk.resources import FALLBACK_FONTS, FONT_FILE, resource_path

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

FONT = "WQYMicroHei"
FONT_BOLD = "WQYMicroHei"  # the family has one weight; headings use size, not weight
# Characters that draw nothing: they join the run they are in, whatever its font.
_IGNORABLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufe0e\ufe0f\ufeff")
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


@dataclass(frozen=True)
class Run:
    """Consecutive characters set in one font, in logical order."""

    font: str
    text: str
    rtl: bool


@dataclass(frozen=True)
class Piece:
    """A run ready to draw: its text in visual order (shaped when the script needs it)."""

    font: str
    text: str
    width: float


@dataclass(frozen=True)
class Laid:
    pieces: tuple[Piece, ...]
    width: float


@cache
def register_fonts() -> str:
    """Register the bundled fonts (cheap after the first call); returns the main one's name."""
    # Names print as written: HarfBuzz's discretionary ligatures would add vowel marks to
    # Arabic names (محمد -> مُحَمَّد), so ReportLab's shaping keeps to kerning and ligatures.
    if getattr(ttfonts, "uharfbuzz", None) is not None:
        ttfonts.shapeFragWord.__defaults__ = ({"kern": True, "liga": True}, False)
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path(FONT_FILE)), subfontIndex=0))
    for font in FALLBACK_FONTS:
        pdfmetrics.registerFont(TTFont(font.name, str(resource_path(font.file))))
    return FONT


def _utf16_hex(code: int) -> str:
    return code.to_bytes(4, "big").hex().upper()[4:] if code < 0x10000 else \
        chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with characters beyond the BMP (𠮷, emoji) written as
    UTF-16 pairs: ReportLab writes U+20BB7 as five hex digits, and a PDF's text then
    reads 𠮷 as another character."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
             "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
             "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
             f"{len(subset)} beginbfchar"]
    lines += [f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
              "end"]
    return "\n".join(lines)


@cache
def _order() -> tuple[tuple[str, dict[int, int], bool], ...]:
    """(name, its character map, shaped?) for every font, the main one first."""
    register_fonts()
    fonts = [(FONT, pdfmetrics.getFont(FONT).face.charToGlyph, False)]
    fonts += [(f.name, pdfmetrics.getFont(f.name).face.charToGlyph, f.shaped)
              for f in FALLBACK_FONTS]
    return tuple(fonts)


@cache
def _shaped(font: str) -> bool:
    return any(name == font and shaped for name, _cmap, shaped in _order())


@lru_cache(maxsize=16384)
def font_for(char: str) -> str | None:
    """The first bundled font that has ``char``; None when none has it."""
    code = ord(char)
    for name, cmap, _shaped_font in _order():
        if code in cmap:
            return name
    return None


def _covers(font: str, char: str) -> bool:
    return any(name == font and ord(char) in cmap for name, cmap, _s in _order())


def _rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _strong(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("L", "R", "AL")


@lru_cache(maxsize=1024)
def missing(text: str) -> str:
    """The characters of ``text`` that no bundled font can print, each once, in order."""
    seen: dict[str, None] = {}
    for char in text or "":
        if char.isspace() or char in _IGNORABLE or unicodedata.category(char) in ("Mn", "Cf"):
            continue
        if font_for(char) is None:
            seen[char] = None
    return "".join(seen)


def _char_font(char: str, current: str | None) -> str:
    """The font for ``char``: the current run's if it has it and ``char`` is not a letter of
    its own script (so spaces and punctuation do not split a run), else the first that has it."""
    if current and (char in _IGNORABLE or unicodedata.category(char)[0] in "MZP"
                    or not _strong(char)) and _covers(current, char):
        return current
    return font_for(char) or current or FONT


@lru_cache(maxsize=8192)
def runs(text: str) -> tuple[Run, ...]:
    """``text`` cut into runs of one font and one direction, in logical order.

    Neutral characters (spaces, punctuation) between two right-to-left letters are
    right-to-left; anywhere else they take the direction of the line."""
    if not text:
        return ()
    base_rtl = _base_rtl(text)
    dirs = _directions(text, base_rtl)
    out: list[Run] = []
    font, start = None, 0
    for i, char in enumerate(text):
        f = _char_font(char, font)
        if font is not None and (f != font or dirs[i] != dirs[start]):
            out.append(Run(font, text[start:i], dirs[start]))
            start, f = i, _char_font(char, None)
        font = f
    out.append(Run(font or FONT, text[start:], dirs[start]))
    return tuple(out)


def _base_rtl(text: str) -> bool:
    """The line's direction: that of its first strong letter (Unicode's rule P2)."""
    for char in text:
        if _strong(char):
            return _rtl(char)
    return False


def _directions(text: str, base_rtl: bool) -> list[bool]:
    """Per character, right-to-left or not (a one-level version of the Unicode algorithm:
    digits and Latin inside Arabic read left to right, as do neutrals at an edge)."""
    strong = [(_rtl(c) if _strong(c) else None) for c in text]
    out: list[bool] = []
    for i, s in enumerate(strong):
        if s is not None:
            out.append(s)
            continue
        before = next((x for x in reversed(strong[:i]) if x is not None), base_rtl)
        after = next((x for x in strong[i + 1:] if x is not None), base_rtl)
        out.append(before if before == after else base_rtl)
    return out


def is_rtl(text: str) -> bool:
    """Whether ``text`` reads right to left (its first letter is Arabic, Hebrew...)."""
    return not text.isascii() and _base_rtl(text)


def _visual(text: str) -> list[Run]:
    """The runs of ``text`` in the order they are drawn, left to right."""
    rs = list(runs(text))
    blocks: list[list[Run]] = []
    for r in rs:
        if blocks and blocks[-1][0].rtl == r.rtl:
            blocks[-1].append(r)
        else:
            blocks.append([r])
    for block in blocks:
        if block[0].rtl:
            block.reverse()
    if _base_rtl(text):
        blocks.reverse()
    return [r for block in blocks for r in block]


@lru_cache(maxsize=16384)
def layout(text: str, size: float) -> Laid:
    """``text`` at ``size`` as pieces to draw left to right, and its width."""
    register_fonts()
    pieces = []
    for r in _visual(text):
        if _shaped(r.font):
            shaped = shapeStr(r.text, r.font, size, force=True)
            if isinstance(shaped, ShapedStr):
                w = sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
                pieces.append(Piece(r.font, shaped, w))
                continue
        s = r.text[::-1].translate(_MIRROR) if r.rtl else r.text
        pieces.append(Piece(r.font, s, pdfmetrics.stringWidth(s, r.font, size)))
    return Laid(tuple(pieces), sum(p.width for p in pieces))


def text_width(text: str, size: float) -> float:
    if not text:
        return 0.0
    if text.isascii():
        register_fonts()
        return pdfmetrics.stringWidth(text, FONT, size)
    return layout(text, size).width


def descent(text: str, size: float) -> float:
    """How far below the baseline ``text``'s deepest font reaches (Arabic reaches far
    deeper than Chinese), as a positive length."""
    register_fonts()
    fonts = {FONT} if text.isascii() else {r.font for r in runs(text)}
    # A font's declared descent makes room for its deepest stacked marks (Noto Sans Arabic:
    # 0.74 em); the letters of a name reach at most some 0.45 em.
    return max(min(-pdfmetrics.getFont(f).face.descent, 450) for f in fonts) * size / 1000


def draw(c: Canvas, x: float, y: float, text: str, size: float, align: str = "left") -> float:
    """Draw ``text`` with its baseline at ``y``: starting at ``x`` (``align="left"``), centred
    on it ("centre") or ending at it ("right"). Leaves the canvas font at ``FONT``/``size``;
    returns the width drawn."""
    if not text:
        return 0.0
    if text.isascii():
        c.setFont(FONT, size)
        w = c.stringWidth(text, FONT, size)
        c.drawString(x - (w / 2 if align == "centre" else w if align == "right" else 0), y, text)
        return w
    laid = layout(text, size)
    x -= laid.width / 2 if align == "centre" else laid.width if align == "right" else 0
    for p in laid.pieces:
        c.setFont(p.font, size)
        c.drawString(x, y, p.text)
        x += p.width
    c.setFont(FONT, size)
    return laid.width


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@lru_cache(maxsize=16384)
def markup(text: str) -> str:
    """Paragraph markup for one line of ``text``: escaped, each fallback run in its font,
    right-to-left runs in visual order (word by word: a Paragraph with ``shaping`` shapes
    each word, so an Arabic word is joined)."""
    if text.isascii() or not text:
        return _xml(text)
    out = []
    for r in _visual(text):
        if r.rtl:
            words = r.text.split(" ")
            body = " ".join(reversed(words)) if _shaped(r.font) else r.text[::-1].translate(_MIRROR)
        else:
            body = r.text
        out.append(_xml(body) if r.font == FONT else f'<font name="{r.font}">{_xml(body)}</font>')
    return "".join(out)


def needs_shaping(text: str) -> bool:
    """Whether a Paragraph of ``text`` must be shaped (it has a run in a shaped script)."""
    return not text.isascii() and any(_shaped(r.font) for r in runs(text))


def fit_size(text: str, max_width: float, size: float, min_size: float = 6) -> float:
    """The largest font size <= ``size`` at which ``text`` fits ``max_width`` (not below min)."""
    width = text_width(text, size)
    if width <= max_width:
        return size
    return max(min_size, size * max_width / width)


# Full-width punctuation that never starts a line in Chinese typesetting (避头点). ReportLab's
# CJK wrap hangs a character of its ALL_CANNOT_START in the right margin instead of moving it
# to the next line, but its list holds only the Japanese set: a Chinese line could begin with
# "，" or "：".
CANNOT_START_ZH = "，：；！？％）》」』〉】〕、。"


@cache
def hang_cjk_punctuation() -> None:
    """Teach ReportLab's Paragraph wrap the Chinese punctuation that cannot start a line
    (called by every module that sets Paragraphs; the import of platypus stays with them).

    ReportLab hangs one such character in the margin; of two in a row ("赵国栋）" then "，")
    the second still began the next line. Then the last character before them goes down
    with them ("栋），由……"), as Chinese typesetting does."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):  # each wrap reads its own module's copy
        missing = "".join(c for c in CANNOT_START_ZH if c not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing
    paragraph.wordSplit = _split_keeping_punctuation(textsplit.wordSplit,
                                                     textsplit.ALL_CANNOT_START)


def _split_keeping_punctuation(split: Callable, cannot_start: str) -> Callable:
    def wrapped(word: str, max_widths: list[float], font: str, size: float,
                encoding: str = "utf8") -> list:
        lines = split(word, max_widths, font, size, encoding)
        for i in range(1, len(lines)):
            before, text = lines[i - 1][1], lines[i][1]
            if not text or text[0] not in cannot_start or len(before) < 3:
                continue
            k = len(before) - 1
            while k > 1 and before[k] in cannot_start:
                k -= 1
            head = before[:k]
            width = max_widths[min(i - 1, len(max_widths) - 1)]
            rest = before[k:] + "".join(line[1] for line in lines[i:])
            return (lines[:i - 1] + [[width - pdfmetrics.stringWidth(head, font, size), head]]
                    + wrapped(rest, max_widths[i:] or max_widths[-1:], font, size, encoding))
        return lines
    return wrapped
