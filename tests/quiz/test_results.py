import uuid

import pytest
from django.core.cache import caches

from quiz.models import Attempt, Item
from tests.quiz.conftest import take_quiz

pytestmark = pytest.mark.django_db


def test_result_address_is_a_random_uuid_not_a_sequence(client, quiz_data):
    first = take_quiz(client, "quick")
    second = take_quiz(client, "quick")
    assert uuid.UUID(str(first.token)).version == 4
    assert str(first.pk) not in first.get_absolute_url().replace(str(first.token), "")
    assert first.get_absolute_url() == f"/results/{first.token}/"
    assert first.token != second.token


def test_unknown_token_and_unfinished_attempts_are_404(client, quiz_data):
    assert client.get(f"/results/{uuid.uuid4()}/").status_code == 404
    assert client.get("/results/1/").status_code == 404
    client.post("/quiz/", {"questionnaire": "quick"})
    in_progress = Attempt.objects.get()
    assert client.get(f"/results/{in_progress.token}/").status_code == 404


def test_result_opens_from_another_browser(client, django_user_model, quiz_data):
    from django.test import Client

    attempt = take_quiz(client, "quick")
    other = Client()
    response = other.get(attempt.get_absolute_url())
    assert response.status_code == 200
    assert attempt.code in response.content.decode()


def test_result_is_unchanged_after_its_items_are_edited(client, quiz_data):
    values = {"R": 4, "I": 3, "A": 0, "S": 1, "E": 2, "C": 0}

    def by_area(name, _page):
        return values[Item.objects.get(pk=int(name.split("_")[1])).area.letter]

    attempt = take_quiz(client, "quick", by_area)
    before = client.get(attempt.get_absolute_url()).content.decode()
    realistic = Item.objects.filter(questionnaire__slug="quick", area__letter="R")
    first_text = realistic.first().text
    from occupations.models import InterestArea

    social = InterestArea.objects.get(letter="S")
    for item in realistic:
        item.text = "Edited wording"
        item.area = social
        item.save()
    attempt.refresh_from_db()
    caches["pages"].clear()  # the page is rendered again from the database, not reused
    after = client.get(attempt.get_absolute_url()).content.decode()
    assert attempt.raw_scores == {"R": 20, "I": 15, "A": 0, "S": 5, "E": 10, "C": 0}
    assert attempt.code == "RIE"
    assert attempt.answers.filter(item_text=first_text, area_letter="R").count() == 1
    assert (
        before.split("<main")[1].split("</main>")[0] == after.split("<main")[1].split("</main>")[0]
    )


def test_result_page_shows_chart_code_areas_and_links(client, quiz_data):
    attempt = take_quiz(client, "quick", lambda n, p: 3 if p == 1 else 1)
    html = client.get(attempt.get_absolute_url()).content.decode()
    assert '<table class="table score-chart">' in html
    assert "Your top three areas" in html
    assert "Copy link" in html and f"/results/{attempt.token}/" in html
    assert "Take it again" in html
    assert "print.css" in html


def test_flat_profile_gets_guidance(client, quiz_data):
    attempt = take_quiz(client, "quick", lambda n, p: 0)
    html = client.get(attempt.get_absolute_url()).content.decode()
    assert "You rated most activities low, and no area stands out." in html
    assert "R, I, A, S, E and C tied" in html


def test_healthz(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
