"""The invitation workflow: every transition allowed or refused, history, bulk, follow-up, progress."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from fairdesk.base.errors import ConflictError, NotFoundError
from fairdesk.core.countries import COUNTRIES, find_country, is_foreign
from fairdesk.core.guests.invitations import STATES, TRANSITIONS, allowed_transitions
from fairdesk.core.guests.keys import clean_phone, phone_norm
from fairdesk.core.guests.names import fold_text, latin_name, pinyin_keys

ALLOWED = {
    ("to_invite", "invited"), ("invited", "attending"), ("invited", "declined"),
    ("invited", "undecided"), ("undecided", "attending"), ("undecided", "declined"),
    ("declined", "attending"), ("attending", "confirmed"), ("attending", "arrived"),
    ("attending", "declined"), ("confirmed", "arrived"), ("confirmed", "declined"),
    ("arrived", "departed"), ("cancelled", "to_invite"),
} | {(s, "cancelled") for s in STATES if s != "cancelled"}


def _unit(fair, name="临港区", target=10, foreign=2):
    return fair.guests.create("inviting_units", name=name, target_guests=target,
                              target_foreign=foreign).items[0].after["id"]


def _guest(fair, name="张伟", state=None, **kw):
    values = {"category": "investor", "country": "CN", **kw}
    gid = fair.guests.create("guests", name=name, **values).items[0].record_id
    if state:  # put the guest straight into a state, as an import would
        fair.db.execute("UPDATE guests SET state = ? WHERE id = ?", [state, gid])
    return gid


@pytest.mark.parametrize("from_state", STATES)
@pytest.mark.parametrize("to_state", STATES)
def test_every_transition_is_allowed_or_refused_with_a_reason(fair, from_state, to_state):
    gid = _guest(fair, state=from_state)
    history = len(fair.guests.history(gid))
    if from_state == to_state:
        assert not fair.guests.transition(gid, to_state)
    elif (from_state, to_state) in ALLOWED:
        changes = fair.guests.transition(gid, to_state, note="电话确认")
        assert fair.get("guests", gid)["state"] == to_state
        last = fair.guests.history(gid)[-1]
        assert (last["from_state"], last["to_state"], last["note"]) == \
            (from_state, to_state, "电话确认")
        assert last["operator"].startswith("测试员@desk-1")
        assert changes.entities == {"guests", "invitation_history"}
    else:
        with pytest.raises(ConflictError) as err:
            fair.guests.transition(gid, to_state)
        assert "张伟" in str(err.value) and "不能从" in str(err.value)
        assert err.value.text.en.startswith("Guest '张伟' cannot go from")
        assert fair.get("guests", gid)["state"] == from_state
        assert len(fair.guests.history(gid)) == history


def test_allowed_transitions_matches_the_matrix():
    for state in STATES:
        assert set(allowed_transitions(state)) == {b for a, b in ALLOWED if a == state}
    assert set(TRANSITIONS) == set(STATES)


def test_letter_and_reply_dates_are_recorded(fair):
    gid = _guest(fair)
    fair.guests.transition(gid, "invited", on=date(2026, 4, 20))
    fair.guests.transition(gid, "undecided", on=date(2026, 4, 25))
    guest = fair.get("guests", gid)
    assert guest["letter_sent_on"] == "2026-04-20" and guest["replied_on"] == "2026-04-25"
    assert [h["to_state"] for h in fair.guests.history(gid)] == \
        ["to_invite", "invited", "undecided"]


def test_history_times_are_in_the_fair_timezone(fair):
    """The guest form shows history times as stored: they must be fair time, not UTC."""
    gid = _guest(fair)
    fair.guests.transition(gid, "invited")
    expected = datetime.now(fair.tz)
    for row in fair.guests.history(gid):
        at = datetime.fromisoformat(row["at"])
        assert row["at"].endswith("+08:00") and abs((at - expected).total_seconds()) < 60


def test_generic_update_obeys_the_same_rules(fair):
    gid = _guest(fair)
    with pytest.raises(ConflictError):
        fair.guests.update("guests", gid, state="arrived")
    fair.guests.update("guests", gid, state="invited")
    assert fair.guests.history(gid)[-1]["to_state"] == "invited"


def test_bulk_transition_refuses_the_whole_batch_naming_the_guest(fair):
    ok = [_guest(fair, f"客商{i}") for i in range(3)]
    bad = _guest(fair, "王芳", state="arrived")
    already = _guest(fair, "李雷", state="invited")
    with pytest.raises(ConflictError) as err:
        fair.guests.transition_many([*ok, bad], "invited")
    assert "王芳" in str(err.value)
    assert {fair.get("guests", g)["state"] for g in ok} == {"to_invite"}
    changes = fair.guests.transition_many([*ok, already], "invited", note="第一批")
    assert {fair.get("guests", g)["state"] for g in ok} == {"invited"}
    assert len(changes.ids("invitation_history")) == 3  # the one already invited is left alone
    with pytest.raises(NotFoundError):
        fair.guests.transition_many(["NOPE"], "invited")


def test_set_inviting_unit_in_bulk(fair):
    unit = _unit(fair)
    ids = [_guest(fair, n) for n in ("甲", "乙")]
    changes = fair.guests.set_inviting_unit(ids, unit)
    assert len(changes) == 2
    assert {fair.get("guests", g)["inviting_unit_id"] for g in ids} == {unit}
    with pytest.raises(NotFoundError):
        fair.guests.set_inviting_unit(ids, "NOPE")


def test_follow_up_lists(fair):
    unit = _unit(fair)
    late = _guest(fair, "迟复", inviting_unit_id=unit)
    fresh = _guest(fair, "新发", inviting_unit_id=unit)
    fair.guests.transition(late, "invited", on=date(2026, 4, 1))
    fair.guests.transition(fresh, "invited", on=date(2026, 4, 28))
    maybe = _guest(fair, "待定者", state="undecided")
    coming = _guest(fair, "要来", state="attending")
    _guest(fair, "已有航班", state="confirmed", arrival_at="2026-05-17 10:00")
    result = fair.guests.follow_up(days=7, today=date(2026, 4, 30))
    assert [r["id"] for r in result.no_reply] == [late]
    assert result.no_reply[0]["waiting_days"] == 29 and result.no_reply[0]["unit_name"] == "临港区"
    assert [r["id"] for r in result.undecided] == [maybe]
    assert [r["id"] for r in result.no_arrival] == [coming]
    assert result.total == 3


def test_unit_progress_against_targets(fair):
    a, b = _unit(fair, "临港区", 4, 2), _unit(fair, "文旅局", 2, 0)
    _guest(fair, "甲", state="attending", inviting_unit_id=a)
    _guest(fair, "乙", state="arrived", inviting_unit_id=a, country="DE")
    _guest(fair, "丙", state="declined", inviting_unit_id=a, country="HK")
    _guest(fair, "丁", state="to_invite", inviting_unit_id=a)
    _guest(fair, "戊", state="confirmed", inviting_unit_id=b)
    _guest(fair, "己", state="cancelled", inviting_unit_id=b)
    _guest(fair, "无单位", state="invited")
    rows = fair.guests.unit_progress()
    lingang, wenlv, loose, total = rows
    assert (lingang.invited, lingang.attending, lingang.arrived) == (3, 2, 1)
    assert (lingang.foreign_invited, lingang.foreign_attending) == (2, 1)
    assert lingang.percent == 50.0 and lingang.shortfall == 2 and lingang.foreign_shortfall == 1
    assert (wenlv.attending, wenlv.percent, wenlv.shortfall) == (1, 50.0, 1)
    assert loose.unit_id is None and loose.invited == 1 and not loose.is_total
    assert total.is_total and total.target == 6 and total.attending == 3 and total.invited == 5


def test_countries_cover_the_un_and_read_any_spelling():
    assert len([c for c in COUNTRIES.values() if c[2] == "country"]) == 192
    assert COUNTRIES["TW"] == ("中国台湾", "Taiwan, China", "region")
    for text, code in [("德国", "DE"), ("Germany", "DE"), ("DE", "DE"), ("中国台湾", "TW"),
                       ("台湾", "TW"), ("Taiwan", "TW"), ("臺灣", "TW"), ("香港", "HK"),
                       ("USA", "US"), ("韩国", "KR"), ("Viet Nam", "VN"), (" 中国 ", "CN")]:
        assert find_country(text) == code, text
    assert find_country("火星") is None
    assert is_foreign("HK") and not is_foreign("CN")


def test_names_and_keys():
    assert latin_name("张伟") == "Zhang Wei" and latin_name("張偉") == "Zhang Wei"
    assert pinyin_keys("单雄信") == ("shanxiongxin", "sxx")
    assert latin_name("欧阳明华") == "Ouyang Minghua"
    assert fold_text(" Anna  MÜLLER ") == "annamuller" and fold_text("陳志明") == "陈志明"
    assert clean_phone("+86 152 6865 6355") == "15268656355"
    assert clean_phone("１３４９７４６５０７５") == "13497465075"
    assert clean_phone(13139624595.0) == "13139624595"
    assert clean_phone("174-3231-9487") == "17432319487"
    assert phone_norm("+49 30 1234567") == "49301234567"


def test_migration_0010_fills_keys_of_guests_made_by_the_previous_schema():
    import sqlite3

    from sqlite_utils import Database

    from fairdesk.storage.schema import migrations

    db = Database(sqlite3.connect(":memory:"))
    migrations.apply(db, stop_before="0010_guests_keys")
    db.execute("INSERT INTO guests (id, created_at, updated_at, ref_code, name, organisation,"
               " phone, id_number) VALUES ('g1', 'x', 'x', 'ABC234', '張 偉', '台塑企業',"
               " '+86 139 0000 5678', ' k123456 ')")
    migrations.apply(db)
    row = db.execute("SELECT name_fold, org_fold, phone_norm, id_norm FROM guests").fetchone()
    assert row == ("张伟", "台塑企业", "13900005678", "K123456")


def test_new_id_keeps_its_layout():
    import os

    from fairdesk.core.ids import _ALPHABET, new_id

    def reference(ms: int, rand: bytes) -> str:  # 26 characters of 5 bits, as first written
        value = (ms & ((1 << 48) - 1)) << 80 | int.from_bytes(rand, "big")
        chars = []
        for _ in range(26):
            chars.append(_ALPHABET[value & 31])
            value >>= 5
        return "".join(reversed(chars))

    for _ in range(200):
        ms, rand = int.from_bytes(os.urandom(6), "big"), os.urandom(10)
        assert new_id(ms, rand) == reference(ms, rand)
    assert len({new_id() for _ in range(5000)}) == 5000


def test_guest_core_never_loads_qt():
    import subprocess
    import sys

    code = ("import sys\n"
            "import fairdesk.core.guests.service, fairdesk.core.guests.search, fairdesk.core.guests.export\n"
            "import fairdesk.core.guests.importing, fairdesk.core.guests.progress\n"
            "import fairdesk.commands.guests\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')]\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_guests_written_without_the_service_are_still_found_as_duplicates(fair):
    from fairdesk.core.guests.importing.dedupe import DuplicateIndex, Keys

    with fair.transaction() as tx:  # as a demo generator might: no folded keys
        tx.insert("guests", {"ref_code": "AAA222", "name": "張偉", "organisation": "台塑企業",
                             "phone": "13900005678"})
    match, _ = DuplicateIndex.of_fair(fair).find(Keys.of("张伟", "台塑企业", "", ""))
    assert match and match.rule == "name_org"
