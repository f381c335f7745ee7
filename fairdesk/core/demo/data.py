"""Word lists for the demo fair: names, organisations, places, checklists.

The city (海滨市, "Haibin") and its province (瀛洲省, plates 瀛B) are fictional;
companies are invented. Weights are rough shares, not statistics to quote.
"""

from __future__ import annotations

# --- the fair ------------------------------------------------------------------------
FAIR_SETTINGS = {
    "fair.name": "2026中国（海滨市）投资贸易洽谈会",
    "fair.name_en": "2026 China (Haibin) Investment and Trade Fair",
    "fair.city": "海滨市",
    "fair.city_en": "Haibin",
    "fair.venue": "海滨国际会展中心",
    "fair.venue_en": "Haibin International Convention and Exhibition Center",
    "fair.starts_on": "2026-05-18",
    "fair.ends_on": "2026-05-19",
    "fair.timezone": "Asia/Shanghai",
    "fair.organiser": "2026投洽会组委会办公室",
    "fair.organiser_en": "Organising Committee of the 2026 Haibin Fair",
    "fair.hotline": "0898-66668888",
}
PROVINCE = "瀛洲省"
CITY = "海滨市"
PLATE_PREFIX = "瀛B·"

# (name, name_en, kind, share of the guest target, share foreign)
INVITING_UNITS: tuple[tuple[str, str, str, float, float], ...] = (
    ("海滨区", "Haibin District", "county", 0.11, 0.25),
    ("临港区", "Lingang District", "county", 0.11, 0.30),
    ("滨江区", "Binjiang District", "county", 0.09, 0.20),
    ("高新区", "High-tech Zone", "county", 0.10, 0.30),
    ("临港县", "Lingang County", "county", 0.07, 0.15),
    ("青山县", "Qingshan County", "county", 0.06, 0.10),
    ("白沙县", "Baisha County", "county", 0.06, 0.10),
    ("云溪市", "Yunxi City", "county", 0.07, 0.15),
    ("市商务局", "Municipal Bureau of Commerce", "department", 0.12, 0.45),
    ("市文旅局", "Municipal Bureau of Culture and Tourism", "department", 0.07, 0.25),
    ("市工商联", "Municipal Federation of Industry and Commerce", "department", 0.08, 0.10),
    ("市外办", "Municipal Foreign Affairs Office", "department", 0.07, 0.60),
)

# --- Chinese names ---------------------------------------------------------------------
# 曾 is left out on purpose: pypinyin reads it "ceng", see the report to the lead.
SURNAMES = (
    "王 71 李 70 张 64 刘 54 陈 46 杨 31 黄 24 赵 23 吴 20 周 20 徐 15 孙 15 马 14 朱 13 "
    "胡 13 郭 12 何 12 林 12 罗 11 高 11 郑 10 梁 9 谢 8 宋 8 唐 8 许 7 韩 7 邓 7 冯 7 "
    "曹 7 彭 6 肖 6 田 6 董 5 潘 5 袁 5 蔡 5 蒋 5 余 5 于 5 杜 5 叶 5 程 4 魏 4 苏 4 "
    "吕 4 丁 4 任 4 卢 4 姚 4 沈 4 钟 4 姜 4 崔 3 谭 3 陆 3 范 3 汪 3 廖 3 石 3 金 3 "
    "韦 3 贾 3 夏 3 付 3 方 3 邹 2 熊 2 白 2 孟 2 秦 2 邱 2 侯 2 江 2 尹 2 薛 2 段 2 "
    "雷 2 龙 2 黎 2 史 2 陶 2 贺 2 毛 2 郝 2 顾 2 龚 2 邵 2 万 2 武 2 钱 2 戴 2 严 2 "
    "孔 2 向 2 常 2 欧阳 0.8 司徒 0.4 上官 0.1 诸葛 0.1 东方 0.1 司马 0.1 慕容 0.1"
)
GIVEN_MALE = (
    "伟 强 磊 军 洋 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 旭 宁 龙 "
    "建华 建国 志强 志明 海涛 晓东 文博 子轩 浩然 宇轩 俊杰 明辉 国庆 振华 永强 立新 家豪 "
    "天佑 思远 博文 一鸣 承泽 国栋 晓峰 红军 建军 立军 德明 卫东 文华 嘉诚 鸿飞 泽宇 睿 "
    "志刚 海波 少华 俊峰 永刚 继光 明杰 伟民 兆祥 学军 庆丰 嘉树 子墨 铭远 启航 景行"
).split()
GIVEN_FEMALE = (
    "芳 娜 敏 静 丽 艳 娟 霞 婷 雪 慧 颖 琳 洁 倩 晶 燕 佳 欣 怡 瑶 秀英 桂英 玉兰 丽华 "
    "晓燕 海燕 雅婷 欣怡 思彤 雨涵 诗琪 子涵 梓萱 晓红 丽娟 美玲 淑华 静怡 婉清 若曦 文静 "
    "秀兰 春梅 海霞 晓丽 梦瑶 佳琪 慧敏 晓梅 丽萍 雪梅 艳华 玉珍 诗涵 语嫣 欣妍 一诺 "
    "明月 思雨 晓雯 凤英"
).split()
# Long or unusual names the desk must still find: Tibetan names of two parts,
# Uyghur and Kazakh names written without the middle dot.
TIBETAN_FIRST = ("扎西", "次仁", "格桑", "达瓦", "尼玛", "索朗", "平措", "旦增")
TIBETAN_SECOND = {"M": ("多吉", "顿珠", "次旦", "罗布"), "F": ("卓玛", "拉姆", "央金", "措姆")}
MINORITY_NAMES = {"M": ("努尔兰别克", "买买提江", "阿布都热西提", "叶尔兰"),
                  "F": ("阿依古丽", "热依汗古丽", "古丽娜扎尔", "迪丽努尔")}
# Hong Kong, Macao and Taiwan guests, entered in traditional characters.
TRAD_SURNAMES = "陳 黃 張 李 林 劉 吳 王 梁 何 鄭 蔡 許 謝 郭 羅".split()
TRAD_GIVEN = {"M": "志明 家豪 偉傑 俊賢 建宏 冠宇 國華 子健 志偉 家樂 承恩".split(),
              "F": "嘉欣 美玲 詠詩 淑芬 怡君 雅婷 麗華 嘉慧 婉婷 佩珊 曉彤".split()}

# Where domestic guests come from: (province, city, share)
ORIGINS = (
    ("瀛洲省", "海滨市", 14), ("瀛洲省", "云溪市", 5), ("北京市", "北京市", 10),
    ("上海市", "上海市", 11), ("广东省", "深圳市", 9), ("广东省", "广州市", 6),
    ("浙江省", "杭州市", 7), ("江苏省", "苏州市", 6), ("江苏省", "南京市", 4),
    ("福建省", "厦门市", 4), ("山东省", "青岛市", 4), ("四川省", "成都市", 3),
    ("湖北省", "武汉市", 3), ("天津市", "天津市", 2), ("重庆市", "重庆市", 2),
    ("陕西省", "西安市", 2), ("辽宁省", "大连市", 2),
)
# First six digits of the ID number, by city (real-format area codes).
ID_AREAS = {
    "北京市": "110105", "上海市": "310104", "深圳市": "440305", "广州市": "440106",
    "杭州市": "330106", "苏州市": "320505", "南京市": "320102", "厦门市": "350203",
    "青岛市": "370202", "成都市": "510107", "武汉市": "420106", "天津市": "120101",
    "重庆市": "500103", "西安市": "610113", "大连市": "210202", "海滨市": "469001",
    "云溪市": "469002",
}

# --- organisations and titles --------------------------------------------------------
CN_BRANDS = ("华鑫 中联 恒远 海创 金桥 瑞丰 国泰 蓝海 新元 鼎盛 远洋 宏达 天成 汇通 "
             "万象 启明 致远 长风 华瀛 博雅 中科 同创 信达 安澜").split()
CN_TRADES = ("新能源 科技 文旅 物流 实业 医药 港口 电子 食品 智能制造 海洋工程 半导体 "
             "新材料 生物 建设 供应链 数字科技 农业").split()
CN_SUFFIXES = ("集团有限公司", "股份有限公司", "有限公司", "投资有限公司", "控股集团")
INVESTOR_TITLES_ZH = ("董事长", "总经理", "副总裁", "投资总监", "项目总监", "区域总经理",
                      "首席执行官", "副总经理", "董事", "战略发展部总经理")
OFFICIALS = (  # (organisation, title): one person each
    ("瀛洲省人民政府", "副省长"), ("瀛洲省商务厅", "厅长"), ("瀛洲省商务厅", "副厅长"),
    ("海滨市人民政府", "市长"), ("海滨市人民政府", "常务副市长"), ("海滨市人民政府", "副市长"),
    ("中共海滨市委", "书记"), ("商务部投资促进事务局", "副局长"),
    ("瀛洲省发展和改革委员会", "副主任"), ("海滨市人大常委会", "副主任"),
    ("海滨市政协", "副主席"), ("海滨市商务局", "局长"), ("瀛洲省外事办公室", "副主任"),
)
OFFICIALS_MORE = (  # (organisation, title): several people each
    ("海滨市商务局", "副局长"), ("瀛洲省商务厅", "处长"), ("海滨市发展和改革委员会", "副主任"),
    ("海滨市自然资源和规划局", "副局长"), ("海滨市人民政府办公室", "副秘书长"),
    ("海滨市工业和信息化局", "副局长"), ("海滨市文化广电旅游局", "副局长"),
    ("瀛洲省投资促进中心", "主任"),
)
EXPERTS = (
    ("中国社会科学院", "研究员"), ("瀛洲大学经济学院", "教授"), ("国务院发展研究中心", "研究员"),
    ("海滨海洋大学", "教授"), ("中国国际经济交流中心", "首席研究员"), ("清华大学", "教授"),
    ("复旦大学", "教授"), ("瀛洲省社会科学院", "副院长"),
)
MEDIA = (
    ("新华社瀛洲分社", "记者"), ("人民日报", "记者"), ("中央广播电视总台", "记者"),
    ("瀛洲日报", "首席记者"), ("海滨广播电视台", "摄像"), ("海滨日报", "编辑"),
    ("经济日报", "记者"), ("中国日报", "记者"),
)
STAFF_TITLES = ("联络员", "工作人员", "接待组组长", "志愿者", "翻译", "礼宾组工作人员")

# --- foreign and regional guests ---------------------------------------------------------
# code: (share, first names M, first names F, family names, company suffix, phone format)
FOREIGN: dict[str, tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...], str, str]] = {
    "US": (16, ("James", "Michael", "Robert", "David", "William", "Daniel", "Andrew"),
           ("Jennifer", "Emily", "Sarah", "Jessica", "Laura", "Megan"),
           ("Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Garcia", "Wilson",
            "Anderson", "Thompson"), "Inc.", "+1 415 555 {4}"),
    "DE": (12, ("Jürgen", "Thomas", "Stefan", "Matthias", "Klaus", "Jörg", "Andreas"),
           ("Anja", "Sabine", "Käthe", "Julia", "Birgit", "Jana"),
           ("Müller", "Schäfer", "Köhler", "Groß", "Weiß", "Schröder", "Becker", "Hoffmann",
            "Krüger", "Wagner"), "GmbH", "+49 151 {8}"),
    "GB": (9, ("Oliver", "George", "Harry", "Edward", "Charles", "Simon"),
           ("Charlotte", "Amelia", "Olivia", "Sophie", "Harriet"),
           ("Taylor", "Evans", "Hughes", "Walker", "Wright", "Roberts", "Clarke", "Turner"),
           "plc", "+44 7700 900{3}"),
    "FR": (8, ("François", "Jérôme", "Loïc", "Pierre", "Étienne", "Nicolas"),
           ("Hélène", "Chloé", "Amélie", "Camille", "Élodie", "Léa"),
           ("Lefèvre", "Dubois", "Moreau", "Girard", "Bérenger", "Lambert", "Fontaine",
            "Mercier"), "SA", "+33 6 {2} {2} {2} {2}"),
    "JP": (10, ("Hiroshi", "Takeshi", "Kenji", "Daisuke", "Shota", "Yuki"),
           ("Yuko", "Akiko", "Haruka", "Misaki", "Naomi"),
           ("Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura",
            "Kobayashi"), "Co., Ltd.", "+81 90-{4}-{4}"),
    "KR": (10, ("Min-jun", "Ji-hoon", "Seo-jun", "Hyun-woo", "Dong-hyun"),
           ("Ji-yeon", "Soo-ah", "Eun-ji", "Ha-eun", "Min-seo"),
           ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon"), "Co., Ltd.",
           "+82 10-{4}-{4}"),
    "SG": (10, ("Wei Ming", "Jun Jie", "Kelvin", "Marcus", "Rajesh"),
           ("Hui Min", "Mei Ling", "Priya", "Rachel", "Shu Fen"),
           ("Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Nair"), "Pte. Ltd.",
           "+65 9{3} {4}"),
    "AE": (7, ("Mohammed", "Ahmed", "Khalid", "Omar", "Saeed", "Rashid"),
           ("Fatima", "Aisha", "Mariam", "Noura"),
           ("Al Mansouri", "Al Nuaimi", "Al Hashimi", "Al Falasi", "Al Zaabi"), "LLC",
           "+971 50 {3} {4}"),
    "IT": (5, ("Luca", "Marco", "Giorgio", "Niccolò", "Andrea"),
           ("Giulia", "Francesca", "Chiara", "Sofia"),
           ("Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo"), "S.p.A.",
           "+39 347 {7}"),
    "NL": (4, ("Daan", "Pieter", "Bram", "Joost"), ("Sanne", "Eva", "Femke"),
           ("de Vries", "Jansen", "van Dijk", "Bakker", "Visser"), "B.V.", "+31 6 {8}"),
    "AU": (5, ("Jack", "Liam", "Noah", "Cooper"), ("Chloe", "Isla", "Ruby"),
           ("Mitchell", "Kelly", "Campbell", "Stewart", "Murphy"), "Pty Ltd", "+61 412 {3} {3}"),
    "MY": (4, ("Ahmad", "Hafiz", "Chee Keong", "Ravi"), ("Nurul", "Siti", "Mei Yee"),
           ("Abdullah", "Ismail", "Tan", "Lim", "Wong"), "Sdn. Bhd.", "+60 12-{3} {4}"),
}
FOREIGN_CITIES = {
    "US": ("San Francisco", "New York", "Houston"), "DE": ("Frankfurt", "München", "Düsseldorf"),
    "GB": ("London", "Manchester"), "FR": ("Paris", "Lyon"), "JP": ("Tokyo", "Osaka"),
    "KR": ("Seoul", "Busan"), "SG": ("Singapore",), "AE": ("Dubai", "Abu Dhabi"),
    "IT": ("Milano", "Torino"), "NL": ("Rotterdam", "Amsterdam"), "AU": ("Sydney", "Melbourne"),
    "MY": ("Kuala Lumpur", "Penang"),
}
GUEST_NOTES = ("重点客商，有意向投资临港产业", "首次参会", "往届签约企业回访", "拟出席签约仪式",
               "Interested in offshore wind projects", "Repeat visitor, signed in 2025")
REGIONS = {"HK": 45, "TW": 35, "MO": 20}  # shares among HK/Macao/Taiwan guests
REGION_PHONES = {"HK": "+852 9{3} {4}", "MO": "+853 66{2} {4}", "TW": "+886 9{2} {3} {3}"}
FOREIGN_BRANDS = ("Bluewater", "Northstar", "Meridian", "Harborview", "Silverline", "Evergreen",
                  "Pacific Crest", "Ironbridge", "Lumen", "Aurora", "Keystone", "Oakfield")
FOREIGN_TRADES = ("Marine Engineering", "Green Energy", "Logistics", "Capital",
                  "Precision Machinery",
                  "Biotech", "Hospitality", "Semiconductor", "Agritech", "Port Holdings",
                  "Healthcare", "Infrastructure Partners")
TITLES_EN = ("Chairman", "CEO", "Managing Director", "Vice President", "Investment Director",
             "General Manager, China", "Partner", "Head of Asia-Pacific", "CFO",
             "Director of Business Development")
REGION_TITLES = ("董事長", "總經理", "副總裁", "執行董事", "投資總監", "董事總經理")
REGION_ORGS = {"HK": ("香港{0}控股有限公司", "{0}國際（香港）有限公司"),
               "MO": ("澳門{0}投資有限公司", "{0}（澳門）發展有限公司"),
               "TW": ("台灣{0}股份有限公司", "{0}科技股份有限公司")}
REGION_BRANDS = ("永豐", "信和", "新鴻", "嘉華", "德昌", "和泰", "東亞", "宏碁", "聯發", "大昌")
COUNTRY_DOMAINS = {"US": "com", "DE": "de", "GB": "co.uk", "FR": "fr", "JP": "co.jp",
                   "KR": "co.kr", "SG": "com.sg", "AE": "ae", "IT": "it", "NL": "nl",
                   "AU": "com.au", "MY": "com.my", "HK": "com.hk", "MO": "com.mo",
                   "TW": "com.tw"}

# --- travel --------------------------------------------------------------------------
AIRPORT = "海滨国际机场T2"
STATIONS = ("海滨站", "海滨北站")
FLIGHT_PREFIXES = ("MU", "CA", "CZ", "HU", "ZH", "MF", "3U", "SC")
INTL_FLIGHTS = {"US": "UA", "DE": "LH", "GB": "BA", "FR": "AF", "JP": "NH", "KR": "KE",
                "SG": "SQ", "AE": "EK", "IT": "CA", "NL": "KL", "AU": "QF", "MY": "MH",
                "HK": "CX", "MO": "NX", "TW": "CI"}
COMPANION_RELATIONS_ZH = ("秘书", "助理", "随员", "翻译", "司机", "夫人")
COMPANION_RELATIONS_EN = ("Assistant", "Interpreter", "Spouse", "Adviser", "Delegate")
DIETARY_DETAIL = {
    "halal": "清真餐，请单独备餐", "vegetarian": "蛋奶可", "vegan": "不含蛋奶",
    "no_pork": "", "no_beef": "", "seafood_allergy": "对虾、蟹过敏",
    "nut_allergy": "花生过敏，较严重", "diabetic": "少糖", "other": "不吃辣",
}
DESK_NOTES = (
    "行动不便，请安排轮椅", "请提醒领取同传耳机", "胸卡照片待补", "需开具住宿发票",
    "已电话确认抵达时间", "携带展品两箱，请协调车辆", "Requires an interpreter at the forum",
    "Late check-out requested", "与客商代表团同行", "请优先安排靠近电梯的房间",
)
ESCORT_LANGUAGES = ("zh", "zh,en", "zh,en", "zh,en", "zh,ja", "zh,ko", "zh,de", "zh,fr",
                    "zh,ar", "zh,en,fr")
ESCORT_UNITS = ("市外办", "市商务局", "海滨大学外国语学院", "市文旅局", "组委会接待组")

# --- venues, hotels, vehicles ------------------------------------------------------------
VENUES = (  # key, name, name_en, address, capacity
    ("main", "海滨国际会展中心", "Haibin International Convention and Exhibition Center",
     "滨海大道88号", 3000),
    ("forum", "海滨国际会展中心·报告厅", "Convention Center Auditorium", "滨海大道88号", 800),
    ("banquet", "海滨国际大酒店·宴会厅", "Haibin Grand Hotel Ballroom", "海滨路1号", 1200),
    ("hall", "市民中心多功能厅", "Civic Center Multi-purpose Hall", "市府大道9号", 400),
)
VENUE_ADDRESSES_EN = {"滨海大道88号": "88 Binhai Avenue", "海滨路1号": "1 Haibin Road",
                      "市府大道9号": "9 Shifu Avenue"}
VISIT_SITES = (  # key, name, name_en, address, session title suffix
    ("port", "临港经济开发区", "Lingang Economic Development Zone", "临港区港城大道1号"),
    ("resort", "滨海旅游度假区", "Coastal Tourism Resort", "白沙县滨海路"),
    ("park", "高新区科创园", "High-tech Zone Innovation Park", "高新区科创路66号"),
)
HOTELS = (  # name, name_en, stars
    ("海滨国际大酒店", "Haibin Grand Hotel", 5), ("海滨香格里拉大酒店", "Shangri-La Haibin", 5),
    ("滨海洲际酒店", "InterContinental Binhai", 5), ("海滨万豪酒店", "Haibin Marriott", 5),
    ("会展中心希尔顿酒店", "Hilton Convention Center", 5), ("海滨宾馆", "Haibin Guesthouse", 4),
    ("临港皇冠假日酒店", "Crowne Plaza Lingang", 5), ("滨江凯悦酒店", "Hyatt Binjiang", 5),
    ("海滨金陵大饭店", "Jinling Hotel Haibin", 4), ("云溪开元名都酒店", "New Century Yunxi", 4),
    ("高新区智选假日酒店", "Holiday Inn Express Hi-tech Zone", 3),
    ("海滨全季酒店（会展店）", "JI Hotel Convention Center", 3),
    ("滨海假日酒店", "Holiday Inn Binhai", 4), ("海滨喜来登酒店", "Sheraton Haibin", 5),
    ("白沙湾度假酒店", "Baisha Bay Resort", 4), ("海滨华美达酒店", "Ramada Haibin", 4),
    ("海滨君澜酒店", "Narada Haibin", 4), ("滨江亚朵酒店", "Atour Binjiang", 3),
    ("海滨威斯汀酒店", "Westin Haibin", 5), ("临港锦江酒店", "Jin Jiang Lingang", 4),
    ("海滨丽呈酒店", "Rezen Haibin", 4), ("云溪温泉酒店", "Yunxi Hot Spring Hotel", 4),
    ("海滨维也纳国际酒店", "Vienna International Haibin", 3), ("海滨迎宾馆", "Haibin State Guesthouse", 5),
)
HOTEL_ROADS = ("海滨路", "滨江大道", "会展路", "港城大道", "科创路", "人民路", "中山路", "环岛路")
VEHICLE_SUPPLIERS = ("市机关事务管理局", "海滨公交集团", "海滨旅游客运有限公司",
                     "瀛洲出租汽车有限公司")
# kind: (seats excluding driver, share of the base fleet, models)
VEHICLES = {"sedan": (4, 14, ("红旗H5", "奥迪A6L", "比亚迪汉")),
            "mpv": (6, 12, ("别克GL8", "传祺M8", "腾势D9")),
            "minibus": (18, 8, ("宇通中巴", "考斯特")),
            "coach": (45, 6, ("宇通大巴", "金龙大巴"))}

# --- security --------------------------------------------------------------------------
DEPARTMENT_CONTACTS = {  # code: (unit name, liaison)
    "police": ("海滨市公安局", "刘建军"), "traffic": ("海滨市交通运输局", "陈海涛"),
    "fire": ("海滨市消防救援支队", "赵国栋"), "petitions": ("海滨市信访局", "孙丽华"),
    "work_safety": ("海滨市应急管理局", "周立新"), "health": ("海滨市卫生健康委员会", "吴静"),
    "sanitation": ("海滨市城市管理局", "郑文华"),
}

# --- signing ---------------------------------------------------------------------------
PROJECTS: dict[str, tuple[tuple[str, str], ...]] = {  # sector: (name, name_en) templates
    "coastal_industry": (("{c}高端装备制造基地项目", "{e} Advanced Equipment Manufacturing Base"),
                         ("{c}船舶配套产业园项目", "{e} Shipbuilding Supply Park"),
                         ("{c}海洋工程装备项目", "{e} Offshore Engineering Equipment")),
    "tourism": (("{c}滨海文旅综合体项目", "{e} Coastal Culture and Tourism Complex"),
                ("{c}温泉康养度假区项目", "{e} Hot-spring Wellness Resort"),
                ("{c}海岛旅游开发项目", "{e} Island Tourism Development")),
    "infrastructure": (("{c}智慧港口升级项目", "{e} Smart Port Upgrade"),
                       ("{c}城市更新片区项目", "{e} Urban Renewal District"),
                       ("{c}综合管廊项目", "{e} Utility Tunnel")),
    "high_tech": (("{c}集成电路封装测试项目", "{e} IC Packaging and Testing"),
                  ("{c}人工智能产业园项目", "{e} AI Industrial Park"),
                  ("{c}生物医药研发中心项目", "{e} Biomedical R&D Center")),
    "agriculture": (("{c}现代渔业产业园项目", "{e} Modern Fisheries Park"),
                    ("{c}智慧农业示范基地项目", "{e} Smart Farming Demonstration Base")),
    "logistics": (("{c}冷链物流中心项目", "{e} Cold-chain Logistics Center"),
                  ("{c}跨境电商产业园项目", "{e} Cross-border E-commerce Park")),
    "energy": (("{c}海上风电项目", "{e} Offshore Wind Farm"),
               ("{c}储能电池生产基地项目", "{e} Energy Storage Battery Plant"),
               ("{c}氢能产业园项目", "{e} Hydrogen Industry Park")),
}
COUNTY_LEADER_TITLES = {"county": ("区长", "县长", "市长"), "department": ("局长", "主任")}
