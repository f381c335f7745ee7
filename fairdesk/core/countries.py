"""Countries and regions, with Chinese and English names.

Hong Kong, Macao and Taiwan are regions of China (中国香港 / 中国澳门 / 中国台湾):
``is_foreign`` counts them as 境外 (outside the mainland) for guest targets, the
usual practice of investment-fair statistics, but never labels them countries.
"""

from __future__ import annotations

from fairdesk.core.i18n import language

# code: (zh, en, kind) ; kind "mainland" | "region" | "country"
COUNTRIES: dict[str, tuple[str, str, str]] = {
    "CN": ("中国", "China", "mainland"),
    "HK": ("中国香港", "Hong Kong, China", "region"),
    "MO": ("中国澳门", "Macao, China", "region"),
    "TW": ("中国台湾", "Taiwan, China", "region"),
    "AE": ("阿联酋", "United Arab Emirates", "country"),
    "AR": ("阿根廷", "Argentina", "country"),
    "AT": ("奥地利", "Austria", "country"),
    "AU": ("澳大利亚", "Australia", "country"),
    "BD": ("孟加拉国", "Bangladesh", "country"),
    "BE": ("比利时", "Belgium", "country"),
    "BR": ("巴西", "Brazil", "country"),
    "BY": ("白俄罗斯", "Belarus", "country"),
    "CA": ("加拿大", "Canada", "country"),
    "CH": ("瑞士", "Switzerland", "country"),
    "CL": ("智利", "Chile", "country"),
    "CZ": ("捷克", "Czechia", "country"),
    "DE": ("德国", "Germany", "country"),
    "DK": ("丹麦", "Denmark", "country"),
    "EG": ("埃及", "Egypt", "country"),
    "ES": ("西班牙", "Spain", "country"),
    "ET": ("埃塞俄比亚", "Ethiopia", "country"),
    "FI": ("芬兰", "Finland", "country"),
    "FR": ("法国", "France", "country"),
    "GB": ("英国", "United Kingdom", "country"),
    "GR": ("希腊", "Greece", "country"),
    "HU": ("匈牙利", "Hungary", "country"),
    "ID": ("印度尼西亚", "Indonesia", "country"),
    "IE": ("爱尔兰", "Ireland", "country"),
    "IL": ("以色列", "Israel", "country"),
    "IN": ("印度", "India", "country"),
    "IT": ("意大利", "Italy", "country"),
    "JP": ("日本", "Japan", "country"),
    "KE": ("肯尼亚", "Kenya", "country"),
    "KH": ("柬埔寨", "Cambodia", "country"),
    "KR": ("韩国", "Republic of Korea", "country"),
    "KZ": ("哈萨克斯坦", "Kazakhstan", "country"),
    "LA": ("老挝", "Laos", "country"),
    "LK": ("斯里兰卡", "Sri Lanka", "country"),
    "MM": ("缅甸", "Myanmar", "country"),
    "MN": ("蒙古国", "Mongolia", "country"),
    "MX": ("墨西哥", "Mexico", "country"),
    "MY": ("马来西亚", "Malaysia", "country"),
    "NG": ("尼日利亚", "Nigeria", "country"),
    "NL": ("荷兰", "Netherlands", "country"),
    "NO": ("挪威", "Norway", "country"),
    "NZ": ("新西兰", "New Zealand", "country"),
    "PE": ("秘鲁", "Peru", "country"),
    "PH": ("菲律宾", "Philippines", "country"),
    "PK": ("巴基斯坦", "Pakistan", "country"),
    "PL": ("波兰", "Poland", "country"),
    "PT": ("葡萄牙", "Portugal", "country"),
    "QA": ("卡塔尔", "Qatar", "country"),
    "RS": ("塞尔维亚", "Serbia", "country"),
    "RU": ("俄罗斯", "Russia", "country"),
    "SA": ("沙特阿拉伯", "Saudi Arabia", "country"),
    "SE": ("瑞典", "Sweden", "country"),
    "SG": ("新加坡", "Singapore", "country"),
    "TH": ("泰国", "Thailand", "country"),
    "TR": ("土耳其", "Türkiye", "country"),
    "US": ("美国", "United States", "country"),
    "UZ": ("乌兹别克斯坦", "Uzbekistan", "country"),
    "VN": ("越南", "Viet Nam", "country"),
    "ZA": ("南非", "South Africa", "country"),
}


def country_name(code: str) -> str:
    zh, en, _ = COUNTRIES.get(code, (code, code, "country"))
    return en if language() == "en" else zh


def is_foreign(code: str) -> bool:
    """Outside the mainland (境外): foreign countries and the HK/Macao/Taiwan regions."""
    return code != "CN"
