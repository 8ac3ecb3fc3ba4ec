"""Pages cost a fixed number of queries, however large the catalogue or however far the quiz."""

import pytest
from django.test import Client

from careerquiz.defaults import FIXTURES_DIR
from occupations.defaults import load_areas
from occupations.models import Occupation
from occupations.services import occupation_save
from occupations.synthetic import synthetic_occupations
from quiz.defaults import load_questionnaires
from tests.quiz.conftest import item_names, take_quiz

# The attempt with its questionnaire, interest areas, the matched careers.
RESULTS_PAGE_QUERIES = 3
# Once rendered, a result's page is reused from the page cache without a query.
CACHED_RESULTS_PAGE_QUERIES = 0
# Session, attempt, the questionnaire's items, the attempt's answers.
QUIZ_PAGE_GET_QUERIES = 4
# Session, attempt, answers, items; saving the page (a savepoint around the answers' upsert
# and the attempt's timestamp). The progress after saving is worked out without a query.
QUIZ_PAGE_POST_QUERIES = 8


def synthetic_catalogue(size: int) -> None:
    Occupation.objects.bulk_create(synthetic_occupations(size))


@pytest.fixture
def areas_and_quizzes(db):
    load_areas(fixtures_dir=FIXTURES_DIR)
    load_questionnaires(fixtures_dir=FIXTURES_DIR)


def answer(name: str, page: int) -> int:
    return int(name.removeprefix("item_")) % 5


@pytest.mark.parametrize("size", [10, 300])
def test_results_page_queries_do_not_grow_with_the_catalogue(
    areas_and_quizzes, size, django_assert_max_num_queries, settings
):
    synthetic_catalogue(size)
    attempt = take_quiz(Client(), "quick", answer)
    url = attempt.get_absolute_url()
    visitor = Client()
    settings.PAGE_CACHE_SECONDS = 0
    assert visitor.get(url).status_code == 200  # builds this process's matching matrix

    with django_assert_max_num_queries(RESULTS_PAGE_QUERIES) as captured:
        response = visitor.get(url)

    assert response.status_code == 200
    assert len(response.context["result"].matches.matches) == min(size, 20)
    assert response.context["result"].matches.total == size
    assert len(captured) == RESULTS_PAGE_QUERIES

    settings.PAGE_CACHE_SECONDS = 60
    assert visitor.get(url).content == response.content
    with django_assert_max_num_queries(CACHED_RESULTS_PAGE_QUERIES) as captured:
        again = visitor.get(url)
    assert again.content == response.content
    assert len(captured) == CACHED_RESULTS_PAGE_QUERIES


@pytest.mark.parametrize("size", [10, 300])
def test_filtered_results_page_costs_the_same(
    areas_and_quizzes, size, django_assert_max_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    synthetic_catalogue(size)
    url = take_quiz(Client(), "quick", answer).get_absolute_url()
    visitor = Client()
    visitor.get(url)

    with django_assert_max_num_queries(RESULTS_PAGE_QUERIES) as captured:
        response = visitor.get(url, {"job_zone": "3", "area": "S"})

    assert response.status_code == 200
    expected = Occupation.objects.filter(job_zone=3, high_point_code__contains="S").count()
    assert expected > 0
    assert response.context["result"].matches.total == expected
    assert len(captured) == RESULTS_PAGE_QUERIES


def test_changed_catalogue_costs_three_more_queries_once(
    areas_and_quizzes, django_assert_num_queries
):
    synthetic_catalogue(300)
    url = take_quiz(Client(), "quick", answer).get_absolute_url()
    visitor = Client()
    assert visitor.get(url).status_code == 200
    career = Occupation.objects.get(slug="synthetic-career-0007")
    career.title = "Renamed career"
    occupation_save(occupation=career, changed_fields=["title"])

    # The catalogue changed (its version moved), so this request reads the profiles, the
    # areas' names for the "why" sentences and the O*NET releases for the credit again; the
    # next one is served from the page cache.
    with django_assert_num_queries(RESULTS_PAGE_QUERIES + 3):
        assert visitor.get(url).status_code == 200
    with django_assert_num_queries(CACHED_RESULTS_PAGE_QUERIES):
        assert visitor.get(url).status_code == 200


@pytest.mark.parametrize("size", [10, 300])
def test_quiz_pages_cost_the_same_on_every_page(
    areas_and_quizzes, size, django_assert_max_num_queries
):
    synthetic_catalogue(size)
    client = Client()
    assert client.post("/quiz/", {"questionnaire": "quick"}).status_code == 302
    get_counts, post_counts = [], []
    for number in (1, 2, 3):
        with django_assert_max_num_queries(QUIZ_PAGE_GET_QUERIES) as captured:
            page = client.get(f"/quiz/page/{number}/")
        assert page.status_code == 200
        get_counts.append(len(captured))
        data = {name: str(answer(name, number)) for name in item_names(page)}
        assert len(data) == 10
        data["action"] = "next" if number < 3 else "finish"
        if number < 3:
            with django_assert_max_num_queries(QUIZ_PAGE_POST_QUERIES) as captured:
                response = client.post(f"/quiz/page/{number}/", data)
            assert response.status_code == 302
            post_counts.append(len(captured))
        else:
            assert client.post(f"/quiz/page/{number}/", data).status_code == 302

    assert get_counts == [QUIZ_PAGE_GET_QUERIES] * 3
    assert post_counts == [QUIZ_PAGE_POST_QUERIES] * 2
