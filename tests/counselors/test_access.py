import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command

from counselors.services import group_create
from tests.counselors.conftest import PASSWORD, client_for

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/login/"


def test_the_counselors_group_runs_groups_and_nothing_else(db):
    group = Group.objects.get(name="Counselors")
    assert list(group.permissions.values_list("content_type__app_label", "codename")) == [
        ("counselors", "run_groups")
    ]


def test_signed_out_visitors_are_sent_to_sign_in_and_back(client, counselor):
    response = client.get("/groups/")
    assert response.status_code == 302 and response.url == f"{LOGIN}?next=/groups/"
    page = client.get(response.url)
    assert page.status_code == 200
    assert "<h1>Sign in for counselors</h1>" in page.content.decode()
    signed_in = client.post(
        response.url, {"username": "lee", "password": PASSWORD, "next": "/groups/"}
    )
    assert signed_in.status_code == 302 and signed_in.url == "/groups/"
    assert client.get("/groups/").status_code == 200


def test_signing_in_without_next_opens_the_groups(client, counselor):
    response = client.post(LOGIN, {"username": "lee", "password": PASSWORD})
    assert response.status_code == 302 and response.url == "/groups/"


def test_counselors_are_not_admin_staff(client, counselor):
    assert not counselor.is_staff
    client.force_login(counselor)
    assert client.get("/admin/").status_code == 302


def test_signing_out_needs_a_post_and_ends_the_session(counselor_client):
    response = counselor_client.post("/accounts/logout/")
    assert response.status_code == 302 and response.url == "/"
    assert counselor_client.get("/groups/").status_code == 302


@pytest.mark.parametrize("path", ["/groups/", "/groups/new/"])
def test_users_without_the_permission_get_403(path, default_data):
    user = User.objects.create_user("visitor", password=PASSWORD)
    response = client_for(user).get(path)
    assert response.status_code == 403


@pytest.mark.parametrize("suffix", ["", "results.csv", "results.xlsx"])
def test_another_counselors_group_is_a_404(suffix, group, other_counselor):
    path = f"/groups/{group.pk}/{suffix}"
    assert client_for(group.owner).get(path).status_code == 200
    assert client_for(other_counselor).get(path).status_code == 404


def test_counselors_list_only_their_own_groups(counselor_client, group, other_counselor):
    group_create(owner=other_counselor, name="Job club, March", closes_on=None)
    html = counselor_client.get("/groups/").content.decode()
    assert "Year 11, Ms Lee" in html and "Job club, March" not in html


def test_superusers_see_every_group(group, other_counselor):
    other = group_create(owner=other_counselor, name="Job club, March", closes_on=None)
    admin = User.objects.create_superuser("root", "root@example.org", PASSWORD)
    client = client_for(admin)
    html = client.get("/groups/").content.decode()
    assert "Year 11, Ms Lee" in html and "Job club, March" in html
    assert client.get(f"/groups/{other.pk}/").status_code == 200


def fail(client, times: int) -> None:
    for _ in range(times):
        response = client.post(LOGIN, {"username": "lee", "password": "wrong"})
        assert response.status_code == 200
        assert "Please enter a correct username and password" in response.content.decode()


def test_five_failed_sign_ins_lock_out_even_the_right_password(client, counselor, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    fail(client, 4)
    assert client.post(LOGIN, {"username": "lee", "password": "wrong"}).status_code == 429
    response = client.post(LOGIN, {"username": "lee", "password": PASSWORD})
    assert response.status_code == 429
    assert "<h1>Sign-in locked</h1>" in response.content.decode()
    assert "_auth_user_id" not in client.session
    call_command("axes_reset", verbosity=0)
    assert client.post(LOGIN, {"username": "lee", "password": PASSWORD}).status_code == 302
