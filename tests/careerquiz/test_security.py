import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_PAGES = ["/", "/about/", "/quiz/", "/careers/", "/healthz", "/no-such-page/"]


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="x7!kq2" * 12,
        DJANGO_ALLOWED_HOSTS="careers.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_unset_debug_means_production_and_fails_closed():
    result = manage("check")  # no DJANGO_* variable at all
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr
    hosts = manage("check", DJANGO_SECRET_KEY="x7!kq2" * 12)
    assert hosts.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS is not set" in hosts.stderr


def test_missing_secret_key_in_production_stops_start_up_with_a_clear_message():
    result = manage("check", DJANGO_DEBUG="0", DJANGO_ALLOWED_HOSTS="careers.example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_page_carries_the_security_headers(client, path, default_data):
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "http" not in csp  # no third-party source of any kind
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "geolocation=()" in response.headers["Permissions-Policy"]


@pytest.mark.django_db
def test_hsts_is_sent_over_https_in_production(client, settings, default_data):
    settings.DEBUG = False
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    response = client.get("/", HTTP_X_FORWARDED_PROTO="https")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")


@pytest.mark.django_db
def test_custom_404_and_400_pages(client, settings):
    settings.DEBUG = False
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


@pytest.mark.django_db
def test_a_crash_shows_the_friendly_500_page_without_a_trace(client, settings, monkeypatch):
    settings.DEBUG = False
    client.raise_request_exception = False

    def boom(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr("careerquiz.views.InterestArea.objects.all", boom)
    response = client.get("/")
    body = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in body
    assert "secret internal detail" not in body and "Traceback" not in body


@pytest.mark.django_db
def test_results_keep_no_personal_data():
    from quiz.models import Answer, Attempt

    fields = {f.name for model in (Attempt, Answer) for f in model._meta.get_fields()}
    assert not fields & {"ip", "ip_address", "email", "name", "user", "user_agent", "session_key"}


@pytest.mark.django_db
def test_text_entered_by_staff_is_escaped(client, default_data):
    from occupations.models import Occupation
    from quiz.models import Item

    occupation = Occupation.objects.get(soc_code="11-3051.00")
    occupation.summary = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    occupation.save()
    item = Item.objects.filter(questionnaire__slug="quick").order_by("order").first()
    item.text = "<b onmouseover=alert(1)>Fix</b>"
    item.save()
    page = client.get(occupation.get_absolute_url()).content.decode()
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    client.post("/quiz/", {"questionnaire": "quick"})
    quiz_page = client.get("/quiz/page/1/").content.decode()
    assert "<b onmouseover" not in quiz_page and "&lt;b onmouseover=alert(1)&gt;" in quiz_page
