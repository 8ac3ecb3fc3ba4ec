"""Small files in the agencies' published formats, written by the importer tests.

Descriptions and tasks are our own short sentences; codes, titles and layouts follow the real
files (O*NET 29.3 text release, BLS OEWS national xlsx, BLS projections CSV export).
"""

import csv
from pathlib import Path

from openpyxl import Workbook

IPM, QC, BIOFUELS = "11-3051.00", "11-3051.01", "11-3051.03"

ONET_HEADERS = {
    "Occupation Data.txt": "O*NET-SOC Code\tTitle\tDescription",
    "Interests.txt": (
        "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value"
        "\tDate\tDomain Source"
    ),
    "Job Zones.txt": "O*NET-SOC Code\tTitle\tJob Zone\tDate\tDomain Source",
    "Job Zone Reference.txt": (
        "Job Zone\tName\tExperience\tEducation\tJob Training\tExamples\tSVP Range"
    ),
    "Task Statements.txt": (
        "O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate"
        "\tDomain Source"
    ),
    "Related Occupations.txt": (
        "O*NET-SOC Code\tTitle\tRelated O*NET-SOC Code\tRelated Title\tRelatedness Tier\tIndex"
    ),
    "Sample of Reported Titles.txt": (
        "O*NET-SOC Code\tTitle\tReported Job Title\tShown in My Next Move"
    ),
    # Written only when a test gives rows for it, as older releases lack it.
    "Work Styles.txt": (
        "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tN"
        "\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate"
        "\tDomain Source"
    ),
}

INTEREST_ELEMENTS = [
    ("1.B.1.a", "Realistic"),
    ("1.B.1.b", "Investigative"),
    ("1.B.1.c", "Artistic"),
    ("1.B.1.d", "Social"),
    ("1.B.1.e", "Enterprising"),
    ("1.B.1.f", "Conventional"),
]
HIGH_POINT_ELEMENTS = [
    ("1.B.1.g", "First Interest High-Point"),
    ("1.B.1.h", "Second Interest High-Point"),
    ("1.B.1.i", "Third Interest High-Point"),
]


def interest_rows(code: str, title: str, values: list[str], high_points: list[str]) -> list[str]:
    rows = [
        f"{code}\t{title}\t{element}\t{name}\tOI\tOccupational Interests\t{value}"
        "\t11/2023\tMachine Learning"
        for (element, name), value in zip(INTEREST_ELEMENTS, values, strict=True)
    ]
    rows += [
        f"{code}\t{title}\t{element}\t{name}\tIH\tOccupational Interest High-Point\t{value}"
        "\t11/2023\tMachine Learning"
        for (element, name), value in zip(HIGH_POINT_ELEMENTS, high_points, strict=True)
    ]
    return rows


def work_style(code: str, name: str, value: str, scale: str = "IM") -> str:
    return (
        f"{code}\tTitle\t1.C.1.a\t{name}\t{scale}\tImportance\t{value}\t28.0\t0.1\t4.4\t4.9"
        "\tN\t08/2023\tIncumbent"
    )


def task(code: str, number: int, text: str, kind: str) -> str:
    return f"{code}\tTitle\t{number}\t{text}\t{kind}\t90.0\t08/2023\tIncumbent"


def onet_rows() -> dict[str, list[str]]:
    """Three occupations; Biofuels Production Managers has no interests, zone, tasks or links."""
    return {
        "Occupation Data.txt": [
            f"{IPM}\tIndustrial Production Managers\tRun the plant floor so goods ship on time.",
            f"{QC}\tQuality Control Systems Managers\tKeep products up to their standards.",
            f"{BIOFUELS}\tBiofuels Production Managers\tOversee a plant that makes fuel.",
        ],
        "Interests.txt": [
            *interest_rows(
                IPM,
                "Industrial Production Managers",
                ["4.23", "2.94", "1.33", "1.83", "5.92", "5.29"],
                ["5.0", "6.0", "1.0"],
            ),
            *interest_rows(
                QC,
                "Quality Control Systems Managers",
                ["3.1", "3.5", "1.2", "2.0", "5.5", "6.1"],
                ["6.0", "5.0", "0.0"],
            ),
        ],
        "Job Zones.txt": [
            f"{IPM}\tIndustrial Production Managers\t4\t08/2023\tAnalyst",
            f"{QC}\tQuality Control Systems Managers\t4\t08/2023\tAnalyst",
        ],
        "Job Zone Reference.txt": [
            f"{zone}\tJob Zone {zone}\tSome experience.\tSome school.\tSome training.\tA few.\t1"
            for zone in range(1, 6)
        ],
        "Task Statements.txt": [
            task(IPM, 1, "Check the weekly output figures.", "Supplemental"),
            task(IPM, 2, "Set the production schedule.", "Core"),
            task(IPM, 3, "Meet suppliers about late parts.", ""),
            task(IPM, 4, "Approve overtime within the budget.", "Core"),
            task(QC, 5, "Trace faults back to their cause.", "Core"),
        ],
        "Related Occupations.txt": [
            f"{IPM}\tIPM\t{BIOFUELS}\tBiofuels Production Managers\tPrimary-Short\t2",
            f"{IPM}\tIPM\t{QC}\tQuality Control Systems Managers\tPrimary-Short\t1",
            f"{IPM}\tIPM\t99-9999.00\tNot in the release\tSupplemental\t3",
            f"{QC}\tQC\t{IPM}\tIndustrial Production Managers\tPrimary-Short\t1",
        ],
        "Sample of Reported Titles.txt": [
            f"{IPM}\tIPM\tOperations Manager\tN",
            f"{IPM}\tIPM\tPlant Manager\tY",
            f"{IPM}\tIPM\tProduction Manager\tY",
            f"{QC}\tQC\tQuality Manager\tY",
        ],
    }


def write_onet(
    directory: Path, rows: dict[str, list[str]] | None = None, *, readme: bool = True
) -> Path:
    """Write a release into directory; rows replaces a file's data lines (None leaves it out)."""
    directory.mkdir(parents=True, exist_ok=True)
    files = onet_rows() | (rows or {})
    for name, header in ONET_HEADERS.items():
        if files.get(name) is not None:
            text = "\n".join([header, *files[name]]) + "\n"
            (directory / name).write_text(text, encoding="utf-8")
    if readme:
        (directory / "Read Me.txt").write_text("O*NET 29.3 Database\nMay 2025 Release\n")
    return directory


OEWS_HEADER = [
    "AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP",
    "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000",
    "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10",
    "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75",
    "A_PCT90", "ANNUAL", "HOURLY",
]  # fmt: skip
OEWS_NOTES = [
    ["May 2030 OEWS Estimates"],
    ["Notes:"],
    ["*  = indicates that a wage estimate is not available"],
    ["**  = indicates that an employment estimate is not available"],
    ["#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year "],
]


def oews_row(
    code: str,
    *,
    group: str = "detailed",
    employment: object = 192270,
    hourly: tuple = (30.84, 38.55, 49.59, 64.49, 81.96),
    annual: tuple = (64150, 80190, 103150, 134130, 170470),
    flags: tuple[str, str] = ("", ""),
    naics: str = "000000",
) -> dict:
    """One row of the national file; percentiles are (10th, 25th, median, 75th, 90th)."""
    industry = "cross-industry" if naics == "000000" else "sector"
    return dict(
        zip(OEWS_HEADER, [
            "99", "U.S.", "1", "US", naics, "Cross-industry", industry, "1235", code,
            f"Occupation {code}", group, employment, 0.6, None, None, None, None, 56.62, 117780,
            0.3, *hourly, *annual, *flags,
        ], strict=True)
    )  # fmt: skip


def oews_rows() -> list[dict]:
    return [
        oews_row("00-0000", group="total", employment=140886310),
        oews_row("11-0000", group="major", employment=8909910),
        oews_row("11-3051"),
        oews_row("11-3051", naics="31-330", employment=5000),
        oews_row("47-2061", employment=1000000),
    ]


def write_oews_xlsx(path: Path, rows: list[dict], *, notes: list[list] | None = None) -> Path:
    workbook = Workbook()
    data = workbook.active
    data.title = path.stem
    data.append(OEWS_HEADER)
    for row in rows:
        data.append([row.get(name) for name in OEWS_HEADER])
    if notes is not None:
        sheet = workbook.create_sheet("Field Descriptions")
        for line in notes:
            sheet.append(line)
    workbook.save(path)
    return path


def write_oews_csv(path: Path, rows: list[dict], *, header: list[str] = OEWS_HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if row.get(name) is None else row.get(name) for name in header])
    return path


PROJECTIONS_HEADER = [
    "Occupation Title", "Occupation Code", "Employment 2020", "Employment 2030",
    "Employment Change, 2020-2030", "Employment Percent Change, 2020-2030",
    "Occupational Openings, 2020-2030 Annual Average", "Median Annual Wage 2020",
    "Typical Entry-Level Education", "Education Code", "Work Experience in a Related Occupation",
    "Workex Code", "Typical on-the-job Training", "trCode",
]  # fmt: skip


def projection_row(
    code: str,
    employment: str = "189.3",
    percent: str = "5.3",
    openings: str = "13.9",
    wage: str = "108,790",
    education: str = "Bachelor's degree",
    experience: str = "5 years or more",
    training: str = "None",
) -> list[str]:
    return [
        f"Occupation {code}    * Example Title* Other Title", f'="{code}"', employment, "199.3",
        "10.0", percent, openings, wage, education, "3", experience, "1", training, "6",
    ]  # fmt: skip


def projections_rows() -> list[list[str]]:
    return [
        projection_row("11-3051"),
        projection_row(
            "47-2061",
            "1,392.2",
            "-0.4",
            "N/A",
            ">=208,000",
            "No formal educational credential",
            "None",
            "Short-term on-the-job training",
        ),  # fmt: skip
        projection_row("11-3010", "300.0", "9.0", "25.0"),
    ]


def write_projections(
    path: Path, rows: list[list[str]] | None = None, *, header: list[str] = PROJECTIONS_HEADER
) -> Path:
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        writer.writerows(projections_rows() if rows is None else rows)
    return path


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
