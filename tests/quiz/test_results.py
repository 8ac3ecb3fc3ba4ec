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
    realistic = Item.objects.filter(questionnaires__slug="quick", area__letter="R")
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


def _by_area(values):
    def answer(name, _page):
        return values[Item.objects.get(pk=int(name.split("_")[1])).area.letter]

    return answer


def test_all_zero_is_low_and_flat_with_every_tie_said(client, quiz_data):
    attempt = take_quiz(client, "quick", lambda n, p: 0)
    html = client.get(attempt.get_absolute_url()).content.decode()
    assert "You rated every kind of activity low" in html
    assert "Your six areas are close together, so no area stands out." in html
    assert "could be several different codes" in html
    assert 'data-guidance="weak"' in html


def test_building_dislike_and_nothing_else_is_low_with_no_great_fit(client, quiz_data):
    attempt = take_quiz(client, "full", _by_area({"R": 1, "I": 0, "A": 0, "S": 0, "E": 0, "C": 0}))
    html = client.get(attempt.get_absolute_url()).content.decode()
    assert attempt.code == "RIA"
    assert "You rated every kind of activity low" in html
    assert "Good fit" in html
    assert "Great fit" not in html
    assert "well ahead" not in html and "clear guide" not in html


def test_e_and_c_tied_on_top_shows_both_codes(client, quiz_data):
    values = {"R": 2, "I": 0, "A": 0, "S": 1, "E": 4, "C": 4}
    attempt = take_quiz(client, "full", _by_area(values))
    html = client.get(attempt.get_absolute_url()).content.decode()
    assert attempt.code == "ECR"
    assert "your code could be any of ECR and CER." in html
    assert "Organizing are tied" in html or "Persuading and Organizing are tied" in html
    assert "well ahead" not in html
    assert "hexagon" not in html  # no consistency reading of a tied pair


def test_all_unsure_is_flat(client, quiz_data):
    attempt = take_quiz(client, "quick", lambda n, p: 2)
    html = client.get(attempt.get_absolute_url()).content.decode()
    assert "Your six areas are close together, so no area clearly stands out" in html
    assert "You rated every kind of activity low" not in html
    assert "Great fit" not in html


def test_healthz(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_result_pages_are_private_and_not_indexed(client, quiz_data):
    attempt = take_quiz(client, "quick")
    for _ in ("first, rendered", "second, from the page cache"):
        response = client.get(f"/results/{attempt.token}/")
        assert response.status_code == 200
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert response["Cache-Control"] == "private"
        assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
