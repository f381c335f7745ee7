"""Names in any script: a Latin form for sorting and the keys search matches on.

Pinyin is looked up character by character in pypinyin's dictionary (its
first reading, tones removed), with the surname readings of polyphonic family
names (单 Shan, 曾 Zeng, 解 Xie...). That is what names need (they are not
phrases), and it is some twenty times faster than ``lazy_pinyin`` — an import
of 10,000 guests derives every name's pinyin in a few tens of milliseconds.

Traditional characters are folded to simplified with OpenCC's character table
(``fold_han``), so 張偉 and 张伟 share every key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 独孤 南宫 西门 呼延"
    " 万俟".split())
# Family names whose surname reading is not the character's first reading.
SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "查": "zha",
    "盖": "ge", "缪": "miao", "乐": "yue", "翟": "zhai", "黑": "he", "繁": "po", "召": "shao",
    "员": "yun", "种": "chong", "折": "she", "隗": "wei", "秘": "bi", "长": "chang", "尉": "wei",
    "万": "wan", "覃": "qin", "沈": "shen", "柏": "bai", "薄": "bo", "卜": "bu", "蔡": "cai",
    "重": "chong", "都": "du", "藏": "zang", "会": "gui", "阚": "kan", "纪": "ji", "宿": "su",
}
COMPOUND_READINGS = {"尉迟": "yuchi", "万俟": "moqi", "长孙": "zhangsun"}
# Han ideographs: the basic block, Extension A, compatibility ideographs, Extensions B-H.
_HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN = re.compile(f"[{_HAN_CLASS}]")
# Kana mark a Japanese name (the katakana middle dot ・ aside: Chinese typists use it too).
_KANA = re.compile(r"[\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
# The dot between the parts of a minority or foreign name written in Chinese characters.
_NAME_DOT = re.compile(r"\s*[\u00b7\u2022\u2027\u30fb\uff0e\u2219]\s*")
# Readings of characters in transliterated names (阿卜杜 Abudu, not Abodu).
TRANSLIT_READINGS = {"卜": "bu", "什": "shi", "尔": "er", "克": "ke", "莎": "sha"}
_SPACES = re.compile(r"\s+")
_NO_MARKS = re.compile(f"[\\x00-\\x7f{_HAN_CLASS}]*")


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))


def has_kana(text: str) -> bool:
    return bool(_KANA.search(text))


def fold_latin(text: str) -> str:
    """Lower case, accents removed, whitespace collapsed: 'Müller  Hans' -> 'muller hans'."""
    text = unicodedata.normalize("NFKD", text)
    if not _NO_MARKS.fullmatch(text):  # ASCII and Han carry no combining marks: most names
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower()  # before the replacements, so that Ø and Æ fold too
    return " ".join(text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
                    .replace("đ", "d").replace("ł", "l").split())


# --- traditional -> simplified ----------------------------------------------------------
@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            table[ord(parts[0])] = parts[1].split()[0]
    return table


def fold_han(text: str) -> str:
    """Traditional characters folded to simplified: '張偉' -> '张伟' (other text unchanged)."""
    if not has_han(text):
        return text
    return text.translate(_t2s_table())


@lru_cache(maxsize=131072)
def fold_text(text: str) -> str:
    """The form duplicates and search compare: simplified, accent-free, lower case, no spaces.

    Full-width letters and digits become ASCII (NFKC) first: 'Ａnna  Müller' -> 'annamuller'.
    """
    text = unicodedata.normalize("NFKC", text or "")
    return _SPACES.sub("", fold_latin(fold_han(text)))


# --- pinyin ---------------------------------------------------------------------------
@lru_cache(maxsize=65536)
def char_pinyin(char: str) -> str:
    """'张' -> 'zhang', '吕' -> 'lv'; '' for a character pypinyin does not know."""
    from pypinyin.pinyin_dict import pinyin_dict

    readings = pinyin_dict.get(ord(char))
    if not readings:
        return ""
    first = unicodedata.normalize("NFKD", readings.split(",")[0]).replace("u\u0308", "v")
    return "".join(c for c in first if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def _reading(char: str) -> str:
    """A Han character's pinyin ('' for anything else): each character looked at once."""
    return char_pinyin(char) if _HAN.match(char) else ""


def syllables(name: str) -> list[str]:
    """Pinyin syllables of the Han characters in ``name``, family-name readings applied."""
    return list(_syllables(fold_han(name.strip())))


def _syllables(name: str) -> tuple[str, ...]:
    """The syllables of ``name`` already folded to simplified and stripped."""
    out: list[str] = []
    start = 0
    if name[:2] in COMPOUND_READINGS:
        out.append(COMPOUND_READINGS[name[:2]])
        start = 2
    elif name[:1] in SURNAME_READINGS:
        out.append(SURNAME_READINGS[name[0]])
        start = 1
    out.extend(r for r in map(_reading, name[start:]) if r)
    return tuple(out)


def _latin_script(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin one (Müller, Nguyễn; not राहुल, Иван)."""
    return all("LATIN" in unicodedata.name(c, "") for c in text if c.isalpha())


def _dotted_forms(folded: str) -> tuple[str, str, str]:
    """A transliterated name, its parts between dots romanised as one word each:
    '阿卜杜热西提·艾合买提江' -> 'Abudurexiti Aihemaitijiang'."""
    words = []
    for part in filter(None, _NAME_DOT.split(folded)):
        words.append([TRANSLIT_READINGS.get(c) or _reading(c) for c in part if _HAN.match(c)])
    latin = " ".join("".join(w).capitalize() for w in words if all(w))
    flat = [s for w in words for s in w if s]
    complete = all(all(w) for w in words)
    return (latin if complete else ""), "".join(flat), "".join(s[0] for s in flat)


@lru_cache(maxsize=65536)
def name_forms(name: str) -> tuple[str, str, str]:
    """(Latin form, full pinyin, initials) of a name, each character looked up once:
    '张伟' -> ('Zhang Wei', 'zhangwei', 'zw'); 'Anna Müller' -> ('Anna Muller', '', '').

    Pinyin is a Latin form only for a Chinese name: a name with kana (渡邉さくら), or with a
    character pypinyin does not know (𠮷田), keeps itself as its Latin form — its own
    romanisation, when the guest has one, is :func:`display_latin`'s business — though the
    readings it has still serve search."""
    if not has_han(name):
        if name.isascii() or not _latin_script(name):  # Thai, Devanagari... stay as written
            return name, "", ""
        return " ".join(fold_latin(name).split()).title(), "", ""
    folded = name.strip().translate(_t2s_table())
    if _NAME_DOT.search(folded.strip("·・ ")):
        latin, full, initials = _dotted_forms(folded)
        return (latin if latin and not has_kana(folded) else name), full, initials
    parts = _syllables(folded)
    if not parts:
        return name, "", ""
    han = sum(1 for c in folded if _HAN.match(c))
    if has_kana(folded) or len(parts) < han:
        return name, "".join(parts), "".join(p[0] for p in parts)
    split = 1
    if folded[:2] in COMPOUND_SURNAMES and len(parts) > 2:
        split = 1 if folded[:2] in COMPOUND_READINGS else 2
    family, given = "".join(parts[:split]), "".join(parts[split:])
    latin = f"{family.capitalize()} {given.capitalize()}".strip()
    return latin, "".join(parts), "".join([p[0] for p in parts if p])


def display_latin(name: str, romanisation: str = "") -> str:
    """The Latin line of a guest: their own romanisation when given, else the derived form."""
    return " ".join(romanisation.split()) or name_forms(name)[0]


def latin_name(name: str) -> str:
    """'张伟' -> 'Zhang Wei'; Latin names come back accent-free as written."""
    return name_forms(name)[0]


def pinyin_keys(name: str) -> tuple[str, str]:
    """('zhangwei', 'zw') for a Chinese name; ('', '') when it has no Han characters."""
    _latin, full, initials = name_forms(name)
    return full, initials


def sort_key(name: str) -> str:
    return fold_latin(latin_name(name))
