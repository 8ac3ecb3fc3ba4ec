"""The O*NET credit names the release import_onet recorded; the wording lives in one place."""

from io import StringIO

import pytest
from django.core.management import call_command

from occupations.cache import catalogue_changed, catalogue_version
from occupations.credits import ONET_ATTRIBUTION, catalogue_releases, release_named
from occupations.models import Occupation
from tests.occupations.sample_files import write_onet

pytestmark = pytest.mark.django_db
NEWER = "O*NET 30.0 Database (USDOL/ETA), CC BY 4.0"


def test_release_is_read_from_the_recorded_source():
    assert release_named(NEWER) == "O*NET 30.0"
    assert release_named("careerquiz editors") is None


def test_a_newer_import_renames_the_release_everywhere(client, default_data):
    ipm = Occupation.objects.get(soc_code="11-3051.00")
    assert "O*NET 29.3 Database by the U.S." in client.get(ipm.get_absolute_url()).content.decode()
    # What import_onet records for a 30.0 release (the importer calls catalogue_changed).
    Occupation.objects.update(interest_source=NEWER)
    catalogue_changed()

    assert catalogue_releases() == "O*NET 30.0"
    page = client.get(ipm.get_absolute_url()).content.decode()
    assert "O*NET 30.0 Database by the U.S." in page and "29.3" not in page
    about = client.get("/about/").content.decode()
    assert "O*NET 30.0 Database by the U.S." in about
    api = client.get("/api/v1/careers/11-3051.00/").json()["sources"]["attribution"]
    assert api[0] == ONET_ATTRIBUTION.format(release="O*NET 30.0")


def test_the_import_commands_and_default_data_retire_cached_pages(tmp_path, default_data):
    before = catalogue_version()
    call_command("import_onet", str(write_onet(tmp_path / "db_30_0_text")), stdout=StringIO())
    after_import = catalogue_version()
    assert after_import != before
    call_command("load_default_data", stdout=StringIO())
    assert catalogue_version() != after_import
