"""Career search as people type: case, Spanish accents, plural and feminine forms, several
words, on the web list and in the API, on both databases."""

import json
import re

import pytest

from occupations.models import Occupation, search_rank
from occupations.search import fold, forms, search_words, stem, whole_word
from tests.occupations.test_default_catalogue import FIXTURES
from tests.occupations.test_pages import LIST, listed, make

OTHER_NAMES = json.loads((FIXTURES / "alternate_titles_es.json").read_text(encoding="utf-8"))
EVERYDAY_NAMES = json.loads((FIXTURES / "everyday_names.json").read_text(encoding="utf-8"))


def test_folding_drops_case_and_spanish_accents():
    assert fold("MÉDICO Diseñadora Pingüino") == "medico disenadora pinguino"


@pytest.mark.parametrize(
    ("word", "word_stem"),
    [
        ("enfermera", "enfermer"),
        ("enfermeros", "enfermer"),
        ("gerentes", "gerent"),
        ("nurses", "nurs"),
        ("sales", "sale"),
        ("managers", "manager"),
        ("chef", "chef"),
        ("data", "data"),
        ("art", "art"),
    ],
)
def test_a_stem_drops_plural_and_feminine_endings_but_keeps_four_letters(word, word_stem):
    assert stem(word) == word_stem


def test_a_query_gives_each_word_once_with_its_stem():
    assert search_words("  Gerente de VENTAS gerente ") == [
        ("gerente", ("gerente",)),
        ("de", ("de",)),
        ("ventas", ("vent",)),
    ]


def test_a_word_ending_in_z_also_looks_for_its_plural_in_ces():
    assert forms("juez") == ("juez", "juec")
    assert forms("actriz") == ("actriz", "actric")
    assert forms("camareras") == ("camarer",)
    assert forms("luz") == ("luz",)  # too short for a plural in -ces


def test_a_word_ending_in_a_consonant_and_y_also_looks_for_its_plural_in_ies():
    assert forms("secretary") == ("secretary", "secretari")
    assert forms("secretaries") == ("secretari",)
    assert forms("attorney") == ("attorney",)  # "attorneys"
    assert forms("spy") == ("spy",)


def test_an_english_plural_in_men_also_looks_for_its_singular():
    assert forms("firemen") == ("firemen", "fireman")
    assert forms("policewomen") == ("policewomen", "policewoman")
    assert forms("men") == ("men",)


@pytest.mark.parametrize(
    ("form", "text", "whole"),
    [
        ("nurs", "registered nurses", True),
        ("nurs", "nurse practitioners", True),
        ("nurse", "nursery workers", False),
        ("mechanic", "mechanical engineers", False),
        ("mechanic", "bus and truck mechanics", True),
        ("roofer", "helpers--roofers", True),
        ("enfermer", "enfermeros titulados", True),
        ("juec", "jueces y magistrados", True),
        ("secretari", "legal secretaries", True),
        ("c++", "c++ developers", True),  # the query is escaped
        ("actor", "chiropractors", False),
    ],
)
def test_a_whole_word_is_a_form_with_an_ending_and_nothing_more(form, text, whole):
    assert bool(re.search(whole_word(form), text)) is whole


@pytest.mark.parametrize(
    ("query", "english", "spanish"),
    [
        (
            "camarera",  # a waitress, a bartender, and in Spain a hotel maid ("de piso")
            ["Bartenders", "Maids and Housekeeping Cleaners", "Waiters and Waitresses"],
            ["Cantineros", "Meseros", "Mucamas y personal de limpieza doméstica"],
        ),
        (
            "fontanero",
            [  # the name first, then a helper's name that holds it
                "Plumbers, Pipefitters, and Steamfitters",
                "Helpers--Pipelayers, Plumbers, Pipefitters, and Steamfitters",
            ],
            [
                "Plomeros, tuberos e instaladores de tuberías de vapor",
                "Ayudantes de instaladores de tubería, plomeros, tuberos e instaladores de "
                "tuberías de vapor",
            ],
        ),
        ("azafata", ["Flight Attendants"], ["Sobrecargos"]),
        ("agente inmobiliaria", ["Real Estate Sales Agents"], ["Agentes de bienes raíces"]),
        (
            "juez",
            None,
            [
                "Jueces de derecho administrativo, adjudicadores y oficiales de audiencias",
                "Jueces y magistrados",
            ],
        ),
        ("leñador", ["Fallers", "Logging Equipment Operators", "Logging Workers, All Other"], None),
        ("actriz", ["Actors"], ["Actores"]),  # not "tractores", which holds "actores"
        ("odontologas", ["Dentists, All Other Specialists", "Dentists, General"], None),
        ("oculista", ["Ophthalmologists, Except Pediatric"], None),
        ("vigilante", ["Security Guards", "First-Line Supervisors of Security Workers"], None),
    ],
)
def test_everyday_spanish_names_find_careers_titled_another_way(
    client, default_data, query, english, spanish
):
    if english is not None:
        assert listed(client.get(LIST, {"q": query}).content.decode()) == english
    if spanish is not None:
        page = client.get(LIST, {"q": query}, HTTP_ACCEPT_LANGUAGE="es").content.decode()
        assert listed(page)[: len(spanish)] == spanish


def test_a_doctor_is_any_physician_and_no_other_career(default_data):
    found = set(Occupation.objects.search("doctora").values_list("soc_code", flat=True))
    physicians = {code for code, names in OTHER_NAMES.items() if "doctora" in names}
    assert len(physicians) == 23
    # O*NET's alternate titles name a few more doctors: of chiropractic, of optometry …
    assert physicians <= found
    assert "17-2031.00" not in found  # Bioengineers and Biomedical Engineers


def test_every_career_is_found_by_each_of_its_spanish_names(default_data):
    assert len(OTHER_NAMES) == 100
    for code, names in OTHER_NAMES.items():
        career = Occupation.objects.get(soc_code=code)
        assert career.alternate_titles_es.splitlines() == names
        for name in names:
            assert Occupation.objects.search(name).filter(pk=career.pk).exists(), (code, name)


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        # O*NET's titles do not know these names; "Copilots" begins with "cop", so it comes after.
        (
            "cop",
            [
                "Police and Sheriff's Patrol Officers",
                "Airline Pilots, Copilots, and Flight Engineers",
            ],
        ),
        ("bookkeeper", ["Bookkeeping, Accounting, and Auditing Clerks"]),
        ("trucker", ["Heavy and Tractor-Trailer Truck Drivers"]),  # not "Crushing ... Tenders"
        ("postwoman", ["Postal Service Mail Carriers"]),
        ("firemen", ["Firefighters"]),  # the plural of an everyday name
        ("truckers", ["Heavy and Tractor-Trailer Truck Drivers"]),  # any plural, as in titles
    ],
)
def test_everyday_english_names_find_careers_titled_another_way(
    client, default_data, query, titles
):
    assert listed(client.get(LIST, {"q": query}).content.decode())[: len(titles)] == titles


def test_every_career_is_found_by_each_of_its_everyday_names(default_data):
    assert (len(EVERYDAY_NAMES), sum(map(len, EVERYDAY_NAMES.values()))) == (52, 82)
    for code, names in EVERYDAY_NAMES.items():
        career = Occupation.objects.get(soc_code=code)
        assert career.everyday_names.splitlines() == names
        for name in names:
            # Ranked with the titles that hold the word, not after those that only hold letters.
            found = Occupation.objects.search(name).annotate(rank=search_rank(name))
            assert found.filter(pk=career.pk, rank__lte=1).exists(), (code, name)


@pytest.fixture
def careers(db):
    make("Registered Nurses", "29-1141.00", title_es="Enfermeros titulados")
    make("Physicians, All Other", "29-1229.00", title_es="Médicos, todos los demás")
    make(
        "Sales Managers",
        "11-2022.00",
        title_es="Gerentes de ventas",
        alternate_titles="Sales Director\nRegional Sales Manager",
    )
    make("Fashion Designers", "27-1022.00", title_es="Diseñadores de moda")
    make(
        "Dietitians and Nutritionists",
        "29-1031.00",
        title_es="Dietistas y nutricionistas",
        alternate_titles="Clinical Dietitian\nMedical Nutrition Therapist",
    )


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("enfermera", ["Registered Nurses"]),
        ("ENFERMERAS", ["Registered Nurses"]),
        ("nurse", ["Registered Nurses"]),
        ("medico", ["Physicians, All Other"]),
        ("MÉDICOS", ["Physicians, All Other"]),
        ("disenadora", ["Fashion Designers"]),
        ("gerente de ventas", ["Sales Managers"]),
        ("ventas gerente", ["Sales Managers"]),
        ("regional director", ["Sales Managers"]),  # alternate titles, in any order
        ("medical", ["Dietitians and Nutritionists"]),  # a whole word of an alternate title
        ("clinico", []),  # "clinic", its stem, is in an alternate title: stems are not
        ("29-10", ["Dietitians and Nutritionists"]),
        ("gerente de moda", []),
    ],
)
def test_search_finds_every_form_people_type(client, careers, query, titles):
    assert listed(client.get(LIST, {"q": query}).content.decode()) == titles
    found = client.get("/api/v1/careers/", {"q": query}).json()["results"]
    assert [career["title"] for career in found] == titles


@pytest.fixture
def short_words(db):
    make("Information Technology Project Managers", "15-1299.09", alternate_titles="IT Manager")
    make("Accountants and Auditors", "13-2011.00", title_es="Contadores y auditores")
    make("Human Resources Specialists", "13-1071.00", alternate_titles="HR Generalist")
    make("Anthropologists", "19-3091.01", title_es="Antropólogos")
    make("Art Directors", "27-1011.00", title_es="Directores de arte")
    make("Cartographers and Photogrammetrists", "17-1021.00")
    make("Broadcast Announcers and Radio Disc Jockeys", "27-3011.00", title_es="Locutores y DJ")
    make("Helpers--Pipelayers", "47-3015.00", title_es="Ayudantes de tuberos")


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("it", ["Information Technology Project Managers"]),  # not "Auditors"
        ("HR", ["Human Resources Specialists"]),  # not "Anthropologists"
        ("art", ["Art Directors"]),  # not "Cartographers"
        ("dj", ["Broadcast Announcers and Radio Disc Jockeys"]),
        ("pipe", ["Helpers--Pipelayers"]),  # four letters or more: anywhere in a word
        ("tuber", ["Helpers--Pipelayers"]),
        ("ograph", ["Cartographers and Photogrammetrists"]),
    ],
)
def test_a_short_word_is_found_only_where_a_word_begins(client, short_words, query, titles):
    assert listed(client.get(LIST, {"q": query}).content.decode()) == titles
    found = client.get("/api/v1/careers/", {"q": query}).json()["results"]
    assert [career["title"] for career in found] == titles


def test_the_folded_titles_follow_every_edit(careers):
    nurses = Occupation.objects.get(soc_code="29-1141.00")
    nurses.title_es = "Personal de enfermería titulado"
    nurses.save()
    assert list(Occupation.objects.search("ENFERMERÍA").values_list("title", flat=True)) == [
        "Registered Nurses"
    ]
    Occupation.objects.filter(pk=nurses.pk).update(
        alternate_titles="Charge Nurse", alternate_titles_es="Enfermera\nATS"
    )
    nurses.refresh_from_db()
    assert (nurses.search_alternates, nurses.search_alternates_es) == (
        "charge nurse",
        "enfermera\nats",
    )
    folded = Occupation.objects.values_list("search_title", "search_title_es").get(pk=nurses.pk)
    assert folded == ("registered nurses", "personal de enfermeria titulado")


@pytest.fixture
def nurses(db):
    make("Registered Nurses", "29-1141.00", title_es="Enfermeros titulados")
    make("Nurse Practitioners", "29-1171.00", title_es="Enfermeros practicantes")
    make("Acute Care Nurses", "29-1141.03", title_es="Enfermeros de cuidados agudos")
    make("Home Health Aides", "31-1121.00", alternate_titles="Home Care Nurse Aide")
    make("Nursery Workers", "45-2092.01", title_es="Trabajadores de viveros")


def sorted_by(page: str) -> str:
    select = page.split('id="id_sort"')[1].split("</select>")[0]
    return select.split(" selected>")[0].rsplit('value="', 1)[1].rstrip('"')


def test_a_search_lists_the_best_matches_first(client, nurses):
    page = client.get(LIST, {"q": "nurse"}).content.decode()
    # The title begins with the word, then a word of it is the word, then the rest (here
    # "Nursery", which only begins with it); A to Z within.
    assert listed(page) == [
        "Nurse Practitioners",
        "Acute Care Nurses",
        "Registered Nurses",
        "Home Health Aides",
        "Nursery Workers",
    ]
    assert sorted_by(page) == "match"
    found = client.get("/api/v1/careers/", {"q": "nurse"}).json()["results"]
    assert [career["title"] for career in found] == listed(page)
    spanish = client.get(LIST, {"q": "enfermera"}, HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert listed(spanish) == [
        "Enfermeros de cuidados agudos",
        "Enfermeros practicantes",
        "Enfermeros titulados",
    ]
    by_title = client.get(LIST, {"q": "nurse", "sort": "title"}).content.decode()
    assert listed(by_title)[0] == "Acute Care Nurses" and sorted_by(by_title) == "title"


@pytest.mark.parametrize(
    ("query", "first"),
    [
        # Not "Mechanical Door Repairers", whose title only begins with the letters.
        ("mechanic", ["Aircraft Mechanics and Service Technicians"]),
        (
            "secretary",  # its plural is "secretaries"
            [
                "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive",
                "Executive Secretaries and Executive Administrative Assistants",
            ],
        ),
        ("roofer", ["Roofers", "Helpers--Roofers"]),
    ],
)
def test_whole_words_rank_first_in_the_catalogue(client, default_data, query, first):
    assert listed(client.get(LIST, {"q": query}).content.decode())[: len(first)] == first


def test_best_match_without_a_search_is_by_title(client, nurses):
    page = client.get(LIST, {"sort": "match"}).content.decode()
    assert listed(page)[:2] == ["Acute Care Nurses", "Home Health Aides"]
    assert sorted_by(page) == "title"
    assert sorted_by(client.get(LIST).content.decode()) == "title"
