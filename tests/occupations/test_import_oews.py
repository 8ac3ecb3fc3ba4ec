import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from occupations.importers import oews
from occupations.importers.common import ImportFileError
from occupations.importers.oews import import_wages
from occupations.importers.onet import import_release
from occupations.models import Occupation
from tests.occupations.sample_files import (
    BIOFUELS,
    IPM,
    OEWS_HEADER,
    OEWS_NOTES,
    QC,
    oews_row,
    oews_rows,
    write_bytes,
    write_oews_csv,
    write_oews_xlsx,
)

WAGE_FIELDS = ["wage_p10", "wage_p25", "wage_median", "wage_p75", "wage_p90"]


@pytest.fixture
def catalogue(db):
    for code, slug in [(IPM, "ipm"), (QC, "qc"), (BIOFUELS, "biofuels"), ("47-2061.00", "cl")]:
        Occupation.objects.create(soc_code=code, title=slug, slug=slug)


def wages(code: str) -> list:
    occupation = Occupation.objects.get(soc_code=code)
    return [getattr(occupation, field) for field in WAGE_FIELDS]


def snapshot() -> list:
    return list(Occupation.objects.order_by("soc_code").values())


@pytest.mark.django_db
def test_a_detailed_row_applies_to_every_onet_code_that_starts_with_it(tmp_path, catalogue):
    path = write_oews_xlsx(tmp_path / "national_M2021_dl.xlsx", oews_rows(), notes=OEWS_NOTES)

    summary = import_wages(path=path)

    assert (summary.created, summary.updated, summary.unchanged) == (0, 4, 0)
    for code in (IPM, QC, BIOFUELS):
        occupation = Occupation.objects.get(soc_code=code)
        assert occupation.employment == 192270
        assert (occupation.employment_year, occupation.wage_year) == (2021, 2021)
        assert occupation.wage_unit == "annual"
        assert wages(code) == [Decimal(n) for n in ("64150", "80190", "103150", "134130", "170470")]
        assert occupation.wage_top_coded == []
        source = "BLS Occupational Employment and Wage Statistics, May 2021"
        assert occupation.wage_source == occupation.employment_source == source
    assert Occupation.objects.get(soc_code="47-2061.00").employment == 1000000


@pytest.mark.django_db
def test_only_cross_industry_detailed_rows_are_used(tmp_path, catalogue):
    rows = [*oews_rows(), oews_row("13-1020", employment=400000)]
    path = write_oews_xlsx(tmp_path / "national_M2021_dl.xlsx", rows, notes=OEWS_NOTES)

    summary = import_wages(path=path)

    assert summary.skipped == {
        "rows that are not detailed occupations (O_GROUP other than 'detailed')": 2,
        "industry rows (only cross-industry rows are used)": 1,
        "detailed occupations with no O*NET-SOC code in the catalogue": 1,
    }
    assert Occupation.objects.get(soc_code=IPM).employment == 192270


@pytest.mark.django_db
def test_special_values_become_not_available_or_the_top_coded_ceiling(tmp_path, catalogue):
    rows = [
        oews_row(
            "11-3051",
            employment="**",
            annual=(117590, "*", 239000, "#", "#"),
            hourly=(56.53, "*", 114.9, "#", "#"),
        )
    ]
    path = write_oews_xlsx(tmp_path / "national_M2024_dl.xlsx", rows, notes=OEWS_NOTES)

    import_wages(path=path)

    manager = Occupation.objects.get(soc_code=IPM)
    assert manager.employment is None
    assert wages(IPM) == [Decimal("117590"), None, Decimal("239000"), Decimal(239200), 239200]
    assert manager.wage_top_coded == ["wage_p75", "wage_p90"]


@pytest.mark.django_db
def test_the_ceiling_is_read_from_the_workbooks_notes(tmp_path, catalogue):
    notes = [
        ["#  = indicates a wage equal to or greater than $120.00 per hour or $249,600 per year"]
    ]
    rows = [oews_row("11-3051", annual=(1, 2, 3, 4, "#"))]
    path = write_oews_xlsx(tmp_path / "national_M2030_dl.xlsx", rows, notes=notes)

    import_wages(path=path)

    assert wages(IPM)[-1] == Decimal("249600")


@pytest.mark.django_db
def test_hourly_wages_are_used_where_only_hourly_wages_are_published(tmp_path, catalogue):
    rows = [
        oews_row(
            "11-3051",
            annual=("*", "*", "*", "*", "*"),
            hourly=(11.16, 15.02, 23.48, 30, "#"),
            flags=("", "TRUE"),
        )
    ]
    path = write_oews_xlsx(tmp_path / "national_M2021_dl.xlsx", rows, notes=OEWS_NOTES)

    import_wages(path=path)

    manager = Occupation.objects.get(soc_code=IPM)
    assert manager.wage_unit == "hourly"
    assert wages(IPM) == [Decimal(n) for n in ("11.16", "15.02", "23.48", "30.00", "115.00")]
    assert manager.wage_top_coded == ["wage_p90"]


@pytest.mark.django_db
def test_a_csv_export_without_flag_columns_gives_the_same_figures(tmp_path, catalogue):
    rows = [
        oews_row("11-3051", annual=("*",) * 5, hourly=(11.16, 15.02, 23.48, 30, 61.98)),
        oews_row("47-2061", employment="1,000,000", annual=("30,000", 1, 2, 3, "#")),
    ]
    header = [name for name in OEWS_HEADER if name not in ("ANNUAL", "HOURLY", "NAICS")]
    path = write_oews_csv(tmp_path / "national_M2021_dl.csv", rows, header=header)

    import_wages(path=path)

    assert Occupation.objects.get(soc_code=IPM).wage_unit == "hourly"
    assert wages(IPM)[2] == Decimal("23.48")
    laborers = Occupation.objects.get(soc_code="47-2061.00")
    assert (laborers.employment, laborers.wage_p10) == (1000000, Decimal("30000"))
    assert (laborers.wage_p90, laborers.wage_top_coded) == (Decimal("208000"), ["wage_p90"])


@pytest.mark.django_db
def test_the_year_comes_from_the_option_when_the_file_name_lacks_it(tmp_path, catalogue):
    path = write_oews_csv(tmp_path / "wages.csv", oews_rows())

    with pytest.raises(ImportFileError, match="cannot tell the survey year .* --year"):
        import_wages(path=path)
    import_wages(path=path, year=2024)

    assert Occupation.objects.get(soc_code=IPM).wage_source.endswith("May 2024")


@pytest.mark.django_db
def test_second_import_changes_nothing(tmp_path, catalogue):
    path = write_oews_xlsx(tmp_path / "national_M2021_dl.xlsx", oews_rows(), notes=OEWS_NOTES)
    import_wages(path=path)
    before = snapshot()

    summary = import_wages(path=path)

    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 4)
    assert snapshot() == before


@pytest.mark.django_db
def test_staff_edits_are_kept_unless_overwrite(tmp_path, catalogue):
    Occupation.objects.filter(soc_code=IPM).update(
        wage_median=Decimal("100000"), edited_fields=["wage_median"]
    )
    path = write_oews_xlsx(tmp_path / "national_M2021_dl.xlsx", oews_rows(), notes=OEWS_NOTES)

    import_wages(path=path)
    assert wages(IPM)[2] == Decimal("100000")
    assert wages(QC)[2] == Decimal("103150")

    import_wages(path=path, overwrite=True)
    assert wages(IPM)[2] == Decimal("103150")
    assert Occupation.objects.get(soc_code=IPM).edited_fields == []


@pytest.mark.django_db
def test_changed_rows_get_a_new_updated_at(tmp_path, catalogue):
    before = dict(Occupation.objects.values_list("soc_code", "updated_at"))
    path = write_oews_xlsx(tmp_path / "national_M2021_dl.xlsx", oews_rows(), notes=OEWS_NOTES)

    import_wages(path=path)

    after = dict(Occupation.objects.values_list("soc_code", "updated_at"))
    assert all(after[code] > before[code] for code in before)


@pytest.mark.django_db
def test_a_bad_row_late_in_the_file_leaves_the_database_as_it_was(tmp_path, catalogue):
    rows = [*oews_rows(), oews_row("51-2090", annual=(1, 2, "n/a", 4, 5))]
    path = write_oews_xlsx(tmp_path / "national_M2021_dl.xlsx", rows, notes=OEWS_NOTES)
    before = snapshot()

    with pytest.raises(ImportFileError) as error:
        import_wages(path=path)

    assert str(error.value) == (
        f"{path}, row 7: A_MEDIAN is 'n/a': neither a number nor one of BLS's marks *, ** or #"
    )
    assert snapshot() == before


def csv_file(tmp_path, rows):
    return write_oews_csv(tmp_path / "national_M2021_dl.csv", rows)


BAD_FILES = {
    "missing file": (
        lambda tmp_path: tmp_path / "national_M2021_dl.xlsx",
        "national_M2021_dl.xlsx: file not found",
    ),
    "text file": (
        lambda tmp_path: write_bytes(tmp_path / "national_M2021_dl.txt", b"OCC_CODE\tO_GROUP\n"),
        "expected the OEWS .xlsx workbook or a .csv export of it, not a .txt file",
    ),
    "binary csv": (
        lambda tmp_path: write_bytes(
            tmp_path / "national_M2021_dl.csv", b"\x89PNG\r\n\x1a\n\x00\x00"
        ),
        "national_M2021_dl.csv, line 3: this is a binary file, not a text table",
    ),
    "broken workbook": (
        lambda tmp_path: write_bytes(tmp_path / "national_M2021_dl.xlsx", b"not a zip at all"),
        "national_M2021_dl.xlsx: not a readable .xlsx workbook",
    ),
    "missing column": (
        lambda tmp_path: write_oews_csv(
            tmp_path / "national_M2021_dl.csv",
            oews_rows(),
            header=[name for name in OEWS_HEADER if name != "A_MEDIAN"],
        ),
        "national_M2021_dl.csv, line 1: missing column 'A_MEDIAN'",
    ),
    "bad code": (
        lambda tmp_path: csv_file(tmp_path, [oews_row("113051")]),
        "national_M2021_dl.csv, line 2: OCC_CODE '113051' is not a SOC code such as 11-3051",
    ),
    "duplicate code": (
        lambda tmp_path: csv_file(tmp_path, [oews_row("11-3051"), oews_row("11-3051")]),
        "national_M2021_dl.csv, line 3: 11-3051 is listed twice (first on line 2)",
    ),
    "bad employment": (
        lambda tmp_path: csv_file(tmp_path, [oews_row("11-3051", employment="12.5")]),
        "national_M2021_dl.csv, line 2: TOT_EMP '12.5' is not a number of jobs",
    ),
    "top-coded wage for a year without a known ceiling": (
        lambda tmp_path: write_oews_csv(
            tmp_path / "national_M2030_dl.csv", [oews_row("11-3051", annual=(1, 2, 3, 4, "#"))]
        ),
        "national_M2030_dl.csv, line 2: A_PCT90 is '#' (at or above the top wage BLS "
        "publishes), but the ceiling for May 2030 is not known",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_bad_input_stops_the_import_with_file_line_and_problem(tmp_path, catalogue, case):
    make, message = BAD_FILES[case]
    before = snapshot()

    with pytest.raises(CommandError) as error:
        call_command("import_oews", str(make(tmp_path)))

    assert message in str(error.value)
    assert snapshot() == before


@pytest.mark.django_db
def test_the_command_prints_a_summary(tmp_path, catalogue, capsys):
    path = write_oews_xlsx(tmp_path / "national_M2021_dl.xlsx", oews_rows(), notes=OEWS_NOTES)

    call_command("import_oews", str(path))

    output = capsys.readouterr().out
    assert "national_M2021_dl.xlsx: 5 rows" in output
    assert "0 created, 4 updated, 0 unchanged, 3 skipped" in output


def test_the_command_exits_non_zero_with_one_message_and_no_traceback(tmp_path):
    path = write_bytes(tmp_path / "national_M2021_dl.txt", b"hello")
    result = subprocess.run(
        [sys.executable, "manage.py", "import_oews", str(path)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"},
    )

    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"CommandError: {path}: expected the OEWS .xlsx workbook or a .csv export of it, "
        "not a .txt file"
    )


@pytest.mark.shared
@pytest.mark.django_db
def test_the_real_files_give_the_published_figures(shared_dir):
    import_release(directory=shared_dir / "onet-29.3")

    import_wages(path=shared_dir / "bls-oews" / "national_M2021_dl.xlsx")
    manager = Occupation.objects.get(soc_code=IPM)
    assert manager.employment == 192270
    assert (manager.wage_median, manager.wage_p10, manager.wage_p90) == (103150, 64150, 170470)
    assert manager.wage_source == "BLS Occupational Employment and Wage Statistics, May 2021"
    # Anesthesiologists: every percentile from the 25th up is at the May 2021 ceiling.
    anesthesiologists = Occupation.objects.get(soc_code="29-1211.00")
    assert anesthesiologists.wage_p90 == Decimal("208000")
    assert anesthesiologists.wage_top_coded == ["wage_p25", "wage_median", "wage_p75", "wage_p90"]
    assert Occupation.objects.get(soc_code="27-2011.00").wage_unit == "hourly"

    summary = import_wages(path=shared_dir / "bls-oews" / "national_M2024_dl.xlsx")
    manager.refresh_from_db()
    assert manager.wage_median == Decimal("121440")
    assert Occupation.objects.get(soc_code="29-1211.00").wage_p90 == Decimal("239200")
    again = import_wages(path=shared_dir / "bls-oews" / "national_M2024_dl.xlsx")
    assert (again.updated, again.unchanged) == (0, summary.updated)


@pytest.mark.shared
@pytest.mark.parametrize("year", [2021, 2024])
def test_the_ceilings_for_csv_exports_match_the_notes_of_the_real_workbooks(shared_dir, year):
    table = oews._open(shared_dir / "bls-oews" / f"national_M{year}_dl.xlsx")

    assert oews._ceiling(table.notes) == oews.CEILINGS[year]
