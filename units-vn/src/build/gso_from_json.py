#!/usr/bin/env python3
"""Development-time converter (never run by the build, tests or at run time).

Turns the MIT-licensed JSON lists of GSO codes and names by Thang Le Quoc
(github.com/thanglequoc/vietnamese-provinces-database; SOURCE_DIR is a folder holding
its units-2021-three-level.json and units-2025-two-level.json) into GSO's published
list format, the CSV the library's GsoUnitList reads:

  python3 units-vn/src/build/gso_from_json.py SOURCE_DIR units-vn/src/main/resources/org/homewatch/units/vn

Columns as GSO's export names them: Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH,
Phường Xã, Mã PX, Cấp, Tên Tiếng Anh (the 2025 list has no district columns).
A district without communes is one row with empty commune columns.
"""
import csv
import json
import sys
from pathlib import Path

KINDS = ["Thị trấn", "Phường", "Xã", "Đặc khu"]


def kind(full_name):
    for k in KINDS:
        if full_name.startswith(k + " "):
            return k
    return ""


def main(source, target):
    source, target = Path(source), Path(target)
    with open(source / "units-2021-three-level.json", encoding="utf-8") as f:
        old = json.load(f)
    with open(target / "gso-2021.csv", "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã", "Mã PX", "Cấp", "Tên Tiếng Anh"])
        for p in old:
            for d in p["District"]:
                wards = d.get("Ward") or []
                if not wards:
                    w.writerow([p["FullName"], p["Code"], d["FullName"], d["Code"], "", "", "", ""])
                for c in wards:
                    w.writerow([p["FullName"], p["Code"], d["FullName"], d["Code"], c["FullName"], c["Code"],
                                kind(c["FullName"]), c["FullNameEn"]])
    with open(source / "units-2025-two-level.json", encoding="utf-8") as f:
        new = json.load(f)
    with open(target / "gso-2025.csv", "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["Tỉnh Thành Phố", "Mã TP", "Phường Xã", "Mã PX", "Cấp", "Tên Tiếng Anh"])
        for p in new:
            for c in p["Wards"]:
                w.writerow([p["FullName"], p["Code"], c["FullName"], c["Code"], kind(c["FullName"]), c["FullNameEn"]])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
