import os
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _fast_test_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    locmem = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    settings.CACHES = {"default": locmem, "pages": {**locmem, "LOCATION": "pages"}}


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A Spanish request leaves Spanish active in the test thread: start the next test clean."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    """The Spanish catalogues, compiled as `make setup` does, for a bare `pytest` too."""
    from django.core.management import call_command

    call_command("compile_translations", verbosity=0)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """SQLite tests use a database file, as the app does: the in-memory test database's shared
    cache locks whole tables, so threads racing each other would fail where the app never does."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        name = tmp_path_factory.mktemp("sqlite") / "test.sqlite3"
        database.setdefault("TEST", {})["NAME"] = str(name)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The agencies' real files (../shared). Required when CAREERQUIZ_SHARED is set."""
    value = os.environ.get("CAREERQUIZ_SHARED")
    if not value:
        pytest.skip("CAREERQUIZ_SHARED is not set: tests against the real agency files skipped")
    path = Path(value)
    expected = [
        path / "onet-29.3" / "Occupation Data.txt",
        path / "bls-oews" / "national_M2021_dl.xlsx",
        path / "bls-oews" / "national_M2024_dl.xlsx",
        path / "bls-ep" / "occupation-projections-2020-30.csv",
        path / "seed" / "000_ec4af2787da71b17.txt",
    ]
    missing = [str(p) for p in expected if not p.is_file()]
    if missing:
        pytest.fail(f"CAREERQUIZ_SHARED={value} but these files are missing: {missing}")
    return path


@pytest.fixture
def default_data(db):
    """The embedded default data, as `load_default_data` loads it."""
    from django.core.management import call_command

    call_command("load_default_data", verbosity=0)


@pytest.fixture(scope="session", autouse=True)
def _expected_database(django_db_setup, django_db_blocker):
    """A run meant for PostgreSQL (CAREERQUIZ_EXPECT_DB=postgresql) must not use SQLite."""
    expected = os.environ.get("CAREERQUIZ_EXPECT_DB")
    if expected:
        from django.db import connection

        assert connection.vendor == expected, (
            f"CAREERQUIZ_EXPECT_DB={expected} but the tests run on {connection.vendor}"
        )


@pytest.fixture(autouse=True)
def _empty_cache(_fast_test_settings):
    """Local-memory caches outlive a test; start each one without cached pages."""
    from django.core.cache import caches

    caches["default"].clear()
    caches["pages"].clear()
