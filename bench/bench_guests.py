"""Guests: importing a 10,000-row list, and search per keystroke on 10,000 guests.

Each figure is measured next to its floor in the same run:
- import: python-calamine just reading the same .xlsx (goal: whole import within 3x);
- search: the in-memory index against SQLite LIKE and FTS5 trigram on the same guests
  (goal: p95 per keystroke <= 10 ms).

Run: ``PYTHONPATH=. python bench/bench_guests.py``.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志文斌鹏辉玲飞宇浩然俊峰晨阳雪梅海波家豪子涵思雨博文嘉怡"
FOREIGN = ["Anna Müller", "Hans Weber", "Søren Kierkegaard-Holm", "Nguyễn Văn An", "Hiroshi Tanaka",
           "Kim Min-jun", "Jean-Luc Dupont", "Maria García López", "Rajesh Kumar", "John Smith",
           "O'Connor, Patrick", "Olga Petrova", "Ahmed Al-Mansouri", "Lars Nilsson"]
ORGS = ["中远海运集团", "宁德时代新能源科技股份有限公司", "比亚迪股份有限公司", "华润置地有限公司",
        "广州港集团", "浙江吉利控股集团", "江苏沙钢集团", "台塑企業", "新鸿基地产", "Siemens Energy",
        "Vestas Wind Systems", "Mitsui & Co.", "Vingroup", "BASF", "Tata Projects"]
COUNTRIES = ["中国"] * 12 + ["中国香港", "中国台湾", "德国", "日本", "越南", "丹麦", "印度", "Korea"]
UNITS = ["市商务局", "南山县", "北湖区", "临港区", "文旅局", "东江县", "西岭县", "工信局"]
TITLES = ["董事长", "总经理", "副总裁", "投资总监", "项目经理", "Sales Director", "General Manager"]
HEAD = ["序号", "姓名", "性别", "工作单位", "职务", "国家/地区", "联系电话", "电子邮箱", "证件号码",
        "邀请单位", "是否参会", "抵达时间", "航班/车次", "备注"]


def _name(rng: random.Random) -> str:
    if rng.random() < 0.08:
        return rng.choice(FOREIGN)
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _phone(rng: random.Random, i: int) -> object:
    digits = f"1{rng.choice('3578')}{i:09d}"
    form = rng.randrange(5)
    if form == 0:
        return float(digits)
    if form == 1:
        return f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}"
    if form == 2:
        return f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
    if form == 3:
        return digits.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return digits


def _arrival(rng: random.Random) -> object:
    moment = datetime(2026, 5, 17, 8) + timedelta(minutes=15 * rng.randrange(250))
    form = rng.randrange(4)
    if form == 0:
        return moment
    if form == 1:
        return f"{moment.month}月{moment.day}日{moment.hour}点"
    if form == 2:
        return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"
    return f"{moment:%Y/%m/%d %H:%M}"


def make_list(path: Path, rows: int = 10_000, seed: int = 2026) -> Path:
    """A county-style list: title row, header, ``rows`` guests, a totals row."""
    import xlsxwriter

    rng = random.Random(seed)
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("客商名单")
    dt = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    ws.merge_range(0, 0, 0, len(HEAD) - 1, "2026年投资洽谈会客商邀请名单")
    ws.write_row(2, 0, HEAD)
    for i in range(rows):
        reply = rng.choice(["是", "是", "否", "待定"])
        arrival = _arrival(rng) if reply == "是" else ""
        values = [i + 1, _name(rng), rng.choice("男女"), rng.choice(ORGS), rng.choice(TITLES),
                  rng.choice(COUNTRIES), _phone(rng, i), f"guest{i}@example.com",
                  f"{rng.randrange(10**17, 10**18)}", rng.choice(UNITS), reply, arrival,
                  rng.choice(["G1234", "MU5137", "自驾", ""]), rng.choice(["", "清真", "素食", ""])]
        for c, v in enumerate(values):
            if isinstance(v, datetime):
                ws.write_datetime(3 + i, c, v, dt)
            else:
                ws.write(3 + i, c, v)
    ws.write_row(3 + rows, 0, ["合计", f"{rows}人"])
    book.close()
    return path


def _best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_import(tmp: Path) -> tuple[list[dict], Path]:
    from python_calamine import CalamineWorkbook

    from fairdesk.core.fair import Fair
    from fairdesk.core.guest_import import import_file

    source = make_list(tmp / "list.xlsx")
    floor = _best(lambda: CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0)
                  .to_python(skip_empty_area=False))
    timings, fair_path = [], None
    for run in range(3):
        fair_path = tmp / f"import{run}.fair"
        fair = Fair.create(fair_path)
        start = time.perf_counter()
        result = import_file(fair, source)
        timings.append(time.perf_counter() - start)
        assert result.imported > 9_000, result.summary()
        fair.close()
    value = min(timings)
    figures = [
        {"figure": "import 10,000-row .xlsx (read, validate, dedupe, pinyin, write)",
         "value": round(value, 3), "unit": "s", "floor": round(floor, 3),
         "goal": "<= 3x floor (python-calamine reading the file)",
         "ratio": round(value / floor, 2)},
    ]
    return figures, fair_path


KEYSTROKES = ["zhangwei", "zw", "muller", "1234", "张伟", "wangfang", "siemens", "13812"]


def bench_search(fair_path: Path) -> list[dict]:
    from fairdesk.core.fair import Fair
    from fairdesk.core.search import GuestSearch

    fair = Fair.open(fair_path)
    count = fair.count("guests")
    build = _best(lambda: GuestSearch(fair, listen=False))
    index = GuestSearch(fair, listen=False)
    index.search("")  # the joined strings are made on first use
    times, hits = [], {}
    for _round in range(5):
        for word in KEYSTROKES:
            index._last = None  # a new word typed into an empty box
            for end in range(1, len(word) + 1):
                index._cache.clear()  # cold: no result remembered from an earlier round
                start = time.perf_counter()
                found = index.search(word[:end])
                times.append((time.perf_counter() - start) * 1000)
            hits[word] = len(found)
    p95 = statistics.quantiles(times, n=20)[-1]
    like, trigram, trigram_hits = _sql_floors(fair)
    fair.close()
    return [
        {"figure": f"search index build ({count} guests)", "value": round(build, 3), "unit": "s",
         "goal": "well under 0.5 s"},
        {"figure": "search p95 per keystroke (in-memory index)", "value": round(p95, 2),
         "unit": "ms", "floor": round(like, 2), "goal": "<= 10 ms",
         "max": round(max(times), 2), "hits": hits},
        {"figure": "SQLite LIKE '%q%' over name/pinyin/org/phone, p95 per keystroke",
         "value": round(like, 2), "unit": "ms"},
        {"figure": "SQLite FTS5 trigram, p95 per keystroke (cannot match 1-2 char queries)",
         "value": round(trigram, 2), "unit": "ms", "hits_for_张伟": trigram_hits},
    ]


def _sql_floors(fair) -> tuple[float, float, int]:
    conn = sqlite3.connect(":memory:")
    rows = fair.rows("SELECT id, name_fold, search_key, org_fold, phone_norm FROM guests")
    conn.execute("CREATE TABLE g (id, name, pinyin, org, phone)")
    conn.executemany("INSERT INTO g VALUES (?,?,?,?,?)",
                     [tuple(r.values()) for r in rows])
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(name, pinyin, org, phone, tokenize='trigram')")
    conn.execute("INSERT INTO f SELECT name, pinyin, org, phone FROM g")
    like_times, fts_times = [], []
    for word in KEYSTROKES:
        for end in range(1, len(word) + 1):
            q = word[:end]
            start = time.perf_counter()
            conn.execute("SELECT id FROM g WHERE name LIKE ?1 OR pinyin LIKE ?1 OR org LIKE ?1"
                         " OR phone LIKE ?1", [f"%{q}%"]).fetchall()
            like_times.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            conn.execute("SELECT rowid FROM f WHERE f MATCH ?", [f'"{q}"']).fetchall()
            fts_times.append((time.perf_counter() - start) * 1000)
    trigram_hits = len(conn.execute("SELECT rowid FROM f WHERE f MATCH ?", ['"张伟"']).fetchall())
    conn.close()
    return (statistics.quantiles(like_times, n=20)[-1], statistics.quantiles(fts_times, n=20)[-1],
            trigram_hits)


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        figures, fair_path = bench_import(Path(tmp))
        figures += bench_search(fair_path)
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure)
