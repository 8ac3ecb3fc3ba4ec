"""What every API address shares: rate limit, CORS, body limit, methods, CSRF, schema, docs."""

import json
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

from tests.api.conftest import answers_by_area, post_json

pytestmark = pytest.mark.django_db

VALUES = {"R": 4, "I": 3, "A": 0, "S": 1, "E": 2, "C": 0}
ORIGIN = "https://careers.example.edu"


def complete(slug="quick") -> dict:
    return {"questionnaire": slug, "answers": answers_by_area(slug, VALUES)}


def test_posts_are_limited_per_client_with_retry_after(client, careers, settings):
    settings.API_RATE_LIMIT_PER_MINUTE = 2
    body = complete()
    assert post_json(client, "/api/v1/results/", body).status_code == 201
    assert post_json(client, "/api/v1/results/", {}).status_code == 400  # bad posts count too
    refused = post_json(client, "/api/v1/results/", body)
    assert refused.status_code == 429
    assert refused.json() == {
        "detail": "Too many requests from this address; try again after Retry-After seconds.",
        "errors": [],
    }
    assert 1 <= int(refused["Retry-After"]) <= 60
    # Reading is never limited, and another client has its own count.
    assert client.get("/api/v1/areas/").status_code == 200
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert post_json(other, "/api/v1/results/", body).status_code == 201


def test_forwarded_for_is_ignored_unless_proxies_are_trusted(client, careers, settings):
    settings.API_RATE_LIMIT_PER_MINUTE = 1
    body = complete()
    assert (
        post_json(client, "/api/v1/results/", body, HTTP_X_FORWARDED_FOR="1.1.1.1").status_code
        == 201
    )
    spoofed = post_json(client, "/api/v1/results/", body, HTTP_X_FORWARDED_FOR="2.2.2.2")
    assert spoofed.status_code == 429
    settings.TRUSTED_PROXIES = 1
    assert (
        post_json(client, "/api/v1/results/", body, HTTP_X_FORWARDED_FOR="3.3.3.3").status_code
        == 201
    )
    again = post_json(client, "/api/v1/results/", body, HTTP_X_FORWARDED_FOR="9.9.9.9, 3.3.3.3")
    assert again.status_code == 429


def test_rate_limit_keeps_no_address_in_the_database_or_cache(client, careers, settings):
    from django.core.cache import cache

    settings.API_RATE_LIMIT_PER_MINUTE = 5
    post_json(client, "/api/v1/results/", complete(), REMOTE_ADDR="198.51.100.23")
    keys = list(cache._cache.keys())  # local-memory cache in tests
    assert keys and not any("198.51.100.23" in key for key in keys)
    from quiz.models import Attempt

    attempt = Attempt.objects.get()
    stored = json.dumps([str(getattr(attempt, f.attname)) for f in attempt._meta.fields])
    assert "198.51.100.23" not in stored


def test_rate_limit_default_is_sixty_a_minute(client, careers, settings):
    from django.conf import settings as live

    assert live.API_RATE_LIMIT_PER_MINUTE == 60
    responses = [post_json(client, "/api/v1/results/", {}).status_code for _ in range(61)]
    assert responses[:60] == [400] * 60 and responses[60] == 429


def test_no_cors_headers_unless_the_origin_is_listed(client, careers, settings):
    settings.CORS_ALLOWED_ORIGINS = []
    response = client.get("/api/v1/areas/", HTTP_ORIGIN=ORIGIN)
    assert "Access-Control-Allow-Origin" not in response
    preflight = client.options(
        "/api/v1/results/", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert "Access-Control-Allow-Origin" not in preflight

    settings.CORS_ALLOWED_ORIGINS = [ORIGIN]
    stranger = client.get("/api/v1/areas/", HTTP_ORIGIN="https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in stranger
    # Answers differ by origin (CORS) and by language.
    assert stranger["Vary"].lower() == "accept-language, origin"


def test_listed_origin_gets_cors_headers_and_preflight(client, careers, settings):
    settings.CORS_ALLOWED_ORIGINS = [ORIGIN]
    response = client.get("/api/v1/areas/", HTTP_ORIGIN=ORIGIN)
    assert response["Access-Control-Allow-Origin"] == ORIGIN
    assert response["Vary"].lower() == "accept-language, origin"
    preflight = client.options(
        "/api/v1/results/",
        HTTP_ORIGIN=ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == ORIGIN
    assert preflight["Access-Control-Allow-Methods"] == "GET, POST, OPTIONS"
    assert preflight["Access-Control-Allow-Headers"] == "Content-Type, Accept"
    assert preflight["Access-Control-Max-Age"] == "3600"
    assert "Access-Control-Allow-Credentials" not in preflight
    created = post_json(client, "/api/v1/results/", complete(), HTTP_ORIGIN=ORIGIN)
    assert created.status_code == 201
    assert created["Access-Control-Allow-Origin"] == ORIGIN
    assert created["Access-Control-Expose-Headers"] == "Retry-After"


def test_body_over_the_limit_is_413(client, careers, settings):
    body = json.dumps(complete())
    settings.API_MAX_BODY_BYTES = len(body) - 1
    response = post_json(client, "/api/v1/results/", body)
    assert response.status_code == 413
    assert response.json() == {
        "detail": f"The request body is larger than the limit of {len(body) - 1} bytes.",
        "errors": [],
    }
    settings.API_MAX_BODY_BYTES = len(body)
    assert post_json(client, "/api/v1/results/", body).status_code == 201


def test_default_body_limit_and_bodies_bigger_than_django_accepts(client, careers):
    padding = " " * (64 * 1024)
    assert post_json(client, "/api/v1/results/", "{}" + padding).status_code == 413
    huge = "{}" + " " * (1024 * 1024)
    assert post_json(client, "/api/v1/results/", huge).status_code == 413


def test_body_without_content_length_is_measured(careers, settings, rf):
    from api.urls import urlpatterns

    settings.API_MAX_BODY_BYTES = 10
    request = rf.post("/api/v1/results/", "x" * 50, content_type="application/json")
    del request.META["CONTENT_LENGTH"]
    match = next(p for p in urlpatterns if p.name == "create_result")
    assert match.callback(request).status_code == 413


def test_wrong_methods_are_405_in_json(client, careers):
    response = client.delete("/api/v1/areas/")
    assert response.status_code == 405
    assert response["Allow"] == "GET"
    assert response.json()["detail"] == "This address answers only GET."
    assert client.get("/api/v1/results/").status_code == 405
    assert client.put("/api/v1/careers/99-0001.00/").status_code == 405


def test_unknown_addresses_are_json_404_and_missing_slash_is_helped(client, careers):
    response = client.get("/api/v1/nothing-here/")
    assert response.status_code == 404
    assert response.json()["detail"] == "Not found. See /api/v1/docs for the API's addresses."
    redirect = client.get("/api/v1/areas?x=1")
    assert (redirect.status_code, redirect["Location"]) == (301, "/api/v1/areas/?x=1")
    post = post_json(client, "/api/v1/results", complete())
    assert post.status_code == 404
    assert post.json()["detail"] == "Not found. API addresses end with a slash: /api/v1/results/"
    index = client.get("/api/v1/").json()
    assert index == {
        "docs": "http://testserver/api/v1/docs",
        "openapi": "http://testserver/api/v1/openapi.json",
    }


def test_api_needs_no_csrf_token_and_sets_no_cookies(careers):
    client = Client(enforce_csrf_checks=True)
    response = post_json(client, "/api/v1/results/", complete())
    assert response.status_code == 201
    assert not response.cookies
    assert not client.get("/api/v1/careers/").cookies


def test_openapi_schema_is_valid_openapi_3_with_every_path(client, careers):
    import schemathesis

    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    schemathesis.openapi.from_dict(document).validate()
    assert {path: sorted(ops) for path, ops in document["paths"].items()} == {
        "/api/v1/areas/": ["get"],
        "/api/v1/questionnaires/": ["get"],
        "/api/v1/questionnaires/{slug}/": ["get"],
        "/api/v1/results/": ["post"],
        "/api/v1/results/{token}/": ["get"],
        "/api/v1/careers/": ["get"],
        "/api/v1/careers/{soc_code}/": ["get"],
        "/api/v1/matches/": ["get"],
    }
    post = document["paths"]["/api/v1/results/"]["post"]
    assert sorted(post["responses"]) == ["201", "400", "413", "429"]
    matches = document["paths"]["/api/v1/matches/"]["get"]
    required = {p["name"] for p in matches["parameters"] if p.get("required")}
    assert required == set("RIASEC")
    item = document["components"]["schemas"]["QuestionnaireDetail"]
    assert "area" not in json.dumps(item)


def test_docs_page_loads_nothing_from_another_host(client, careers):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html
    assert not re.search(r"(https?:)?//[a-z]", html, re.IGNORECASE)
    assert '"validatorUrl": null' in html  # no badge fetched from validator.swagger.io
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(source.startswith("/static/") for source in sources)
    for source in sources:
        assert finders.find(source.removeprefix("/static/")), source
    # Scripts run only from files; the one inline block is JSON data, which CSP allows.
    assert re.findall(r"<script([^>]*)>", html) == [
        ' type="application/json" id="swagger-settings"',
        ' src="/static/ninja/swagger-ui-bundle.js"',
        ' src="/static/ninja/swagger-ui-init.js"',
    ]
    policy = response["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "style-src 'self' 'unsafe-inline'" in policy
    stylesheet = Path(finders.find("ninja/swagger-ui.css")).read_text(encoding="utf-8")
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", stylesheet)
    assert not re.search(r"@import", stylesheet)


def test_an_unexpected_failure_is_a_json_500_without_a_trace(client, careers, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr("api.careers.match_occupations", broken)
    response = client.get("/api/v1/matches/?R=1&I=2&A=3&S=4&E=5&C=6")
    assert response.status_code == 500
    assert response.json() == {"detail": "Something went wrong on our side.", "errors": []}
    assert b"secret detail" not in response.content and b"Traceback" not in response.content
