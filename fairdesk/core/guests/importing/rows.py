"""One row of an import and what is wrong with it: shared by the reader, the preview and the
writer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import language

if TYPE_CHECKING:
    from fairdesk.core.guests.importing.dedupe import Match

STATUS_LABELS = {"new": ("新增", "New"), "duplicate_in_fair": ("已在名单中", "Already listed"),
                 "duplicate_in_file": ("文件内重复", "Repeated in file"),
                 "invalid": ("有问题", "Problem"), "skipped": ("跳过", "Skipped")}


@dataclass(frozen=True)
class Problem:
    """What is wrong with (or worth knowing about) one row, as a sentence."""

    line: int
    field: str
    header: str
    zh: str
    en: str

    def __str__(self) -> str:
        if language() == "en":
            where = f"Row {self.line}" + (f", column '{self.header}'" if self.header else "")
            return f"{where}: {self.en}"
        where = f"第 {self.line} 行" + (f"“{self.header}”列" if self.header else "")
        return f"{where}：{self.zh}"


@dataclass
class ImportRow:
    line: int
    cells: list[Any]
    values: dict[str, Any] = field(default_factory=dict)
    reply: str | None = None
    unit_name: str = ""
    unit_id: str | None = None
    status: str = "new"
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    duplicate: Match | None = None
    merge: dict[str, Any] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)  # name_fold, org_fold, phone_norm, id_norm

    @property
    def status_label(self) -> str:
        zh, en = STATUS_LABELS[self.status]
        return en if language() == "en" else zh

    @property
    def reason(self) -> str:
        """The problems in one line, for a rejects file or a table cell."""
        return "；".join(str(p) for p in self.problems) if language() == "zh" else \
            "; ".join(str(p) for p in self.problems)
