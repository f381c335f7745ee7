"""Badge codes, versions, the print log, check-in, undo, session sign-in, counters."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bench.crowd import make_crowd
from fairdesk.base.errors import NotFoundError, ValidationError
from fairdesk.core.badges import checkin, codes, issuing
from fairdesk.core.fair import Fair
from fairdesk.reports.qr import qr_version


@pytest.fixture
def crowd(fair: Fair) -> list[str]:
    ids = make_crowd(fair, 60)
    with fair.transaction() as tx:  # a known state for the first guests
        for gid in ids[:10]:
            tx.update("guests", gid, {"state": "confirmed", "category": "investor"})
    return ids


def test_code_is_short_uppercase_ascii_and_fits_qr_version_3(fair: Fair, crowd: list[str]) -> None:
    badge = issuing.issue_badge(fair, crowd[0])
    assert badge.code.isascii() and badge.code.isalnum() and badge.code == badge.code.upper()
    assert len(badge.code) <= 61
    assert qr_version(badge.code) <= 3
    guest = fair.get("guests", crowd[0])
    assert badge.code.startswith(guest["ref_code"])  # the reference, no personal data


def test_scanned_code_verifies_for_the_right_guest(fair: Fair, crowd: list[str]) -> None:
    badge = issuing.issue_badge(fair, crowd[3])
    result = checkin.verify(fair, badge.code.lower() + "\n")
    assert result.status == "ok" and result.guest["id"] == crowd[3]


def test_every_single_character_change_is_rejected(fair: Fair, crowd: list[str]) -> None:
    code = issuing.issue_badge(fair, crowd[0]).code
    for i, char in enumerate(code):
        for other in "0A7Z":
            if other != char:
                altered = code[:i] + other + code[i + 1:]
                assert checkin.verify(fair, altered).colour == "red", altered


def test_a_code_signed_by_another_fair_is_forged(fair: Fair, crowd: list[str]) -> None:
    other = Fair.memory()
    ref = fair.get("guests", crowd[0])["ref_code"]
    fake = codes.make_code(codes.secret(other), ref, 1)
    issuing.issue_badge(fair, crowd[0])
    assert checkin.verify(fair, fake).status == "forged"
    assert checkin.verify(fair, "HELLO").status == "unknown"
    assert checkin.verify(fair, "张伟").status == "unknown"


def test_reprint_voids_the_previous_badge(fair: Fair, crowd: list[str]) -> None:
    first = issuing.issue_badge(fair, crowd[0])
    second = issuing.issue_badge(fair, crowd[0])
    assert second.version == first.version + 1
    old = checkin.verify(fair, first.code)
    assert old.status == "replaced" and "2" in str(old.reason)
    assert checkin.verify(fair, second.code).status == "ok"


def test_print_log_warns_before_reprinting(fair: Fair, crowd: list[str]) -> None:
    batch = issuing.badges_for_printing(fair, crowd[:3], size="a6")
    assert not batch.reprinted and [b.version for b in batch.badges] == [1, 1, 1]
    issuing.record_printed(fair, batch)
    assert len(issuing.print_log(fair, crowd[0])) == 1
    warned = issuing.already_printed(fair, crowd[:5])
    assert {w.guest_id for w in warned} == set(crowd[:3])
    assert "测试员" in str(warned[0].warning)
    again = issuing.badges_for_printing(fair, crowd[:5], size="a6")
    assert len(again.reprinted) == 3
    assert [b.version for b in again.badges] == [2, 2, 2, 1, 1]
    # a reprint not (yet) printed voids nothing: a cancelled print leaves the badge valid
    assert checkin.verify(fair, batch.badges[0].code).status == "ok"
    assert checkin.verify(fair, again.badges[0].code).status != "ok"
    assert issuing.badges_for_printing(fair, crowd[:5], reprint=False).badges != []
    issuing.record_printed(fair, again)
    assert checkin.verify(fair, batch.badges[0].code).status == "replaced"
    assert checkin.verify(fair, again.badges[0].code).status == "ok"
    assert issuing.badges_for_printing(fair, crowd[:5], reprint=False).badges == []


def test_a_reprint_recorded_twice_is_refused(fair: Fair, crowd: list[str]) -> None:
    from fairdesk.base.errors import ConflictError

    issuing.record_printed(fair, issuing.badges_for_printing(fair, crowd[:1]))
    desk_a = issuing.badges_for_printing(fair, crowd[:1])
    desk_b = issuing.badges_for_printing(fair, crowd[:1])
    issuing.record_printed(fair, desk_a)
    with pytest.raises(ConflictError):
        issuing.record_printed(fair, desk_b)
    assert checkin.verify(fair, desk_a.badges[0].code).status == "ok"


def test_unprinted_badge_is_reused_not_reissued(fair: Fair, crowd: list[str]) -> None:
    first = issuing.badges_for_printing(fair, crowd[:2])
    second = issuing.badges_for_printing(fair, crowd[:2])
    assert [b.code for b in first.badges] == [b.code for b in second.badges]


def test_check_in_moves_the_invitation_to_arrived(fair: Fair, crowd: list[str]) -> None:
    code = issuing.issue_badge(fair, crowd[0]).code
    result = checkin.check_in(fair, code, desk="东门")
    assert result.colour == "green"
    assert fair.get("guests", crowd[0])["state"] == "arrived"
    row = fair.rows("SELECT * FROM check_ins WHERE guest_id = ?", [crowd[0]])[0]
    assert (row["desk"], row["operator"], row["laptop"]) == ("东门", "测试员", "test-laptop")
    history = fair.rows("SELECT to_state FROM invitation_history WHERE guest_id = ?", [crowd[0]])
    assert history[-1]["to_state"] == "arrived"
    assert result.card is not None and result.card.name == fair.get("guests", crowd[0])["name"]


def test_second_scan_is_amber_with_time_and_desk(fair: Fair, crowd: list[str]) -> None:
    code = issuing.issue_badge(fair, crowd[0]).code
    checkin.check_in(fair, code, desk="东门")
    again = checkin.check_in(fair, code, desk="西门")
    assert again.colour == "amber" and "东门" in str(again.reason)
    assert fair.count("check_ins") == 1


@pytest.mark.parametrize("state", ["cancelled", "declined"])
def test_cancelled_and_declined_guests_are_refused(fair: Fair, crowd: list[str],
                                                   state: str) -> None:
    code = issuing.issue_badge(fair, crowd[0]).code
    fair.guests.update("guests", crowd[0], state=state)
    result = checkin.check_in(fair, code, desk="东门")
    assert result.status == state and result.colour == "red"
    assert fair.count("check_ins") == 0


def test_manual_check_in_by_guest_id_and_undo(fair: Fair, crowd: list[str]) -> None:
    result = checkin.check_in_guest(fair, crowd[1], desk="东门")
    assert result.ok and fair.get("guests", crowd[1])["state"] == "arrived"
    undone = checkin.undo_last_check_in(fair, "东门")
    assert undone is not None and undone.guest["id"] == crowd[1]
    assert fair.get("guests", crowd[1])["state"] == "confirmed"
    assert checkin.undo_last_check_in(fair, "东门") is None
    assert checkin.check_in_guest(fair, crowd[1], desk="东门").ok  # can check in again after undo
    with pytest.raises(NotFoundError):
        checkin.check_in_guest(fair, "0" * 26, desk="东门")


def test_session_sign_in_refuses_categories_not_admitted(fair: Fair, crowd: list[str]) -> None:
    fair.agenda.create("agenda_sessions", title="贵宾晚宴", title_en="VIP banquet", kind="banquet",
                       starts_at="2026-05-18 18:30", ends_at="2026-05-18 20:30",
                       admitted_categories='["vip", "official"]')
    sid = fair.agenda.list("agenda_sessions")[0]["id"]
    investor = issuing.issue_badge(fair, crowd[0]).code
    refused = checkin.check_in(fair, investor, desk="宴会厅", session_id=sid)
    assert refused.status == "not_admitted" and "贵宾晚宴" in str(refused.reason)
    fair.guests.update("guests", crowd[1], category="vip")
    vip = issuing.issue_badge(fair, crowd[1]).code
    assert checkin.check_in(fair, vip, desk="宴会厅", session_id=sid).ok
    assert fair.count("attendance") == 1
    assert fair.get("guests", crowd[1])["state"] == "confirmed"  # sign-in is not arrival
    assert checkin.check_in(fair, vip, desk="宴会厅", session_id=sid).colour == "amber"
    undone = checkin.undo_last_check_in(fair, "宴会厅")
    assert fair.count("attendance") == 0
    assert undone is not None and "签到" in undone.reason.zh
    assert "sign-in" in undone.reason.en  # not called a check-in in English either


def test_counters_by_category(fair: Fair, crowd: list[str]) -> None:
    before = checkin.desk_counters(fair)
    checkin.check_in_guest(fair, crowd[0], desk="东门")
    after = checkin.desk_counters(fair)
    assert after.arrived == before.arrived + 1 and after.arrived_today == 1
    investor = next(c for c in after.by_category if c.category == "investor")
    assert investor.arrived >= 1 and investor.expected >= investor.arrived


def test_select_guests_filters_and_sorts(fair: Fair, crowd: list[str]) -> None:
    everyone = issuing.select_guests(fair, sort="name")
    keys = [fair.get("guests", g)["search_key"] for g in everyone]
    assert keys == sorted(keys)
    assert all(fair.get("guests", g)["state"] not in ("declined", "cancelled") for g in everyone)
    vips = issuing.select_guests(fair, categories=["vip"])
    assert vips and all(fair.get("guests", g)["category"] == "vip" for g in vips)
    unit = fair.rows("SELECT name FROM inviting_units LIMIT 1")[0]["name"]
    assert issuing.select_guests(fair, units=[unit])
    with pytest.raises(ValidationError):
        issuing.select_guests(fair, sort="age")


def test_search_by_name_and_pinyin(fair: Fair, crowd: list[str]) -> None:
    guest = fair.get("guests", crowd[0])
    assert guest["id"] in [g["id"] for g in checkin.search_guests(fair, guest["name"])]
    pinyin = guest["search_key"].split()[-1]
    assert guest["id"] in [g["id"] for g in checkin.search_guests(fair, pinyin, limit=500)]
    by_code = checkin.search_guests(fair, guest["ref_code"].lower())
    assert by_code and by_code[0]["id"] == guest["id"]  # a guest reading out the slip's code


def test_core_and_reports_do_not_import_qt() -> None:
    code = ("import sys, fairdesk.core.badges.codes, fairdesk.core.badges.checkin, fairdesk.reports.badges.cards, "
            "fairdesk.reports.badges.table_cards, fairdesk.commands.badges; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
