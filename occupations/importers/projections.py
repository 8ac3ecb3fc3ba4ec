"""Importing a BLS Employment Projections occupation table, exported from the BLS site as CSV.

The export quotes codes Excel-style (="13-2011"), gives employment and openings in thousands
with commas, and writes N/A where there is no figure. A six-digit SOC code applies to every
O*NET-SOC code that starts with it. For a few SOC codes BLS projects only a combined group
(GROUPS); occupations under those codes take the group's figures, and their source names it.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction

from occupations.importers.common import (
    ImportFileError,
    ImportSummary,
    Progress,
    counted,
    no_progress,
)
from occupations.importers.soc import note_unmatched, occupations_by_soc, update_occupations
from occupations.importers.tables import Row, csv_rows
from occupations.models import Occupation
from occupations.outlook import AVERAGE_GROWTH, outlook_comparison
from occupations.sources import PROJECTIONS, PROJECTIONS_GROUP

CODE = "Occupation Code"
EDUCATION = "Typical Entry-Level Education"
EXPERIENCE = "Work Experience in a Related Occupation"
TRAINING = "Typical on-the-job Training"
PERCENT = re.compile(r"Employment Percent Change, (\d{4})-(\d{4})")
OPENINGS = re.compile(r"Occupational Openings, \d{4}-\d{4} Annual Average")
# SOC 2018 codes that the 2020-30 projections cover only inside a combined group.
GROUPS = {
    "13-1082": "13-1198",
    "15-1252": "15-1256",
    "15-1253": "15-1256",
    "15-1255": "15-1257",
    "15-2051": "15-2098",
    "27-2091": "27-2090",
}
TITLE = "Occupation Title"


@dataclass
class Projection:
    title: str
    employment: int | None
    percent: Decimal | None
    openings: int | None
    entry_education: str
    work_experience: str
    job_training: str


@dataclass
class _Columns:
    base_employment: str
    percent: str
    openings: str
    period: str


def import_projections(
    *,
    path: Path,
    average_growth: Decimal | None = None,
    overwrite: bool = False,
    progress: Progress = no_progress,
) -> ImportSummary:
    if path.suffix.lower() != ".csv":
        raise ImportFileError(
            path, f"expected the projections table exported as .csv, not a {path.suffix} file"
        )
    rows = csv_rows(path, (CODE, EDUCATION, EXPERIENCE, TRAINING))
    projections: dict[str, Projection] = {}
    lines: dict[str, int] = {}
    columns = None
    for line, row in counted(rows, label=path.name, progress=progress):
        columns = columns or _columns(path, row)
        code = _code(path, line, row[CODE])
        if code in projections:
            raise ImportFileError(
                path, f"{code} is listed twice (first on line {lines[code]})", line=line
            )
        projections[code] = _projection(path, line, row, columns)
        lines[code] = line
    if columns is None:
        raise ImportFileError(path, "no occupations in the file")
    average = average_growth if average_growth is not None else AVERAGE_GROWTH.get(columns.period)
    return _save(projections, period=columns.period, average=average, overwrite=overwrite)


def _columns(path: Path, row: Row) -> _Columns:
    percent = next((name for name in row if PERCENT.fullmatch(name)), None)
    openings = next((name for name in row if OPENINGS.fullmatch(name)), None)
    if percent is None or openings is None:
        missing = "Employment Percent Change, YYYY-YYYY" if percent is None else "Openings"
        raise ImportFileError(path, f"missing column {missing!r}", line=1)
    start, end = PERCENT.fullmatch(percent).groups()
    base = f"Employment {start}"
    if base not in row:
        raise ImportFileError(path, f"missing column {base!r}", line=1)
    return _Columns(base, percent, openings, period=f"{start}-{end[2:]}")


def _code(path: Path, line: int, value: str) -> str:
    match = re.fullmatch(r'="?(\d{2}-\d{4})"?|(\d{2}-\d{4})', value)
    if match is None:
        raise ImportFileError(
            path, f"{CODE} {value!r} is not a SOC code such as 13-2011", line=line
        )
    return match[1] or match[2]


def _projection(path: Path, line: int, row: Row, columns: _Columns) -> Projection:
    texts = {}
    for field, column in (
        ("entry_education", EDUCATION),
        ("work_experience", EXPERIENCE),
        ("job_training", TRAINING),
    ):
        text = "" if row[column] == "N/A" else row[column]
        if len(text) > Occupation._meta.get_field(field).max_length:
            raise ImportFileError(path, f"{column} is longer than 100 characters", line=line)
        texts[field] = text
    percent = _number(path, line, row, columns.percent)
    return Projection(
        # The export appends sample job titles after "    *" to some titles.
        title=row.get(TITLE, "").split("    *")[0].strip(),
        employment=_thousands(path, line, row, columns.base_employment),
        percent=None if percent is None else percent.quantize(Decimal("0.1"), ROUND_HALF_UP),
        openings=_thousands(path, line, row, columns.openings),
        **texts,
    )


def _number(path: Path, line: int, row: Row, column: str) -> Decimal | None:
    value = row[column]
    if value in ("", "N/A", "—", "-"):
        return None
    try:
        return Decimal(value.replace(",", ""))
    except InvalidOperation:
        raise ImportFileError(path, f"{column} is {value!r}, not a number", line=line) from None


def _thousands(path: Path, line: int, row: Row, column: str) -> int | None:
    value = _number(path, line, row, column)
    if value is None:
        return None
    if value < 0:
        raise ImportFileError(path, f"{column} is {row[column]!r}, below zero", line=line)
    return int((value * 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@transaction.atomic
def _save(
    projections: dict[str, Projection],
    *,
    period: str,
    average: Decimal | None,
    overwrite: bool,
) -> ImportSummary:
    summary = ImportSummary()
    by_soc = occupations_by_soc()
    updates = _updates(projections, by_soc, period=period, average=average, summary=summary)
    update_occupations(updates, overwrite=overwrite, summary=summary)
    note_unmatched(summary, by_soc)
    if average is None:
        summary.notes.append(
            f"No average growth is known for {period}, so outlook_comparison was left blank; "
            "give it with --average-growth"
        )
    return summary


def _updates(
    projections: dict[str, Projection],
    by_soc: dict[str, list[Occupation]],
    *,
    period: str,
    average: Decimal | None,
    summary: ImportSummary,
) -> Iterator[tuple[Occupation, dict]]:
    """Each occupation under a projection's code or group, taken from by_soc, with its values."""
    members: dict[str, list[str]] = {}
    for member, group in GROUPS.items():
        if member not in projections:
            members.setdefault(group, []).append(member)
    for code, projection in projections.items():
        if code not in by_soc and not members.get(code):
            summary.skipped["occupations with no O*NET-SOC code in the catalogue"] += 1
        comparison = ""
        if projection.percent is not None and average is not None:
            comparison = outlook_comparison(projection.percent, average)
        values = {
            "outlook_period": period,
            "outlook_employment": projection.employment,
            "outlook_percent": projection.percent,
            "outlook_comparison": comparison,
            "outlook_openings": projection.openings,
            "entry_education": projection.entry_education,
            "work_experience": projection.work_experience,
            "job_training": projection.job_training,
        }
        own = PROJECTIONS % {"period": period}
        grouped = PROJECTIONS_GROUP % {"period": period, "group": projection.title, "code": code}
        members_of = [o for member in members.get(code, []) for o in by_soc.pop(member, [])]
        sources = [(o, own) for o in by_soc.pop(code, [])] + [(o, grouped) for o in members_of]
        for occupation, source in sources:
            values["outlook_source"] = source
            # Prose about another projection period would contradict the new figures.
            stale = {"outlook_text": ""} if occupation.outlook_period != period else {}
            yield occupation, values | stale
