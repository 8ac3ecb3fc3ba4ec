import io
import re
import unicodedata

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from occupations.models import Occupation
from tests.browser.conftest import ARTIFACTS, finished_result, screenshot

pytestmark = pytest.mark.browser

# Persuading first, then Organizing, then Helping: the code ECS.
VALUES = {"R": 1, "I": 0, "A": 0, "S": 2, "E": 4, "C": 3}


@pytest.fixture
def result_url(site):
    return f"{site}/results/{finished_result('quick', VALUES).token}/"


def test_results_page_shows_chart_code_and_matches(page, result_url):
    page.goto(result_url)
    screenshot(page, "results")
    assert page.title() == "Your interest results: ECS · careerquiz"
    assert page.locator(".code-letters").inner_text() == "ECS"
    assert page.locator(".code-names").inner_text() == "Persuading, Organizing and Helping"
    chart = page.locator("table.score-chart")
    caption = chart.locator("caption").inner_text()
    assert caption.startswith("Score on each interest area, out of 20 points")
    assert chart.locator("tbody tr").count() == 6
    assert chart.locator("tbody svg.bar[aria-hidden=true]").count() == 6
    considered = Occupation.objects.with_profiles().count()
    assert f"{considered} careers considered; best fits first." in page.inner_text("#matches")
    matches = page.locator(".match-list li")
    assert matches.count() == 20
    assert all(
        re.search(r"\b(Great|Good|Fair|Weak) fit · \d{1,3}/100", text)
        for text in matches.all_inner_texts()
    )


def test_filtering_matches_by_job_zone(page, result_url):
    page.goto(result_url)
    page.locator("#id_job_zone").select_option("2")
    page.get_by_role("button", name="Show matching careers").click()
    page.wait_for_url(re.compile(r".*\?job_zone=2&area=#matches$"))
    screenshot(page, "results-filtered-job-zone-2")
    assert page.locator("#id_job_zone").input_value() == "2"
    texts = page.locator(".match-list li").all_inner_texts()
    expected = Occupation.objects.filter(job_zone=2).count()
    assert len(texts) == min(expected, 20) > 0
    assert all("Job Zone 2: " in text for text in texts)
    assert not any(f"Job Zone {zone}: " in text for text in texts for zone in (1, 3, 4, 5))


def test_opening_a_matched_career(page, result_url):
    page.goto(result_url)
    link = page.locator(".match-list li a").first
    title = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r".*/careers/[\w-]+/$"))
    screenshot(page, "career-opened-from-results")
    assert page.locator("h1").all_inner_texts() == [title]
    assert Occupation.objects.get(title=title).get_absolute_url() in page.url


def test_results_link_opens_the_same_result_in_a_new_browser(page, new_page, result_url):
    page.goto(result_url)
    link = page.locator("#result-url").input_value()
    assert link == result_url
    code = page.locator(".code-letters").inner_text()
    scores = page.locator("table.score-chart").inner_text()
    stranger = new_page(viewport={"width": 1024, "height": 768})
    stranger.goto(link)
    screenshot(stranger, "results-in-new-browser")
    assert stranger.locator(".code-letters").inner_text() == code == "ECS"
    assert stranger.locator("table.score-chart").inner_text() == scores


def test_copy_link_button_appears_with_javascript_and_copies(page, result_url):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(result_url)
    button = page.locator("[data-copy-target]")
    assert button.inner_text() == "Copy link"
    assert button.is_visible()
    assert button.get_attribute("hidden") is None
    button.click()
    expect(page.locator("#copy-status")).to_have_text("The link to your result was copied.")
    expect(button).to_have_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()") == result_url


def test_copy_link_button_stays_hidden_without_javascript(new_page, result_url):
    page = new_page(java_script_enabled=False)
    page.goto(result_url)
    assert page.locator("[data-copy-target]").get_attribute("hidden") == ""
    assert not page.locator("[data-copy-target]").is_visible()
    assert page.locator("#result-url").input_value() == result_url


def test_print_stylesheet_keeps_scores_and_drops_navigation(page, result_url):
    page.goto(result_url)
    assert page.locator(".site-header nav").is_visible()
    page.emulate_media(media="print")
    screenshot(page, "results-print")
    for hidden in (".site-header nav", ".match-filters", ".copy-link-group button"):
        assert not page.locator(hidden).is_visible(), hidden
    assert page.locator("table.score-chart").is_visible()
    assert page.locator(".code-letters").is_visible()
    assert page.locator(".match-list").is_visible()


def test_printed_results_fill_their_pages_and_keep_badges_legible(page, result_url):
    page.goto(result_url)
    printed = PdfReader(io.BytesIO(page.pdf(format="Letter")))
    texts = [
        " ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in printed.pages
    ]
    (ARTIFACTS / "results-print.pdf").write_bytes(page.pdf(format="Letter"))

    assert 1 <= len(texts) <= 4, len(texts)
    # The last page carries the end of the result, not only the footer's credits.
    assert "Keep your result" in texts[-1], texts[-1]
    page.emulate_media(media="print")
    badge = page.locator(".badge.fit").first
    style = badge.evaluate(
        "b => { const s = getComputedStyle(b);"
        " return [s.color, s.backgroundColor, s.borderTopStyle, s.borderTopColor]; }"
    )
    # Browsers leave out backgrounds when printing: dark text and a dark border instead.
    assert style == ["rgb(0, 0, 0)", "rgb(255, 255, 255)", "solid", "rgb(0, 0, 0)"]
    assert badge.inner_text() in " ".join(texts)
