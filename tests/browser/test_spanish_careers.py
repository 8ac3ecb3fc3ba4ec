"""Career pages read in Spanish by a browser that asks for Spanish."""

import pytest

from occupations.models import Occupation
from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def spanish_page(new_page):
    return new_page(viewport={"width": 1280, "height": 900}, locale="es-US")


def test_a_spanish_career_page_is_axe_clean(spanish_page, site):
    career = Occupation.objects.get(soc_code="11-3051.00")
    spanish_page.goto(site + career.get_absolute_url())
    assert spanish_page.locator("html").get_attribute("lang") == "es"
    assert spanish_page.locator("h1").inner_text() == "Gerentes de producción industrial"
    assert spanish_page.locator("#duties-heading").inner_text() == "Qué hacen"
    assert_accessible(spanish_page, "axe-career page in Spanish")


def test_the_spanish_career_list_is_axe_clean_and_searches_in_spanish(spanish_page, site):
    spanish_page.goto(f"{site}/careers/")
    spanish_page.get_by_label("Buscar por título").fill("gerentes de producción")
    spanish_page.get_by_role("button", name="Mostrar carreras").click()
    spanish_page.get_by_role("link", name="Gerentes de producción industrial").wait_for()
    assert_accessible(spanish_page, "axe-career list in Spanish")
