"""Importing a BLS OEWS national file: the .xlsx as published, or a CSV export of it.

Only cross-industry rows whose O_GROUP is "detailed" are used. Their six-digit SOC code (11-3051)
applies to every O*NET-SOC code that starts with it (11-3051.00, 11-3051.01, ...). BLS marks
missing estimates with * (wage) and ** (employment), which become None, and wages at or above
its ceiling with #, which become the ceiling with the field listed in wage_top_coded.
"""

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from occupations.importers.common import (
    ImportFileError,
    ImportSummary,
    Progress,
    counted,
    no_progress,
)
from occupations.importers.soc import note_unmatched, occupations_by_soc, update_occupations
from occupations.importers.tables import Row, check_columns, csv_rows
from occupations.models import Occupation
from occupations.sources import WAGES

PERCENTILES = {
    "wage_p10": "PCT10",
    "wage_p25": "PCT25",
    "wage_median": "MEDIAN",
    "wage_p75": "PCT75",
    "wage_p90": "PCT90",
}
REQUIRED = (
    "OCC_CODE",
    "O_GROUP",
    "TOT_EMP",
    *(f"{prefix}_{name}" for prefix in "AH" for name in PERCENTILES.values()),
)
NOT_AVAILABLE = {"", "*", "**"}
TOP_CODED = "#"


@dataclass(frozen=True)
class Ceiling:
    annual: Decimal
    hourly: Decimal


# The "#" ceiling as stated in each year's notes (Field Descriptions sheet of the .xlsx). A CSV
# export has no notes, so its year must be listed here for "#" to be read.
CEILINGS = {
    2021: Ceiling(annual=Decimal("208000"), hourly=Decimal("100.00")),
    2024: Ceiling(annual=Decimal("239200"), hourly=Decimal("115.00")),
}
CEILING_NOTE = re.compile(
    r"#\s*=.*?\$\s*([\d,]+(?:\.\d+)?) per hour or \$\s*([\d,]+(?:\.\d+)?) per year"
)


@dataclass
class Estimate:
    """One detailed occupation's row, read and checked."""

    employment: int | None
    unit: str
    wages: dict[str, Decimal | None]
    top_coded: list[str]


def import_wages(
    *,
    path: Path,
    year: int | None = None,
    overwrite: bool = False,
    progress: Progress = no_progress,
) -> ImportSummary:
    table = _open(path)
    year = year or _year(path, table.notes)
    ceiling = _ceiling(table.notes) or CEILINGS.get(year)
    summary = ImportSummary()
    estimates: dict[str, Estimate] = {}
    lines: dict[str, int] = {}
    for line, row in counted(table.rows, label=path.name, progress=progress):
        reason = _reason_to_skip(row)
        if reason:
            summary.skipped[reason] += 1
            continue
        code = row["OCC_CODE"]
        if not re.fullmatch(r"\d{2}-\d{4}", code):
            raise table.error(line, f"OCC_CODE {code!r} is not a SOC code such as 11-3051")
        if code in estimates:
            raise table.error(line, f"{code} is listed twice (first on {table.unit} {lines[code]})")
        estimates[code] = _estimate(row, table, line, ceiling, year)
        lines[code] = line
    _save(estimates, year=year, overwrite=overwrite, summary=summary, progress=progress)
    return summary


@dataclass
class _Table:
    path: Path
    rows: Iterator[tuple[int, Row]]
    notes: str
    unit: str

    def error(self, line: int, problem: str) -> ImportFileError:
        return ImportFileError(self.path, problem, line=line, unit=self.unit)


def _open(path: Path) -> _Table:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ImportFileError(path, "file not found")
    if suffix == ".csv":
        rows = csv_rows(path, REQUIRED, normalise=lambda name: name.strip().upper())
        return _Table(path, rows, notes="", unit="line")
    if suffix != ".xlsx":
        raise ImportFileError(
            path, f"expected the OEWS .xlsx workbook or a .csv export of it, not a {suffix} file"
        )
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        sheets = [[list(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook]
        workbook.close()
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise ImportFileError(path, f"not a readable .xlsx workbook ({error})") from None
    # The data is on the first sheet; the others hold notes, including the "#" ceiling.
    data = next((rows for rows in sheets if rows and "OCC_CODE" in _header(rows[0])), sheets[0])
    header = _header(data[0]) if data else []
    check_columns(path, header, REQUIRED, unit="row")
    notes = "\n".join(
        str(cell) for rows in sheets if rows is not data for row in rows for cell in row if cell
    )
    return _Table(path, _xlsx_rows(header, data), notes=notes, unit="row")


def _header(cells: list) -> list[str]:
    return [str(cell or "").strip().upper() for cell in cells]


def _xlsx_rows(header: list[str], rows: list[list]) -> Iterator[tuple[int, Row]]:
    for number, cells in enumerate(rows[1:], start=2):
        values = ["" if cell is None else str(cell).strip() for cell in cells]
        if any(values):
            yield number, dict(zip(header, values, strict=False))


def _year(path: Path, notes: str) -> int:
    match = re.search(r"M(\d{4})", path.name, re.IGNORECASE) or re.search(
        r"May (\d{4}) OEWS", notes
    )
    if match is None:
        raise ImportFileError(
            path, "cannot tell the survey year from the file name; give it with --year"
        )
    return int(match[1])


def _ceiling(notes: str) -> Ceiling | None:
    match = CEILING_NOTE.search(notes)
    if match is None:
        return None
    hourly, annual = (Decimal(value.replace(",", "")) for value in match.groups())
    return Ceiling(annual=annual, hourly=hourly)


def _reason_to_skip(row: Row) -> str:
    if row["O_GROUP"].lower() != "detailed":
        return "rows that are not detailed occupations (O_GROUP other than 'detailed')"
    if row.get("I_GROUP", "cross-industry").lower() != "cross-industry" or row.get(
        "NAICS", "000000"
    ) not in ("000000", "0"):
        return "industry rows (only cross-industry rows are used)"
    if row.get("AREA_TYPE", "1") != "1":
        return "rows for areas other than the whole U.S. (AREA_TYPE other than 1)"
    return ""


def _estimate(row: Row, table: _Table, line: int, ceiling: Ceiling | None, year: int) -> Estimate:
    annual = {field: row[f"A_{name}"] for field, name in PERCENTILES.items()}
    hourly = {field: row[f"H_{name}"] for field, name in PERCENTILES.items()}
    # BLS publishes only hourly wages for some occupations (actors, musicians): the HOURLY flag,
    # or, in files without it, every annual figure marked "*".
    only_hourly = row.get("HOURLY", "").upper() == "TRUE" or (
        all(value in NOT_AVAILABLE for value in annual.values())
        and any(value not in NOT_AVAILABLE for value in hourly.values())
    )
    unit, cells = ("hourly", hourly) if only_hourly else ("annual", annual)
    wages: dict[str, Decimal | None] = {}
    top_coded = []
    for field, value in cells.items():
        column = f"{'H' if only_hourly else 'A'}_{PERCENTILES[field]}"
        if value == TOP_CODED:
            if ceiling is None:
                raise table.error(
                    line,
                    f"{column} is '#' (at or above the top wage BLS publishes), but the ceiling "
                    f"for May {year} is not known; import the .xlsx, whose notes state it",
                )
            wages[field] = ceiling.hourly if only_hourly else ceiling.annual
            top_coded.append(field)
        else:
            wages[field] = _number(value, column, table, line)
    employment = _number(row["TOT_EMP"], "TOT_EMP", table, line)
    if employment is not None and employment != int(employment):
        raise table.error(line, f"TOT_EMP {row['TOT_EMP']!r} is not a number of jobs")
    return Estimate(
        employment=None if employment is None else int(employment),
        unit=unit,
        wages=wages,
        top_coded=top_coded,
    )


def _number(value: str, column: str, table: _Table, line: int) -> Decimal | None:
    if value in NOT_AVAILABLE:
        return None
    try:
        number = Decimal(value.replace(",", ""))
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or number < 0:
        raise table.error(
            line, f"{column} is {value!r}: neither a number nor one of BLS's marks *, ** or #"
        )
    return number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@transaction.atomic
def _save(
    estimates: dict[str, Estimate],
    *,
    year: int,
    overwrite: bool,
    summary: ImportSummary,
    progress: Progress,
) -> None:
    by_soc = occupations_by_soc()
    updates = _updates(estimates, by_soc, year=year, summary=summary)
    update_occupations(updates, overwrite=overwrite, summary=summary, progress=progress)
    note_unmatched(summary, by_soc)


def _updates(
    estimates: dict[str, Estimate],
    by_soc: dict[str, list[Occupation]],
    *,
    year: int,
    summary: ImportSummary,
) -> Iterator[tuple[Occupation, dict]]:
    """Each occupation under an estimate's code, taken from by_soc, with its new values."""
    source = WAGES % {"year": year}
    for code, estimate in estimates.items():
        if code not in by_soc:
            summary.skipped["detailed occupations with no O*NET-SOC code in the catalogue"] += 1
        for occupation in by_soc.pop(code, []):
            yield (
                occupation,
                {
                    "employment": estimate.employment,
                    "employment_year": year,
                    "employment_source": source,
                    "wage_year": year,
                    "wage_unit": estimate.unit,
                    **estimate.wages,
                    "wage_top_coded": estimate.top_coded,
                    "wage_source": source,
                },
            )
