import re
from datetime import date, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from counselors import codes
from counselors.models import CounselorGroup
from tests.counselors.conftest import MARCH_1, MARCH_2, finish_as_member, join

pytestmark = pytest.mark.django_db

# Quick form, 5 items an area: percents R 25, I 0, A 0, S 50, E 100, C 75; code ECS.
ANA = {"R": 1, "I": 0, "A": 0, "S": 2, "E": 4, "C": 3}
# Percents R 100, I 75, A 50, S 25, E 0, C 0; code RIA.
BEN = {"R": 4, "I": 3, "A": 2, "S": 1, "E": 0, "C": 0}


def text(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def rows(response, css_class: str) -> list[str]:
    html = response.content.decode()
    table = re.search(rf'<table class="[^"]*{css_class}[^"]*">(.*?)</table>', html, re.S).group(1)
    body = table.split("<tbody>", 1)[1]
    return [" ".join(re.sub(r"<[^>]+>", " ", row).split()) for row in body.split("</tr>")[:-1]]


def test_creating_a_group_gives_it_a_code_and_opens_its_page(counselor_client, default_data):
    closes = timezone.localdate() + timedelta(days=14)
    response = counselor_client.post(
        "/groups/new/", {"name": "  Job club, March ", "closes_on": closes.isoformat()}
    )
    group = CounselorGroup.objects.get()
    assert response.status_code == 302 and response.url == f"/groups/{group.pk}/"
    assert (group.name, group.closes_on, group.owner.username) == ("Job club, March", closes, "lee")
    assert codes.normalize(group.join_code) == group.join_code
    page = counselor_client.get(response.url)
    assert "“Job club, March” is ready. Share its code or join link." in text(page)
    assert f"Code: {group.display_code}" in text(page)
    assert f'value="http://testserver/join/{group.display_code}/"' in page.content.decode()
    assert f"open until the end of {closes:%b} {closes.day}, {closes.year}" in text(page)


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({"name": "  "}, "name", "Give the group a name."),
        ({"name": "x" * 101}, "name", "Ensure this value has at most 100 characters (it has 101)."),
        ({"name": "A", "closes_on": "2020-01-01"}, "closes_on", "Choose today or a later day."),
        ({"name": "A", "closes_on": "someday"}, "closes_on", "Enter a valid date."),
    ],
)
def test_bad_group_forms_get_errors(counselor_client, default_data, data, field, error):
    response = counselor_client.post("/groups/new/", data)
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [error]
    assert not CounselorGroup.objects.exists()


def test_codes_of_new_groups_differ(counselor, default_data):
    from counselors.services import group_create

    made = {
        group_create(owner=counselor, name=f"G{n}", closes_on=None).join_code for n in range(20)
    }
    assert len(made) == 20


def test_the_group_page_lists_members_with_their_results(counselor_client, group):
    ana = finish_as_member(group, "Ana", ANA, MARCH_1)
    finish_as_member(group, "Ben", BEN, MARCH_2)
    join(Client(), group, "Cleo")
    page = counselor_client.get(f"/groups/{group.pk}/")
    assert page.status_code == 200
    assert "3 joined, 2 finished." in text(page)
    today = timezone.localdate()
    joined = f"{today:%b} {today.day}, {today.year}"
    assert rows(page, "members") == [
        f"Ana {joined} Quick interest quiz Mar 1, 2026 ECS Persuading, Organizing and Helping "
        "Result of Ana Remove Ana",
        f"Ben {joined} Quick interest quiz Mar 2, 2026 RIA Building, Thinking and Creating "
        "Result of Ben Remove Ben",
        f"Cleo {joined} Quick interest quiz In progress (0 answers so far) Remove Cleo",
    ]
    assert f'href="{ana.get_absolute_url()}"' in page.content.decode()


def test_the_group_profile_shows_mean_scores_and_first_letters(counselor_client, group):
    finish_as_member(group, "Ana", ANA, MARCH_1)
    finish_as_member(group, "Ben", BEN, MARCH_2)
    page = counselor_client.get(f"/groups/{group.pk}/")
    assert "Over the 2 finished results, from March 1, 2026 to March 2, 2026." in text(page)
    assert rows(page, "group-profile") == [
        "Building (Realistic) 63%",
        "Thinking (Investigative) 38%",
        "Creating (Artistic) 25%",
        "Helping (Social) 38%",
        "Persuading (Enterprising) 50%",
        "Organizing (Conventional) 38%",
    ]
    assert rows(page, "first-letters") == [
        "R: Building 1 of 2",
        "I: Thinking 0 of 2",
        "A: Creating 0 of 2",
        "S: Helping 0 of 2",
        "E: Persuading 1 of 2",
        "C: Organizing 0 of 2",
    ]


def test_an_empty_group_says_what_will_appear(counselor_client, group):
    page = counselor_client.get(f"/groups/{group.pk}/")
    assert "Nobody has joined yet." in text(page)
    assert "The group profile appears once a member finishes the quiz." in text(page)


def test_the_group_list_counts_members_and_finished_results(counselor_client, group):
    finish_as_member(group, "Ana", ANA, MARCH_1)
    join(Client(), group, "Cleo")
    CounselorGroup.objects.filter(pk=group.pk).update(closes_on=date(2026, 1, 31))
    assert rows(counselor_client.get("/groups/"), "table") == [
        f"Year 11, Ms Lee {group.display_code} 2 1 closed after Jan 31, 2026 "
        f"{group.created_at:%b} {group.created_at.day}, {group.created_at.year}"
    ]


def test_group_pages_take_the_same_number_of_queries_for_many_members(
    counselor_client, group, django_assert_max_num_queries
):
    def queries(path: str) -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert counselor_client.get(path).status_code == 200
        return len(captured)

    finish_as_member(group, "Ana", ANA, MARCH_1)
    paths = [f"/groups/{group.pk}/", "/groups/"]
    paths += [f"/groups/{group.pk}/results.{ext}" for ext in ("csv", "xlsx")]
    paths += [f"/groups/{group.pk}/summary.pdf"]
    few = {path: queries(path) for path in paths}
    for n in range(12):
        finish_as_member(group, f"Member {n}", BEN, MARCH_2)
        join(Client(), group, f"Starter {n}")
    for path in paths:
        with django_assert_max_num_queries(few[path]):
            assert counselor_client.get(path).status_code == 200
    assert few[f"/groups/{group.pk}/"] <= 8


def test_a_counselor_renames_a_group_and_sets_its_closing_day(counselor_client, group):
    closes = timezone.localdate() + timedelta(days=3)
    page = counselor_client.get(f"/groups/{group.pk}/edit/")
    assert page.context["form"].initial == {"name": "Year 11, Ms Lee", "closes_on": None}
    response = counselor_client.post(
        f"/groups/{group.pk}/edit/", {"name": "Year 12", "closes_on": closes.isoformat()}
    )
    assert response.status_code == 302 and response.url == f"/groups/{group.pk}/"
    changed = CounselorGroup.objects.get()
    assert (changed.name, changed.closes_on, changed.join_code) == (
        "Year 12",
        closes,
        group.join_code,
    )


def test_a_past_closing_day_may_stay_when_only_the_name_changes(counselor_client, group):
    CounselorGroup.objects.filter(pk=group.pk).update(closes_on=date(2026, 1, 31))
    response = counselor_client.post(
        f"/groups/{group.pk}/edit/", {"name": "Year 12", "closes_on": "2026-01-31"}
    )
    assert response.status_code == 302
    moved = counselor_client.post(
        f"/groups/{group.pk}/edit/", {"name": "Year 12", "closes_on": "2026-01-30"}
    )
    assert moved.context["form"].errors["closes_on"] == ["Choose today or a later day."]


def test_deleting_a_group_asks_first_and_keeps_the_members_results(counselor_client, group):
    ana = finish_as_member(group, "Ana", ANA, MARCH_1)
    page = counselor_client.get(f"/groups/{group.pk}/delete/")
    assert "Members' own results are not deleted" in text(page)
    assert CounselorGroup.objects.exists()
    response = counselor_client.post(f"/groups/{group.pk}/delete/")
    assert response.status_code == 302 and response.url == "/groups/"
    assert not CounselorGroup.objects.exists()
    assert Client().get(ana.get_absolute_url()).status_code == 200
    assert Client().get(group.join_path).status_code == 404


@pytest.mark.parametrize("action", ["edit", "delete"])
def test_another_counselor_can_neither_change_nor_delete_a_group(action, group, other_counselor):
    from tests.counselors.conftest import client_for

    client = client_for(other_counselor)
    assert client.get(f"/groups/{group.pk}/{action}/").status_code == 404
    assert client.post(f"/groups/{group.pk}/{action}/", {"name": "Mine"}).status_code == 404
    assert CounselorGroup.objects.get().name == "Year 11, Ms Lee"


def test_purging_old_results_removes_their_members_too(group):
    from quiz.services import results_purge

    finish_as_member(group, "Ana", ANA, MARCH_1)
    assert results_purge(older_than_days=1) == (1, 0)
    assert not group.memberships.exists()


def test_a_counselor_removes_a_member_who_keeps_their_result(counselor_client, group):
    ana = finish_as_member(group, "Ana", ANA, MARCH_1)
    path = f"/groups/{group.pk}/members/{ana.membership.pk}/remove/"
    page = counselor_client.get(path)
    assert "<h1>Remove Ana from “Year 11, Ms Lee”?</h1>" in page.content.decode()
    assert group.memberships.count() == 1
    response = counselor_client.post(path)
    assert response.status_code == 302 and response.url == f"/groups/{group.pk}/"
    assert not group.memberships.exists()
    assert Client().get(ana.get_absolute_url()).status_code == 200
    assert join(Client(), group, "Ana").status_code == 302


def test_members_are_removed_only_by_their_groups_counselor(counselor, group, other_counselor):
    from counselors.services import group_create
    from tests.counselors.conftest import client_for

    join(Client(), group, "Ana")
    membership = group.memberships.get()
    other_group = group_create(owner=other_counselor, name="Other", closes_on=None)
    for path in (
        f"/groups/{group.pk}/members/{membership.pk}/remove/",
        f"/groups/{other_group.pk}/members/{membership.pk}/remove/",
    ):
        assert client_for(other_counselor).post(path).status_code == 404
    wrong_group = f"/groups/{other_group.pk}/members/{membership.pk}/remove/"
    assert client_for(counselor).post(wrong_group).status_code == 404
    assert group.memberships.count() == 1
