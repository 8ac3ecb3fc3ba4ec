import re

import pytest

from tests.browser.conftest import assert_accessible, checked_values, group_names, item_letters

pytestmark = pytest.mark.browser

SPANISH_LABELS = {
    0: "Me disgusta mucho",
    1: "Me disgusta",
    2: "No estoy seguro",
    3: "Me gusta",
    4: "Me gusta mucho",
}
ENGLISH_LABELS = {0: "Strongly dislike", 1: "Dislike", 2: "Unsure", 3: "Like", 4: "Strongly like"}
RESULT_URL = re.compile(r".*/results/[0-9a-f-]{36}/$")


def click_answers(page, values: dict[str, int], labels: dict[int, str]) -> None:
    for index, name in enumerate(group_names(page)):
        if name in values:
            fieldset = page.locator("form.quiz-page fieldset").nth(index)
            fieldset.get_by_text(labels[values[name]], exact=True).click()


def test_whole_quick_quiz_in_spanish_is_accessible(new_page, site):
    page = new_page(viewport={"width": 1280, "height": 900}, locale="es")
    letters = item_letters()
    by_area = {"R": 1, "I": 0, "A": 0, "S": 2, "E": 4, "C": 3}
    page.goto(f"{site}/quiz/")
    assert page.locator("html").get_attribute("lang") == "es"
    page.get_by_role("button", name="Empezar el cuestionario de intereses rápido").click()
    for number in (1, 2, 3):
        page.wait_for_url(f"{site}/quiz/page/{number}/")
        assert page.locator("h1").inner_text() == "Cuestionario de intereses rápido"
        assert (
            page.locator(".quiz-progress")
            .inner_text()
            .startswith(f"{(number - 1) * 10} de 30 respondidas · página {number} de 3")
        )
        wanted = {name: by_area[letters[name]] for name in group_names(page)}
        click_answers(page, wanted, SPANISH_LABELS)
        assert checked_values(page) == wanted
        if number == 1:
            assert page.locator("legend").first.inner_text() == (
                "Plantar flores en un parque de la ciudad"
            )
            assert_accessible(page, "axe-spanish-quiz-page")
        button = "Ver mis resultados" if number == 3 else "Siguiente"
        page.get_by_role("button", name=button, exact=True).click()
    page.wait_for_url(RESULT_URL)
    assert page.locator("h1").inner_text() == "Sus resultados de intereses"
    assert page.locator(".code-letters").inner_text() == "ECS"
    assert page.locator(".code-names").inner_text() == "Persuadir, Organizar y Ayudar"
    rows = page.locator("table.score-chart tbody tr").all_inner_texts()
    assert re.sub(r"\s+", " ", rows[4]).strip() == "Persuadir (Emprendedor) 20 de 20 (100%)"
    assert_accessible(page, "axe-spanish-results")


def test_switching_language_mid_quiz_keeps_every_answer(page, site):
    letters = item_letters()
    by_area = {"R": 4, "I": 3, "A": 2, "S": 1, "E": 0, "C": 2}
    page.goto(f"{site}/quiz/")
    page.get_by_role("button", name="Start the quick interest quiz").click()
    page.wait_for_url(f"{site}/quiz/page/1/")
    first = {name: by_area[letters[name]] for name in group_names(page)}
    click_answers(page, first, ENGLISH_LABELS)
    page.get_by_role("button", name="Next", exact=True).click()
    page.wait_for_url(f"{site}/quiz/page/2/")
    unsent = {name: by_area[letters[name]] for name in group_names(page)[:4]}
    click_answers(page, unsent, ENGLISH_LABELS)

    page.get_by_role("button", name="Español").click()

    page.wait_for_url(f"{site}/quiz/page/2/")
    page.locator("html[lang=es]").wait_for()
    assert checked_values(page) == unsent
    assert page.locator(".quiz-progress").inner_text().startswith("14 de 30 respondidas")
    page.get_by_role("button", name="Anterior", exact=True).click()
    page.wait_for_url(f"{site}/quiz/page/1/")
    assert checked_values(page) == first
    # And back to English by keyboard: the language button is reachable and keeps answers.
    page.get_by_role("button", name="English").focus()
    page.keyboard.press("Enter")
    page.locator("html[lang=en]").wait_for()
    assert page.url == f"{site}/quiz/page/1/"
    assert checked_values(page) == first


def test_enter_in_an_answer_still_moves_forward_not_to_another_language(page, site):
    page.goto(f"{site}/quiz/")
    page.get_by_role("button", name="Start the quick interest quiz").click()
    page.wait_for_url(f"{site}/quiz/page/1/")
    click_answers(page, dict.fromkeys(group_names(page), 3), ENGLISH_LABELS)

    page.locator("form.quiz-page input[type=radio]:checked").first.press("Enter")

    page.wait_for_url(f"{site}/quiz/page/2/")
    assert page.locator("html").get_attribute("lang") == "en"
