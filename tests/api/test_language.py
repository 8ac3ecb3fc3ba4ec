"""Spanish texts through the API: ?lang= first, then Accept-Language, else English."""

import pytest

from occupations.models import Duty, Occupation
from quiz.models import Attempt
from tests.api.conftest import answers_by_area, post_json
from tests.quiz.conftest import form_items

pytestmark = pytest.mark.django_db

SPANISH_SCALE = [
    {"value": 0, "label": "Me disgusta mucho"},
    {"value": 1, "label": "Me disgusta"},
    {"value": 2, "label": "No estoy seguro"},
    {"value": 3, "label": "Me gusta"},
    {"value": 4, "label": "Me gusta mucho"},
]


@pytest.fixture
def first_item(default_data):
    item = form_items("quick")[0]
    item.text_es = "Reparar el motor de un automóvil"
    item.save(update_fields=["text_es"])
    return item


def test_accept_language_es_gives_spanish_activities_and_scale(client, first_item):
    response = client.get("/api/v1/questionnaires/quick/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")
    body = response.json()
    assert response.status_code == 200
    assert body["items"][0] == {
        "id": first_item.pk,
        "text": "Reparar el motor de un automóvil",
        "area": first_item.area.letter,
        "reference_soc_code": first_item.reference_soc_code,
    }
    assert body["scale"] == SPANISH_SCALE
    assert response["Content-Language"] == "es"
    assert "Accept-Language" in response["Vary"]


def test_lang_es_gives_spanish_and_untranslated_items_fall_back_to_english(client, first_item):
    second = form_items("quick")[1]
    body = client.get("/api/v1/questionnaires/quick/?lang=es").json()
    assert body["items"][0]["text"] == "Reparar el motor de un automóvil"
    assert body["items"][1]["text"] == (second.text_es or second.text)
    assert body["scale"][4] == {"value": 4, "label": "Me gusta mucho"}


def test_lang_wins_over_accept_language(client, first_item):
    response = client.get("/api/v1/questionnaires/quick/?lang=en", HTTP_ACCEPT_LANGUAGE="es")
    body = response.json()
    assert body["items"][0]["text"] == first_item.text
    assert body["scale"][0] == {"value": 0, "label": "Strongly dislike"}
    assert response["Content-Language"] == "en"


def test_no_language_asked_gives_english_even_with_a_spanish_cookie(client, first_item):
    client.cookies["django_language"] = "es"
    response = client.get("/api/v1/questionnaires/quick/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.json()["items"][0]["text"] == first_item.text
    assert response["Content-Language"] == "en"


def test_unknown_lang_is_refused_with_a_400_naming_the_field(client, default_data):
    response = client.get("/api/v1/areas/?lang=fr")
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Unknown language “fr”.",
        "errors": [
            {"field": "lang", "message": "Use en (English) or es (Spanish), or leave lang out."}
        ],
    }


def test_areas_in_spanish(client, default_data):
    areas = client.get("/api/v1/areas/", HTTP_ACCEPT_LANGUAGE="es").json()
    assert areas[0]["letter"] == "R"
    assert (areas[0]["name"], areas[0]["friendly_name"]) == ("Realista", "Construir")
    assert areas[0]["description"].startswith("Trabajo práctico con herramientas")
    english = client.get("/api/v1/areas/").json()
    assert (english[0]["name"], english[0]["friendly_name"]) == ("Realistic", "Building")


def test_questionnaire_titles_in_spanish(client, default_data):
    from quiz.models import Questionnaire

    Questionnaire.objects.filter(slug="quick").update(title_es="Cuestionario rápido")
    listed = client.get("/api/v1/questionnaires/?lang=es").json()
    assert {"slug": "quick", "title": "Cuestionario rápido"}.items() <= next(
        q for q in listed if q["slug"] == "quick"
    ).items()
    detail = client.get("/api/v1/questionnaires/quick/?lang=es").json()
    assert detail["title"] == "Cuestionario rápido"


def test_career_record_in_spanish(client, mechanic):
    Occupation.objects.filter(pk=mechanic.pk).update(
        title_es="Mecánicos de bicicletas",
        summary_es="Mantienen las bicicletas seguras y en marcha.",
        also_called_es="mecánicos de bicis",
    )
    Duty.objects.filter(occupation=mechanic, order=0).update(text_es="Ajustar frenos y cambios.")
    mechanic.qualities.update(name_es="Paciencia", description_es="Piezas pequeñas.")
    url = f"/api/v1/careers/{mechanic.soc_code}/"
    body = client.get(url, HTTP_ACCEPT_LANGUAGE="es").json()
    assert body["title"] == "Mecánicos de bicicletas"
    assert body["summary"] == "Mantienen las bicicletas seguras y en marcha."
    assert body["also_called"] == "mecánicos de bicis"
    assert body["duties"] == ["Ajustar frenos y cambios.", "Fit new tyres."]
    assert body["qualities"] == [{"name": "Paciencia", "description": "Piezas pequeñas."}]
    listed = client.get("/api/v1/careers/?lang=es&q=99-0001").json()
    assert [career["title"] for career in listed["results"]] == ["Mecánicos de bicicletas"]
    assert client.get(url).json()["title"] == "Bicycle Mechanics"


def test_earlier_figures_in_spanish(client, default_data):
    url = "/api/v1/careers/11-3051.00/"
    earlier = client.get(url, {"lang": "es"}).json()["earlier_figures"]
    assert earlier["wages"]["source"] == (
        "BLS Occupational Employment and Wage Statistics, mayo de 2021"
    )
    assert earlier["wages"]["median"] == 103150
    assert earlier["outlook"]["text"].startswith("Se espera que el empleo crezca apenas un poco")
    english = client.get(url).json()["earlier_figures"]
    assert english["wages"]["source"] == "BLS Occupational Employment and Wage Statistics, May 2021"
    assert english["outlook"]["text"].startswith("Employment is only expected to grow a little")


def test_requirements_come_in_words_of_the_response_language(client, default_data):
    url = "/api/v1/careers/11-3051.00/"
    english = client.get(url).json()
    spanish = client.get(url, {"lang": "es"}).json()
    bls_words = ("Bachelor's degree", "5 years or more", "None")
    for body in (english, spanish):
        assert (body["entry_education"], body["work_experience"], body["job_training"]) == bls_words
    assert english["requirements"] == {
        "entry_education": "Bachelor's degree",
        "work_experience": "5 years or more",
        "job_training": "Not usually needed",
    }
    assert spanish["requirements"] == {
        "entry_education": "Título universitario de cuatro años (licenciatura)",
        "work_experience": "5 años o más",
        "job_training": "Normalmente no se requiere",
    }


def test_a_blank_requirement_stays_blank(client, mechanic):
    body = client.get(f"/api/v1/careers/{mechanic.soc_code}/?lang=es").json()
    assert body["entry_education"] == ""
    assert body["requirements"]["entry_education"] == ""


def test_career_record_in_spanish_makes_no_extra_queries(
    client, mechanic, django_assert_max_num_queries
):
    url = f"/api/v1/careers/{mechanic.soc_code}/"
    client.get(url)
    with django_assert_max_num_queries(12) as english:
        client.get(url)
    with django_assert_max_num_queries(len(english.captured_queries)):
        client.get(url, HTTP_ACCEPT_LANGUAGE="es")


def test_a_result_comes_in_the_language_it_was_taken_in_unless_asked(client, careers):
    values = {"R": 4, "I": 3, "A": 0, "S": 1, "E": 2, "C": 0}
    answers = answers_by_area("quick", values)
    created = post_json(client, "/api/v1/results/", {"questionnaire": "quick", "answers": answers})
    token = created.json()["token"]
    Attempt.objects.filter(token=token).update(language="es")
    Occupation.objects.filter(soc_code="99-0004.00").update(title_es="Geólogos de campo")
    url = f"/api/v1/results/{token}/"

    taken_in = client.get(url)
    assert taken_in["Content-Language"] == "es"
    assert taken_in.json()["matches"][0]["title"] == "Geólogos de campo"

    asked = client.get(f"{url}?lang=en")
    assert asked["Content-Language"] == "en"
    assert asked.json()["matches"][0]["title"] == "Field Geologists"
    by_header = client.get(url, HTTP_ACCEPT_LANGUAGE="en-US")
    assert by_header.json()["matches"][0]["title"] == "Field Geologists"


def test_a_result_posted_in_spanish_keeps_the_spanish_wording_and_language(client, first_item):
    answers = answers_by_area("quick", {"R": 4, "I": 3, "A": 0, "S": 1, "E": 2, "C": 0})
    created = post_json(
        client, "/api/v1/results/?lang=es", {"questionnaire": "quick", "answers": answers}
    )
    attempt = Attempt.objects.get(token=created.json()["token"])
    assert attempt.language == "es"
    kept = attempt.answers.get(item=first_item)
    assert kept.item_text == "Reparar el motor de un automóvil"
    assert client.get(f"/api/v1/results/{attempt.token}/")["Content-Language"] == "es"


def test_openapi_documents_lang_and_accept_language(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/questionnaires/{slug}/"]["get"]
    parameters = {(p["in"], p["name"]): p for p in operation["parameters"]}
    assert parameters[("query", "lang")]["schema"] == {"type": "string", "enum": ["en", "es"]}
    assert ("header", "Accept-Language") in parameters
    for path in ("/api/v1/areas/", "/api/v1/careers/", "/api/v1/results/{token}/"):
        names = [p["name"] for p in schema["paths"][path]["get"]["parameters"]]
        assert {"lang", "Accept-Language"} <= set(names), path
