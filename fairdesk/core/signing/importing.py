"""Importing a county's list of projects ready to sign (.xlsx/.csv), as counties send them.

The guest import's reader finds the sheet and the header row (title rows, merged cells,
"填报单位" lines above it) with this list's own column names (:data:`PROJECT_COLUMNS`).
Amounts carry their unit in the header ("总投资（亿元）", "合同外资/万美元") or in the cell
("3.5亿", "2,000万", "500万美元", full-width digits); an amount with no unit anywhere, or
one that cannot be read, refuses its row naming the row and the column — never guessed.
Totals and note rows are skipped; a project already listed (same name, county and
investor) is recognised and left as it is. All rows or none, or ``skip_invalid`` with the
rejected rows written to a file (the guest import's rejects writer).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import NotFoundError, ValidationError
from fairdesk.base.i18n import t
from fairdesk.core.countries import find_country
from fairdesk.core.guests.importing.apply import write_rejects
from fairdesk.core.guests.importing.cell_values import CellProblem, datetime_value
from fairdesk.core.guests.importing.columns import fold_header
from fairdesk.core.guests.importing.preview import fair_year
from fairdesk.core.guests.importing.raw_table import (
    HeaderRule,
    RawTable,
    is_blank,
    is_totals_row,
    read_table,
    shown,
)
from fairdesk.core.guests.importing.rows import STATUS_LABELS, Problem
from fairdesk.core.guests.names import fold_text
from fairdesk.core.money import CURRENCIES, UNITS, amount_and_unit
from fairdesk.core.signing.service import capital_of
from fairdesk.core.signing.statuses import ProjectStatus
from fairdesk.core.vocab import CAPITAL, CONTRACT_TYPES, PROJECT_STATUSES, SECTORS

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair

# field: (Chinese, English, header names). The first whose name the header contains wins.
PROJECT_COLUMNS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "seq": ("序号", "No.", ("序号", "编号", "no", "#")),
    "name_en": ("英文名称", "English name", ("英文名称", "项目英文名称", "englishname", "nameen")),
    "name": ("项目名称", "Project", ("项目名称", "签约项目", "项目", "project", "projectname")),
    "investor_country": ("国别", "Country", ("投资方国别", "国别", "国家或地区", "国家地区", "国家",
                                             "country", "countryregion")),
    "investor": ("投资方", "Investor", ("投资方", "投资企业", "投资主体", "签约企业", "签约客商",
                                        "合作方", "外方", "investor", "company")),
    "county": ("所属县区", "County", ("所属县区", "落户县区", "县区", "县市区", "所属地区", "属地",
                                      "county", "district")),
    "sector": ("产业类别", "Sector", ("产业类别", "产业领域", "产业分类", "行业", "所属行业", "sector",
                                      "industry")),
    "contract_type": ("签约类型", "Document", ("签约类型", "签约形式", "协议类型", "文本类型",
                                               "document", "type")),
    "capital": ("资金来源", "Capital", ("资金来源", "内外资", "资金性质", "capital")),
    "total": ("总投资", "Total investment", ("总投资", "投资总额", "计划总投资", "totalinvestment",
                                             "total")),
    "contract": ("合同金额", "Contract amount", ("合同金额", "合同外资", "合同资金", "协议金额",
                                                 "合同额", "contractamount", "contract")),
    "currency": ("币种", "Currency", ("币种", "货币", "currency")),
    "status": ("状态", "Stage", ("项目状态", "进展情况", "状态", "进展", "stage", "status")),
    "signed_at": ("签约时间", "Signed at", ("签约时间", "签约日期", "signedat", "signed")),
    "notes": ("备注", "Notes", ("备注", "说明", "notes", "remarks")),
}
AMOUNT_FIELDS = ("total", "contract")
RULE_EXPECTED = ("“项目名称”“投资方”“总投资”", "Project, Investor, Total investment")

CURRENCY_WORDS = {"人民币": "CNY", "元": "CNY", "rmb": "CNY", "美元": "USD", "美金": "USD",
                  "港元": "HKD", "港币": "HKD", "欧元": "EUR", "日元": "JPY", "韩元": "KRW",
                  "英镑": "GBP", "新加坡元": "SGD"}
SECTOR_WORDS = (("文旅", "tourism"), ("旅游", "tourism"), ("康养", "tourism"),
                ("基础设施", "infrastructure"), ("基建", "infrastructure"), ("港口", "infrastructure"),
                ("高新", "high_tech"), ("科技", "high_tech"), ("电子", "high_tech"),
                ("生物", "high_tech"), ("数字", "high_tech"), ("农", "agriculture"),
                ("渔", "agriculture"), ("物流", "logistics"), ("商贸", "logistics"),
                ("电商", "logistics"), ("能源", "energy"), ("风电", "energy"), ("光伏", "energy"),
                ("储能", "energy"), ("临港", "coastal_industry"), ("海洋", "coastal_industry"),
                ("制造", "coastal_industry"), ("工业", "coastal_industry"),
                ("装备", "coastal_industry"))
NOTE_STARTS = ("注", "说明", "备注", "填报", "制表", "审核", "联系人", "note")


@lru_cache(maxsize=1024)
def guess_project_column(header: str) -> str | None:
    """The field a project list's header names: '总投资（亿元）' -> 'total'."""
    key = fold_header(_without_units(header))
    if not key or len(key) > 16:
        return None
    for name, (_zh, _en, words) in PROJECT_COLUMNS.items():
        if key in (fold_header(w) for w in words):
            return name
    for name, (_zh, _en, words) in PROJECT_COLUMNS.items():
        if any(len(fold_header(w)) >= 2 and fold_header(w) in key for w in words
               if not w.isascii()):
            return name
    return None


def _without_units(header: str) -> str:
    text = unicodedata.normalize("NFKC", header)
    return re.sub(r"[（(]?(单位[:：]?)?(亿美元|万美元|万港元|亿港元|万欧元|亿元|万元|元)[）)]?", "", text)


def header_unit(header: str) -> tuple[int, str | None] | None:
    """(cents per unit, currency or None) named in a header, or None."""
    text = unicodedata.normalize("NFKC", header)
    for word, cents, currency in UNITS:
        if len(word) > 1 and word in text:
            return cents, currency
    return None


PROJECT_RULE = HeaderRule(guess_project_column, "name", *RULE_EXPECTED)


def parse_amount(value: Any, unit: tuple[int, str | None] | None) -> tuple[int | None, str | None]:
    """(cents, currency named by the unit or None) of a cell; (None, None) when blank.

    A unit in the cell wins over the header's. Raises CellProblem when the cell cannot
    be read or no unit says what the number means."""
    if is_blank(value):
        return None, None
    if isinstance(value, bool):
        raise CellProblem(f"“{value}”不是金额。", f"'{value}' is not an amount.")
    if isinstance(value, (int, float, Decimal)):
        number, cell_unit = Decimal(str(value)), None
    else:
        try:
            number, cell_unit = amount_and_unit(str(value))
        except ValueError:
            raise CellProblem(f"无法读出金额“{shown(value)}”。",
                              f"Cannot read the amount '{shown(value)}'.") from None
    chosen = cell_unit or unit
    if chosen is None:
        raise CellProblem(f"“{shown(value)}”没有单位：请在表头或单元格中注明万元、亿元或万美元。",
                          f"'{shown(value)}' has no unit: say 万元, 亿元 or 万美元 in the header "
                          "or the cell.")
    if number < 0:
        raise CellProblem(f"“{shown(value)}”是负数。", f"'{shown(value)}' is negative.")
    cents, currency = chosen
    return int((number * cents).to_integral_value()), currency


@dataclass
class ProjectRow:
    """One data row of the list (the shape the guest import's rejects writer reads)."""

    line: int
    cells: list[Any]
    values: dict[str, Any] = field(default_factory=dict)
    status: str = "new"
    problems: list[Problem] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return t(*STATUS_LABELS[self.status])

    @property
    def reason(self) -> str:
        return t("", " ").join(str(p) for p in self.problems)  # each a sentence


@dataclass
class ProjectPreview:
    raw: RawTable
    columns: dict[str, int]
    rows: list[ProjectRow]

    def with_status(self, status: str) -> list[ProjectRow]:
        return [r for r in self.rows if r.status == status]

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.rows)


@dataclass
class ProjectImportResult:
    rows_read: int = 0
    imported: int = 0
    already_listed: int = 0
    repeated: int = 0
    skipped_lines: int = 0
    rejected: int = 0
    reasons: list[str] = field(default_factory=list)
    rejects_path: Path | None = None
    dry_run: bool = False
    changes: Changes | None = None

    def summary(self) -> list[str]:
        lines = [t("读取项目 {n} 行。", "Project rows read: {n}.", n=self.rows_read),
                 t("将新增项目 {n} 个（试运行，未写入）。", "Projects that would be added: {n} (dry "
                   "run, nothing written).", n=self.imported) if self.dry_run else
                 t("新增项目 {n} 个。", "Projects added: {n}.", n=self.imported)]
        if self.already_listed:
            lines.append(t("{n} 行是已登记的项目（项目名称、县区、投资方相同），未改动。",
                           "Already listed (same name, county and investor), left as "
                           "they are: {n}.", n=self.already_listed))
        if self.repeated:
            lines.append(t("文件内重复 {n} 行，已跳过。", "Repeated within the file, skipped: "
                           "{n}.", n=self.repeated))
        if self.skipped_lines:
            lines.append(t("合计行或说明行 {n} 行，已跳过。", "Totals or note lines skipped: {n}.",
                           n=self.skipped_lines))
        if self.rejected:
            lines.append(t("有问题未导入 {n} 行：", "Rows rejected: {n}", n=self.rejected))
            lines += ["  " + r for r in self.reasons]
            if self.rejects_path:
                lines.append(t("问题行已写入 {p}。", "Rejected rows written to {p}.",
                               p=self.rejects_path))
        return lines


def project_columns(raw: RawTable) -> dict[str, int]:
    """Field -> column index, the first column naming each field."""
    found: dict[str, int] = {}
    for i, header in enumerate(raw.headers):
        name = guess_project_column(header) if header else None
        if name and name not in found:
            found[name] = i
    if "name" not in found:
        raise ValidationError("file", f"“{raw.path.name}”没有“项目名称”列。",
                              f"'{raw.path.name}' has no Project column.")
    return found


_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


def with_sub_headers(raw: RawTable) -> RawTable:
    """A two-row header, as counties draw it: 金额（万元） merged over 总投资 | 合同金额.
    When the row under the header names project columns and holds no project (its name
    cell empty, no number in it), each column is named by its lower cell, keeping the unit
    of the merged cell above ("总投资（万元）"); the data starts below it."""
    below = raw.header_index + 1
    if below >= len(raw.rows):
        return raw
    subs = [" ".join(str(c).split()) if c is not None else "" for c in raw.rows[below]]
    subs += [""] * raw.width
    key = project_columns(raw)["name"]
    if subs[key] or any(isinstance(c, (int, float)) for c in raw.rows[below]) \
            or not any(guess_project_column(x) for x in subs if x):
        return raw
    headers, group = [], ""
    for header, sub in zip(raw.headers, subs, strict=False):
        group = header if header else group  # a merged cell's text is in its first column
        if not sub:
            headers.append(header)
            group = ""
            continue
        unit = _BRACKETED.search(group) if group else None
        headers.append(sub + (unit.group(0) if unit and not _BRACKETED.search(sub) else ""))
    return RawTable(raw.path, raw.sheet, raw.rows, below, raw.merged_title, raw.encoding,
                    headers=headers)


def build_preview(fair: Fair, raw: RawTable, *, county_id: str | None = None) -> ProjectPreview:
    """Each row read and checked; nothing written."""
    raw = with_sub_headers(raw)
    columns = project_columns(raw)
    units = {f: header_unit(raw.headers[columns[f]]) for f in AMOUNT_FIELDS if f in columns}
    counties = _counties(fair)
    reader = _RowReader(fair, raw, columns, units, counties, county_id)
    rows = [reader.read(line, cells) for line, cells in raw.data()]
    _mark_duplicates(fair, rows)
    return ProjectPreview(raw, columns, rows)


def _counties(fair: Fair) -> dict[str, str]:
    """Folded name (and English name, and the name without 人民政府) -> unit id."""
    out: dict[str, str] = {}
    for r in fair.rows("SELECT id, name, name_en FROM inviting_units"):
        for name in (r["name"], r["name_en"]):
            if name:
                out[fold_text(name)] = r["id"]
                out[fold_text(name.replace("人民政府", "").replace("管委会", ""))] = r["id"]
    return out


class _RowReader:
    def __init__(self, fair: Fair, raw: RawTable, columns: dict[str, int],
                 units: dict[str, Any], counties: dict[str, str], county_id: str | None) -> None:
        self.fair, self.raw, self.columns, self.units = fair, raw, columns, units
        self.counties, self.county_id = counties, county_id

    def cell(self, cells: list[Any], name: str) -> Any:
        i = self.columns.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    def text(self, cells: list[Any], name: str) -> str:
        value = self.cell(cells, name)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return " ".join(str(value).split())

    def problem(self, row: ProjectRow, name: str, zh: str, en: str) -> None:
        header = self.raw.headers[self.columns[name]] if name in self.columns else ""
        row.problems.append(Problem(row.line, name, header, zh, en))

    def read(self, line: int, cells: list[Any]) -> ProjectRow:
        row = ProjectRow(line, cells)
        name = self.text(cells, "name")
        if is_totals_row(cells) or _is_note(name, cells):
            row.status = "skipped"
            return row
        values: dict[str, Any] = {"name": name, "name_en": self.text(cells, "name_en"),
                                  "investor": self.text(cells, "investor"),
                                  "notes": self.text(cells, "notes")}
        row.values = values
        if not name:
            self.problem(row, "name", "缺少项目名称。", "the project name is missing.")
        self._amounts(row, cells)
        self._county(row, cells)
        self._choices(row, cells)
        if row.problems:
            row.status = "invalid"
        return row

    def _amounts(self, row: ProjectRow, cells: list[Any]) -> None:
        named: set[str] = set()
        for name in AMOUNT_FIELDS:
            try:
                cents, currency = parse_amount(self.cell(cells, name), self.units.get(name))
            except CellProblem as exc:
                self.problem(row, name, exc.zh, exc.en)
                continue
            row.values[f"{name}_cents"] = cents
            if currency:
                named.add(currency)
        written = self.text(cells, "currency")
        currency = CURRENCY_WORDS.get(fold_text(written), written.upper()) if written else ""
        if currency and currency not in CURRENCIES:
            self.problem(row, "currency", f"无法识别币种“{shown(written)}”。",
                         f"unknown currency '{shown(written)}'.")
            return
        if len(named) > 1 or (currency and named and named != {currency}):
            self.problem(row, "currency", "金额的单位与币种不一致。",
                         "the amounts' units and the currency disagree.")
            return
        row.values["currency"] = currency or (named.pop() if named else "CNY")
        total = row.values.get("total_cents")
        if total is None and "total_cents" in row.values:
            self.problem(row, "total", "缺少总投资。", "the total investment is missing.")
        contract = row.values.get("contract_cents") or 0
        if total is not None and contract > total:
            self.problem(row, "contract", "合同金额超过总投资。",
                         "the contract amount exceeds the total investment.")

    def _county(self, row: ProjectRow, cells: list[Any]) -> None:
        written = self.text(cells, "county")
        if not written:
            row.values["county_id"] = self.county_id
            if self.county_id is None:
                self.problem(row, "county", "缺少所属县区：请指定本清单所属县区"
                             "（导入窗口的“所属县区”，或命令行的 --county）。",
                             "the county is missing: name the list's county (County in the "
                             "import window, or --county).")
            return
        found = self.counties.get(fold_text(written))
        if found is None:
            self.problem(row, "county", f"“{shown(written)}”不是本届投洽会的县区。",
                         f"'{shown(written)}' is not a county of this fair.")
        row.values["county_id"] = found

    def _choices(self, row: ProjectRow, cells: list[Any]) -> None:
        country_text = self.text(cells, "investor_country")
        country = find_country(country_text) if country_text else "CN"
        if not country:
            self.problem(row, "investor_country", f"无法识别国家或地区“{shown(country_text)}”。",
                         f"unknown country or region '{shown(country_text)}'.")
            country = "CN"
        row.values["investor_country"] = country
        for name, fn, vocab in (("sector", _sector, SECTORS),
                                ("contract_type", _document, CONTRACT_TYPES),
                                ("capital", _capital, CAPITAL),
                                ("status", _status, PROJECT_STATUSES)):
            written = self.text(cells, name)
            code = fn(written)
            if code is None:
                choices = "、".join(zh for zh, _en in vocab.values())
                choices_en = ", ".join(en for _zh, en in vocab.values())
                zh_name, en_name, _ = PROJECT_COLUMNS[name]
                if written:
                    self.problem(row, name, f"“{shown(written)}”不是可选值（{choices}）。",
                                 f"'{shown(written)}' is not one of {choices_en}.")
                else:  # the cell is empty, or the list has no such column: name the field
                    self.problem(row, name, f"缺少{zh_name}（可选：{choices}）。",
                                 f"the {en_name.lower()} is missing (one of {choices_en}).")
            row.values[name] = code
        if not row.values.get("capital"):
            row.values["capital"] = capital_of(country)
        self._signed_at(row, cells)

    def _signed_at(self, row: ProjectRow, cells: list[Any]) -> None:
        written = self.cell(cells, "signed_at")
        if is_blank(written):
            if row.values.get("status") == ProjectStatus.SIGNED:
                self.problem(row, "signed_at", "已签约项目须填写签约时间。",
                             "a signed project needs the signing time.")
            return
        try:
            row.values["signed_at"] = datetime_value(written, fair_year(self.fair), self.fair.tz)
        except CellProblem as exc:
            self.problem(row, "signed_at", exc.zh, exc.en)


def _is_note(name: str, cells: list[Any]) -> bool:
    """A line of text under the list (注：…, 填报人…): one filled cell, or a note's opening."""
    filled = [c for c in cells if not is_blank(c)]
    if len(filled) <= 1 and not (filled and isinstance(filled[0], (int, float))):
        return True
    first = fold_text(str(filled[0])) if filled else ""
    return not name and any(first.startswith(w) for w in NOTE_STARTS)


def _vocab_code(vocab: dict, written: str) -> str | None:
    folded = fold_text(written)
    for code, (zh, en) in vocab.items():
        if folded in (fold_text(code), fold_text(zh), fold_text(en)):
            return code
    return None


def _sector(written: str) -> str | None:
    if not written:
        return None
    found = _vocab_code(SECTORS, written)
    return found or next((code for word, code in SECTOR_WORDS if word in written), None)


def _document(written: str) -> str | None:
    if not written:
        return "contract"
    for word, code in (("意向", "intent"), ("协议", "agreement"), ("合同", "contract")):
        if word in written:
            return code
    return _vocab_code(CONTRACT_TYPES, written)


def _capital(written: str) -> str | None:
    if not written:
        return ""
    if "外" in written or "港" in written or "台" in written:
        return "foreign"
    if "内" in written:
        return "domestic"
    return _vocab_code(CAPITAL, written)


def _status(written: str) -> str | None:
    if not written:
        return ProjectStatus.PLANNED
    for word, code in (("取消", ProjectStatus.CANCELLED), ("已签", ProjectStatus.SIGNED),
                       ("拟签", ProjectStatus.READY), ("待签", ProjectStatus.READY),
                       ("在谈", ProjectStatus.PLANNED), ("洽谈", ProjectStatus.PLANNED)):
        if word in written:
            return code
    return _vocab_code(PROJECT_STATUSES, written)


def _key(values: dict[str, Any]) -> tuple[str, str, str]:
    return (fold_text(values.get("name") or ""), values.get("county_id") or "",
            fold_text(values.get("investor") or ""))


def _mark_duplicates(fair: Fair, rows: list[ProjectRow]) -> None:
    listed = {_key(r) for r in fair.rows(
        "SELECT name, county_id, investor FROM signing_projects")}
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        if row.status not in ("new", "invalid") or not row.values.get("name"):
            continue
        key = _key(row.values)
        if row.status == "new" and key in listed:
            row.status = "duplicate_in_fair"
        elif row.status == "new" and key in seen:
            row.status = "duplicate_in_file"
        seen.add(key)


def _record(values: dict[str, Any]) -> dict[str, Any]:
    return {"name": values["name"], "name_en": values["name_en"],
            "county_id": values["county_id"], "sector": values["sector"],
            "contract_type": values["contract_type"], "capital": values["capital"],
            "investor": values["investor"], "investor_country": values["investor_country"],
            "total_investment_cents": values["total_cents"] or 0,
            "contract_amount_cents": values.get("contract_cents") or 0,
            "currency": values["currency"], "status": values["status"],
            "signed_at": values.get("signed_at"), "notes": values["notes"]}


def apply_projects(fair: Fair, preview: ProjectPreview, *, skip_invalid: bool = False,
                   rejects_path: str | Path | None = None) -> ProjectImportResult:
    """Write the new projects in one transaction. Raises ValidationError naming the first
    bad row when a row is invalid and ``skip_invalid`` is false: then nothing is written."""
    invalid = preview.with_status("invalid")
    if invalid and not skip_invalid:
        raise _refusal(invalid)
    result = _counts(preview)
    new = preview.with_status("new")
    if new:
        with fair.transaction() as tx:
            for row in new:
                fair.signing.create("signing_projects", **_record(row.values))
        result.changes = tx.changes
    if invalid and rejects_path:
        result.rejects_path = write_rejects(preview, Path(rejects_path))  # type: ignore[arg-type]
    return result


def _refusal(invalid: list[ProjectRow]) -> ValidationError:
    first = invalid[0].problems[0]
    said = str(first).rstrip("。.")
    more_zh = f"（共 {len(invalid)} 行有问题）" if len(invalid) > 1 else ""
    more_en = f" ({len(invalid)} rows have problems)" if len(invalid) > 1 else ""
    return ValidationError(
        first.field, f"{said}{more_zh}。未导入任何项目：请改正，或选择跳过有问题的行。",
        f"{said}{more_en}. Nothing was imported: correct it, or choose to skip invalid rows.",
        row=first.line)


def _counts(preview: ProjectPreview) -> ProjectImportResult:
    invalid = preview.with_status("invalid")
    return ProjectImportResult(
        rows_read=len(preview.rows) - preview.count("skipped"), imported=preview.count("new"),
        already_listed=preview.count("duplicate_in_fair"),
        repeated=preview.count("duplicate_in_file"), skipped_lines=preview.count("skipped"),
        rejected=len(invalid), reasons=[r.reason for r in invalid])


def import_projects(fair: Fair, path: str | Path, *, county: str | None = None,
                    skip_invalid: bool = False, rejects_path: str | Path | None = None,
                    dry_run: bool = False) -> ProjectImportResult:
    """Read, check and (unless ``dry_run``) write a county's list. ``county`` (a name or
    id) fills rows that name none. Raises ValidationError, NotFoundError."""
    county_id = find_county(fair, county) if county else None
    preview = build_preview(fair, read_table(path, PROJECT_RULE), county_id=county_id)
    if dry_run:
        result = _counts(preview)
        result.dry_run = True
        return result
    return apply_projects(fair, preview, skip_invalid=skip_invalid, rejects_path=rejects_path)


def find_county(fair: Fair, text: str) -> str:
    """A county (inviting unit) by id or name. Raises NotFoundError."""
    if fair.scalar("SELECT 1 FROM inviting_units WHERE id = ?", [text]):
        return text
    found = _counties(fair).get(fold_text(text))
    if found is None:
        raise NotFoundError(f"找不到县区“{text}”。", f"No county '{text}'.")
    return found
