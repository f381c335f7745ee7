"""Which column holds what: the guess from header names, and the mapping the user corrects.

Headers are compared folded (simplified characters, lower case, no spaces or
punctuation, a trailing "*" or "(必填)" dropped), first whole, then as "the
header contains a known name" for headers like 联系电话（手机）.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from fairdesk.base.errors import ValidationError
from fairdesk.base.i18n import language
from fairdesk.core.guests.names import fold_text

# field: (Chinese label, English label, known header names). Order matters for
# containment: the first field whose name is contained in the header wins.
IMPORT_FIELDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "seq": ("序号", "No.", ("序号", "编号", "no", "no.", "#", "number", "s/n", "sn", "item")),
    "id_type": ("证件类型", "ID type", ("证件类型", "证件种类", "idtype", "documenttype")),
    "id_number": ("证件号码", "ID number", (
        "证件号码", "证件号", "身份证号码", "身份证号", "身份证", "护照号码", "护照号", "护照",
        "idno", "idnumber", "id", "passportno", "passportnumber", "passport", "证件")),
    "arrival_transport": ("抵达航班/车次", "Arrival flight/train", (
        "航班车次", "航班/车次", "航班号", "车次", "航班", "抵达航班", "到达航班", "来程航班",
        "flighttrain", "flightno", "flight", "train", "arrivalflight")),
    "departure_transport": ("离开航班/车次", "Departure flight/train", (
        "返程航班", "离开航班", "返程车次", "返程航班车次", "departureflight", "returnflight")),
    "arrival_place": ("抵达机场/车站", "Arrival airport/station", (
        "抵达地点", "到达地点", "抵达机场", "抵达车站", "接站地点", "arrivalairport",
        "arrivalstation", "arrivalplace")),
    "departure_place": ("离开机场/车站", "Departure airport/station", (
        "离开地点", "送站地点", "departureairport", "departureplace")),
    "departure_at": ("离开时间", "Departure", (
        "离开时间", "离会时间", "返程时间", "离开日期", "返程日期", "departure", "departuretime",
        "departuredate", "leaving")),
    "arrival_at": ("抵达时间", "Arrival", (
        "抵达时间", "到达时间", "抵达日期", "到达日期", "来程时间", "报到时间", "抵达", "到达",
        "arrival", "arrivaltime", "arrivaldate", "eta")),
    "attending": ("是否参会", "Attending", (
        "是否参会", "是否参加", "参会", "参加", "回执", "确认参会", "参会情况", "attending",
        "attend", "attendance", "rsvp", "reply", "willattend")),
    "inviting_unit": ("邀请单位", "Inviting unit", (
        "邀请单位", "推荐单位", "报送单位", "邀请部门", "invitingunit", "invitedby unit",
        "invitingorganisation", "host")),
    "invited_by": ("邀请人", "Invited by", ("邀请人", "联系人", "对接人", "invitedby", "contact")),
    "name": ("姓名", "Name", (
        "姓名", "名字", "客商姓名", "嘉宾姓名", "来宾姓名", "name", "fullname", "guestname",
        "姓名中文", "中文姓名")),
    "name_roman": ("外文名/罗马字", "Romanised name", (
        "外文名", "外文姓名", "英文名", "英文姓名", "罗马字", "拼音/外文名", "护照姓名", "romanisedname",
        "romanizedname", "romanisation", "romanization", "latinname", "englishname",
        "nameinenglish", "passportname")),
    "gender": ("性别", "Gender", ("性别", "gender", "sex")),
    "honorific": ("称谓", "Honorific", ("称谓", "称呼", "尊称", "honorific", "salutation",
                                         "titleprefix")),
    "organisation": ("单位", "Organisation", (
        "工作单位", "单位名称", "单位", "企业名称", "公司名称", "所在单位", "企业", "公司", "机构",
        "organisation", "organization", "company", "companyname", "employer", "institution")),
    "title": ("职务", "Title", ("职务", "职位", "职称", "头衔", "title", "position", "jobtitle",
                                "designation")),
    "category": ("类别", "Category", ("类别", "嘉宾类别", "身份", "类型", "category", "type",
                                       "guesttype")),
    "country": ("国家或地区", "Country or region", (
        "国家或地区", "国家地区", "国家/地区", "国籍", "国家", "地区", "country", "countryregion",
        "nationality", "region")),
    "province": ("省份", "Province", ("省份", "省", "province", "state")),
    "city": ("城市", "City", ("城市", "市", "city")),
    "phone": ("电话", "Phone", (
        "手机号码", "手机号", "手机", "联系电话", "电话号码", "电话", "联系方式", "phone", "mobile",
        "tel", "telephone", "cellphone", "phoneno", "mobileno")),
    "email": ("电子邮箱", "Email", ("电子邮箱", "邮箱", "电子邮件", "email", "e-mail", "mail")),
    "wechat": ("微信", "WeChat", ("微信号", "微信", "wechat", "wechatid")),
    "dietary": ("饮食要求", "Dietary needs", ("饮食要求", "饮食禁忌", "饮食", "dietary",
                                              "diet", "dietaryneeds")),
    "language": ("语言", "Language", ("语言", "language")),
    "notes": ("备注", "Notes", ("备注", "说明", "其他", "notes", "note", "remarks", "remark",
                                "comments")),
}
IGNORED = "seq"
_STRIP = re.compile(r"[\s*＊:：/()（）\[\]【】.\-_、]|必填|选填|required")


def field_label(name: str) -> str:
    zh, en, _ = IMPORT_FIELDS[name]
    return en if language() == "en" else zh


def _fold_header(text: str) -> str:
    return _STRIP.sub("", fold_text(text))


fold_header = _fold_header  # for other lists' column guesses (the signing desk's projects)


@lru_cache(maxsize=1)
def _exact() -> dict[str, str]:
    return {_fold_header(s): f for f, (_zh, _en, names) in IMPORT_FIELDS.items() for s in names}


@lru_cache(maxsize=4096)
def guess_field(header: str) -> str | None:
    """The field a header names, or None: '联系电话' -> 'phone', 'Company' -> 'organisation'."""
    key = _fold_header(header)
    if not key or len(key) > 16:
        return None
    if key in _exact():
        return _exact()[key]
    for name, folded in _synonyms():
        if folded in key and (len(folded) >= 4 or not key.isascii()):
            return name
    return None


@lru_cache(maxsize=1)
def _synonyms() -> tuple[tuple[str, str], ...]:
    """(field, folded synonym) in the order of IMPORT_FIELDS, those of two characters or more."""
    return tuple((f, folded) for f, (_zh, _en, names) in IMPORT_FIELDS.items() for s in names
                 if len(folded := _fold_header(s)) >= 2)


@dataclass
class ColumnMapping:
    """For each column of the file, the guest field it fills (None: not imported).

    The window shows it for the user to correct with :meth:`assign`.
    """

    headers: list[str]
    fields: list[str | None] = field(default_factory=list)

    def column_of(self, name: str) -> int | None:
        return self.fields.index(name) if name in self.fields else None

    def assign(self, column: int, name: str | None) -> None:
        """Make ``column`` fill ``name`` (a field another column filled is taken from it).

        Raises ValidationError for an unknown field or column.
        """
        if name is not None and name not in IMPORT_FIELDS:
            raise ValidationError("mapping", f"未知字段：{name}", f"Unknown field: {name}")
        if not 0 <= column < len(self.fields):
            raise ValidationError("mapping", f"没有第 {column + 1} 列。", f"No column {column + 1}.")
        if name is not None and name != IGNORED:
            self.fields = [None if f == name else f for f in self.fields]
        self.fields[column] = name

    def mapped(self) -> dict[str, int]:
        """field -> column index, for the fields that are imported."""
        return {f: i for i, f in enumerate(self.fields) if f and f != IGNORED}

    def check(self) -> None:
        """Raise ValidationError unless some column holds the name."""
        if "name" not in self.mapped():
            raise ValidationError("mapping", "没有“姓名”列：请指定哪一列是姓名。",
                                  "No Name column: say which column holds the name.")


def guess_columns(raw: object) -> ColumnMapping:
    """The likely field of each column of ``raw`` (a RawTable), each field used once."""
    headers: list[str] = list(raw.headers)  # type: ignore[attr-defined]
    fields: list[str | None] = []
    used: set[str] = set()
    for header in headers:
        name = guess_field(header)
        if name in used and name != IGNORED:
            name = _second_choice(name, used)
        if name:
            used.add(name)
        fields.append(name)
    return ColumnMapping(headers, fields)


def _second_choice(name: str | None, used: set[str]) -> str | None:
    """A second arrival/flight/place column is the departure one (去程, 返程)."""
    pairs = {"arrival_at": "departure_at", "arrival_transport": "departure_transport",
             "arrival_place": "departure_place"}
    second = pairs.get(name or "")
    return second if second and second not in used else None
