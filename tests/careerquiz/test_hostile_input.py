"""Random and malicious input to every public view: never a 5xx, results never change."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
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


NUL_REQUESTS = [
    ("post", "/quiz/", {"questionnaire": "\x00"}, "questionnaire"),
    ("post", "/quiz/", {"questionnaire": "quick\x00"}, "questionnaire"),
    ("get", "/careers/", {"q": "nurse\x00"}, "q"),
    ("get", "/careers/", {"sort\x00": "title"}, "sort\\0"),
    ("get", "/quiz/", {"next": "\x00"}, "next"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "path", "data", "field"), NUL_REQUESTS)
def test_a_nul_character_in_any_field_is_refused_by_name(default_data, method, path, data, field):
    response = getattr(Client(), method)(path, data)
    html = response.content.decode()
    assert response.status_code == 400
    assert f"The field “{field}” holds a NUL character, which is not allowed." in html
    assert Attempt.objects.count() == 0


@pytest.mark.django_db
def test_a_nul_character_in_an_address_is_refused(default_data):
    response = Client().get("/careers/nurse%00/")
    assert response.status_code == 400
    assert "The address holds a NUL character" in response.content.decode()


@pytest.mark.django_db
def test_admin_autocomplete_refuses_a_nul_character(admin_client, default_data):
    query = {
        "term": "\x00",
        "app_label": "occupations",
        "model_name": "relatedoccupation",
        "field_name": "to_occupation",
    }
    response = admin_client.get("/admin/autocomplete/", query)
    assert response.status_code == 400
    assert "The field “term” holds a NUL character" in response.content.decode()


@pytest.mark.django_db
def test_the_api_refuses_a_nul_character_in_a_query_or_a_body(default_data):
    client = Client()
    search = client.get("/api/v1/careers/", {"q": "\x00"})
    assert search.status_code == 400
    assert search.json()["detail"] == (
        "The field “q” holds a NUL character, which is not allowed. Go back and try again."
    )
    for body in ('{"questionnaire": "quick\\u0000", "answers": {}}', '{"answers": ["\\u0000"]}'):
        posted = client.post("/api/v1/results/", body, content_type="application/json")
        assert posted.status_code == 400
        assert posted.json()["errors"] == [
            {
                "field": "body",
                "message": "The body holds a NUL character (\\u0000), which is not allowed.",
            }
        ]
    assert Attempt.objects.count() == 0


@pytest.mark.django_db
def test_a_multipart_body_over_the_limit_gets_a_clear_413(default_data, settings):
    settings.MAX_MULTIPART_BODY_SIZE = 10_000
    upload = SimpleUploadedFile("big.bin", b"x" * 20_000)
    response = Client().post("/quiz/", {"questionnaire": "quick", "file": upload})
    assert response.status_code == 413
    assert "a form with attached files at most 9 KB" in response.content.decode()
    assert Attempt.objects.count() == 0
