<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AgendaPage</name>
    <message>
      <source>Search sessions (title, venue, host)</source>
      <translation>搜索议程（名称、会场、主持）</translation>
    </message>
    <message>
      <source>New session…</source>
      <translation>新建议程…</translation>
    </message>
    <message>
      <source>Print programme…</source>
      <translation>打印议程…</translation>
    </message>
    <message>
      <source>Itineraries…</source>
      <translation>个人日程…</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>议程场次</translation>
    </message>
    <message>
      <source>Sign-in sheet…</source>
      <translation>签到表…</translation>
    </message>
    <message>
      <source>Attendance report…</source>
      <translation>出席报表…</translation>
    </message>
    <message>
      <source>Venues</source>
      <translation>会场</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>议程</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>clash (hover for the reason)</source>
      <translation>冲突（鼠标悬停查看原因）</translation>
    </message>
    <message>
      <source>Click a session to edit it; drag it to move it, or drag its right edge to change its end.</source>
      <translation>单击议程可编辑；拖动可调整时间，拖动右边缘可调整结束时间。</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出席情况</translation>
    </message>
    <message>
      <source>Clashes</source>
      <translation>冲突</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>会场</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主持</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>预计人数</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>容纳人数</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>英文名称</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>场次</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>已签到</translation>
    </message>
    <message>
      <source>No-shows</source>
      <translation>缺席</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Inviting unit</source>
      <translation>邀请单位</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Clashes: %1 · warnings: %2</source>
      <translation>冲突 %1 处 · 提醒 %2 处</translation>
    </message>
    <message>
      <source>No clashes</source>
      <translation>没有冲突</translation>
    </message>
    <message>
      <source>Clashes (%1)</source>
      <translation>冲突（%1）</translation>
    </message>
    <message>
      <source>holds %1</source>
      <translation>容纳 %1 人</translation>
    </message>
    <message>
      <source>Parallel routes</source>
      <translation>平行线路</translation>
    </message>
    <message>
      <source>No venue</source>
      <translation>未定会场</translation>
    </message>
    <message>
      <source>Choose a session to see who is missing.</source>
      <translation>选择一场议程，查看未签到的嘉宾。</translation>
    </message>
    <message>
      <source>Not signed in at %1: %2</source>
      <translation>%1未签到：%2 人</translation>
    </message>
    <message>
      <source>%1 has not begun, or no sign-in was taken.</source>
      <translation>%1尚未开始，或未进行签到。</translation>
    </message>
    <message>
      <source>Move session</source>
      <translation>调整议程时间</translation>
    </message>
    <message>
      <source>Programme…</source>
      <translation>议程…</translation>
    </message>
    <message>
      <source>Sign-in sheet of the chosen session</source>
      <translation>所选活动的签到表</translation>
    </message>
    <message>
      <source>Attendance report of the chosen session</source>
      <translation>所选活动的出席报表</translation>
    </message>
  </context>
  <context>
    <name>AgendaPrint</name>
    <message>
      <source>Programme</source>
      <translation>议程</translation>
    </message>
    <message>
      <source>Itineraries</source>
      <translation>个人日程</translation>
    </message>
    <message>
      <source>Calendar file</source>
      <translation>日历文件</translation>
    </message>
    <message>
      <source>Calendar (*.ics)</source>
      <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
      <source>Sign-in sheet</source>
      <translation>签到表</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出席情况</translation>
    </message>
  </context>
  <context>
    <name>ArrivalsPage</name>
    <message>
      <source>Print board…</source>
      <translation>打印抵达一览…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Preview the board and send it to a printer</source>
      <translation>预览抵达一览并送打印机打印</translation>
    </message>
    <message>
      <source>Export .xlsx…</source>
      <translation>导出 .xlsx…</translation>
    </message>
    <message>
      <source>Arrivals</source>
      <translation>抵达</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>MISSING</source>
      <translation>未安排</translation>
    </message>
    <message>
      <source>Pickup</source>
      <translation>接站</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>房间</translation>
    </message>
    <message>
      <source>Hour</source>
      <translation>时段</translation>
    </message>
    <message>
      <source>Arrives</source>
      <translation>抵达</translation>
    </message>
    <message>
      <source>Flight/train</source>
      <translation>航班/车次</translation>
    </message>
    <message>
      <source>Airport/station</source>
      <translation>机场/车站</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>嘉宾</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>%1 arriving · %2 without pickup · %3 without room</source>
      <translation>抵达 %1 人 · %2 人未派车 · %3 人未安排住宿</translation>
    </message>
    <message>
      <source>%1 pickups in a clash</source>
      <translation>%1 个接站有冲突</translation>
    </message>
  </context>
  <context>
    <name>AuditLog</name>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>操作员</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Desk</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>板块</translation>
    </message>
    <message>
      <source>Kind of record</source>
      <translation>记录类别</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Before → after</source>
      <translation>修改前 → 修改后</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>Search</source>
      <translation>查找</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>操作记录</translation>
    </message>
    <message>
      <source>any day</source>
      <translation>不限</translation>
    </message>
    <message>
      <source>Every change made to this fair: who, when, at which desk and in which role, what it was before and after.</source>
      <translation>本投洽会的每一项修改：谁、何时、在哪个岗位、以什么角色、修改前后各是什么。</translation>
    </message>
    <message>
      <source>anyone</source>
      <translation>任何人</translation>
    </message>
    <message>
      <source>any desk</source>
      <translation>任意岗位</translation>
    </message>
    <message>
      <source>all areas</source>
      <translation>全部板块</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>嘉宾</translation>
    </message>
    <message>
      <source>Reception</source>
      <translation>接待保障</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>安全保卫</translation>
    </message>
    <message>
      <source>Signing</source>
      <translation>签约</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>议程</translation>
    </message>
    <message>
      <source>Badges and check-in</source>
      <translation>证件与报到</translation>
    </message>
    <message>
      <source>Settings and operators</source>
      <translation>设置与操作员</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>操作员</translation>
    </message>
    <message>
      <source>Desk</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>板块</translation>
    </message>
    <message>
      <source>From</source>
      <translation>起</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>%1 changes shown, newest first.</source>
      <translation>显示 %1 条修改，最新的在前。</translation>
    </message>
    <message>
      <source>There are more: narrow the search to see older ones.</source>
      <translation>还有更多：缩小查找范围可看到更早的记录。</translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>导出操作记录</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>未导出</translation>
    </message>
    <message>
      <source>%1 changes exported to %2.</source>
      <translation>已将 %1 条修改导出到 %2。</translation>
    </message>
  </context>
  <context>
    <name>BadgeDialog</name>
    <message>
      <source>Print badges</source>
      <translation>打印证件</translation>
    </message>
    <message>
      <source>The fair's badge layout</source>
      <translation>本投洽会的证件版式</translation>
    </message>
    <message>
      <source>Size:</source>
      <translation>尺寸：</translation>
    </message>
    <message>
      <source>By inviting unit, then name</source>
      <translation>按邀请单位，再按姓名</translation>
    </message>
    <message>
      <source>By name</source>
      <translation>按姓名</translation>
    </message>
    <message>
      <source>Order:</source>
      <translation>排序：</translation>
    </message>
    <message>
      <source>Print the back side (hotel, car, agenda)</source>
      <translation>打印背面（住宿、用车、日程）</translation>
    </message>
    <message>
      <source>Skip guests whose badge is already printed</source>
      <translation>跳过证件已打印的嘉宾</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Proof print…</source>
      <translation>打样…</translation>
    </message>
    <message>
      <source>A sample of the layout on plain paper: its codes do not admit, nothing is issued</source>
      <translation>用普通纸打印版式样张：样张上的码不能入场，不发放也不作废任何证件</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>嘉宾</translation>
    </message>
    <message>
      <source>The selected guests (%1)</source>
      <translation>选中的嘉宾（%1 位）</translation>
    </message>
    <message>
      <source>Everyone the search and filters show (%1)</source>
      <translation>当前搜索和筛选显示的全部嘉宾（%1 位）</translation>
    </message>
    <message>
      <source>A6 (105 × 148 mm)</source>
      <translation>A6 胸卡（105 × 148 毫米）</translation>
    </message>
    <message>
      <source>Lanyard card (90 × 130 mm)</source>
      <translation>挂绳证（90 × 130 毫米）</translation>
    </message>
    <message>
      <source>CR80 card (85.6 × 54 mm)</source>
      <translation>CR80 卡片（85.6 × 54 毫米）</translation>
    </message>
    <message>
      <source>A4 sheet, 8 per page (90 × 54 mm, crop marks)</source>
      <translation>A4 八拼（90 × 54 毫米，带裁切线）</translation>
    </message>
    <message>
      <source>A6</source>
      <translation>A6 胸卡</translation>
    </message>
    <message>
      <source>lanyard cards</source>
      <translation>挂绳证</translation>
    </message>
    <message>
      <source>CR80 cards</source>
      <translation>CR80 卡片</translation>
    </message>
    <message>
      <source>A4 8-up</source>
      <translation>A4 八拼</translation>
    </message>
    <message>
      <source>the fair's layout</source>
      <translation>自定义版式</translation>
    </message>
    <message>
      <source>%1 badge(s) will be printed.</source>
      <translation>将打印 %1 张证件。</translation>
    </message>
    <message>
      <source>%1 of them were printed before: printing again voids the old badges.</source>
      <translation>其中 %1 张以前打印过：重印后旧证件作废。</translation>
    </message>
    <message>
      <source>%1 skipped: their badge is already printed.</source>
      <translation>跳过 %1 位：证件已打印。</translation>
    </message>
    <message>
      <source>Save the proof</source>
      <translation>保存样张</translation>
    </message>
    <message>
      <source>Proof ready (%1 page(s)), its codes do not admit: %2</source>
      <translation>样张已生成（%1 页），其上的码不能入场：%2</translation>
    </message>
    <message>
      <source>%1 declined</source>
      <translation>%1 位回执不参加</translation>
    </message>
    <message>
      <source>%1 cancelled</source>
      <translation>%1 位已取消</translation>
    </message>
    <message>
      <source>, </source>
      <translation>，</translation>
    </message>
    <message>
      <source>%1 guest(s) get no badge: %2.</source>
      <translation>%1 位嘉宾不打印证件：%2。</translation>
    </message>
    <message>
      <source>There are no badges to print.</source>
      <translation>没有要打印的证件。</translation>
    </message>
    <message>
      <source>Save the badges</source>
      <translation>保存证件</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Printed %1 badge(s) (%2), %3 page(s): %4</source>
      <translation>已打印 %1 张证件（%2），共 %3 页：%4</translation>
    </message>
  </context>
  <context>
    <name>BadgeLayoutPage</name>
    <message>
      <source>Badge layout</source>
      <translation>证件版式</translation>
    </message>
    <message>
      <source>Card stock:</source>
      <translation>证件纸张：</translation>
    </message>
    <message>
      <source>Front</source>
      <translation>正面</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>背面</translation>
    </message>
    <message>
      <source>Use the fixed back</source>
      <translation>改用固定背面</translation>
    </message>
    <message>
      <source>Side:</source>
      <translation>正反面：</translation>
    </message>
    <message>
      <source>Top band (mm):</source>
      <translation>顶部色带（毫米）：</translation>
    </message>
    <message>
      <source>Bottom band (mm):</source>
      <translation>底部色带（毫米）：</translation>
    </message>
    <message>
      <source>Emblem…</source>
      <translation>会徽……</translation>
    </message>
    <message>
      <source>Pre-printed artwork…</source>
      <translation>预印底图……</translation>
    </message>
    <message>
      <source>Print the artwork (plain card stock)</source>
      <translation>打印底图（白卡纸）</translation>
    </message>
    <message>
      <source>Images:</source>
      <translation>图片：</translation>
    </message>
    <message>
      <source>Add field</source>
      <translation>添加字段</translation>
    </message>
    <message>
      <source>Remove selected field</source>
      <translation>删除所选字段</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <source>Save layout</source>
      <translation>保存版式</translation>
    </message>
    <message>
      <source>x
mm</source>
      <translation>横向
毫米</translation>
    </message>
    <message>
      <source>y
mm</source>
      <translation>纵向
毫米</translation>
    </message>
    <message>
      <source>width
mm</source>
      <translation>宽
毫米</translation>
    </message>
    <message>
      <source>height
mm</source>
      <translation>高
毫米</translation>
    </message>
    <message>
      <source>size
pt</source>
      <translation>字号</translation>
    </message>
    <message>
      <source>min
pt</source>
      <translation>最小
字号</translation>
    </message>
    <message>
      <source>No fields on the back: the fixed back prints (hotel, car, escort, agenda). Add fields, or start this side from the default.</source>
      <translation>背面没有字段：打印固定背面（住宿、用车、陪同、日程）。可添加字段，或恢复默认背面。</translation>
    </message>
    <message>
      <source>Print the fixed sizes again</source>
      <translation>改回固定尺寸</translation>
    </message>
    <message>
      <source>left</source>
      <translation>左对齐</translation>
    </message>
    <message>
      <source>centre</source>
      <translation>居中</translation>
    </message>
    <message>
      <source>right</source>
      <translation>右对齐</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>align</source>
      <translation>对齐</translation>
    </message>
    <message>
      <source>colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <source>Side not changed</source>
      <translation>未切换正反面</translation>
    </message>
    <message>
      <source>Choose an image</source>
      <translation>选择图片</translation>
    </message>
    <message>
      <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
      <translation>图片和 PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
      <source>Image not used</source>
      <translation>图片未采用</translation>
    </message>
    <message>
      <source>Layout not saved</source>
      <translation>版式未保存</translation>
    </message>
    <message>
      <source>Saved: badges printed as "the fair's layout" use it, in the window and on the command line.</source>
      <translation>已保存：选择“本投洽会的证件版式”打印时（窗口和命令行）都用此版式。</translation>
    </message>
    <message>
      <source>Field not added</source>
      <translation>字段未添加</translation>
    </message>
    <message>
      <source>Field not removed</source>
      <translation>字段未删除</translation>
    </message>
    <message>
      <source>This side from the default</source>
      <translation>此面恢复默认</translation>
    </message>
    <message>
      <source>The fair prints its fixed badge sizes again.</source>
      <translation>已改回固定尺寸的证件。</translation>
    </message>
    <message>
      <source>Every field of these guests fits its box.</source>
      <translation>这些嘉宾的每个字段都放得下。</translation>
    </message>
  </context>
  <context>
    <name>BadgePrinting</name>
    <message>
      <source>… and %1 more.</source>
      <translation>……另有 %1 张。</translation>
    </message>
    <message>
      <source>Print with blanks?</source>
      <translation>有无法打印的字，仍要打印？</translation>
    </message>
    <message>
      <source>No bundled font has some characters of these guests; they would print as blanks. Print anyway?</source>
      <translation>以下嘉宾的部分文字没有字体可以打印，将印成空白。仍要打印吗？</translation>
    </message>
    <message>
      <source>Reprint badges?</source>
      <translation>重新打印证件？</translation>
    </message>
    <message>
      <source>%1 guest(s) already hold a printed badge. Printing again voids those badges: each of these guests will need their new badge, and the old one scans red at the door.</source>
      <translation>%1 位嘉宾已领到打印好的证件。再次打印将使这些证件作废：这些嘉宾都需要领取新证件，旧证件在门口扫码时显示红色。</translation>
    </message>
    <message>
      <source>Drawing badges…</source>
      <translation>正在生成证件……</translation>
    </message>
    <message>
      <source>Proof print</source>
      <translation>打样</translation>
    </message>
    <message>
      <source>Badges not printed</source>
      <translation>证件未打印</translation>
    </message>
  </context>
  <context>
    <name>CameraScanner</name>
    <message>
      <source>Webcam scanner</source>
      <translation>摄像头扫码</translation>
    </message>
    <message>
      <source>Hold the badge's QR code up to the camera.</source>
      <translation>请将证件上的二维码对准摄像头。</translation>
    </message>
    <message>
      <source>No camera support is installed.</source>
      <translation>未安装摄像头支持。</translation>
    </message>
  </context>
  <context>
    <name>ChangeHistoryBox</name>
    <message>
      <source>Change history (%1)</source>
      <translation>修改记录（%1）</translation>
    </message>
  </context>
  <context>
    <name>ChartsPanel</name>
    <message>
      <source>Arrivals and check-ins by hour</source>
      <translation>各时段抵达与报到</translation>
    </message>
    <message>
      <source>Replies received</source>
      <translation>回执回收</translation>
    </message>
    <message>
      <source>Rooms assigned</source>
      <translation>已排房</translation>
    </message>
    <message>
      <source>Security checks done (%)</source>
      <translation>安保检查完成率（%）</translation>
    </message>
    <message>
      <source>Signed by county against target (100 million yuan)</source>
      <translation>各县区签约额与目标（亿元）</translation>
    </message>
    <message>
      <source>Arrivals and check-ins by hour, %1</source>
      <translation>各时段抵达与报到（%1）</translation>
    </message>
    <message>
      <source>Arrivals</source>
      <translation>抵达</translation>
    </message>
    <message>
      <source>Checked in</source>
      <translation>报到成功</translation>
    </message>
    <message>
      <source>Attending</source>
      <translation>参会</translation>
    </message>
    <message>
      <source>With a room</source>
      <translation>已排房</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>已签约</translation>
    </message>
  </context>
  <context>
    <name>CheckInCard</name>
    <message>
      <source>Hotel and room</source>
      <translation>酒店及房间</translation>
    </message>
    <message>
      <source>Car and driver</source>
      <translation>车辆及驾驶员</translation>
    </message>
    <message>
      <source>Escort</source>
      <translation>引领陪同</translation>
    </message>
    <message>
      <source>Notes for the desk</source>
      <translation>报到台提示</translation>
    </message>
    <message>
      <source>Ready: scan a badge</source>
      <translation>就绪：请扫描证件</translation>
    </message>
    <message>
      <source>Waiting for a scan</source>
      <translation>等待扫码</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>照片</translation>
    </message>
    <message>
      <source>Already signed in</source>
      <translation>已签到过</translation>
    </message>
    <message>
      <source>First at %1, desk %2</source>
      <translation>首次：%1，%2</translation>
    </message>
    <message>
      <source>Cannot check in</source>
      <translation>不能报到</translation>
    </message>
    <message>
      <source>Not signed in yet</source>
      <translation>尚未签到</translation>
    </message>
    <message>
      <source>Not checked in yet</source>
      <translation>尚未报到</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>签到成功</translation>
    </message>
    <message>
      <source>Checked in</source>
      <translation>报到成功</translation>
    </message>
    <message>
      <source>Already checked in</source>
      <translation>已报到过</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>不予通过</translation>
    </message>
    <message>
      <source>Welcome!</source>
      <translation>欢迎！</translation>
    </message>
    <message>
      <source>No guest for this code</source>
      <translation>此码无对应嘉宾</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>无照片</translation>
    </message>
  </context>
  <context>
    <name>CheckInPage</name>
    <message>
      <source>Check-in desk</source>
      <translation>报到签到</translation>
    </message>
    <message>
      <source>Desk name</source>
      <translation>报到台名称</translation>
    </message>
    <message>
      <source>Webcam</source>
      <translation>摄像头</translation>
    </message>
    <message>
      <source>Full screen (F11)</source>
      <translation>全屏（F11）</translation>
    </message>
    <message>
      <source>Desk</source>
      <translation>报到台</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>模式</translation>
    </message>
    <message>
      <source>Name, pinyin or badge code</source>
      <translation>姓名、拼音或证件码</translation>
    </message>
    <message>
      <source>↓↑ choose · Enter shows the card · Ctrl+Enter checks in · Esc clears</source>
      <translation>↓↑ 选择 · 回车显示信息卡 · Ctrl+回车报到 · Esc 清空</translation>
    </message>
    <message>
      <source>Check in (Ctrl+Enter)</source>
      <translation>报到（Ctrl+回车）</translation>
    </message>
    <message>
      <source>Check in the selected guest</source>
      <translation>为所选嘉宾报到</translation>
    </message>
    <message>
      <source>Print a new badge</source>
      <translation>补打证件</translation>
    </message>
    <message>
      <source>Print a new badge for the selected guest</source>
      <translation>为所选嘉宾补打证件</translation>
    </message>
    <message>
      <source>Print the selected guest's itinerary</source>
      <translation>打印所选嘉宾的个人日程</translation>
    </message>
    <message>
      <source>Undo the last check-in</source>
      <translation>撤销上一次报到</translation>
    </message>
    <message>
      <source>Walk-in… (Ctrl+Shift+N)</source>
      <translation>现场登记…（Ctrl+Shift+N）</translation>
    </message>
    <message>
      <source>Register a guest who is not on the list, check them in and print their badge</source>
      <translation>登记名单外的嘉宾，当即报到并打印证件</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>查找</translation>
    </message>
    <message>
      <source>Recent scans</source>
      <translation>最近扫码</translation>
    </message>
    <message>
      <source>Door 1</source>
      <translation>1号门</translation>
    </message>
    <message>
      <source>Registration (arrival)</source>
      <translation>报到（抵达）</translation>
    </message>
    <message>
      <source>Sign-in: %1 %2</source>
      <translation>签到：%1 %2</translation>
    </message>
    <message>
      <source>Signed in: %1</source>
      <translation>已签到：%1</translation>
    </message>
    <message>
      <source>Arrived %1 / expected %2 · today %3 / %4</source>
      <translation>已报到 %1 / 应到 %2 · 今日 %3 / %4</translation>
    </message>
    <message>
      <source>(unknown)</source>
      <translation>（未知）</translation>
    </message>
    <message>
      <source>Ctrl+Enter signs them in</source>
      <translation>按 Ctrl+回车 签到</translation>
    </message>
    <message>
      <source>Ctrl+Enter checks them in</source>
      <translation>按 Ctrl+回车 报到</translation>
    </message>
    <message>
      <source>Save the badge</source>
      <translation>保存证件</translation>
    </message>
    <message>
      <source>Badge ready to print: %1</source>
      <translation>证件已可打印：%1</translation>
    </message>
    <message>
      <source>Nothing to undo at this desk.</source>
      <translation>本报到台没有可撤销的操作。</translation>
    </message>
  </context>
  <context>
    <name>ColumnsPage</name>
    <message>
      <source>Check the columns</source>
      <translation>核对各列</translation>
    </message>
    <message>
      <source>fairdesk guessed what each column holds. Correct any guess; columns set to “not imported” are left out.</source>
      <translation>系统已猜测每一列的内容，如有不对请更正；设为“不导入”的列将被忽略。</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>文件中的列</translation>
    </message>
    <message>
      <source>Imported as</source>
      <translation>导入为</translation>
    </message>
    <message>
      <source>First values</source>
      <translation>前几行内容</translation>
    </message>
    <message>
      <source>(no header)</source>
      <translation>（无表头）</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— 不导入 —</translation>
    </message>
  </context>
  <context>
    <name>CompanionsBox</name>
    <message>
      <source>Companions</source>
      <translation>随行人员</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>身份</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Relation (e.g. secretary)</source>
      <translation>身份（如秘书）</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>删除所选</translation>
    </message>
  </context>
  <context>
    <name>CountiesTab</name>
    <message>
      <source>Copy press figures</source>
      <translation>复制新闻通稿数据</translation>
    </message>
    <message>
      <source>Letters of intent count in the totals</source>
      <translation>意向项目计入签约总额</translation>
    </message>
    <message>
      <source>Breakdown</source>
      <translation>分类</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Total (¥100M)</source>
      <translation>总投资（亿元）</translation>
    </message>
    <message>
      <source>Foreign</source>
      <translation>外资</translation>
    </message>
    <message>
      <source>Domestic</source>
      <translation>内资</translation>
    </message>
    <message>
      <source>Contract</source>
      <translation>合同金额</translation>
    </message>
    <message>
      <source>≥ ¥50M</source>
      <translation>5000万元以上</translation>
    </message>
    <message>
      <source>≥ ¥100M</source>
      <translation>1亿元以上</translation>
    </message>
    <message>
      <source>Counties against their targets</source>
      <translation>各县区目标完成情况</translation>
    </message>
    <message>
      <source>Press figures</source>
      <translation>新闻通稿数据</translation>
    </message>
    <message>
      <source>County</source>
      <translation>县区</translation>
    </message>
    <message>
      <source>Projects signed</source>
      <translation>已签约项目</translation>
    </message>
    <message>
      <source>Total investment</source>
      <translation>总投资</translation>
    </message>
    <message>
      <source>Foreign capital</source>
      <translation>外资</translation>
    </message>
    <message>
      <source>Planned to sign</source>
      <translation>拟签约（个 · 亿元）</translation>
    </message>
    <message>
      <source>¥100M</source>
      <translation>亿元</translation>
    </message>
    <message>
      <source>City total</source>
      <translation>全市合计</translation>
    </message>
    <message>
      <source>By sector</source>
      <translation>按产业领域</translation>
    </message>
    <message>
      <source>By document</source>
      <translation>按签约类型</translation>
    </message>
    <message>
      <source>By capital</source>
      <translation>按资金来源</translation>
    </message>
    <message>
      <source>Setting not changed</source>
      <translation>设置未更改</translation>
    </message>
    <message>
      <source>(no target)</source>
      <translation>（未设目标）</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>Dashboard</source>
      <translation>总览</translation>
    </message>
    <message>
      <source>Open this area</source>
      <translation>点击查看详情</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>名单</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>受邀</translation>
    </message>
    <message>
      <source>Replied</source>
      <translation>回执</translation>
    </message>
    <message>
      <source>Attending</source>
      <translation>参会</translation>
    </message>
    <message>
      <source>Arrived</source>
      <translation>已报到</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>To rectify</source>
      <translation>待整改</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>图表</translation>
    </message>
    <message>
      <source>Wall view</source>
      <translation>大屏显示</translation>
    </message>
    <message>
      <source>Rooms assigned</source>
      <translation>已排房</translation>
    </message>
    <message>
      <source>Trips</source>
      <translation>行程</translation>
    </message>
    <message>
      <source>Security done</source>
      <translation>安保完成率</translation>
    </message>
    <message>
      <source>Total invested</source>
      <translation>签约总投资</translation>
    </message>
    <message>
      <source>Guests by category</source>
      <translation>嘉宾（按类别）</translation>
    </message>
    <message>
      <source>Security checklists by department</source>
      <translation>安全保卫检查（按部门）</translation>
    </message>
    <message>
      <source>Reception</source>
      <translation>接待保障</translation>
    </message>
    <message>
      <source>Attending guests with a room</source>
      <translation>参会嘉宾已排房</translation>
    </message>
    <message>
      <source>Hotels / rooms</source>
      <translation>酒店 / 房间</translation>
    </message>
    <message>
      <source>Vehicles / drivers</source>
      <translation>车辆 / 驾驶员</translation>
    </message>
    <message>
      <source>Escorts</source>
      <translation>引领陪同人员</translation>
    </message>
    <message>
      <source>Guests with an escort</source>
      <translation>已安排陪同的嘉宾</translation>
    </message>
    <message>
      <source>Meal sittings</source>
      <translation>用餐场次</translation>
    </message>
    <message>
      <source>Signing ceremony</source>
      <translation>签约仪式</translation>
    </message>
    <message>
      <source>Projects registered</source>
      <translation>登记项目</translation>
    </message>
    <message>
      <source>Projects signed</source>
      <translation>已签约项目</translation>
    </message>
    <message>
      <source>Total investment</source>
      <translation>总投资</translation>
    </message>
    <message>
      <source>Foreign capital</source>
      <translation>外资</translation>
    </message>
    <message>
      <source>Domestic capital</source>
      <translation>内资</translation>
    </message>
    <message>
      <source>Contract amount</source>
      <translation>合同金额</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>议程</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>议程场次</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <source>Venues</source>
      <translation>会场</translation>
    </message>
    <message>
      <source>Session sign-ins</source>
      <translation>会议签到人次</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>of %1 records</source>
      <translation>名单共 %1 人</translation>
    </message>
    <message>
      <source>%1% of invited</source>
      <translation>占受邀 %1%</translation>
    </message>
    <message>
      <source>%1% of replies</source>
      <translation>占回执 %1%</translation>
    </message>
    <message>
      <source>%1% of attending</source>
      <translation>占参会 %1%</translation>
    </message>
    <message>
      <source>%1 vehicles</source>
      <translation>车辆 %1 台</translation>
    </message>
    <message>
      <source>%1 overdue</source>
      <translation>逾期 %1 项</translation>
    </message>
    <message>
      <source>%1 of %2 items</source>
      <translation>完成 %1/%2 项</translation>
    </message>
    <message>
      <source>100M CNY</source>
      <translation>亿元</translation>
    </message>
    <message>
      <source>¥100M · %1%</source>
      <translation>亿元 · 完成 %1%</translation>
    </message>
    <message>
      <source>¥100M · %1 signed</source>
      <translation>亿元 · 签约 %1 个</translation>
    </message>
    <message>
      <source>%1 %2 (no target set)</source>
      <translation>%1 %2（未设目标）</translation>
    </message>
  </context>
  <context>
    <name>DayTimeline</name>
    <message>
      <source>Passengers: %1</source>
      <translation>乘车 %1 人</translation>
    </message>
  </context>
  <context>
    <name>EscortsPage</name>
    <message>
      <source>Escorts</source>
      <translation>引领陪同人员</translation>
    </message>
    <message>
      <source>Accompanies</source>
      <translation>陪同对象</translation>
    </message>
    <message>
      <source>Assign escort…</source>
      <translation>安排陪同…</translation>
    </message>
    <message>
      <source>Print escort sheets…</source>
      <translation>打印陪同工作单…</translation>
    </message>
    <message>
      <source>Guiding and escort</source>
      <translation>引领陪同</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>语种</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>陪同人数</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>嘉宾</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>From</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>职责</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Arrives</source>
      <translation>抵达</translation>
    </message>
    <message>
      <source>VIPs and officials without an escort (%1)</source>
      <translation>尚无陪同的贵宾和领导（%1）</translation>
    </message>
  </context>
  <context>
    <name>FairSettingsDialog</name>
    <message>
      <source>Fair settings</source>
      <translation>投洽会设置</translation>
    </message>
    <message>
      <source>at the host's right (seat 2)</source>
      <translation>主人右侧（2 号座）</translation>
    </message>
    <message>
      <source>at the host's left (the last seat)</source>
      <translation>主人左侧（最后一个座位）</translation>
    </message>
    <message>
      <source> hours before the first guest or session</source>
      <translation> 小时（首位嘉宾抵达或首场活动前）</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <source>Fair name</source>
      <translation>投洽会名称</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>英文名称</translation>
    </message>
    <message>
      <source>Opening day</source>
      <translation>开幕日期</translation>
    </message>
    <message>
      <source>Closing day</source>
      <translation>闭幕日期</translation>
    </message>
    <message>
      <source>City</source>
      <translation>举办城市</translation>
    </message>
    <message>
      <source>City (English)</source>
      <translation>举办城市（英文）</translation>
    </message>
    <message>
      <source>Main venue</source>
      <translation>主会场</translation>
    </message>
    <message>
      <source>Main venue (English)</source>
      <translation>主会场（英文）</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <source>Organiser (English)</source>
      <translation>主办单位（英文）</translation>
    </message>
    <message>
      <source>Head table: principal guest sits</source>
      <translation>主桌主宾座位</translation>
    </message>
    <message>
      <source>Sites cleared by security</source>
      <translation>点位安保会签完毕</translation>
    </message>
    <message>
      <source>These settings are saved in the fair file and travel with it.</source>
      <translation>这些设置保存在投洽会文件中，随文件一起复制。</translation>
    </message>
    <message>
      <source>The fair needs a name.</source>
      <translation>请填写投洽会名称。</translation>
    </message>
    <message>
      <source>The closing day cannot be before the opening day.</source>
      <translation>闭幕日期不能早于开幕日期。</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>Choose the guest list</source>
      <translation>选择嘉宾名单</translation>
    </message>
    <message>
      <source>An .xlsx or .csv as the inviting units send it: the header row is found wherever it is, Chinese or English.</source>
      <translation>邀请单位报送的 .xlsx 或 .csv 名单均可：表头在哪一行、中文或英文，都能自动识别。</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>文件：</translation>
    </message>
    <message>
      <source>Inviting unit for rows that do not name one:</source>
      <translation>未填写邀请单位的行归入：</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（不指定）</translation>
    </message>
    <message>
      <source>Guest lists (*.xlsx *.xls *.csv)</source>
      <translation>嘉宾名单 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
      <source>Reading %1…</source>
      <translation>正在读取 %1…</translation>
    </message>
    <message>
      <source>Sheet “%1”: header found on row %2; %3 rows of data, %4 columns.</source>
      <translation>工作表“%1”：表头在第 %2 行；数据 %3 行，%4 列。</translation>
    </message>
  </context>
  <context>
    <name>FollowUpView</name>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>Invited guests with no reply after</source>
      <translation>已邀请但未回执超过</translation>
    </message>
    <message>
      <source>Double-click a guest to open them.</source>
      <translation>双击嘉宾可打开详情。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Inviting unit</source>
      <translation>邀请单位</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>State</source>
      <translation>邀请状态</translation>
    </message>
    <message>
      <source>Letter sent</source>
      <translation>邀请函发出</translation>
    </message>
    <message>
      <source>Days waiting</source>
      <translation>已等待天数</translation>
    </message>
    <message>
      <source>Replied on</source>
      <translation>回执日期</translation>
    </message>
    <message>
      <source>No reply (%1)</source>
      <translation>未回执（%1）</translation>
    </message>
    <message>
      <source>Undecided (%1)</source>
      <translation>待定（%1）</translation>
    </message>
    <message>
      <source>Attending, no arrival details (%1)</source>
      <translation>参加但无抵达信息（%1）</translation>
    </message>
  </context>
  <context>
    <name>GuestActions</name>
    <message>
      <source>No inviting unit</source>
      <translation>不指定邀请单位</translation>
    </message>
    <message>
      <source>No state was changed. %1</source>
      <translation>未修改任何状态。%1</translation>
    </message>
    <message>
      <source>%1 guest(s) now: %2</source>
      <translation>%1 位嘉宾已改为：%2</translation>
    </message>
    <message>
      <source>Move %1 guest(s) to %2? (%3 already there.) Edit → Undo (Ctrl+Z) takes it back.</source>
      <translation>将 %1 位嘉宾改为“%2”吗？（另有 %3 位已是该状态。）可用“编辑 → 撤销”（Ctrl+Z）恢复。</translation>
    </message>
    <message>
      <source>Change state</source>
      <translation>修改状态</translation>
    </message>
    <message>
      <source>Inviting unit set for %1 guest(s).</source>
      <translation>已为 %1 位嘉宾设置邀请单位。</translation>
    </message>
    <message>
      <source>Save invitation letters</source>
      <translation>保存邀请函</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Printing %1 letter(s)…</source>
      <translation>正在生成 %1 份邀请函…</translation>
    </message>
    <message>
      <source>%1 letter(s) written to %2</source>
      <translation>已生成 %1 份邀请函：%2</translation>
    </message>
    <message>
      <source>Badges are still being drawn: wait for them to finish.</source>
      <translation>证件仍在生成中，请等待完成。</translation>
    </message>
    <message>
      <source>%1 table card(s) written to %2</source>
      <translation>已生成 %1 张席卡：%2</translation>
    </message>
    <message>
      <source>Export guests</source>
      <translation>导出嘉宾名单</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>%1 guest(s) exported to %2</source>
      <translation>已导出 %1 位嘉宾：%2</translation>
    </message>
    <message>
      <source>Select the two guests to merge (two rows of the list).</source>
      <translation>请在列表中选择要合并的两位嘉宾（两行）。</translation>
    </message>
    <message>
      <source>The two guests are now one: %1.</source>
      <translation>两位嘉宾已合并为一位：%1。</translation>
    </message>
    <message>
      <source>Select one guest to delete.</source>
      <translation>请选择要删除的一位嘉宾。</translation>
    </message>
    <message>
      <source>Delete %1 (%2)?</source>
      <translation>删除 %1（%2）吗？</translation>
    </message>
    <message>
      <source>Deleted with the guest: %1.</source>
      <translation>将随该嘉宾一并删除：%1。</translation>
    </message>
    <message>
      <source>Kept, no longer linked to the guest: %1.</source>
      <translation>保留，但不再关联该嘉宾：%1。</translation>
    </message>
    <message>
      <source>The audit log keeps the record of the deletion.</source>
      <translation>操作记录中会保留这次删除。</translation>
    </message>
    <message>
      <source>Delete guest</source>
      <translation>删除嘉宾</translation>
    </message>
    <message>
      <source>%1 was deleted.</source>
      <translation>已删除 %1。</translation>
    </message>
    <message>
      <source>Select one or more guests first.</source>
      <translation>请先选择嘉宾。</translation>
    </message>
  </context>
  <context>
    <name>GuestChainView</name>
    <message>
      <source>Choose a guest to see their stay, trips and escort.</source>
      <translation>选择嘉宾，查看其住宿、用车和陪同。</translation>
    </message>
    <message>
      <source>Arrives %1</source>
      <translation>抵达：%1</translation>
    </message>
    <message>
      <source>Stay</source>
      <translation>住宿</translation>
    </message>
    <message>
      <source>No room yet</source>
      <translation>尚未安排住宿</translation>
    </message>
    <message>
      <source>Trips</source>
      <translation>行程</translation>
    </message>
    <message>
      <source>No trip booked</source>
      <translation>尚未安排用车</translation>
    </message>
    <message>
      <source>Escort</source>
      <translation>引领陪同</translation>
    </message>
    <message>
      <source>No escort</source>
      <translation>尚未安排陪同</translation>
    </message>
    <message>
      <source>%1, table %2, seat %3</source>
      <translation>%1 %2 号桌 %3 座</translation>
    </message>
    <message>
      <source>Meals</source>
      <translation>用餐</translation>
    </message>
    <message>
      <source>No seat at a banquet</source>
      <translation>尚未安排宴会座位</translation>
    </message>
    <message>
      <source>room number at check-in</source>
      <translation>房号入住时确定</translation>
    </message>
    <message>
      <source>%1 %2 %3, %4 to %5, nights: %6</source>
      <translation>%1 %2 %3，%4 至 %5，共 %6 晚</translation>
    </message>
    <message>
      <source>no car yet</source>
      <translation>尚未派车</translation>
    </message>
  </context>
  <context>
    <name>GuestForm</name>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>还原</translation>
    </message>
    <message>
      <source>Print itinerary…</source>
      <translation>打印个人日程…</translation>
    </message>
    <message>
      <source>Itinerary (.ics)…</source>
      <translation>个人日程（.ics）…</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <source>Contact and ID</source>
      <translation>联系方式与证件</translation>
    </message>
    <message>
      <source>Invitation</source>
      <translation>邀请</translation>
    </message>
    <message>
      <source>Travel</source>
      <translation>行程</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>New guest</source>
      <translation>新增嘉宾</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>Not saved: correct the field marked in red.</source>
      <translation>未保存：请更正标红的字段。</translation>
    </message>
    <message>
      <source>State changed to %1.</source>
      <translation>状态已改为：%1。</translation>
    </message>
    <message>
      <source>Already on the list with this name and phone: %1</source>
      <translation>名单中已有同名同电话的嘉宾：%1</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>有未保存的修改</translation>
    </message>
    <message>
      <source>%1 has unsaved changes. Save them?</source>
      <translation>%1 的修改尚未保存。是否保存？</translation>
    </message>
    <message>
      <source>The new guest</source>
      <translation>新嘉宾</translation>
    </message>
  </context>
  <context>
    <name>GuestList</name>
    <message>
      <source>Find a guest: name, pinyin (zw), organisation, last 4 digits of phone…</source>
      <translation>查找嘉宾：姓名、拼音（如 zw）、单位、手机尾号…</translation>
    </message>
    <message>
      <source>New guest</source>
      <translation>新增嘉宾</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <source>Change state</source>
      <translation>修改状态</translation>
    </message>
    <message>
      <source>Set inviting unit</source>
      <translation>设置邀请单位</translation>
    </message>
    <message>
      <source>Print letters…</source>
      <translation>打印邀请函…</translation>
    </message>
    <message>
      <source>Print badges…</source>
      <translation>打印证件…</translation>
    </message>
    <message>
      <source>Table cards…</source>
      <translation>打印席卡…</translation>
    </message>
    <message>
      <source>Merge guests…</source>
      <translation>合并嘉宾…</translation>
    </message>
    <message>
      <source>Make two selected records of one person one</source>
      <translation>把同一人的两条记录合并为一条</translation>
    </message>
    <message>
      <source>Delete guest</source>
      <translation>删除嘉宾</translation>
    </message>
    <message>
      <source>Delete the selected guest (Delete)</source>
      <translation>删除选中的嘉宾（Delete 键）</translation>
    </message>
    <message>
      <source>Export selection…</source>
      <translation>导出所选…</translation>
    </message>
    <message>
      <source>Export all…</source>
      <translation>全部导出…</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>All inviting units</source>
      <translation>全部邀请单位</translation>
    </message>
    <message>
      <source>All countries</source>
      <translation>全部国家和地区</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 / 共 %2 人</translation>
    </message>
  </context>
  <context>
    <name>GuestTable</name>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>State</source>
      <translation>邀请状态</translation>
    </message>
    <message>
      <source>Inviting unit</source>
      <translation>邀请单位</translation>
    </message>
    <message>
      <source>Country or region</source>
      <translation>国家或地区</translation>
    </message>
    <message>
      <source>Arrival</source>
      <translation>抵达</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>回执编号</translation>
    </message>
  </context>
  <context>
    <name>GuestsPage</name>
    <message>
      <source>Guest list</source>
      <translation>嘉宾名单</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>回执跟进</translation>
    </message>
    <message>
      <source>Inviting units' progress</source>
      <translation>邀请单位进度</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>嘉宾</translation>
    </message>
  </context>
  <context>
    <name>HistoryBox</name>
    <message>
      <source>Invitation history</source>
      <translation>邀请记录</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>By</source>
      <translation>操作员</translation>
    </message>
    <message>
      <source>From</source>
      <translation>原状态</translation>
    </message>
    <message>
      <source>To</source>
      <translation>新状态</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message>
      <source>Import county list</source>
      <translation>导入县区项目表</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行号</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Investor</source>
      <translation>投资方</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>(as the list says)</source>
      <translation>（按清单所写）</translation>
    </message>
    <message>
      <source>County (of the rows that name none)</source>
      <translation>所属县区（清单中未写县区的行）</translation>
    </message>
    <message>
      <source>%1 new, %2 already listed, %3 with problems, %4 skipped</source>
      <translation>新增 %1 个，已登记 %2 个，有问题 %3 行，跳过 %4 行</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Import all</source>
      <translation>全部导入</translation>
    </message>
    <message>
      <source>Import the good rows, save the rejects…</source>
      <translation>导入无问题的行，问题行另存…</translation>
    </message>
    <message>
      <source>A totals or note line</source>
      <translation>合计行或说明行</translation>
    </message>
    <message>
      <source>Already listed (same name, county and investor)</source>
      <translation>已登记（项目名称、县区、投资方相同）</translation>
    </message>
    <message>
      <source>Repeated in this list</source>
      <translation>清单内重复</translation>
    </message>
    <message>
      <source>Save the rejected rows</source>
      <translation>保存问题行</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>New guest</source>
      <translation>新增嘉宾</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>有问题</translation>
    </message>
    <message>
      <source>Repeated in the file</source>
      <translation>文件内重复</translation>
    </message>
    <message>
      <source>Already in the fair</source>
      <translation>名单中已有</translation>
    </message>
    <message>
      <source>Totals or note line</source>
      <translation>合计行或说明行</translation>
    </message>
    <message>
      <source>%1 guest rows: %2 new, %3 with problems, %4 repeated within the file, %5 already in the fair (details are merged, nobody is added twice).</source>
      <translation>共 %1 行嘉宾：新增 %2 行，有问题 %3 行，文件内重复 %4 行，名单中已有 %5 行（补充信息，不会重复添加）。</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行号</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Inviting unit</source>
      <translation>邀请单位</translation>
    </message>
    <message>
      <source>Problems and duplicates</source>
      <translation>问题与重复</translation>
    </message>
    <message>
      <source>Import guests</source>
      <translation>导入嘉宾名单</translation>
    </message>
  </context>
  <context>
    <name>InspectionDialog</name>
    <message>
      <source>Add photo…</source>
      <translation>添加照片…</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>检查事项</translation>
    </message>
    <message>
      <source>Requirement</source>
      <translation>检查要求</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>结论</translation>
    </message>
    <message>
      <source>Note / problem</source>
      <translation>说明 / 问题</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>检查</translation>
    </message>
    <message>
      <source>%1 at %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>On the list: P or 1 pass, F or 2 fail, N or 3 not applicable; Enter goes to the next item.</source>
      <translation>在列表上按 P 或 1 合格，F 或 2 不合格，N 或 3 不适用；回车到下一项。</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>检查人</translation>
    </message>
    <message>
      <source>Inspected at</source>
      <translation>检查时间</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Problem found</source>
      <translation>发现的问题</translation>
    </message>
    <message>
      <source>Action required</source>
      <translation>整改要求</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <source>Responsible person</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改时限</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>照片</translation>
    </message>
    <message>
      <source>Images (*.jpg *.jpeg *.png)</source>
      <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>无法读取 %1。</translation>
    </message>
  </context>
  <context>
    <name>Jobs</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>The job did not finish</source>
      <translation>任务未完成</translation>
    </message>
  </context>
  <context>
    <name>LanExchange</name>
    <message>
      <source>%1 in step at %2</source>
      <extracomment>The peers or their state changed (the dialog refreshes its line). Records arrived from another desk and were merged (how many).</extracomment>
      <translation>%1 于 %2 已同步</translation>
    </message>
    <message>
      <source>%1 not reached yet</source>
      <translation>%1 尚未连通</translation>
    </message>
    <message>
      <source>LAN %1:%2</source>
      <translation>局域网 %1:%2</translation>
    </message>
    <message>
      <source>looking for other desks…</source>
      <translation>正在寻找其他电脑…</translation>
    </message>
    <message>
      <source>preparing this desk's changes %1%</source>
      <translation>正在准备本机的变更 %1%</translation>
    </message>
  </context>
  <context>
    <name>LodgingPage</name>
    <message>
      <source>Hotels</source>
      <translation>酒店</translation>
    </message>
    <message>
      <source>Rooms</source>
      <translation>房间</translation>
    </message>
    <message>
      <source>Room blocks</source>
      <translation>预留房</translation>
    </message>
    <message>
      <source>Stays</source>
      <translation>住宿</translation>
    </message>
    <message>
      <source>Auto-assign…</source>
      <translation>自动排房…</translation>
    </message>
    <message>
      <source>Print rooming list…</source>
      <translation>打印住宿名单…</translation>
    </message>
    <message>
      <source>Lodging</source>
      <translation>住宿</translation>
    </message>
    <message>
      <source>Hotels, rooms and stays</source>
      <translation>酒店、房间与住宿</translation>
    </message>
    <message>
      <source>Security site</source>
      <translation>安保点位</translation>
    </message>
    <message>
      <source>Make %1 a security site and issue its checklists?</source>
      <translation>将%1列为安保点位并下发检查表？</translation>
    </message>
    <message>
      <source>Not added</source>
      <translation>未添加</translation>
    </message>
    <message>
      <source>Not issued</source>
      <translation>未下发</translation>
    </message>
    <message>
      <source>Hotel</source>
      <translation>酒店</translation>
    </message>
    <message>
      <source>VIP hotel</source>
      <translation>贵宾指定酒店</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>Distance (km)</source>
      <translation>距会场（公里）</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>房间</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>房型</translation>
    </message>
    <message>
      <source>Sleeps</source>
      <translation>可住人数</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>楼层</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>嘉宾</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>入住夜</translation>
    </message>
    <message>
      <source>Reserved</source>
      <translation>预留间数</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>房价</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>嘉宾</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>入住</translation>
    </message>
    <message>
      <source>Check-out</source>
      <translation>退房</translation>
    </message>
    <message>
      <source>Nights</source>
      <translation>晚数</translation>
    </message>
    <message>
      <source>Sharing with</source>
      <translation>同住</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Stays (%1)</source>
      <translation>住宿（%1）</translation>
    </message>
    <message>
      <source>Choose a hotel to see its rooms per night</source>
      <translation>选择酒店，查看每晚用房情况</translation>
    </message>
    <message>
      <source>%1: rooms used / reserved per night</source>
      <translation>%1：每晚已用 / 预留间数</translation>
    </message>
    <message>
      <source>Rooming list of %1…</source>
      <translation>%1 住宿名单…</translation>
    </message>
    <message>
      <source>Rooming lists of all hotels…</source>
      <translation>全部酒店住宿名单…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>fairdesk — Investment Fair Desk</source>
      <translation>fairdesk — 投洽会现场工作台</translation>
    </message>
    <message>
      <source>(in memory)</source>
      <translation>（内存）</translation>
    </message>
    <message>
      <source>Operator: %1 @ %2 (%3)</source>
      <translation>操作员：%1 @ %2（%3）</translation>
    </message>
    <message>
      <source>Cannot open the fair</source>
      <translation>无法打开投洽会文件</translation>
    </message>
  </context>
  <context>
    <name>MealsPage</name>
    <message>
      <source>Sittings</source>
      <translation>用餐场次</translation>
    </message>
    <message>
      <source>Banquet tables</source>
      <translation>宴会桌次</translation>
    </message>
    <message>
      <source>Seats in protocol order</source>
      <translation>座次（礼宾次序）</translation>
    </message>
    <message>
      <source>Seat in protocol order…</source>
      <translation>按礼宾次序排座…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>保存为 PDF…</translation>
    </message>
    <message>
      <source>Meals</source>
      <translation>用餐</translation>
    </message>
    <message>
      <source>Meals and banquet seating</source>
      <translation>用餐与宴会排座</translation>
    </message>
    <message>
      <source>Sitting</source>
      <translation>场次</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>预计人数</translation>
    </message>
    <message>
      <source>Halal</source>
      <translation>清真</translation>
    </message>
    <message>
      <source>Vegetarian</source>
      <translation>素食</translation>
    </message>
    <message>
      <source>Allergies</source>
      <translation>过敏</translation>
    </message>
    <message>
      <source>Other needs</source>
      <translation>其他需求</translation>
    </message>
    <message>
      <source>Tables</source>
      <translation>桌数</translation>
    </message>
    <message>
      <source>Seated</source>
      <translation>已排座</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>桌号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>桌名</translation>
    </message>
    <message>
      <source>Head table</source>
      <translation>主桌</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>Seats</source>
      <translation>座位数</translation>
    </message>
    <message>
      <source>Seat</source>
      <translation>座位</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>嘉宾</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Dietary needs</source>
      <translation>饮食要求</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Choose a sitting to see its dietary needs</source>
      <translation>选择用餐场次，查看饮食要求</translation>
    </message>
    <message>
      <source>Dietary needs: %1</source>
      <translation>饮食要求：%1</translation>
    </message>
    <message>
      <source>No special needs</source>
      <translation>无特殊要求</translation>
    </message>
    <message>
      <source>Choose a sitting first.</source>
      <translation>请先选择用餐场次。</translation>
    </message>
    <message>
      <source>Table plan of this sitting…</source>
      <translation>本场次桌次图…</translation>
    </message>
    <message>
      <source>Table cards of this sitting…</source>
      <translation>本场次席卡…</translation>
    </message>
    <message>
      <source>Meal counts and dietary needs…</source>
      <translation>用餐人数与饮食要求…</translation>
    </message>
  </context>
  <context>
    <name>MenuBar</name>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>设置(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Next page</source>
      <translation>下一页(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Previous page</source>
      <translation>上一页(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>查找(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;New fair…</source>
      <translation>新建投洽会(&amp;N)…</translation>
    </message>
    <message>
      <source>New &amp;demo fair</source>
      <translation>新建演示投洽会(&amp;D)</translation>
    </message>
    <message>
      <source>Make this laptop's demo fair afresh: made-up guests, hotels, cars and checklists to try fairdesk or to train staff</source>
      <translation>重新生成本机的演示投洽会：虚构的客商、酒店、车辆和检查清单，用于试用 fairdesk 或培训工作人员</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <source>Save a &amp;copy…</source>
      <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
      <source>&amp;Restore from backup…</source>
      <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
      <source>E&amp;xchange with another desk…</source>
      <translation>与其他电脑交换数据(&amp;X)…</translation>
    </message>
    <message>
      <source>S&amp;witch operator…</source>
      <translation>切换操作员(&amp;W)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Undo the last action</source>
      <translation>撤销上一次操作(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Fair settings…</source>
      <translation>投洽会设置(&amp;F)…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
      <source>Follow system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <source>&amp;About fairdesk</source>
      <translation>关于 fairdesk(&amp;A)</translation>
    </message>
    <message>
      <source>New fair</source>
      <translation>新建投洽会</translation>
    </message>
    <message>
      <source>Fair files (*.fair)</source>
      <translation>投洽会文件 (*.fair)</translation>
    </message>
    <message>
      <source>Cannot create the fair</source>
      <translation>无法新建投洽会文件</translation>
    </message>
    <message>
      <source>New demo fair</source>
      <translation>新建演示投洽会</translation>
    </message>
    <message>
      <source>Make the demo fair afresh? What was changed in the current demo fair is lost; your own fair files are not touched.</source>
      <translation>重新生成演示投洽会吗？当前演示投洽会里的修改将会丢失；您自己的投洽会文件不受影响。</translation>
    </message>
    <message>
      <source>Cannot make the demo fair</source>
      <translation>无法生成演示投洽会</translation>
    </message>
    <message>
      <source>Open fair</source>
      <translation>打开投洽会</translation>
    </message>
    <message>
      <source>Fair files (*.fair);;All files (*)</source>
      <translation>投洽会文件 (*.fair);;所有文件 (*)</translation>
    </message>
    <message>
      <source>No recent fairs</source>
      <translation>没有最近打开的文件</translation>
    </message>
    <message>
      <source>automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <source>before an import</source>
      <translation>导入前</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>恢复前</translation>
    </message>
    <message>
      <source>by hand</source>
      <translation>手动</translation>
    </message>
    <message>
      <source>before an upgrade</source>
      <translation>升级前</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>从备份恢复</translation>
    </message>
    <message>
      <source>This fair has no backups yet.</source>
      <translation>此投洽会还没有备份。</translation>
    </message>
    <message>
      <source>Restore the fair as it was at (the current state is backed up first):</source>
      <translation>把投洽会恢复到以下时间的状态（当前数据会先备份）：</translation>
    </message>
    <message>
      <source>Cannot restore the backup</source>
      <translation>无法恢复备份</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>另存副本</translation>
    </message>
    <message>
      <source>Cannot save a copy</source>
      <translation>无法另存副本</translation>
    </message>
    <message>
      <source>Saved a copy to %1</source>
      <translation>副本已保存到 %1</translation>
    </message>
    <message>
      <source>Fair settings</source>
      <translation>投洽会设置</translation>
    </message>
    <message>
      <source>&amp;Undo: %1</source>
      <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
      <source>Cannot undo</source>
      <translation>无法撤销</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>There is nothing to undo on this desk.</source>
      <translation>本报到台没有可撤销的操作。</translation>
    </message>
    <message>
      <source>Undone: %1</source>
      <translation>已撤销：%1</translation>
    </message>
    <message>
      <source>Undo %1's action of %2? It changes %3 records:</source>
      <translation>撤销 %1 在 %2 的操作吗？将改动 %3 条记录：</translation>
    </message>
    <message>
      <source>About fairdesk</source>
      <translation>关于 fairdesk</translation>
    </message>
    <message>
      <source>fairdesk %1: runs a city's investment fair on site, offline.</source>
      <translation>fairdesk %1：投资洽谈会现场工作台，离线运行。</translation>
    </message>
  </context>
  <context>
    <name>MergeGuestsDialog</name>
    <message>
      <source>Merge guests</source>
      <translation>合并嘉宾</translation>
    </message>
    <message>
      <source>These two records are one person. Choose the record to keep: everything that belongs to the other moves to it, and the other is deleted (the audit log keeps its history).</source>
      <translation>这两条记录是同一个人。请选择保留哪一条：另一条的所有相关记录都会移到保留的记录下，另一条随后删除（操作记录中保留其历史）。</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>合并</translation>
    </message>
    <message>
      <source>Keep:</source>
      <translation>保留：</translation>
    </message>
    <message>
      <source>Moves from %1 to the kept record:</source>
      <translation>将从 %1 移到保留记录的内容：</translation>
    </message>
    <message>
      <source>nothing (no other record refers to it)</source>
      <translation>无（没有其他记录引用它）</translation>
    </message>
    <message>
      <source>The badge printed for %1 will no longer scan: print one for the kept record if the guest needs it.</source>
      <translation>为 %1 打印的证件将无法再扫码：如嘉宾需要，请为保留的记录打印新证件。</translation>
    </message>
  </context>
  <context>
    <name>OccupancyModel</name>
    <message>
      <source>%1 rooms used of %2 reserved</source>
      <translation>预留 %2 间，已用 %1 间</translation>
    </message>
    <message>
      <source>Overbooked by %1</source>
      <translation>超订 %1 间</translation>
    </message>
  </context>
  <context>
    <name>PassengersDialog</name>
    <message>
      <source>Passengers: %1 %2 → %3</source>
      <translation>乘车人：%1 %2 → %3</translation>
    </message>
    <message>
      <source>Name, pinyin or initials</source>
      <translation>姓名、拼音或首字母</translation>
    </message>
    <message>
      <source>← Add</source>
      <translation>← 加入</translation>
    </message>
    <message>
      <source>Remove →</source>
      <translation>移出 →</translation>
    </message>
    <message>
      <source>On this trip</source>
      <translation>本趟乘车人</translation>
    </message>
    <message>
      <source>%1 on board</source>
      <translation>已上车 %1 人</translation>
    </message>
    <message>
      <source> · %1 seats</source>
      <translation> · %1 座</translation>
    </message>
  </context>
  <context>
    <name>PhotoBox</name>
    <message>
      <source>Photo</source>
      <translation>照片</translation>
    </message>
    <message>
      <source>Choose photo…</source>
      <translation>选择照片…</translation>
    </message>
    <message>
      <source>Remove photo</source>
      <translation>删除照片</translation>
    </message>
    <message>
      <source>Save the guest to add a photo</source>
      <translation>保存嘉宾后可添加照片</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>无照片</translation>
    </message>
    <message>
      <source>Choose a photo</source>
      <translation>选择照片</translation>
    </message>
    <message>
      <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
      <translation>照片 (*.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Cannot read %1: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message>
      <source>Set a PIN</source>
      <translation>设置 PIN 码</translation>
    </message>
    <message>
      <source>empty: everyone in the role</source>
      <translation>留空：该角色的所有人</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>操作员</translation>
    </message>
    <message>
      <source>PIN (4–12 digits)</source>
      <translation>PIN 码（4–12 位数字）</translation>
    </message>
    <message>
      <source>PIN again</source>
      <translation>再输一次</translation>
    </message>
    <message>
      <source>The two PINs differ; type them again.</source>
      <translation>两次输入的 PIN 码不一致，请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>PinsBox</name>
    <message>
      <source>Roles and PINs</source>
      <translation>角色与 PIN 码</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>操作员</translation>
    </message>
    <message>
      <source>everyone in the role</source>
      <translation>该角色的所有人</translation>
    </message>
    <message>
      <source>Set a PIN…</source>
      <translation>设置 PIN 码…</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>删除所选</translation>
    </message>
    <message>
      <source>No PIN is set: every operator may do everything, as in a small fair. Set the committee's PIN first; from then on bulk changes, reprints, deletions, settings and restores need the committee, and a role with a PIN is taken only with it.</source>
      <translation>尚未设置 PIN 码：任何操作员都可做所有操作，适合小型投洽会。请先设置组委会的 PIN 码；此后批量修改、重印证件、删除、修改设置和从备份恢复都需组委会角色，设了 PIN 码的角色须凭 PIN 码登录。</translation>
    </message>
    <message>
      <source>A role with a PIN is taken only with it (a role without one needs none). Bulk changes, reprints, deletions, settings and restores need the committee.</source>
      <translation>设了 PIN 码的角色须凭 PIN 码登录（未设的角色无需 PIN 码）。批量修改、重印证件、删除、修改设置和从备份恢复需组委会角色。</translation>
    </message>
    <message>
      <source>PIN not set</source>
      <translation>未设置 PIN 码</translation>
    </message>
    <message>
      <source>Select a PIN to remove.</source>
      <translation>请先选中要删除的 PIN 码。</translation>
    </message>
    <message>
      <source>PIN not removed</source>
      <translation>未删除 PIN 码</translation>
    </message>
  </context>
  <context>
    <name>PlanPreview</name>
    <message>
      <source>Cannot be placed</source>
      <translation>无法安排</translation>
    </message>
    <message>
      <source>Accept checked</source>
      <translation>接受已勾选的</translation>
    </message>
    <message>
      <source>Check all</source>
      <translation>全选</translation>
    </message>
    <message>
      <source>Uncheck all</source>
      <translation>全不选</translation>
    </message>
    <message>
      <source>%1 of %2 checked</source>
      <translation>已勾选 %1 / %2</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <source>Skip rows with problems and write them to a rejects file:</source>
      <translation>跳过有问题的行，并写入问题行文件：</translation>
    </message>
    <message>
      <source>No problems: every row can be imported.</source>
      <translation>没有问题：所有行均可导入。</translation>
    </message>
    <message>
      <source>%1 row(s) with problems will be left out and written to the rejects file with the reason.</source>
      <translation>有问题的 %1 行将不导入，并连同原因写入问题行文件。</translation>
    </message>
    <message>
      <source>%1 row(s) have problems. Nothing is imported until they are fixed in the file, or you choose to skip them.</source>
      <translation>有 %1 行存在问题。请在文件中改正，或选择跳过这些行；否则不会导入任何数据。</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Preview and send to a printer</source>
      <translation>预览并送打印机打印</translation>
    </message>
    <message>
      <source>Print %1</source>
      <translation>打印 %1</translation>
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message>
      <source>Hidden for your role: click to show it in full (the audit log notes that you did).</source>
      <translation>您的角色不显示此项：点击可查看完整内容（操作记录会记下您查看过）。</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Problems (%1)</source>
      <translation>问题（%1）</translation>
    </message>
    <message>
      <source>No problems found</source>
      <translation>未发现问题</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeDialog</name>
    <message>
      <source>Print the programme</source>
      <translation>打印议程</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>A5 booklet (two-up on A4, fold and staple)</source>
      <translation>A5 小册子（A4 双联拼版，对折装订）</translation>
    </message>
    <message>
      <source>Chinese and English side by side</source>
      <translation>中英文对照</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>中文</translation>
    </message>
    <message>
      <source>English</source>
      <translation>英文</translation>
    </message>
    <message>
      <source>Every day</source>
      <translation>全部日期</translation>
    </message>
    <message>
      <source>Cover page</source>
      <translation>封面</translation>
    </message>
    <message>
      <source>Each day on a new page</source>
      <translation>每天另起一页</translation>
    </message>
    <message>
      <source>Session descriptions</source>
      <translation>议程简介</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>纸张</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>语种</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>日期</translation>
    </message>
  </context>
  <context>
    <name>ReceptionBox</name>
    <message>
      <source>Reception</source>
      <translation>接待安排</translation>
    </message>
    <message>
      <source>Double-click a trip to see it on the Vehicles &amp; trips page.</source>
      <translation>双击行程，在“车辆与行程”页查看。</translation>
    </message>
    <message>
      <source>Stay</source>
      <translation>住宿</translation>
    </message>
    <message>
      <source>Nights</source>
      <translation>晚数</translation>
    </message>
    <message>
      <source>Sharing with</source>
      <translation>同住</translation>
    </message>
    <message>
      <source>Companions' rooms</source>
      <translation>随行人员住宿</translation>
    </message>
    <message>
      <source>Trips</source>
      <translation>用车</translation>
    </message>
    <message>
      <source>Escort</source>
      <translation>引领陪同</translation>
    </message>
    <message>
      <source>Banquet</source>
      <translation>宴会座位</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>用途</translation>
    </message>
    <message>
      <source>From → to</source>
      <translation>起点 → 终点</translation>
    </message>
    <message>
      <source>Car</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>no car yet</source>
      <translation>尚未派车</translation>
    </message>
    <message>
      <source>Driver</source>
      <translation>驾驶员</translation>
    </message>
    <message>
      <source>No escort</source>
      <translation>尚未安排陪同</translation>
    </message>
    <message>
      <source>%1, table %2, seat %3</source>
      <translation>%1 %2 号桌 %3 座</translation>
    </message>
    <message>
      <source>No seat at a banquet</source>
      <translation>尚未安排宴会座位</translation>
    </message>
    <message>
      <source>No room yet</source>
      <translation>尚未安排住宿</translation>
    </message>
    <message>
      <source>no one</source>
      <translation>无</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>room number at check-in</source>
      <translation>房号入住时确定</translation>
    </message>
    <message>
      <source>%1 to %2, %3 night(s)</source>
      <translation>%1 至 %2，共 %3 晚</translation>
    </message>
    <message>
      <source>No trip booked</source>
      <translation>尚未安排用车</translation>
    </message>
    <message>
      <source>In bold: the trip the check-in desk shows.</source>
      <translation>粗体：报到台显示的行程。</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
  </context>
  <context>
    <name>RecordTable</name>
    <message>
      <source>New…</source>
      <translation>新建…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>%1 of %2 shown</source>
      <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
      <source>Delete this %1?</source>
      <translation>确定删除这条%1吗？</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>未删除</translation>
    </message>
  </context>
  <context>
    <name>ReinspectDialog</name>
    <message>
      <source>Re-inspection</source>
      <translation>复查</translation>
    </message>
    <message>
      <source>Fixed: close the rectification</source>
      <translation>整改到位，予以销号</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>检查人</translation>
    </message>
    <message>
      <source>Re-inspected at</source>
      <translation>复查时间</translation>
    </message>
    <message>
      <source>Opinion</source>
      <translation>复查意见</translation>
    </message>
    <message>
      <source>New deadline if not fixed</source>
      <translation>未整改到位时的新时限</translation>
    </message>
    <message>
      <source>Not re-inspected before.</source>
      <translation>此前未复查过。</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>not passed</source>
      <translation>不合格</translation>
    </message>
    <message>
      <source>Earlier re-inspections:</source>
      <translation>此前的复查：</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Nothing was imported</source>
      <translation>未导入任何数据</translation>
    </message>
    <message>
      <source>Import finished</source>
      <translation>导入完成</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>Reception</source>
      <translation>接待</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>车辆保障</translation>
    </message>
    <message>
      <source>Security liaison</source>
      <translation>安全保卫联络员</translation>
    </message>
    <message>
      <source>Signing</source>
      <translation>签约</translation>
    </message>
    <message>
      <source>Committee</source>
      <translation>组委会</translation>
    </message>
  </context>
  <context>
    <name>RosterActions</name>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>嘉宾</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Hotel</source>
      <translation>酒店</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>房间</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>房型</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>入住</translation>
    </message>
    <message>
      <source>Check-out</source>
      <translation>退房</translation>
    </message>
    <message>
      <source>Nights</source>
      <translation>晚数</translation>
    </message>
    <message>
      <source>Sharing with</source>
      <translation>同住</translation>
    </message>
    <message>
      <source>Why there</source>
      <translation>安排理由</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Uncheck any placement you do not want, then accept: nothing is written before.</source>
      <translation>取消勾选不需要的安排后再确认；确认之前不会写入任何数据。</translation>
    </message>
    <message>
      <source>Auto-assign rooms</source>
      <translation>自动排房</translation>
    </message>
    <message>
      <source>Write the checked stays</source>
      <translation>写入已勾选的住宿</translation>
    </message>
    <message>
      <source>Planning rooms…</source>
      <translation>正在生成住宿方案…</translation>
    </message>
    <message>
      <source>Writing stays…</source>
      <translation>正在写入住宿…</translation>
    </message>
    <message>
      <source>%1 stays written.</source>
      <translation>已写入 %1 条住宿。</translation>
    </message>
    <message>
      <source>Airport/station</source>
      <translation>机场/车站</translation>
    </message>
    <message>
      <source>Arrivals</source>
      <translation>抵达</translation>
    </message>
    <message>
      <source>Flight/train</source>
      <translation>航班/车次</translation>
    </message>
    <message>
      <source>Leaves</source>
      <translation>发车</translation>
    </message>
    <message>
      <source>To</source>
      <translation>前往</translation>
    </message>
    <message>
      <source>Passengers</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Vehicle (seats)</source>
      <translation>车辆（座位）</translation>
    </message>
    <message>
      <source>Driver</source>
      <translation>驾驶员</translation>
    </message>
    <message>
      <source>Escort</source>
      <translation>引领陪同</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>嘉宾</translation>
    </message>
    <message>
      <source>Planning pickups…</source>
      <translation>正在生成接站方案…</translation>
    </message>
    <message>
      <source>Trips are grouped by airport or station and time window. Uncheck any trip you do not want, then accept: nothing is written before.</source>
      <translation>按机场/车站和时间段分组派车。取消勾选不需要的行程后再确认；确认之前不会写入任何数据。</translation>
    </message>
    <message>
      <source>Generate pickups</source>
      <translation>生成接站行程</translation>
    </message>
    <message>
      <source>Create the checked trips</source>
      <translation>创建已勾选的行程</translation>
    </message>
    <message>
      <source>No car for</source>
      <translation>未能派车</translation>
    </message>
    <message>
      <source>Writing trips…</source>
      <translation>正在写入行程…</translation>
    </message>
    <message>
      <source>%1 pickup trips created.</source>
      <translation>已创建 %1 趟接站行程。</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>桌号</translation>
    </message>
    <message>
      <source>Seat</source>
      <translation>座位</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Choose a sitting first.</source>
      <translation>请先选择用餐场次。</translation>
    </message>
    <message>
      <source>Planning seats…</source>
      <translation>正在生成排座方案…</translation>
    </message>
    <message>
      <source>Seat in protocol order</source>
      <translation>按礼宾次序排座</translation>
    </message>
    <message>
      <source>Guests seated by protocol order, head table first. Uncheck any seat you want to fill by hand.</source>
      <translation>按礼宾次序排座，主桌优先。需要手工安排的座位请取消勾选。</translation>
    </message>
    <message>
      <source>Seat the checked guests</source>
      <translation>按勾选排座</translation>
    </message>
    <message>
      <source>No seat for</source>
      <translation>未能排座</translation>
    </message>
    <message>
      <source>Rooming list</source>
      <translation>住宿名单</translation>
    </message>
    <message>
      <source>Dispatch sheets</source>
      <translation>派车单</translation>
    </message>
    <message>
      <source>Escort sheets</source>
      <translation>陪同工作单</translation>
    </message>
    <message>
      <source>Arrivals board</source>
      <translation>抵达一览</translation>
    </message>
    <message>
      <source>Banquet table plan</source>
      <translation>宴会桌次图</translation>
    </message>
    <message>
      <source>Arrivals (Excel)</source>
      <translation>抵达一览（Excel）</translation>
    </message>
    <message>
      <source>Meal counts and dietary needs</source>
      <translation>用餐人数与饮食要求</translation>
    </message>
    <message>
      <source>all-hotels</source>
      <translation>全部酒店</translation>
    </message>
  </context>
  <context>
    <name>RunPage</name>
    <message>
      <source>Importing</source>
      <translation>正在导入</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>ScanLookup</name>
    <message>
      <source>Scanned badge</source>
      <translation>扫描的证件</translation>
    </message>
    <message>
      <source>Open the guest's record</source>
      <translation>打开嘉宾资料</translation>
    </message>
    <message>
      <source>Go to the check-in desk</source>
      <translation>前往报到签到</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Not recorded here: check in at the desk</source>
      <translation>此处不记录报到：请到报到台办理</translation>
    </message>
  </context>
  <context>
    <name>SecurityMatrix</name>
    <message>
      <source>signed</source>
      <translation>已会签</translation>
    </message>
    <message>
      <source>late %1</source>
      <translation>逾期 %1</translation>
    </message>
    <message>
      <source>fix %1</source>
      <translation>整改 %1</translation>
    </message>
    <message>
      <source>Items done: %1 of %2</source>
      <translation>已完成 %1 / %2 项</translation>
    </message>
    <message>
      <source>Overdue: %1</source>
      <translation>逾期：%1</translation>
    </message>
    <message>
      <source>Open rectifications: %1</source>
      <translation>未销号整改：%1</translation>
    </message>
    <message>
      <source>Cleared</source>
      <translation>会签完毕</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>点位</translation>
    </message>
  </context>
  <context>
    <name>SecurityPage</name>
    <message>
      <source>Make them security sites</source>
      <translation>列为安保点位</translation>
    </message>
    <message>
      <source>Inspect site…</source>
      <translation>检查点位…</translation>
    </message>
    <message>
      <source>Sign off site</source>
      <translation>会签该点位</translation>
    </message>
    <message>
      <source>Withdraw sign-off…</source>
      <translation>撤回会签…</translation>
    </message>
    <message>
      <source>Print checklist…</source>
      <translation>打印检查表…</translation>
    </message>
    <message>
      <source>Re-inspect…</source>
      <translation>复查…</translation>
    </message>
    <message>
      <source>Print notice…</source>
      <translation>打印整改通知书…</translation>
    </message>
    <message>
      <source>Print re-inspection opinion…</source>
      <translation>打印复查意见书…</translation>
    </message>
    <message>
      <source>Checklist templates</source>
      <translation>检查模板</translation>
    </message>
    <message>
      <source>Security sites</source>
      <translation>安保点位</translation>
    </message>
    <message>
      <source>Issue checklists to sites</source>
      <translation>下发检查表到点位</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Print daily report…</source>
      <translation>打印安保日报…</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>导出 Excel…</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>安全保卫</translation>
    </message>
    <message>
      <source>Security checklists and sign-off</source>
      <translation>安全检查与会签</translation>
    </message>
    <message>
      <source>Sign-off matrix</source>
      <translation>会签总表</translation>
    </message>
    <message>
      <source>My department</source>
      <translation>本部门</translation>
    </message>
    <message>
      <source>Rectifications</source>
      <translation>整改</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>模板</translation>
    </message>
    <message>
      <source>Sites</source>
      <translation>点位</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>点位</translation>
    </message>
    <message>
      <source>Search items, sites, requirements</source>
      <translation>搜索事项、点位、要求</translation>
    </message>
    <message>
      <source>Rectifications of the department chosen under My department; open and overdue first.</source>
      <translation>“本部门”所选部门的整改，未销号和逾期的在前。</translation>
    </message>
    <message>
      <source>Editing a template changes the checklists issued from now on; those already issued keep their text.</source>
      <translation>修改模板只影响此后下发的检查表；已下发的保持原文。</translation>
    </message>
    <message>
      <source>Guest hotels, venues, routes and visit sites kept safe for the fair; a new site gets its checklists at once.</source>
      <translation>接待酒店、会场、线路和考察点；新增点位即下发其检查表。</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>未删除</translation>
    </message>
    <message>
      <source>Delete “%1” and its one checklist item? It has not been inspected yet; both deletions are kept in the audit log.</source>
      <translation>删除“%1”及其 1 项检查事项？该事项尚未检查；两项删除都记入操作记录。</translation>
    </message>
    <message>
      <source>Delete “%1” and its %2 checklist items? None has been inspected yet; each deletion is kept in the audit log.</source>
      <translation>删除“%1”及其 %2 项检查事项？这些事项都尚未检查；每项删除都记入操作记录。</translation>
    </message>
    <message>
      <source>Delete the site “%1”?</source>
      <translation>删除点位“%1”？</translation>
    </message>
    <message>
      <source>Delete site</source>
      <translation>删除点位</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>检查事项</translation>
    </message>
    <message>
      <source>Requirement</source>
      <translation>检查要求</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>完成时限</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Open rectifications</source>
      <translation>未销号整改</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>通知书编号</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Action required</source>
      <translation>整改要求</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>%1 templates written to %2.</source>
      <translation>已导出 %1 条模板：%2</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改时限</translation>
    </message>
    <message>
      <source>Double-click a cell (or press Enter) to open that department's items at the site.</source>
      <translation>双击单元格（或按回车），查看该部门在该点位的检查事项。</translation>
    </message>
    <message>
      <source>Closed by</source>
      <translation>复查销号</translation>
    </message>
    <message>
      <source>Site kinds</source>
      <translation>适用点位</translation>
    </message>
    <message>
      <source>Days before opening</source>
      <translation>开幕前天数</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>%1 of %2 sites cleared by every department; %3 overdue.</source>
      <translation>%2 个点位中 %1 个已由各部门会签完毕；逾期 %3 项。</translation>
    </message>
    <message>
      <source>Reception hotels that are not security sites yet: %1</source>
      <translation>尚未列为安保点位的接待酒店：%1</translation>
    </message>
    <message>
      <source>All sites</source>
      <translation>全部点位</translation>
    </message>
    <message>
      <source>Choose an item or a site.</source>
      <translation>请选择检查事项或点位。</translation>
    </message>
    <message>
      <source>%1: signed off by %2 at %3</source>
      <translation>%1：%2 已于 %3 会签</translation>
    </message>
    <message>
      <source>%1: not signed off yet</source>
      <translation>%1：尚未会签</translation>
    </message>
    <message>
      <source>Not added</source>
      <translation>未添加</translation>
    </message>
    <message>
      <source>Not signed off</source>
      <translation>未能会签</translation>
    </message>
    <message>
      <source>Withdraw sign-off</source>
      <translation>撤回会签</translation>
    </message>
    <message>
      <source>Why is the sign-off withdrawn?</source>
      <translation>撤回会签的原因：</translation>
    </message>
    <message>
      <source>Not withdrawn</source>
      <translation>未撤回</translation>
    </message>
    <message>
      <source>Checklist sheet of the chosen site</source>
      <translation>所选场所的安全检查表</translation>
    </message>
    <message>
      <source>Rectification notice of the chosen item</source>
      <translation>所选整改项的整改通知书</translation>
    </message>
    <message>
      <source>Re-inspection opinion of the chosen item</source>
      <translation>所选整改项的复查意见书</translation>
    </message>
    <message>
      <source>Checklist sheet</source>
      <translation>安全检查表</translation>
    </message>
    <message>
      <source>Re-inspection opinion</source>
      <translation>复查意见书</translation>
    </message>
    <message>
      <source>Rectification notice</source>
      <translation>整改通知书</translation>
    </message>
    <message>
      <source>Daily security report</source>
      <translation>安保工作日报</translation>
    </message>
    <message>
      <source>Overdue in this department: %1 items and %2 rectifications — listed first.</source>
      <translation>本部门逾期：检查事项 %1 项，整改 %2 项（列表中排在最前）。</translation>
    </message>
    <message>
      <source>Security records</source>
      <translation>安保记录</translation>
    </message>
    <message>
      <source>Not issued</source>
      <translation>未下发</translation>
    </message>
    <message>
      <source>Issue checklists</source>
      <translation>下发检查表</translation>
    </message>
    <message>
      <source>%1 items issued to %2 sites.</source>
      <translation>已向 %2 个点位下发 %1 项检查事项。</translation>
    </message>
    <message>
      <source>Import templates</source>
      <translation>导入模板</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>未导入</translation>
    </message>
    <message>
      <source>Templates: %1 added, %2 changed, %3 unchanged.</source>
      <translation>模板：新增 %1 条，修改 %2 条，未变 %3 条。</translation>
    </message>
    <message>
      <source>Export templates</source>
      <translation>导出模板</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>未导出</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <source>Sign in</source>
      <translation>操作员登录</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Desk</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>所在部门</translation>
    </message>
    <message>
      <source>Laptop</source>
      <translation>电脑</translation>
    </message>
    <message>
      <source>As the system (%1)</source>
      <translation>跟随系统（%1）</translation>
    </message>
    <message>
      <source>Who is at this desk?</source>
      <translation>请登记本岗位操作员</translation>
    </message>
    <message>
      <source>fairdesk records every change under the name, desk and role you give here, so the committee can see who did what. They stay on this laptop for next time; nothing is sent anywhere.</source>
      <translation>fairdesk 会把每一项修改记在您在此填写的姓名、岗位和角色名下，便于组委会查明谁做了什么。这些信息只保存在本机，下次自动填好，不会发送到任何地方。</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN 码</translation>
    </message>
    <message>
      <source>Your name, as colleagues know you</source>
      <translation>您的姓名（同事认得的称呼）</translation>
    </message>
    <message>
      <source>Only if the committee gave your role one</source>
      <translation>仅当组委会为您的角色设了 PIN 时填写</translation>
    </message>
    <message>
      <source>Roles decide who may do the risky things (reprints, deletions, settings, restores). A fair whose committee set no PINs lets every role do everything.</source>
      <translation>角色决定谁可以做有风险的操作（重印证件、删除、修改设置、从备份恢复）。组委会未设置 PIN 的投洽会，任何角色都可做所有操作。</translation>
    </message>
    <message>
      <source>No particular role</source>
      <translation>不指定角色</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Type your name to continue.</source>
      <translation>请输入您的姓名后继续。</translation>
    </message>
  </context>
  <context>
    <name>SigningPage</name>
    <message>
      <source>Search project, investor, county</source>
      <translation>搜索项目、投资方、县区</translation>
    </message>
    <message>
      <source>New project…</source>
      <translation>新建项目…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Mark signed</source>
      <translation>标记为已签约</translation>
    </message>
    <message>
      <source>Add to running order</source>
      <translation>加入签约顺序</translation>
    </message>
    <message>
      <source>Parties and signatories</source>
      <translation>签约方与签约人</translation>
    </message>
    <message>
      <source>Remove from order</source>
      <translation>移出签约顺序</translation>
    </message>
    <message>
      <source>Minutes…</source>
      <translation>用时…</translation>
    </message>
    <message>
      <source>Witnessing leaders</source>
      <translation>见证领导</translation>
    </message>
    <message>
      <source>Signing</source>
      <translation>签约</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>County</source>
      <translation>县区</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>产业领域</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>签约类型</translation>
    </message>
    <message>
      <source>Capital</source>
      <translation>资金来源</translation>
    </message>
    <message>
      <source>Investor</source>
      <translation>投资方</translation>
    </message>
    <message>
      <source>Total (10k, own currency)</source>
      <translation>总投资（万，原币）</translation>
    </message>
    <message>
      <source>Total (¥100M)</source>
      <translation>总投资（亿元）</translation>
    </message>
    <message>
      <source>Contract (¥100M)</source>
      <translation>合同金额（亿元）</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Running order</source>
      <translation>签约顺序</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>签约方</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Signatory</source>
      <translation>签约人</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Min.</source>
      <translation>分钟</translation>
    </message>
    <message>
      <source>Investor signs</source>
      <translation>投资方签约人</translation>
    </message>
    <message>
      <source>Local party signs</source>
      <translation>地方签约人</translation>
    </message>
    <message>
      <source>Witnesses</source>
      <translation>见证领导</translation>
    </message>
    <message>
      <source>Not yet in an order</source>
      <translation>尚未排入顺序的项目</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Signing ceremony register</source>
      <translation>签约项目登记</translation>
    </message>
    <message>
      <source>Projects</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Counties and totals</source>
      <translation>县区与汇总</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>场次</translation>
    </message>
    <message>
      <source>Drag a row to change the order, or a project in from the right; times follow.</source>
      <translation>拖动一行可调整顺序，也可把右侧的项目拖入；时间随之更新。</translation>
    </message>
    <message>
      <source>All counties</source>
      <translation>全部县区</translation>
    </message>
    <message>
      <source>All stages</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>All documents</source>
      <translation>全部签约类型</translation>
    </message>
    <message>
      <source>Foreign and domestic</source>
      <translation>内资和外资</translation>
    </message>
    <message>
      <source>All sectors</source>
      <translation>全部产业</translation>
    </message>
    <message>
      <source>%1 projects · total %2 · foreign %3 · domestic %4 · contract %5 (¥100M)</source>
      <translation>%1 个项目 · 总投资 %2 · 外资 %3 · 内资 %4 · 合同金额 %5（亿元）</translation>
    </message>
    <message>
      <source>The agenda has no signing session yet.</source>
      <translation>议程中还没有签约仪式。</translation>
    </message>
    <message>
      <source>%1 signings · %2 min · %3–%4</source>
      <translation>%1 项签约 · %2 分钟 · %3–%4</translation>
    </message>
    <message>
      <source>No problems found.</source>
      <translation>未发现问题。</translation>
    </message>
    <message>
      <source>%1 to fix, %2 to confirm:</source>
      <translation>%1 项须处理，%2 项待确认：</translation>
    </message>
    <message>
      <source>No. %1: %2</source>
      <translation>第 %1 项：%2</translation>
    </message>
    <message>
      <source>… and %1 more (hover a row for why)</source>
      <translation>……另有 %1 项（鼠标停在该行上可看原因）</translation>
    </message>
    <message>
      <source>Not signed</source>
      <translation>未能标记签约</translation>
    </message>
    <message>
      <source>Not added</source>
      <translation>未添加</translation>
    </message>
    <message>
      <source>Not moved</source>
      <translation>未能调整顺序</translation>
    </message>
    <message>
      <source>Not removed</source>
      <translation>未能移出</translation>
    </message>
  </context>
  <context>
    <name>SigningPrinting</name>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Import county list…</source>
      <translation>导入县区项目表…</translation>
    </message>
    <message>
      <source>Exchange rates…</source>
      <translation>汇率…</translation>
    </message>
    <message>
      <source>Running order sheet (PDF)…</source>
      <translation>签约仪式程序（PDF）…</translation>
    </message>
    <message>
      <source>MC's script (PDF)…</source>
      <translation>主持词（PDF）…</translation>
    </message>
    <message>
      <source>MC's script (Word)…</source>
      <translation>主持词（Word）…</translation>
    </message>
    <message>
      <source>Leaders' summary (PDF)…</source>
      <translation>签约成果汇总表（PDF）…</translation>
    </message>
    <message>
      <source>Leaders' summary (Excel)…</source>
      <translation>签约成果汇总表（Excel）…</translation>
    </message>
    <message>
      <source>Table cards for the stage…</source>
      <translation>签约台席卡…</translation>
    </message>
    <message>
      <source>Send to a printer</source>
      <translation>送打印机打印</translation>
    </message>
    <message>
      <source>Running order sheet…</source>
      <translation>签约仪式程序…</translation>
    </message>
    <message>
      <source>MC's script…</source>
      <translation>主持词…</translation>
    </message>
    <message>
      <source>Leaders' summary…</source>
      <translation>签约成果汇总表…</translation>
    </message>
    <message>
      <source>Running order</source>
      <translation>签约顺序</translation>
    </message>
    <message>
      <source>MC's script</source>
      <translation>主持词</translation>
    </message>
    <message>
      <source>Leaders' summary</source>
      <translation>签约成果汇总表</translation>
    </message>
    <message>
      <source>Import county list</source>
      <translation>导入县区项目表</translation>
    </message>
    <message>
      <source>Lists (*.xlsx *.xls *.csv)</source>
      <translation>名单 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>未导入</translation>
    </message>
    <message>
      <source>Exchange rates</source>
      <translation>汇率</translation>
    </message>
    <message>
      <source>Currency (CNY per unit)</source>
      <translation>币种（每单位折合人民币）</translation>
    </message>
    <message>
      <source>CNY per 1 %1</source>
      <translation>1 %1 折合人民币</translation>
    </message>
    <message>
      <source>Rate not changed</source>
      <translation>汇率未更改</translation>
    </message>
  </context>
  <context>
    <name>StartPanel</name>
    <message>
      <source>Investment Fair Desk</source>
      <translation>投洽会现场工作台</translation>
    </message>
    <message>
      <source>Create a new fair file or open an existing one.</source>
      <translation>新建一个投洽会文件，或打开已有文件。</translation>
    </message>
    <message>
      <source>New fair…</source>
      <translation>新建投洽会…</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <source>Recent fairs</source>
      <translation>最近打开</translation>
    </message>
  </context>
  <context>
    <name>SyncDialog</name>
    <message>
      <source>Exchange with another desk</source>
      <translation>与其他电脑交换数据</translation>
    </message>
    <message>
      <source>Export for another desk…</source>
      <translation>导出给其他电脑…</translation>
    </message>
    <message>
      <source>Import from another desk…</source>
      <translation>导入其他电脑的数据…</translation>
    </message>
    <message>
      <source>Take the other value</source>
      <translation>改用另一个值</translation>
    </message>
    <message>
      <source>Merge the two guests</source>
      <translation>合并为一位嘉宾</translation>
    </message>
    <message>
      <source>Mark as reviewed</source>
      <translation>标记为已核对</translation>
    </message>
    <message>
      <source>Add desk</source>
      <translation>添加电脑</translation>
    </message>
    <message>
      <source>Another desk's address, e.g. 192.168.1.20:47120</source>
      <translation>另一台电脑的地址，例如 192.168.1.20:47120</translation>
    </message>
    <message>
      <source>Items to review: %1</source>
      <translation>需要核对：%1 项</translation>
    </message>
    <message>
      <source>Export for another desk</source>
      <translation>导出给其他电脑</translation>
    </message>
    <message>
      <source>Exchange files (*.fairsync)</source>
      <translation>交换文件 (*.fairsync)</translation>
    </message>
    <message>
      <source>Cannot export</source>
      <translation>无法导出</translation>
    </message>
    <message>
      <source>Wrote %1: changes of %2 records.</source>
      <translation>已写入 %1：%2 条记录的变更。</translation>
    </message>
    <message>
      <source>Import from another desk</source>
      <translation>导入其他电脑的数据</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>无法导入</translation>
    </message>
    <message>
      <source>Merged %1 records from another desk; %2 to review.</source>
      <translation>已合并其他电脑的 %1 条记录，%2 项需要核对。</translation>
    </message>
    <message>
      <source>Cannot change</source>
      <translation>无法修改</translation>
    </message>
    <message>
      <source>Cannot start the LAN exchange</source>
      <translation>无法开始局域网同步</translation>
    </message>
    <message>
      <source>Start the LAN exchange first.</source>
      <translation>请先开始局域网同步。</translation>
    </message>
    <message>
      <source>Give the desk's address as address:port.</source>
      <translation>请按“地址:端口”填写那台电脑的地址。</translation>
    </message>
    <message>
      <source>Stop the LAN exchange</source>
      <translation>停止局域网同步</translation>
    </message>
    <message>
      <source>Start the LAN exchange</source>
      <translation>开始局域网同步</translation>
    </message>
    <message>
      <source>Over the LAN: off. Desks of this fair on the same network find each other once started.</source>
      <translation>局域网同步：未开启。开始后，同一网络中本届投洽会的电脑会互相找到。</translation>
    </message>
    <message>
      <source>looking for other desks…</source>
      <translation>正在寻找其他电脑…</translation>
    </message>
    <message>
      <source>Over the LAN at %1:%2: %3</source>
      <translation>局域网同步（本机 %1:%2）：%3</translation>
    </message>
  </context>
  <context>
    <name>TableCards</name>
    <message>
      <source>Table cards</source>
      <translation>席卡</translation>
    </message>
  </context>
  <context>
    <name>TableSearch</name>
    <message>
      <source>Search: name, pinyin (lyt), hotel, plate…</source>
      <translation>搜索：姓名、拼音（lyt）、酒店、车牌…</translation>
    </message>
  </context>
  <context>
    <name>TransitionsBox</name>
    <message>
      <source>Note for the history (optional)</source>
      <translation>备注（记入邀请记录，可不填）</translation>
    </message>
    <message>
      <source>Move to:</source>
      <translation>改为：</translation>
    </message>
  </context>
  <context>
    <name>TransportPage</name>
    <message>
      <source>New trip…</source>
      <translation>新建行程…</translation>
    </message>
    <message>
      <source>Generate pickups…</source>
      <translation>生成接站行程…</translation>
    </message>
    <message>
      <source>Print dispatch sheets…</source>
      <translation>打印派车单…</translation>
    </message>
    <message>
      <source>Trips of the day</source>
      <translation>当日行程</translation>
    </message>
    <message>
      <source>Fleet</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Drivers</source>
      <translation>驾驶员</translation>
    </message>
    <message>
      <source>Passengers…</source>
      <translation>乘车人…</translation>
    </message>
    <message>
      <source>Vehicles &amp; trips</source>
      <translation>车辆与行程</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Trips</source>
      <translation>行程</translation>
    </message>
    <message>
      <source>Clashes</source>
      <translation>冲突</translation>
    </message>
    <message>
      <source>clash (hover for the reason)</source>
      <translation>冲突（鼠标悬停查看原因）</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>用途</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>路线</translation>
    </message>
    <message>
      <source>Flight/train</source>
      <translation>航班/车次</translation>
    </message>
    <message>
      <source>Vehicle</source>
      <translation>车辆</translation>
    </message>
    <message>
      <source>Driver</source>
      <translation>驾驶员</translation>
    </message>
    <message>
      <source>Passengers</source>
      <translation>乘车人数</translation>
    </message>
    <message>
      <source>Escort</source>
      <translation>引领陪同</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Plate</source>
      <translation>车牌</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>车型</translation>
    </message>
    <message>
      <source>Seats</source>
      <translation>座位数</translation>
    </message>
    <message>
      <source>Supplied by</source>
      <translation>保障单位</translation>
    </message>
    <message>
      <source>Usual drivers</source>
      <translation>常驾驾驶员</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Usual vehicle</source>
      <translation>常驾车辆</translation>
    </message>
    <message>
      <source>Clashes in the transport plan: %1</source>
      <translation>车辆安排冲突：%1 处</translation>
    </message>
    <message>
      <source>warnings: %1</source>
      <translation>提醒：%1 处</translation>
    </message>
    <message>
      <source>Clashes (%1) · warnings (%2)</source>
      <translation>冲突（%1）· 提醒（%2）</translation>
    </message>
    <message>
      <source>Warnings (%1)</source>
      <translation>提醒（%1）</translation>
    </message>
    <message>
      <source>Clashes (%1)</source>
      <translation>冲突（%1）</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <source>%1 · %2 seats</source>
      <translation>%1 · %2 座</translation>
    </message>
    <message>
      <source>No vehicle</source>
      <translation>未派车</translation>
    </message>
    <message>
      <source>to assign</source>
      <translation>待安排</translation>
    </message>
  </context>
  <context>
    <name>UnitProgressView</name>
    <message>
      <source>Inviting unit</source>
      <translation>邀请单位</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>受邀</translation>
    </message>
    <message>
      <source>Attending</source>
      <translation>参会</translation>
    </message>
    <message>
      <source>Arrived</source>
      <translation>已报到</translation>
    </message>
    <message>
      <source>% of target</source>
      <translation>完成率</translation>
    </message>
    <message>
      <source>Shortfall</source>
      <translation>缺口</translation>
    </message>
    <message>
      <source>Foreign target</source>
      <translation>境外目标</translation>
    </message>
    <message>
      <source>Foreign attending</source>
      <translation>境外参加</translation>
    </message>
    <message>
      <source>Foreign %</source>
      <translation>境外完成率</translation>
    </message>
    <message>
      <source>Foreign shortfall</source>
      <translation>境外缺口</translation>
    </message>
    <message>
      <source>Export progress…</source>
      <translation>导出进度…</translation>
    </message>
    <message>
      <source>Progress exported to %1</source>
      <translation>进度已导出：%1</translation>
    </message>
    <message>
      <source>Export progress</source>
      <translation>导出邀请单位进度</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
  </context>
  <context>
    <name>WalkInDialog</name>
    <message>
      <source>Register a walk-in</source>
      <translation>现场登记</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Register, check in and print the badge</source>
      <translation>登记、报到并打印证件</translation>
    </message>
  </context>
  <context>
    <name>WallView</name>
    <message>
      <source>Wall view</source>
      <translation>大屏显示</translation>
    </message>
    <message>
      <source>Attending</source>
      <translation>参会</translation>
    </message>
    <message>
      <source>Arrived</source>
      <translation>已报到</translation>
    </message>
    <message>
      <source>Rooms assigned</source>
      <translation>已排房</translation>
    </message>
    <message>
      <source>Security done</source>
      <translation>安保完成率</translation>
    </message>
    <message>
      <source>Projects signed</source>
      <translation>已签约项目</translation>
    </message>
    <message>
      <source>Signed (¥100M)</source>
      <translation>签约总投资（亿元）</translation>
    </message>
    <message>
      <source>Last change: %1 · Esc closes</source>
      <translation>最近更新：%1 · 按 Esc 退出</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Something went wrong: %1</source>
      <translation>出现意外错误：%1</translation>
    </message>
    <message>
      <source>Your data is safe: each change is saved whole or not at all. The details are in %1.</source>
      <translation>数据是安全的：每项修改要么完整保存，要么完全不保存。详细信息见 %1。</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>意外错误</translation>
    </message>
  </context>
</TS>
