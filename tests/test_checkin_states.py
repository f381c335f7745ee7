"""Check-in moves the guest's state only through the guests service; verify writes nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bench.crowd import make_crowd
from fairdesk.base.errors import ConflictError
from fairdesk.core.badges import checkin, codes, issuing
from fairdesk.core.badges.checkin import ScanStatus
from fairdesk.core.context import Operator
from fairdesk.core.fair import Fair
from fairdesk.core.guests.invitations import check_desk_arrival, check_undo
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.tx import Tx


@pytest.fixture
def crowd(fair: Fair) -> list[str]:
    ids = make_crowd(fair, 12)
    with fair.transaction() as tx:
        for gid in ids:
            tx.update("guests", gid, {"state": "confirmed", "category": "investor"})
    return ids


def _dump(fair: Fair) -> list[str]:
    return list(fair.db.conn.iterdump())


def _scans(fair: Fair, crowd: list[str]) -> dict[str, tuple[str, str | None]]:
    """One code (and session) of every kind the desk can be shown, with the status it gets."""
    key = codes.secret(fair)
    code = {gid: issuing.issue_badge(fair, gid).code for gid in crowd[:6]}
    checkin.check_in(fair, code[crowd[1]], desk="东门")
    replaced = code[crowd[2]]
    issuing.issue_badge(fair, crowd[2])
    fair.guests.transition(crowd[3], "cancelled")
    fair.guests.transition(crowd[4], "declined")
    vip_only = fair.agenda.create(
        "agenda_sessions", title="贵宾晚宴", kind="banquet", starts_at="2026-05-18 18:30",
        ends_at="2026-05-18 20:30", admitted_categories='["vip"]').items[0].record_id
    forum = fair.agenda.create("agenda_sessions", title="发展论坛", kind="forum",
                               starts_at="2026-05-18 09:00",
                               ends_at="2026-05-18 11:00").items[0].record_id
    checkin.check_in(fair, code[crowd[5]], desk="论坛", session_id=forum)
    ref = fair.get("guests", crowd[0])["ref_code"]
    return {
        "ok": (code[crowd[0]], None),
        "already_checked_in": (code[crowd[1]], None),
        "replaced": (replaced, None),
        "cancelled": (code[crowd[3]], None),
        "declined": (code[crowd[4]], None),
        "forged": (codes.make_code(codes.secret(Fair.memory()), ref, 1), None),
        "unknown": ("HELLO", None),
        "unknown guest": (codes.make_code(key, "ZZZZZZ", 1), None),
        "unknown version": (codes.make_code(key, ref, 9), None),
        "not_admitted": (code[crowd[0]], vip_only),
        "signed in": (code[crowd[0]], forum),
        "already signed in": (code[crowd[5]], forum),
    }


EXPECTED = {"ok": "ok", "already_checked_in": "already_checked_in", "replaced": "replaced",
            "cancelled": "cancelled", "declined": "declined", "forged": "forged",
            "unknown": "unknown", "unknown guest": "unknown", "unknown version": "unknown",
            "not_admitted": "not_admitted", "signed in": "ok",
            "already signed in": "already_checked_in"}


def test_verify_leaves_the_file_unchanged_for_every_kind_of_code(fair: Fair,
                                                                  crowd: list[str]) -> None:
    scans = _scans(fair, crowd)
    heard: list[object] = []
    fair.add_listener(heard.append)
    for kind, (code, session_id) in scans.items():
        before, writes = _dump(fair), fair.db.conn.total_changes
        result = checkin.verify(fair, code, session_id=session_id)
        assert (kind, result.status) == (kind, EXPECTED[kind])
        assert type(result.status) is ScanStatus
        assert fair.db.conn.total_changes == writes, kind
        assert _dump(fair) == before, kind
    assert heard == []


def test_verify_in_a_file_without_a_badge_key_makes_none(fair_path: Path) -> None:
    """An older file with no key: scanning used to make one (a write); now only issuing does."""
    db = sqlite3.connect(fair_path)
    with db:  # as a file from before badges had a key
        db.execute("DELETE FROM fair_settings WHERE key = 'badge.secret'")
    db.close()
    fair = Fair.open(fair_path, Operator("测试员", "desk-1", "test-laptop"))
    try:
        gid = fair.guests.create("guests", name="张伟", category="investor",
                                 country="CN").items[0].record_id
        ref = fair.get("guests", gid)["ref_code"]
        before, writes = _dump(fair), fair.db.conn.total_changes
        assert checkin.verify(fair, codes.make_code(b"another key", ref, 1)).status == "forged"
        assert checkin.verify(fair, "HELLO").status == "unknown"
        assert fair.db.conn.total_changes == writes and _dump(fair) == before
        assert fair.stored_setting("badge.secret") is None
        badge = issuing.issue_badge(fair, gid)  # the first badge issued makes the key
        assert fair.stored_setting("badge.secret")
        assert checkin.verify(fair, badge.code).status == "ok"
    finally:
        fair.close()


def _history(fair: Fair, gid: str) -> list[tuple[str | None, str]]:
    return [(h["from_state"], h["to_state"]) for h in fair.guests.history(gid)]


def _spy(fair: Fair, name: str, calls: list[tuple[str, str, bool]]) -> Callable[..., Any]:
    """The service method ``name``, noting each call and whether a transaction was open."""
    real = getattr(fair.guests, name)

    def spy(tx: Tx, guest_id: str, **kw: Any) -> Any:
        calls.append((name, guest_id, fair.db.conn.in_transaction))
        return real(tx, guest_id, **kw)
    return spy


def test_check_in_and_undo_move_the_state_through_the_guests_service(
        fair: Fair, crowd: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str, bool]] = []
    for name in ("mark_arrived", "undo_arrival"):
        monkeypatch.setattr(fair.guests, name, _spy(fair, name, calls))
    heard: list = []
    fair.add_listener(heard.append)
    checkin.check_in_guest(fair, crowd[0], desk="东门")
    checkin.undo_last_check_in(fair, "东门")
    assert calls == [("mark_arrived", crowd[0], True), ("undo_arrival", crowd[0], True)]
    assert [c.entities for c in heard] == [{"check_ins", "guests", "invitation_history"}] * 2
    assert _history(fair, crowd[0]) == [("confirmed", "arrived"), ("arrived", "confirmed")]


@pytest.mark.parametrize("state", ["to_invite", "invited", "undecided", "attending", "confirmed"])
def test_the_desk_registers_arrival_from_any_badge_holding_state_and_undo_goes_back(
        fair: Fair, crowd: list[str], state: str) -> None:
    fair.db.execute("UPDATE guests SET state = ? WHERE id = ?", [state, crowd[0]])
    code = issuing.issue_badge(fair, crowd[0]).code
    assert checkin.check_in(fair, code, desk="东门").ok
    assert fair.get("guests", crowd[0])["state"] == "arrived"
    assert checkin.undo_last_check_in(fair, "东门") is not None
    assert fair.get("guests", crowd[0])["state"] == state
    assert _history(fair, crowd[0]) == [(state, "arrived"), ("arrived", state)]


def test_mark_arrived_refuses_declined_and_cancelled_and_leaves_arrivals_alone(
        fair: Fair, crowd: list[str]) -> None:
    with fair.transaction() as tx:
        assert fair.guests.mark_arrived(tx, crowd[0])["state"] == "arrived"
        assert fair.guests.mark_arrived(tx, crowd[0]) is None  # a second desk: no second row
    assert len(fair.guests.history(crowd[0])) == 1
    for state in ("declined", "cancelled"):
        fair.guests.transition(crowd[1], state)
        before = _dump(fair)
        with pytest.raises(ConflictError), fair.transaction() as tx:
            fair.guests.mark_arrived(tx, crowd[1])
        assert _dump(fair) == before


def test_undo_arrival_goes_back_only_the_way_the_guest_came(fair: Fair,
                                                            crowd: list[str]) -> None:
    with fair.transaction() as tx:
        assert fair.guests.undo_arrival(tx, crowd[0]) is None  # not arrived: nothing to undo
    fair.guests.transition(crowd[0], "arrived")
    fair.db.execute("UPDATE invitation_history SET from_state = 'cancelled' WHERE guest_id = ?",
                    [crowd[0]])  # a history no arrival can have
    with pytest.raises(ConflictError), fair.transaction() as tx:
        fair.guests.undo_arrival(tx, crowd[0])
    assert fair.get("guests", crowd[0])["state"] == "arrived"


def test_desk_arrival_and_undo_rules() -> None:
    for state in InvitationState:
        if state in ("declined", "cancelled", "arrived", "departed"):
            with pytest.raises(ConflictError):
                check_desk_arrival(state, "张伟")
        else:
            check_desk_arrival(state)
    for back, forth in (("confirmed", "arrived"), ("invited", "arrived"),
                        ("arrived", "departed"), ("attending", "confirmed")):
        check_undo(forth, back)  # forth -> back undoes back -> forth
    for forth, back in (("arrived", "declined"), ("arrived", "cancelled"),
                        ("arrived", "departed"), ("invited", "confirmed")):
        with pytest.raises(ConflictError):
            check_undo(forth, back)
    with pytest.raises(ConflictError):
        check_undo("arrived", "gone")


def test_set_state_joins_the_callers_transaction(fair: Fair, crowd: list[str]) -> None:
    heard: list = []
    fair.add_listener(heard.append)
    with pytest.raises(ConflictError), fair.transaction() as tx:
        fair.guests.set_state(tx, crowd[0], "declined", note="电话")
        fair.guests.set_state(tx, crowd[0], "invited")  # declined -> invited: refused
    assert fair.get("guests", crowd[0])["state"] == "confirmed" and heard == []
    with fair.transaction() as tx:
        fair.guests.set_state(tx, crowd[0], "declined", on="2026-05-01")
        assert fair.guests.set_state(tx, crowd[0], "declined") is None
        fair.guests.set_state(tx, crowd[0], "attending")
    guest = fair.get("guests", crowd[0])
    assert (guest["state"], guest["replied_on"]) == ("attending", "2026-05-01")
    assert len(heard) == 1 and _history(fair, crowd[0]) == [("confirmed", "declined"),
                                                            ("declined", "attending")]
