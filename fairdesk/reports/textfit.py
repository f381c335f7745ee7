"""Fitting names and organisations into a box: shrink, then wrap, never overflow."""

from __future__ import annotations

import re
from functools import lru_cache

from fairdesk.core.guests.names import has_han
from fairdesk.reports.fonts import text_width


@lru_cache(maxsize=8192)
def width(text: str, size: float) -> float:
    return text_width(text, size)


# a unit of wrapping: one Chinese character (with the punctuation that must not start a line),
# a word up to a hyphen between letters (Fitzgerald-|Whitmore), or a run of other characters
# between spaces (a Latin word is never cut but at its hyphen)
_UNITS = re.compile(r"\s+|[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff][，。、；：）》」』！？]*"
                    r"|[^\s\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+?[^\W\d_]-(?=[^\W\d_])"
                    r"|[^\s\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")


def wrap_lines(text: str, max_width: float, size: float) -> list[str]:
    """Greedy wrap: between Latin words, and between any two Chinese characters (a text with
    both, "海滨集团 Senior Vice President", breaks at either)."""
    lines: list[str] = []
    line, space = "", False
    for unit in _UNITS.findall(text):
        if unit.isspace():
            space = True
            continue
        trial = f"{line}{' ' if space and line else ''}{unit}"
        if line and width(trial, size) > max_width:
            lines.append(line)
            line = unit
        else:
            line = trial
        space = False
    if line:
        lines.append(line)
    return lines


def _breaks(text: str) -> list[tuple[str, str]]:
    """Every two-line split of Latin text at a space or after a hyphen."""
    splits = []
    for i, char in enumerate(text):
        if char == " ":
            splits.append((text[:i], text[i + 1:]))
        elif char == "-" and 0 < i < len(text) - 1:
            splits.append((text[:i + 1], text[i + 1:]))
    return splits


def _two_lines(text: str) -> list[str]:
    """The two-line split whose longer line is shortest."""
    if has_han(text) and " " not in text:
        return _balanced_han(text, 2)
    splits = _breaks(text)
    if not splits:
        return [text]
    return list(min(splits, key=lambda p: max(width(p[0], 10), width(p[1], 10))))


def _balanced_han(text: str, lines: int) -> list[str]:
    """A Chinese name split into ``lines`` even pieces (欧阳娜娜 -> 欧阳 / 娜娜)."""
    if lines == 2 and "·" in text.strip("·"):
        cut = text.index("·", 1) + 1
        return [text[:cut], text[cut:]]
    step = -(-len(text) // lines)
    return [text[i:i + step] for i in range(0, len(text), step)]


@lru_cache(maxsize=4096)
def fit_lines(text: str, max_width: float, max_size: float, min_size: float,
              max_lines: int = 2) -> tuple[tuple[str, ...], float]:
    """Lines and a font size at which ``text`` fits ``max_width``.

    One line at up to ``max_size``; if that would go below ``min_size``, wrap into up to
    ``max_lines`` lines; if even that does not fit, shrink below ``min_size`` (never overflow).
    """
    text = " ".join(text.split())
    if not text:
        return (), max_size
    one = width(text, max_size)
    if one <= max_width:
        return (text,), max_size
    size = max_size * max_width / one
    if size >= min_size or max_lines == 1:
        return (text,), size * 0.999
    two = _two_lines(text)
    widest = max(width(ln, max_size) for ln in two)
    size = min(max_size, max_size * max_width / widest) * 0.999
    if size >= min_size or max_lines == 2:
        return tuple(two), size
    for lines_wanted in range(3, max_lines + 1):
        size = max_size
        while size >= min_size:
            lines = (_balanced_han(text, lines_wanted) if has_han(text) and " " not in text
                     else wrap_lines(text, max_width, size))
            if len(lines) <= lines_wanted and all(width(ln, size) <= max_width for ln in lines):
                return tuple(lines), size
            size -= 0.5
    lines = (_balanced_han(text, max_lines) if has_han(text) and " " not in text
             else wrap_lines(text, max_width, min_size))
    if len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], " ".join(lines[max_lines - 1:])]
    widest = max(width(ln, min_size) for ln in lines)
    return tuple(lines), min_size * min(1.0, max_width / widest) * 0.999


def spaced_name(name: str) -> str:
    """A two-character Chinese name spaced as on government cards: 张伟 -> 张　伟."""
    return f"{name[0]}\u3000{name[1]}" if len(name) == 2 and has_han(name) else name
