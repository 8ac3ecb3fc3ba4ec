import re
import uuid

import pytest
from django.test import Client

from quiz.models import Answer, Attempt, Item, Questionnaire
from tests.api.conftest import answers_by_area, post_json

pytestmark = pytest.mark.django_db

VALUES = {"R": 4, "I": 3, "A": 0, "S": 1, "E": 2, "C": 0}


def post_result(client, slug="quick", values=VALUES):
    return post_json(
        client,
        "/api/v1/results/",
        {"questionnaire": slug, "answers": answers_by_area(slug, values)},
    )


def test_posted_answers_give_exact_scores_code_and_ranked_matches(client, careers):
    response = post_result(client)
    assert response.status_code == 201
    body = response.json()
    attempt = Attempt.objects.get()
    assert body["token"] == str(attempt.token)
    assert body["url"] == f"http://testserver/results/{attempt.token}/"
    assert body["questionnaire"] == "quick"
    assert body["scores"] == {"R": 20, "I": 15, "A": 0, "S": 5, "E": 10, "C": 0}
    assert body["percents"] == {"R": 100.0, "I": 75.0, "A": 0.0, "S": 25.0, "E": 50.0, "C": 0.0}
    assert body["code"] == "RIE"
    # Pearson correlations with the four careers: 0.689, 0.564, -0.238 and -0.605.
    assert body["matches"] == [
        {
            "soc_code": "99-0004.00",
            "title": "Field Geologists",
            "url": "http://testserver/careers/field-geologists/",
            "code": "IR",
            "job_zone": 5,
            "fit": 69,
            "label": "Good",
            "why": "Both you and field geologists rank Building and Thinking highest; "
            "you care less for Organizing than this job needs.",
        },
        {
            "soc_code": "99-0001.00",
            "title": "Bicycle Mechanics",
            "url": "http://testserver/careers/bicycle-mechanics/",
            "code": "RC",
            "job_zone": 2,
            "fit": 56,
            "label": "Good",
            "why": "Both you and bicycle mechanics rank Building highest; "
            "you care less for Organizing than this job needs.",
        },
        {
            "soc_code": "99-0002.00",
            "title": "Sales Managers",
            "url": "http://testserver/careers/sales-managers/",
            "code": "EC",
            "job_zone": 4,
            "fit": 0,
            "label": "Weak",
            "why": "Persuading is among the top three interests of both you and sales managers; "
            "this job offers less Building than you would like.",
        },
        {
            "soc_code": "99-0003.00",
            "title": "Art Teachers",
            "url": "http://testserver/careers/art-teachers/",
            "code": "SA",
            "job_zone": 4,
            "fit": 0,
            "label": "Weak",
            "why": "Persuading is among the top three interests of both you and art teachers; "
            "this job offers less Building than you would like.",
        },
    ]


def test_result_is_stored_like_a_browser_result_and_its_page_agrees(client, careers):
    body = post_result(client).json()
    attempt = Attempt.objects.get()
    assert attempt.is_finished
    assert attempt.raw_scores == body["scores"]
    assert attempt.max_scores == {letter: 20 for letter in "RIASEC"}
    assert attempt.answers.count() == 30
    item = Item.objects.filter(questionnaire__slug="quick", area__letter="I").first()
    answer = Answer.objects.get(attempt=attempt, item=item)
    assert (answer.item_text, answer.area_letter, answer.value) == (item.text, "I", 3)

    page = Client().get(f"/results/{body['token']}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "RIE" in html
    # The results page lists the same careers in the same order.
    shown = re.findall(r'<a href="/careers/([-a-z]+)/">', html)
    api_order = [match["url"].rsplit("/", 2)[-2] for match in body["matches"]]
    assert shown[: len(api_order)] == api_order


def test_api_result_matches_a_result_taken_through_the_quiz_pages(client, careers):
    from tests.quiz.conftest import take_quiz

    def by_area(name, _page):
        return VALUES[Item.objects.get(pk=int(name.split("_")[1])).area.letter]

    browser = take_quiz(Client(), "quick", by_area)
    body = post_result(client).json()
    from_api = client.get(f"/api/v1/results/{browser.token}/").json()
    assert from_api["code"] == browser.code == body["code"]
    assert from_api["scores"] == body["scores"]
    assert from_api["percents"] == body["percents"]
    assert from_api["matches"] == body["matches"]


def test_get_result_filters_matches_by_job_zone_and_limit(client, careers):
    token = post_result(client).json()["token"]
    whole = client.get(f"/api/v1/results/{token}/")
    assert whole.status_code == 200
    assert [m["soc_code"] for m in whole.json()["matches"]] == [
        "99-0004.00",
        "99-0001.00",
        "99-0002.00",
        "99-0003.00",
    ]
    zone = client.get(f"/api/v1/results/{token}/?job_zone=4").json()
    assert [m["soc_code"] for m in zone["matches"]] == ["99-0002.00", "99-0003.00"]
    assert zone["code"] == "RIE" and zone["scores"]["R"] == 20
    first = client.get(f"/api/v1/results/{token}/?limit=1").json()
    assert [m["soc_code"] for m in first["matches"]] == ["99-0004.00"]


def test_get_result_rejects_bad_filters_naming_them(client, careers):
    token = post_result(client).json()["token"]
    response = client.get(f"/api/v1/results/{token}/?job_zone=6&limit=0")
    assert response.status_code == 400
    assert [e["field"] for e in response.json()["errors"]] == ["job_zone", "limit"]


def test_unknown_or_unfinished_token_is_404_and_malformed_token_400(client, careers):
    response = client.get(f"/api/v1/results/{uuid.uuid4()}/")
    assert response.status_code == 404
    assert response.json() == {"detail": "There is no result with this token.", "errors": []}
    unfinished = Attempt.objects.create(questionnaire=Questionnaire.objects.get(slug="quick"))
    assert client.get(f"/api/v1/results/{unfinished.token}/").status_code == 404
    malformed = client.get("/api/v1/results/12345/")
    assert malformed.status_code == 400
    assert [e["field"] for e in malformed.json()["errors"]] == ["token"]


def errors_of(response) -> dict[str, str]:
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["detail"] == "Some fields are not valid; see errors."
    return {error["field"]: error["message"] for error in body["errors"]}


def test_missing_and_unknown_items_are_each_named(client, careers):
    answers = answers_by_area("quick", VALUES)
    missing = sorted(answers)[:2]
    for key in missing:
        del answers[key]
    full_item = Item.objects.filter(questionnaire__slug="full").first()
    answers[str(full_item.pk)] = 2
    answers["999999"] = 1
    response = post_json(client, "/api/v1/results/", {"questionnaire": "quick", "answers": answers})
    assert errors_of(response) == {
        f"answers.{full_item.pk}": "Not an active item of this questionnaire.",
        "answers.999999": "Not an active item of this questionnaire.",
        f"answers.{missing[0]}": "Not answered: every item needs a value 0-4.",
        f"answers.{missing[1]}": "Not answered: every item needs a value 0-4.",
    }
    assert Attempt.objects.count() == 0


def test_inactive_items_must_not_be_answered_and_are_not_required(client, careers):
    item = Item.objects.filter(questionnaire__slug="quick", area__letter="R").first()
    item.is_active = False
    item.save()
    answers = answers_by_area("quick", VALUES)
    sent = {**answers, str(item.pk): 4}
    response = post_json(client, "/api/v1/results/", {"questionnaire": "quick", "answers": sent})
    assert errors_of(response) == {
        f"answers.{item.pk}": "Not an active item of this questionnaire."
    }
    response = post_json(client, "/api/v1/results/", {"questionnaire": "quick", "answers": answers})
    assert response.status_code == 201
    assert response.json()["scores"]["R"] == 16


def test_values_off_the_scale_or_of_the_wrong_type_are_each_named(client, careers):
    answers = answers_by_area("quick", VALUES)
    keys = sorted(answers)
    answers[keys[0]] = 5
    answers[keys[1]] = -1
    answers[keys[2]] = "3"
    answers[keys[3]] = 2.5
    answers[keys[4]] = True
    answers[keys[5]] = None
    response = post_json(client, "/api/v1/results/", {"questionnaire": "quick", "answers": answers})
    errors = errors_of(response)
    assert errors == {
        f"answers.{keys[0]}": "Input should be less than or equal to 4",
        f"answers.{keys[1]}": "Input should be greater than or equal to 0",
        f"answers.{keys[2]}": "Input should be a valid integer",
        f"answers.{keys[3]}": "Input should be a valid integer",
        f"answers.{keys[4]}": "Input should be a valid integer",
        f"answers.{keys[5]}": "Input should be a valid integer",
    }


def test_malformed_bodies_get_400_naming_the_field(client, careers):
    url = "/api/v1/results/"
    assert errors_of(post_json(client, url, "")) == {"body": "Field required"}
    assert errors_of(post_json(client, url, "{not json")) == {"body": "The body is not JSON."}
    assert "body" in errors_of(post_json(client, url, "[1, 2]"))
    assert errors_of(post_json(client, url, {"answers": {}})) == {"questionnaire": "Field required"}
    assert errors_of(post_json(client, url, {"questionnaire": "quick"})) == {
        "answers": "Field required"
    }
    assert errors_of(post_json(client, url, {"questionnaire": "quick", "answers": [1]})) == {
        "answers": "Input should be a valid dictionary"
    }
    extra = {"questionnaire": "quick", "answers": answers_by_area("quick", VALUES), "name": "x"}
    assert errors_of(post_json(client, url, extra)) == {"name": "Extra inputs are not permitted"}
    unknown = {"questionnaire": "nope", "answers": {}}
    assert errors_of(post_json(client, url, unknown)) == {
        "questionnaire": "There is no active questionnaire with this slug."
    }
    assert "answers.x" in errors_of(
        post_json(client, url, {"questionnaire": "quick", "answers": {"x": 1}})
    )
    assert Attempt.objects.count() == 0


def test_an_item_sent_twice_is_an_error_not_last_one_wins(client, careers):
    answers = answers_by_area("quick", VALUES)
    key = sorted(answers)[0]
    pairs = ", ".join(f'"{k}": {v}' for k, v in answers.items())
    body = f'{{"questionnaire": "quick", "answers": {{"{key}": 0, {pairs}}}}}'
    assert errors_of(post_json(client, "/api/v1/results/", body)) == {
        "body": f'The key "{key}" appears more than once; send each key once.'
    }
