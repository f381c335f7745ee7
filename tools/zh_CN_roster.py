"""Chinese for the roster pages' English sources (issue 5), to fold into tools/zh_CN.py.

``ZH_CN.update(ROSTER_ZH_CN)`` and ``BY_CONTEXT.update(ROSTER_BY_CONTEXT)`` once the
GUI branch's translation tooling is on main.
"""

ROSTER_ZH_CN: dict[str, str] = {
    # record form and record tables
    "New": "新建", "Edit": "编辑", "New…": "新建…", "Edit…": "编辑…", "Delete": "删除",
    "Delete this %1?": "确定删除这条%1吗？", "Not deleted": "未删除", "Yes": "是",
    # previews and long jobs
    "Cannot be placed": "无法安排", "Accept checked": "接受已勾选的", "Check all": "全选",
    "Uncheck all": "全不选", "%1 of %2 checked": "已勾选 %1 / %2",
    "Cancel": "取消", "The job did not finish": "任务未完成", "Done": "完成",
    "PDF (*.pdf)": "PDF 文件 (*.pdf)", "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "Why there": "安排理由", "Reason": "原因", "Problem": "问题",
    "Problems": "问题", "Problems (%1)": "问题（%1）", "No problems found": "未发现问题",
    "Auto-assign rooms": "自动排房",
    "Uncheck any placement you do not want, then accept: nothing is written before.":
        "取消勾选不需要的安排后再确认；确认之前不会写入任何数据。",
    "Write the checked stays": "写入已勾选的住宿", "Writing stays…": "正在写入住宿…",
    "%1 stays written.": "已写入 %1 条住宿。",
    "Generate pickups": "生成接站行程",
    "Trips are grouped by airport or station and time window. Uncheck any trip you do not "
    "want, then accept: nothing is written before.":
        "按机场/车站和时间段分组派车。取消勾选不需要的行程后再确认；确认之前不会写入任何数据。",
    "Create the checked trips": "创建已勾选的行程", "No car for": "未能派车",
    "%1 pickup trips created.": "已创建 %1 趟接站行程。",
    "Seat in protocol order": "按礼宾次序排座",
    "Guests seated by protocol order, head table first. Uncheck any seat you want to fill "
    "by hand.": "按礼宾次序排座，主桌优先。需要手工安排的座位请取消勾选。",
    "Seat the checked guests": "按勾选排座", "No seat for": "未能排座",
    "Choose a sitting first.": "请先选择用餐场次。",
    "Rooming list": "住宿名单", "Dispatch sheets": "派车单", "Escort sheets": "陪同工作单",
    "Arrivals board": "抵达一览", "Banquet table plan": "宴会桌次图",
    "Arrivals (Excel)": "抵达一览（Excel）", "all-hotels": "全部酒店",
    "Meal counts and dietary needs": "用餐人数与饮食要求", "Print…": "打印…",
    "Table plan of this sitting…": "本场次桌次图…",
    "Meal counts and dietary needs…": "用餐人数与饮食要求…",
    # shared column headings
    "Guest": "嘉宾", "Guests": "嘉宾", "Category": "类别", "Hotel": "酒店", "Room": "房间",
    "Type": "类型", "Check-in": "入住", "Check-out": "退房", "Nights": "晚数",
    "Sharing with": "同住", "Name": "姓名", "Unit": "单位", "Phone": "电话",
    "Organisation": "单位", "Title": "职务", "Contact": "联系人",
    "Starts": "开始", "Ends": "结束", "From": "开始", "Until": "结束", "To": "前往",
    "Day": "日期", "Passengers": "乘车人数", "Passengers: %1": "乘车 %1 人",
    "Driver": "驾驶员", "Escort": "陪同", "Vehicle": "车辆", "Vehicle (seats)": "车辆（座位）",
    "Flight/train": "航班/车次", "Airport/station": "机场/车站", "Leaves": "发车",
    # lodging
    "Lodging": "住宿", "Hotels, rooms and stays": "酒店、房间与住宿", "Hotels": "酒店",
    "Rooms": "房间", "Room blocks": "预留房", "Stays": "住宿", "Stays (%1)": "住宿（%1）",
    "Auto-assign…": "自动排房…", "Print rooming list…": "打印住宿名单…",
    "Rooming list of %1…": "%1 住宿名单…", "Rooming lists of all hotels…": "全部酒店住宿名单…",
    "VIP hotel": "贵宾指定酒店", "Distance (km)": "距会场（公里）", "Sleeps": "可住人数",
    "Floor": "楼层", "Night": "入住夜", "Reserved": "预留间数", "Rate": "房价",
    "Choose a hotel to see its rooms per night": "选择酒店，查看每晚用房情况",
    "%1: rooms used / reserved per night": "%1：每晚已用 / 预留间数",
    "%1 rooms used of %2 reserved": "预留 %2 间，已用 %1 间", "Overbooked by %1": "超订 %1 间",
    # vehicles and trips
    "Vehicles & trips": "车辆与行程", "New trip…": "新建行程…",
    "Generate pickups…": "生成接站行程…", "Print dispatch sheets…": "打印派车单…",
    "Trips of the day": "当日行程", "Trips": "行程", "Fleet": "车辆", "Drivers": "驾驶员",
    "Passengers…": "乘车人…", "Clashes": "冲突", "Clashes (%1)": "冲突（%1）",
    "Clashes in the transport plan: %1": "车辆安排冲突：%1 处", "warnings: %1": "提醒：%1 处",
    "clash (hover for the reason)": "冲突（鼠标悬停查看原因）", "warning": "提醒",
    "Purpose": "用途", "Route": "路线", "Plate": "车牌", "Supplied by": "保障单位",
    "Usual drivers": "常驾驾驶员", "Usual vehicle": "常驾车辆", "Seats": "座位数",
    "Mon": "周一", "Tue": "周二", "Wed": "周三", "Thu": "周四", "Fri": "周五", "Sat": "周六",
    "Sun": "周日", "%1 · %2 seats": "%1 · %2 座", "No vehicle": "未派车", "to assign": "待安排",
    "Passengers: %1 %2 → %3": "乘车人：%1 %2 → %3", "Name, pinyin or initials": "姓名、拼音或首字母",
    "← Add": "← 加入", "Remove →": "移出 →", "On this trip": "本趟乘车人",
    "%1 on board": "已上车 %1 人", " · %1 seats": " · %1 座",
    # escorts
    "Escorts": "引领陪同", "Guiding and escort": "引领陪同", "Accompanies": "陪同对象",
    "Assign escort…": "安排陪同…", "Print escort sheets…": "打印陪同工作单…",
    "Languages": "语种", "Role": "职责",
    "VIPs and officials without an escort (%1)": "尚无陪同的贵宾和领导（%1）",
    # meals
    "Meals": "用餐", "Meals and banquet seating": "用餐与宴会排座", "Sittings": "用餐场次",
    "Sitting": "场次", "Banquet tables": "宴会桌次", "Seats in protocol order": "座次（礼宾次序）",
    "Seat in protocol order…": "按礼宾次序排座…",
    "Kind": "类型", "Expected": "预计人数", "Halal": "清真", "Vegetarian": "素食",
    "Allergies": "过敏", "Other needs": "其他需求", "Tables": "桌数", "Seated": "已排座",
    "Table": "桌号", "Head table": "主桌", "Seat": "座位", "Dietary needs": "饮食要求",
    "Choose a sitting to see its dietary needs": "选择用餐场次，查看饮食要求",
    "Dietary needs: %1": "饮食要求：%1", "No special needs": "无特殊要求",
    # arrivals and a guest's chain
    "Arrivals": "抵达", "Print board…": "打印抵达一览…", "Export .xlsx…": "导出 .xlsx…",
    "MISSING": "未安排", "Pickup": "接站", "Hour": "时段", "Arrives": "抵达", "Party": "人数",
    "%1 arriving · %2 without pickup · %3 without room": "抵达 %1 人 · %2 人未派车 · %3 人未安排住宿",
    "%1 pickups in a clash": "%1 个接站有冲突",
    "Choose a guest to see their stay, trips and escort.": "选择嘉宾，查看其住宿、用车和陪同。",
    "Arrives %1": "抵达：%1", "Stay": "住宿", "No room yet": "尚未安排住宿",
    "No trip booked": "尚未安排用车", "No escort": "尚未安排陪同",
    "No seat at a banquet": "尚未安排宴会座位", "%1, table %2, seat %3": "%1 %2 号桌 %3 座",
    "room number at check-in": "房号入住时确定",
    "%1 %2 %3, %4 to %5, nights: %6": "%1 %2 %3，%4 至 %5，共 %6 晚",
}

ROSTER_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("TransportPage", "Type"): "车型",
    ("LodgingPage", "Type"): "房型",
    ("RosterActions", "Type"): "房型",
    ("RosterActions", "Passengers"): "人数",
    ("EscortsPage", "Guests"): "陪同人数",
    ("MealsPage", "Name"): "桌名",
}
