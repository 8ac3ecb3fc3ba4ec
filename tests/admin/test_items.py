import pytest
from django.contrib import admin

from quiz.models import FormItem, Item, Questionnaire
from tests.admin.conftest import form_data
from tests.quiz.conftest import form_items

pytestmark = pytest.mark.django_db


def test_both_forms_use_the_same_item_rows(default_data):
    quick, full = form_items("quick"), form_items("full")
    assert len(quick) == 30 and len(full) == 60
    assert set(quick) < set(full)
    assert Item.objects.count() == 60


def test_an_edit_shows_in_both_forms(editor_client, default_data):
    item = form_items("quick")[0]
    url = f"/admin/quiz/item/{item.pk}/change/"
    data = form_data(editor_client.get(url).content.decode(), "item_form")
    data["text"] = "Plant trees in a city park"
    assert editor_client.post(url, data).status_code == 302
    assert form_items("quick")[0].text == "Plant trees in a city park"
    assert "Plant trees in a city park" in [item.text for item in form_items("full")]


def test_item_page_and_list_say_which_forms_use_an_item(editor_client, default_data):
    shared = form_items("quick")[0]
    only_full = Item.objects.filter(questionnaires__slug="full").exclude(
        questionnaires__slug="quick"
    )[0]
    html = editor_client.get(f"/admin/quiz/item/{shared.pk}/change/").content.decode()
    assert "Questionnaires using this item" in html
    assert html.count('name="memberships-') > 0
    rows = editor_client.get("/admin/quiz/item/").context["cl"].result_list
    used = {item.pk: item for item in rows}
    item_admin = admin.site._registry[Item]
    assert item_admin.forms(used[shared.pk]) == "full, quick"
    assert item_admin.forms(used[only_full.pk]) == "full"


def test_item_order_is_edited_in_the_questionnaire(editor_client, default_data):
    quick = Questionnaire.objects.get(slug="quick")
    url = f"/admin/quiz/questionnaire/{quick.pk}/change/"
    data = form_data(editor_client.get(url).content.decode(), "questionnaire_form")
    first = FormItem.objects.get(pk=int(data["memberships-0-id"]))
    data["memberships-0-order"] = "99"
    response = editor_client.post(url, data)
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.order == 99
    assert form_items("quick")[-1] == first.item
    full_order = FormItem.objects.get(questionnaire__slug="full", item=first.item).order
    assert full_order == 1  # the full form keeps its own order


def test_item_list_filters_by_area_and_questionnaire_and_searches(editor_client, default_data):
    sample = form_items("quick")[0]
    quick = Questionnaire.objects.get(slug="quick")
    response = editor_client.get(
        "/admin/quiz/item/",
        {"area__id__exact": sample.area_id, "questionnaires__id__exact": quick.pk},
    )
    rows = response.context["cl"].result_list
    assert len(rows) == 5 and {item.area.letter for item in rows} == {sample.area.letter}
    found = editor_client.get("/admin/quiz/item/", {"q": sample.text}).context["cl"].result_list
    assert sample in found
    by_code = editor_client.get("/admin/quiz/item/", {"q": "37-3011.00"}).context["cl"]
    assert list(by_code.result_list) == [sample]


def test_item_list_filters_untranslated_and_translated_items(editor_client, default_data):
    untranslated = Item.objects.get(text="Weave baskets by hand")
    untranslated.text_es = ""
    untranslated.save()

    missing = editor_client.get("/admin/quiz/item/", {"spanish": "untranslated"})
    done = editor_client.get("/admin/quiz/item/", {"spanish": "translated"})

    assert [item.text for item in missing.context["cl"].result_list] == ["Weave baskets by hand"]
    assert done.context["cl"].result_count == 59
    html = editor_client.get("/admin/quiz/item/").content.decode()
    assert "By Spanish" in html and "?spanish=untranslated" in html


def test_item_and_questionnaire_pages_edit_the_spanish_beside_the_english(
    editor_client, default_data
):
    item = Item.objects.get(text="Weave baskets by hand")
    url = f"/admin/quiz/item/{item.pk}/change/"
    data = form_data(editor_client.get(url).content.decode(), "item_form")
    assert data["text_es"] == "Tejer canastas a mano"
    data["text_es"] = "Hacer canastas tejidas a mano"
    assert editor_client.post(url, data).status_code == 302
    assert Item.objects.get(pk=item.pk).text_es == "Hacer canastas tejidas a mano"

    quick = Questionnaire.objects.get(slug="quick")
    html = editor_client.get(f"/admin/quiz/questionnaire/{quick.pk}/change/").content.decode()
    assert 'name="title_es" value="Cuestionario de intereses rápido"' in html
    assert 'name="description_es"' in html
