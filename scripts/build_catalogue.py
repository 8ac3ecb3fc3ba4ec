"""Build fixtures/catalogue.json: the facts of the embedded default career catalogue.

Run by maintainers when the agency files change:

    .venv/bin/python scripts/build_catalogue.py [--shared DIR]

DIR (default ../shared beside the repository) holds the O*NET 29.3 text files, the BLS OEWS
national workbooks and the BLS 2020-30 projections CSV. The occupations are the codes that have
our own texts in fixtures/career_texts/*.json plus Industrial Production Managers, whose figures
come from the seed record (fixtures/industrial_production_managers.json). Only facts (codes,
titles, numbers, reported job titles) are written; no O*NET description or task text.
"""

import argparse
import csv
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from occupations.outlook import AVERAGE_GROWTH, outlook_comparison  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
LETTERS = "RIASEC"
SEED_CODE = "11-3051.00"
ONET_SOURCE = "O*NET 29.3 Database (USDOL/ETA), CC BY 4.0"
MAX_ALTERNATE_TITLES = 8
MAX_RELATED = 8

# Average projected growth for all occupations, as BLS states it for each period.

# BLS reports the 2020-30 projections of these SOC codes only for a combined group.
EP_GROUPS = {
    "13-1082": "13-1198",
    "15-1252": "15-1256",
    "15-1253": "15-1256",
    "15-1255": "15-1257",
    "15-2051": "15-2098",
    "27-2091": "27-2090",
}

# OEWS "#" ceilings, used when a workbook's notes do not state them.
TOP_CODES = {
    2021: {"annual": Decimal("208000"), "hourly": Decimal("100.00")},
    2024: {"annual": Decimal("239200"), "hourly": Decimal("115.00")},
}
WAGE_COLUMNS = {"median": "MEDIAN", "p10": "PCT10", "p25": "PCT25", "p75": "PCT75", "p90": "PCT90"}


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def number(value: Decimal) -> int | float:
    """JSON number for a Decimal: an int when whole, else the shortest float."""
    return int(value) if value == value.to_integral_value() else float(value)


def read_onet(folder: Path, codes: set[str]) -> dict[str, dict]:
    records = {code: {"soc_code": code} for code in codes}
    for row in read_tsv(folder / "Occupation Data.txt"):
        if row["O*NET-SOC Code"] in records:
            records[row["O*NET-SOC Code"]]["title"] = row["Title"]
    high_points: dict[str, dict[str, int]] = {}
    for row in read_tsv(folder / "Interests.txt"):
        code = row["O*NET-SOC Code"]
        if code not in records:
            continue
        if row["Scale ID"] == "OI":
            letter = LETTERS["abcdef".index(row["Element ID"][-1])]
            records[code].setdefault("interests", {})[letter] = float(row["Data Value"])
        elif row["Scale ID"] == "IH":
            high_points.setdefault(code, {})[row["Element Name"]] = int(float(row["Data Value"]))
    for code, points in high_points.items():
        order = [f"{rank} Interest High-Point" for rank in ("First", "Second", "Third")]
        records[code]["high_point_code"] = "".join(
            LETTERS[points[name] - 1] for name in order if points.get(name)
        )
    for row in read_tsv(folder / "Job Zones.txt"):
        if row["O*NET-SOC Code"] in records:
            records[row["O*NET-SOC Code"]]["job_zone"] = int(row["Job Zone"])

    titles: dict[str, list[str]] = {code: [] for code in codes}
    for row in sorted(
        read_tsv(folder / "Sample of Reported Titles.txt"),
        key=lambda row: row["Shown in My Next Move"] != "Y",  # stable: My Next Move's first
    ):
        code = row["O*NET-SOC Code"]
        if code not in records:
            continue
        title = row["Reported Job Title"].strip()
        seen = {t.lower() for t in titles[code]} | {records[code]["title"].lower()}
        if title.lower() not in seen and len(titles[code]) < MAX_ALTERNATE_TITLES:
            titles[code].append(title)
    related: dict[str, list[tuple[int, str]]] = {code: [] for code in codes}
    for row in read_tsv(folder / "Related Occupations.txt"):
        code, other = row["O*NET-SOC Code"], row["Related O*NET-SOC Code"]
        if code in records and other in records and other != code:
            related[code].append((int(row["Index"]), other))
    for code, record in records.items():
        record["alternate_titles"] = titles[code]
        record["related"] = [other for _, other in sorted(related[code])][:MAX_RELATED]
    missing = [
        code
        for code, record in records.items()
        if not {"title", "interests", "high_point_code", "job_zone"} <= record.keys()
    ]
    if missing:
        sys.exit(f"O*NET 29.3 has no title, profile or job zone for: {', '.join(missing)}")
    return records


def top_codes(workbook, year: int) -> dict[str, Decimal]:
    """The '#' ceilings from the workbook's notes, e.g. '$115.00 per hour or $239,200 per year'."""
    for sheet in workbook.worksheets[1:]:
        for row in sheet.iter_rows(values_only=True):
            text = " ".join(str(cell) for cell in row if cell)
            found = re.search(r"#.*?\$([\d.,]+) per hour or \$([\d,]+) per year", text)
            if found:
                return {
                    "hourly": Decimal(found[1].replace(",", "")),
                    "annual": Decimal(found[2].replace(",", "")),
                }
    return TOP_CODES[year]


def read_oews(path: Path, year: int) -> dict[str, dict]:
    """National cross-industry detailed rows by 6-digit SOC: employment and wage percentiles."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    ceilings = top_codes(workbook, year)
    rows = workbook.worksheets[0].iter_rows(values_only=True)
    header = next(rows)
    result = {}
    for values in rows:
        row = dict(zip(header, values, strict=False))
        if row["O_GROUP"] != "detailed":
            continue
        wages = None
        for unit, prefix in (("annual", "A_"), ("hourly", "H_")):
            wages = oews_wages(row, unit, prefix, ceilings[unit], year)
            if wages:
                break
        employment = row["TOT_EMP"]
        result[row["OCC_CODE"]] = {
            "employment": employment if isinstance(employment, int) else None,
            "wages": wages,
        }
    workbook.close()
    return result


def oews_wages(row: dict, unit: str, prefix: str, ceiling: Decimal, year: int) -> dict | None:
    wages: dict = {"year": year, "unit": unit}
    top_coded = []
    for key, column in WAGE_COLUMNS.items():
        value = row[prefix + column]
        if isinstance(value, str):
            value = value.strip()
        if value == "#":
            wages[key] = number(ceiling)
            top_coded.append(f"wage_{key}")
        elif isinstance(value, int | float):
            wages[key] = number(Decimal(str(value)))
        else:  # "*": not available
            wages[key] = None
    if all(wages[key] is None for key in WAGE_COLUMNS):
        return None
    return {**wages, "top_coded": top_coded}


def thousands(text: str) -> int | None:
    text = text.strip()
    if not re.fullmatch(r"[\d,]+(\.\d+)?", text):
        return None
    return int(Decimal(text.replace(",", "")) * 1000)


def read_projections(path: Path) -> dict[str, dict]:
    result = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["Occupation Code"].strip().strip('="')
            percent = row["Employment Percent Change, 2020-2030"].strip()
            result[code] = {
                "title": row["Occupation Title"].split("    *")[0].strip(),
                "employment": thousands(row["Employment 2020"]),
                "percent_change": Decimal(percent) if percent != "N/A" else None,
                "openings": thousands(row["Occupational Openings, 2020-2030 Annual Average"]),
                "entry_education": clean(row["Typical Entry-Level Education"]),
                "work_experience": clean(row["Work Experience in a Related Occupation"]),
                "job_training": clean(row["Typical on-the-job Training"]),
            }
    return result


def clean(text: str) -> str:
    text = text.strip()
    return "" if text == "N/A" else text


def outlook(projection: dict, period: str) -> dict:
    percent = projection["percent_change"]
    known = percent is not None
    return {
        "period": period,
        "employment": projection["employment"],
        "percent_change": number(percent) if known else None,
        "openings": projection["openings"],
        "comparison": outlook_comparison(percent, AVERAGE_GROWTH[period]) if known else "",
    }


def outlook_source(projection: dict | None, group: str | None) -> str:
    if projection is None:
        return ""
    if group:
        return f"BLS Employment Projections 2020-30, for the group {projection['title']} ({group})"
    return "BLS Employment Projections 2020-30"


def build(shared: Path) -> list[dict]:
    texts: dict[str, dict] = {}
    for path in sorted((FIXTURES / "career_texts").glob("*.json")):
        texts.update(json.loads(path.read_text(encoding="utf-8")))
    seed = json.loads((FIXTURES / "industrial_production_managers.json").read_text("utf-8"))
    codes = set(texts) | {SEED_CODE}

    records = read_onet(shared / "onet-29.3", codes)
    oews = read_oews(shared / "bls-oews" / "national_M2024_dl.xlsx", 2024)
    projections = read_projections(shared / "bls-ep" / "occupation-projections-2020-30.csv")
    for code, record in records.items():
        soc = code[:7]
        row = oews.get(soc, {"employment": None, "wages": None})
        group = EP_GROUPS.get(soc)
        projection = projections.get(group or soc)
        record["employment"] = row["employment"]
        record["employment_year"] = 2024 if row["employment"] is not None else None
        record["wages"] = row["wages"]
        record["outlook"] = outlook(projection, "2020-30") if projection else None
        for field in ("entry_education", "work_experience", "job_training"):
            record[field] = projection[field] if projection else ""
        record["sources"] = {
            "interest": ONET_SOURCE,
            "employment": "BLS Occupational Employment and Wage Statistics, May 2024",
            "wage": "BLS Occupational Employment and Wage Statistics, May 2024",
            "outlook": outlook_source(projection, group),
        }
    may_2021 = read_oews(shared / "bls-oews" / "national_M2021_dl.xlsx", 2021)
    apply_seed(records[SEED_CODE], seed, may_2021)
    return [records[code] for code in sorted(records)]


def apply_seed(record: dict, seed: dict, oews_2021: dict[str, dict]) -> None:
    """Industrial Production Managers: the seed page's 2021 figures replace the 2024 ones."""
    may_2021 = oews_2021[record["soc_code"][:7]]["wages"]
    wages = dict(seed["wages"])
    for key in ("median", "p10", "p90"):
        if may_2021[key] != wages[key]:
            sys.exit(f"Seed {key} wage {wages[key]} differs from OEWS May 2021 {may_2021[key]}")
    for key in ("p25", "p75"):
        if wages[key] is None:
            wages[key] = may_2021[key]
    record["wages"] = wages
    record["employment"] = seed["employment"]
    record["employment_year"] = seed["employment_year"]
    percent = Decimal(str(seed["outlook"]["percent_change"]))
    comparison = outlook_comparison(percent, AVERAGE_GROWTH[seed["outlook"]["period"]])
    if comparison != seed["outlook"]["comparison"]:
        sys.exit(f"Seed outlook says {seed['outlook']['comparison']!r}, the bands {comparison!r}")
    record["outlook"] = {
        "period": seed["outlook"]["period"],
        "employment": seed["employment"],
        "percent_change": number(percent),
        "openings": seed["outlook"]["openings"],
        "comparison": comparison,
    }
    for field in ("entry_education", "work_experience", "job_training"):
        record[field] = seed[field]
    record["sources"] = {
        "interest": ONET_SOURCE,
        "employment": "BLS Employment Projections 2021-31 (Occupational Outlook Handbook)",
        "wage": "BLS Occupational Employment and Wage Statistics, May 2021",
        "outlook": "BLS Employment Projections 2021-31",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--output", type=Path, default=FIXTURES / "catalogue.json")
    args = parser.parse_args()
    if not (args.shared / "onet-29.3").is_dir():
        sys.exit(f"{args.shared} has no onet-29.3 folder: pass --shared DIR")
    catalogue = build(args.shared)
    args.output.write_text(json.dumps(catalogue, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"Wrote {len(catalogue)} occupations to {args.output}")


if __name__ == "__main__":
    main()
