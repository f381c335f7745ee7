<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../fairdesk/gui/pages/dashboard.py" line="+71" />
      <source>Dashboard</source>
      <translation>总览</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Records</source>
      <translation>名单</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+50" />
      <source>Invited</source>
      <translation>受邀</translation>
    </message>
    <message>
      <location line="-49" />
      <location line="+49" />
      <source>Replied</source>
      <translation>回执</translation>
    </message>
    <message>
      <location line="-48" />
      <location line="+49" />
      <source>Attending</source>
      <translation>参会</translation>
    </message>
    <message>
      <location line="-48" />
      <location line="+48" />
      <source>Arrived</source>
      <translation>已报到</translation>
    </message>
    <message>
      <location line="-45" />
      <source>Department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Items</source>
      <translation>事项</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location line="+2" />
      <source>To rectify</source>
      <translation>待整改</translation>
    </message>
    <message>
      <location line="+41" />
      <source>Rooms assigned</source>
      <translation>已排房</translation>
    </message>
    <message>
      <location line="+0" />
      <location line="+39" />
      <source>Trips</source>
      <translation>行程</translation>
    </message>
    <message>
      <location line="-38" />
      <source>Security done</source>
      <translation>安保完成率</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Signed (100M CNY)</source>
      <translation>签约金额（亿元）</translation>
    </message>
    <message>
      <location line="+10" />
      <source>Guests by category</source>
      <translation>嘉宾（按类别）</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Security checklists by department</source>
      <translation>安全保卫检查（按部门）</translation>
    </message>
    <message>
      <location line="+18" />
      <source>Reception</source>
      <translation>接待保障</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Attending guests with a room</source>
      <translation>参会嘉宾已排房</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Hotels / rooms</source>
      <translation>酒店 / 房间</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Vehicles / drivers</source>
      <translation>车辆 / 驾驶员</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Escorts</source>
      <translation>引领陪同人员</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Guests with an escort</source>
      <translation>已安排陪同的嘉宾</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Meal sittings</source>
      <translation>用餐场次</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Signing ceremony</source>
      <translation>签约仪式</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Projects signed</source>
      <translation>签约项目</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Total investment</source>
      <translation>总投资</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Foreign capital</source>
      <translation>外资</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Domestic capital</source>
      <translation>内资</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Contract amount</source>
      <translation>合同金额</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Agenda</source>
      <translation>议程</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Sessions</source>
      <translation>议程场次</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Venues</source>
      <translation>会场</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Session sign-ins</source>
      <translation>会议签到人次</translation>
    </message>
    <message>
      <location line="+30" />
      <location line="+29" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location line="-26" />
      <source>of %1 records</source>
      <translation>名单共 %1 人</translation>
    </message>
    <message>
      <location line="+2" />
      <source>%1% of invited</source>
      <translation>占受邀 %1%</translation>
    </message>
    <message>
      <location line="+2" />
      <source>%1% of replies</source>
      <translation>占回执 %1%</translation>
    </message>
    <message>
      <location line="+2" />
      <source>%1% of attending</source>
      <translation>占参会 %1%</translation>
    </message>
    <message>
      <location line="+13" />
      <source>%1% of %2 attending</source>
      <translation>参会 %2 人中的 %1%</translation>
    </message>
    <message>
      <location line="+3" />
      <source>%1 vehicles</source>
      <translation>车辆 %1 台</translation>
    </message>
    <message>
      <location line="+8" />
      <source>%1 overdue</source>
      <translation>逾期 %1 项</translation>
    </message>
    <message>
      <location line="+1" />
      <source>%1 of %2 items</source>
      <translation>%2 项中完成 %1 项</translation>
    </message>
    <message>
      <location line="+4" />
      <source>100M CNY</source>
      <translation>亿元</translation>
    </message>
    <message>
      <location line="+12" />
      <source>%1% of target</source>
      <translation>完成目标 %1%</translation>
    </message>
    <message>
      <location line="+1" />
      <source>%1 projects signed</source>
      <translation>已签约 %1 个项目</translation>
    </message>
    <message>
      <location line="+6" />
      <source>%1 %2 (no target set)</source>
      <translation>%1 %2（未设目标）</translation>
    </message>
  </context>
  <context>
    <name>FairSettingsDialog</name>
    <message>
      <location filename="../../fairdesk/gui/fair_settings.py" line="+33" />
      <location line="+61" />
      <source>Fair settings</source>
      <translation>投洽会设置</translation>
    </message>
    <message>
      <location line="-45" />
      <source>not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Fair name</source>
      <translation>投洽会名称</translation>
    </message>
    <message>
      <location line="+0" />
      <source>English name</source>
      <translation>英文名称</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Opening day</source>
      <translation>开幕日期</translation>
    </message>
    <message>
      <location line="+0" />
      <source>Closing day</source>
      <translation>闭幕日期</translation>
    </message>
    <message>
      <location line="+1" />
      <source>City</source>
      <translation>举办城市</translation>
    </message>
    <message>
      <location line="+0" />
      <source>City (English)</source>
      <translation>举办城市（英文）</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Main venue</source>
      <translation>主会场</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Main venue (English)</source>
      <translation>主会场（英文）</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Organiser</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Organiser (English)</source>
      <translation>主办单位（英文）</translation>
    </message>
    <message>
      <location line="+6" />
      <source>These settings are saved in the fair file and travel with it.</source>
      <translation>这些设置保存在投洽会文件中，随文件一起复制。</translation>
    </message>
    <message>
      <location line="+35" />
      <source>The fair needs a name.</source>
      <translation>请填写投洽会名称。</translation>
    </message>
    <message>
      <location line="+5" />
      <source>The closing day cannot be before the opening day.</source>
      <translation>闭幕日期不能早于开幕日期。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../fairdesk/gui/main_window.py" line="+129" />
      <source>fairdesk — Investment Fair Desk</source>
      <translation>fairdesk — 投洽会现场工作台</translation>
    </message>
    <message>
      <location line="+3" />
      <source>(in memory)</source>
      <translation>（内存）</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Operator: %1 @ %2</source>
      <translation>操作员：%1 @ %2</translation>
    </message>
    <message>
      <location line="+20" />
      <source>Cannot open the fair</source>
      <translation>无法打开投洽会文件</translation>
    </message>
  </context>
  <context>
    <name>MenuBar</name>
    <message>
      <location filename="../../fairdesk/gui/menus.py" line="+86" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Settings</source>
      <translation>设置(&amp;S)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;New fair…</source>
      <translation>新建投洽会(&amp;N)…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Open &amp;recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Save a &amp;copy…</source>
      <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>S&amp;witch operator…</source>
      <translation>切换操作员(&amp;W)…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Fair settings…</source>
      <translation>投洽会设置(&amp;F)…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Language</source>
      <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Follow system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location line="+3" />
      <source>&amp;About fairdesk</source>
      <translation>关于 fairdesk(&amp;A)</translation>
    </message>
    <message>
      <location line="+17" />
      <source>New fair</source>
      <translation>新建投洽会</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+34" />
      <source>Fair files (*.fair)</source>
      <translation>投洽会文件 (*.fair)</translation>
    </message>
    <message>
      <location line="-27" />
      <source>Cannot create the fair</source>
      <translation>无法新建投洽会文件</translation>
    </message>
    <message>
      <location line="+6" />
      <source>Open fair</source>
      <translation>打开投洽会</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Fair files (*.fair);;All files (*)</source>
      <translation>投洽会文件 (*.fair);;所有文件 (*)</translation>
    </message>
    <message>
      <location line="+11" />
      <source>No recent fairs</source>
      <translation>没有最近打开的文件</translation>
    </message>
    <message>
      <location line="+8" />
      <source>Save a copy</source>
      <translation>另存副本</translation>
    </message>
    <message>
      <location line="+7" />
      <source>Cannot save a copy</source>
      <translation>无法另存副本</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Saved a copy to %1</source>
      <translation>副本已保存到 %1</translation>
    </message>
    <message>
      <location line="+20" />
      <source>About fairdesk</source>
      <translation>关于 fairdesk</translation>
    </message>
    <message>
      <location line="+1" />
      <source>fairdesk %1: runs a city's investment fair on site, offline.</source>
      <translation>fairdesk %1：投资洽谈会现场工作台，离线运行。</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../fairdesk/gui/signin.py" line="+26" />
      <source>Sign in</source>
      <translation>操作员登录</translation>
    </message>
    <message>
      <location line="+3" />
      <source>Your name</source>
      <translation>您的姓名</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Changes you make are recorded under your name and desk.</source>
      <translation>您所做的每项修改都将以您的姓名和岗位记录。</translation>
    </message>
    <message>
      <location line="+4" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Desk</source>
      <translation>岗位</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Laptop</source>
      <translation>电脑</translation>
    </message>
    <message>
      <location line="+5" />
      <source>Continue</source>
      <translation>继续</translation>
    </message>
  </context>
  <context>
    <name>StartPanel</name>
    <message>
      <location filename="../../fairdesk/gui/start.py" line="+30" />
      <source>Investment Fair Desk</source>
      <translation>投洽会现场工作台</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Create a new fair file or open an existing one.</source>
      <translation>新建一个投洽会文件，或打开已有文件。</translation>
    </message>
    <message>
      <location line="+2" />
      <source>New fair…</source>
      <translation>新建投洽会…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Recent fairs</source>
      <translation>最近打开</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../fairdesk/gui/errors.py" line="+44" />
      <source>Something went wrong: %1</source>
      <translation>出现意外错误：%1</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Your data is safe: each change is saved whole or not at all. The details are in %1.</source>
      <translation>数据是安全的：每项修改要么完整保存，要么完全不保存。详细信息见 %1。</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Unexpected error</source>
      <translation>意外错误</translation>
    </message>
  </context>
</TS>
