"""Random and malicious input to every public view: never a 5xx, results never change."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.models import Answer, Attempt
from tests.quiz.conftest import take_quiz

NASTY = [
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%00",
    "\x00",
    "🙂" * 50,
    "9" * 400,
    "-1",
    "1e309",
    "NaN",
    "[]",
    "{}",
    "${jndi:ldap://x}",
    "a" * 5000,
    " ",
    "",
]
text = st.one_of(st.sampled_from(NASTY), st.text(max_size=60))
params = st.dictionaries(
    st.one_of(
        st.sampled_from(
            [
                "q",
                "area",
                "code",
                "job_zone",
                "sort",
                "page",
                "limit",
                "action",
                "questionnaire",
                "item_1",
                "item_99999",
                "csrfmiddlewaretoken",
            ]
        ),
        st.text(max_size=20),
    ),
    text,
    max_size=6,
)
GET_PATHS = ["/", "/about/", "/quiz/", "/quiz/page/1/", "/quiz/page/3/", "/careers/", "/healthz"]
POST_PATHS = ["/quiz/", "/quiz/restart/", "/quiz/page/1/", "/quiz/page/2/", "/results/{token}/"]
slow = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def finished(default_data):
    client = Client()
    attempt = take_quiz(client, "quick", lambda name, page: page)
    return attempt, sorted(Answer.objects.values_list("id", "value", "item_text"))


def assert_unchanged(finished):
    attempt, answers = finished
    fresh = Attempt.objects.get(pk=attempt.pk)
    assert (fresh.raw_scores, fresh.code, fresh.finished_at) == (
        attempt.raw_scores,
        attempt.code,
        attempt.finished_at,
    )
    kept = sorted(Answer.objects.filter(attempt=attempt).values_list("id", "value", "item_text"))
    assert kept == [a for a in answers if a in kept] and len(kept) == 30


@pytest.mark.django_db
@slow
@given(
    path=st.sampled_from(GET_PATHS + ["/results/{token}/", "/careers/{junk}/"]),
    query=params,
    junk=text,
)
def test_get_with_random_query_strings_never_fails(finished, path, query, junk):
    client = Client()
    url = path.format(token=finished[0].token, junk=junk.replace("/", ""))
    response = client.get(url, query)
    assert response.status_code < 500
    assert_unchanged(finished)


@pytest.mark.django_db
@slow
@given(path=st.sampled_from(POST_PATHS), data=params, start=st.booleans())
def test_random_form_posts_never_fail(finished, path, data, start):
    client = Client()
    if start:
        client.post("/quiz/", {"questionnaire": "quick"})
    response = client.post(path.format(token=finished[0].token), data)
    assert response.status_code < 500
    assert_unchanged(finished)


@pytest.mark.django_db
@slow
@given(path=st.text(min_size=1, max_size=80))
def test_random_paths_never_fail(finished, path):
    response = Client().get("/" + path.lstrip("/"))
    assert response.status_code < 500
    assert_unchanged(finished)
