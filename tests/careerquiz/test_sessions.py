"""The session store reads a session's row through a prepared query, as Django's would."""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from careerquiz.sessions import SessionStore

pytestmark = pytest.mark.django_db


def test_a_saved_session_loads_with_its_data():
    store = SessionStore()
    store["careerquiz_attempt"] = "5b1c0f0e-0000-4000-8000-000000000001"
    store.save()
    again = SessionStore(store.session_key)
    assert again["careerquiz_attempt"] == "5b1c0f0e-0000-4000-8000-000000000001"
    assert again.session_key == store.session_key


def test_an_expired_session_loads_empty_and_gets_a_new_key():
    store = SessionStore()
    store["careerquiz_attempt"] = "old"
    store.save()
    Session.objects.filter(pk=store.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    again = SessionStore(store.session_key)
    assert again.load() == {}
    assert again.session_key is None


def test_an_unknown_key_loads_empty():
    again = SessionStore("x" * 32)
    assert again.load() == {}
    assert again.session_key is None


def test_the_site_uses_it(settings):
    assert settings.SESSION_ENGINE == "careerquiz.sessions"
