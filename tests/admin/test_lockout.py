import pytest
from django.core.management import call_command
from django.test import Client

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


BEHIND_PROXY = {"REMOTE_ADDR": "127.0.0.1"}


def log_in_from(address: str, username: str, password: str):
    return Client().post(
        LOGIN,
        {"username": username, "password": password},
        HTTP_X_FORWARDED_FOR=address,
        **BEHIND_PROXY,
    )


def test_behind_a_proxy_only_the_client_that_failed_is_locked_out(superuser, settings):
    settings.TRUSTED_PROXIES = 1
    for _ in range(5):
        log_in_from("203.0.113.5", "admin", "wrong password")
    assert log_in_from("203.0.113.5", "admin", PASSWORD).status_code == 429
    # Every request reaches the app from the proxy's 127.0.0.1, but another client signs in.
    signed_in = log_in_from("198.51.100.7", "admin", PASSWORD)
    assert signed_in.status_code == 302 and signed_in.url == "/admin/"


def test_password_spraying_over_many_names_locks_the_address(superuser, settings):
    settings.TRUSTED_PROXIES = 1
    assert settings.AXES_ADDRESS_FAILURE_LIMIT == 20
    # Two tries each on ten names: under five for any one name; the 20th failure locks.
    statuses = [
        log_in_from("203.0.113.9", f"staff{n % 10}", f"guess {n}").status_code for n in range(20)
    ]
    assert statuses == [200] * 19 + [429]
    locked = log_in_from("203.0.113.9", "admin", PASSWORD)
    html = " ".join(locked.content.decode().split())
    assert locked.status_code == 429
    assert (
        "There were 20 failed sign-in attempts from your address, for one or more user names"
        in (html)
    )
    assert log_in_from("198.51.100.7", "admin", PASSWORD).status_code == 302


def test_staff_sessions_end_after_hours_not_weeks(client, superuser, settings):
    assert settings.STAFF_SESSION_SECONDS == 8 * 60 * 60
    assert log_in(client, PASSWORD).status_code == 302
    assert client.session.get_expiry_age() == 8 * 60 * 60
    # A quiz taker's session, which only remembers an unfinished quiz, keeps a month.
    taker = Client()
    taker.post("/quiz/", {"questionnaire": "quick"})
    assert taker.session.get_expiry_age() == settings.SESSION_COOKIE_AGE == 30 * 24 * 60 * 60


def test_an_unsafe_next_falls_back_to_the_admin_index(client, superuser):
    response = client.post(
        "/admin/login/?next=https://evil.example/", {"username": "admin", "password": PASSWORD}
    )
    assert response.status_code == 302 and response.url == "/admin/"
    assert client.get(response.url).status_code == 200
