"""Domain states as StrEnums: the strings stored in the file stay exactly the old ones."""

from __future__ import annotations

import enum
import json
import re

import pytest

from fairdesk.core import vocab
from fairdesk.core.badges.checkin import ScanStatus
from fairdesk.core.changes import ChangeAction
from fairdesk.core.fair import Fair
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.security.statuses import ChecklistStatus, RectificationStatus
from fairdesk.core.signing.statuses import ProjectStatus

# The codes as the files written before the enums hold them, in the vocabularies' order.
OLD_CODES: dict[type[enum.StrEnum], tuple[str, ...]] = {
    InvitationState: ("to_invite", "invited", "attending", "declined", "undecided", "confirmed",
                      "arrived", "departed", "cancelled"),
    ScanStatus: ("ok", "already_checked_in", "unknown", "forged", "replaced", "cancelled",
                 "declined", "not_admitted"),
    # reveal, restore: added with roles (0019_roles), audit rows that change no record;
    # undo: added with Edit → Undo (0020_c_undo), the row naming the action taken back
    ChangeAction: ("create", "update", "delete", "bulk-create", "reveal", "restore", "undo"),
    ChecklistStatus: ("open", "done", "na", "failed"),  # failed: added by 0013_security_liaison
    RectificationStatus: ("open", "fixed", "verified"),
    ProjectStatus: ("planned", "ready", "signed", "cancelled"),
}
VOCABS = {InvitationState: vocab.INVITATION_STATES, ChecklistStatus: vocab.CHECK_STATUSES,
          RectificationStatus: vocab.RECTIFICATION_STATUSES,
          ProjectStatus: vocab.PROJECT_STATUSES}
# (table, column) -> the enum of the values stored there
COLUMNS = {("guests", "state"): InvitationState,
           ("invitation_history", "to_state"): InvitationState,
           ("checklist_items", "status"): ChecklistStatus,
           ("rectifications", "status"): RectificationStatus,
           ("signing_projects", "status"): ProjectStatus}


@pytest.mark.parametrize("kind", list(OLD_CODES), ids=lambda k: k.__name__)
def test_each_enum_holds_exactly_the_old_codes(kind: type[enum.StrEnum]) -> None:
    assert tuple(m.value for m in kind) == OLD_CODES[kind]
    assert all(type(m.value) is str and m == m.value and hash(m) == hash(m.value)
               for m in kind)


@pytest.mark.parametrize("kind", list(VOCABS), ids=lambda k: k.__name__)
def test_vocab_labels_are_keyed_by_the_members_and_found_by_plain_strings(
        kind: type[enum.StrEnum]) -> None:
    labels = VOCABS[kind]
    assert list(labels) == list(kind) and all(type(k) is kind for k in labels)
    for code in OLD_CODES[kind]:  # a state read back from the file is a plain str
        assert labels[code] == labels[kind(code)]
        assert vocab.label(labels, code) == labels[code][0] != code


def test_members_bind_to_sql_as_their_text(fair: Fair) -> None:
    db = fair.db.conn
    row = db.execute("SELECT ?, typeof(?), ? = 'arrived'",
                     [InvitationState.ARRIVED, InvitationState.ARRIVED,
                      InvitationState.ARRIVED]).fetchone()
    assert row == ("arrived", "text", 1) and type(row[0]) is str
    assert json.dumps({"s": ScanStatus.NOT_ADMITTED}) == '{"s": "not_admitted"}'
    assert f"{ChangeAction.BULK_CREATE}" == str(ChangeAction.BULK_CREATE) == "bulk-create"


def test_written_rows_read_back_the_old_text(fair: Fair) -> None:
    gid = fair.guests.create("guests", name="张伟", category="investor",
                             country="CN").items[0].record_id
    fair.guests.transition(gid, InvitationState.INVITED)
    dept = fair.security.create("departments", code="fire", name="消防").items[0].record_id
    site = fair.security.create("sites", name="会展中心", kind="venue").items[0].record_id
    fair.security.create("checklist_items", department_id=dept, site_id=site, title="通道",
                         status=ChecklistStatus.NA)
    fair.signing.create("signing_projects", name="港口物流园", sector="logistics",
                        contract_type="contract", capital="domestic", currency="CNY",
                        status=ProjectStatus.SIGNED, signed_at="2026-05-18 10:00")
    stored = {
        "guest": fair.db.execute("SELECT state, typeof(state) FROM guests").fetchall(),
        "history": fair.db.execute("SELECT to_state FROM invitation_history ORDER BY at, rowid")
                          .fetchall(),
        "item": fair.db.execute("SELECT status FROM checklist_items").fetchall(),
        "project": fair.db.execute("SELECT status FROM signing_projects").fetchall(),
    }
    assert stored == {"guest": [("invited", "text")], "history": [("to_invite",), ("invited",)],
                      "item": [("na",)], "project": [("signed",)]}
    audit = fair.rows("SELECT action, after FROM audit_log WHERE entity = 'guests'")
    assert [a["action"] for a in audit] == ["create", "update"]
    assert json.loads(audit[-1]["after"])["state"] == "invited"
    assert {r[0] for r in fair.db.execute("SELECT DISTINCT action FROM audit_log")} <= set(
        OLD_CODES[ChangeAction])


def test_a_bulk_insert_is_audited_as_bulk_create(fair: Fair) -> None:
    with fair.transaction() as tx:
        tx.insert_many("venues", [{"name": "A"}, {"name": "B"}], audit_each=False)
    assert [c.action for c in tx.changes.items] == [ChangeAction.BULK_CREATE]
    assert fair.scalar("SELECT action FROM audit_log WHERE entity = 'venues'") == "bulk-create"


def _in_lists(sql: str, column: str) -> list[set[str]]:
    """The value lists of ``column IN ('a', 'b')`` in a table's SQL (only a CHECK has one)."""
    return [set(re.findall(r"'([^']*)'", listed))
            for listed in re.findall(rf"\b{column}\s+IN\s*\(([^)]*)\)", sql, re.I)]


def test_schema_defaults_are_states_and_any_check_lists_them_all(fair: Fair) -> None:
    defaults, checks = {}, {}
    for (table, column), kind in COLUMNS.items():
        info = {r["name"]: r for r in fair.rows(f"PRAGMA table_info([{table}])")}
        defaults[table, column] = info[column]["dflt_value"]
        sql = fair.scalar("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                          [table])
        checks[table, column] = [listed == set(OLD_CODES[kind])
                                 for listed in _in_lists(sql, column)]
    assert defaults == {("guests", "state"): "'to_invite'",
                        ("invitation_history", "to_state"): None,
                        ("checklist_items", "status"): "'open'",
                        ("rectifications", "status"): "'open'",
                        ("signing_projects", "status"): "'planned'"}
    assert all(all(matches) for matches in checks.values()), checks
    assert _in_lists("CHECK (state IN ('a', 'b'))", "state") == [{"a", "b"}]  # the guard reads
