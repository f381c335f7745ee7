"""What the security page and the daily report read: typed rows, no SQL outside the core.

Times are compared in the fair's timezone: ``as_of`` is "now" (or the end of a
given day) as stored text there. An open item is overdue when its deadline is before
it; a failed item is judged by its rectification, whose deadline replaces the item's;
a rectification is overdue when it is not closed by its deadline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from fairdesk.core.guests.names import fold_text
from fairdesk.core.security.inspections import notice_label
from fairdesk.core.security.statuses import CellState, ChecklistStatus, RectificationStatus
from fairdesk.core.timeutil import to_fair_iso

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

DONE = (ChecklistStatus.DONE, ChecklistStatus.NA)
CLOSED = RectificationStatus.VERIFIED


def as_of(fair: Fair, day: str | date | None = None, now: datetime | None = None) -> str:
    """The moment figures are taken at, as fair-local text: the end of ``day`` (the last
    second before midnight there), else ``now``, else the clock."""
    if day:
        d = day if isinstance(day, date) else date.fromisoformat(str(day))
        return to_fair_iso(datetime.combine(d + timedelta(days=1), time()) - timedelta(seconds=1),
                           fair.tz)
    return to_fair_iso(now or datetime.now(fair.tz), fair.tz)


def _name(zh: str, en: str) -> str:
    from fairdesk.core.vocab import named

    return named({"name": zh, "name_en": en})


@dataclass(frozen=True)
class SiteRow:
    id: str
    name: str
    name_en: str
    kind: str
    hotel_id: str | None
    venue_id: str | None

    @property
    def label(self) -> str:
        return _name(self.name, self.name_en)


@dataclass(frozen=True)
class DepartmentRow:
    id: str
    code: str
    name: str
    name_en: str
    contact: str

    @property
    def label(self) -> str:
        return _name(self.name, self.name_en)


@dataclass
class Cell:
    """One department at one site."""

    total: int = 0
    done: int = 0
    failed: int = 0
    overdue: int = 0
    open_rectifications: int = 0
    overdue_rectifications: int = 0
    signed_off: bool = False

    @property
    def state(self) -> CellState:
        if not self.total:
            return CellState.NONE
        if self.signed_off:
            return CellState.SIGNED_OFF
        if self.overdue or self.overdue_rectifications:
            return CellState.OVERDUE
        if self.open_rectifications or self.failed:
            return CellState.RECTIFICATION_OPEN
        if self.done == self.total:
            return CellState.READY
        return CellState.IN_PROGRESS if self.done else CellState.NOT_STARTED


@dataclass
class Matrix:
    as_of: str
    sites: list[SiteRow]
    departments: list[DepartmentRow]
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)  # (site id, dept id)
    _cleared: set[str] | None = field(default=None, repr=False, compare=False)

    def cell(self, site_id: str, department_id: str) -> Cell:
        return self.cells.get((site_id, department_id)) or Cell()

    def cleared(self, site_id: str) -> bool:
        return site_id in self.cleared_ids()

    def cleared_ids(self) -> set[str]:
        """Sites where every department with items has signed off (worked out once)."""
        if self._cleared is None:
            open_or_signed: dict[str, bool] = {}
            for (site, _d), c in self.cells.items():
                if c.total:
                    open_or_signed[site] = open_or_signed.get(site, True) and c.signed_off
            self._cleared = {s for s, ok in open_or_signed.items() if ok}
        return self._cleared

    @property
    def cleared_count(self) -> int:
        return sum(1 for s in self.sites if self.cleared(s.id))


def sites(fair: Fair) -> list[SiteRow]:
    return [SiteRow(r["id"], r["name"], r["name_en"], r["kind"], r["hotel_id"], r["venue_id"])
            for r in fair.rows("SELECT id, name, name_en, kind, hotel_id, venue_id FROM sites"
                               " ORDER BY CASE kind WHEN 'hotel' THEN 0 WHEN 'venue' THEN 1"
                               " ELSE 2 END, name")]


def departments(fair: Fair) -> list[DepartmentRow]:
    from fairdesk.core.vocab import DEPARTMENTS

    order = {code: i for i, code in enumerate(DEPARTMENTS)}
    rows = [DepartmentRow(r["id"], r["code"], r["name"], r["name_en"], r["contact"])
            for r in fair.rows("SELECT id, code, name, name_en, contact FROM departments")]
    return sorted(rows, key=lambda d: order.get(d.code, 99))


def matrix(fair: Fair, at: str | None = None) -> Matrix:
    """Sites × departments, each cell's counts and state (three grouped queries)."""
    now = at or as_of(fair)
    out = Matrix(now, sites(fair), departments(fair))
    for r in fair.rows("""SELECT site_id, department_id, count(*) AS total,
            sum(status IN (?, ?)) AS done, sum(status = ?) AS failed,
            sum(status = ? AND due_at IS NOT NULL AND due_at < ?) AS overdue
            FROM checklist_items GROUP BY site_id, department_id""",
                       [*DONE, ChecklistStatus.FAILED, ChecklistStatus.OPEN, now]):
        out.cells[(r["site_id"], r["department_id"])] = Cell(r["total"], r["done"], r["failed"],
                                                             r["overdue"])
    for r in fair.rows("""SELECT i.site_id, i.department_id, count(*) AS open,
            sum(r.due_at IS NOT NULL AND r.due_at < ?) AS overdue
            FROM rectifications r JOIN inspections i ON i.id = r.inspection_id
            WHERE r.status != ? GROUP BY i.site_id, i.department_id""", [now, CLOSED]):
        cell = out.cells.setdefault((r["site_id"], r["department_id"]), Cell())
        cell.open_rectifications, cell.overdue_rectifications = r["open"], r["overdue"]
    for r in fair.rows("SELECT site_id, department_id FROM site_signoffs"
                       " WHERE withdrawn_at IS NULL"):
        if (r["site_id"], r["department_id"]) in out.cells:
            out.cells[(r["site_id"], r["department_id"])].signed_off = True
    return out


@dataclass(frozen=True)
class DepartmentTotals:
    department: DepartmentRow
    total: int
    done: int
    overdue: int
    open_rectifications: int
    signed_sites: int
    sites: int


def department_totals(m: Matrix) -> list[DepartmentTotals]:
    out = []
    for d in m.departments:
        cells = [c for (_s, dep), c in m.cells.items() if dep == d.id and c.total]
        out.append(DepartmentTotals(
            d, sum(c.total for c in cells), sum(c.done for c in cells),
            sum(c.overdue + c.overdue_rectifications for c in cells),
            sum(c.open_rectifications for c in cells),
            sum(1 for c in cells if c.signed_off), len(cells)))
    return out


@dataclass(frozen=True)
class ItemRow:
    """A checklist item as the liaison's list shows it."""

    id: str
    site_id: str
    site: str
    department_id: str
    department: str
    title: str
    title_en: str
    detail: str
    detail_en: str
    due_at: str | None
    status: str
    done_at: str | None
    done_by: str
    overdue: bool
    open_rectifications: int
    template_version: int | None
    late_rectifications: int = 0  # open rectifications of this item past their deadline

    @property
    def label(self) -> str:
        return _name(self.title, self.title_en)

    @property
    def requirement(self) -> str:
        """The requirement in the interface's language (Chinese when it has no English)."""
        return _name(self.detail, self.detail_en)

    @property
    def late(self) -> bool:
        """Overdue itself, or failed with its rectification overdue: the liaison's red rows."""
        return self.overdue or bool(self.late_rectifications)


def items(fair: Fair, *, department_id: str | None = None, site_id: str | None = None,
          search: str = "", at: str | None = None, overdue_only: bool = False) -> list[ItemRow]:
    """Items, overdue first, then by deadline; ``search`` matches item, site and requirement."""
    now = at or as_of(fair)
    where, params = [], [now, CLOSED]
    if overdue_only:
        where.append("c.status = ? AND c.due_at IS NOT NULL AND c.due_at < ?")
        params += [ChecklistStatus.OPEN, now]
    if department_id:
        where.append("c.department_id = ?")
        params.append(department_id)
    if site_id:
        where.append("c.site_id = ?")
        params.append(site_id)
    rows = fair.rows(f"""SELECT c.*, s.name AS site_name, s.name_en AS site_name_en,
            d.name AS dept_name, d.name_en AS dept_name_en, coalesce(r.n, 0) AS open_rect,
            coalesce(r.late, 0) AS late_rect
        FROM checklist_items c JOIN sites s ON s.id = c.site_id
        JOIN departments d ON d.id = c.department_id
        LEFT JOIN (SELECT checklist_item_id, count(*) AS n, sum(due_at < ?) AS late
                   FROM rectifications WHERE status != ? GROUP BY checklist_item_id) r
          ON r.checklist_item_id = c.id
        {('WHERE ' + ' AND '.join(where)) if where else ''}""", params)
    found = [ItemRow(r["id"], r["site_id"], _name(r["site_name"], r["site_name_en"]),
                     r["department_id"], _name(r["dept_name"], r["dept_name_en"]), r["title"],
                     r["title_en"], r["detail"], r["detail_en"], r["due_at"], r["status"], r["done_at"],
                     r["done_by"], r["status"] == ChecklistStatus.OPEN and bool(r["due_at"])
                     and r["due_at"] < now, r["open_rect"], r["template_version"],
                     r["late_rect"])
             for r in rows]
    if search.strip():
        needle = fold_text(search.strip())
        found = [i for i in found if any(needle in fold_text(x or "") for x in (
            i.title, i.title_en, i.site, i.detail, i.detail_en, i.department))]
    return sorted(found, key=lambda i: (not i.late, i.status in DONE, i.due_at or "9",
                                        i.site, i.title))


@dataclass(frozen=True)
class RectRow:
    id: str
    number: int | None
    year: int | None
    site_id: str
    site: str
    department_id: str
    department: str
    item: str
    problem: str
    action_required: str
    responsible_unit: str
    responsible_person: str
    due_at: str | None
    status: str
    inspected_at: str
    inspector: str
    verified_by: str
    closed_at: str | None
    overdue: bool

    @property
    def notice_number(self) -> str:
        """The number as the (Chinese) notice prints it: ``〔2026〕第 7 号``."""
        return f"〔{self.year}〕第 {self.number} 号" if self.number else ""

    @property
    def notice_label(self) -> str:
        """The number in the interface's language: ``〔2026〕第 7 号`` or ``No. 2026-7``."""
        return notice_label({"year": self.year, "number": self.number})


def rectifications(fair: Fair, *, department_id: str | None = None,
                   site_id: str | None = None, open_only: bool = False,
                   at: str | None = None) -> list[RectRow]:
    """Rectifications, open and overdue first."""
    now = at or as_of(fair)
    where, params = [], []
    for col, value in (("i.department_id", department_id), ("i.site_id", site_id)):
        if value:
            where.append(f"{col} = ?")
            params.append(value)
    if open_only:
        where.append("r.status != ?")
        params.append(CLOSED)
    rows = fair.rows(f"""SELECT r.*, i.at AS inspected_at, i.inspector, i.site_id,
            i.department_id, s.name AS site_name, s.name_en AS site_name_en,
            d.name AS dept_name, d.name_en AS dept_name_en,
            coalesce(c.title, '') AS item_title, coalesce(c.title_en, '') AS item_title_en
        FROM rectifications r JOIN inspections i ON i.id = r.inspection_id
        JOIN sites s ON s.id = i.site_id JOIN departments d ON d.id = i.department_id
        LEFT JOIN checklist_items c ON c.id = r.checklist_item_id
        {('WHERE ' + ' AND '.join(where)) if where else ''}""", params)
    out = [RectRow(r["id"], r["number"], r["year"], r["site_id"],
                   _name(r["site_name"], r["site_name_en"]), r["department_id"],
                   _name(r["dept_name"], r["dept_name_en"]),
                   _name(r["item_title"], r["item_title_en"]), r["problem"],
                   r["action_required"], r["responsible_unit"], r["responsible_person"],
                   r["due_at"], r["status"], r["inspected_at"], r["inspector"],
                   r["verified_by"], r["closed_at"],
                   r["status"] != CLOSED and bool(r["due_at"]) and r["due_at"] < now)
           for r in rows]
    return sorted(out, key=lambda r: (r.status == CLOSED, not r.overdue, r.due_at or "9"))


@dataclass(frozen=True)
class OverdueRow:
    kind: str  # "item" or "rectification"
    id: str
    site: str
    department: str
    title: str
    due_at: str
    responsible: str


def overdue(fair: Fair, *, department_id: str | None = None, at: str | None = None
            ) -> list[OverdueRow]:
    """Items and rectifications past their deadline, by department and site."""
    now = at or as_of(fair)
    contacts = {d.id: d.contact for d in departments(fair)}
    found = [OverdueRow("item", i.id, i.site, i.department, i.label, i.due_at or "",
                        f"{i.department} {contacts.get(i.department_id, '')}".strip())
             for i in items(fair, department_id=department_id, at=now, overdue_only=True)]
    found += [OverdueRow("rectification", r.id, r.site, r.department,
                         f"{r.notice_label} {r.problem}", r.due_at or "",
                         r.responsible_unit + (f" {r.responsible_person}"
                                               if r.responsible_person else ""))
              for r in rectifications(fair, department_id=department_id, open_only=True, at=now)
              if r.overdue]
    return sorted(found, key=lambda o: (o.department, o.site, o.due_at))


@dataclass(frozen=True)
class InspectionRow:
    id: str
    at: str
    site: str
    department: str
    inspector: str
    result: str
    passed: int
    failed: int
    not_applicable: int
    notes: str


def inspections(fair: Fair, *, department_id: str | None = None) -> list[InspectionRow]:
    """Inspections, newest first, with their answers counted."""
    rows = fair.rows(f"""SELECT i.*, s.name AS site_name, s.name_en AS site_name_en,
            d.name AS dept_name, d.name_en AS dept_name_en,
            coalesce(sum(a.answer = 'pass'), 0) AS passed,
            coalesce(sum(a.answer = 'fail'), 0) AS failed,
            coalesce(sum(a.answer = 'na'), 0) AS na
        FROM inspections i JOIN sites s ON s.id = i.site_id
        JOIN departments d ON d.id = i.department_id
        LEFT JOIN inspection_answers a ON a.inspection_id = i.id
        {'WHERE i.department_id = ?' if department_id else ''}
        GROUP BY i.id ORDER BY i.at DESC""", [department_id] if department_id else [])
    return [InspectionRow(r["id"], r["at"], _name(r["site_name"], r["site_name_en"]),
                          _name(r["dept_name"], r["dept_name_en"]), r["inspector"], r["result"],
                          r["passed"], r["failed"], r["na"], r["notes"]) for r in rows]
