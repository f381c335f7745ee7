"""Names in any script: a Latin form for sorting and the keys search matches on."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 独孤 南宫 西门 呼延".split())
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))


def fold_latin(text: str) -> str:
    """Lower case, accents removed, whitespace collapsed: 'Müller  Hans' -> 'muller hans'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower()  # before the replacements, so that Ø and Æ fold too
    return " ".join(text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").split())


@lru_cache(maxsize=65536)
def latin_name(name: str) -> str:
    """'张伟' -> 'Zhang Wei'; Latin names come back accent-free as written."""
    if not has_han(name):
        return name if name.isascii() else " ".join(fold_latin(name).split()).title()
    syllables = [s for s in lazy_pinyin(name, errors="default") if s.strip()]
    if not syllables:
        return name
    split = 2 if name[:2] in COMPOUND_SURNAMES and len(syllables) > 2 else 1
    family, given = "".join(syllables[:split]), "".join(syllables[split:])
    return f"{family.capitalize()} {given.capitalize()}".strip()


@lru_cache(maxsize=65536)
def pinyin_keys(name: str) -> tuple[str, str]:
    """('zhangwei', 'zw') for a Chinese name; ('', '') when it has no Han characters."""
    if not has_han(name):
        return "", ""
    full = lazy_pinyin(name, errors="ignore")
    initials = lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore")
    return "".join(full).lower(), "".join(initials).lower()


def sort_key(name: str) -> str:
    return fold_latin(latin_name(name))
