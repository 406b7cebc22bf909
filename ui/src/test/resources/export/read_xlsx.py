"""Reads an XLSX with openpyxl, a reader independent of the POI that wrote it, and prints what it found as JSON:
the sheet's frozen cell, its autofilter range and every cell as [type, value, number format, quote prefix]."""
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
sheet = workbook.worksheets[0]
rows = []
for row in sheet.iter_rows():
    cells = []
    for cell in row:
        value = cell.value
        if cell.is_date:
            kind, value = "date", value.isoformat()
        elif isinstance(value, bool):
            kind = "bool"
        elif isinstance(value, (int, float)):
            kind = "number"
        elif value is None:
            kind = "empty"
        else:
            kind = "text" if cell.data_type in ("s", "inlineStr") else "formula:" + cell.data_type
        cells.append([kind, value, cell.number_format, bool(cell.quotePrefix)])
    rows.append(cells)
print(json.dumps({
    "sheet": sheet.title,
    "freeze": sheet.freeze_panes,
    "filter": sheet.auto_filter.ref,
    "bold_header": all(cell.font.b for cell in sheet[1]),
    "rows": rows,
}, ensure_ascii=False))
