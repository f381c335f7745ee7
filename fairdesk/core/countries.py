"""Countries and regions, with Chinese and English names, and lookup by either.

All 193 member states of the United Nations, with Hong Kong, Macao and Taiwan
as regions of China (中国香港 / 中国澳门 / 中国台湾). ``is_foreign`` counts the
regions as 境外 (outside the mainland) for guest targets, the usual practice of
investment-fair statistics, but they are never labelled countries.

:func:`find_country` reads what inviting units write in a list: "德国",
"Germany", "DE", "中国台湾", "台湾", "Taiwan", "美利坚合众国", "USA", "韩国"...
"""

from __future__ import annotations

from functools import lru_cache

from fairdesk.base.i18n import language

# code: (zh, en, kind) ; kind "mainland" | "region" | "country"
COUNTRIES: dict[str, tuple[str, str, str]] = {
    "CN": ("中国", "China", "mainland"),
    "HK": ("中国香港", "Hong Kong, China", "region"),
    "MO": ("中国澳门", "Macao, China", "region"),
    "TW": ("中国台湾", "Taiwan, China", "region"),
}
_UN_MEMBERS = """
AF|阿富汗|Afghanistan
AL|阿尔巴尼亚|Albania
DZ|阿尔及利亚|Algeria
AD|安道尔|Andorra
AO|安哥拉|Angola
AG|安提瓜和巴布达|Antigua and Barbuda
AR|阿根廷|Argentina
AM|亚美尼亚|Armenia
AU|澳大利亚|Australia
AT|奥地利|Austria
AZ|阿塞拜疆|Azerbaijan
BS|巴哈马|Bahamas
BH|巴林|Bahrain
BD|孟加拉国|Bangladesh
BB|巴巴多斯|Barbados
BY|白俄罗斯|Belarus
BE|比利时|Belgium
BZ|伯利兹|Belize
BJ|贝宁|Benin
BT|不丹|Bhutan
BO|玻利维亚|Bolivia
BA|波斯尼亚和黑塞哥维那|Bosnia and Herzegovina
BW|博茨瓦纳|Botswana
BR|巴西|Brazil
BN|文莱|Brunei Darussalam
BG|保加利亚|Bulgaria
BF|布基纳法索|Burkina Faso
BI|布隆迪|Burundi
CV|佛得角|Cabo Verde
KH|柬埔寨|Cambodia
CM|喀麦隆|Cameroon
CA|加拿大|Canada
CF|中非|Central African Republic
TD|乍得|Chad
CL|智利|Chile
CO|哥伦比亚|Colombia
KM|科摩罗|Comoros
CG|刚果（布）|Congo
CD|刚果（金）|Democratic Republic of the Congo
CR|哥斯达黎加|Costa Rica
CI|科特迪瓦|Côte d'Ivoire
HR|克罗地亚|Croatia
CU|古巴|Cuba
CY|塞浦路斯|Cyprus
CZ|捷克|Czechia
KP|朝鲜|Democratic People's Republic of Korea
DK|丹麦|Denmark
DJ|吉布提|Djibouti
DM|多米尼克|Dominica
DO|多米尼加|Dominican Republic
EC|厄瓜多尔|Ecuador
EG|埃及|Egypt
SV|萨尔瓦多|El Salvador
GQ|赤道几内亚|Equatorial Guinea
ER|厄立特里亚|Eritrea
EE|爱沙尼亚|Estonia
SZ|斯威士兰|Eswatini
ET|埃塞俄比亚|Ethiopia
FJ|斐济|Fiji
FI|芬兰|Finland
FR|法国|France
GA|加蓬|Gabon
GM|冈比亚|Gambia
GE|格鲁吉亚|Georgia
DE|德国|Germany
GH|加纳|Ghana
GR|希腊|Greece
GD|格林纳达|Grenada
GT|危地马拉|Guatemala
GN|几内亚|Guinea
GW|几内亚比绍|Guinea-Bissau
GY|圭亚那|Guyana
HT|海地|Haiti
HN|洪都拉斯|Honduras
HU|匈牙利|Hungary
IS|冰岛|Iceland
IN|印度|India
ID|印度尼西亚|Indonesia
IR|伊朗|Iran
IQ|伊拉克|Iraq
IE|爱尔兰|Ireland
IL|以色列|Israel
IT|意大利|Italy
JM|牙买加|Jamaica
JP|日本|Japan
JO|约旦|Jordan
KZ|哈萨克斯坦|Kazakhstan
KE|肯尼亚|Kenya
KI|基里巴斯|Kiribati
KW|科威特|Kuwait
KG|吉尔吉斯斯坦|Kyrgyzstan
LA|老挝|Lao People's Democratic Republic
LV|拉脱维亚|Latvia
LB|黎巴嫩|Lebanon
LS|莱索托|Lesotho
LR|利比里亚|Liberia
LY|利比亚|Libya
LI|列支敦士登|Liechtenstein
LT|立陶宛|Lithuania
LU|卢森堡|Luxembourg
MG|马达加斯加|Madagascar
MW|马拉维|Malawi
MY|马来西亚|Malaysia
MV|马尔代夫|Maldives
ML|马里|Mali
MT|马耳他|Malta
MH|马绍尔群岛|Marshall Islands
MR|毛里塔尼亚|Mauritania
MU|毛里求斯|Mauritius
MX|墨西哥|Mexico
FM|密克罗尼西亚联邦|Micronesia
MD|摩尔多瓦|Republic of Moldova
MC|摩纳哥|Monaco
MN|蒙古国|Mongolia
ME|黑山|Montenegro
MA|摩洛哥|Morocco
MZ|莫桑比克|Mozambique
MM|缅甸|Myanmar
NA|纳米比亚|Namibia
NR|瑙鲁|Nauru
NP|尼泊尔|Nepal
NL|荷兰|Netherlands
NZ|新西兰|New Zealand
NI|尼加拉瓜|Nicaragua
NE|尼日尔|Niger
NG|尼日利亚|Nigeria
MK|北马其顿|North Macedonia
NO|挪威|Norway
OM|阿曼|Oman
PK|巴基斯坦|Pakistan
PW|帕劳|Palau
PA|巴拿马|Panama
PG|巴布亚新几内亚|Papua New Guinea
PY|巴拉圭|Paraguay
PE|秘鲁|Peru
PH|菲律宾|Philippines
PL|波兰|Poland
PT|葡萄牙|Portugal
QA|卡塔尔|Qatar
KR|韩国|Republic of Korea
RO|罗马尼亚|Romania
RU|俄罗斯|Russian Federation
RW|卢旺达|Rwanda
KN|圣基茨和尼维斯|Saint Kitts and Nevis
LC|圣卢西亚|Saint Lucia
VC|圣文森特和格林纳丁斯|Saint Vincent and the Grenadines
WS|萨摩亚|Samoa
SM|圣马力诺|San Marino
ST|圣多美和普林西比|Sao Tome and Principe
SA|沙特阿拉伯|Saudi Arabia
SN|塞内加尔|Senegal
RS|塞尔维亚|Serbia
SC|塞舌尔|Seychelles
SL|塞拉利昂|Sierra Leone
SG|新加坡|Singapore
SK|斯洛伐克|Slovakia
SI|斯洛文尼亚|Slovenia
SB|所罗门群岛|Solomon Islands
SO|索马里|Somalia
ZA|南非|South Africa
SS|南苏丹|South Sudan
ES|西班牙|Spain
LK|斯里兰卡|Sri Lanka
SD|苏丹|Sudan
SR|苏里南|Suriname
SE|瑞典|Sweden
CH|瑞士|Switzerland
SY|叙利亚|Syrian Arab Republic
TJ|塔吉克斯坦|Tajikistan
TH|泰国|Thailand
TL|东帝汶|Timor-Leste
TG|多哥|Togo
TO|汤加|Tonga
TT|特立尼达和多巴哥|Trinidad and Tobago
TN|突尼斯|Tunisia
TR|土耳其|Türkiye
TM|土库曼斯坦|Turkmenistan
TV|图瓦卢|Tuvalu
UG|乌干达|Uganda
UA|乌克兰|Ukraine
AE|阿联酋|United Arab Emirates
GB|英国|United Kingdom
TZ|坦桑尼亚|United Republic of Tanzania
US|美国|United States
UY|乌拉圭|Uruguay
UZ|乌兹别克斯坦|Uzbekistan
VU|瓦努阿图|Vanuatu
VE|委内瑞拉|Venezuela
VN|越南|Viet Nam
YE|也门|Yemen
ZM|赞比亚|Zambia
ZW|津巴布韦|Zimbabwe
"""
for _line in _UN_MEMBERS.strip().splitlines():
    _code, _zh, _en = _line.split("|")
    COUNTRIES[_code] = (_zh, _en, "country")

# Other ways lists name a country or region (compared after folding case, spaces, dots).
ALIASES: dict[str, str] = {
    "中华人民共和国": "CN", "中国大陆": "CN", "大陆": "CN", "内地": "CN", "中国内地": "CN",
    "PRC": "CN", "PR China": "CN", "People's Republic of China": "CN", "Mainland China": "CN",
    "香港": "HK", "中国香港特别行政区": "HK", "香港特别行政区": "HK", "Hong Kong": "HK",
    "HKSAR": "HK", "Hong Kong SAR": "HK", "Hongkong": "HK",
    "澳门": "MO", "中国澳门特别行政区": "MO", "澳门特别行政区": "MO", "Macao": "MO",
    "Macau": "MO", "Macau, China": "MO",
    "台湾": "TW", "台湾地区": "TW", "中国台湾地区": "TW", "台湾省": "TW", "中國台灣": "TW",
    "台灣": "TW", "Taiwan": "TW", "Chinese Taipei": "TW", "Taiwan, Province of China": "TW",
    "美利坚合众国": "US", "美國": "US", "USA": "US", "U.S.A.": "US", "U.S.": "US",
    "United States of America": "US", "America": "US",
    "UK": "GB", "Great Britain": "GB", "Britain": "GB", "England": "GB", "大不列颠": "GB",
    "英國": "GB", "Scotland": "GB", "Wales": "GB",
    "大韩民国": "KR", "南韩": "KR", "South Korea": "KR", "Korea": "KR", "Korea, Republic of": "KR",
    "北韩": "KP", "North Korea": "KP", "朝鲜民主主义人民共和国": "KP",
    "俄罗斯联邦": "RU", "Russia": "RU", "Vietnam": "VN", "越南社会主义共和国": "VN",
    "Laos": "LA", "Turkey": "TR", "Czech Republic": "CZ", "捷克共和国": "CZ",
    "Holland": "NL", "The Netherlands": "NL", "Iran, Islamic Republic of": "IR",
    "Syria": "SY", "Tanzania": "TZ", "Moldova": "MD", "Brunei": "BN", "Ivory Coast": "CI",
    "Cote d'Ivoire": "CI", "Cape Verde": "CV", "Swaziland": "SZ", "Macedonia": "MK",
    "Micronesia (Federated States of)": "FM", "Bolivia (Plurinational State of)": "BO",
    "Venezuela (Bolivarian Republic of)": "VE", "DR Congo": "CD", "DRC": "CD",
    "Republic of the Congo": "CG", "Burma": "MM", "East Timor": "TL", "UAE": "AE",
    "阿拉伯联合酋长国": "AE", "沙特": "SA", "新西兰（纽西兰）": "NZ", "纽西兰": "NZ",
    "澳洲": "AU", "日本国": "JP", "德意志联邦共和国": "DE", "法兰西共和国": "FR",
    "印尼": "ID", "菲律賓": "PH", "新加坡共和国": "SG", "马来西亚联邦": "MY",
    "Deutschland": "DE", "Espana": "ES", "España": "ES", "Italia": "IT", "Nippon": "JP",
    "Danmark": "DK", "Sverige": "SE", "Norge": "NO", "Suomi": "FI", "Schweiz": "CH",
    "Österreich": "AT", "Polska": "PL", "Brasil": "BR", "México": "MX",
}


def _key(text: str) -> str:
    from fairdesk.core.guests.names import fold_text

    return fold_text(text).replace(".", "").replace("'", "").replace("’", "")


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for code, (zh, en, _kind) in COUNTRIES.items():
        table[_key(code)] = code
        table[_key(zh)] = code
        table[_key(en)] = code
        table[_key(zh.removesuffix("国"))] = table.get(_key(zh.removesuffix("国")), code)
    for alias, code in ALIASES.items():
        table[_key(alias)] = code
    return table


def find_country(text: str) -> str | None:
    """The code for a country or region written in Chinese, English or as a code; else None."""
    key = _key(str(text or ""))
    if not key:
        return None
    found = _lookup().get(key)
    if found:
        return found
    for prefix in ("中国", "china"):  # 中国-台湾, "China (Taiwan)"...
        if key.startswith(prefix) and len(key) > len(prefix):
            rest = key[len(prefix):].strip("-–()（）·,，")
            if rest in _lookup() and _lookup()[rest] in ("HK", "MO", "TW"):
                return _lookup()[rest]
    return None


def country_name(code: str) -> str:
    zh, en, _ = COUNTRIES.get(code, (code, code, "country"))
    return en if language() == "en" else zh


def is_foreign(code: str) -> bool:
    """Outside the mainland (境外): foreign countries and the HK/Macao/Taiwan regions."""
    return code != "CN"
