"""Several desks, one fair: changes exchanged by .fairsync files, in any order, with
re-delivery and relays, end in identical fairs, and what clashed is listed for review."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from fairdesk.base.errors import FairFileError
from fairdesk.core.badges.checkin import check_in_guest
from fairdesk.core.badges.issuing import issue_badge
from fairdesk.core.context import Operator
from fairdesk.core.demo import generate_demo
from fairdesk.core.fair import Fair
from fairdesk.core.sync.dump import dumps
from fairdesk.core.sync.exchange import export_bytes, import_bytes

NAMES = ("a", "b", "c")
OPERATORS = {n: Operator(f"op-{n}", f"desk-{n}", f"laptop-{n}") for n in NAMES}


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("origin") / "a.fair"
    fair = Fair.create(path, OPERATORS["a"])
    generate_demo(fair, guests=50)
    unit = fair.scalar("SELECT id FROM inviting_units ORDER BY id LIMIT 1")
    for name in ("Plain One", "Plain Two"):  # nothing refers to them: they can be deleted
        fair.guests.add_guest(name=name, organisation="Nobody Ltd", inviting_unit_id=unit,
                              category="investor", country="CN")
    fair.close()
    return path


@pytest.fixture()
def desks(origin: Path, tmp_path: Path) -> dict[str, Fair]:
    """Three desks of one fair: a, and b and c joined by copying it."""
    shutil.copy(origin, tmp_path / "a.fair")
    a = Fair.open(tmp_path / "a.fair", OPERATORS["a"])
    for n in ("b", "c"):
        a.save_copy(tmp_path / f"{n}.fair", new_desk=True)
    out = {"a": a, **{n: Fair.open(tmp_path / f"{n}.fair", OPERATORS[n]) for n in ("b", "c")}}
    yield out
    for fair in out.values():
        fair.close()


def send(src: Fair, dst: Fair) -> object:
    data, _, _ = export_bytes(src)
    return import_bytes(dst, data, backup=False)


ORDERS: dict[str, list[tuple[str, str]]] = {
    "a-then-b": [("a", "b"), ("b", "a")],
    "b-then-a": [("b", "a"), ("a", "b")],
    "relay-through-c": [("a", "c"), ("b", "c"), ("c", "a"), ("c", "b")],
}


def converge(desks: dict[str, Fair], tmp: Path, edit: Callable[[dict[str, Fair]], None]
             ) -> dict[str, list]:
    """Make the edits, then exchange in each order (and re-deliver every file) from copies
    of the edited desks; returns each order's review keys. All dumps must be identical."""
    edit(desks)
    for fair in desks.values():
        fair.checkpoint(truncate=True)
    results, all_dumps = {}, set()
    for name, order in ORDERS.items():
        folder = tmp / name
        folder.mkdir()
        copies = {}
        for n, fair in desks.items():
            fair.save_copy(folder / f"{n}.fair")
            copies[n] = Fair.open(folder / f"{n}.fair", OPERATORS[n])
        for src, dst in order:
            send(copies[src], copies[dst])
            send(copies[src], copies[dst])  # re-delivered: no change
        for src, dst in [("a", "c"), ("b", "c"), ("c", "a"), ("c", "b")]:  # all in step
            send(copies[src], copies[dst])
        dumped = {n: dumps(f) for n, f in copies.items()}
        assert len(set(dumped.values())) == 1, name
        all_dumps |= set(dumped.values())
        from fairdesk.core.sync.review import review
        results[name] = sorted((i.kind, i.key) for i in review(copies["a"]))
        for f in copies.values():
            f.close()
    assert len(all_dumps) == 1, "the orders ended in different fairs"
    assert len({tuple(r) for r in results.values()}) == 1, results
    return {k for k, _ in results["a-then-b"]}, desks


def _plain(fair: Fair, name: str) -> str:
    return fair.scalar("SELECT id FROM guests WHERE name = ?", [name])


def _arriving(fair: Fair) -> str:
    """A guest expected and not yet arrived: one the desk may check in."""
    return fair.scalar("SELECT id FROM guests WHERE state = 'confirmed' AND id NOT IN "
                       "(SELECT guest_id FROM check_ins) ORDER BY id LIMIT 1")


def _guest(fair: Fair, n: int = 0) -> str:
    return fair.rows("SELECT id FROM guests ORDER BY id")[n]["id"]


def test_copy_is_a_new_desk_of_the_same_fair(desks: dict[str, Fair]) -> None:
    a, b = desks["a"], desks["b"]
    assert a.sync.desk.fair_id == b.sync.desk.fair_id
    assert a.desk_id != b.desk_id
    assert a.sync.desk.client_id != b.sync.desk.client_id


def test_different_fields_of_one_guest_both_kept(desks: dict[str, Fair], tmp_path: Path) -> None:
    gid = _guest(desks["a"])

    def edit(d: dict[str, Fair]) -> None:
        d["a"].guests.update("guests", gid, organisation="Hafen AG")
        d["b"].guests.update("guests", gid, phone="13911112222")
    kinds, d = converge(desks, tmp_path, edit)
    assert "same_field" not in kinds
    fair = Fair.open(tmp_path / "a-then-b" / "b.fair")
    row = fair.get("guests", gid)
    assert (row["organisation"], row["phone"]) == ("Hafen AG", "13911112222")
    fair.close()


def test_same_field_one_wins_and_both_are_shown(desks: dict[str, Fair], tmp_path: Path) -> None:
    gid = _guest(desks["a"])

    def edit(d: dict[str, Fair]) -> None:
        d["a"].guests.update("guests", gid, organisation="From A")
        d["b"].guests.update("guests", gid, organisation="From B")
    kinds, _ = converge(desks, tmp_path, edit)
    assert "same_field" in kinds
    fair = Fair.open(tmp_path / "relay-through-c" / "c.fair")
    from fairdesk.core.sync.review import review
    item = next(i for i in review(fair) if i.kind == "same_field")
    won = fair.get("guests", gid)["organisation"]
    assert {won, item.value} == {"From A", "From B"}
    assert "From A" in str(item.message) and "From B" in str(item.message)
    fair.close()


def test_delete_against_edit_keeps_the_edit_visible(desks: dict[str, Fair],
                                                    tmp_path: Path) -> None:
    gid = _plain(desks["a"], "Plain One")

    def edit(d: dict[str, Fair]) -> None:
        d["a"].guests.delete("guests", gid)
        d["b"].guests.update("guests", gid, title="Dr.")
    kinds, _ = converge(desks, tmp_path, edit)
    assert "deleted_edited" in kinds
    fair = Fair.open(tmp_path / "b-then-a" / "b.fair")
    assert fair.count("guests", "id = ?", [gid]) == 0
    assert fair.count("audit_log", "entity_id = ? AND action = 'update'", [gid]) >= 1
    fair.close()


def test_check_in_of_a_guest_deleted_elsewhere_is_held_and_listed(
        desks: dict[str, Fair], tmp_path: Path) -> None:
    gid = _plain(desks["a"], "Plain Two")

    def edit(d: dict[str, Fair]) -> None:
        d["a"].guests.delete("guests", gid)
        check_in_guest(d["b"], gid, desk="venue")
    kinds, _ = converge(desks, tmp_path, edit)
    assert "deleted_referenced" in kinds
    fair = Fair.open(tmp_path / "a-then-b" / "a.fair")
    assert fair.count("check_ins", "guest_id = ?", [gid]) == 0
    fair.close()


def test_double_check_in_keeps_both_and_flags_it(desks: dict[str, Fair], tmp_path: Path) -> None:
    gid = _arriving(desks["a"])

    def edit(d: dict[str, Fair]) -> None:
        assert check_in_guest(d["a"], gid, desk="hotel").ok
        assert check_in_guest(d["b"], gid, desk="venue").ok
    kinds, _ = converge(desks, tmp_path, edit)
    assert "double_check_in" in kinds
    fair = Fair.open(tmp_path / "b-then-a" / "a.fair")
    assert fair.count("check_ins", "guest_id = ? AND undone_at IS NULL", [gid]) == 2
    fair.close()


def test_same_person_added_at_two_desks_is_listed(desks: dict[str, Fair],
                                                  tmp_path: Path) -> None:
    unit = desks["a"].scalar("SELECT id FROM inviting_units ORDER BY id LIMIT 1")

    def edit(d: dict[str, Fair]) -> None:
        for n in ("a", "b"):
            d[n].guests.add_guest(name="王小明", organisation="海滨港务集团", phone="13800138000", category="investor", country="CN",
                                  inviting_unit_id=unit)
    kinds, _ = converge(desks, tmp_path, edit)
    assert "same_person" in kinds


def test_badge_reissued_at_two_desks_leaves_one_valid(desks: dict[str, Fair],
                                                      tmp_path: Path) -> None:
    gid = _guest(desks["a"], 6)

    def edit(d: dict[str, Fair]) -> None:
        issue_badge(d["a"], gid)
        issue_badge(d["b"], gid)
    kinds, _ = converge(desks, tmp_path, edit)
    assert "two_valid_badges" in kinds
    fair = Fair.open(tmp_path / "relay-through-c" / "a.fair")
    assert fair.count("badges", "guest_id = ? AND voided_at IS NULL", [gid]) == 1
    fair.close()


def test_tampered_truncated_or_foreign_file_is_refused(desks: dict[str, Fair],
                                                       tmp_path: Path) -> None:
    a, b = desks["a"], desks["b"]
    a.guests.update("guests", _guest(a), organisation="Changed")
    data, _, _ = export_bytes(a)
    before = dumps(b)
    tampered = bytearray(data)
    tampered[-40] ^= 1
    other = Fair.create(tmp_path / "other.fair")
    foreign, _, _ = export_bytes(other)
    for bad, words in ((bytes(tampered), "altered"), (data[: len(data) // 2], "incomplete"),
                       (foreign, "another fair"), (b"hello", "not a fairdesk exchange")):
        with pytest.raises(FairFileError) as err:
            import_bytes(b, bad, backup=False)
        assert words in err.value.text.en
    assert dumps(b) == before
    other.close()
