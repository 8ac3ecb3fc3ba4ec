import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from occupations.importers.common import ImportFileError
from occupations.importers.onet import import_release
from occupations.importers.projections import import_projections
from occupations.models import Occupation
from occupations.outlook import outlook_comparison
from tests.occupations.sample_files import (
    BIOFUELS,
    IPM,
    PROJECTIONS_HEADER,
    QC,
    projection_row,
    projections_rows,
    write_bytes,
    write_projections,
)


@pytest.fixture
def catalogue(db):
    for code, slug in [(IPM, "ipm"), (QC, "qc"), (BIOFUELS, "biofuels"), ("47-2061.00", "cl")]:
        Occupation.objects.create(soc_code=code, title=slug, slug=slug)


def snapshot() -> list:
    return list(Occupation.objects.order_by("soc_code").values())


@pytest.mark.django_db
def test_a_row_applies_to_every_onet_code_that_starts_with_its_code(tmp_path, catalogue):
    summary = import_projections(path=write_projections(tmp_path / "projections.csv"))

    assert (summary.created, summary.updated, summary.unchanged) == (0, 4, 0)
    assert summary.skipped == {"occupations with no O*NET-SOC code in the catalogue": 1}
    for code in (IPM, QC, BIOFUELS):
        occupation = Occupation.objects.get(soc_code=code)
        assert occupation.outlook_period == "2020-30"
        assert occupation.outlook_employment == 189300
        assert occupation.outlook_percent == Decimal("5.3")
        assert occupation.outlook_openings == 13900
        assert occupation.outlook_comparison == "slower"
        assert occupation.outlook_source == "BLS Employment Projections 2020-30"
        assert (
            occupation.entry_education,
            occupation.work_experience,
            occupation.job_training,
        ) == (
            "Bachelor's degree",
            "5 years or more",
            "None",
        )


@pytest.mark.django_db
def test_thousands_with_commas_and_not_available_figures(tmp_path, catalogue):
    import_projections(path=write_projections(tmp_path / "projections.csv"))

    laborers = Occupation.objects.get(soc_code="47-2061.00")
    assert laborers.outlook_employment == 1392200
    assert laborers.outlook_percent == Decimal("-0.4")
    assert laborers.outlook_openings is None
    assert laborers.outlook_comparison == "little-change"
    assert laborers.entry_education == "No formal educational credential"
    assert laborers.job_training == "Short-term on-the-job training"


@pytest.mark.parametrize(
    "percent, expected",
    [
        ("-24.1", "decline"),
        ("-1.5", "decline"),
        ("-1.4", "little-change"),
        ("1.4", "little-change"),
        ("1.5", "slower"),
        ("6.4", "slower"),
        ("6.5", "average"),
        ("10.4", "average"),
        ("10.5", "faster"),
        ("14.4", "faster"),
        ("14.5", "much-faster"),
        ("52.2", "much-faster"),
    ],
)
def test_the_comparison_follows_the_bands_around_the_2020_30_average(percent, expected):
    assert outlook_comparison(Decimal(percent), Decimal("7.7")) == expected


def test_the_bands_move_with_the_average():
    # 2021-31: all occupations 5.3 percent, so 3 percent is slower and 8 percent faster.
    assert outlook_comparison(Decimal("3"), Decimal("5.3")) == "slower"
    assert outlook_comparison(Decimal("5"), Decimal("5.3")) == "average"
    assert outlook_comparison(Decimal("8"), Decimal("5.3")) == "faster"
    assert outlook_comparison(Decimal("12"), Decimal("5.3")) == "much-faster"


@pytest.mark.django_db
def test_a_period_without_a_known_average_leaves_the_comparison_blank(tmp_path, catalogue):
    header = [name.replace("2020", "2032").replace("2030", "2042") for name in PROJECTIONS_HEADER]
    path = write_projections(tmp_path / "projections.csv", header=header)

    summary = import_projections(path=path)
    manager = Occupation.objects.get(soc_code=IPM)
    assert (manager.outlook_period, manager.outlook_comparison) == ("2032-42", "")
    assert "give it with --average-growth" in summary.notes[-1]

    import_projections(path=path, average_growth=Decimal("2.4"))
    manager.refresh_from_db()
    assert manager.outlook_comparison == "faster"


@pytest.mark.django_db
def test_second_import_changes_nothing(tmp_path, catalogue):
    path = write_projections(tmp_path / "projections.csv")
    import_projections(path=path)
    before = snapshot()

    summary = import_projections(path=path)

    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 4)
    assert snapshot() == before


@pytest.mark.django_db
def test_staff_edits_are_kept_unless_overwrite(tmp_path, catalogue):
    Occupation.objects.filter(soc_code=IPM).update(
        entry_education="Master's degree", edited_fields=["entry_education"]
    )
    path = write_projections(tmp_path / "projections.csv")

    import_projections(path=path)
    assert Occupation.objects.get(soc_code=IPM).entry_education == "Master's degree"

    import_projections(path=path, overwrite=True)
    assert Occupation.objects.get(soc_code=IPM).entry_education == "Bachelor's degree"


@pytest.mark.django_db
def test_changed_rows_get_a_new_updated_at(tmp_path, catalogue):
    before = dict(Occupation.objects.values_list("soc_code", "updated_at"))

    import_projections(path=write_projections(tmp_path / "projections.csv"))

    after = dict(Occupation.objects.values_list("soc_code", "updated_at"))
    assert all(after[code] > before[code] for code in before)


@pytest.mark.django_db
def test_a_bad_row_late_in_the_file_leaves_the_database_as_it_was(tmp_path, catalogue):
    rows = [*projections_rows(), projection_row("51-2090", openings="lots")]
    path = write_projections(tmp_path / "projections.csv", rows)
    before = snapshot()

    with pytest.raises(ImportFileError) as error:
        import_projections(path=path)

    assert str(error.value) == (
        f"{path}, line 5: Occupational Openings, 2020-2030 Annual Average is 'lots', not a number"
    )
    assert snapshot() == before


BAD_FILES = {
    "missing file": (
        lambda path: path,
        "projections.csv: file not found",
    ),
    "not a csv": (
        lambda path: write_bytes(path.with_suffix(".xlsx"), b"PK\x03\x04"),
        "projections.xlsx: expected the projections table exported as .csv, not a .xlsx file",
    ),
    "binary file": (
        lambda path: write_bytes(path, b"\x00\x01\x02"),
        "projections.csv, line 1: this is a binary file, not a text table",
    ),
    "missing column": (
        lambda path: write_projections(
            path, header=[*PROJECTIONS_HEADER[:12], "Training", "trCode"]
        ),
        "projections.csv, line 1: missing column 'Typical on-the-job Training'",
    ),
    "missing percent change": (
        lambda path: write_projections(
            path, header=[name.replace("Percent ", "") for name in PROJECTIONS_HEADER]
        ),
        "projections.csv, line 1: missing column 'Employment Percent Change, YYYY-YYYY'",
    ),
    "bad code": (
        lambda path: write_projections(path, [projection_row("13-2011.00")]),
        "projections.csv, line 2: Occupation Code '=\"13-2011.00\"' is not a SOC code",
    ),
    "duplicate code": (
        lambda path: write_projections(path, [projection_row("13-2011")] * 2),
        "projections.csv, line 3: 13-2011 is listed twice (first on line 2)",
    ),
    "short row": (
        lambda path: write_projections(path, [projection_row("13-2011")[:5]]),
        "projections.csv, line 2: expected 14 comma-separated fields, found 5",
    ),
    "negative employment": (
        lambda path: write_projections(path, [projection_row("13-2011", employment="-3.0")]),
        "projections.csv, line 2: Employment 2020 is '-3.0', below zero",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_bad_input_stops_the_import_with_file_line_and_problem(tmp_path, catalogue, case):
    make, message = BAD_FILES[case]
    before = snapshot()

    with pytest.raises(CommandError) as error:
        call_command("import_projections", str(make(tmp_path / "projections.csv")))

    assert message in str(error.value)
    assert snapshot() == before


@pytest.mark.django_db
def test_the_command_prints_a_summary(tmp_path, catalogue, capsys):
    call_command("import_projections", str(write_projections(tmp_path / "projections.csv")))

    output = capsys.readouterr().out
    assert "projections.csv: 3 rows" in output
    assert "0 created, 4 updated, 0 unchanged, 1 skipped" in output
    assert "skipped 1: occupations with no O*NET-SOC code in the catalogue" in output


def test_the_command_exits_non_zero_with_one_message_and_no_traceback(tmp_path):
    path = write_projections(tmp_path / "projections.csv", [projection_row("13-2011")[:5]])
    result = subprocess.run(
        [sys.executable, "manage.py", "import_projections", str(path)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"},
    )

    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"CommandError: {path}, line 2: expected 14 comma-separated fields, found 5"
    )


@pytest.mark.shared
@pytest.mark.django_db
def test_the_real_table_gives_the_published_figures(shared_dir):
    import_release(directory=shared_dir / "onet-29.3")

    summary = import_projections(path=shared_dir / "bls-ep" / "occupation-projections-2020-30.csv")

    manager = Occupation.objects.get(soc_code=IPM)
    assert (manager.outlook_percent, manager.outlook_period) == (Decimal("5.3"), "2020-30")
    assert manager.outlook_openings == 13900
    assert manager.outlook_employment == 189300
    assert manager.outlook_comparison == "slower"
    assert manager.work_experience == "5 years or more"
    accountants = Occupation.objects.get(soc_code="13-2011.00")
    assert (accountants.outlook_percent, accountants.outlook_comparison) == (
        Decimal("6.9"),
        "average",
    )
    assert summary.updated == Occupation.objects.exclude(outlook_period="").count()


@pytest.mark.django_db
def test_outlook_text_of_another_period_is_cleared_unless_staff_wrote_it(default_data, shared_dir):
    Occupation.objects.filter(soc_code="11-3051.00").update(edited_fields=[])
    call_command(
        "import_projections",
        shared_dir / "bls-ep" / "occupation-projections-2020-30.csv",
        verbosity=0,
    )
    ipm = Occupation.objects.get(soc_code="11-3051.00")
    assert ipm.outlook_period == "2020-30" and ipm.outlook_text == ""


@pytest.mark.django_db
def test_codes_bls_projects_only_as_a_group_take_the_groups_figures(tmp_path):
    for code, slug in [("15-1252.00", "developers"), ("15-1256.00", "group-itself")]:
        Occupation.objects.create(soc_code=code, title=slug, slug=slug)
    rows = [projection_row("15-1256", "1,847.9", "22.2", "189.2")]
    rows[0][0] = "Software developers, quality assurance analysts, testers"
    import_projections(path=write_projections(tmp_path / "projections.csv", rows))

    developers = Occupation.objects.get(soc_code="15-1252.00")
    assert (developers.outlook_percent, developers.outlook_openings) == (Decimal("22.2"), 189200)
    assert developers.outlook_comparison == "much-faster"
    assert developers.outlook_source == (
        "BLS Employment Projections 2020-30 for the group Software developers, quality "
        "assurance analysts, testers (15-1256)"
    )
    assert Occupation.objects.get(soc_code="15-1256.00").outlook_source == (
        "BLS Employment Projections 2020-30"
    )

    # A file that projects the code itself is used as it is.
    own = [*rows, projection_row("15-1252", "1,500.0", "25.0", "150.0")]
    import_projections(path=write_projections(tmp_path / "later.csv", own))
    developers.refresh_from_db()
    assert (developers.outlook_percent, developers.outlook_source) == (
        Decimal("25.0"),
        "BLS Employment Projections 2020-30",
    )
