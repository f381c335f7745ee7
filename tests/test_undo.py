"""Undo: this desk's last action taken back from the audit log's before-images, in one
audited transaction; refused with a sentence once a newer change touched its records."""

from __future__ import annotations

import pytest

from fairdesk.base.errors import ConflictError
from fairdesk.core import undo
from fairdesk.core.audit import history


def _guests(fair, n: int, **extra) -> list[str]:
    return [fair.guests.add_guest(name=f"客商{i:02d}", category="investor", country="CN",
                                  **extra).ids()[0] for i in range(n)]


def _states(fair, ids) -> set[str]:
    return {r["state"] for r in fair.rows_in("SELECT state FROM guests WHERE id IN (?...)", ids)}


def test_bulk_state_change_undone_puts_every_state_back(fair):
    ids = _guests(fair, 30)
    history_rows = fair.count("invitation_history")
    fair.guests.transition_many(ids, "invited")
    plan = undo.last_action(fair)
    assert plan.large and plan.records == 60  # 30 guests and their 30 history rows
    assert [str(line) for line in plan.lines(fair)] == ["嘉宾：30 条改回原值",
                                                        "邀请状态记录：删除新建的 30 条"]
    changes = undo.undo(fair, plan)
    assert _states(fair, ids) == {"to_invite"}
    assert fair.count("invitation_history") == history_rows
    assert set(changes.ids("guests")) == set(ids)  # the pages hear of it as of any change
    # audited: the guest's history says it changed back, the log says what was undone
    assert "invited → to_invite" in history(fair, "guests", ids[0])[0].summary
    assert fair.count("audit_log", "action = 'undo' AND entity_id = ?", [plan.action_id]) == 1
    # the next Undo goes one further back (the last guest added), never the same action
    again = undo.last_action(fair)
    assert again.action_id != plan.action_id and again.records == 2


def test_refused_when_a_newer_change_touched_the_records(fair):
    ids = _guests(fair, 5)
    fair.guests.transition_many(ids, "invited")
    plan = undo.last_action(fair)
    fair.guests.update("guests", ids[2], organisation="新单位")  # a newer change of one guest
    with pytest.raises(ConflictError) as err:
        undo.check(fair, plan)
    assert "客商02" in err.value.text.zh and "之后又被改动过" in err.value.text.zh
    assert "客商02" in err.value.text.en and "changed again afterwards" in err.value.text.en
    with pytest.raises(ConflictError):
        undo.undo(fair, plan)
    assert _states(fair, ids) == {"invited"}  # nothing written
    assert fair.count("audit_log", "action = 'undo'") == 0


def test_the_last_action_is_this_desks_own_and_then_the_newer_edit_goes_first(fair):
    ids = _guests(fair, 3)
    fair.guests.transition_many(ids, "invited")
    fair.guests.update("guests", ids[0], organisation="新单位")
    first = undo.last_action(fair)  # the edit, the newest
    assert first.records == 1
    undo.undo(fair, first)
    assert fair.get("guests", ids[0])["organisation"] == ""
    undo.undo(fair, undo.last_action(fair))  # now the bulk change is the last, and free
    assert _states(fair, ids) == {"to_invite"}


def test_deleting_a_guest_undone_brings_back_the_guest_and_what_went_with_them(fair):
    gid = _guests(fair, 1)[0]
    fair.guests.create("companions", guest_id=gid, name="随行甲")
    fair.guests.delete("guests", gid)
    assert fair.count("tombstones", "id = ?", [gid]) == 1
    undo.undo(fair, undo.last_action(fair))
    assert fair.get("guests", gid)["name"] == "客商00"
    assert fair.count("companions", "guest_id = ? AND name = '随行甲'", [gid]) == 1
    assert fair.count("tombstones", "id = ?", [gid]) == 0


def test_refused_when_a_record_added_since_refers_to_what_it_created(fair):
    gid = _guests(fair, 1)[0]
    fair.guests.create("companions", guest_id=gid, name="随行乙")
    # the companion came from another desk (merged): this desk's last action is the guest
    fair.db.execute("UPDATE audit_log SET origin = 'other-desk' WHERE entity = 'companions'")
    fair.db.conn.commit()
    plan = undo.last_action(fair)
    assert plan.steps[0].record_id == gid
    with pytest.raises(ConflictError) as err:
        undo.undo(fair, plan)
    assert "客商00" in err.value.text.en
    assert fair.count("guests", "id = ?", [gid]) == 1


def test_nothing_to_undo_on_a_new_fair(fair):
    assert undo.last_action(fair) is None


def test_an_import_undone_removes_the_guests_it_added_and_leaves_the_others(fair, tmp_path):
    from fairdesk.core.guests.importing import import_file
    from tests.spreadsheets import HEADER, guest_rows, workbook

    kept = _guests(fair, 2)
    path = workbook(tmp_path / "list.xlsx", [("名单", [HEADER, *guest_rows(40)], "visible")])
    import_file(fair, path)
    assert fair.count("guests") == 42
    plan = undo.last_action(fair)
    assert any("嘉宾：删除新建的 40 条" == str(line) for line in plan.lines(fair))
    undo.undo(fair, plan)
    assert {r["id"] for r in fair.rows("SELECT id FROM guests")} == set(kept)
    assert fair.count("tombstones", "entity = 'guests'") == 40  # other desks hear of it too


def test_an_assignment_undone(fair):
    gid = _guests(fair, 1, state="confirmed")[0]
    fair.reception.create("hotels", name="海滨大酒店")
    hotel = fair.scalar("SELECT id FROM hotels")
    fair.reception.create("stays", guest_id=gid, hotel_id=hotel, room_type="twin",
                          check_in="2026-05-17", check_out="2026-05-19")
    plan = undo.last_action(fair)
    assert [str(line) for line in plan.lines(fair)] == ["住宿：删除新建的 1 条"]
    undo.undo(fair, plan)
    assert fair.count("stays") == 0 and fair.count("hotels") == 1


def test_an_undo_reaches_the_other_desk_and_a_change_from_there_blocks_it(tmp_path):
    from fairdesk.core.context import Operator
    from fairdesk.core.fair import Fair
    from fairdesk.core.sync.dump import dumps
    from fairdesk.core.sync.exchange import export_bytes, import_bytes

    a = Fair.create(tmp_path / "a.fair", Operator("甲", "desk-a", "laptop-a"))
    ids = _guests(a, 4)
    gid = ids[0]
    a.guests.create("companions", guest_id=gid, name="随行丙")
    a.save_copy(tmp_path / "b.fair", new_desk=True)
    b = Fair.open(tmp_path / "b.fair", Operator("乙", "desk-b", "laptop-b"))
    try:
        a.guests.transition_many(ids, "invited")
        a.guests.delete("guests", ids[3])
        undo.undo(a, undo.last_action(a))  # the deletion: the guest is back, tombstone gone
        import_bytes(b, export_bytes(a)[0], backup=False)
        assert b.count("guests") == 4 and _states(b, ids) == {"invited"}
        # desk b edits one of the guests; once that arrives, a may not undo the bulk change
        b.guests.update("guests", ids[1], organisation="乙改的")
        import_bytes(a, export_bytes(b)[0], backup=False)
        with pytest.raises(ConflictError) as err:
            undo.undo(a, undo.last_action(a))
        assert "乙" in err.value.text.zh and "客商01" in err.value.text.zh
        assert dumps(a) == dumps(b)
    finally:
        a.close()
        b.close()


def test_with_pins_a_large_undo_and_a_merge_are_the_committees():
    from fairdesk.core import roles
    from fairdesk.core.context import Operator
    from fairdesk.core.fair import Fair
    from fairdesk.core.guests.merging import merge_guests
    from fairdesk.core.roles import PermissionDenied, Role

    fair = Fair.memory(Operator("王主任", "组委会办公室", "lap1", Role.COMMITTEE))
    fair.sign_in(Operator("王主任", "组委会办公室", "lap1", Role.COMMITTEE))
    ids = _guests(fair, 30)
    fair.guests.transition_many(ids, "invited")  # the committee's bulk change
    roles.set_pin(fair, Role.COMMITTEE, "2468")
    roles.set_pin(fair, Role.RECEPTION, "1357")
    fair.sign_in(Operator("李娜", "报到台1", "lap2", Role.RECEPTION), pin="1357")
    with pytest.raises(PermissionDenied):
        undo.undo(fair, undo.last_action(fair))
    with pytest.raises(PermissionDenied):
        merge_guests(fair, ids[0], ids[1])
    assert _states(fair, ids) == {"invited"} and fair.count("guests") == 30
    fair.guests.update("guests", ids[0], organisation="新单位")  # reception's own small edit
    undo.undo(fair, undo.last_action(fair))
    assert fair.get("guests", ids[0])["organisation"] == ""
