import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from occupations.importers import onet
from occupations.importers.common import ImportFileError
from occupations.importers.onet import import_release, release_version
from occupations.models import Duty, Occupation, RelatedOccupation
from tests.occupations.sample_files import BIOFUELS, IPM, QC, onet_rows, task, write_onet

ONET_SOURCE = "O*NET 29.3 Database (USDOL/ETA), CC BY 4.0"


def snapshot() -> list:
    """Everything an import may touch, to show that a failed one changed nothing."""
    return [
        list(Occupation.objects.order_by("soc_code").values()),
        list(Duty.objects.values_list("occupation_id", "order", "text")),
        list(RelatedOccupation.objects.values_list("from_occupation_id", "to_occupation_id")),
    ]


@pytest.fixture
def release(tmp_path) -> Path:
    return write_onet(tmp_path / "onet")


@pytest.mark.django_db
def test_import_creates_every_occupation_with_profile_code_and_job_zone(release):
    summary = import_release(directory=release)

    assert (summary.created, summary.updated, summary.unchanged) == (3, 0, 0)
    manager = Occupation.objects.get(soc_code=IPM)
    assert manager.title == "Industrial Production Managers"
    assert manager.slug == "industrial-production-managers"
    assert manager.interests == {
        "R": Decimal("4.23"),
        "I": Decimal("2.94"),
        "A": Decimal("1.33"),
        "S": Decimal("1.83"),
        "E": Decimal("5.92"),
        "C": Decimal("5.29"),
    }
    assert manager.high_point_code == "ECR"
    assert manager.job_zone == 4
    assert manager.summary == "Run the plant floor so goods ship on time."
    assert manager.text_source == ONET_SOURCE
    assert manager.interest_source == ONET_SOURCE
    # A high-point of 0 means "none": Quality Control Systems Managers have a two-letter code.
    assert Occupation.objects.get(soc_code=QC).high_point_code == "CE"


@pytest.mark.django_db
def test_occupations_without_interest_rows_get_no_profile(release):
    import_release(directory=release)

    biofuels = Occupation.objects.get(soc_code=BIOFUELS)
    assert biofuels.interest_r is None and biofuels.high_point_code == ""
    assert biofuels.job_zone is None
    assert biofuels.summary == "Oversee a plant that makes fuel."
    assert list(Occupation.objects.with_profiles().values_list("soc_code", flat=True)) == [
        IPM,
        QC,
    ]


@pytest.mark.django_db
def test_duties_list_core_tasks_then_supplemental_then_unrated_in_file_order(release):
    import_release(directory=release)

    duties = Occupation.objects.get(soc_code=IPM).duties.all()
    assert [(duty.order, duty.text) for duty in duties] == [
        (0, "Set the production schedule."),
        (1, "Approve overtime within the budget."),
        (2, "Check the weekly output figures."),
        (3, "Meet suppliers about late parts."),
    ]


@pytest.mark.django_db
def test_related_occupations_follow_the_index_and_skip_codes_not_in_the_catalogue(release):
    summary = import_release(directory=release)

    links = RelatedOccupation.objects.filter(from_occupation__soc_code=IPM)
    assert [link.to_occupation.soc_code for link in links] == [QC, BIOFUELS]
    assert summary.skipped["related occupations not in the catalogue"] == 1


@pytest.mark.django_db
def test_alternate_titles_put_my_next_move_titles_first(release):
    import_release(directory=release)

    assert Occupation.objects.get(soc_code=IPM).alternate_titles == (
        "Plant Manager\nProduction Manager\nOperations Manager"
    )


@pytest.mark.django_db
def test_second_import_changes_nothing(release):
    import_release(directory=release)
    before = snapshot()

    summary = import_release(directory=release)

    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 3)
    assert snapshot() == before


@pytest.mark.django_db
def test_a_changed_file_updates_only_that_occupation_and_its_updated_at(tmp_path, release):
    import_release(directory=release)
    before = dict(Occupation.objects.values_list("soc_code", "updated_at"))
    rows = onet_rows()
    rows["Job Zones.txt"][1] = f"{QC}\tQuality Control Systems Managers\t5\t08/2023\tAnalyst"
    rows["Task Statements.txt"].append(task(QC, 6, "Write the inspection plan.", "Core"))

    summary = import_release(directory=write_onet(tmp_path / "next", rows))

    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 2)
    quality = Occupation.objects.get(soc_code=QC)
    assert quality.job_zone == 5
    assert [duty.text for duty in quality.duties.all()] == [
        "Trace faults back to their cause.",
        "Write the inspection plan.",
    ]
    assert quality.updated_at > before[QC]
    assert Occupation.objects.get(soc_code=IPM).updated_at == before[IPM]


@pytest.mark.django_db
def test_an_occupations_own_text_is_kept_unless_overwrite(release):
    own = Occupation.objects.create(
        soc_code=IPM,
        title="Industrial Production Managers",
        slug="industrial-production-managers",
        summary="Our own summary.",
        text_source="careerquiz editors",
    )
    Duty.objects.create(occupation=own, order=0, text="Our own duty.")

    import_release(directory=release)
    own.refresh_from_db()
    assert (own.summary, own.text_source) == ("Our own summary.", "careerquiz editors")
    assert [duty.text for duty in own.duties.all()] == ["Our own duty."]
    assert own.high_point_code == "ECR"

    import_release(directory=release, overwrite=True)
    own.refresh_from_db()
    assert (own.summary, own.text_source) == (
        "Run the plant floor so goods ship on time.",
        ONET_SOURCE,
    )
    assert own.duties.count() == 4


@pytest.mark.django_db
def test_staff_edits_are_kept_unless_overwrite(release):
    import_release(directory=release)
    Occupation.objects.filter(soc_code=IPM).update(
        title="Plant Managers", job_zone=3, edited_fields=["title", "job_zone"]
    )

    summary = import_release(directory=release)
    edited = Occupation.objects.get(soc_code=IPM)
    assert (edited.title, edited.job_zone, summary.updated) == ("Plant Managers", 3, 0)

    summary = import_release(directory=release, overwrite=True)
    edited.refresh_from_db()
    assert (edited.title, edited.job_zone, summary.updated) == (
        "Industrial Production Managers",
        4,
        1,
    )
    assert edited.edited_fields == []


@pytest.mark.django_db
def test_new_occupations_get_unique_slugs(release):
    Occupation.objects.create(
        soc_code="99-0000.00", title="Elsewhere", slug="industrial-production-managers"
    )

    import_release(directory=release)

    assert Occupation.objects.get(soc_code=IPM).slug == "industrial-production-managers-11-305100"


@pytest.mark.django_db
def test_the_import_uses_batches_not_a_query_per_row(tmp_path):
    codes = [f"47-{2000 + n:04d}.00" for n in range(300)]
    rows = {
        "Occupation Data.txt": [f"{code}\tWorker {code}\tWorks." for code in codes],
        "Task Statements.txt": [task(code, 1, "Work hard.", "Core") for code in codes],
        "Related Occupations.txt": [
            f"{code}\tW\t{codes[0]}\tW\tPrimary-Short\t1" for code in codes[1:]
        ],
        "Interests.txt": [],
        "Job Zones.txt": [],
        "Sample of Reported Titles.txt": [],
    }

    with CaptureQueriesContext(connection) as context:
        import_release(directory=write_onet(tmp_path / "onet", rows))

    assert Duty.objects.count() == 300 and RelatedOccupation.objects.count() == 299
    # SQLite takes 999 parameters a statement: with their Spanish twins, 13 careers an insert.
    assert len(context.captured_queries) < 40


@pytest.mark.django_db
def test_a_failure_while_saving_leaves_the_database_as_it_was(release, monkeypatch):
    Occupation.objects.create(soc_code="99-0000.00", title="Elsewhere", slug="elsewhere")
    before = snapshot()

    def fail(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(onet, "_replace_related", fail)
    with pytest.raises(RuntimeError):
        import_release(directory=release)

    assert snapshot() == before


@pytest.mark.django_db
def test_a_bad_row_late_in_the_release_leaves_the_database_as_it_was(tmp_path, release):
    import_release(directory=release)
    Occupation.objects.filter(soc_code=IPM).update(job_zone=2)
    before = snapshot()
    rows = onet_rows()
    rows["Sample of Reported Titles.txt"].append(f"{QC}\tQC\tBroken row")

    with pytest.raises(ImportFileError) as error:
        import_release(directory=write_onet(tmp_path / "bad", rows))

    assert "Sample of Reported Titles.txt, line 6: expected 4 tab-separated fields" in str(
        error.value
    )
    assert snapshot() == before


def with_row(name: str, line: str) -> dict[str, list[str]]:
    rows = onet_rows()
    rows[name] = [*rows[name], line]
    return rows


BAD_RELEASES = {
    "missing file": (
        {"Job Zones.txt": None},
        "Job Zones.txt: file not found",
    ),
    "bad code": (
        with_row("Occupation Data.txt", "11-3051\tManagers\tManage."),
        "Occupation Data.txt, line 5: '11-3051' is not an O*NET-SOC code such as 11-3051.00",
    ),
    "duplicate code": (
        with_row("Occupation Data.txt", f"{QC}\tAgain\tAgain."),
        f"Occupation Data.txt, line 5: {QC} is listed twice (first on line 3)",
    ),
    "interest outside the scale": (
        with_row(
            "Interests.txt",
            f"{BIOFUELS}\tB\t1.B.1.a\tRealistic\tOI\tOccupational Interests\t7.5\t11/2023\tML",
        ),
        "Interests.txt, line 20: Realistic is 7.5, outside the 1-7 scale",
    ),
    "interest not a number": (
        with_row(
            "Interests.txt",
            f"{BIOFUELS}\tB\t1.B.1.a\tRealistic\tOI\tOccupational Interests\tn/a\t11/2023\tML",
        ),
        "Interests.txt, line 20: 'n/a' is not a number",
    ),
    "high-point outside 0-6": (
        with_row(
            "Interests.txt",
            f"{BIOFUELS}\tB\t1.B.1.g\tFirst Interest High-Point\tIH\tHigh-Point\t7.0\t11/2023\tML",
        ),
        "Interests.txt, line 20: First Interest High-Point is 7.0; expected 0 (none) or 1-6",
    ),
    "job zone not in the reference": (
        with_row("Job Zones.txt", f"{BIOFUELS}\tBiofuels\t6\t08/2023\tAnalyst"),
        "Job Zones.txt, line 4: Job Zone 6 is not in Job Zone Reference.txt",
    ),
    "unknown task type": (
        with_row("Task Statements.txt", task(QC, 9, "Do things.", "Optional")),
        "Task Statements.txt, line 7: unknown Task Type 'Optional'",
    ),
    "related index not a number": (
        with_row("Related Occupations.txt", f"{QC}\tQC\t{BIOFUELS}\tB\tPrimary-Short\tfirst"),
        "Related Occupations.txt, line 6: 'first' is not a whole number",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", BAD_RELEASES, ids=list(BAD_RELEASES))
def test_bad_input_stops_the_import_with_file_line_and_problem(tmp_path, case):
    rows, message = BAD_RELEASES[case]
    directory = write_onet(tmp_path / "onet", rows)

    with pytest.raises(CommandError) as error:
        call_command("import_onet", str(directory))

    assert message in str(error.value)
    assert Occupation.objects.count() == 0


@pytest.mark.django_db
def test_a_missing_column_is_named(tmp_path, release):
    path = release / "Job Zones.txt"
    path.write_text(path.read_text().replace("Job Zone\t", "Zone\t"))

    with pytest.raises(ImportFileError, match=r"Job Zones.txt, line 1: missing column 'Job Zone'"):
        import_release(directory=release)


@pytest.mark.django_db
def test_a_binary_file_is_refused(release):
    (release / "Interests.txt").write_bytes(b"PK\x03\x04\x00\x00binary")

    with pytest.raises(ImportFileError, match=r"Interests.txt, line 1: this is a binary file"):
        import_release(directory=release)


@pytest.mark.django_db
def test_a_file_instead_of_a_folder_is_refused(release):
    with pytest.raises(ImportFileError, match="not a folder"):
        import_release(directory=release / "Interests.txt")


def test_the_release_version_comes_from_the_readme_the_folder_or_the_option(tmp_path):
    assert release_version(write_onet(tmp_path / "a")) == "O*NET 29.3"
    assert release_version(write_onet(tmp_path / "db_30_1_text", readme=False)) == "O*NET 30.1"
    assert release_version(tmp_path / "a", "30.0") == "O*NET 30.0"
    with pytest.raises(ImportFileError, match="give it with --version"):
        release_version(write_onet(tmp_path / "onet", readme=False))


@pytest.mark.django_db
def test_the_command_takes_the_version_and_prints_progress_and_a_summary(tmp_path, capsys):
    directory = write_onet(tmp_path / "onet", readme=False)

    call_command("import_onet", str(directory), "--version", "O*NET 30.0")

    output = capsys.readouterr().out
    assert "Task Statements.txt: 5 rows" in output
    assert "3 created, 0 updated, 0 unchanged, 1 skipped" in output
    assert "skipped 1: related occupations not in the catalogue" in output
    source = "O*NET 30.0 Database (USDOL/ETA), CC BY 4.0"
    assert Occupation.objects.get(soc_code=IPM).text_source == source


def test_the_command_exits_non_zero_with_one_message_and_no_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "import_onet", str(tmp_path / "nowhere")],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"},
    )

    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"CommandError: {tmp_path / 'nowhere'}: not a folder; give the folder of an O*NET "
        "text release"
    )


@pytest.mark.shared
@pytest.mark.django_db
def test_the_real_release_imports_every_occupation(shared_dir):
    summary = import_release(directory=shared_dir / "onet-29.3")

    assert summary.created == Occupation.objects.count() == 1016
    assert Occupation.objects.with_profiles().count() == 923
    assert Occupation.objects.exclude(job_zone=None).count() == 923
    manager = Occupation.objects.get(soc_code=IPM)
    assert [str(value) for value in manager.interests.values()] == [
        "4.23",
        "2.94",
        "1.33",
        "1.83",
        "5.92",
        "5.29",
    ]
    assert (manager.high_point_code, manager.job_zone) == ("ECR", 4)
    assert Duty.objects.count() == 18796
    assert RelatedOccupation.objects.count() == 18460

    again = import_release(directory=shared_dir / "onet-29.3")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1016)
