"""The bundled checklist templates: what each department of the security order checks.

Written from the committee's security order: hotels and venues 重点保卫、重点防范;
traffic keeps roads and waterways clear; fire 排查隐患，抓好整改; petitions settles
grievances before the fair; work safety supervises temporary structures and special
equipment; health screens, stands by and guards food hygiene; housing / city
management / market supervision keep the streets clean and the advertising in order.

Each row: (department, item, item in English, requirement, requirement in English, site
kinds, days before opening). The English is for the English window and paper, written as
a liaison would say it to an English-speaking colleague: what to look at, what counts.
Site kinds: hotel, venue, visit, route, other (comma-separated).
"""

from __future__ import annotations

TemplateRow = tuple[str, str, str, str, str, str, int]

DEFAULT_TEMPLATES: tuple[TemplateRow, ...] = (
    # --- police 公安 ---
    ("police", "警卫岗位设置", "Guard posts manned",
     "主入口、贵宾通道、停车场设固定岗，明确岗位职责和交接班制度",
     "Fixed posts at the main entrance, the VIP passage and the car park, each with written "
     "duties and a shift handover log",
     "hotel,venue", 3),
    ("police", "出入口管控和证件查验", "Access control and badge checks",
     "设安检门及手持金属探测器，凭证件入场，人证核验",
     "Walk-through and hand-held metal detectors in place; entry by badge only, each badge "
     "checked against its holder",
     "venue", 2),
    ("police", "重点人员行车路线勘察", "Key-person routes surveyed",
     "贵宾行车路线、备用路线实地勘察，明确警力部署",
     "VIP routes and standby routes driven and checked on the ground; officers assigned "
     "along them",
     "venue,visit,route", 3),
    ("police", "酒店楼层管控", "Hotel floor control",
     "贵宾楼层设专人值守，电梯刷卡，无关人员不得进入",
     "VIP floors guarded at all times; lifts need a key card; no one else allowed on the floor",
     "hotel", 2),
    ("police", "住宿人员实名登记", "Guests registered by ID",
     "入住人员100%实名登记，信息及时上传",
     "Every guest registered with their ID at check-in (100%), records uploaded the same day",
     "hotel", 1),
    ("police", "视频监控全覆盖", "CCTV coverage",
     "出入口、电梯、停车场监控正常，录像保存30天",
     "Cameras at entrances, lifts and the car park working; recordings kept 30 days",
     "hotel,venue", 3),
    # --- traffic 交通 ---
    ("traffic", "交通管制方案", "Road closures planned",
     "开幕式及考察期间管制路段、时段公告到位，设绕行指示",
     "Closed roads and times for the opening and the site visits announced; diversion signs up",
     "venue,route", 5),
    ("traffic", "会务车辆通行证", "Passes for fair vehicles",
     "会务车辆通行证制发到位，车辆安全技术检验合格",
     "Passes issued to every fair vehicle; each vehicle has passed its safety inspection",
     "venue,route", 3),
    ("traffic", "停车场及落客区", "Parking and drop-off zones",
     "设贵宾车辆专用通道和落客区，停车场有专人指挥",
     "Separate lane and drop-off zone for VIP cars; staff directing traffic in the car park",
     "hotel,venue", 2),
    ("traffic", "考察线路路况", "Visit route road check",
     "沿线施工路段协调暂停，危险路段设警示",
     "Roadworks along the route paused; warning signs on dangerous stretches",
     "visit,route", 3),
    ("traffic", "水上交通安全", "Waterway safety",
     "涉水考察船舶适航、救生设备齐全，水上巡逻到位",
     "Boats for water visits certified seaworthy, life jackets and rings on board, patrol "
     "boat on the water",
     "visit", 3),
    # --- fire 消防 ---
    ("fire", "安全出口和疏散通道畅通", "Exits and escape routes clear",
     "疏散通道、安全出口无占用、无锁闭，疏散指示方向正确",
     "Escape routes and exits free of obstacles and unlocked; exit signs point the right way",
     "hotel,venue,visit", 3),
    ("fire", "灭火器配置有效", "Extinguishers in place and in date",
     "逐层检查灭火器数量、压力及有效期，消火栓完好",
     "Extinguishers counted floor by floor, pressure and expiry date checked; hydrants in "
     "working order",
     "hotel,venue", 3),
    ("fire", "火灾报警系统测试", "Fire alarm tested",
     "火灾自动报警、喷淋系统联动测试正常，消防控制室双人持证值班",
     "Fire alarm and sprinklers tested together and working; fire control room staffed by "
     "two certified operators",
     "hotel,venue", 2),
    ("fire", "临时舞台和展位用电", "Temporary stage and booth wiring",
     "临时用电线路穿管敷设，配电箱有漏电保护，灯具与可燃物保持距离",
     "Temporary cables run in conduit, distribution boxes have residual-current protection, "
     "lamps kept clear of anything that burns",
     "venue", 1),
    ("fire", "厨房燃气安全", "Kitchen gas safety",
     "燃气泄漏报警与切断阀联动有效，烟道定期清洗",
     "Gas leak alarm shuts the gas valve when tested; kitchen flues cleaned on schedule",
     "hotel", 2),
    # --- petitions 信访 ---
    ("petitions", "信访值班电话", "Petitions hotline staffed",
     "会期24小时值班，值班电话畅通，专人接访",
     "Hotline answered 24 hours a day during the fair, with named staff to receive petitioners",
     "venue", 2),
    ("petitions", "已知信访案件跟进", "Known cases followed up",
     "辖区重点信访案件逐案落实包案领导和稳控措施",
     "Every major case in the district has a named leader responsible and measures agreed "
     "to settle it",
     "hotel,venue,visit", 5),
    ("petitions", "应急处置小组", "Contingency team ready",
     "组建应急处置小组，明确集访、闹访处置预案",
     "Contingency team formed, with a written plan for group or disruptive petitions",
     "venue", 3),
    # --- work safety 应急（安监） ---
    ("work_safety", "临时搭建物验收", "Temporary structures accepted",
     "舞台、展台、背景板结构安全验收合格并有验收记录",
     "Stage, booths and backdrops passed a structural safety check, with the signed "
     "acceptance record",
     "venue", 1),
    ("work_safety", "电梯特种设备检验", "Lifts and special equipment certified",
     "电梯、锅炉等特种设备检验合格证在有效期，维保记录齐全",
     "Lifts, boilers and other special equipment have valid inspection certificates and "
     "complete maintenance logs",
     "hotel,venue", 3),
    ("work_safety", "应急预案和演练", "Emergency plan drilled",
     "制定应急预案并开展疏散演练，形成记录",
     "Emergency plan written and an evacuation drill held, with a record of it",
     "hotel,venue,visit", 5),
    ("work_safety", "考察点生产安全", "Visit site production safety",
     "考察企业生产区域隔离，危险作业暂停，参观路线设防护",
     "Production areas fenced off from visitors, hazardous work stopped during the visit, "
     "guard rails along the route",
     "visit", 3),
    # --- health 卫健 ---
    ("health", "发热筛查点", "Fever screening points",
     "主入口设体温检测点，配备专人和隔离观察区",
     "Temperature check at the main entrance, staffed, with a separate observation room",
     "hotel,venue", 2),
    ("health", "急救药品和救护车待命", "Emergency kits and ambulance on standby",
     "配备医生、护士、AED和急救箱，救护车现场待命",
     "Doctor, nurse, defibrillator (AED) and first-aid kit on site; ambulance standing by",
     "venue,visit", 1),
    ("health", "餐饮厨房检查", "Kitchens inspected",
     "后厨生熟分开、餐具消毒，原料索证索票",
     "Raw and cooked food kept apart, tableware disinfected, certificates and invoices kept "
     "for all ingredients",
     "hotel,venue", 3),
    ("health", "食品留样48小时", "Food samples kept 48 h",
     "每餐每样不少于125克，冷藏留样48小时并登记",
     "At least 125 g of every dish at every meal kept refrigerated for 48 hours and logged",
     "hotel,venue", 1),
    ("health", "从业人员健康证", "Staff health certificates",
     "厨师、服务人员健康证在有效期，晨检记录齐全",
     "Cooks and waiting staff hold valid health certificates; daily morning health checks "
     "recorded",
     "hotel,venue", 3),
    ("health", "饮用水水质检测", "Drinking water tested",
     "二次供水水质检测报告合格",
     "Latest water quality report for the building's tanks and pumps shows a pass",
     "hotel", 5),
    # --- sanitation & advertising 住建/城管/市场监管 ---
    ("sanitation", "道路清扫保洁", "Streets cleaned",
     "周边道路、广场保洁到位，占道经营清理",
     "Surrounding streets and squares cleaned; street stalls blocking the way removed",
     "hotel,venue,route", 2),
    ("sanitation", "宣传横幅审批", "Banners approved",
     "道旗、横幅、标语内容经审批，规范设置",
     "Flags, banners and slogans approved before they go up, and hung where permitted",
     "venue,route", 3),
    ("sanitation", "户外广告加固", "Outdoor advertising secured",
     "大型广告牌、灯箱、道旗加固检查，防风措施到位",
     "Large billboards, light boxes and street flags checked and secured against wind",
     "hotel,venue,route", 2),
    ("sanitation", "食品经营许可核查", "Food business licences checked",
     "餐饮单位许可证在有效期，明码标价",
     "Restaurants hold a valid food business licence; prices clearly displayed",
     "hotel", 3),
)
