"""Chinese for the command line's help: argparse's own words and every command's help.

Keys are the English texts exactly as written in ``cli.py`` and ``commands/*.py`` (and as
argparse 3.11–3.13 writes its own); ``commands.language`` looks them up when the language
is Chinese. A help text with no entry here shows in English, and
``tests/test_cli_language.py`` names it.
"""

ARGPARSE = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "无效的选项：%(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s":
        "选项不明确：%(option)s 可能是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "忽略了多余的值 %r",
    "one of the arguments %s is required": "必须给出参数 %s 之一",
    "unexpected option string: %s": "意外的选项：%s",
    "can't open '%(filename)s': %(error)s": "无法打开 “%(filename)s”：%(error)s",
    "option '%(option)s' is deprecated": "选项 “%(option)s” 已不推荐使用",
    "command '%(parser_name)s' is deprecated": "命令 “%(parser_name)s” 已不推荐使用",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "没有命令 %(parser_name)r（可用：%(choices)s）",
}

COMMANDS = {
    # cli.py
    "fairdesk runs a city's investment fair on site, offline.\n\n"
    "  fairdesk                 open the window\n"
    "  fairdesk FILE.fair       open that fair in the window\n"
    "  fairdesk --demo          open this laptop's demo fair in the window\n"
    "  fairdesk --demo --guests N   ... made afresh with N guests\n"
    "  fairdesk COMMAND ...     run a job without the window (see below)\n\n"
    "Messages are in Chinese unless the language is English (set --lang en, or\n"
    "FAIRDESK_LANG=en, or an English LANG).\n":
        "fairdesk 在现场离线管理投资洽谈会。\n\n"
        "  fairdesk                 打开窗口\n"
        "  fairdesk 文件.fair       在窗口中打开该投洽会\n"
        "  fairdesk --demo          在窗口中打开本机的演示投洽会\n"
        "  fairdesk --demo --guests N   ……并以 N 位客商重新生成\n"
        "  fairdesk 命令 ...        不开窗口执行一项工作（见下）\n\n"
        "信息用中文显示；要用英文，请加 --lang en，或设置 FAIRDESK_LANG=en，\n"
        "或使用英文的 LANG。\n",
    "Run 'fairdesk COMMAND --help' for the options of one command.":
        "运行 “fairdesk 命令 --help” 查看某个命令的选项。",
    "language of messages: zh (Chinese) or en (English)": "信息的语言：zh（中文）或 en（英文）",
    "commands": "命令",
    # commands/fairs.py
    "create an empty fair file": "新建一个空的投洽会文件",
    "create a fair file filled with made-up demo data": "新建一个装满虚构演示数据的投洽会文件",
    "show a fair's headline figures and record counts": "显示投洽会的主要数字和各类记录数",
    "copy a fair to another file (a USB stick), safely while in use":
        "把投洽会复制到另一个文件（如 U 盘），使用中也安全",
    "list a fair's backups (newest first), or make one now": "列出投洽会的备份（最新的在前），或立即备份",
    "restore a fair from one of its backups": "用某个备份恢复投洽会",
    "check a fair file's integrity, links and schema": "检查投洽会文件的完整性、记录关联和结构",
    "Create a new, empty fair file. An existing file is never overwritten.":
        "新建一个空的投洽会文件。已有的文件绝不会被覆盖。",
    "the new fair file, e.g. 2026-fair.fair": "新的投洽会文件，例如 2026-fair.fair",
    "the fair's name, e.g. '2026 临港投资洽谈会'": "投洽会名称，例如 “2026 临港投资洽谈会”",
    "Create a fair file with made-up guests, hotels, cars, checklists and signing projects, "
    "to try fairdesk or to train staff. The same seed always makes the same fair.":
        "新建一个投洽会文件，内含虚构的客商、酒店、车辆、检查清单和签约项目，用于试用 fairdesk "
        "或培训工作人员。同一个种子总是生成同样的数据。",
    "the new fair file (must not exist yet)": "新的投洽会文件（不能已存在）",
    "how many guests to make (default: 600)": "生成多少位客商（默认 600）",
    "seed for the made-up data (default: 2026)": "虚构数据的种子（默认 2026）",
    "Show the fair's name, its headline figures (guests, reception, security, signing) and "
    "how many records each area holds.":
        "显示投洽会的名称、主要数字（客商、接待、安保、签约）以及各部分的记录数。",
    "the fair file": "投洽会文件",
    "Write a consistent copy of the fair (SQLite's backup API), whole in one file, even while "
    "a desk has it open. An existing file is never overwritten. Copying the .fair with a file "
    "manager may miss the latest changes, which live in its -wal until written in.":
        "写出投洽会的一致副本（SQLite 备份接口），完整地放在一个文件里，即使某个服务台正打开着它。"
        "已有的文件绝不会被覆盖。用文件管理器复制 .fair 可能漏掉最新的修改，"
        "它们在写入前保存在 -wal 文件中。",
    "the copy: a new file name, or a folder": "副本：一个新文件名，或一个文件夹",
    "List the fair's automatic backups, newest first (made every 10 minutes while the window "
    "changes it, and before each import and restore). With --now, make one first.":
        "列出投洽会的自动备份，最新的在前（窗口中有修改时每 10 分钟一次，每次导入和恢复前也各一次）。"
        "加 --now 先备份一次。",
    "make a backup now": "立即备份",
    "Replace the fair's content by a backup's. The current state is backed up first, so a "
    "restore can itself be undone.":
        "用备份的内容替换投洽会的内容。当前状态先被备份，所以恢复本身也可以撤销。",
    "the backup file (see 'fairdesk backups')": "备份文件（见 “fairdesk backups”）",
    "Check that a fair file is sound: SQLite integrity, links between records (foreign keys), "
    "and tables and columns. Changes nothing. Exit status 0 when sound, 1 when problems are "
    "found.":
        "检查投洽会文件是否完好：SQLite 完整性、记录之间的关联（外键）、表和列。不做任何修改。"
        "完好时退出状态为 0，发现问题时为 1。",
    # commands/badges.py
    "print badges to a PDF (A6, lanyard, CR80, A4 8-up)": "把证件打印成 PDF（A6、挂绳式、CR80、A4 八合一）",
    "print folded table cards (席卡) to a PDF": "把折叠席卡打印成 PDF",
    "check a guest in by badge code": "凭证件码为客商报到",
    "the .fair file": "投洽会（.fair）文件",
    "the PDF to write": "要写出的 PDF",
    "a6 | lanyard | cr80 | a4-8up (default: setting)": "a6 | lanyard | cr80 | a4-8up（默认按设置）",
    "inviting unit (name or id)": "邀请单位（名称或编号）",
    "guest ids or reference codes": "客商编号或参考码",
    "add the back side (hotel, car, agenda; with --size layout, the layout's back when it has "
    "one)": "加印背面（酒店、车辆、议程；用 --size layout 时，版式设计了背面则按其背面）",
    "leave out guests whose badge was already printed": "跳过证件已打印过的客商",
    "a meal sitting id: its seating plan": "用餐场次编号：按其座位安排",
    "a signing ceremony session id: its signatories": "签约仪式场次编号：其签约人",
    "the name only": "只印姓名",
    "Check a guest in by the code on the badge (exit status 0 green, 4 amber: already checked "
    "in, 3 red). Only a signed badge code admits; --guest checks in a guest by id, on purpose.":
        "凭证件上的码为客商报到（退出状态 0 绿色，4 黄色：已报到，3 红色）。只有签名的证件码才能放行；"
        "--guest 按编号有意地为客商人工报到。",
    "the scanned badge code": "扫描到的证件码",
    "manual check-in of this guest (id or reference)": "为该客商人工报到（编号或参考码）",
    "session sign-in: the agenda session id": "场次签到：议程场次编号",
    "undo the desk's last check-in": "撤销本服务台的上一次报到",
    # commands/roster.py
    "list every clash in the reception roster (exit 1 if any)": "列出接待安排中的所有冲突（有冲突时退出状态为 1）",
    "rooming list per hotel (.pdf or .xlsx)": "各酒店的入住名单（.pdf 或 .xlsx）",
    "dispatch sheet per driver for a day": "某天各司机的派车单",
    "duty sheet per escort": "各陪同人员的工作单",
    "arrivals board for a day": "某天的抵达一览",
    "banquet table plan of a sitting": "某场宴会的桌次安排",
    "headcount and dietary needs per meal sitting": "各用餐场次的人数和饮食要求",
    "place attending guests without a room (preview)": "为尚无房间的参会客商安排房间（预览）",
    "pickup trips from the arrivals list (preview)": "按抵达名单安排接站车次（预览）",
    "seat a sitting's guests in protocol order (preview)": "按礼宾次序为某场次的客商排座（预览）",
    "X.pdf or X.xlsx": "X.pdf 或 X.xlsx",
    "only this hotel (name)": "只看这家酒店（名称）",
    "YYYY-MM-DD": "年-月-日（YYYY-MM-DD）",
    "only this driver (name)": "只看这位司机（姓名）",
    "only this day (YYYY-MM-DD)": "只看这一天（YYYY-MM-DD）",
    "only this escort (name)": "只看这位陪同人员（姓名）",
    "the sitting's name": "场次名称",
    "write the stays": "写入住宿安排",
    "only arrivals on this day": "只看这一天的抵达",
    "minutes grouped in one car": "同车合并的时间窗（分钟）",
    "write the trips": "写入车次",
    "write the seats": "写入座位",
    # commands/guests.py
    "import a guest list (.xlsx, .xls, .csv)": "导入客商名单（.xlsx、.xls、.csv）",
    "export the guest list to .xlsx or .csv": "把客商名单导出为 .xlsx 或 .csv",
    "each inviting unit against its targets": "各邀请单位的目标完成情况",
    "guests whose reply or arrival details are missing": "缺少回执或抵达信息的客商",
    "find guests by name, pinyin, organisation or phone": "按姓名、拼音、单位或电话查找客商",
    "the list sent by an inviting unit": "邀请单位报来的名单",
    "import the good rows and leave out rows with problems": "导入没有问题的行，跳过有问题的行",
    "write rows with problems to OUT (.xlsx/.csv)": "把有问题的行写到 OUT（.xlsx/.csv）",
    "inviting unit for rows that name none": "未写邀请单位的行所属的邀请单位",
    "check the file, write nothing": "只检查文件，不写入",
    "OUT.xlsx or OUT.csv": "OUT.xlsx 或 OUT.csv",
    "include phones, email, WeChat and ID numbers": "包括电话、邮箱、微信和证件号码",
    "also write it to OUT.xlsx or OUT.csv": "同时写到 OUT.xlsx 或 OUT.csv",
    "days to wait for a reply (default 7)": "等待回执的天数（默认 7）",
    # commands/photos.py
    "give a guest a photo (JPEG/PNG) for badges and the desk, or remove it":
        "为客商设置照片（JPEG/PNG），用于证件和服务台，或删除照片",
    "the guest's reference code or id": "客商的参考码或编号",
    "the photo (.jpg or .png)": "照片（.jpg 或 .png）",
    "remove the guest's photo": "删除客商的照片",
    # commands/security.py
    "daily security report (exit 1 unless all clear)": "安保工作日报（未全部合格时退出状态为 1）",
    "checklist sheet for a site, to carry on inspection": "某个点位的检查清单，检查时随身携带",
    "整改通知书 of a rectification": "某项整改的整改通知书",
    "checklist templates from or to .xlsx": "从 .xlsx 导入或导出检查清单模板",
    "apply the templates to sites": "把模板应用到各点位",
    "X.pdf or X.xlsx (items, inspections, rectifications)": "X.pdf 或 X.xlsx（检查项、检查记录、整改）",
    "as of the end of this day (YYYY-MM-DD)": "截至这一天结束（YYYY-MM-DD）",
    "the site's name or id": "点位名称或编号",
    "only this department (name, code or id)": "只看这个部门（名称、代码或编号）",
    "X.pdf": "X.pdf",
    "its number (7, 2026-7) or id": "其编号（7、2026-7）或记录编号",
    "print the re-inspection opinion (复查意见书) instead": "改为打印复查意见书",
    "X.xlsx to add or update from": "用来新增或更新的 X.xlsx",
    "X.xlsx to write": "要写出的 X.xlsx",
    "only this site (name or id)": "只看这个点位（名称或编号）",
    # roles and the audit log (commands/roles.py)
    "list, set or remove the committee's role PINs": "查看、设置或删除各角色的 PIN（组委会）",
    "search the audit log: who changed what, when, at which desk":
        "查询操作日志：谁在何时、在哪个工作台改了什么",
    "List the PINs set for the fair's roles (never the PINs themselves), or set or remove "
    "one. Once a PIN is set, bulk changes, reprints, deletions, settings and restores need "
    "the committee role. The new PIN is read from the terminal (or one line of standard "
    "input). the operator's role is FAIRDESK_ROLE (with FAIRDESK_PIN, FAIRDESK_DEPARTMENT)":
        "列出本投洽会已设置 PIN 的角色（从不显示 PIN 本身），或设置、删除某个 PIN。"
        "一旦设置了 PIN，批量修改、补打证件、删除记录、投洽会设置和恢复备份都需要组委会角色。"
        "新 PIN 从终端读取（或从标准输入读一行）。操作员的角色由 FAIRDESK_ROLE 指定"
        "（另有 FAIRDESK_PIN、FAIRDESK_DEPARTMENT）",
    "set the PIN of ROLE: reception, transport, security, signing, committee":
        "设置角色 ROLE 的 PIN：reception（接待）、transport（交通）、security（安保）、"
        "signing（签约）、committee（组委会）",
    "remove the PIN of ROLE": "删除角色 ROLE 的 PIN",
    "the PIN of one operator in the role (default: the whole role)":
        "只针对该角色中的某位操作员（默认：整个角色）",
    "Show the fair's audit log, newest first, searched by person, desk, area and day; "
    "with --out, write it to an .xlsx.":
        "显示投洽会的操作日志（最新的在前），可按人员、工作台、业务板块和日期查询；"
        "加 --out 写出为 .xlsx。",
    "part of the operator's name": "操作员姓名的一部分",
    "part of the desk's name": "工作台名称的一部分",
    "one of: guests, reception, security, signing, agenda, badges, settings":
        "以下之一：guests（嘉宾）、reception（接待）、security（安保）、signing（签约）、"
        "agenda（议程）、badges（证件）、settings（设置）",
    "from this day (fair time)": "从这一天起（投洽会时区）",
    "to this day, inclusive": "到这一天为止（含当天）",
    "rows shown (default 50; --out writes up to 2000)": "显示的行数（默认 50；--out 最多写出 2000 行）",
    "write the rows found to an .xlsx": "把查到的行写出为 .xlsx",
    # the signing desk (commands/signing.py)
    "import a county's list of signing projects": "导入县（市、区）报送的签约项目清单",
    "signing results per county against targets": "各县（市、区）签约成果与目标对比",
    "the ceremony's running order sheet (PDF)": "签约仪式签约顺序表（PDF）",
    "the MC's script (主持词) as PDF or .docx": "签约仪式主持词（PDF 或 .docx）",
    "the fair's exchange rates, or set one": "查看本投洽会的汇率，或设置一种货币的汇率",
    "the county's list, .xlsx or .csv": "县（市、区）的清单，.xlsx 或 .csv",
    "the county of rows that name none (name or id)": "未写明县区的行所属的县区（名称或编号）",
    "import the good rows; write the others to --rejects": "导入无误的行，其余写入 --rejects",
    "rejected rows to this .xlsx or .csv": "未导入的行写到这个 .xlsx 或 .csv",
    "check only, write nothing": "只检查，不写入",
    "X.pdf (A4 landscape) or X.xlsx": "X.pdf（A4 横向）或 X.xlsx",
    "also print the press figures": "同时输出新闻通稿数据",
    "the signing session (title, number or id; first)": "签约场次（名称、序号或编号；默认第一场）",
    "X.pdf or X.docx": "X.pdf 或 X.docx",
    "USD, EUR, HKD, JPY …": "USD、EUR、HKD、JPY ……",
    "CNY per one unit, e.g. 7.12": "每一单位外币折合人民币，例如 7.12",
    # letters and the badge layout (commands/guests.py, commands/badges.py)
    "print invitation letters (with reply slips) to a PDF": "打印邀请函（附回执）到 PDF",
    "a6 | lanyard | cr80 | a4-8up | layout (the fair's own badge layout; default: the setting)":
        "a6 | lanyard | cr80 | a4-8up | layout（本投洽会自己的证件版式；默认：按设置）",
    "inviting unit (name or id); repeatable": "邀请单位（名称或编号）；可重复",
    "invitation state; repeatable (default: every guest)": "邀请状态；可重复（默认：所有嘉宾）",
    # the agenda (commands/agenda.py)
    "the programme PDF (A4 or an A5 booklet)": "议程 PDF（A4 或 A5 小册子）",
    "personal itineraries (.pdf, one page each, or .ics)": "个人日程（.pdf 每人一页，或 .ics）",
    "a session's paper sign-in sheet (.pdf or .xlsx)": "一场议程的纸质签到表（.pdf 或 .xlsx）",
    "signed in / expected / no-shows per session": "每场议程的已签到 / 应到 / 缺席",
    "every clash of the agenda (exit 1 if any)": "议程的所有冲突（有冲突时退出码为 1）",
    "leave out the cover page": "不要封面",
    "leave out the sessions' descriptions": "不印议程简介",
    "do not start each day on a new page": "每天不另起一页",
    "guests by reference code or id": "嘉宾（编号或 ID）",
    "every attending guest, by inviting unit": "所有出席嘉宾，按邀请单位排列",
    "X.pdf or X.ics (several guests: X-CODE.ics)": "X.pdf 或 X.ics（多位嘉宾：X-编号.ics）",
    "the session's title or id": "议程名称或编号",
    "only this session (title or id)": "只看这一场（名称或编号）",
    "X.pdf or X.xlsx (else printed)": "X.pdf 或 X.xlsx（不写则输出到屏幕）",
    # several desks (commands/sync.py)
    'write what this desk has for another desk (a .fairsync file)':
        '把本台的数据写给另一台（.fairsync 文件）',
    'merge a .fairsync file from another desk, then list the review':
        '合并另一台的 .fairsync 文件，然后列出待核对事项',
    'exchange with the desks of this fair over the LAN, every few seconds':
        '通过局域网与本投洽会的其他台每隔几秒交换数据',
    'write every record as canonical, sorted JSON':
        '把每条记录写成规范、排序的 JSON',
    "Write this desk's changes to a .fairsync file for another desk of the same fair (a USB stick). It is encrypted with the fair's key. With --since-peer, only what was not yet sent to that desk.":
        '把本台的修改写成 .fairsync 文件，交给同一投洽会的另一台（用 U 盘）。文件用本投洽会的密钥加密。加 --since-peer 时只写尚未发给那一台的内容。',
    'the .fairsync file to write':
        '要写出的 .fairsync 文件',
    "the other desk's name: send only what is new since the last export to it":
        '另一台的名称：只发送上次导出给它之后的新内容',
    "Merge another desk's .fairsync file in one transaction (after a backup), then print what arrived and what needs review. Importing a file twice, or files in any order, gives the same fair.":
        '在一个事务中合并另一台的 .fairsync 文件（先做备份），然后列出收到的内容和待核对事项。同一文件导入两次，或以任何顺序导入多个文件，结果都相同。',
    'the .fairsync file':
        '.fairsync 文件',
    "Serve this desk's changes on the LAN and merge the other desks' every few seconds (encrypted with the fair's key), until Ctrl+C. Peers are given with --peer HOST:PORT or found with --discover (zeroconf).":
        '在局域网上提供本台的修改，并每隔几秒合并其他台的修改（用本投洽会的密钥加密），直到按 Ctrl+C。其他台用 --peer HOST:PORT 指定，或用 --discover（zeroconf）查找。',
    'the address to serve on':
        '监听的地址',
    'the port to serve on (default: any)':
        '监听的端口（默认：任意）',
    'find desks with zeroconf':
        '用 zeroconf 查找其他台',
    'seconds between rounds':
        '每轮之间的秒数',
    'stop after N rounds (0: never)':
        'N 轮后停止（0：不停止）',
    'Every record of the fair as sorted JSON (the form desks compare after exchanging; also an archive). To the screen, or to --out.':
        '投洽会的每条记录，排序后的 JSON（各台交换后用来比对；也可存档）。输出到屏幕，或写到 --out。',
    'write to this file':
        '写到这个文件',
    "only guests of this category (may be repeated)": "只印这一类别的客商（可重复给出）",
    "only guests in this invitation state (may be repeated)": "只印处于这一邀请状态的客商（可重复给出）",
    "the order of the badges: by inviting unit or by name": "证件的顺序：按邀请单位或按姓名",
    "the desk recorded with the check-in": "随报到一起记下的报到台",
    "a name, pinyin (zw, zhangwei), organisation or the last digits of a phone":
        "姓名、拼音（zw、zhangwei）、单位或手机号的末几位",
    "at most this many guests (default 20)": "最多列出多少位（默认 20）",
    "A4 pages, or A5 pages imposed two-up on A4 as a folded booklet":
        "A4 页面，或 A5 页面两版拼在 A4 上、对折成册",
    "the programme's language: Chinese, English or both": "议程的语言：中文、英文或中英对照",
    "another desk to exchange with (may be repeated)": "与之交换的另一台（可重复给出）",
}
