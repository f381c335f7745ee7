"""Issue 13 (13, 14): the audit log read back, searched and exported; masked phones and IDs."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from bench.crowd import make_crowd
from fairdesk.base.i18n import set_language
from fairdesk.core import audit, privacy, roles
from fairdesk.core.audit import AuditQuery
from fairdesk.core.context import Operator
from fairdesk.core.fair import Fair
from fairdesk.core.guests.export import export_guests
from fairdesk.core.roles import PermissionDenied, Role

COMMITTEE = Operator("王主任", "组委会办公室", "lap1", Role.COMMITTEE)
SIGNING = Operator("孙签约", "签约组", "lap3", Role.SIGNING)


@pytest.fixture(autouse=True)
def _english() -> None:
    set_language("en")


def _fair() -> tuple[Fair, str]:
    fair = Fair.memory()
    gid = make_crowd(fair, 2)[0]
    fair.sign_in(COMMITTEE)
    fair.guests.update("guests", gid, phone="13812345678", organisation="海港集团")
    return fair, gid


def test_a_record_history_says_who_when_where_and_before_after() -> None:
    fair, gid = _fair()
    entries = audit.history(fair, "guests", gid)
    newest = entries[0]
    assert (newest.operator, newest.desk, newest.role_label) == ("王主任", "组委会办公室",
                                                                  "Committee")
    assert newest.action_label == "changed"
    assert "Phone:" in newest.summary and "→ 13812345678" in newest.summary
    assert "updated_at" not in newest.summary
    assert [e.action for e in entries] == ["update"]  # the crowd came in one bulk row


def test_the_audit_search_by_person_desk_area_and_time(tmp_path: Path) -> None:
    fair, gid = _fair()
    fair.sign_in(Operator("李娜", "报到台1", "lap2", Role.RECEPTION))
    fair.guests.update("guests", gid, title="驻华首席代表")
    by_li = audit.search(fair, AuditQuery(person="李"))
    assert {e.operator for e in by_li} == {"李娜"}
    assert all(e.entity in ("guests", "operators") for e in by_li)
    assert audit.search(fair, AuditQuery(desk="报到台1", area="guests"))[0].operator == "李娜"
    assert audit.search(fair, AuditQuery(since="2999-01-01")) == []
    everything = audit.search(fair, AuditQuery())
    assert len(everything) == fair.count("audit_log")
    out = tmp_path / "audit.xlsx"
    assert audit.export_xlsx(fair, by_li, out) == len(by_li)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(1, 2).value == "Operator"
    assert sheet.cell(2, 2).value == "李娜" and sheet.cell(2, 3).value == "Reception"


def test_phones_and_ids_are_masked_for_a_role_that_does_not_need_them() -> None:
    fair, gid = _fair()
    assert not privacy.masked(fair, "phone")  # no PINs: as before roles existed
    roles.set_pin(fair, Role.COMMITTEE, "2468")
    fair.sign_in(SIGNING)
    assert privacy.shown(fair, "phone", "13812345678") == "138****5678"
    assert privacy.shown(fair, "id_number", "110101199001011234") == "110***********1234"
    audit.record_revealed(fair, "guests", gid, "phone")
    seen = audit.history(fair, "guests", gid)[0]
    assert (seen.operator, seen.action_label, seen.summary) == ("孙签约", "seen in full",
                                                                "Field: — → Phone")
    with pytest.raises(PermissionDenied, match="Seeing ID numbers in full"):
        export_guests(fair, "/tmp/never.xlsx", include_sensitive=True)
    fair.sign_in(COMMITTEE, pin="2468")
    assert privacy.shown(fair, "phone", "13812345678") == "13812345678"
