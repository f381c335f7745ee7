"""The fair's fixed vocabularies, each code with its Chinese and English label."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fairdesk.base.i18n import language
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.security.statuses import Answer, CellState, ChecklistStatus, RectificationStatus
from fairdesk.core.signing.statuses import ProjectStatus

Vocab = dict[str, tuple[str, str]]  # domain states are keyed by their StrEnum members


def label(vocab: Vocab, code: str) -> str:
    zh, en = vocab.get(code, (code, code))
    return en if language() == "en" else zh


def named(row: Mapping[str, Any], key: str = "name", lang: str | None = None) -> str:
    """A record's name in ``lang`` (default: the interface's language): in English its
    English form (``<key>_en``: ``name_en``, ``hotel_name_en`` …) when it has one, else the
    name as entered."""
    own = row.get(key) or ""
    return (row.get(f"{key}_en") or own) if (lang or language()) == "en" else own


GUEST_CATEGORIES: Vocab = {
    "vip": ("贵宾", "VIP"),
    "official": ("领导", "Official"),
    "investor": ("客商", "Investor"),
    "guest": ("嘉宾", "Guest"),
    "expert": ("专家", "Expert"),
    "media": ("媒体", "Media"),
    "staff": ("工作人员", "Staff"),
    "security": ("安保", "Security"),
}
INVITATION_STATES: Vocab = {
    InvitationState.TO_INVITE: ("待邀请", "To invite"),
    InvitationState.INVITED: ("已邀请", "Invited"),
    InvitationState.ATTENDING: ("回执：参加", "Replied: attending"),
    InvitationState.DECLINED: ("回执：不参加", "Replied: declined"),
    InvitationState.UNDECIDED: ("回执：待定", "Replied: undecided"),
    InvitationState.CONFIRMED: ("已确认", "Confirmed"),
    InvitationState.ARRIVED: ("已报到", "Arrived"),
    InvitationState.DEPARTED: ("已离会", "Departed"),
    InvitationState.CANCELLED: ("已取消", "Cancelled"),
}
GENDERS: Vocab = {"M": ("男", "Male"), "F": ("女", "Female")}
ID_TYPES: Vocab = {
    "id_card": ("居民身份证", "Resident ID card"),
    "passport": ("护照", "Passport"),
    "hk_macau_permit": ("港澳居民来往内地通行证", "Mainland Travel Permit (HK/Macao)"),
    "taiwan_permit": ("台湾居民来往大陆通行证", "Mainland Travel Permit (Taiwan)"),
    "other": ("其他", "Other"),
}
UNIT_KINDS: Vocab = {
    "county": ("县（市、区）", "County / district"),
    "department": ("部门", "Department"),
}
DIETARY: Vocab = {
    "halal": ("清真", "Halal"),
    "vegetarian": ("素食", "Vegetarian"),
    "vegan": ("纯素", "Vegan"),
    "no_pork": ("不吃猪肉", "No pork"),
    "no_beef": ("不吃牛肉", "No beef"),
    "seafood_allergy": ("海鲜过敏", "Seafood allergy"),
    "nut_allergy": ("坚果过敏", "Nut allergy"),
    "diabetic": ("糖尿病餐", "Diabetic"),
    "other": ("其他", "Other"),
}
SESSION_KINDS: Vocab = {
    "opening": ("开幕式", "Opening ceremony"),
    "forum": ("发展论坛", "Development forum"),
    "signing": ("签约仪式", "Signing ceremony"),
    "visit": ("项目考察", "Site visit"),
    "banquet": ("宴会", "Banquet"),
    "meeting": ("会议", "Meeting"),
    "meal": ("用餐", "Meal"),
}
SESSION_ROLES: Vocab = {
    "assigned": ("参加", "Assigned"),
    "speaker": ("演讲嘉宾", "Speaker"),
    "honour": ("主宾", "Guest of honour"),
}
TRIP_PURPOSES: Vocab = {
    "pickup": ("接站", "Pickup"),
    "shuttle": ("酒店—会场", "Hotel–venue shuttle"),
    "visit": ("项目考察", "Site visit"),
    "dropoff": ("送站", "Departure drop-off"),
    "other": ("其他", "Other"),
}
VEHICLE_KINDS: Vocab = {
    "sedan": ("轿车", "Sedan"),
    "mpv": ("商务车", "MPV"),
    "minibus": ("中巴", "Minibus"),
    "coach": ("大巴", "Coach"),
}
ROOM_TYPES: Vocab = {
    "suite": ("套房", "Suite"),
    "king": ("大床房", "King room"),
    "twin": ("双床房", "Twin room"),
    "single": ("单人间", "Single room"),
}
MEAL_KINDS: Vocab = {"banquet": ("宴会", "Banquet"), "buffet": ("自助餐", "Buffet"),
                     "set": ("桌餐", "Set meal")}
# who a meal sitting feeds (meal_sittings.diners)
MEAL_DINERS: Vocab = {"guests": ("嘉宾及随行", "Guests and companions"),
                      "staff": ("工作人员", "Staff")}
# the guest categories that are staff: they eat at staff meals
STAFF_CATEGORIES = ("staff", "security")
DEPARTMENTS: Vocab = {
    "police": ("公安", "Police"),
    "traffic": ("交通", "Traffic"),
    "fire": ("消防", "Fire"),
    "petitions": ("信访", "Petitions"),
    "work_safety": ("应急（安监）", "Work safety"),
    "health": ("卫健", "Health & food safety"),
    "sanitation": ("住建/城管/市场监管", "Sanitation & advertising"),
}
SITE_KINDS: Vocab = {"hotel": ("接待酒店", "Guest hotel"), "venue": ("会场", "Venue"),
                     "visit": ("考察点", "Visit site"), "route": ("线路", "Route"),
                     "other": ("其他", "Other")}
CHECK_STATUSES: Vocab = {ChecklistStatus.OPEN: ("未完成", "Open"),
                         ChecklistStatus.DONE: ("已完成", "Done"),
                         ChecklistStatus.NA: ("不适用", "Not applicable"),
                         ChecklistStatus.FAILED: ("不合格", "Failed")}
INSPECTION_RESULTS: Vocab = {"pass": ("合格", "Pass"), "issues": ("需整改", "Issues found")}
RECTIFICATION_STATUSES: Vocab = {RectificationStatus.OPEN: ("待整改", "Open"),
                                 RectificationStatus.FIXED: ("已整改", "Fixed"),
                                 RectificationStatus.VERIFIED: ("已复查", "Verified")}
SECTORS: Vocab = {
    "coastal_industry": ("临港产业", "Coastal industry"),
    "tourism": ("文化旅游", "Tourism"),
    "infrastructure": ("基础设施", "Infrastructure"),
    "high_tech": ("高新技术", "High-tech"),
    "agriculture": ("现代农业", "Modern agriculture"),
    "logistics": ("现代物流", "Logistics"),
    "energy": ("新能源", "New energy"),
}
CONTRACT_TYPES: Vocab = {"contract": ("合同", "Contract"), "agreement": ("协议", "Agreement"),
                         "intent": ("意向", "Letter of intent")}
CAPITAL: Vocab = {"foreign": ("外资", "Foreign"), "domestic": ("内资", "Domestic")}
PROJECT_STATUSES: Vocab = {ProjectStatus.PLANNED: ("在谈", "In negotiation"),
                           ProjectStatus.READY: ("拟签约", "Ready to sign"),
                           ProjectStatus.SIGNED: ("已签约", "Signed"),
                           ProjectStatus.CANCELLED: ("取消", "Cancelled")}
PARTY_SIDES: Vocab = {"investor": ("投资方", "Investor"), "local": ("地方", "Local party")}


ANSWERS: Vocab = {Answer.PASS: ("合格", "Pass"), Answer.FAIL: ("不合格", "Fail"),
                  Answer.NA: ("不适用", "N/A")}
CELL_STATES: Vocab = {CellState.NONE: ("无事项", "Nothing issued"),
                      CellState.NOT_STARTED: ("未开始", "Not started"),
                      CellState.IN_PROGRESS: ("进行中", "In progress"),
                      CellState.OVERDUE: ("已逾期", "Overdue"),
                      CellState.RECTIFICATION_OPEN: ("整改中", "Rectification open"),
                      CellState.READY: ("待会签", "Ready to sign"),
                      CellState.SIGNED_OFF: ("已会签", "Signed off")}


def codes(vocab: Vocab) -> tuple[str, ...]:
    return tuple(vocab)


LANGUAGE_NAMES: Vocab = {"zh": ("中文", "Chinese"), "en": ("英文", "English")}


def _known_vocabularies() -> list[Vocab]:
    from fairdesk.core.countries import COUNTRIES

    found = [v for v in globals().values()
             if isinstance(v, dict) and v and all(isinstance(x, tuple) for x in v.values())]
    countries = {code: (zh, en) for code, (zh, en, _kind) in COUNTRIES.items()}
    return [*found, countries]


def choice_words(choices: tuple[str, ...]) -> Vocab:
    """The vocabulary a field's choices come from (code → Chinese, English); the codes
    themselves when none holds them all."""
    wanted = set(choices)
    for known in _known_vocabularies():
        if wanted <= set(known):
            return {c: known[c] for c in choices}
    return {c: (c, c) for c in choices}
