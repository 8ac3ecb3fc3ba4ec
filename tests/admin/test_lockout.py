import pytest
from django.core.management import call_command

from tests.admin.conftest import PASSWORD

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/?next=/admin/"


def log_in(client, password: str):
    return client.post(LOGIN, {"username": "admin", "password": password})


def fail_five_times(client) -> None:
    for _ in range(4):
        response = log_in(client, "wrong password")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()
    assert log_in(client, "wrong password").status_code == 429


def test_five_failed_logins_lock_out_even_the_right_password(client, superuser, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    fail_five_times(client)
    response = log_in(client, PASSWORD)
    assert response.status_code == 429
    assert "locked" in response.content.decode().lower()
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still sent to the login page


def test_axes_reset_unlocks(client, superuser):
    fail_five_times(client)
    call_command("axes_reset", verbosity=0)
    response = log_in(client, PASSWORD)
    assert response.status_code == 302 and response.url == "/admin/"


def test_a_success_before_the_limit_clears_the_count(client, superuser):
    for _ in range(4):
        log_in(client, "wrong password")
    assert log_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert log_in(client, "wrong password").status_code == 200


def test_lockout_page_says_what_happened_and_what_to_do(client, superuser, settings):
    # The page careerquiz offers for AXES_LOCKOUT_TEMPLATE.
    settings.AXES_LOCKOUT_TEMPLATE = "admin/quiz/locked_out.html"
    fail_five_times(client)
    response = log_in(client, PASSWORD)
    html = " ".join(response.content.decode().split())
    assert response.status_code == 429
    assert "<h1>Sign-in locked</h1>" in html
    assert "There were 5 failed sign-in attempts for “admin” from your address" in html
    assert "even with the right password" in html
    assert "You can try again after 1:00:00 (hours:minutes:seconds)" in html
    assert "ask the person who runs this site to unlock your account" in html
