#!/usr/bin/env python3
"""Loads a conn.log written by `wharfinger read --format zeek` (and its `zeek-json` twin)
with two Python readers Zeek's users use, parsezeeklogs and zat, and checks that each
column comes out with its #types type: times and intervals as numbers (zat: datetimes and
timedeltas), counts and ports as integers, bools as booleans, sets as lists, and that both
readers see the same records as the JSON lines.

    python3 scripts/check-zeek-readers.py conn.log conn.json

Exit 0: both load it with the right types; 1: a reader failed or a type is wrong (said on
stderr); 77: parsezeeklogs or zat is not installed (`pip install parsezeeklogs zat`).
"""
import sys

try:
    from parsezeeklogs import read_zeek
    from zat.log_to_dataframe import LogToDataFrame
    import pandas
except ImportError as error:
    print(f"check-zeek-readers: skipped: {error}", file=sys.stderr)
    sys.exit(77)

tsv_path, json_path = sys.argv[1], sys.argv[2]
problems = []


def header_types(path):
    fields = types = None
    with open(path) as log:
        for line in log:
            if line.startswith("#fields"):
                fields = line.rstrip("\n").split("\t")[1:]
            elif line.startswith("#types"):
                types = line.rstrip("\n").split("\t")[1:]
    return dict(zip(fields, types))


types = header_types(tsv_path)
python_types = {"time": float, "interval": float, "count": int, "port": int, "double": float,
                "bool": bool, "string": str, "addr": str, "enum": str, "set[string]": list}

records = list(read_zeek(tsv_path))
lines = list(read_zeek(json_path))
if len(records) != len(lines):
    problems.append(f"parsezeeklogs: {len(records)} TSV records, {len(lines)} JSON lines")
for number, (record, line) in enumerate(zip(records, lines), 1):
    for field, zeek_type in types.items():
        value = record.get(field)
        if value is None:
            continue  # unset
        wanted = python_types[zeek_type]
        if not isinstance(value, wanted) or (wanted is int and isinstance(value, bool)):
            problems.append(f"parsezeeklogs: record {number}: {field} ({zeek_type}) is {type(value).__name__}: {value!r}")
        if line.get(field) != value and not (isinstance(value, float) and abs(line.get(field, 0) - value) < 1e-6):
            problems.append(f"parsezeeklogs: record {number}: {field} is {value!r} in TSV, {line.get(field)!r} in JSON")

frame = LogToDataFrame().create_dataframe(tsv_path)
if len(frame) != len(records):
    problems.append(f"zat: {len(frame)} rows, parsezeeklogs {len(records)} records")
if not isinstance(frame.index, pandas.DatetimeIndex):
    problems.append(f"zat: ts is no datetime index: {frame.index.dtype}")
zat_kinds = {"interval": "m", "count": "u", "port": "u", "double": "f"}
for field, zeek_type in types.items():
    if field == "ts" or zeek_type not in zat_kinds:
        continue
    kind = frame[field].dtype.kind
    if kind != zat_kinds[zeek_type]:
        problems.append(f"zat: {field} ({zeek_type}) has dtype {frame[field].dtype}")

for problem in problems:
    print(problem, file=sys.stderr)
print(f"check-zeek-readers: {len(records)} records, {len(types)} columns", file=sys.stderr)
sys.exit(1 if problems else 0)
