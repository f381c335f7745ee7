"""Bilingual text for the core, the command line and the reports.

The window uses Qt translations (``tr()``); the core has no Qt, so every
user-facing sentence it produces is a :class:`Text` carrying both languages,
rendered in the language chosen with :func:`set_language`.
"""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass

LANGUAGES = ("zh", "en")
_language = "zh"


def system_language() -> str:
    """'zh' or 'en' from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), Chinese first."""
    for var in ("FAIRDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").lower()
        if value.startswith("en"):
            return "en"
        if value.startswith("zh"):
            return "zh"
    return _fallback()


def _fallback() -> str:
    """Chinese first: English only when the system (Windows) says so; the C locale is no say."""
    if os.name != "nt":
        return "zh"
    loc = (locale.getlocale()[0] or "").lower()
    return "en" if loc.startswith(("en", "english")) else "zh"


def set_language(lang: str) -> None:
    global _language
    _language = "en" if lang.startswith("en") else "zh"


def language() -> str:
    return _language


@dataclass(frozen=True)
class Text:
    """A sentence in Chinese and English."""

    zh: str
    en: str

    def __str__(self) -> str:
        return self.en if _language == "en" else self.zh

    def format(self, **kwargs: object) -> Text:
        return Text(self.zh.format(**kwargs), self.en.format(**kwargs))


def t(zh: str, en: str, **kwargs: object) -> str:
    """Pick the current language's form and fill in ``{placeholders}``."""
    return (en if _language == "en" else zh).format(**kwargs)
