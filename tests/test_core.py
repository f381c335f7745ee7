"""The core services without Qt: validation, transactions, audit, changes."""

from __future__ import annotations

import json

import pytest

from fairdesk.base.errors import ConflictError, NotFoundError, ValidationError
from fairdesk.base.i18n import set_language
from fairdesk.core.ids import is_id
from fairdesk.core.money import Money, yi


def _unit(fair, **kw):
    return fair.guests.create("inviting_units", name=kw.pop("name", "临港区"),
                              target_guests=50, **kw).items[0].after


def test_guest_create_derives_pinyin_and_audits(fair):
    unit = _unit(fair)
    changes = fair.guests.create("guests", name="张伟", category="investor", country="CN",
                                 inviting_unit_id=unit["id"])
    guest = changes.items[0].after
    assert is_id(guest["id"]) and guest["name_latin"] == "Zhang Wei"
    assert "zw" in guest["search_key"].split() and guest["state"] == "to_invite"
    assert changes.entities == {"guests", "invitation_history"}
    audit = fair.rows("SELECT * FROM audit_log WHERE entity = 'guests'")
    assert audit[0]["operator"] == "测试员" and audit[0]["desk"] == "desk-1"
    assert json.loads(audit[0]["after"])["name"] == "张伟"
    assert guest["updated_by"] == "测试员@desk-1/test-laptop"


def test_validation_names_the_field_in_both_languages(fair):
    audited = fair.count("audit_log")
    with pytest.raises(ValidationError) as err:
        fair.guests.create("guests", name="  ", category="investor", country="CN")
    assert err.value.field == "name" and str(err.value) == "姓名：必填。"
    set_language("en")
    with pytest.raises(ValidationError) as err:
        fair.guests.create("guests", name="Hans", category="alien", country="DE")
    assert err.value.field == "category" and "not one of" in str(err.value)
    assert fair.count("guests") == 0 and fair.count("audit_log") == audited


def test_failed_check_writes_nothing(fair):
    before = fair.count("audit_log")
    with pytest.raises(ValidationError) as err:
        fair.guests.create("guests", name="Li Lei", category="vip", country="CN",
                           arrival_at="2026-05-18 10:00", departure_at="2026-05-17 10:00")
    assert err.value.field == "departure_at"
    assert fair.count("guests") == 0 and fair.count("audit_log") == before


def test_transaction_rolls_back_everything(fair):
    audited = fair.count("audit_log")
    with pytest.raises(RuntimeError), fair.transaction() as tx:
        tx.insert("venues", {"name": "会展中心"})
        raise RuntimeError("power cut")
    assert fair.count("venues") == 0 and fair.count("audit_log") == audited


def test_update_returns_only_real_changes(fair):
    unit = _unit(fair)
    assert not fair.guests.update("inviting_units", unit["id"], name="临港区")
    changes = fair.guests.update("inviting_units", unit["id"], target_guests=80)
    assert changes.items[0].fields == {"target_guests"}


def test_delete_in_use_is_refused_and_unused_leaves_tombstone(fair):
    unit = _unit(fair)
    fair.guests.create("guests", name="王芳", category="official", country="CN",
                       inviting_unit_id=unit["id"])
    with pytest.raises(ConflictError):
        fair.guests.delete("inviting_units", unit["id"])
    other = _unit(fair, name="文旅局")
    fair.guests.delete("inviting_units", other["id"])
    assert fair.scalar("SELECT entity FROM tombstones WHERE id = ?", [other["id"]]) == \
        "inviting_units"
    with pytest.raises(NotFoundError):
        fair.guests.get("inviting_units", other["id"])


def test_datetimes_are_stored_in_the_fair_timezone(fair):
    s = fair.agenda.create("agenda_sessions", title="开幕式", kind="opening",
                           starts_at="2026-05-18T01:00:00+00:00", ends_at="2026-05-18 10:00")
    row = s.items[0].after
    assert row["starts_at"] == "2026-05-18T09:00:00+08:00"
    assert row["ends_at"] == "2026-05-18T10:00:00+08:00"


def test_money_is_exact():
    assert Money.parse("1,234.56").cents == 123456
    assert Money.parse("0.1").cents + Money.parse("0.2").cents == 30
    assert yi(Money.parse("250000000").amount) == yi(Money(25_000_000_000).amount)
    assert str(yi(Money(25_000_000_000).amount)) == "2.50"


def test_listeners_hear_each_commit_once(fair):
    heard = []
    fair.add_listener(heard.append)
    _unit(fair)
    assert len(heard) == 1 and heard[0].areas == {"guests"}


def test_a_service_called_inside_a_transaction_is_heard_with_it(fair):
    """Nested blocks are savepoints; their changes reach listeners once, with the outer commit."""
    heard = []
    fair.add_listener(heard.append)
    with fair.transaction() as tx:
        tx.insert("venues", {"name": "主会场"})
        _unit(fair)  # the service opens its own (inner) transaction
        assert heard == []
    assert len(heard) == 1 and heard[0].entities == {"venues", "inviting_units"}
    with pytest.raises(ValidationError), fair.transaction():
        _unit(fair, name="滨江区")
        fair.guests.create("inviting_units", name="")  # fails: the whole block rolls back
    assert len(heard) == 1 and fair.count("inviting_units") == 1


def test_every_area_has_crud(fair):
    venue = fair.agenda.create("venues", name="国际会展中心").items[0].after
    hotel = fair.reception.create("hotels", name="海景酒店").items[0].after
    dept = fair.security.create("departments", code="fire", name="消防").items[0].after
    site = fair.security.create("sites", name="海景酒店", kind="hotel",
                                hotel_id=hotel["id"]).items[0].after
    fair.security.create("checklist_items", department_id=dept["id"], site_id=site["id"],
                         title="消防通道畅通", status="open")
    proj = fair.signing.create("signing_projects", name="临港石化项目", sector="coastal_industry",
                               contract_type="contract", capital="foreign", currency="USD",
                               status="planned", total_investment_cents=10_000_000_000)
    assert fair.security.list("checklist_items", department_id=dept["id"])[0]["title"] == \
        "消防通道畅通"
    assert fair.signing.count("signing_projects", status=["planned", "ready"]) == 1
    assert fair.agenda.get("venues", venue["id"])["name"] == "国际会展中心"
    with pytest.raises(ValidationError) as err:
        fair.signing.update("signing_projects", proj.items[0].record_id, status="signed")
    assert err.value.field == "signed_at"


def test_admitted_categories_must_be_a_list_of_known_categories(fair):
    from fairdesk.core.badges.checkin import admitted

    for bad in ("5", "{}", "null", '["nobody"]'):
        with pytest.raises(ValidationError, match="准入类别"):
            fair.agenda.create("agenda_sessions", title="论坛", kind="forum",
                               starts_at="2026-05-18 09:00", ends_at="2026-05-18 10:00",
                               admitted_categories=bad)
    assert admitted({"admitted_categories": "5"}) == []  # an odd stored value admits everyone
    assert admitted({"admitted_categories": '["vip"]'}) == ["vip"]


def test_display_name_is_the_chinese_name_when_no_english_one_is_set(fair):
    from fairdesk.core.dashboard import display_name

    fair.set_settings(fair__name="临港投资洽谈会")
    set_language("en")
    assert display_name(fair) == "临港投资洽谈会"  # not the default "Investment Fair"
    fair.set_settings(fair__name_en="Lingang Investment Fair")
    assert display_name(fair) == "Lingang Investment Fair"
    set_language("zh")
    assert display_name(fair) == "临港投资洽谈会"
    assert fair.setting("fair.city") == "" and fair.stored_setting("fair.city") is None
