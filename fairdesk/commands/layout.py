"""Plain-text layout for the terminal: bilingual labels, columns aligned for CJK."""

from __future__ import annotations

import unicodedata

from fairdesk.base.i18n import language

AREA_LABELS: dict[str, tuple[str, str]] = {
    "settings": ("设置", "Settings"),
    "guests": ("嘉宾", "Guests"),
    "agenda": ("议程", "Agenda"),
    "reception": ("接待", "Reception"),
    "security": ("安全保卫", "Security"),
    "signing": ("签约", "Signing"),
    "badges": ("证件与报到", "Badges and check-in"),
}

TABLE_LABELS: dict[str, tuple[str, str]] = {
    "operators": ("操作员", "operators"),
    "inviting_units": ("邀请单位", "inviting units"),
    "guests": ("嘉宾", "guests"),
    "guest_photos": ("照片", "photos"),
    "companions": ("随行人员", "companions"),
    "invitation_history": ("邀请记录", "invitation history"),
    "dietary_needs": ("饮食要求", "dietary needs"),
    "venues": ("会场", "venues"),
    "agenda_sessions": ("议程场次", "sessions"),
    "attendance": ("签到", "session sign-ins"),
    "session_guests": ("议程人员", "session guests"),
    "hotels": ("酒店", "hotels"),
    "room_blocks": ("预留房", "room blocks"),
    "rooms": ("房间", "rooms"),
    "stays": ("住宿", "stays"),
    "vehicles": ("车辆", "vehicles"),
    "drivers": ("驾驶员", "drivers"),
    "escorts": ("陪同人员", "escorts"),
    "trips": ("车次", "trips"),
    "trip_passengers": ("乘车人", "trip passengers"),
    "escort_assignments": ("陪同安排", "escort assignments"),
    "meal_sittings": ("用餐场次", "meal sittings"),
    "banquet_tables": ("宴会桌", "banquet tables"),
    "banquet_seats": ("宴会席位", "banquet seats"),
    "departments": ("责任部门", "departments"),
    "sites": ("检查点位", "sites"),
    "checklist_items": ("检查事项", "checklist items"),
    "inspections": ("检查记录", "inspections"),
    "rectifications": ("整改", "rectifications"),
    "checklist_templates": ("检查模板", "checklist templates"),
    "inspection_answers": ("检查结论", "inspection answers"),
    "inspection_photos": ("检查照片", "inspection photos"),
    "reinspections": ("复查", "re-inspections"),
    "site_signoffs": ("会签", "sign-offs"),
    "county_targets": ("县区目标", "county targets"),
    "signing_projects": ("签约项目", "signing projects"),
    "signing_parties": ("签约方", "signing parties"),
    "ceremony_slots": ("仪式顺序", "ceremony slots"),
    "ceremony_witnesses": ("见证领导", "witnesses"),
    "badges": ("证件", "badges"),
    "check_ins": ("报到记录", "check-ins"),
    "badge_prints": ("证件打印记录", "badge prints"),
}


def label(labels: dict[str, tuple[str, str]], key: str) -> str:
    """The label of ``key`` in the current language; the key itself when unknown."""
    zh, en = labels.get(key, (key, key.replace("_", " ")))
    return en if language() == "en" else zh


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def ljust(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def rjust(text: str, columns: int) -> str:
    return " " * max(0, columns - width(text)) + text


def pairs(items: list[tuple[str, str]], *, indent: int = 2, gap: int = 2) -> list[str]:
    """Label/value lines, labels padded to the widest so the values line up."""
    if not items:
        return []
    label_w = max(width(k) for k, _ in items)
    value_w = max(width(v) for _, v in items)
    return [" " * indent + ljust(k, label_w + gap) + rjust(v, value_w) for k, v in items]


def wrap_items(head: str, items: list[str], *, sep: str = ", ", limit: int = 96) -> list[str]:
    """``head`` followed by ``items`` joined with ``sep``, wrapped under the first item."""
    indent = " " * width(head)
    lines, line = [], head
    for i, item in enumerate(items):
        piece = item + (sep if i < len(items) - 1 else "")
        if line not in (head, indent) and width(line.rstrip()) + width(piece.rstrip()) > limit:
            lines.append(line.rstrip())
            line = indent
        line += piece
    lines.append(line.rstrip())
    return lines
