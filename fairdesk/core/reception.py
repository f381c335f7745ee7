"""The reception roster: lodging, vehicles and trips, escorts, meals."""

from __future__ import annotations

from fairdesk.core.entity import AreaService, Entity, Field, ends_after_starts, entities
from fairdesk.core.money import CURRENCIES
from fairdesk.core.vocab import MEAL_KINDS, ROOM_TYPES, TRIP_PURPOSES, VEHICLE_KINDS

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
), order_by="designated DESC, name")

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
), order_by="name")

ESCORT = Entity("escorts", "引领陪同", "Escort", (
    Field("name", "姓名", "Name", required=True, max_len=60),
    Field("unit", "单位", "Unit", max_len=100),
    Field("phone", "电话", "Phone", max_len=40),
    Field("languages", "语种", "Languages", max_len=60),
    Field("notes", "备注", "Notes"),
), order_by="name")

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
    Field("role", "职责", "Role", max_len=60),
    Field("notes", "备注", "Notes"),
), title="guest_id", checks=(
    ends_after_starts("starts_at", "ends_at", "结束时间须晚于开始时间。",
                      "The end must be after the start."),))

MEAL_SITTING = Entity("meal_sittings", "用餐场次", "Meal sitting", (
    Field("name", "名称", "Name", required=True, max_len=100),
    Field("name_en", "英文名称", "English name", max_len=200),
    Field("kind", "类型", "Kind", "choice", required=True, choices=tuple(MEAL_KINDS)),
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
    entities = entities(HOTEL, ROOM_BLOCK, ROOM, STAY, VEHICLE, DRIVER, ESCORT, TRIP,
                        TRIP_PASSENGER, ESCORT_ASSIGNMENT, MEAL_SITTING, BANQUET_TABLE,
                        BANQUET_SEAT)
