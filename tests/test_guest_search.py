"""Finding a guest in two keystrokes: Chinese, pinyin, Latin, organisation, phone."""

from __future__ import annotations

import pytest

from fairdesk.core.guests.search import GuestSearch

GUESTS = [
    ("张伟", "宁德时代新能源", "CN", "13800001234", "investor"),
    ("張偉", "台塑企業", "TW", "13900005678", "vip"),
    ("张伟明", "比亚迪股份有限公司", "CN", "", "investor"),
    ("Anna Müller", "Siemens Energy", "DE", "+49 30 1234567", "expert"),
    ("王芳", "广州港集团", "CN", "13712345679", "official"),
    ("Jean-Luc Dupont", "TotalEnergies", "FR", "", "investor"),
    ("欧阳明华", "华侨城集团", "CN", "", "media"),
]


@pytest.fixture
def found(fair):
    unit = fair.guests.create("inviting_units", name="临港区").items[0].record_id
    ids = {}
    for name, org, country, phone, cat in GUESTS:
        ids[name] = fair.guests.create(
            "guests", name=name, organisation=org, country=country, phone=phone, category=cat,
            inviting_unit_id=unit if country == "CN" else None).items[0].record_id
    names = {v: k for k, v in ids.items()}
    search = GuestSearch(fair)

    def find(text, **filters):
        return [names.get(i, i) for i in search.search(text, **filters)]

    find.search, find.ids, find.unit = search, ids, unit
    return find


@pytest.mark.parametrize("query", ["zw", "zhangwei", "zhangw", "ZW", "张伟", "張偉", "张", "伟"])
def test_both_zhang_weis_from_pinyin_and_either_script(found, query):
    result = found(query)
    assert set(result[:2]) == {"张伟", "張偉"}
    assert "张伟明" in result and "王芳" not in result


def test_exact_name_comes_first(found):
    assert found("张伟明")[0] == "张伟明"
    assert found("zwm") == ["张伟明"]


def test_latin_names_ignore_case_and_accents(found):
    assert found("muller") == ["Anna Müller"]
    assert found("MÜLLER") == ["Anna Müller"]
    assert found("anna m") == ["Anna Müller"]
    assert found("dupont") == ["Jean-Luc Dupont"]


def test_organisation_in_either_script(found):
    assert found("台塑企业") == ["張偉"]
    assert found("siemens") == ["Anna Müller"]
    assert found("广州港") == ["王芳"]


def test_last_four_digits_of_a_phone(found):
    assert found("1234") == ["张伟"]  # not the German number with 1234 inside
    assert found("5678") == ["張偉"]
    assert found("5679") == ["王芳"]
    assert found("12") == []


def test_compound_surname_and_two_character_names(found):
    assert found("oymh") == ["欧阳明华"] and found("ouyang") == ["欧阳明华"]
    assert found("王芳") == ["王芳"] and found("wf") == ["王芳"]
    assert found("芳") == ["王芳"]


def test_filters(found):
    assert found("zw", category="vip") == ["張偉"]
    assert found("zw", country="TW") == ["張偉"]
    assert set(found("", inviting_unit_id=found.unit)) == {"张伟", "张伟明", "王芳", "欧阳明华"}
    assert found("", state="invited") == []
    assert len(found("")) == len(GUESTS)
    assert len(found("", limit=3)) == 3


def test_index_follows_changes(fair, found):
    gid = fair.guests.create("guests", name="李雷", category="investor",
                             country="CN").items[0].record_id
    assert found.search.search("lil") == [gid]
    fair.guests.update("guests", gid, name="韩梅梅")
    assert found.search.search("lil") == [] and found.search.search("hmm") == [gid]
    fair.guests.transition(gid, "invited")
    assert found.search.search("", state="invited") == [gid]
    fair.guests.delete("guests", gid)
    assert found.search.search("hmm") == []


def test_typing_on_narrows_consistently(found):
    for prefix in ("z", "zh", "zha", "zhan", "zhang", "zhangw", "zhangwe", "zhangwei"):
        assert set(found(prefix)) >= {"张伟", "張偉", "张伟明"}
    assert found("zhangweim") == ["张伟明"]
    assert found("zhangweix") == []


def test_one_shared_index_per_fair(fair):
    shared = GuestSearch.of(fair)
    assert GuestSearch.of(fair) is shared
    gid = fair.guests.create("guests", name="赵敏", category="investor",
                             country="CN").items[0].record_id
    assert shared.search("zm") == [gid]
    shared.close()
    assert GuestSearch.of(fair) is not shared


def test_bulk_insert_of_guests_reaches_the_index(fair):
    from fairdesk.core.guests.search import GuestSearch
    from fairdesk.core.guests.service import derived_name_fields

    search = GuestSearch.of(fair)
    assert search.search("lmh") == []
    with fair.transaction() as tx:
        tx.insert_many("guests", [{"name": "李明华", "ref_code": "BULK01", "category": "guest",
                                   "country": "CN", **derived_name_fields("李明华")}],
                       audit_each=False)
    found = search.search("lmh")
    assert [fair.get("guests", i)["name"] for i in found] == ["李明华"]
