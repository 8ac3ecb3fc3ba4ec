"""The site shell in Spanish: the language from the switcher's cookie, else Accept-Language."""

import re

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from careerquiz.health import outage_response
from careerquiz.views import server_error
from occupations.models import Occupation

pytestmark = pytest.mark.django_db

BUTTON = '<button class="btn btn-link p-0 align-baseline" type="submit" name="language" '
BACK_TO_ENGLISH = BUTTON + 'value="en" lang="en">English</button>'
TO_SPANISH = BUTTON + 'value="es" lang="es">Español</button>'


def switcher_next(html: str) -> str:
    form = re.search(
        r'<form class="language-switcher" action="/i18n/setlang/".*?</form>', html, re.S
    )
    assert form, "no language switcher"
    return re.search(r'name="next" value="([^"]*)"', form.group(0)).group(1)


def test_home_in_spanish_from_accept_language(client, default_data):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9").content.decode()
    assert '<html lang="es">' in html
    assert "<h1>Encuentre un trabajo que disfrute</h1>" in html
    assert "Hacer el cuestionario gratis" in html
    assert 'href="#main">Saltar al contenido principal</a>' in html
    assert "Construir <span" in html and "(Realista)" in html
    assert "Trabajo práctico con herramientas" in html
    assert BACK_TO_ENGLISH in html
    assert switcher_next(html) == "/"


def test_home_in_english_offers_spanish(client, default_data):
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Find work you will enjoy</h1>" in html
    assert "Building <span" in html
    assert TO_SPANISH in html
    assert (
        '<span class="language-current fw-semibold" lang="en" aria-current="true">English</span>'
        in html
    )


def test_about_in_spanish_explains_the_language_cookie(client):
    html = client.get("/about/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert '<html lang="es">' in html
    assert "<h1>Acerca de careerquiz</h1>" in html
    assert '<h2 id="data-heading">Fuentes de datos y créditos</h2>' in html
    assert (
        "Si elige un idioma con el selector English / Español, otra cookie, django_language, "
        "recuerda su elección durante un año. Solo se crea cuando usa el selector"
    ) in html
    assert BACK_TO_ENGLISH in html
    english = client.get("/about/").content.decode()
    assert "one more cookie, django_language, remembers your choice for a year" in english


def test_404_in_spanish(client):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="es")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="es">' in html
    assert "<h1>No encontramos esa página</h1>" in html
    assert (
        '<a href="/">Ir a la página principal</a> o <a href="/careers/">explorar carreras</a>.'
        in html
    )
    assert BACK_TO_ENGLISH in html
    assert switcher_next(html) == "/no-such-page/"


def test_switcher_sets_the_cookie_and_returns_to_the_same_page_in_spanish(client):
    response = client.post("/i18n/setlang/", {"language": "es", "next": "/about/?x=1"})
    assert response.status_code == 302
    assert response["Location"] == "/about/?x=1"
    assert client.cookies["django_language"].value == "es"
    html = client.get("/about/").content.decode()
    assert '<html lang="es">' in html and "<h1>Acerca de careerquiz</h1>" in html
    client.post("/i18n/setlang/", {"language": "en", "next": "/about/"})
    assert (
        "<h1>About careerquiz</h1>"
        in client.get("/about/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    )


def test_the_cookie_wins_over_accept_language(client):
    client.cookies["django_language"] = "es"
    html = client.get("/about/", HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    assert "<h1>Acerca de careerquiz</h1>" in html


def test_every_main_page_has_the_switcher(client, default_data):
    career = Occupation.objects.order_by("soc_code").first()
    pages = [
        "/",
        "/about/",
        reverse("quiz:start"),
        reverse("occupations:list"),
        career.get_absolute_url(),
        reverse("quiz:how-it-works"),
        reverse("counselors:login"),
    ]
    for path in pages:
        for language, offered in (("en", TO_SPANISH), ("es", BACK_TO_ENGLISH)):
            response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
            html = response.content.decode()
            assert response.status_code == 200, path
            assert f'<html lang="{language}">' in html, path
            assert offered in html, (path, language)
            assert switcher_next(html) == path


def test_nav_and_footer_in_spanish(client):
    html = client.get("/about/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert 'gap-3 py-2" aria-label="Principal">' in html
    for text in (
        "Hacer el cuestionario",
        "Carreras",
        "Cómo funciona",
        "Acerca de",
        "Para consejeros",
    ):
        assert f">{text}</a>" in html
    assert 'aria-label="Idioma"' in html
    assert (
        '<meta name="description" content="Qué es careerquiz, cómo cuida su privacidad y de dónde '
        'vienen sus datos sobre carreras.">'
    ) in html


def test_500_page_in_the_visitors_language():
    request = RequestFactory().get("/", HTTP_ACCEPT_LANGUAGE="es")
    with translation.override("es"):
        html = server_error(request).content.decode()
    assert '<html lang="es">' in html
    assert "<h1>Algo salió mal de nuestro lado</h1>" in html


def test_outage_page_in_the_visitors_language_with_the_switcher():
    request = RequestFactory().get("/careers/", HTTP_ACCEPT_LANGUAGE="es")
    response = outage_response(request)
    html = response.content.decode()
    assert response.status_code == 503
    assert '<html lang="es">' in html
    assert "<h1>careerquiz vuelve en un momento</h1>" in html
    assert "Espere unos 15 segundos y luego vuelva a cargar la página" in html
    assert BACK_TO_ENGLISH in html
    assert switcher_next(html) == "/careers/"


def test_refused_input_is_explained_in_spanish(client):
    response = client.get("/about/?q=a%00b", HTTP_ACCEPT_LANGUAGE="es")
    html = response.content.decode()
    assert response.status_code == 400
    assert '<html lang="es">' in html
    assert "El campo “q” contiene un carácter NUL, que no está permitido." in html
