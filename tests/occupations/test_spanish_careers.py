"""The career catalogue in Spanish: pages, list, words and the Spanish texts we load."""

import json
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import translation

from careerquiz.defaults import FIXTURES_DIR
from occupations.career_page import CareerPage
from occupations.defaults import load_areas
from occupations.explanation import explain_match
from occupations.formatting import change_words, join_words, money, period_words
from occupations.models import Duty, InterestArea, Occupation, Quality
from occupations.selectors import career_facts, match_occupations
from occupations.work_styles import EXPLANATIONS, SPANISH
from tests.occupations.test_pages import LIST, headings, listed, make, queries, text_of

IPM = "11-3051.00"
SPANISH_SECTIONS = [
    "Qué hacen",
    "Entorno de trabajo",
    "Horarios de trabajo",
    "Cómo llegar a esta carrera",
    "Personalidad e intereses",
    "Cualidades importantes",
    "Salario",
    "Perspectivas de empleo",
    "Cifras anteriores (2021)",
    "Carreras relacionadas",
    "Más información",
    "Fuentes de datos",
]


@pytest.fixture(autouse=True)
def _page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _english_afterwards():
    """A Spanish request leaves Spanish active in this thread; later tests expect English."""
    yield
    translation.deactivate()


def spanish_page(client, url: str, **params) -> str:
    response = client.get(url, params, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 200
    return response.content.decode()


def test_a_career_page_in_spanish(client, default_data):
    ipm = Occupation.objects.get(soc_code=IPM)
    page = spanish_page(client, ipm.get_absolute_url())
    words = text_of(page)

    assert '<html lang="es">' in page
    assert headings(page, 1) == ["Gerentes de producción industrial"]
    assert headings(page) == SPANISH_SECTIONS
    assert "También llamados gerentes de planta" in words
    assert "Los gerentes de producción industrial están a cargo del funcionamiento" in words
    duties = ipm.duties.all()
    assert [duty.text_es for duty in duties][0] == (
        "Decidir cómo repartir mejor el personal y la maquinaria de la planta para cumplir "
        "las metas de producción"
    )
    for duty in duties:
        assert f"<li>{duty.text_es}</li>" in page
    assert "Había 234,380 empleos en esta ocupación en 2024." in words
    assert "Título universitario de cuatro años (licenciatura)" in words
    assert "Normalmente no se requiere" in words
    assert "Zona laboral 4: Se necesita bastante preparación." in words
    assert "Capacidad de liderazgo" in words
    assert "Salario anual mediano en mayo de 2024: $121,440" in words
    assert "Percentil 90 $197,310" in words
    assert (
        "Según las proyecciones, el número de empleos va a crecer 5.3 por ciento de 2020 a 2030. "
        "Es un crecimiento más lento que el promedio de todas las ocupaciones." in words
    )
    assert "Se proyectan unas 13,900 vacantes al año en promedio de 2020 a 2030." in words
    assert "Salario anual mediano en mayo de 2021: $103,150" in words
    assert "Cambio proyectado de 2021 a 2031: crecer 3 por ciento (más lento que el promedio)" in (
        words
    )
    assert "Se espera que el empleo crezca apenas un poco" in words
    assert ">Gerentes de sistemas de control de calidad</a>" in page  # a related career
    assert "Fabricación de equipo de transporte 10%" in words
    assert "usada bajo la licencia CC BY 4.0" in words

    english = text_of(
        client.get(ipm.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    )
    assert "Industrial Production Managers" in english and "Gerentes" not in english


# Words of the English source notes (occupations.sources) that a Spanish page must not show.
ENGLISH_NOTES = (
    "careerquiz editors",
    "Wage Statistics, May",
    "for the group",
    "closely related",
    "has not rated",
    "rated occupation",
    "rates none",
)


def test_a_career_page_names_its_sources_in_spanish(client, default_data):
    scientists = Occupation.objects.get(soc_code="15-2051.00")
    words = text_of(spanish_page(client, scientists.get_absolute_url()))

    assert (
        "Elegidas a partir de O*NET 29.3 Work Styles de una ocupación muy relacionada, "
        "Estadísticos (15-2041.00), porque O*NET no ha valorado esta ocupación; las "
        "explicaciones son nuestras." in words
    )
    assert "Fuente: BLS Occupational Employment and Wage Statistics, mayo de 2024." in words
    assert (
        "Fuente: BLS Employment Projections 2020-30, para el grupo “Data scientists and "
        "mathematical science occupations, all other” (15-2098)." in words
    )
    assert "Descripción de la carrera equipo editorial de careerquiz" in words
    assert not [note for note in ENGLISH_NOTES if note in words]
    ipm = text_of(spanish_page(client, Occupation.objects.get(soc_code=IPM).get_absolute_url()))
    assert "(BLS Occupational Employment and Wage Statistics, mayo de 2021)" in ipm

    api = client.get("/api/v1/careers/15-2051.00/", {"lang": "es"}).json()["sources"]
    assert api["qualities"] == (
        "O*NET 29.3 Work Styles de una ocupación muy relacionada, Estadísticos (15-2041.00), "
        "porque O*NET no ha valorado esta ocupación"
    )
    assert api["text"] == "equipo editorial de careerquiz"
    english = client.get("/api/v1/careers/15-2051.00/").json()["sources"]
    assert english["wages"] == "BLS Occupational Employment and Wage Statistics, May 2024"


def test_no_spanish_career_page_shows_an_english_source_note(default_data):
    with translation.override("es"):
        for slug in Occupation.objects.values_list("slug", flat=True):
            page = CareerPage(career_facts(slug))
            earlier = page.earlier.items if page.earlier else ""
            shown = " ".join(
                (
                    page.qualities_source,
                    page.wage_source,
                    page.outlook_source,
                    page.sources,
                    earlier,
                )
            )
            assert not [note for note in ENGLISH_NOTES if note in shown], slug


def test_a_career_without_a_spanish_text_shows_the_english_one(client, default_data):
    Occupation.objects.filter(soc_code=IPM).update(summary_es="", title_es="")
    Duty.objects.filter(occupation_id=Occupation.objects.get(soc_code=IPM).pk, order=0).update(
        text_es=""
    )
    page = spanish_page(client, Occupation.objects.get(soc_code=IPM).get_absolute_url())
    assert headings(page, 1) == ["Industrial Production Managers"]
    assert "Industrial production managers run the operations of manufacturing" in text_of(page)
    assert "Work out the most effective way to deploy the plant's staff" in text_of(page)
    assert "Mantener la producción dentro del calendario previsto" in page
    assert headings(page)[0] == "Qué hacen"


def test_the_list_sorts_and_searches_by_spanish_titles(client, db):
    load_areas(fixtures_dir=FIXTURES_DIR)
    make("Accountants", "13-2011.00", title_es="Contadores")
    make("Bakers", "51-3011.00")  # no Spanish title: sorted by its English one
    make("Zoologists", "19-1023.00", title_es="Zoólogos")
    make("Chefs", "35-1011.00", title_es="Chefs y cocineros jefe")

    assert listed(spanish_page(client, LIST)) == [
        "Bakers",
        "Chefs y cocineros jefe",
        "Contadores",
        "Zoólogos",
    ]
    assert listed(spanish_page(client, LIST, q="contador")) == ["Contadores"]
    assert listed(spanish_page(client, LIST, q="Accountants")) == ["Contadores"]
    english = client.get(LIST, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert listed(english) == ["Accountants", "Bakers", "Chefs", "Zoologists"]
    assert "4 careers" in text_of(english)
    words = text_of(spanish_page(client, LIST, q="contador", area="Ayudar"))
    assert "0 carreras" in words
    assert "Ninguna carrera coincide con estas opciones." in words
    words = text_of(spanish_page(client, LIST, area="Nada"))
    assert "Área de interés: No hay ningún área de interés llamada “Nada”." in words


def test_spanish_pages_cost_the_english_queries(client, default_data):
    url = Occupation.objects.get(soc_code=IPM).get_absolute_url()
    client.get(url)
    assert queries(client, url) == len_in_spanish(client, url)
    client.get(LIST)
    assert queries(client, f"{LIST}?q=manager") == len_in_spanish(client, f"{LIST}?q=gerente")


def len_in_spanish(client, url: str) -> int:
    client.cookies["django_language"] = "es"
    try:
        return queries(client, url)
    finally:
        del client.cookies["django_language"]


def test_load_default_data_fills_existing_catalogues_and_keeps_staff_spanish(db):
    call_command("load_default_data", verbosity=0)
    # A catalogue loaded before the Spanish texts existed, then touched by staff.
    Occupation.objects.update(title_es="", summary_es="", work_environment_es="")
    Duty.objects.update(text_es="")
    Quality.objects.update(name_es="", description_es="")
    ipm = Occupation.objects.get(soc_code=IPM)
    del ipm.earlier_figures["outlook"]["text_es"]
    ipm.summary_es = "Dirigen fábricas (texto del personal)."
    ipm.edited_fields = ["summary_es", "work_environment_es"]  # staff cleared the second
    ipm.save()

    call_command("load_default_data", verbosity=0)
    call_command("load_default_data", verbosity=0)  # and again: nothing changes

    ipm.refresh_from_db()
    assert ipm.title_es == "Gerentes de producción industrial"
    assert ipm.summary_es == "Dirigen fábricas (texto del personal)."
    assert ipm.work_environment_es == ""
    assert ipm.earlier_figures["outlook"]["text_es"].startswith("Se espera que el empleo crezca")
    assert not Occupation.objects.filter(title_es="").exists()
    assert not Duty.objects.filter(text_es="").exists()
    assert not Quality.objects.filter(description_es="").exists()
    chief = Occupation.objects.get(soc_code="11-1011.00")
    assert chief.title_es == "Directores ejecutivos"
    assert (
        chief.duties.first().text_es
        == "Decidir las metas a largo plazo y la estrategia para alcanzarlas."
    )
    assert {(quality.name, quality.name_es) for quality in chief.qualities.all()} <= {
        (name, spanish_name) for name, (spanish_name, _) in SPANISH.items()
    }


def test_a_duty_staff_rewrote_in_english_gets_no_stale_spanish(db):
    call_command("load_default_data", verbosity=0)
    duty = Duty.objects.filter(occupation__soc_code=IPM).first()
    Duty.objects.filter(pk=duty.pk).update(text="Plan the week's shifts.", text_es="")
    call_command("load_default_data", verbosity=0)
    duty.refresh_from_db()
    assert duty.text_es == ""


def test_shipped_spanish_texts_are_complete():
    english, spanish = {}, {}
    for path in sorted((FIXTURES_DIR / "career_texts").glob("*.json")):
        english.update(json.loads(path.read_text(encoding="utf-8")))
    for path in sorted((FIXTURES_DIR / "career_texts" / "es").glob("*.json")):
        spanish.update(json.loads(path.read_text(encoding="utf-8")))
    seed = json.loads((FIXTURES_DIR / "industrial_production_managers.json").read_text("utf-8"))
    seed_es = json.loads(
        (FIXTURES_DIR / "industrial_production_managers_es.json").read_text("utf-8")
    )[IPM]
    english[IPM] = seed
    spanish[IPM] = {**spanish.get(IPM, {}), **seed_es}

    assert len(spanish) == len(english) == 1016
    for code, text in spanish.items():
        assert all(text[key].strip() for key in ("title", "summary", "work_environment")), code
        assert len(text["duties"]) == len(english[code]["duties"]), code
        assert all(duty.strip() for duty in text["duties"]), code
    for key in ("specialties", "schedules", "education", "experience", "training"):
        assert seed_es[key].count("\n\n") == seed[key].count("\n\n"), key
    for key in ("industries", "qualities", "links"):
        assert len(seed_es[key]) == len(seed[key]), key
    assert seed_es["outlook"]["text"].strip() and seed_es["certifications"].strip()
    assert set(SPANISH) == set(EXPLANATIONS)
    assert all(name.strip() and text.strip() for name, text in SPANISH.values())


SPANISH_NAMES = dict(
    zip("RIASEC", ["Construir", "Pensar", "Crear", "Ayudar", "Persuadir", "Organizar"], strict=True)
)


@pytest.mark.parametrize(
    ("person", "job", "title", "sentence"),
    [
        (
            {"R": 40, "I": 10, "A": 5, "S": 20, "E": 90, "C": 80},
            {"R": 4.2, "I": 2.9, "A": 1.3, "S": 1.8, "E": 5.9, "C": 5.3},
            "Gerentes de producción industrial",
            "Usted y quienes trabajan como gerentes de producción industrial tienen Persuadir y "
            "Organizar en lo más alto, y luego Construir.",
        ),
        (
            {"R": 10, "I": 90, "A": 80, "S": 70, "E": 5, "C": 0},
            {"R": 6.0, "I": 2.0, "A": 1.0, "S": 1.5, "E": 5.0, "C": 5.5},
            "Cocineros, restaurante",
            "Las personas en esta ocupación se inclinan más por Construir y Organizar, que no "
            "están entre sus tres intereses principales (Pensar, Crear y Ayudar).",
        ),
    ],
)
def test_why_a_career_matches_reads_in_spanish(person, job, title, sentence):
    with translation.override("es"):
        assert explain_match(person, job, names=SPANISH_NAMES, title=title) == sentence


def test_words_and_money_read_in_spanish():
    with translation.override("es"):
        assert money(Decimal("23.45"), unit="hourly", top_coded=True) == "$23.45 por hora o más"
        assert money(Decimal("239200"), top_coded=True) == "$239,200 o más"
        assert period_words("2021-31") == "2021 a 2031"
        assert change_words(Decimal("-2.5")) == "disminuir 2.5 por ciento"
        assert join_words(["Realista", "Investigador"]) == "Realista e Investigador"
        assert join_words(["Persuadir", "Organizar", "Construir"]) == (
            "Persuadir, Organizar y Construir"
        )
    with translation.override("en"):
        assert money(Decimal("23.45"), unit="hourly", top_coded=True) == "$23.45 per hour or more"


def test_matches_show_spanish_titles_and_reasons(default_data):
    scores = {"R": 40, "I": 10, "A": 5, "S": 20, "E": 90, "C": 80}
    with translation.override("es"):
        spanish = match_occupations(scores, "ECR", limit=5).matches
    with translation.override("en"):
        english = match_occupations(scores, "ECR", limit=5).matches
    assert [m.occupation.soc_code for m in spanish] == [m.occupation.soc_code for m in english]
    with translation.override("es"):
        titles = [match.occupation.title_i18n for match in spanish]
    assert titles == [match.occupation.title_es for match in spanish] and all(titles)
    # Titles with a comma read as "the people in this job".
    assert all(
        match.why.startswith(("Usted y quienes trabajan como ", "Usted y las personas en esta "))
        for match in spanish
    ), [match.why for match in spanish]
    assert [match.why for match in english][0].startswith("Both you and ")
    assert InterestArea.objects.get(letter="E").friendly_name_es == "Persuadir"
