import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def test_content_editors_group_has_exactly_the_content_permissions():
    group = Group.objects.get(name="Content editors")
    codenames = set(group.permissions.values_list("content_type__app_label", "codename"))
    managed = {
        ("occupations", f"{action}_{model}")
        for model in (
            "interestarea",
            "occupation",
            "duty",
            "industry",
            "quality",
            "infolink",
            "relatedoccupation",
        )
        for action in ("view", "add", "change", "delete")
    } | {
        ("quiz", f"{action}_{model}")
        for model in ("questionnaire", "item", "formitem")
        for action in ("view", "add", "change", "delete")
    }
    viewed = {("quiz", "view_attempt"), ("quiz", "view_result"), ("quiz", "view_answer")}
    assert codenames == managed | viewed


@pytest.mark.parametrize(
    "url",
    [
        "/admin/auth/user/",
        "/admin/auth/user/add/",
        "/admin/auth/group/",
        "/admin/auth/user/1/change/",
    ],
)
def test_editor_cannot_open_user_accounts(editor_client, superuser, url):
    assert editor_client.get(url).status_code == 403


def test_editor_index_lists_content_but_not_accounts(editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert "/admin/quiz/item/" in html and "/admin/occupations/occupation/" in html
    assert "/admin/auth/user/" not in html and "/admin/axes/" not in html


def test_superuser_manages_accounts(superuser_client):
    assert superuser_client.get("/admin/auth/user/").status_code == 200


def test_staff_without_the_group_cannot_see_statistics(client, django_user_model, default_data):
    user = django_user_model.objects.create_user("staff", password="x", is_staff=True)
    client.force_login(user)
    assert client.get("/admin/quiz/questionnaire/statistics/").status_code == 403
