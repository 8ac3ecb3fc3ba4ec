import re

import pytest

from occupations.models import Occupation
from tests.browser.conftest import assert_accessible, finished_result, screenshot

pytestmark = pytest.mark.browser

PAGES = [
    "home",
    "quiz start",
    "quiz page",
    "quiz page with errors",
    "results",
    "quiz start with your results",
    "start over confirmation",
    "two results compared",
    "career list",
    "career page",
    "how it works",
    "low results",
]


def open_named_page(page, site: str, name: str) -> None:
    """Bring `page` to the page called `name`, the way a visitor would get there."""
    if name == "home":
        page.goto(f"{site}/")
    elif name == "quiz start":
        page.goto(f"{site}/quiz/")
    elif name == "quiz start with your results":
        finish_quick_quiz(page, site)
        page.goto(f"{site}/quiz/")
    elif name == "start over confirmation":
        page.goto(f"{site}/quiz/")
        page.get_by_role("button", name="Start the quick interest quiz").click()
        page.wait_for_url(f"{site}/quiz/page/1/")
        page.get_by_role("link", name="Start over…").click()
        page.wait_for_url(f"{site}/quiz/restart/")
    elif name == "two results compared":
        first = finished_result("quick", {"R": 1, "I": 0, "A": 0, "S": 2, "E": 4, "C": 3})
        second = finished_result("full", {"R": 4, "I": 3, "A": 0, "S": 0, "E": 1, "C": 2})
        page.goto(f"{site}/results/compare/?a={first.token}&b={second.token}")
    elif name.startswith("quiz page"):
        page.goto(f"{site}/quiz/")
        page.get_by_role("button", name="Start the quick interest quiz").click()
        page.wait_for_url(f"{site}/quiz/page/1/")
        if name == "quiz page with errors":
            page.get_by_role("button", name="Next", exact=True).click()
            page.locator("#form-errors").wait_for()
    elif name == "results":
        values = {"R": 1, "I": 0, "A": 0, "S": 2, "E": 4, "C": 3}
        page.goto(f"{site}/results/{finished_result('quick', values).token}/")
    elif name == "low results":
        values = {"R": 1, "I": 0, "A": 0, "S": 0, "E": 0, "C": 0}
        page.goto(f"{site}/results/{finished_result('full', values).token}/")
    elif name == "how it works":
        page.goto(f"{site}/how-the-quiz-works/")
    elif name == "career list":
        page.goto(f"{site}/careers/")
    elif name == "career page":
        # Industrial Production Managers: the career with the richest default page.
        page.goto(site + Occupation.objects.get(soc_code="11-3051.00").get_absolute_url())
    else:
        raise ValueError(name)


def finish_quick_quiz(page, site: str) -> None:
    """Answer "Like" to every activity of the quick quiz in this browser."""
    page.goto(f"{site}/quiz/")
    page.get_by_role("button", name="Start the quick interest quiz").click()
    for number in (1, 2, 3):
        page.wait_for_url(f"{site}/quiz/page/{number}/")
        for fieldset in page.locator("form.quiz-page fieldset").all():
            fieldset.get_by_text("Like", exact=True).click()
        page.get_by_role("button", name="See my results" if number == 3 else "Next").click()
    page.wait_for_url(re.compile(r".*/results/[0-9a-f-]{36}/$"))


@pytest.mark.parametrize("name", PAGES)
def test_page_has_one_h1_and_no_serious_axe_violations(page, site, name):
    open_named_page(page, site, name)
    assert page.locator("h1").count() == 1
    assert_accessible(page, f"axe-{name}")


def test_pages_load_everything_from_the_live_server(new_page, site):
    page = new_page()
    open_named_page(page, site, "career page")
    loaded = {url.removeprefix(site) for url in new_page.requests}
    assert {"/static/careerquiz/site.css", "/static/careerquiz/site.js"} <= loaded
    assert all(url.startswith(site) for url in new_page.requests)


def test_career_page_heading_is_the_occupation_title(page, site):
    open_named_page(page, site, "career page")
    assert page.locator("h1").inner_text() == "Industrial Production Managers"


def test_phone_viewport_never_scrolls_sideways(new_page, site):
    phone = new_page(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    widths = {}
    for name in ("home", "quiz page", "results", "career list", "career page"):
        open_named_page(phone, site, name)
        screenshot(phone, f"phone-{name}")
        widths[name] = phone.evaluate("document.documentElement.scrollWidth")
    assert widths == dict.fromkeys(widths, 375)


def test_career_list_on_a_phone_shows_every_figure_without_scrolling_sideways(new_page, site):
    phone = new_page(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    open_named_page(phone, site, "career list")
    table = phone.locator(".table-responsive")
    assert table.evaluate("e => e.scrollWidth - e.clientWidth") == 0
    first = Occupation.objects.order_by("title").first()
    row = phone.get_by_role("row").nth(1)
    assert row.get_by_role("rowheader").inner_text() == first.title
    pay = row.get_by_role("cell").nth(2)
    box = pay.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    assert pay.inner_text() == f"${first.wage_median:,.0f} (May {first.wage_year})"
    # The header row is hidden on phones, so each figure is named beside it.
    assert pay.evaluate("e => getComputedStyle(e, '::before').content") == '"Median pay: " / ""'
    count = Occupation.objects.count()
    to_list = phone.get_by_role("link", name=f"Go to the {count:,} careers")
    assert to_list.is_visible()
    assert_accessible(phone, "axe-phone-career-list")
    phone.set_viewport_size({"width": 1024, "height": 768})
    assert to_list.is_hidden()
    assert pay.evaluate("e => getComputedStyle(e, '::before').content") == "none"


def test_axe_check_catches_low_contrast_text(browser):
    from tests.browser.conftest import axe_violations

    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content(
            '<html lang="en"><title>t</title><main><h1>Title</h1>'
            '<p style="color:#999;background:#fff">Pale grey text</p></main></html>'
        )
        assert [v["id"] for v in axe_violations(page)] == ["color-contrast"]
    finally:
        context.close()
