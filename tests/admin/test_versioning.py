import re

import pytest
from django.core.cache import caches
from django.test import Client

from occupations.models import InterestArea
from quiz.models import Item
from tests.admin.conftest import form_data
from tests.quiz.conftest import take_quiz

pytestmark = pytest.mark.django_db
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def result_page(client, attempt) -> str:
    response = client.get(f"/results/{attempt.token}/")
    assert response.status_code == 200
    return CSRF.sub("", response.content.decode())


def test_editing_an_item_leaves_past_results_unchanged(editor_client, default_data):
    taker = Client()
    attempt = take_quiz(taker, "quick", lambda name, page: 4 if page == 1 else 1)
    before = result_page(taker, attempt)
    scores = (attempt.raw_scores, attempt.max_scores, attempt.code)
    item = Item.objects.get(pk=attempt.answers.order_by("position").first().item_id)
    old_text, old_letter = item.text, item.area.letter

    url = f"/admin/quiz/item/{item.pk}/change/"
    data = form_data(editor_client.get(url).content.decode(), "item_form")
    assert old_letter == "R"
    new_area = InterestArea.objects.get(letter="C")
    data.update(text="Reworded activity", area=str(new_area.pk))
    assert editor_client.post(url, {**data, "_save": "Save"}).status_code == 302
    item.refresh_from_db()
    assert (item.text, item.area.letter) == ("Reworded activity", "C")

    attempt.refresh_from_db()
    assert (attempt.raw_scores, attempt.max_scores, attempt.code) == scores
    caches["pages"].clear()  # the page is rendered again from the database, not reused
    assert result_page(taker, attempt) == before
    answer = attempt.answers.get(item=item)
    assert (answer.item_text, answer.area_letter) == (old_text, old_letter)
    admin_page = editor_client.get(f"/admin/quiz/result/{attempt.pk}/change/")
    assert old_text in admin_page.content.decode()


def test_item_and_questionnaire_pages_explain_the_snapshot(editor_client, default_data):
    item = Item.objects.first()
    for url in (
        f"/admin/quiz/item/{item.pk}/change/",
        f"/admin/quiz/questionnaire/{item.questionnaire_id}/change/",
    ):
        html = editor_client.get(url).content.decode()
        assert "never changes results already given" in html
        assert "each answer keeps a copy of the activity as it was asked" in html
