"""Merging two records of one person (the guests page and the sync review share it):
what both have once stays the kept guest's; the dropped guest's badges move, void."""

from __future__ import annotations

import pytest

from fairdesk.base.errors import ConflictError, ValidationError
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


def test_deleting_a_signatory_keeps_the_signing_party_in_the_register(fair, two):
    from fairdesk.core.guests.merging import delete_guest, what_deletion_keeps

    gid = two[0]
    county = fair.guests.create("inviting_units", name="东港区", kind="county").ids()[0]
    project = fair.signing.create(
        "signing_projects", name="项目", sector="energy", contract_type="contract",
        county_id=county, total_investment_cents=10**10, contract_amount_cents=0,
        currency="CNY", status="ready", investor="某公司").ids()[0]
    party = fair.signing.create("signing_parties", project_id=project, side="investor",
                                organisation="某公司", signatory="张伟", guest_id=gid).ids()[0]
    assert [m.table for m in what_deletion_keeps(fair, gid)] == ["signing_parties"]
    with pytest.raises(ConflictError):  # the plain record delete is refused: still referred to
        fair.guests.delete("guests", gid)
    delete_guest(fair, gid)
    assert fair.count("guests", "id = ?", [gid]) == 0
    assert fair.count("badges", "guest_id = ?", [gid]) == 0  # the guest's own went with them
    kept = fair.get("signing_parties", party)
    assert kept["guest_id"] is None and kept["signatory"] == "张伟"  # still in the register
    assert fair.count("audit_log", "entity_id = ? AND action = 'update'", [party]) == 1
