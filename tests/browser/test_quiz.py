import re

import pytest

from quiz.scoring import SCALE
from tests.browser.conftest import (
    checked_values,
    group_names,
    item_letters,
    screenshot,
)

pytestmark = pytest.mark.browser

LABELS = dict(SCALE)
RESULT_URL = re.compile(r".*/results/[0-9a-f-]{36}/$")


def start_quiz(page, site: str, title: str) -> None:
    page.goto(f"{site}/quiz/")
    page.get_by_role("button", name=f"Start the {title}").click()
    page.wait_for_url(f"{site}/quiz/page/1/")


def click_answers(page, values: dict[str, int]) -> None:
    """Click the label of the wanted answer in every fieldset whose group is in `values`."""
    for index, name in enumerate(group_names(page)):
        if name in values:
            fieldset = page.locator("form.quiz-page fieldset").nth(index)
            fieldset.get_by_text(LABELS[values[name]], exact=True).click()


def tab_to_first_radio(page) -> None:
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "radio":
            return
    raise AssertionError("twenty presses of Tab never reached an answer")


def test_full_quiz_with_the_mouse(page, site):
    letters = item_letters()
    by_area = {"R": 1, "I": 0, "A": 0, "S": 2, "E": 4, "C": 3}
    start_quiz(page, site, "full interest quiz")
    for number in range(1, 7):
        assert (
            page.locator(".quiz-progress")
            .inner_text()
            .startswith(f"{(number - 1) * 10} of 60 answered · page {number} of 6")
        )
        wanted = {name: by_area[letters[name]] for name in group_names(page)}
        assert len(wanted) == 10
        click_answers(page, wanted)
        assert checked_values(page) == wanted
        screenshot(page, f"quiz-full-page-{number}-answered")
        button = "See my results" if number == 6 else "Next"
        page.get_by_role("button", name=button, exact=True).click()
        if number < 6:
            page.wait_for_url(f"{site}/quiz/page/{number + 1}/")
    page.wait_for_url(RESULT_URL)
    screenshot(page, "results-after-full-quiz")
    assert page.locator(".code-letters").inner_text() == "ECS"
    rows = page.locator("table.score-chart tbody tr").all_inner_texts()
    assert [re.sub(r"\s+", " ", row).strip() for row in rows] == [
        "Building (Realistic) 10 of 40 (25%)",
        "Thinking (Investigative) 0 of 40 (0%)",
        "Creating (Artistic) 0 of 40 (0%)",
        "Helping (Social) 20 of 40 (50%)",
        "Persuading (Enterprising) 40 of 40 (100%)",
        "Organizing (Conventional) 30 of 40 (75%)",
    ]


def test_quick_quiz_by_keyboard_only(page, site):
    letters = item_letters()
    by_area = {"R": 4, "I": 3, "A": 0, "S": 1, "E": 0, "C": 2}
    page.goto(f"{site}/quiz/")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Start the quick interest quiz":
            break
    else:
        raise AssertionError("Tab never reached the quick quiz button")
    page.keyboard.press("Enter")
    for number in range(1, 4):
        page.wait_for_url(f"{site}/quiz/page/{number}/")
        names = group_names(page)
        tab_to_first_radio(page)
        for position, name in enumerate(names):
            focused = page.evaluate("[document.activeElement.name, document.activeElement.value]")
            assert focused == [name, "0"], f"page {number}, group {position + 1}"
            page.keyboard.press("Space")
            for _ in range(by_area[letters[name]]):
                page.keyboard.press("ArrowRight")
            if position < len(names) - 1:
                page.keyboard.press("Tab")
        assert checked_values(page) == {name: by_area[letters[name]] for name in names}
        screenshot(page, f"quiz-quick-keyboard-page-{number}")
        # Enter in a radio group submits the form with its first button: Next, or finish.
        page.keyboard.press("Enter")
    page.wait_for_url(RESULT_URL)
    screenshot(page, "results-after-keyboard-quiz")
    assert page.locator(".code-letters").inner_text() == "RIC"
    assert "Building (Realistic) 20 of 20 (100%)" in re.sub(
        r"\s+", " ", page.locator("table.score-chart").inner_text()
    )


def test_back_keeps_answers_on_both_pages(page, site):
    start_quiz(page, site, "quick interest quiz")
    first = dict.fromkeys(group_names(page), 3)
    click_answers(page, first)
    page.get_by_role("button", name="Next", exact=True).click()
    page.wait_for_url(f"{site}/quiz/page/2/")
    second = dict.fromkeys(group_names(page)[:3], 4)
    click_answers(page, second)
    page.get_by_role("button", name="Back", exact=True).click()
    page.wait_for_url(f"{site}/quiz/page/1/")
    screenshot(page, "quiz-back-to-page-1")
    assert checked_values(page) == first
    assert page.locator(".quiz-progress").inner_text().startswith("13 of 30 answered")
    page.get_by_role("button", name="Next", exact=True).click()
    page.wait_for_url(f"{site}/quiz/page/2/")
    assert checked_values(page) == second


def test_reloading_mid_quiz_resumes(page, site):
    start_quiz(page, site, "quick interest quiz")
    first = dict.fromkeys(group_names(page), 1)
    click_answers(page, first)
    page.get_by_role("button", name="Next", exact=True).click()
    page.wait_for_url(f"{site}/quiz/page/2/")
    page.reload()
    assert page.url == f"{site}/quiz/page/2/"
    assert page.locator(".quiz-progress").inner_text().startswith("10 of 30 answered · page 2 of 3")
    page.goto(f"{site}/quiz/")
    screenshot(page, "quiz-start-welcome-back")
    assert page.get_by_role("heading", name="Welcome back").is_visible()
    welcome = "You have answered 10 of 30 activities of the quick interest quiz."
    assert welcome in page.inner_text("main")
    page.get_by_role("link", name="Continue where you left off").click()
    page.wait_for_url(f"{site}/quiz/page/2/")
    assert checked_values(page) == {}
    page.goto(f"{site}/quiz/page/1/")
    assert checked_values(page) == first


def test_unanswered_activities_are_marked_and_focus_moves_to_the_message(page, site):
    start_quiz(page, site, "quick interest quiz")
    names = group_names(page)
    click_answers(page, {names[0]: 2, names[1]: 4})
    page.get_by_role("button", name="Next", exact=True).click()
    page.wait_for_load_state()
    assert page.url == f"{site}/quiz/page/1/"
    screenshot(page, "quiz-page-with-errors")
    assert page.evaluate("document.activeElement.id") == "form-errors"
    assert (
        page.locator(".invalid-feedback").all_inner_texts()
        == ["Please choose an answer for this activity."] * 8
    )
    assert checked_values(page) == {names[0]: 2, names[1]: 4}


def test_answer_scales_are_fieldsets_with_legends_and_focus_is_visible(page, site):
    start_quiz(page, site, "quick interest quiz")
    groups = page.eval_on_selector_all(
        "form.quiz-page input[type=radio]",
        """inputs => inputs.map(i => {
            const set = i.closest('fieldset');
            const legend = set && set.firstElementChild;
            const ok = legend && legend.tagName === 'LEGEND';
            return [i.name, ok ? legend.textContent.trim() : null];
        })""",
    )
    assert len(groups) == 50
    legends: dict[str, set] = {}
    for name, legend in groups:
        assert legend, f"answer {name} is not in a fieldset whose first child is a legend"
        legends.setdefault(name, set()).add(legend)
    assert len(legends) == 10
    assert all(len(texts) == 1 for texts in legends.values())
    assert page.locator("form.quiz-page fieldset").count() == 10

    tab_to_first_radio(page)
    screenshot(page, "quiz-radio-focused")
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth]; })()"
    )
    assert outline[0] != "none" and outline[1] != "0px", outline


def test_a_finished_result_is_listed_on_the_quiz_page_of_the_same_browser(page, new_page, site):
    letters = item_letters()
    by_area = {"R": 1, "I": 0, "A": 0, "S": 2, "E": 4, "C": 3}
    start_quiz(page, site, "quick interest quiz")
    for number in range(1, 4):
        click_answers(page, {name: by_area[letters[name]] for name in group_names(page)})
        page.get_by_role("button", name="See my results" if number == 3 else "Next").click()
    page.wait_for_url(RESULT_URL)
    result_url = page.url

    page.goto(f"{site}/quiz/")
    listed = page.get_by_role("region", name="Your results on this browser")
    screenshot(page, "quiz-start-with-your-results")
    link = listed.get_by_role("link", name=re.compile(r"^ECS, quick interest quiz finished"))
    assert link.get_attribute("href") == result_url.removeprefix(site)
    link.click()
    page.wait_for_url(result_url)
    stranger = new_page(viewport={"width": 1280, "height": 900})
    stranger.goto(f"{site}/quiz/")
    assert stranger.get_by_role("region", name="Your results on this browser").count() == 0


def test_start_over_needs_a_confirmation_and_sits_apart_from_next(page, site):
    start_quiz(page, site, "full interest quiz")
    click_answers(page, dict.fromkeys(group_names(page), 3))
    page.get_by_role("button", name="Next").click()
    page.wait_for_url(f"{site}/quiz/page/2/")
    next_box = page.get_by_role("button", name="Next").bounding_box()
    start_over = page.get_by_role("link", name="Start over…")
    gap = start_over.bounding_box()["y"] - (next_box["y"] + next_box["height"])
    assert gap > 40, gap

    start_over.click()
    page.wait_for_url(f"{site}/quiz/restart/")
    screenshot(page, "quiz-start-over-confirmation")
    assert "You have answered 10 of 60 activities" in page.locator("main").inner_text()
    page.get_by_role("link", name="No, keep my answers and continue").click()
    page.wait_for_url(f"{site}/quiz/page/2/")
    page.goto(f"{site}/quiz/page/1/")
    assert len(checked_values(page)) == 10
    page.get_by_role("link", name="Start over…").click()
    page.get_by_role("button", name="Yes, clear my answers and start over").click()
    page.wait_for_url(f"{site}/quiz/")
    assert "Your unfinished answers were cleared" in page.locator("main").inner_text()
    assert page.get_by_role("heading", name="Welcome back").count() == 0
