"""The quiz in Spanish: pages, stored wording, results in the language taken, switching."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from pypdf import PdfReader

from quiz.models import Answer, Item, Questionnaire
from quiz.scoring import read_profile
from quiz.wording import statements
from tests.quiz.conftest import by_area, item_names, take_quiz

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME
PERSUADER = {"R": 2, "I": 1, "A": 0, "S": 1, "E": 4, "C": 4}


def spanish_client() -> Client:
    return Client(HTTP_ACCEPT_LANGUAGE="es")


def test_quiz_page_in_spanish_shows_spanish_activities_scale_and_lang(default_data):
    client = spanish_client()
    client.post("/quiz/", {"questionnaire": "quick"})

    html = client.get("/quiz/page/1/").content.decode()

    assert '<html lang="es">' in html
    assert '<h1 class="h3">Cuestionario de intereses rápido</h1>' in html
    assert "<legend>Plantar flores en un parque de la ciudad</legend>" in html
    assert "¿Cuánto le gustaría hacer cada actividad en su trabajo?" in html
    for label in (
        "Me disgusta mucho",
        "Me disgusta",
        "No estoy seguro",
        "Me gusta",
        "Me gusta mucho",
    ):
        assert f'class="form-check-label">{label}</label>' in html
    assert ">Siguiente</button>" in html
    assert "Plant flowers" not in html


def test_start_page_in_spanish_offers_both_questionnaires_in_spanish(default_data):
    html = spanish_client().get("/quiz/").content.decode()
    assert "Empezar el cuestionario de intereses completo" in html
    assert "Califique 30 actividades de trabajo para darse una idea rápida" in html
    assert "30 actividades · unos 5 minutos" in html


def test_answers_keep_the_spanish_wording_and_the_result_its_language(default_data):
    attempt = take_quiz(spanish_client(), "quick", by_area(PERSUADER))

    assert attempt.language == "es"
    texts = set(attempt.answers.values_list("item_text", flat=True))
    assert "Plantar flores en un parque de la ciudad" in texts
    assert "Plant flowers in a city park" not in texts
    # Editing the Spanish later never changes what the person saw.
    Item.objects.filter(text="Plant flowers in a city park").update(text_es="Sembrar flores")
    assert Answer.objects.filter(item_text="Plantar flores en un parque de la ciudad").exists()


def test_result_is_shown_in_the_language_it_was_taken_in(default_data):
    attempt = take_quiz(spanish_client(), "quick", by_area(PERSUADER))
    english_reader = Client(HTTP_ACCEPT_LANGUAGE="en")

    response = english_reader.get(attempt.get_absolute_url())
    html = response.content.decode()

    assert response["Content-Language"] == "es"
    assert '<html lang="es">' in html
    assert "<h1>Sus resultados de intereses</h1>" in html
    assert '<span class="code-names">Persuadir, Organizar y Construir</span>' in html
    assert "Coincidencia " in html
    assert "Your interest results" not in html
    assert 'data-copied="Enlace copiado"' in html  # the words site.js shows after copying


def test_result_follows_the_readers_switcher_choice(default_data, settings):
    settings.PAGE_CACHE_SECONDS = 60
    spanish = take_quiz(spanish_client(), "quick", by_area(PERSUADER))
    english = take_quiz(Client(), "quick", by_area(PERSUADER))
    reader = Client(HTTP_ACCEPT_LANGUAGE="es")

    # The switcher's cookie wins; without it each result speaks its own language, and the
    # cached English and Spanish renders of one result are never mixed up.
    for _ in range(2):
        reader.cookies[COOKIE] = "en"
        chosen = reader.get(spanish.get_absolute_url()).content.decode()
        assert "<h1>Your interest results</h1>" in chosen
        assert '<span class="code-names">Persuading, Organizing and Building</span>' in chosen
        del reader.cookies[COOKIE]
        taken = reader.get(spanish.get_absolute_url()).content.decode()
        assert "<h1>Sus resultados de intereses</h1>" in taken
        assert (
            "<h1>Your interest results</h1>"
            in reader.get(english.get_absolute_url()).content.decode()
        )
    reader.cookies[COOKIE] = "es"
    assert (
        "<h1>Sus resultados de intereses</h1>"
        in reader.get(english.get_absolute_url()).content.decode()
    )


def test_pdf_report_follows_the_result_language(default_data):
    attempt = take_quiz(spanish_client(), "quick", by_area(PERSUADER))

    response = Client().get(f"/results/{attempt.token}/pdf/")

    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Resultados de intereses profesionales" in text
    assert "Persuadir, Organizar y Construir" in text
    pages = len(reader.pages)
    assert f"Página 1 de {pages}" in text and f"Página {pages} de {pages}" in text
    assert "Page " not in text
    switched = Client()
    switched.cookies[COOKIE] = "en"
    english = PdfReader(io.BytesIO(switched.get(f"/results/{attempt.token}/pdf/").content))
    assert "Career interest results" in english.pages[0].extract_text()
    assert f"Page 1 of {pages}" in english.pages[0].extract_text()


def test_switching_language_mid_quiz_keeps_saved_and_unsent_answers(default_data):
    client = Client()
    client.post("/quiz/", {"questionnaire": "quick"})
    first = item_names(client.get("/quiz/page/1/"))
    client.post("/quiz/page/1/", {**dict.fromkeys(first, "4"), "action": "next"})
    second = item_names(client.get("/quiz/page/2/"))
    unsent = {second[0]: "0", second[1]: "3"}  # chosen on page 2, not sent with Next

    response = client.post("/quiz/page/2/", {**unsent, "language": "es"})

    assert response.status_code == 302
    assert response.url == "/quiz/page/2/"
    assert response.cookies[COOKIE].value == "es"
    page = client.get("/quiz/page/2/").content.decode()
    assert '<html lang="es">' in page
    assert "12 de 30 respondidas" in page
    assert f'name="{second[0]}" value="0" id="id_{second[0]}_0" checked>' in page
    assert f'name="{second[1]}" value="3" id="id_{second[1]}_3" checked>' in page
    back = client.get("/quiz/page/1/").content.decode()
    assert all(f'value="4" id="id_{name}_4" checked>' in back for name in first)
    assert "Responda todas" not in page
    assert 'lang="en">English</button>' in page


def test_quiz_page_language_buttons_submit_the_quiz_form(default_data):
    client = Client()
    client.post("/quiz/", {"questionnaire": "quick"})
    html = client.get("/quiz/page/1/").content.decode()
    assert (
        '<button class="btn btn-link p-0 align-baseline" type="submit" form="quiz-form" '
        'name="language" value="es" lang="es">Español</button>'
    ) in html
    assert '<form method="post" class="quiz-page" id="quiz-form" novalidate>' in html


def test_reading_sentences_in_spanish():
    reading = read_profile({"R": 50, "I": 10, "A": 5, "S": 20, "E": 90, "C": 85})
    names = {
        "R": "Construir",
        "I": "Pensar",
        "A": "Crear",
        "S": "Ayudar",
        "E": "Persuadir",
        "C": "Organizar",
    }
    with translation.override("es"):
        said = dict(statements(reading, names))
    assert said["differentiation"] == (
        "Sus áreas más altas se separan bien de las más bajas, pero Persuadir y Organizar "
        "están muy cerca, así que considérelas juntas y no en orden."
    )
    assert said["consistency"] == (
        "Sus dos primeras áreas, Persuadir y Organizar, están una junto a la otra en el "
        "hexágono de intereses de Holland, y muchos trabajos las combinan."
    )


def test_fresh_database_gets_every_item_and_both_questionnaires_in_spanish(default_data):
    assert not Item.objects.filter(bank="v2", text_es="").exists()
    assert Item.objects.get(text="Sell food from a street cart").text_es == (
        "Vender comida en un carrito en la calle"
    )
    assert dict(Questionnaire.objects.values_list("slug", "title_es")) == {
        "full": "Cuestionario de intereses completo",
        "quick": "Cuestionario de intereses rápido",
    }


def test_existing_database_gets_blank_spanish_filled_and_staff_spanish_kept(default_data):
    Item.objects.update(text_es="")
    Item.objects.filter(text="Plant flowers in a city park").update(text_es="Sembrar flores")
    Questionnaire.objects.filter(slug="quick").update(title_es="", description_es="")
    Questionnaire.objects.filter(slug="full").update(title_es="Cuestionario largo")

    call_command("load_default_data", verbosity=0, stdout=io.StringIO())

    assert Item.objects.get(text="Plant flowers in a city park").text_es == "Sembrar flores"
    assert Item.objects.get(text="Weave baskets by hand").text_es == "Tejer canastas a mano"
    assert not Item.objects.filter(bank="v2", text_es="").exists()
    quick, full = Questionnaire.objects.get(slug="quick"), Questionnaire.objects.get(slug="full")
    assert quick.title_es == "Cuestionario de intereses rápido"
    assert quick.description_es.startswith("Califique 30 actividades")
    assert full.title_es == "Cuestionario largo"
