"""Issue 13 (14): phones masked on the desk card and in the companions table unless the
role may see them; a click shows one in full and the audit log notes who saw it."""

from __future__ import annotations

import pytest

from bench.crowd import make_crowd
from fairdesk.base.i18n import Text
from fairdesk.core import roles
from fairdesk.core.badges.checkin import ScanResult, ScanStatus
from fairdesk.core.badges.desk_card import guest_card
from fairdesk.core.context import Operator
from fairdesk.core.fair import Fair
from fairdesk.core.roles import Role
from fairdesk.gui.checkin.card import CheckInCard
from fairdesk.gui.qt import Qt
from fairdesk.gui.session import FairSession

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
COMMITTEE = Operator("王主任", "组委会办公室", "lap1", Role.COMMITTEE)
SIGNING = Operator("孙签约", "签约组", "lap3", Role.SIGNING)
RECEPTION = Operator("李娜", "报到台1", "lap2", Role.RECEPTION)


def _session_with_pins(operator: Operator) -> tuple[FairSession, Fair, list[str]]:
    session = FairSession()
    fair = Fair.memory(COMMITTEE)
    session.open(fair)
    ids = make_crowd(fair, 30)
    roles.set_pin(fair, Role.COMMITTEE, "2468")
    fair.sign_in(operator)
    return session, fair, ids


def _guest_with_driver_and_escort(fair: Fair, ids: list[str]) -> str:
    return next(g for g in ids if (c := guest_card(fair, g)).driver_phone and c.escort_phone)


def _reveals(fair: Fair) -> list[dict]:
    return fair.rows("SELECT entity, operator, after FROM audit_log WHERE action = 'reveal'")


def _card(qtbot, session: FairSession, fair: Fair, gid: str) -> CheckInCard:  # noqa: ANN001
    card = CheckInCard(session=session)
    qtbot.addWidget(card)
    card.resize(900, 600)
    card.show()
    guest = fair.get("guests", gid)
    card.show_result(ScanResult(ScanStatus.OK, Text("", ""), guest=guest,
                                card=guest_card(fair, gid)))
    return card


def test_the_desk_card_masks_phones_and_shows_one_on_a_click(qtbot) -> None:
    session, fair, ids = _session_with_pins(SIGNING)
    gid = _guest_with_driver_and_escort(fair, ids)
    full = guest_card(fair, gid)
    card = _card(qtbot, session, fair, gid)
    car, escort = card.facts["car"], card.facts["escort"]
    assert full.driver_phone not in car.text() and full.escort_phone not in escort.text()
    assert full.driver_phone[:3] + "****" + full.driver_phone[-4:] in car.text()
    assert full.escort_phone[:3] + "****" in escort.text() and full.escort_name in escort.text()
    assert "click" in escort.toolTip().lower() or "点击" in escort.toolTip()
    card.grab().save("/tmp/desk-card-masked.png")
    qtbot.mouseClick(escort, Qt.MouseButton.LeftButton)
    assert full.escort_phone in escort.text()  # shown in full after the click
    assert full.driver_phone not in car.text()  # the driver's stays hidden
    assert _reveals(fair) == [{"entity": "escorts", "operator": SIGNING.name,
                               "after": '{"field":"phone"}'}]
    qtbot.mouseClick(car, Qt.MouseButton.LeftButton)
    assert full.driver_phone in car.text()
    assert [r["entity"] for r in _reveals(fair)] == ["escorts", "drivers"]


def test_the_desk_card_shows_phones_to_reception_without_a_click(qtbot) -> None:
    session, fair, ids = _session_with_pins(RECEPTION)
    gid = _guest_with_driver_and_escort(fair, ids)
    full = guest_card(fair, gid)
    card = _card(qtbot, session, fair, gid)
    assert full.driver_phone in card.facts["car"].text()
    assert full.escort_phone in card.facts["escort"].text()
    assert card.facts["escort"].toolTip() == ""
    qtbot.mouseClick(card.facts["escort"], Qt.MouseButton.LeftButton)
    assert _reveals(fair) == []  # nothing was hidden: nothing noted


def test_the_companions_table_masks_the_phone_until_clicked(qtbot) -> None:
    from fairdesk.gui.guests.form import GuestForm

    session, fair, ids = _session_with_pins(SIGNING)
    with fair.transaction() as tx:
        tx.insert("companions", {"guest_id": ids[0], "name": "秘书小王", "relation": "秘书",
                                 "phone": "13987654321"})
    form = GuestForm(session)
    qtbot.addWidget(form)
    form.resize(1300, 760)
    form.show()
    form.show_guest(ids[0])
    model, view = form.companions.model, form.companions.view
    assert model.rowCount() == 1
    index = model.index(0, [c.key for c in model.columns].index("phone"))
    assert index.data() == "139****4321"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    assert index.data() == "13987654321"
    assert [(r["entity"], r["operator"]) for r in _reveals(fair)] == [("companions", SIGNING.name)]


def test_the_guest_forms_reception_box_masks_the_escorts_and_drivers_phones(qtbot) -> None:
    from fairdesk.gui.guests.form import GuestForm

    session, fair, ids = _session_with_pins(SIGNING)
    gid = _guest_with_driver_and_escort(fair, ids)
    full = guest_card(fair, gid)
    form = GuestForm(session)
    qtbot.addWidget(form)
    form.show()
    form.show_guest(gid)
    box = form.reception
    escort = box.labels["escort"].text()
    assert full.escort_name in escort and full.escort_phone not in escort
    assert full.escort_phone[:3] + "****" in escort
    model = box.trips_model
    drivers = [model.index(r, [c.key for c in model.columns].index("driver")).data()
               for r in range(model.rowCount())]
    assert drivers and not any(full.driver_phone in d for d in drivers)
    assert any(full.driver_phone[:3] + "****" + full.driver_phone[-4:] in d for d in drivers)


def test_the_roster_chain_view_masks_the_escorts_and_drivers_phones(qtbot) -> None:
    from fairdesk.gui.reception.chain import GuestChainView

    session, fair, ids = _session_with_pins(SIGNING)
    gid = _guest_with_driver_and_escort(fair, ids)
    full = guest_card(fair, gid)
    view = GuestChainView()
    qtbot.addWidget(view)
    view.show_guest(fair, gid)
    text = "\n".join(label.text() for label in view._labels)
    assert full.escort_name in text and full.driver_name in text
    assert full.escort_phone not in text and full.driver_phone not in text
    assert full.escort_phone[:3] + "****" in text
