"""Merging two records of one person (the guests page and the sync review share it):
what both have once stays the kept guest's; the dropped guest's badges move, void."""

from __future__ import annotations

import pytest

from fairdesk.base.errors import ValidationError
from fairdesk.core.badges.issuing import issue_badge
from fairdesk.core.guests.merging import merge_guests, what_moves


@pytest.fixture
def two(fair):
    ids = [fair.guests.add_guest(name=name, category="investor", country="CN",
                                 phone="13912345678").ids()[0] for name in ("张伟", "张 伟")]
    fair.agenda.create("agenda_sessions", title="开幕式", kind="opening",
                       starts_at="2026-05-18 09:00", ends_at="2026-05-18 10:00")
    session = fair.scalar("SELECT id FROM agenda_sessions")
    for gid in ids:
        fair.agenda.create("session_guests", session_id=session, guest_id=gid, role="assigned")
        issue_badge(fair, gid)
    return ids


def test_merge_when_both_have_a_badge_and_the_same_session(fair, two):
    kept, dropped = two
    moves = {m.table: m.count for m in what_moves(fair, dropped)}
    assert moves["badges"] == 1 and moves["session_guests"] == 1
    merge_guests(fair, kept, dropped)
    badges = fair.rows("SELECT version, voided_at FROM badges WHERE guest_id = ? ORDER BY version",
                       [kept])
    assert [b["version"] for b in badges] == [1, 2]
    assert badges[0]["voided_at"] is None and badges[1]["voided_at"]  # the kept one still scans
    assert fair.count("session_guests", "guest_id = ?", [kept]) == 1  # invited once, not twice
    assert fair.count("guests", "id = ?", [dropped]) == 0


def test_a_guest_is_not_merged_with_itself(fair, two):
    with pytest.raises(ValidationError):
        merge_guests(fair, two[0], two[0])
