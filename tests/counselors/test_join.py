import uuid
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from counselors.models import CounselorGroup, Membership
from quiz.models import Attempt
from quiz.selectors import SESSION_KEY
from tests.counselors.conftest import MARCH_1, finish_as_member, join

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return " ".join(response.content.decode().split())


def test_join_page_asks_for_a_nickname_only_and_says_who_sees_the_results(client, group):
    page = client.get(group.join_path)
    html = text(page)
    assert page.status_code == 200
    assert "<h1>Join “Year 11, Ms Lee”</h1>" in html
    assert "Your counselor will see your results under this nickname" in html
    assert "You don't need to give your name or e-mail address" in html
    fields = set(page.context["form"].fields)
    assert fields == {"nickname", "questionnaire", "join_key"}
    choices = [label for _, label in page.context["form"].fields["questionnaire"].choices]
    assert choices == [
        "Full interest quiz (60 activities, about 10 minutes)",
        "Quick interest quiz (30 activities, about 5 minutes)",
    ]


def test_joining_starts_the_chosen_quiz_under_the_nickname(client, group):
    response = join(client, group, "  Sam   K ")
    assert response.status_code == 302 and response.url == "/quiz/page/1/"
    membership = Membership.objects.get()
    assert (membership.group, membership.nickname) == (group, "Sam K")
    assert membership.attempt.questionnaire.slug == "quick"
    assert client.session[SESSION_KEY] == str(membership.attempt.token)
    page = client.get("/quiz/page/1/")
    assert (
        "You joined “Year 11, Ms Lee” as Sam K. Your counselor will see your result when you "
        "finish." in text(page)
    )
    assert "Quick interest quiz" in page.content.decode()
    assert "0 of 30 answered" in page.content.decode()


def test_sending_the_join_form_twice_joins_once(client, group):
    page = client.get(group.join_path)
    key = page.context["form"].initial["join_key"]
    data = {"nickname": "Ana", "questionnaire": "quick", "join_key": key}
    first = client.post(group.join_path, data)
    second = client.post(group.join_path, data)
    assert first.status_code == second.status_code == 302
    assert second.url == "/quiz/page/1/"
    assert Membership.objects.count() == 1 and Attempt.objects.count() == 1
    assert client.session[SESSION_KEY] == str(Membership.objects.get().attempt.token)


def test_a_resent_form_after_finishing_leads_to_the_result(group):
    attempt = finish_as_member(group, "Ana", dict.fromkeys("RIASEC", 2), MARCH_1)
    membership = attempt.membership
    response = Client().post(
        group.join_path,
        {"nickname": "Ana", "questionnaire": "quick", "join_key": membership.join_key},
    )
    assert response.status_code == 302 and response.url == attempt.get_absolute_url()
    assert Attempt.objects.count() == 1


def test_a_nickname_is_taken_once_per_group_in_any_case(group):
    assert join(Client(), group, "Sam").status_code == 302
    response = join(Client(), group, "SAM")
    assert response.status_code == 200
    assert response.context["form"].errors["nickname"] == [
        "Someone in this group already uses “SAM”. Add an initial or a number, "
        "for example “Sam K” or “Sam 2”."
    ]
    assert Membership.objects.count() == 1 and Attempt.objects.count() == 1


@pytest.mark.parametrize(
    ("nickname", "error"),
    [
        ("", "Choose a nickname."),
        (
            "=HYPERLINK(1)",
            "Use letters, digits and spaces (and . ' - if you like), "
            "starting with a letter or digit.",
        ),
        ("x" * 41, "Ensure this value has at most 40 characters (it has 41)."),
    ],
)
def test_bad_nicknames_get_a_form_error(client, group, nickname, error):
    response = join(client, group, nickname)
    assert response.status_code == 200
    assert response.context["form"].errors["nickname"] == [error]
    assert not Membership.objects.exists()


def test_names_in_any_alphabet_are_fine(client, group):
    assert join(client, group, "Zoë O'Neil-Ünal").status_code == 302
    assert Membership.objects.get().nickname == "Zoë O'Neil-Ünal"


def test_a_missing_or_unknown_form_gets_a_form_error(client, group):
    page = client.get(group.join_path)
    key = page.context["form"].initial["join_key"]
    response = client.post(
        group.join_path, {"nickname": "Ana", "questionnaire": "nope", "join_key": key}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["questionnaire"] == [
        "Choose the full or the quick quiz."
    ]
    assert not Attempt.objects.exists()


def test_joining_replaces_an_unfinished_quiz_of_this_browser(client, group):
    client.post("/quiz/", {"questionnaire": "full"})
    solo = Attempt.objects.get()
    join(client, group, "Ana")
    assert not Attempt.objects.filter(pk=solo.pk).exists()
    assert client.session[SESSION_KEY] == str(Membership.objects.get().attempt.token)


def test_a_typed_code_in_any_case_and_spacing_leads_to_the_join_page(client, group):
    typed = f" {group.join_code[:4].lower()} {group.join_code[4:]} "
    response = client.get("/join/", {"code": typed})
    assert response.status_code == 302
    assert response.url == f"/join/{group.display_code}/"
    assert client.get(f"/join/{group.join_code.lower()}/").status_code == 200


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        (
            "ABC",
            "A group code has eight letters and digits, like ABCD-EFGH. "
            "Check the code and type it again.",
        ),
        ("", "Type the code your counselor gave you."),
    ],
)
def test_a_typed_code_that_cannot_be_one_gets_a_form_error(client, group, typed, error):
    response = client.get("/join/", {"code": typed})
    assert response.status_code == 200
    assert response.context["form"].errors["code"] == [error]


def test_an_unknown_code_says_so_with_a_404(client, group):
    unknown = "ABCD-EFGH" if group.join_code != "ABCDEFGH" else "HGFE-DCBA"
    response = client.get(f"/join/{unknown}/")
    assert response.status_code == 404
    assert "<h1>No group has this code</h1>" in text(response)
    assert f"We found no group with the code “{unknown}”" in text(response)
    assert client.post(f"/join/{unknown}/", {"nickname": "Ana"}).status_code == 404
    assert client.get("/join/%3Cscript%3E/").status_code == 404
    assert not Attempt.objects.exists()


def test_a_closed_group_says_so_with_a_410(client, group):
    yesterday = timezone.localdate() - timedelta(days=1)
    CounselorGroup.objects.filter(pk=group.pk).update(closes_on=yesterday)
    response = client.get(group.join_path)
    assert response.status_code == 410
    assert "<h1>This group is closed</h1>" in text(response)
    assert (
        f"stopped taking new members after {yesterday:%B} {yesterday.day}, {yesterday.year}"
        in text(response)
    )
    posted = client.post(
        group.join_path, {"nickname": "Ana", "questionnaire": "quick", "join_key": uuid.uuid4()}
    )
    assert posted.status_code == 410
    assert not Attempt.objects.exists()


def test_a_group_closing_today_still_takes_members(client, group):
    CounselorGroup.objects.filter(pk=group.pk).update(closes_on=timezone.localdate())
    group.refresh_from_db()
    assert join(client, group, "Ana").status_code == 302


def test_the_members_own_result_link_works_without_signing_in(group):
    attempt = finish_as_member(
        group, "Ana", {"R": 1, "I": 0, "A": 0, "S": 2, "E": 4, "C": 3}, MARCH_1
    )
    assert attempt.code == "ECS"
    response = Client().get(attempt.get_absolute_url())
    assert response.status_code == 200
    assert '<span class="code-letters">ECS</span>' in response.content.decode()
