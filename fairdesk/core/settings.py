"""Fair-level settings, declared once; stored in the fair file so they travel with it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    zh: str
    en: str


SETTINGS: tuple[Setting, ...] = (
    Setting("fair.name", "投资洽谈会", "投洽会名称", "Fair name"),
    Setting("fair.name_en", "Investment Fair", "英文名称", "Fair name (English)"),
    Setting("fair.city", "", "举办城市", "City"),
    Setting("fair.city_en", "", "举办城市（英文）", "City (English)"),
    Setting("fair.venue", "", "主会场", "Main venue"),
    Setting("fair.venue_en", "", "主会场（英文）", "Main venue (English)"),
    Setting("fair.starts_on", "", "开幕日期", "Opening day"),
    Setting("fair.ends_on", "", "闭幕日期", "Closing day"),
    Setting("fair.timezone", "Asia/Shanghai", "时区", "Timezone"),
    Setting("fair.organiser", "组委会办公室", "主办单位", "Organiser"),
    Setting("fair.organiser_en", "Organising Committee", "主办单位（英文）", "Organiser (English)"),
    Setting("fair.hotline", "", "组委会服务热线", "Committee hotline"),
    # CNY per unit of each currency, as decimal text, for reports in 亿元
    Setting("money.rates", {"USD": "7.10", "EUR": "7.75", "HKD": "0.91", "JPY": "0.048",
                            "KRW": "0.0052", "GBP": "9.05", "SGD": "5.30"},
            "汇率（人民币）", "Exchange rates (CNY)"),
    Setting("signing.target_projects", 0, "签约项目目标数", "Target projects signed"),
    Setting("signing.target_total_cents", 0, "总投资目标（分）", "Target total investment (fen)"),
    Setting("signing.target_foreign_cents", 0, "外资目标（分）", "Target foreign investment (fen)"),
    # letters of intent (意向) are listed beside the totals; True counts them in
    Setting("signing.count_intents", False, "意向项目计入签约总额", "Letters of intent count in totals"),
    Setting("badge.size", "A6", "证件尺寸", "Badge size"),
    Setting("badge.secret", "", "证件签名密钥", "Badge signing key"),
    # the committee's badge layout (core/badges/layout.py); {}: the fixed sizes
    Setting("badge.layout", {}, "证件版式", "Badge layout"),
    Setting("trips.turnaround_minutes", 15, "车辆周转时间（分钟）", "Vehicle turnaround (minutes)"),
    # a guest hotel or venue should be cleared by security this long before its first
    # guest arrives or its first session starts (core/security/readiness.py)
    Setting("security.clear_hours", 24, "安保会签提前小时数", "Security clears sites (hours before)"),
    # which side of the host the first guest sits at banquet tables: "right" or "left"
    Setting("seating.principal_side", "right", "主宾坐在主人的（右侧/左侧）",
            "The principal guest sits at the host's (right/left)"),
    Setting("backup.keep", 20, "保留最近备份份数", "Recent backups kept"),
    # salted hashes set by the committee (core/roles.py); none set: no roles in force
    Setting("roles.pins", [], "角色 PIN", "Role PINs"),
)
BY_KEY = {s.key: s for s in SETTINGS}
