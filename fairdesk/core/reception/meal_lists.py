"""The kitchens' lists (headcounts, dietary needs) and the banquet table plan, as snapshots."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import Text, t
from fairdesk.core.reception.meals import SeatingPlan, headcounts, plan_seating
from fairdesk.core.reception.model import hhmm
from fairdesk.core.reception.sheet import Sheet, fair_now, fair_title, named
from fairdesk.core.reception.sheet import lbl as _lbl
from fairdesk.core.vocab import DIETARY, MEAL_KINDS

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict[str, Any]


# --- meal counts ------------------------------------------------------------------------------------
MEAL_COLUMNS = [  # widths (mm) hold each heading's longest word at the header's size
    ("sitting", Text("用餐场次", "Sitting"), 50), ("when", Text("时间", "When"), 30),
    ("kind", Text("形式", "Kind"), 16), ("guests", Text("嘉宾", "Guests"), 15),
    ("companions", Text("随行", "Companions"), 20), ("staff", Text("工作人员", "Staff"), 16),
    ("total", Text("合计", "Total"), 13), ("halal", Text("清真", "Halal"), 13),
    ("vegetarian", Text("素食", "Vegetarian"), 20),
    ("allergies", Text("其他饮食需求（人数）", "Other needs (people)"), 90),
]


DIET_LABELS = {**DIETARY, "other_allergy": ("其他过敏", "Other allergy")}
NEEDS_COLUMNS = [
    ("no", Text("序号", "No."), 10), ("name", Text("姓名", "Name"), 45),
    ("kinds", Text("饮食需求", "Needs"), 60), ("detail", Text("说明", "Detail"), 100),
    ("sittings", Text("用餐场次", "Sittings"), 55),
]


def meal_counts_sheets(fair: Fair) -> list[Sheet]:
    """Headcount and dietary counts per sitting, then who has which need (for the kitchens)."""
    counts = Sheet(Text("用餐人数及饮食需求", "Meal headcounts and dietary needs"),
                   Text("嘉宾用餐按已确认参会的嘉宾及随行人员统计；工作人员餐按工作人员"
                        "（工作人员、安保证件及陪同、司机）统计",
                        "Guests' meals from the guests attending and their companions; staff"
                        " meals from the staff (staff and security badges, escorts, drivers)"),
                   MEAL_COLUMNS, fair_name=fair_title(fair), printed_at=fair_now(fair), key=t("用餐人数", "Headcounts"))
    people: dict[tuple, dict] = {}
    for c in headcounts(fair):
        s = c.sitting
        other = [f"{_lbl(DIET_LABELS, k)} {n}" for k, n in sorted(c.dietary.items())
                 if k not in ("halal", "vegetarian", "vegan")]
        counts.rows.append({
            "sitting": t(s["name"], s.get("name_en") or s["name"]), "when": f"{s['starts_at'][5:16].replace('T', ' ')}–"
            f"{hhmm(s['ends_at'])}", "@when": s["starts_at"], "@when>": s["ends_at"], "kind": str(_lbl(MEAL_KINDS, s["kind"])),
            "guests": str(c.guests), "companions": str(c.companions),
            "staff": str(c.staff), "total": str(c.total),
            "halal": str(c.halal), "vegetarian": str(c.vegetarian), "allergies": "；".join(other)})
        for need in c.needs:
            entry = people.setdefault((need["guest_id"], need["companion_id"]),
                                      {**need, "sittings": []})
            entry["sittings"].append(t(s["name"], s.get("name_en") or s["name"]))
    needs = Sheet(Text("特殊饮食名单", "Guests with dietary needs"),
                  Text(f"共 {len(people)} 人", f"{len(people)} people"), NEEDS_COLUMNS,
                  fair_name=fair_title(fair), printed_at=fair_now(fair), key=t("特殊饮食", "Dietary needs"))
    for i, p in enumerate(sorted(people.values(), key=lambda p: p["name"]), 1):
        needs.rows.append({"no": str(i), "name": p["name"],
                           "kinds": "、".join(str(_lbl(DIET_LABELS, k)) for k in p["kinds"]),
                           "detail": p["detail"], "sittings": "、".join(p["sittings"])})
    return [counts, needs]


# --- banquet table plan ---------------------------------------------------------------------------
@dataclass
class TablePlan:
    fair_name: str
    sitting: Row
    tables: list[dict]  # number, name, seats, is_head, names: {seat_no: (name, title)}
    unseated: list[str]
    printed_at: str = ""  # when the snapshot was taken, fair-local


def find_sitting(fair: Fair, sitting: str) -> Row:
    """The meal sitting with this id or name. Raises NotFoundError."""
    return named(fair.rows("SELECT * FROM meal_sittings ORDER BY starts_at"), sitting,
                 ("id", "name", "name_en"),
                 f"没有名为“{sitting}”的用餐场次。", f"No meal sitting '{sitting}'.")[0]


def table_plan(fair: Fair, sitting: str, *, with_plan: bool = False) -> TablePlan:
    """The seats of a sitting (by id or name); ``with_plan`` adds the proposed seats too."""
    found = find_sitting(fair, sitting)
    plan: SeatingPlan = plan_seating(fair, found["id"])
    seats = plan.seats if with_plan else [s for s in plan.seats if s.kept]
    tables = []
    for tb in plan.tables:
        names = {s.seat_no: (s.name, s.title) for s in seats if s.table_id == tb["id"]}
        tables.append({"number": tb["number"], "name": tb["name"], "seats": tb["seats"],
                       "is_head": bool(tb["is_head"]), "names": names})
    unseated = [g["name"] for g in plan.unseated] if with_plan else []
    return TablePlan(fair_title(fair), found, tables, unseated, fair_now(fair))
