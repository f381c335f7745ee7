"""The core's readers that now read a list of ids in chunks: order, repeats, unknown ids."""

from __future__ import annotations

import pytest

from bench.crowd import make_crowd
from fairdesk.base.errors import NotFoundError
from fairdesk.core import fair as fair_module
from fairdesk.core.badges import issuing
from fairdesk.core.badges.table_cards import table_card_items
from fairdesk.core.fair import Fair
from fairdesk.core.guests.views import recipients, table_rows


@pytest.fixture
def crowd(fair: Fair, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    ids = make_crowd(fair, 12)
    monkeypatch.setattr(fair_module, "IN_CHUNK", 5)  # several chunks from a dozen guests
    return ids


def test_table_cards_of_a_selection_keep_its_order_and_repeats(fair: Fair,
                                                                crowd: list[str]) -> None:
    chosen = [crowd[9], crowd[2], crowd[7], crowd[2], *crowd[:6]]
    items = table_card_items(fair, guest_ids=chosen)
    assert [i["name"] for i in items] == [fair.get("guests", g)["name"] for g in chosen]
    assert set(items[0]) == {"name", "organisation", "title", "note"}


def test_a_table_card_for_an_unknown_guest_names_it(fair: Fair, crowd: list[str]) -> None:
    with pytest.raises(NotFoundError, match="nobody"):
        table_card_items(fair, guest_ids=[crowd[0], "nobody", crowd[1]])


def test_letters_go_to_the_guests_asked_in_that_order(fair: Fair, crowd: list[str]) -> None:
    chosen = [crowd[11], "nobody", *crowd[:8], crowd[11]]
    assert [r.id for r in recipients(fair, chosen)] == [crowd[11], *crowd[:8], crowd[11]]


def test_the_guest_table_reads_every_row_asked(fair: Fair, crowd: list[str]) -> None:
    rows = table_rows(fair, [*crowd, "nobody"])
    assert sorted(rows) == sorted(crowd) and rows[crowd[4]]["name"] == fair.get(
        "guests", crowd[4])["name"]


def test_guests_left_out_of_a_batch_are_counted_over_every_chunk(fair: Fair,
                                                                 crowd: list[str]) -> None:
    with fair.transaction() as tx:
        for gid in crowd[:7]:
            tx.update("guests", gid, {"state": "declined"})
        tx.update("guests", crowd[7], {"state": "cancelled"})
    choice = issuing.choose_batch(fair, crowd)
    assert choice.no_badge == {"declined": 7, "cancelled": 1}
    assert sorted(choice.guest_ids) == sorted(crowd[8:])
