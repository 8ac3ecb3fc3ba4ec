"""import_onet and Work Styles.txt: a career's qualities are its top four rated work styles."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from occupations.importers.onet import import_release
from occupations.models import Occupation, Quality
from occupations.work_styles import EXPLANATIONS
from tests.occupations.sample_files import IPM, QC, work_style, write_onet

pytestmark = pytest.mark.django_db

STYLES = [
    work_style(IPM, "Leadership", "4.90"),
    work_style(IPM, "Integrity", "4.50"),
    work_style(IPM, "Dependability", "4.50"),
    work_style(IPM, "Innovation", "3.10"),
    work_style(IPM, "Cooperation", "4.00"),
    work_style(IPM, "Stress Tolerance", "3.90"),
    work_style(QC, "Attention to Detail", "4.80"),
]


def qualities(code: str) -> list[tuple[str, str]]:
    return list(
        Quality.objects.filter(occupation__soc_code=code).values_list("name", "description")
    )


@pytest.fixture
def release(tmp_path) -> Path:
    return write_onet(tmp_path / "onet", {"Work Styles.txt": STYLES})


def test_qualities_are_the_four_most_important_styles_ties_by_name(release):
    import_release(directory=release)

    assert qualities(IPM) == [
        (name, EXPLANATIONS[name])
        for name in ("Leadership", "Dependability", "Integrity", "Cooperation")
    ]
    assert qualities(QC) == [("Attention to Detail", EXPLANATIONS["Attention to Detail"])]
    manager = Occupation.objects.get(soc_code=IPM)
    assert manager.qualities_source == "O*NET 29.3 Database (USDOL/ETA), CC BY 4.0, Work Styles"


def test_importing_again_changes_nothing(release):
    import_release(directory=release)
    ids = list(Quality.objects.values_list("id", flat=True))
    summary = import_release(directory=release)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 3)
    assert list(Quality.objects.values_list("id", flat=True)) == ids


def test_own_qualities_and_staff_edits_are_kept_unless_overwrite(release):
    import_release(directory=release)
    manager = Occupation.objects.get(soc_code=IPM)
    Quality.objects.filter(occupation=manager).delete()
    Quality.objects.create(occupation=manager, name="Patience", description="Our own words.")
    quality_control = Occupation.objects.get(soc_code=QC)
    Quality.objects.filter(occupation=quality_control).update(description="Edited by staff.")
    Occupation.objects.filter(pk=quality_control.pk).update(edited_fields=["qualities"])

    import_release(directory=release)
    assert qualities(IPM) == [("Patience", "Our own words.")]
    assert qualities(QC) == [("Attention to Detail", "Edited by staff.")]

    import_release(directory=release, overwrite=True)
    assert [name for name, _ in qualities(IPM)][0] == "Leadership"
    assert qualities(QC) == [("Attention to Detail", EXPLANATIONS["Attention to Detail"])]
    assert Occupation.objects.get(soc_code=QC).edited_fields == []


def test_a_release_without_work_styles_leaves_qualities_alone(release, tmp_path):
    import_release(directory=release)
    before = qualities(IPM)
    import_release(directory=write_onet(tmp_path / "older"))
    assert qualities(IPM) == before


def test_styles_we_cannot_explain_are_skipped_and_counted(tmp_path):
    rows = [*STYLES, work_style(IPM, "Curiosity", "5.00")]
    summary = import_release(directory=write_onet(tmp_path / "onet", {"Work Styles.txt": rows}))
    assert "Curiosity" not in [name for name, _ in qualities(IPM)]
    assert (
        summary.skipped["Work Styles.txt ratings of styles with no explanation in work_styles.py"]
        == 1
    )


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (work_style(IPM, "Integrity", "4.5", scale="LV"), "unknown scale 'LV'"),
        (work_style(IPM, "Integrity", "6.5"), "Integrity is 6.5, outside the 1-5"),
        (work_style(IPM, "Leadership", "4.0"), "a second Leadership rating for 11-3051.00"),
    ],
)
def test_bad_rows_name_the_file_and_line_and_change_nothing(tmp_path, row, problem):
    release = write_onet(tmp_path / "onet", {"Work Styles.txt": [*STYLES, row]})
    with pytest.raises(CommandError) as error:
        call_command("import_onet", str(release), stdout=StringIO())
    assert f"Work Styles.txt, line {len(STYLES) + 2}: {problem}" in str(error.value)
    assert not Occupation.objects.exists()
