"""Site-wide pages: the About page's privacy promises, the icon, Django's error views."""

from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from tests.quiz.conftest import take_quiz

pytestmark = pytest.mark.django_db


def test_favicon_ico_leads_to_the_sites_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/careerquiz/favicon.svg"
    icon = finders.find("careerquiz/favicon.svg")
    assert icon and "<svg" in Path(icon).read_text()


def test_about_page_counts_the_cookies_a_quiz_taker_gets(client, default_data):
    take_quiz(client, "quick")
    client.get("/quiz/page/1/")  # a notice ("Choose a quiz to begin") for a later page
    names = set(client.cookies)
    assert {"sessionid", "csrftoken"} <= names
    about = client.get("/about/").content.decode()
    assert "uses two cookies" in about
    assert "one cookie" not in about


def test_unknown_address_gets_our_404_page_from_djangos_view(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()
