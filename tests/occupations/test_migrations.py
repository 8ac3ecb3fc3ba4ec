"""Upgrading a site whose catalogue was loaded by an earlier release."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from occupations.cache import PAGE_CACHE, catalogue_version
from occupations.sources import STYLES_FOR_MILITARY

pytestmark = pytest.mark.django_db(transaction=True)

OLD_NOTE = (
    "careerquiz editors' choice of O*NET work styles, as O*NET rates none for military occupations"
)


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    executor.loader.build_graph()
    return executor.loader.project_state([target]).apps


def test_the_military_styles_note_is_reworded_and_cached_pages_retired():
    old = _migrate(("occupations", "0006_search_title_per_language"))
    Occupation = old.get_model("occupations", "Occupation")
    infantry = Occupation.objects.create(
        soc_code="55-3016.00", title="Infantry", slug="infantry", qualities_source=OLD_NOTE
    )
    own = Occupation.objects.create(
        soc_code="55-1011.00",
        title="Air Crew Officers",
        slug="air-crew-officers",
        qualities_source="Our counselors' own choice",
    )
    caches[PAGE_CACHE].clear()
    before = catalogue_version()

    new = _migrate(("occupations", "0007_military_styles_note"))
    Occupation = new.get_model("occupations", "Occupation")
    assert Occupation.objects.get(pk=infantry.pk).qualities_source == STYLES_FOR_MILITARY
    assert Occupation.objects.get(pk=own.pk).qualities_source == "Our counselors' own choice"
    assert catalogue_version() != before

    _migrate(("occupations", "0006_search_title_per_language"))
    assert Occupation.objects.get(pk=infantry.pk).qualities_source == OLD_NOTE
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
