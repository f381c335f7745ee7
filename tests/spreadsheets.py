"""Spreadsheets as they turn up from inviting units, broken in the ways that broke the
reader (issue 13, 6), and a seeded generator of many more (hypothesis is not installed:
random + xlsxwriter, bounded in number)."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import xlsxwriter

HEADER = ["序号", "姓名", "单位", "职务", "电话", "证件号码", "邀请单位"]


def guest_rows(n: int, rnd: random.Random | None = None) -> list[list[object]]:
    rnd = rnd or random.Random(1)
    return [[i + 1, f"张{'伟芳娜敏静'[i % 5]}{i}", "临港区招商局", "处长",
             f"138{rnd.randrange(10**8):08d}", "", "东港区"] for i in range(n)]


def workbook(path: Path, sheets: list[tuple[str, list[list[object]], str]]) -> Path:
    """``sheets``: (name, rows, state) with state "visible", "hidden" or "very_hidden"."""
    book = xlsxwriter.Workbook(str(path))
    made = []
    for name, rows, state in sheets:
        ws = book.add_worksheet(name)
        for r, row in enumerate(rows):
            ws.write_row(r, 0, row)
        made.append((ws, state))
    first_visible = next(ws for ws, state in made if state == "visible")
    first_visible.activate()
    for ws, state in made:
        if state == "hidden":
            ws.hide()
        elif state == "very_hidden":
            ws.very_hidden()
    book.close()
    return path


def with_stray_cell(path: Path, cell: tuple[int, int]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("名单")
    for r, row in enumerate([HEADER, *guest_rows(3)]):
        ws.write_row(r, 0, row)
    ws.write(*cell, "x")
    book.close()
    return path


def patched(src: Path, dst: Path, old: bytes, new: bytes) -> Path:
    """``src`` with ``old`` replaced by ``new`` in its first sheet's XML."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(old, new)
            zout.writestr(item, data)
    return dst


def spill_cell(path: Path) -> Path:
    """A dynamic-array formula whose result is the error #SPILL! (t="e", as Excel saves)."""
    plain = path.with_name("plain-" + path.name)
    book = xlsxwriter.Workbook(str(plain))
    ws = book.add_worksheet("名单")
    for r, row in enumerate([HEADER, *guest_rows(3)]):
        ws.write_row(r, 0, row)
    ws.write_formula(1, 3, "=_xlfn.ANCHORARRAY(A1)", None, "#SPILL!")
    book.close()
    return patched(plain, path, b'cm="1" t="str"', b'cm="1" t="e"')


def password_protected(path: Path) -> Path:
    """What Excel writes for an .xlsx with an opening password: an OLE box, not a zip."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(3).randbytes(4088))
    return path


# --- the generated corpus ---------------------------------------------------------------------
ODD_TEXT = ["", " ", "\t", "=1+1", "#N/A", "合计", "姓名", "\x00", "\u202e", "𠀀𠀁", "'0012",
            "1e308", "-0", "NaN", "2026-02-30", "13800000000", "x" * 300, '"', "\r\n", "、"]


def _cell(rnd: random.Random) -> object:
    kind = rnd.randrange(6)
    if kind == 0:
        return rnd.choice(ODD_TEXT)
    if kind == 1:
        return rnd.uniform(-1e12, 1e12)
    if kind == 2:
        return rnd.randrange(-10**15, 10**15)
    if kind == 3:
        return "".join(chr(rnd.randrange(32, 0x9FFF)) for _ in range(rnd.randrange(1, 12)))
    if kind == 4:
        return rnd.choice([True, False])
    return rnd.choice(HEADER)


def random_workbook(path: Path, rnd: random.Random) -> Path:
    book = xlsxwriter.Workbook(str(path))
    states = []
    for s in range(rnd.randrange(1, 4)):
        ws = book.add_worksheet(f"S{s}")
        states.append(ws)
        start = rnd.randrange(0, 5)
        if rnd.random() < 0.7:
            ws.write_row(start, 0, rnd.sample(HEADER, rnd.randrange(1, len(HEADER))))
        for r in range(rnd.randrange(0, 30)):
            ws.write_row(start + 1 + r, 0, [_cell(rnd) for _ in range(rnd.randrange(1, 10))])
        if rnd.random() < 0.2:  # a stray cell far away (far rows are slow to *write*:
            # xlsxwriter walks every row, so those have their own tests)
            ws.write(rnd.randrange(100, 5_000), rnd.randrange(0, 16_384), "x")
        if rnd.random() < 0.1:
            ws.write(rnd.randrange(1, 40), rnd.randrange(0, 8), "y" * 100_000)
    states[0].activate()
    for ws in states[1:]:
        if rnd.random() < 0.3:
            ws.hide()
    book.close()
    if rnd.random() < 0.25:  # damage: a cut, or flipped bytes
        data = bytearray(path.read_bytes())
        if rnd.random() < 0.5:
            data = data[: rnd.randrange(1, len(data))]
        else:
            for _ in range(rnd.randrange(1, 20)):
                data[rnd.randrange(len(data))] = rnd.randrange(256)
        path.write_bytes(bytes(data))
    return path


def random_csv(path: Path, rnd: random.Random) -> Path:
    ends = rnd.choice(["\n", "\r\n", "\r"])
    lines = [",".join(rnd.sample(HEADER, rnd.randrange(1, len(HEADER))))]
    for _ in range(rnd.randrange(0, 30)):
        cells = []
        for _ in range(rnd.randrange(1, 9)):
            cell = str(_cell(rnd))
            if rnd.random() < 0.1:
                cell = '"' + cell  # a quote never closed
            elif rnd.random() < 0.2:
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        lines.append(",".join(cells))
    if rnd.random() < 0.05:
        lines.append("z" * 140_000)  # over csv's field limit
    encoding = rnd.choice(["utf-8", "utf-8-sig", "gb18030"])
    data = ends.join(lines).encode(encoding, "replace")
    if rnd.random() < 0.15:
        data = rnd.randbytes(rnd.randrange(1, 600))
    path.write_bytes(data)
    return path
