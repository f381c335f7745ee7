"""Guests: importing a 10,000-row list, and search per keystroke on 10,000 guests.

Each figure is measured next to its floor in the same run:
- import: python-calamine just reading the same .xlsx (goal: whole import within 3x),
  with the steps (read / parse / dedupe / write) and the write's own floor (SQLite
  alone inserting the same guest, history and audit rows). Read + that write floor is
  the least any import can take; it is already over 3x the read, so the note gives
  both ratios;
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


def _best(fn, repeat: int = 3) -> tuple[float, float]:
    """(best wall-clock seconds, best CPU seconds) over ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def _forget_caches() -> None:
    """Empty the per-value caches (parsed cells, pinyin, folded names) so that each timed
    import is a first import: only pypinyin's and OpenCC's tables stay loaded, as the
    window loads them at start."""
    import functools

    from fairdesk.core.guests import names, service
    from fairdesk.core.guests.importing import cell_values, columns

    for module in (cell_values, names, service, columns):
        for name, value in vars(module).items():
            if isinstance(value, functools._lru_cache_wrapper) and name != "_t2s_table":
                value.cache_clear()


def bench_import(tmp: Path) -> tuple[list[dict], Path]:
    """The whole import against calamine reading the file; then its steps and their floors.

    Each timed import goes into a fair already created (as the wizard imports into
    the open fair), with the caches emptied, and includes closing the fair.
    """
    from python_calamine import CalamineWorkbook

    from fairdesk.core.fair import Fair
    from fairdesk.core.guests.importing import import_file
    from fairdesk.core.guests.names import char_pinyin, fold_text

    char_pinyin("张")  # load pypinyin's dictionary once, as the window does at start
    fold_text("張")  # and OpenCC's character table (the search index loads it)
    source = make_list(tmp / "list.xlsx")
    def bare_read() -> None:
        CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).to_python(
            skip_empty_area=False)

    runs = iter(range(100))
    fair_path = tmp / "import0.fair"
    walls, cpus, floors, floor_cpus = [], [], [], []
    for _ in range(3):  # the floor measured next to each import: the machine's load varies
        floor, floor_cpu = _best(bare_read, 1)
        floors.append(floor)
        floor_cpus.append(floor_cpu)
        fair_path = tmp / f"import{next(runs)}.fair"
        fair = Fair.create(fair_path)
        _forget_caches()
        wall, cpu = time.perf_counter(), time.process_time()
        result = import_file(fair, source)
        fair.close()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        assert result.imported > 9_000, result.summary()
    value, value_cpu = min(walls), min(cpus)
    floor, floor_cpu = min(floors), min(floor_cpus)
    stages = _stages(tmp, source)
    write_floor = next(f["floor"] for f in stages if "floor" in f)
    least = floor_cpu + write_floor
    figures = [
        {"figure": "import 10,000-row .xlsx (read, validate, dedupe, pinyin, write), wall",
         "value": round(value, 3), "unit": "s", "floor": round(floor, 3),
         "goal": "<= 3x floor (python-calamine reading the file)",
         "ratio": round(value / floor, 1)},
        {"figure": "import 10,000-row .xlsx, CPU time (steadier on a shared machine)",
         "value": round(value_cpu, 3), "unit": "s", "floor": round(floor_cpu, 3),
         "goal": "<= 3x floor", "ratio": round(value_cpu / floor_cpu, 1)},
        *stages,
        {"figure": "  least possible: calamine read + bare SQLite write of the same rows (CPU)",
         "value": round(least, 3), "unit": "s",
         "ratio": round(least / floor_cpu, 1),
         "note": "the import cannot beat this while it writes what it must (guest, history, "
                 "audited after-image)" + (": 3x the read is out of reach"
                                           if least > 3 * floor_cpu else "")},
    ]
    return figures, fair_path


def _stages(tmp: Path, source: Path, repeat: int = 3) -> list[dict]:
    """CPU seconds of each step of an import (best of ``repeat``), and SQLite alone
    writing the same rows."""
    from fairdesk.core.fair import Fair
    from fairdesk.core.guests.importing import (
        apply_import,
        build_preview,
        guess_columns,
        read_table,
    )

    best: dict[str, float] = {}
    floors: dict[str, float] = {}
    for i in range(repeat):
        fair = Fair.create(tmp / f"stages{i}.fair")
        _forget_caches()
        cpu = time.process_time()
        raw = read_table(source)
        spent = {"read": time.process_time() - cpu}
        preview = build_preview(fair, raw, guess_columns(raw), timings=spent)
        cpu = time.process_time()
        apply_import(fair, preview)
        fair.close()
        spent["write"] = time.process_time() - cpu
        written = Fair.open(tmp / f"stages{i}.fair")
        for step, seconds in {**spent, **_sqlite_floor(written, tmp / f"floor{i}.fair")}.items():
            best[step] = min(best.get(step, seconds), seconds)
        written.close()
    floors = {t: best[t] for t in FLOOR_TABLES}
    write_floor = sum(floors.values())
    return [
        {"figure": "  step: read and find header (CPU)", "value": round(best["read"], 3),
         "unit": "s"},
        {"figure": "  step: parse and check cells, derive fields (CPU)",
         "value": round(best["parse"], 3), "unit": "s"},
        {"figure": "  step: find duplicates, in the file and in the fair (CPU)",
         "value": round(best["dedupe"], 3), "unit": "s"},
        {"figure": "  step: write guests, history, audit rows; pinyin; close (CPU)",
         "value": round(best["write"], 3), "unit": "s", "floor": round(write_floor, 3),
         "floor_parts": {t: round(v, 3) for t, v in floors.items()},
         "note": "floor: SQLite alone inserting the same rows (executemany, prepared, "
                 "foreign keys on, one transaction)"},
    ]


FLOOR_TABLES = ("inviting_units", "guests", "invitation_history", "audit_log")


def _sqlite_floor(fair, target: Path) -> dict[str, float]:  # noqa: ANN001
    """CPU seconds per table for bare executemany of the rows the import wrote, into a new
    fair (the same schema, pages, indexes and foreign keys), committed and closed."""
    from fairdesk.core.fair import Fair

    empty = Fair.create(target)
    data = {t: fair.db.execute(f"SELECT * FROM [{t}]").fetchall() for t in FLOOR_TABLES}
    spent: dict[str, float] = {}
    conn = empty.db.conn
    conn.execute("BEGIN")
    for t in FLOOR_TABLES:
        cpu = time.process_time()
        if data[t]:
            marks = ",".join("?" * len(data[t][0]))
            conn.executemany(f"INSERT OR IGNORE INTO [{t}] VALUES ({marks})", data[t])
        spent[t] = time.process_time() - cpu
    cpu = time.process_time()
    conn.execute("COMMIT")
    empty.close()  # the checkpoint into the file, as the timed import closes its fair
    spent["audit_log"] += time.process_time() - cpu  # counted with the last table
    return spent


KEYSTROKES = ["zhangwei", "zw", "muller", "1234", "张伟", "wangfang", "siemens", "13812", "王"]


def bench_search(fair_path: Path) -> list[dict]:
    from fairdesk.core.fair import Fair
    from fairdesk.core.guests.search import GuestSearch

    fair = Fair.open(fair_path)
    count = fair.count("guests")
    start, cpu = time.perf_counter(), time.process_time()
    index = GuestSearch(fair, listen=False)
    index.search("")  # the columns are made on first use
    build = time.perf_counter() - start  # the first build, as when the window opens a fair
    build_cpu = time.process_time() - cpu
    times, cpu_times, hits = [], [], {}
    for _round in range(5):
        for word in KEYSTROKES:
            index._last = None  # a new word typed into an empty box
            for end in range(1, len(word) + 1):
                index._cache.clear()  # cold: no result remembered from an earlier round
                start, cpu = time.perf_counter(), time.process_time()
                found = index.search(word[:end])
                times.append((time.perf_counter() - start) * 1000)
                cpu_times.append((time.process_time() - cpu) * 1000)
            hits[word] = len(found)
    p95 = statistics.quantiles(times, n=20)[-1]
    p95_cpu = statistics.quantiles(cpu_times, n=20)[-1]
    like, trigram, trigram_hits = _sql_floors(fair)
    fair.close()
    return [
        {"figure": f"search index build ({count} guests), first, wall", "value": round(build, 3),
         "unit": "s", "goal": "well under 0.5 s"},
        {"figure": "search index build, CPU time", "value": round(build_cpu, 3), "unit": "s",
         "goal": "well under 0.5 s"},
        {"figure": "search p95 per keystroke (in-memory index)", "value": round(p95, 2),
         "unit": "ms", "floor": round(like, 2), "goal": "<= 10 ms",
         "max": round(max(times), 2), "hits": hits},
        {"figure": "search p95 per keystroke, CPU time (steadier on a shared machine)",
         "value": round(p95_cpu, 2), "unit": "ms", "goal": "<= 10 ms",
         "median": round(statistics.median(cpu_times), 2)},
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


def _search_fair(tmp: Path, imported: Path) -> tuple[Path, str]:
    """A 10,000-guest demo fair when fairdesk.core.demo is there, else the imported list."""
    try:
        from fairdesk.core.demo import create_demo_fair
    except ImportError:
        return imported, "imported list"
    path = tmp / "demo.fair"
    create_demo_fair(path, guests=10_000).close()
    return path, "demo fair"


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        figures, fair_path = bench_import(Path(tmp))
        search_path, source = _search_fair(Path(tmp), fair_path)
        searched = bench_search(search_path)
        for figure in searched:
            figure["fair"] = source
        figures += searched
    for figure in figures:
        if "ratio" in figure and "goal" in figure:
            figure["met"] = figure["ratio"] <= 3
        elif figure.get("goal") == "<= 10 ms":
            figure["met"] = figure["value"] <= 10
    return figures


if __name__ == "__main__":
    for figure in run():
        print(figure)
