"""A county's messy project list, as counties send them: a title over merged cells, a
"填报单位" line, units in the headers and in the cells, full-width digits, a totals row and
a note under it, and (optionally) one amount nobody can read."""

from __future__ import annotations

from pathlib import Path

import openpyxl

HEADER = ["序号", "项目名称", "投资方", "国别", "所属县区", "产业类别", "签约类型",
          "总投资（亿元）", "合同金额（万元）", "币种", "备注"]


def messy_rows(bad_amount: bool = False) -> list[list[object]]:
    return [
        [1, "东港区海上风电运维基地项目", "远景能源有限公司", "中国", "东港区", "新能源", "合同",
         3.5, 20000, "", "外方董事长出席"],
        [2, "东港区冷链物流中心项目", "Pacific Cold Chain Ltd.", "美国", "东港区", "物流", "协议",
         "5000万美元", "3,000万美元", "美元", ""],
        [3, "西山县温泉康养度假区项目", "香港信和集团", "中国香港", "西山县", "文旅", "意向",
         "１２亿", "２，０００万", "", "全角数字"],
        [4, "东港区集成电路封装项目", "华芯科技股份有限公司", "", "", "高新技术", "合同协议",
         "abc" if bad_amount else "8", 50000, "", ""],
        ["合计", "", "", "", "", "", "", 28.5, 75000, "", ""],
        ["注：金额按签约文本填写。", "", "", "", "", "", "", "", "", "", ""],
    ]


def write_messy_list(path: Path, *, bad_amount: bool = False) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "签约项目"
    ws.append(["2026投洽会拟签约项目汇总表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(["填报单位：东港区商务局", "", "", "", "", "", "", "", "", "", "2026-05-10"])
    ws.append(HEADER)
    for row in messy_rows(bad_amount):
        ws.append(row)
    book.save(path)
    return path
