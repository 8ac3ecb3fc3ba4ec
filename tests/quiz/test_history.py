"""Your results, again: the browser's own list, comparing two, starting over, crawlers."""

import datetime
import uuid

import pytest
from django.test import Client

from quiz.models import Attempt
from quiz.results import interpret_result
from tests.quiz.conftest import by_area, item_names, take_quiz

pytestmark = pytest.mark.django_db


PERSUADER = {"R": 2, "I": 1, "A": 0, "S": 1, "E": 4, "C": 4}
MAKER = {"R": 4, "I": 3, "A": 0, "S": 0, "E": 1, "C": 2}


def listed_tokens(html: str) -> list[str]:
    section = html.split('id="your-results-heading"')[1].split("</ul>")[0]
    return [part.split("/")[0] for part in section.split('href="/results/')[1:]]


def test_finished_results_are_listed_on_the_quiz_and_home_pages_newest_first(client, default_data):
    first = take_quiz(client, "quick", by_area(PERSUADER))
    second = take_quiz(client, "quick", by_area(MAKER))

    for url in ("/quiz/", "/"):
        html = client.get(url).content.decode()
        assert "Your results on this browser" in html
        tokens = listed_tokens(html)
        assert tokens[0::2] == [str(second.token), str(first.token)]  # result, then its PDF
        assert f'href="/results/{first.token}/pdf/"' in html
        assert "<strong>ECR</strong>, quick interest quiz finished" in html


def test_the_compare_choices_give_the_date_in_the_pages_language(client, default_data):
    first = take_quiz(client, "quick", by_area(PERSUADER))
    take_quiz(client, "quick", by_area(MAKER))
    Attempt.objects.filter(pk=first.pk).update(
        finished_at=datetime.datetime(2026, 12, 5, 9, 30, tzinfo=datetime.UTC)
    )

    english = client.get("/quiz/").content.decode()
    spanish = client.get("/quiz/", HTTP_ACCEPT_LANGUAGE="es").content.decode()

    assert f'<option value="{first.token}">ECR, Dec 5, 2026, 09:30</option>' in english
    assert f'<option value="{first.token}">ECR, 5 dic 2026, 09:30</option>' in spanish


def test_another_browser_sees_no_list_even_from_the_page_cache(client, default_data):
    stranger = Client()
    assert "Your results on this browser" not in stranger.get("/").content.decode()
    attempt = take_quiz(client, "quick", by_area(PERSUADER))

    assert str(attempt.token) in client.get("/").content.decode()
    assert str(attempt.token) not in stranger.get("/").content.decode()
    assert str(attempt.token) not in stranger.get("/quiz/").content.decode()


def test_forgetting_the_list_keeps_the_results(client, default_data):
    attempt = take_quiz(client, "quick", by_area(PERSUADER))

    response = client.post("/quiz/forget/", follow=True)

    html = response.content.decode()
    assert "This browser no longer lists your results" in html
    assert "Your results on this browser" not in html
    assert client.get(attempt.get_absolute_url()).status_code == 200


def test_two_results_side_by_side(client, default_data):
    first = take_quiz(client, "quick", by_area(PERSUADER))
    second = take_quiz(client, "full", by_area(MAKER))
    assert 'action="/quiz/compare/"' not in client.get("/quiz/").content.decode()
    assert 'action="/results/compare/"' in client.get("/quiz/").content.decode()

    response = client.get("/results/compare/", {"a": str(first.token), "b": str(second.token)})

    assert response.status_code == 200
    html = response.content.decode()
    assert "First result: ECR" in html and "Second result: RIC" in html
    best = interpret_result(first, job_zone=None, area=None, limit=5).matches.matches[0]
    assert best.occupation.title in html
    # Building 50% then 100%; Persuading 100% then 25%.
    assert "<td>50%</td>\n          <td>100%</td>\n          <td>+50 points</td>" in html
    assert "<td>100%</td>\n          <td>25%</td>\n          <td>\u221275 points</td>" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html


@pytest.mark.parametrize(
    "query",
    [{}, {"a": "x"}, {"a": str(uuid.uuid4())}, {"a": "not-a-token", "b": str(uuid.uuid4())}],
)
def test_compare_without_two_well_formed_tokens_is_a_clear_400(client, default_data, query):
    response = client.get("/results/compare/", query)

    assert response.status_code == 400
    assert "To compare two results" in response.content.decode()


def test_compare_with_an_unknown_or_unfinished_result_is_a_clear_404(client, default_data):
    finished = take_quiz(client, "quick", by_area(PERSUADER))
    client.post("/quiz/", {"questionnaire": "quick"})
    unfinished = Attempt.objects.in_progress().get()

    for other in (uuid.uuid4(), unfinished.token):
        response = client.get("/results/compare/", {"a": str(finished.token), "b": str(other)})
        assert response.status_code == 404
        assert "One of the two results does not exist" in response.content.decode()


def test_start_over_asks_first_and_only_the_confirmation_clears(client, default_data):
    client.post("/quiz/", {"questionnaire": "full"})
    names = item_names(client.get("/quiz/page/1/"))
    client.post("/quiz/page/1/", {**{n: "2" for n in names}, "action": "next"})
    page = client.get("/quiz/page/2/").content.decode()
    assert 'href="/quiz/restart/"' in page
    assert 'action="/quiz/restart/"' not in page

    question = client.get("/quiz/restart/")

    assert question.status_code == 200
    html = question.content.decode()
    assert "You have answered 10 of 60 activities" in html
    assert 'href="/quiz/page/2/"' in html
    assert "Yes, clear my answers and start over" in html
    assert Attempt.objects.count() == 1
    response = client.post("/quiz/restart/")
    assert response.status_code == 302 and response.url == "/quiz/"
    assert Attempt.objects.count() == 0


def test_asking_to_start_over_without_a_quiz_goes_to_the_start(client, default_data):
    response = client.get("/quiz/restart/")

    assert response.status_code == 302 and response.url == "/quiz/"


def test_results_are_kept_off_search_engines(client, default_data):
    attempt = take_quiz(client, "quick", by_area(PERSUADER))

    page = client.get(attempt.get_absolute_url()).content.decode()
    pdf = client.get(f"/results/{attempt.token}/pdf/")
    robots = client.get("/robots.txt")

    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert pdf["X-Robots-Tag"] == "noindex, nofollow"
    assert robots["Content-Type"] == "text/plain"
    assert robots.content.decode() == (
        "User-agent: *\nDisallow: /results/\nDisallow: /api/v1/results/\n"
    )


def test_the_list_and_the_comparison_cost_the_same_queries_for_more_results(
    client, default_data, django_assert_max_num_queries
):
    counts = {}
    for taken in (2, 5):
        while len(client.session.get("careerquiz_results", [])) < taken:
            take_quiz(client, "quick", by_area(PERSUADER))
        tokens = client.session["careerquiz_results"]
        client.get(f"/results/{tokens[0]}/")  # the catalogue's matrix, built once per process
        for url, query in [
            ("/quiz/", {}),
            ("/", {}),
            ("/results/compare/", {"a": tokens[0], "b": tokens[-1]}),
        ]:
            with django_assert_max_num_queries(8) as captured:
                assert client.get(url, query).status_code == 200
            counts.setdefault(url, []).append(len(captured))
    assert all(first == second for first, second in counts.values()), counts
