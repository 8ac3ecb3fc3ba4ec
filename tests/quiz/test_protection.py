"""Quiz starts: a fresh session key for every quiz, a per-client limit, and only
questionnaires that can give a result."""

import pytest
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import Client

from quiz.models import Attempt, FormItem, Questionnaire

pytestmark = pytest.mark.django_db


def test_starting_a_quiz_rotates_the_session_key(client, quiz_data):
    client.post("/quiz/", {"questionnaire": "quick"})
    first = client.session.session_key
    client.post("/quiz/", {"questionnaire": "full"})
    second = client.session.session_key
    assert first and second and first != second
    assert not Session.objects.filter(session_key=first).exists()
    assert client.get("/quiz/page/1/").status_code == 200  # the quiz goes on under the new key


def test_quiz_starts_are_limited_per_client_in_the_shared_cache(quiz_data, settings):
    settings.TRUSTED_PROXIES = 1
    settings.QUIZ_START_RATE_LIMIT_PER_MINUTE = 3
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    busy = [
        Client().post(
            "/quiz/", {"questionnaire": "quick"}, HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy
        )
        for _ in range(4)
    ]
    assert [r.status_code for r in busy] == [302, 302, 302, 429]
    refused = busy[-1]
    assert 1 <= int(refused["Retry-After"]) <= 61
    assert "Many quizzes were started from your address" in refused.content.decode()
    assert Attempt.objects.count() == 3
    other = Client().post(
        "/quiz/", {"questionnaire": "quick"}, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy
    )
    assert other.status_code == 302
    # Counted in Django's cache (Redis when several app servers share it), under no address.
    keys = list(cache._cache.keys())
    assert any("rate:quiz-start" in key for key in keys)
    assert not any("203.0.113.5" in key for key in keys)


def test_the_default_quiz_start_limit_is_twenty_a_minute(settings):
    assert settings.QUIZ_START_RATE_LIMIT_PER_MINUTE == 20


def test_a_questionnaire_without_active_items_is_not_offered(client, quiz_data):
    # Items are shared by both forms: the quick form loses its items, the full form keeps them.
    FormItem.objects.filter(questionnaire__slug="quick").delete()
    html = client.get("/quiz/").content.decode()
    assert "60 activities · about 10 minutes" in html
    assert 'value="quick"' not in html
    response = client.post("/quiz/", {"questionnaire": "quick"}, follow=True)
    assert "Please choose the full or the quick quiz." in response.content.decode()
    assert Attempt.objects.count() == 0
    assert [q["slug"] for q in client.get("/api/v1/questionnaires/").json()] == ["full"]
    assert client.get("/api/v1/questionnaires/quick/").status_code == 404
    posted = client.post(
        "/api/v1/results/",
        {"questionnaire": "quick", "answers": {}},
        content_type="application/json",
    )
    assert posted.status_code == 400
    assert Questionnaire.objects.get(slug="quick").is_active  # hidden, not changed
