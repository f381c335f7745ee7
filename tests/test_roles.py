"""Issue 13 (12): operators have roles; the committee's PINs; what needs the committee."""

from __future__ import annotations

import pytest

from bench.crowd import make_crowd
from fairdesk.base.errors import ValidationError
from fairdesk.base.i18n import set_language
from fairdesk.core import roles
from fairdesk.core.badges.issuing import badges_for_printing, record_printed
from fairdesk.core.context import Operator
from fairdesk.core.fair import Fair
from fairdesk.core.roles import Action, PermissionDenied, Role

COMMITTEE = Operator("王主任", "组委会办公室", "lap1", Role.COMMITTEE)
RECEPTION = Operator("李娜", "报到台1", "lap2", Role.RECEPTION)


@pytest.fixture(autouse=True)
def _english() -> None:
    set_language("en")


def _with_pins(fair: Fair) -> Fair:
    fair.sign_in(COMMITTEE)
    roles.set_pin(fair, Role.COMMITTEE, "2468")
    roles.set_pin(fair, Role.RECEPTION, "1357")
    return fair


def test_a_fair_with_no_pins_lets_everyone_do_everything() -> None:
    fair = Fair.memory()
    ids = make_crowd(fair, 3)
    fair.sign_in(RECEPTION, pin="")
    assert not roles.roles_in_force(fair)
    fair.set_settings(fair__city="成都")
    fair.guests.set_inviting_unit(ids, None)
    fair.guests.delete("guests", ids[0])
    assert fair.count("guests") == 2


def test_the_committee_pin_comes_first_and_a_pin_is_digits() -> None:
    fair = Fair.memory()
    with pytest.raises(ValidationError, match="committee's PIN first"):
        roles.set_pin(fair, Role.RECEPTION, "1234")
    with pytest.raises(ValidationError, match="4 to 12 digits"):
        roles.set_pin(fair, Role.COMMITTEE, "12a4")
    roles.set_pin(fair, Role.COMMITTEE, "2468")
    stored = fair.setting("roles.pins")
    assert "2468" not in str(stored)  # only the salted hash is kept


def test_a_role_with_a_pin_is_taken_only_with_it() -> None:
    fair = _with_pins(Fair.memory())
    with pytest.raises(PermissionDenied, match="not the PIN of the Reception role"):
        fair.sign_in(RECEPTION, pin="0000")
    assert fair.operator == COMMITTEE  # the wrong PIN changed nothing
    fair.sign_in(RECEPTION, pin="1357")
    assert fair.operator.role == Role.RECEPTION
    with pytest.raises(PermissionDenied):
        fair.sign_in(COMMITTEE, pin="1357")  # another role's PIN does not open it
    transport = Operator("赵师傅", "交通组", "lap3", Role.TRANSPORT)
    fair.sign_in(transport)  # the committee set no transport PIN: none needed
    assert fair.operator.role == Role.TRANSPORT


def test_an_operator_pin_opens_the_role_for_that_operator_only() -> None:
    fair = _with_pins(Fair.memory())
    fair.sign_in(COMMITTEE, pin="2468")
    roles.set_pin(fair, Role.COMMITTEE, "8080", operator="陈秘书")
    fair.sign_in(Operator("陈秘书", "组委会办公室", "lap4", Role.COMMITTEE), pin="8080")
    with pytest.raises(PermissionDenied):
        fair.sign_in(Operator("别人", "组委会办公室", "lap4", Role.COMMITTEE), pin="8080")


def test_the_risky_actions_need_the_committee() -> None:
    fair = _with_pins(Fair.memory())
    ids = make_crowd(fair, 4)
    fair.sign_in(RECEPTION, pin="1357")
    with pytest.raises(PermissionDenied, match="Changing the fair's settings needs the committee"):
        fair.set_settings(fair__city="成都")
    with pytest.raises(PermissionDenied, match="signed in as Reception"):
        fair.guests.set_inviting_unit(ids, None)
    with pytest.raises(PermissionDenied, match="Deleting a record"):
        fair.guests.delete("guests", ids[0])
    with pytest.raises(PermissionDenied):
        roles.set_pin(fair, Role.RECEPTION, "9999")
    fair.guests.set_inviting_unit(ids[:1], None)  # one guest is not a bulk change
    assert fair.count("guests") == 4
    fair.sign_in(COMMITTEE, pin="2468")
    fair.guests.delete("guests", ids[0])
    assert fair.count("guests") == 3


def test_reprinting_a_printed_badge_needs_the_committee() -> None:
    fair = _with_pins(Fair.memory())
    gid = make_crowd(fair, 1)[0]
    fair.sign_in(RECEPTION, pin="1357")
    record_printed(fair, badges_for_printing(fair, [gid]))  # a first print is the desk's
    with pytest.raises(PermissionDenied, match="Reprinting a badge already issued"):
        badges_for_printing(fair, [gid])
    assert badges_for_printing(fair, [gid], reprint=False).badges == []
    fair.sign_in(COMMITTEE, pin="2468")
    batch = badges_for_printing(fair, [gid])
    assert record_printed(fair, batch) == 1


def test_the_audit_log_shows_the_role() -> None:
    fair = _with_pins(Fair.memory())
    gid = make_crowd(fair, 1)[0]
    fair.sign_in(Operator("周警官", "安保组", "lap5", Role.SECURITY, "police"))
    fair.guests.update("guests", gid, organisation="市公安局")
    row = fair.rows("SELECT operator, role FROM audit_log WHERE entity = 'guests' "
                    "AND action = 'update'")[-1]
    assert row == {"operator": "周警官", "role": "security:police"}


def test_a_liaison_signs_off_only_for_their_department() -> None:
    fair = _with_pins(Fair.memory())
    police = {"id": "x", "code": "police", "name": "公安", "name_en": "Police"}
    fire = {"id": "y", "code": "fire", "name": "消防", "name_en": "Fire"}
    fair.sign_in(Operator("周警官", "安保组", "lap5", Role.SECURITY, "police"))
    roles.require_department(fair, police)
    with pytest.raises(PermissionDenied, match="Only Fire's security liaison"):
        roles.require_department(fair, fire)
    with pytest.raises(PermissionDenied, match="needs your department"):
        fair.sign_in(Operator("无部门", "安保组", "lap5", Role.SECURITY))


def test_phones_are_for_the_roles_that_call_guests() -> None:
    fair = _with_pins(Fair.memory())
    assert roles.allowed(fair, Action.SEE_PHONES, RECEPTION)
    assert not roles.allowed(fair, Action.SEE_ID_NUMBERS, RECEPTION)
    assert roles.allowed(fair, Action.SEE_ID_NUMBERS, COMMITTEE)


def test_the_command_line_takes_its_role_from_the_environment(tmp_path, monkeypatch,
                                                               capsys) -> None:  # noqa: ANN001
    import io

    from fairdesk.cli import main

    path = tmp_path / "cli.fair"
    Fair.create(path).close()
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert main(["--lang", "en", "pins", str(path), "--set", "committee"]) == 0
    assert "Committee: everyone in the role" in capsys.readouterr().out
    backup = tmp_path / "copy.fair"
    assert main(["copy", str(path), str(backup)]) == 0
    assert main(["--lang", "en", "restore", str(path), str(backup)]) == 1
    assert ("Restoring a backup needs the committee role; you are signed in with no role"
            in capsys.readouterr().err)
    monkeypatch.setenv("FAIRDESK_ROLE", "committee")
    monkeypatch.setenv("FAIRDESK_PIN", "1111")
    assert main(["--lang", "en", "restore", str(path), str(backup)]) == 1
    assert "not the PIN of the Committee role" in capsys.readouterr().err
    monkeypatch.setenv("FAIRDESK_PIN", "2468")
    assert main(["--lang", "en", "restore", str(path), str(backup)]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "audit", str(path), "--limit", "3"]) == 0
    assert "(Committee)" in capsys.readouterr().out
