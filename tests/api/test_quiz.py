import pytest

from quiz.models import Item, Questionnaire
from tests.quiz.conftest import form_items

pytestmark = pytest.mark.django_db


def test_areas_list_the_six_areas_in_order(client, default_data):
    response = client.get("/api/v1/areas/")
    assert response.status_code == 200
    body = response.json()
    assert [area["letter"] for area in body] == ["R", "I", "A", "S", "E", "C"]
    assert body[4]["name"] == "Enterprising"
    assert body[4]["friendly_name"] == "Persuading"
    assert body[4]["description"].startswith("Work that leads, sells, negotiates")
    assert set(body[0]) == {"letter", "name", "friendly_name", "description"}


def test_questionnaires_count_only_active_items(client, default_data):
    # The first quick item is also in the full form: deleting it leaves both.
    form_items("quick")[0].delete()
    first_three = [item for item in form_items("full") if item not in form_items("quick")][:3]
    Item.objects.filter(pk__in=[item.pk for item in first_three]).update(is_active=False)
    response = client.get("/api/v1/questionnaires/")
    assert response.status_code == 200
    assert response.json() == [
        {"slug": "full", "title": "Full interest quiz", "item_count": 56},
        {"slug": "quick", "title": "Quick interest quiz", "item_count": 29},
    ]


def test_inactive_questionnaires_are_hidden(client, default_data):
    Questionnaire.objects.filter(slug="full").update(is_active=False)
    assert [q["slug"] for q in client.get("/api/v1/questionnaires/").json()] == ["quick"]
    response = client.get("/api/v1/questionnaires/full/")
    assert response.status_code == 404
    assert response.json() == {
        "detail": "There is no active questionnaire with this slug.",
        "errors": [],
    }


def test_questionnaire_gives_scale_and_items_in_order_with_areas_and_references(
    client, default_data
):
    response = client.get("/api/v1/questionnaires/quick/")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"slug", "title", "scale", "items"}
    assert body["slug"] == "quick" and body["title"] == "Quick interest quiz"
    assert body["scale"] == [
        {"value": 0, "label": "Strongly dislike"},
        {"value": 1, "label": "Dislike"},
        {"value": 2, "label": "Unsure"},
        {"value": 3, "label": "Like"},
        {"value": 4, "label": "Strongly like"},
    ]
    items = form_items("quick")
    assert body["items"] == [
        {
            "id": item.pk,
            "text": item.text,
            "area": item.area.letter,
            "reference_soc_code": item.reference_soc_code,
        }
        for item in items
    ]
    assert len(body["items"]) == 30
    assert body["items"][0] == {
        "id": items[0].pk,
        "text": "Plant flowers in a city park",
        "area": "R",
        "reference_soc_code": "37-3011.00",
    }
    assert [item["area"] for item in body["items"][:6]] == ["R", "I", "A", "S", "E", "C"]


def test_questionnaire_leaves_out_inactive_items(client, default_data):
    item = form_items("quick")[0]
    item.is_active = False
    item.save()
    ids = [row["id"] for row in client.get("/api/v1/questionnaires/quick/").json()["items"]]
    assert len(ids) == 29 and item.pk not in ids


def test_unknown_questionnaire_is_404_and_malformed_slug_is_400(client, default_data):
    assert client.get("/api/v1/questionnaires/nope/").status_code == 404
    response = client.get("/api/v1/questionnaires/not%20a%20slug/")
    assert response.status_code == 400
    assert [error["field"] for error in response.json()["errors"]] == ["slug"]
