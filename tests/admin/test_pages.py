import pytest

from occupations.models import InterestArea, Occupation
from quiz.models import Item, Questionnaire


def change_pages(result) -> list[str]:
    occupation = Occupation.objects.get(soc_code="11-3051.00")
    return [
        f"/admin/occupations/interestarea/{InterestArea.objects.get(letter='R').pk}/change/",
        f"/admin/quiz/questionnaire/{Questionnaire.objects.get(slug='full').pk}/change/",
        f"/admin/quiz/item/{Item.objects.order_by('pk').first().pk}/change/",
        f"/admin/occupations/occupation/{occupation.pk}/change/",
        f"/admin/quiz/result/{result.pk}/change/",
    ]


LIST_AND_ADD_PAGES = [
    "/admin/",
    "/admin/occupations/",
    "/admin/quiz/",
    "/admin/occupations/interestarea/",
    "/admin/occupations/interestarea/add/",
    "/admin/quiz/questionnaire/",
    "/admin/quiz/questionnaire/add/",
    "/admin/quiz/item/",
    "/admin/quiz/item/add/",
    "/admin/occupations/occupation/",
    "/admin/occupations/occupation/add/",
    "/admin/quiz/result/",
    "/admin/quiz/questionnaire/statistics/",
]


@pytest.mark.parametrize("url", LIST_AND_ADD_PAGES)
def test_lists_and_add_pages_load_for_superuser_and_editor(staff_client, url, result):
    assert staff_client.get(url).status_code == 200


def test_change_pages_load_for_superuser_and_editor(staff_client, result):
    for url in change_pages(result):
        response = staff_client.get(url)
        assert response.status_code == 200, url


@pytest.mark.parametrize(
    "query", ["?area__id__exact=1", "?questionnaires__id__exact=1", "?q=farm", "?is_active=1"]
)
def test_item_list_filters_and_search_load(staff_client, query):
    assert staff_client.get(f"/admin/quiz/item/{query}").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "?letter=R",
        "?q=RIA",
        "?q=ria",
        "?finished_at__year=2025",
        "?finished_at__month=3&finished_at__year=2025",
    ],
)
def test_result_list_filters_load(staff_client, result, query):
    response = staff_client.get(f"/admin/quiz/result/{query}")
    assert response.status_code == 200
    assert "RIA" in response.content.decode()
