"""The site in Spanish in a real browser: axe-clean, and the switcher works from the keyboard."""

import pytest

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/", "Encuentre un trabajo que disfrute"), ("/about/", "Acerca de careerquiz")],
)
def test_spanish_pages_are_accessible(new_page, site, path, heading):
    page = new_page(viewport={"width": 1280, "height": 900}, locale="es-MX")
    page.goto(f"{site}{path}")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.get_by_role("heading", level=1).inner_text() == heading
    assert_accessible(page, f"spanish {path}")


def test_spanish_home_on_a_phone_is_accessible(new_page, site):
    page = new_page(viewport={"width": 375, "height": 740}, locale="es")
    page.goto(f"{site}/")
    switch = page.get_by_role("button", name="English")
    box = switch.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    assert box["height"] >= 24
    assert_accessible(page, "spanish home on a phone")


def test_switching_language_with_the_keyboard_keeps_the_page(page, site):
    page.goto(f"{site}/about/")
    assert page.locator("html").get_attribute("lang") == "en"
    switch = page.get_by_role("button", name="Español")
    switch.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site}/about/")
    page.wait_for_function("document.documentElement.lang === 'es'")
    assert page.get_by_role("heading", level=1).inner_text() == "Acerca de careerquiz"
    assert page.locator(".language-current").inner_text() == "Español"
    # The choice sticks: the next page is Spanish too, and English is one key press away.
    page.goto(f"{site}/")
    assert page.get_by_role("heading", level=1).inner_text() == "Encuentre un trabajo que disfrute"
    page.get_by_role("button", name="English").focus()
    page.keyboard.press("Space")
    page.wait_for_function("document.documentElement.lang === 'en'")
    assert page.url == f"{site}/"
    assert page.get_by_role("heading", level=1).inner_text() == "Find work you will enjoy"
