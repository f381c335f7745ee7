"""Plain values shared by the roster rules: conflicts, time arithmetic, labels."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from fairdesk.base.errors import FairdeskError
from fairdesk.base.i18n import Text, language
from fairdesk.core.guests.states import InvitationState

# Guests the reception desks plan for (rooms, cars, meals): departed guests are left out.
ATTENDING = (InvitationState.ATTENDING, InvitationState.CONFIRMED, InvitationState.ARRIVED)

CONFLICT_KINDS: dict[str, tuple[str, str]] = {
    "room_over_capacity": ("房间超员", "Room over capacity"),
    "stay_outside_visit": ("住宿超出行程", "Stay outside the visit"),
    "block_overbooked": ("预留房超订", "Room block overbooked"),
    "guest_double_stay": ("重复住宿", "Two stays at once"),
    "vehicle_double_booked": ("车辆冲突", "Vehicle double-booked"),
    "driver_double_booked": ("驾驶员冲突", "Driver double-booked"),
    "seats_short": ("座位不足", "Not enough seats"),
    "pickup_before_arrival": ("接站时间不符", "Pickup misses the arrival"),
    "pickup_wrong_place": ("接站地点不符", "Pickup at the wrong place"),
    "guest_double_trip": ("乘车时间重叠", "Guest on two trips at once"),
    "escort_double_booked": ("陪同冲突", "Escort in two places"),
    "seat_double": ("重复排座", "Guest seated twice"),
    "seat_beyond_table": ("座位号超出", "Seat beyond the table"),
    "hotel_not_cleared": ("酒店安保未会签", "Hotel not cleared by security"),
    "venue_not_cleared": ("会场安保未会签", "Venue not cleared by security"),
    "venue_double_booked": ("会场冲突", "Venue double-booked"),
    "guest_double_session": ("嘉宾日程冲突", "Guest at two sessions"),
    "session_over_capacity": ("超出容纳人数", "More expected than the venue holds"),
    "session_escort_elsewhere": ("陪同另有任务", "Escort needed elsewhere"),
    "session_car_elsewhere": ("车辆另有任务", "Car needed elsewhere"),
}

# Room types that two people can share; how many people a room of a type sleeps
# when the hotel has not listed its rooms.
TYPE_CAPACITY = {"suite": 2, "king": 2, "twin": 2, "single": 1}


Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


class PlanCancelled(FairdeskError):
    """A planner stopped because ``should_cancel()`` said so (nothing was written)."""

    def __init__(self) -> None:
        super().__init__("已取消生成方案。", "Planning was cancelled.")


def checkpoint(done: int, total: int, progress: Progress | None,
               should_cancel: ShouldCancel | None, every: int = 50) -> None:
    """Honour a cancel (every call: a flag read) and report ``done`` of ``total``
    every ``every`` items and at the end (a report crosses threads: not too often).

    Raises PlanCancelled when ``should_cancel()`` is true."""
    if should_cancel is not None and should_cancel():
        raise PlanCancelled()
    if progress is not None and (done % every == 0 or done == total):
        progress(done, total)


def kind_label(kind: str) -> str:
    zh, en = CONFLICT_KINDS.get(kind, (kind, kind))
    return en if language() == "en" else zh


@dataclass(frozen=True)
class Conflict:
    """One clash found in the roster, with the records involved and the reason in words.

    ``entity`` is the table of the first id in ``record_ids`` (the record to open
    to fix it); the other ids are the records it clashes with.
    """

    kind: str
    entity: str
    record_ids: tuple[str, ...]
    message: Text
    severity: str = "error"  # "error" | "warning"

    @property
    def key(self) -> tuple[str, tuple[str, ...]]:
        """The same clash found twice has the same key (used to tell new clashes from old)."""
        return self.kind, tuple(sorted(self.record_ids))

    @property
    def label(self) -> str:
        return kind_label(self.kind)

    def involves(self, record_id: str) -> bool:
        return record_id in self.record_ids

    def __str__(self) -> str:
        return str(self.message)


@lru_cache(maxsize=8192)
def minutes(iso: str) -> int:
    """Minutes since the epoch of an ISO datetime text (with its offset)."""
    return int(datetime.fromisoformat(iso).timestamp()) // 60


def hhmm(iso: str | None) -> str:
    """``10:30`` from an ISO datetime (the fair's local time is what is stored)."""
    return iso[11:16] if iso and len(iso) >= 16 else ""


def mmdd_hhmm(iso: str | None) -> str:
    return f"{iso[5:10]} {iso[11:16]}" if iso and len(iso) >= 16 else ""


@lru_cache(maxsize=4096)
def nights(check_in: str, check_out: str) -> tuple[str, ...]:
    """The nights of a stay, as dates: check-in included, check-out excluded."""
    start, end = date.fromisoformat(check_in[:10]), date.fromisoformat(check_out[:10])
    return tuple((start + timedelta(days=i)).isoformat() for i in range((end - start).days))


def night_list(days: list[str]) -> str:
    """``05-17, 05-18`` for messages."""
    return ", ".join(d[5:] for d in sorted(days))


def add_minutes(iso: str, mins: int) -> str:
    return (datetime.fromisoformat(iso) + timedelta(minutes=mins)).isoformat()


def natural_key(text: str) -> tuple:
    """Sort key putting ``9`` before ``10`` and ``8F-2`` before ``8F-10``."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part)
                 for part in re.split(r"(\d+)", text or "") if part)
