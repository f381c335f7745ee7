"""The head table in protocol order (礼宾次序): the host in seat 1, then the guests by rank
alternating right and left of the host, the first guest's side a fair setting; the demo
fair's banquet seated by the same rule."""

from __future__ import annotations

import pytest

from fairdesk.core.demo import generate_demo
from fairdesk.core.reception.meals import (
    apply_seating,
    honour_seats,
    plan_seating,
    protocol_key,
    title_rank,
)

# name, category, title; listed here out of order on purpose
PEOPLE = (("Adam Brown", "vip", "CEO"), ("副市长李强", "official", "副市长"),
          ("Zoe Young", "vip", "Chairman"), ("市长王明", "official", "市长"),
          ("Bea Clark", "vip", "Managing Director"), ("陈总", "investor", "总经理"))


@pytest.fixture
def banquet(fair):
    fair.reception.create("meal_sittings", name="欢迎晚宴", kind="banquet",
                          starts_at="2026-05-18 18:30", ends_at="2026-05-18 20:30")
    sitting = fair.scalar("SELECT id FROM meal_sittings")
    fair.reception.create("banquet_tables", sitting_id=sitting, number=1, seats=6, is_head=True)
    fair.reception.create("banquet_tables", sitting_id=sitting, number=2, seats=10)
    for name, category, title in PEOPLE:
        fair.guests.create("guests", name=name, category=category, title=title, country="CN",
                           state="confirmed")
    return sitting


def _head(fair, sitting) -> dict[int, str]:
    plan = plan_seating(fair, sitting)
    return {s.seat_no: s.name for s in plan.at(plan.tables[0]["id"])}


def test_head_table_host_then_guests_by_rank_right_and_left(fair, banquet):
    head = _head(fair, banquet)
    # seat 2 is the host's right, seat 6 (the last) the host's left
    assert head == {1: "市长王明", 2: "Zoe Young", 6: "Adam Brown", 3: "Bea Clark",
                    5: "副市长李强", 4: "陈总"}


def test_the_first_guest_at_the_hosts_left_when_the_fair_says_so(fair, banquet):
    fair.set_settings(**{"seating.principal_side": "left"})
    assert honour_seats(6, "left") == [1, 6, 2, 5, 3, 4]
    head = _head(fair, banquet)
    assert head == {1: "市长王明", 6: "Zoe Young", 2: "Adam Brown", 5: "Bea Clark",
                    3: "副市长李强", 4: "陈总"}
    apply_seating(fair, plan_seating(fair, banquet))
    seated = {r["seat_no"]: r["name"] for r in fair.rows("SELECT s.seat_no, g.name FROM banquet_seats s JOIN guests g"
                            " ON g.id = s.guest_id JOIN banquet_tables t ON t.id = s.table_id"
                            " WHERE t.is_head = 1")}
    assert seated == {1: "市长王明", 6: "Zoe Young", 2: "Adam Brown", 5: "Bea Clark",
                      3: "副市长李强", 4: "陈总"}


def test_titles_in_either_script_rank():
    assert title_rank("董事長") == title_rank("Chairman") < title_rank("首席执行官") \
        == title_rank("總裁") == title_rank("CEO")


def test_demo_fair_head_table_is_in_protocol_order(fair):
    generate_demo(fair, guests=240, seed=7)
    head = fair.rows(
        "SELECT s.seat_no, g.* FROM banquet_seats s JOIN guests g ON g.id = s.guest_id"
        " JOIN banquet_tables t ON t.id = s.table_id JOIN meal_sittings m ON m.id = t.sitting_id"
        " WHERE t.is_head = 1 AND m.kind = 'banquet'")
    seats = fair.scalar("SELECT seats FROM banquet_tables WHERE is_head = 1")
    by_seat = {g["seat_no"]: g for g in head}
    assert by_seat[1]["category"] == "official"  # the host: no foreign CEO in seat 1
    order = [by_seat[n] for n in honour_seats(seats)[1:] if n in by_seat]
    assert [protocol_key(g) for g in order] == sorted(protocol_key(g) for g in order)
    assert order[0]["category"] == "vip"  # the principal guest at the host's right


def test_the_rule_is_chosen_in_the_fair_settings(qtbot, fair, banquet):
    from fairdesk.gui.fair_settings import FairSettingsDialog

    dialog = FairSettingsDialog(fair)
    qtbot.addWidget(dialog)
    assert dialog.side.currentData() == "right"
    dialog.side.setCurrentIndex(dialog.side.findData("left"))
    dialog.accept()
    assert fair.setting("seating.principal_side") == "left"
    assert _head(fair, banquet)[6] == "Zoe Young"  # the next plan follows the new rule
    dialog.grab().save("/tmp/fair_settings_side.png")


def test_the_sessions_guest_of_honour_sits_at_the_hosts_right(fair, banquet):
    fair.agenda.create("agenda_sessions", title="欢迎晚宴", kind="banquet",
                       starts_at="2026-05-18 18:30", ends_at="2026-05-18 20:30")
    session = fair.scalar("SELECT id FROM agenda_sessions")
    fair.reception.update("meal_sittings", banquet, session_id=session)
    bea = fair.scalar("SELECT id FROM guests WHERE name = 'Bea Clark'")
    fair.agenda.create("session_guests", session_id=session, guest_id=bea, role="honour")
    head = _head(fair, banquet)
    assert head[1] == "市长王明" and head[2] == "Bea Clark"  # 主宾 before higher titles
    assert head[6] == "Zoe Young" and head[3] == "Adam Brown"
