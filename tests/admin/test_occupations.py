import json

import pytest

from occupations.models import Occupation
from tests.admin.conftest import form_data
from tests.occupations.test_pages import listed as listed_titles

pytestmark = pytest.mark.django_db
SEED = "11-3051.00"  # Industrial Production Managers: ECR, Job Zone 4, median pay 103,150


def listed(client, query: str) -> list[str]:
    response = client.get(f"/admin/occupations/occupation/{query}")
    assert response.status_code == 200
    return [occupation.soc_code for occupation in response.context["cl"].result_list]


def change_url(occupation: Occupation) -> str:
    return f"/admin/occupations/occupation/{occupation.pk}/change/"


def test_search_by_title_alternate_title_and_code(editor_client, default_data):
    assert SEED in listed(editor_client, "?q=industrial+production")
    assert SEED in listed(editor_client, "?q=Plant+Manager")  # an alternate title only
    assert listed(editor_client, "?q=11-3051.00") == [SEED]
    assert sorted(listed(editor_client, "?q=11-3051")) == [
        "11-3051.00",
        "11-3051.01",
        "11-3051.02",
        "11-3051.03",
        "11-3051.04",
        "11-3051.06",
    ]


def test_search_finds_what_the_public_search_finds(editor_client, default_data):
    assert listed(editor_client, "?q=enfermera+registrada") == [
        "29-1141.00"
    ]  # Enfermeros registrados
    assert "29-1229.00" in listed(editor_client, "?q=MEDICO")  # Médicos, otros
    assert listed(editor_client, "?q=fontanero") == ["47-3015.00", "47-2152.00"]


def test_staff_add_a_local_name_that_search_then_knows(editor_client, client, default_data):
    drivers = Occupation.objects.get(soc_code="53-3052.00")  # Bus Drivers, Transit and Intercity
    assert not Occupation.objects.search("micrera").exists()
    data = form_data(editor_client.get(change_url(drivers)).content.decode(), "occupation_form")
    assert data["alternate_titles_es"].splitlines()[:2] == ["chofer de autobús", "colectivero"]
    data["alternate_titles_es"] += "\r\nmicrero\r\nconductor de ómnibus"
    response = editor_client.post(change_url(drivers), {**data, "_save": "Save"})
    assert response.status_code == 302
    drivers.refresh_from_db()
    assert "alternate_titles_es" in drivers.edited_fields
    assert listed(editor_client, "?q=micrera") == ["53-3052.00"]
    public = client.get("/careers/", {"q": "omnibus"}, HTTP_ACCEPT_LANGUAGE="es")
    assert "Conductores de autobús de transporte público e interurbano" in public.content.decode()


def test_staff_add_an_everyday_name_that_search_then_knows(editor_client, client, default_data):
    police = Occupation.objects.get(soc_code="33-3051.00")
    assert not Occupation.objects.search("copper").exists()
    data = form_data(editor_client.get(change_url(police)).content.decode(), "occupation_form")
    assert data["everyday_names"].splitlines() == ["cop", "policeman", "policewoman"]
    data["everyday_names"] += "\r\ncopper"
    assert editor_client.post(change_url(police), {**data, "_save": "Save"}).status_code == 302
    police.refresh_from_db()
    assert "everyday_names" in police.edited_fields
    assert listed(editor_client, "?q=copper") == ["33-3051.00"]
    public = listed_titles(client.get("/careers/", {"q": "copper"}).content.decode())
    assert public == ["Police and Sheriff's Patrol Officers"]


def test_filters_by_first_interest_letter_job_zone_and_pay(editor_client, default_data):
    enterprising = listed(editor_client, "?interest=E&all=")
    assert SEED in enterprising
    assert len(enterprising) == Occupation.objects.filter(high_point_code__startswith="E").count()
    assert SEED not in listed(editor_client, "?interest=R&all=")
    assert SEED in listed(editor_client, "?job_zone=4&interest=E&all=")
    assert SEED not in listed(editor_client, "?job_zone=3&all=")
    assert SEED in listed(editor_client, "?pay=yes&interest=E&all=")
    without_pay = set(
        Occupation.objects.filter(wage_median=None).values_list("soc_code", flat=True)
    )
    assert SEED not in without_pay
    Occupation.objects.filter(soc_code=SEED).update(wage_median=None)
    assert set(listed(editor_client, "?pay=no&all=")) == without_pay | {SEED}
    # An unknown letter filters nothing rather than failing.
    response = editor_client.get("/admin/occupations/occupation/?interest=X")
    assert response.context["cl"].result_count == Occupation.objects.count()


def test_change_page_follows_the_career_page_and_links_to_it(editor_client, default_data):
    occupation = Occupation.objects.get(soc_code=SEED)
    html = editor_client.get(change_url(occupation)).content.decode()
    headings = [
        "What they do",
        "Work environment",
        "How to become one",
        "Personality and interests",
        "Pay",
        "Job outlook",
    ]
    positions = [html.index(f">{heading}</h2>") for heading in headings]
    assert positions == sorted(positions)
    assert 'href="/admin/r/' in html and "View on site" in html
    groups = ["duties", "industries", "qualities", "related_links", "links"]
    inlines = [html.index(f'id="{group}-group"') for group in groups]
    assert inlines == sorted(inlines) and inlines[0] > positions[-1]
    assert "Employing industries and their pay" in html
    assert 'data-theme="admin-autocomplete"' in html  # related occupations use autocomplete


def test_related_occupation_autocomplete_finds_by_title(editor_client, default_data):
    response = editor_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "occupations",
            "model_name": "relatedoccupation",
            "field_name": "to_occupation",
            "term": "Industrial Production",
        },
    )
    assert response.status_code == 200
    texts = [row["text"] for row in json.loads(response.content)["results"]]
    assert "Industrial Production Managers (11-3051.00)" in texts


def test_saving_unchanged_records_no_edits(editor_client, default_data):
    occupation = Occupation.objects.get(soc_code=SEED)
    data = form_data(editor_client.get(change_url(occupation)).content.decode(), "occupation_form")
    response = editor_client.post(change_url(occupation), {**data, "_save": "Save"})
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    occupation.refresh_from_db()
    assert occupation.edited_fields == []


def test_editing_in_admin_records_edited_fields(editor_client, default_data):
    occupation = Occupation.objects.get(soc_code=SEED)
    data = form_data(editor_client.get(change_url(occupation)).content.decode(), "occupation_form")
    data.update(
        title="Factory Floor Leaders", wage_median="104000.00", **{"duties-0-text": "Run it."}
    )
    response = editor_client.post(change_url(occupation), {**data, "_save": "Save"})
    assert response.status_code == 302
    occupation.refresh_from_db()
    assert occupation.title == "Factory Floor Leaders"
    assert occupation.duties.first().text == "Run it."
    assert occupation.edited_fields == ["duties", "title", "wage_median"]

    # A later edit adds to the list and keeps what was there.
    data = form_data(editor_client.get(change_url(occupation)).content.decode(), "occupation_form")
    data["summary"] = "Shorter summary."
    editor_client.post(change_url(occupation), {**data, "_save": "Save"})
    occupation.refresh_from_db()
    assert occupation.edited_fields == ["duties", "summary", "title", "wage_median"]
    html = editor_client.get(change_url(occupation)).content.decode()
    assert "duties" in html and "wage_median" in html  # shown read-only under Record


def test_line_breaks_sent_by_a_browser_are_not_edits(editor_client, default_data):
    occupation = Occupation.objects.get(soc_code=SEED)
    occupation.summary = "First paragraph.\n\nSecond paragraph."
    occupation.alternate_titles = "Plant Manager\nProduction Manager"
    occupation.save()
    occupation.duties.update(text="One line\nand another")
    data = form_data(editor_client.get(change_url(occupation)).content.decode(), "occupation_form")
    # Browsers send every line break in a textarea as CR LF.
    crlf = {k: v.replace("\n", "\r\n") if isinstance(v, str) else v for k, v in data.items()}
    assert crlf["summary"] == "First paragraph.\r\n\r\nSecond paragraph."
    response = editor_client.post(change_url(occupation), {**crlf, "_save": "Save"})
    assert response.status_code == 302
    occupation.refresh_from_db()
    assert occupation.edited_fields == []
    assert occupation.summary == "First paragraph.\n\nSecond paragraph."
    assert occupation.duties.first().text == "One line\nand another"


def test_an_admin_save_retires_the_cached_career_page(editor_client, client, default_data):
    occupation = Occupation.objects.get(soc_code=SEED)
    assert "Factory Floor Leaders" not in client.get(occupation.get_absolute_url()).content.decode()
    data = form_data(editor_client.get(change_url(occupation)).content.decode(), "occupation_form")
    editor_client.post(
        change_url(occupation), {**data, "title": "Factory Floor Leaders", "_save": "Save"}
    )
    assert "Factory Floor Leaders" in client.get(occupation.get_absolute_url()).content.decode()


def test_untranslated_filter_lists_careers_missing_a_spanish_text(editor_client, default_data):
    from occupations.models import Duty, InterestArea

    assert listed(editor_client, "?untranslated=es") == []
    Duty.objects.filter(occupation_id=Occupation.objects.get(soc_code=SEED).pk, order=3).update(
        text_es=""
    )
    Occupation.objects.filter(soc_code="11-1011.00").update(summary_es="")
    assert sorted(listed(editor_client, "?untranslated=es")) == ["11-1011.00", SEED]
    page = editor_client.get("/admin/occupations/occupation/").content.decode()
    assert "Untranslated (Spanish)" in page

    InterestArea.objects.filter(letter="S").update(description_es="")
    response = editor_client.get("/admin/occupations/interestarea/?untranslated=es")
    assert [area.letter for area in response.context["cl"].result_list] == ["S"]


def test_spanish_fields_sit_beside_the_english_and_edits_are_recorded(editor_client, default_data):
    occupation = Occupation.objects.get(soc_code=SEED)
    html = editor_client.get(change_url(occupation)).content.decode()
    for field in ("title_es", "summary_es", "specialties_es", "outlook_text_es"):
        assert f'name="{field}"' in html
    assert html.index('name="title"') < html.index('name="title_es"') < html.index('name="slug"')
    assert 'name="duties-0-text_es"' in html and 'name="qualities-0-description_es"' in html
    assert 'name="industries-0-name_es"' in html and 'name="links-0-description_es"' in html

    data = form_data(html, "occupation_form")
    data.update(
        {"summary_es": "Dirigen plantas.\r\n\r\nY fábricas.", "duties-0-text_es": "Planear."}
    )
    assert editor_client.post(change_url(occupation), {**data, "_save": "Save"}).status_code == 302
    occupation.refresh_from_db()
    assert occupation.summary_es == "Dirigen plantas.\n\nY fábricas."
    assert occupation.duties.first().text_es == "Planear."
    assert occupation.edited_fields == ["duties", "summary_es"]

    # Sent back unchanged, with the browser's CR LF, nothing more counts as edited.
    data = form_data(editor_client.get(change_url(occupation)).content.decode(), "occupation_form")
    data["summary_es"] = data["summary_es"].replace("\n", "\r\n")
    editor_client.post(change_url(occupation), {**data, "_save": "Save"})
    occupation.refresh_from_db()
    assert occupation.edited_fields == ["duties", "summary_es"]
