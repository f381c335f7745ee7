"""Records' English names, for printouts in English.

A hotel, venue, site, inviting unit, meal sitting or session has its English name
beside its Chinese one; a printout in English names the record so. Some fields are
free text that names a record (a trip's "from" and "to": "海港大酒店、滨江宾馆";
a rectification's responsible unit): :class:`EnglishNames` turns the record names
it finds in such a text into their English ones, longest first, so
"海滨国际会展中心·报告厅" becomes "Convention Center Auditorium", not
"Haibin International Convention and Exhibition Center·报告厅".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fairdesk.base.i18n import language
from fairdesk.core.vocab import named

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
# (table, Chinese column, English column): the records printouts name
NAMED = (("hotels", "name", "name_en"), ("venues", "name", "name_en"),
         ("sites", "name", "name_en"), ("inviting_units", "name", "name_en"),
         ("meal_sittings", "name", "name_en"), ("agenda_sessions", "title", "title_en"),
         ("departments", "name", "name_en"))


@dataclass(frozen=True)
class EnglishNames:
    """Chinese record name -> English name, read once (plain data: any thread)."""

    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, fair: Fair) -> EnglishNames:
        names: dict[str, str] = {}
        for table, zh, en in NAMED:
            for r in fair.rows(f"SELECT {zh} AS zh, {en} AS en FROM {table}"
                               f" WHERE {en} != '' AND {zh} != ''"):
                names.setdefault(r["zh"].strip(), r["en"].strip())
        return cls(dict(sorted(names.items(), key=lambda kv: -len(kv[0]))))

    def name(self, zh: str, en: str | None = None, lang: str | None = None) -> str:
        """A record's name in ``lang`` (default: the current language): ``en`` (or the one
        known for ``zh``) in English when there is one, else ``zh``."""
        known = (en or "").strip() or self.names.get((zh or "").strip(), "")
        return named({"name": zh or "", "name_en": known}, lang=lang)

    def text(self, text: str, lang: str | None = None) -> str:
        """Free text in ``lang`` (default: the current language): in English, every record
        name in it becomes its English name (longest names first); otherwise ``text``
        unchanged. A list of names ("A、B、C等") reads "A, B, C etc." once all are English."""
        if (lang or language()) != "en" or not text:
            return text or ""
        if text.strip() in self.names:
            return self.names[text.strip()]
        out = text
        for zh, en in self.names.items():
            if zh in out:
                out = out.replace(zh, en)
        if out != text and not _CJK.search(out.replace("、", "").removesuffix("等")):
            out = out.replace("、", ", ")
            out = out[:-1] + " etc." if out.endswith("等") else out
        return out
