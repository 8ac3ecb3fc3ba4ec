import pytest

from quiz.models import Item
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def test_item_order_is_editable_from_the_list(editor_client, default_data):
    questionnaire_id = Item.objects.get(questionnaire__slug="quick", order=1).questionnaire_id
    url = f"/admin/quiz/item/?questionnaire__id__exact={questionnaire_id}"
    data = form_data(editor_client.get(url).content.decode(), "changelist-form")
    first = Item.objects.get(pk=int(data["form-0-id"]))
    data["form-0-order"] = "99"
    response = editor_client.post(url, {**data, "_save": "Save"})
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.order == 99
    assert Item.objects.filter(questionnaire=first.questionnaire, order=99).count() == 1


def test_item_list_filters_by_area_and_questionnaire_and_searches(editor_client, default_data):
    sample = Item.objects.select_related("area").get(questionnaire__slug="quick", order=1)
    response = editor_client.get(
        "/admin/quiz/item/",
        {"area__id__exact": sample.area_id, "questionnaire__id__exact": sample.questionnaire_id},
    )
    rows = response.context["cl"].result_list
    assert len(rows) == 5 and {item.area.letter for item in rows} == {sample.area.letter}
    found = editor_client.get("/admin/quiz/item/", {"q": sample.text}).context["cl"].result_list
    assert sample in found
