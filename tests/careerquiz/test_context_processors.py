import pytest
from django.test import RequestFactory, override_settings

from careerquiz.context_processors import _links, site
from careerquiz.health import outage_response

MANIFEST = {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}


@pytest.fixture
def uncollected_static(settings, tmp_path):
    """Production storage before `collectstatic` has run: asking for any asset fails."""
    _links.cache_clear()
    with override_settings(
        STATIC_ROOT=tmp_path, STORAGES={**settings.STORAGES, "staticfiles": MANIFEST}
    ):
        yield
    _links.cache_clear()


def test_the_outage_page_needs_no_static_files_manifest(uncollected_static):
    response = outage_response(RequestFactory().get("/careers/"))
    assert (response.status_code, response["Retry-After"]) == (503, "15")
    assert "careerquiz is back in a moment" in response.content.decode()


def test_site_addresses_are_worked_out_once_and_only_those_asked_for():
    _links.cache_clear()
    urls = site(RequestFactory().get("/"))["site_urls"]
    assert urls["careers"] == "/careers/"
    assert dict(urls) == {"careers": "/careers/"}
    assert site(RequestFactory().get("/"))["site_urls"] is urls
    with pytest.raises(KeyError):
        urls["nowhere"]
