"""Plain snapshots for the security printouts, read on the fair's thread and rendered anywhere.

The checklist sheet an inspector carries, the rectification notice (整改通知书), the
re-inspection opinion (复查意见书) and the daily security report (安保工作日报).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from fairdesk.base.errors import NotFoundError, ValidationError
from fairdesk.base.i18n import t
from fairdesk.core.english import EnglishNames
from fairdesk.core.security import views
from fairdesk.core.security.issuing import find_department, find_site
from fairdesk.core.security.statuses import CellState
from fairdesk.core.vocab import CELL_STATES, DEPARTMENTS, SITE_KINDS

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


def moment(text: str | None) -> str:
    """``2026-05-16 18:00`` from stored text; '' for none."""
    return (text or "")[:16].replace("T", " ")


def _printed_at(fair: Fair) -> str:
    return datetime.now(fair.tz).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class SheetItem:
    no: int
    title: str
    title_en: str
    requirement: str
    requirement_en: str
    due: str


@dataclass(frozen=True)
class ChecklistSheet:
    fair_name: str
    fair_name_en: str
    site: str
    site_en: str
    site_kind: str
    address: str
    department: str
    department_en: str
    items: list[SheetItem]
    printed_at: str
    site_kind_en: str = ""


def checklist_sheets(fair: Fair, site: str, department: str | None = None
                     ) -> list[ChecklistSheet]:
    """One sheet per department with items at the site (or only ``department``).

    Raises NotFoundError (site, department, or nothing issued there)."""
    s = find_site(fair, site)
    depts = [find_department(fair, department)] if department else fair.rows(
        "SELECT * FROM departments ORDER BY code")
    order = list(DEPARTMENTS)
    kind = SITE_KINDS.get(s["kind"], (s["kind"], s["kind"]))
    out = []
    for d in sorted(depts, key=lambda d: order.index(d["code"]) if d["code"] in order else 99):
        rows = fair.rows("SELECT * FROM checklist_items WHERE site_id = ? AND department_id = ?"
                         " ORDER BY due_at, title", [s["id"], d["id"]])
        if rows:
            out.append(ChecklistSheet(
                fair.name, str(fair.stored_setting("fair.name_en") or ""), s["name"],
                s["name_en"], kind[0], s["address"], d["name"], d["name_en"],
                [SheetItem(n, r["title"], r["title_en"], r["detail"], r["detail_en"],
                           moment(r["due_at"]))
                 for n, r in enumerate(rows, 1)], _printed_at(fair), kind[1]))
    if not out:
        raise NotFoundError(f"“{s['name']}”没有{'该部门的' if department else ''}检查事项。",
                            f"'{s['name_en'] or s['name']}' has no checklist"
                            f"{' for this department' if department else ''}.")
    return out


@dataclass(frozen=True)
class Reinspection:
    at: str
    inspector: str
    passed: bool
    note: str


@dataclass(frozen=True)
class Notice:
    """A rectification notice and its re-inspections (for the opinion)."""

    fair_name: str
    organiser: str
    number: str
    site: str
    address: str
    department: str
    department_contact: str
    responsible_unit: str
    responsible_person: str
    inspected_at: str
    inspector: str
    item: str
    problem: str
    action_required: str
    deadline: str
    status: str
    closed_at: str
    verified_by: str
    history: list[Reinspection] = field(default_factory=list)
    printed_at: str = ""
    number_en: str = ""  # ``No. 2026-7``, for the English window's messages


def find_rectification(fair: Fair, wanted: str) -> views.RectRow:
    """A rectification by id or notice number (``7``, ``2026-7``, ``No. 2026-7``,
    ``〔2026〕第 7 号``).

    Raises NotFoundError."""
    digits = "".join(c if c.isdigit() else " " for c in wanted).split()
    for r in views.rectifications(fair):
        if r.id == wanted or (digits and r.number == int(digits[-1]) and
                              (len(digits) == 1 or r.year == int(digits[0]))):
            return r
    raise NotFoundError(f"找不到整改“{wanted}”（可用编号或记录号）。",
                        f"No rectification '{wanted}' (give its number or id).")


def notice(fair: Fair, wanted: str) -> Notice:
    """Raises NotFoundError; ValidationError for a rectification without a number."""
    from fairdesk.core.security.inspections import history, notice_number_en

    r = find_rectification(fair, wanted)
    if not r.number:
        raise ValidationError("number", "这条整改没有通知书编号。",
                              "This rectification has no notice number.")
    site = fair.get("sites", r.site_id)
    dept = fair.get("departments", r.department_id)
    rect = fair.get("rectifications", r.id)  # the notice is Chinese: the item's own title,
    item = fair.get("checklist_items", rect["checklist_item_id"])["title"] \
        if rect["checklist_item_id"] else ""  # not the English the window may show
    return Notice(
        fair.name, str(fair.setting("fair.organiser") or ""), r.notice_number, site["name"],
        site["address"], dept["name"], dept["contact"], r.responsible_unit,
        r.responsible_person, moment(r.inspected_at), r.inspector, item, r.problem,
        r.action_required, moment(r.due_at), r.status, moment(r.closed_at), r.verified_by,
        [Reinspection(moment(h["at"]), h["inspector"], bool(h["passed"]), h["note"])
         for h in history(fair, r.id)], _printed_at(fair),
        notice_number_en({"year": r.year, "number": r.number}))


def opinion(fair: Fair, wanted: str) -> Notice:
    """The notice for its re-inspection opinion (复查意见书): one is written after a
    re-inspection. Raises NotFoundError; ValidationError when it has no number or has not
    been re-inspected yet."""
    n = notice(fair, wanted)
    if not n.history:
        raise ValidationError("reinspections",
                              f"整改 {n.number} 还没有复查记录：先复查，再打印复查意见书。",
                              f"Rectification {n.number_en} has not been re-inspected yet: "
                              "re-inspect it before printing the re-inspection opinion.")
    return n


@dataclass(frozen=True)
class OverdueLine:
    """One line of the report's overdue list: a rectification, or a department's overdue
    items at one site taken together (a big fair has thousands)."""

    department: str
    site: str
    kind: str  # "item" or "rectification"
    count: int
    what: str
    due: str  # the earliest deadline
    responsible: str


def overdue_lines(rows: list[views.OverdueRow]) -> list[OverdueLine]:
    lines: dict[tuple, list[views.OverdueRow]] = {}
    for o in rows:
        key = (o.department, o.site, o.kind, o.responsible) + ((o.id,) if o.kind != "item" else ())
        lines.setdefault(key, []).append(o)
    out = []
    for (dept, site, kind, responsible, *_rest), found in lines.items():
        titles = list(dict.fromkeys(o.title for o in found))
        out.append(OverdueLine(dept, site, kind, len(found), t("；", "; ").join(titles),
                               moment(min(o.due_at for o in found)), responsible))
    return sorted(out, key=lambda o: (o.department, o.due, o.site))


@dataclass(frozen=True)
class DailyReport:
    fair_name: str
    day: str
    as_of: str
    totals: list[views.DepartmentTotals]
    departments: list[str]  # matrix columns
    rows: list[tuple[str, list[str], bool]]  # site, each cell's short state, cleared
    overdue: list[views.OverdueRow]
    overdue_lines: list[OverdueLine]
    sites: int
    cleared: int
    printed_at: str

    @property
    def all_clear(self) -> bool:
        return self.cleared == self.sites and not self.overdue


SHORT = {CellState.NONE: "—", CellState.NOT_STARTED: "未开始", CellState.IN_PROGRESS: "进行中",
         CellState.OVERDUE: "逾期", CellState.RECTIFICATION_OPEN: "整改中",
         CellState.READY: "待会签", CellState.SIGNED_OFF: "✓"}


def state_label(state: CellState, short: bool = True) -> str:
    from fairdesk.base.i18n import language

    if short and language() != "en":
        return SHORT[state]
    if short and state in (CellState.SIGNED_OFF, CellState.NONE):
        return SHORT[state]
    return CELL_STATES[state][1 if language() == "en" else 0]


def daily_report(fair: Fair, day: str | date | None = None) -> DailyReport:
    """The committee's report: as of the end of ``day`` (fair-local), else now."""
    at = views.as_of(fair, day)
    m = views.matrix(fair, at)
    rows = [(s.label, [state_label(m.cell(s.id, d.id).state) for d in m.departments],
             m.cleared(s.id)) for s in m.sites]
    late = views.overdue(fair, at=at)
    names = EnglishNames.of(fair)  # a unit that names a site or hotel, in English
    lines = [replace(o, responsible=names.text(o.responsible)) for o in overdue_lines(late)]
    return DailyReport(fair.display_name, at[:10], moment(at),
                       views.department_totals(m), [d.label for d in m.departments], rows,
                       late, lines, len(m.sites), m.cleared_count,
                       _printed_at(fair))
