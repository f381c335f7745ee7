"""The reception roster: lodging, vehicles and trips, escorts, meals."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import ConflictError, ValidationError
from fairdesk.core.entity import AreaService, Entity, Field, ends_after_starts, entities
from fairdesk.core.guests.keys import phone_check
from fairdesk.core.ids import new_id
from fairdesk.core.money import CURRENCIES
from fairdesk.core.reception.conflicts import (
    conflicts_for_escort,
    conflicts_for_passengers,
    conflicts_for_seat,
    conflicts_for_stay,
    conflicts_for_trip,
    conflicts_of_trip,
    find_conflicts,
    refuse,
)
from fairdesk.core.vocab import MEAL_DINERS, MEAL_KINDS, ROOM_TYPES, TRIP_PURPOSES, VEHICLE_KINDS

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.fair import Fair
    from fairdesk.core.reception.model import Conflict
    from fairdesk.core.tx import Row, Tx

HOTEL = Entity("hotels", "酒店", "Hotel", (
    Field("name", "名称", "Name", required=True, max_len=100),
    Field("name_en", "英文名称", "English name", max_len=200),
    Field("address", "地址", "Address", max_len=200),
    Field("contact", "联系人", "Contact", max_len=60),
    Field("phone", "电话", "Phone", max_len=40),
    Field("distance_km", "距主会场（公里）", "Distance to venue (km)", "real", minimum=0),
    Field("stars", "星级", "Stars", "int", minimum=0),
    Field("designated", "贵宾指定酒店", "Designated for VIPs", "bool"),
    Field("notes", "备注", "Notes"),
), order_by="designated DESC, name", checks=(phone_check(),))

ROOM_BLOCK = Entity("room_blocks", "预留房", "Room block", (
    Field("hotel_id", "酒店", "Hotel", "ref", required=True, ref="hotels"),
    Field("room_type", "房型", "Room type", "choice", required=True, choices=tuple(ROOM_TYPES)),
    Field("night", "入住夜", "Night", "date", required=True),
    Field("rooms", "间数", "Rooms", "int", required=True, minimum=0),
    Field("rate_cents", "房价（分）", "Rate (cents)", "cents", minimum=0),
    Field("currency", "币种", "Currency", "choice", choices=CURRENCIES),
), title="night", order_by="night, room_type")

ROOM = Entity("rooms", "房间", "Room", (
    Field("hotel_id", "酒店", "Hotel", "ref", required=True, ref="hotels"),
    Field("number", "房号", "Room number", required=True, max_len=20),
    Field("room_type", "房型", "Room type", "choice", required=True, choices=tuple(ROOM_TYPES)),
    Field("capacity", "可住人数", "Capacity", "int", required=True, minimum=1),
    Field("floor", "楼层", "Floor", max_len=10),
    Field("notes", "备注", "Notes"),
), title="number", order_by="number")

STAY = Entity("stays", "住宿", "Stay", (
    Field("guest_id", "嘉宾", "Guest", "ref", required=True, ref="guests"),
    Field("companion_id", "随行人员", "Companion", "ref", ref="companions"),
    Field("hotel_id", "酒店", "Hotel", "ref", required=True, ref="hotels"),
    Field("room_id", "房间", "Room", "ref", ref="rooms"),
    Field("room_type", "房型", "Room type", "choice", choices=tuple(ROOM_TYPES)),
    Field("check_in", "入住日期", "Check-in", "date", required=True),
    Field("check_out", "退房日期", "Check-out", "date", required=True),
    Field("notes", "备注", "Notes"),
), title="check_in", order_by="check_in", checks=(
    ends_after_starts("check_in", "check_out", "退房日期须晚于入住日期。",
                      "Check-out must be after check-in."),))

VEHICLE = Entity("vehicles", "车辆", "Vehicle", (
    Field("plate", "车牌", "Plate", required=True, max_len=20),
    Field("kind", "车型", "Type", "choice", required=True, choices=tuple(VEHICLE_KINDS)),
    Field("seats", "座位数（不含司机）", "Seats (excluding driver)", "int", required=True,
          minimum=1),
    Field("supplier", "保障单位", "Supplied by", max_len=100),
    Field("notes", "备注", "Notes"),
), title="plate", order_by="plate")

DRIVER = Entity("drivers", "驾驶员", "Driver", (
    Field("name", "姓名", "Name", required=True, max_len=60),
    Field("phone", "电话", "Phone", max_len=40),
    Field("unit", "单位", "Unit", max_len=100),
    Field("vehicle_id", "常驾车辆", "Usual vehicle", "ref", ref="vehicles"),
    Field("notes", "备注", "Notes"),
), order_by="name", checks=(phone_check(),))

ESCORT = Entity("escorts", "引领陪同", "Escort", (
    Field("name", "姓名", "Name", required=True, max_len=60),
    Field("unit", "单位", "Unit", max_len=100),
    Field("phone", "电话", "Phone", max_len=40),
    Field("languages", "语种", "Languages", max_len=60),
    Field("notes", "备注", "Notes"),
), order_by="name", checks=(phone_check(),))

TRIP = Entity("trips", "行程", "Trip", (
    Field("vehicle_id", "车辆", "Vehicle", "ref", ref="vehicles"),
    Field("driver_id", "驾驶员", "Driver", "ref", ref="drivers"),
    Field("escort_id", "陪同", "Escort", "ref", ref="escorts"),
    Field("purpose", "用途", "Purpose", "choice", required=True, choices=tuple(TRIP_PURPOSES)),
    Field("from_place", "出发地", "From", required=True, max_len=100),
    Field("to_place", "目的地", "To", required=True, max_len=100),
    Field("starts_at", "出发时间", "Starts", "datetime", required=True),
    Field("ends_at", "结束时间", "Ends", "datetime", required=True),
    Field("flight_or_train", "航班/车次", "Flight/train", max_len=20),
    Field("session_id", "议程", "Session", "ref", ref="agenda_sessions"),
    Field("notes", "备注", "Notes"),
), title="starts_at", order_by="starts_at", checks=(
    ends_after_starts("starts_at", "ends_at", "结束时间须晚于出发时间。",
                      "The end must be after the start."),))

TRIP_PASSENGER = Entity("trip_passengers", "乘车人", "Passenger", (
    Field("trip_id", "行程", "Trip", "ref", required=True, ref="trips"),
    Field("guest_id", "嘉宾", "Guest", "ref", required=True, ref="guests"),
    Field("companion_id", "随行人员", "Companion", "ref", ref="companions"),
), title="guest_id")

ESCORT_ASSIGNMENT = Entity("escort_assignments", "陪同安排", "Escort assignment", (
    Field("escort_id", "陪同", "Escort", "ref", required=True, ref="escorts"),
    Field("guest_id", "嘉宾", "Guest", "ref", required=True, ref="guests"),
    Field("starts_at", "开始", "From", "datetime"),
    Field("ends_at", "结束", "Until", "datetime"),
    Field("session_id", "议程", "Session", "ref", ref="agenda_sessions"),
    Field("role", "职责", "Role", max_len=60),
    Field("notes", "备注", "Notes"),
), title="guest_id", checks=(
    ends_after_starts("starts_at", "ends_at", "结束时间须晚于开始时间。",
                      "The end must be after the start."),))

MEAL_SITTING = Entity("meal_sittings", "用餐场次", "Meal sitting", (
    Field("name", "名称", "Name", required=True, max_len=100),
    Field("name_en", "英文名称", "English name", max_len=200),
    Field("kind", "类型", "Kind", "choice", required=True, choices=tuple(MEAL_KINDS)),
    Field("diners", "用餐对象", "Diners", "choice", choices=tuple(MEAL_DINERS)),
    Field("venue_id", "地点", "Venue", "ref", ref="venues"),
    Field("session_id", "议程", "Session", "ref", ref="agenda_sessions"),
    Field("starts_at", "开始时间", "Starts", "datetime", required=True),
    Field("ends_at", "结束时间", "Ends", "datetime", required=True),
    Field("notes", "备注", "Notes"),
), order_by="starts_at", checks=(
    ends_after_starts("starts_at", "ends_at", "结束时间须晚于开始时间。",
                      "The end must be after the start."),))

BANQUET_TABLE = Entity("banquet_tables", "桌次", "Banquet table", (
    Field("sitting_id", "用餐场次", "Sitting", "ref", required=True, ref="meal_sittings"),
    Field("number", "桌号", "Table number", "int", required=True, minimum=1),
    Field("name", "桌名", "Table name", max_len=40),
    Field("seats", "座位数", "Seats", "int", required=True, minimum=1),
    Field("is_head", "主桌", "Head table", "bool"),
), title="number", order_by="number")

BANQUET_SEAT = Entity("banquet_seats", "座位", "Seat", (
    Field("table_id", "桌次", "Table", "ref", required=True, ref="banquet_tables"),
    Field("guest_id", "嘉宾", "Guest", "ref", required=True, ref="guests"),
    Field("seat_no", "座位号", "Seat", "int", required=True, minimum=1),
), title="seat_no", order_by="seat_no")


class ReceptionService(AreaService):
    """Reception records; every write that would double-book is refused (ConflictError)."""

    entities = entities(HOTEL, ROOM_BLOCK, ROOM, STAY, VEHICLE, DRIVER, ESCORT, TRIP,
                        TRIP_PASSENGER, ESCORT_ASSIGNMENT, MEAL_SITTING, BANQUET_TABLE,
                        BANQUET_SEAT)

    # --- the rules, checked inside the transaction of every write ---------------------------
    def before_write(self, tx: Tx, entity: str, current: Row | None, clean: dict) -> None:
        """Refuse clashes: raises ConflictError naming them, ValidationError for bad pairs."""
        if current is None:
            clean.setdefault("id", new_id())
        record_id = current["id"] if current else None
        if entity in ("stays", "trip_passengers"):
            _companion_of_guest(self.fair, {**(current or {}), **clean})
        if entity == "stays":
            _fill_room(self.fair, {**(current or {}), **clean}, clean)
            refuse(conflicts_for_stay(self.fair, clean, record_id))
        elif entity == "trips":
            refuse(conflicts_for_trip(self.fair, clean, record_id))
        elif entity == "trip_passengers":
            row = {**(current or {}), **clean}
            _not_on_trip_twice(self.fair, row)
            refuse(conflicts_for_passengers(self.fair, row["trip_id"],
                                            [(row["guest_id"], row.get("companion_id"))]))
        elif entity == "escort_assignments":
            refuse(conflicts_for_escort(self.fair, clean, record_id))
        elif entity == "banquet_seats":
            row = {**(current or {}), **clean}
            _seat_free(self.fair, row)
            refuse(conflicts_for_seat(self.fair, row, record_id))

    # --- intention-revealing operations -----------------------------------------------------
    def assign_room(self, guest_id: str, room_id: str, check_in: str, check_out: str,
                    companion_id: str | None = None, notes: str = "") -> Changes:
        """A stay in this room. Raises ValidationError, NotFoundError, ConflictError."""
        room = self.fair.get("rooms", room_id)
        return self.create("stays", guest_id=guest_id, companion_id=companion_id,
                           hotel_id=room["hotel_id"], room_id=room_id,
                           room_type=room["room_type"], check_in=check_in,
                           check_out=check_out, notes=notes)

    def add_trip(self, *, passengers: Iterable[str] = (), **values: Any) -> Changes:
        """A trip and its passengers (guest ids), checked together.

        Raises ValidationError, NotFoundError, ConflictError."""
        passengers = list(passengers)
        clean = self.validate("trips", values)
        _listed_once(self.fair, [(p, None) if isinstance(p, str) else tuple(p)
                                 for p in passengers])
        with self.fair.transaction() as tx:
            trip = tx.insert("trips", {**clean, "id": new_id()})
            for person in passengers:
                guest, companion = (person, None) if isinstance(person, str) else person
                row = self.validate("trip_passengers", {"trip_id": trip["id"], "guest_id": guest,
                                                        "companion_id": companion})
                _companion_of_guest(self.fair, row)  # a new trip: _listed_once refused repeats
                tx.insert("trip_passengers", row)
            refuse(conflicts_of_trip(self.fair, trip["id"]))
        return tx.changes

    def add_passengers(self, trip_id: str, guest_ids: Iterable[str]) -> Changes:
        """Put guests on a trip. Raises NotFoundError, ValidationError, ConflictError."""
        with self.fair.transaction() as tx:
            self._add_passengers(tx, trip_id, list(guest_ids))
        return tx.changes

    def _add_passengers(self, tx: Tx, trip_id: str, guest_ids: list) -> None:
        people = [(g, None) if isinstance(g, str) else tuple(g) for g in guest_ids]
        if not people:
            return
        _listed_once(self.fair, people)
        rows = [self.validate("trip_passengers", {"trip_id": trip_id, "guest_id": g,
                                                   "companion_id": c}) for g, c in people]
        for row in rows:
            _companion_of_guest(self.fair, row)
            _not_on_trip_twice(self.fair, row)
        refuse(conflicts_for_passengers(self.fair, trip_id, people))
        for row in rows:
            tx.insert("trip_passengers", row)

    def assign_vehicle(self, trip_id: str, vehicle_id: str | None,
                       driver_id: str | None) -> Changes:
        """Give a trip its car and driver. Raises NotFoundError, ValidationError, ConflictError."""
        return self.update("trips", trip_id, vehicle_id=vehicle_id, driver_id=driver_id)

    def assign_escort(self, escort_id: str, guest_id: str, starts_at: str | None = None,
                      ends_at: str | None = None, *, session_id: str | None = None,
                      role: str = "") -> Changes:
        """An escort for a guest (the whole visit, a time window or one session).

        Raises ValidationError, ConflictError."""
        return self.create("escort_assignments", escort_id=escort_id, guest_id=guest_id,
                           starts_at=starts_at, ends_at=ends_at, session_id=session_id,
                           role=role)

    def seat_guest(self, table_id: str, guest_id: str, seat_no: int) -> Changes:
        """Seat a guest at a banquet table. Raises ValidationError, ConflictError."""
        return self.create("banquet_seats", table_id=table_id, guest_id=guest_id,
                           seat_no=seat_no)

    def conflicts(self) -> list[Conflict]:
        """Every clash in the roster now."""
        return find_conflicts(self.fair)


def _companion_of_guest(fair: Fair, row: Row) -> None:
    if not row.get("companion_id"):
        return
    owner = fair.scalar("SELECT guest_id FROM companions WHERE id = ?", [row["companion_id"]])
    if owner != row.get("guest_id"):
        raise ValidationError("companion_id", "随行人员：不是所选嘉宾的随行人员。",
                              "Companion: not travelling with the chosen guest.")


def _fill_room(fair: Fair, row: Row, clean: dict) -> None:
    if not row.get("room_id"):
        if not row.get("room_type"):
            raise ValidationError("room_type", "房型：未指定房间时必须选择房型。",
                                  "Room type: required when no room is chosen.")
        return
    room = fair.get("rooms", row["room_id"])
    if room["hotel_id"] != row.get("hotel_id"):
        raise ValidationError("room_id", "房间：不在所选酒店。",
                              "Room: not in the chosen hotel.")
    if not row.get("room_type"):
        clean["room_type"] = room["room_type"]


def _not_on_trip_twice(fair: Fair, row: Row) -> None:
    found = fair.scalar(
        "SELECT g.name FROM trip_passengers p JOIN guests g ON g.id = p.guest_id"
        " WHERE p.trip_id = ? AND p.guest_id = ? AND p.companion_id IS ? AND p.id != ?",
        [row["trip_id"], row["guest_id"], row.get("companion_id"), row.get("id") or ""])
    if found:
        raise ConflictError(f"{found} 已在这个行程上。", f"{found} is already on this trip.")


def _listed_once(fair: Fair, people: list[tuple]) -> None:
    seen = set()
    for person in people:
        if person in seen:
            name = fair.scalar("SELECT name FROM guests WHERE id = ?", [person[0]]) or person[0]
            raise ConflictError(f"{name} 在乘车名单里出现了两次。",
                                f"{name} is listed twice among the passengers.")
        seen.add(person)


def _seat_free(fair: Fair, row: Row) -> None:
    taken = fair.rows(
        "SELECT g.name, t.number FROM banquet_seats s JOIN guests g ON g.id = s.guest_id"
        " JOIN banquet_tables t ON t.id = s.table_id"
        " WHERE s.table_id = ? AND s.seat_no = ? AND s.id != ?",
        [row["table_id"], row["seat_no"], row.get("id") or ""])
    if taken:
        t = taken[0]
        raise ConflictError(f"{t['number']} 号桌 {row['seat_no']} 座已安排给 {t['name']}。",
                            f"Table {t['number']} seat {row['seat_no']} is taken by {t['name']}.")
