"""The counselor area in a real browser: the issue's "Done when" for groups, and axe checks."""

import csv
import re

import pytest
from django.contrib.auth.models import Group, Permission, User

from counselors.models import CounselorGroup
from counselors.services import group_create
from tests.browser.conftest import (
    assert_accessible,
    finished_result,
    group_names,
    item_letters,
    screenshot,
)
from tests.browser.test_quiz import click_answers

pytestmark = pytest.mark.browser
PASSWORD = "a long counselor password"
RESULT_URL = re.compile(r".*/results/[0-9a-f-]{36}/$")


def make_counselor(username: str) -> User:
    # A live-server test flushes the database afterwards, data migrations' rows included.
    group, _ = Group.objects.get_or_create(name="Counselors")
    group.permissions.add(Permission.objects.get(codename="run_groups"))
    user = User.objects.create_user(username, password=PASSWORD)
    user.groups.add(group)
    return user


def sign_in(page, site: str, username: str, path: str = "/groups/") -> None:
    page.goto(site + path)
    page.wait_for_url(re.compile(r".*/accounts/login/\?next=.*"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(site + path)


def take_quick_quiz(page, site: str, by_area: dict[str, int]) -> None:
    letters = item_letters()
    for number in range(1, 4):
        click_answers(page, {name: by_area[letters[name]] for name in group_names(page)})
        page.get_by_role(
            "button", name="See my results" if number == 3 else "Next", exact=True
        ).click()
        if number < 3:
            page.wait_for_url(f"{site}/quiz/page/{number + 1}/")
    page.wait_for_url(RESULT_URL)


def test_a_counselor_runs_a_group_that_a_job_seeker_joins(new_page, site):
    make_counselor("lee")
    make_counselor("kim")
    counselor = new_page()
    sign_in(counselor, site, "lee")
    counselor.get_by_role("link", name="New group").click()
    counselor.get_by_label("Name").fill("Year 11, Ms Lee")
    counselor.get_by_role("button", name="Create the group").click()
    group = CounselorGroup.objects.get()
    counselor.wait_for_url(f"{site}/groups/{group.pk}/")
    code = counselor.locator(".join-code code").inner_text()
    assert code == group.display_code
    assert counselor.locator("#join-url").input_value() == f"{site}/join/{code}/"

    seeker = new_page()
    seeker.goto(f"{site}/join/")
    seeker.get_by_label("Group code").fill(code.lower().replace("-", " "))
    seeker.get_by_role("button", name="Continue").click()
    seeker.wait_for_url(f"{site}/join/{code}/")
    assert "Your counselor will see your results under this nickname" in seeker.content()
    seeker.get_by_label("Nickname").fill("Sam K")
    seeker.get_by_label("Quick interest quiz (30 activities, about 5 minutes)").check()
    seeker.get_by_role("button", name="Start the quiz").click()
    seeker.wait_for_url(f"{site}/quiz/page/1/")
    take_quick_quiz(seeker, site, {"R": 1, "I": 0, "A": 0, "S": 2, "E": 4, "C": 3})
    assert seeker.locator(".code-letters").inner_text() == "ECS"
    result_url = seeker.url

    counselor.reload()
    screenshot(counselor, "counselor-group-page-with-a-member")
    row = counselor.locator("table.members tbody tr").first
    assert re.sub(r"\s+", " ", row.inner_text()).startswith("Sam K ")
    assert row.locator(".member-code").inner_text() == "ECS"
    assert row.get_by_role("link", name="Result of Sam K").get_attribute(
        "href"
    ) == result_url.removeprefix(site)
    with counselor.expect_download() as download:
        counselor.get_by_role("link", name="CSV").click()
    assert download.value.suggested_filename == "year-11-ms-lee-results.csv"
    with open(download.value.path(), encoding="utf-8") as file:
        table = list(csv.reader(file))
    assert [(row[0], row[3], row[5], row[-1]) for row in table[1:]] == [
        ("Sam K", "Finished", "ECS", result_url)
    ]

    other = new_page()
    sign_in(other, site, "kim")
    assert other.goto(f"{site}/groups/{group.pk}/").status == 404
    assert other.goto(f"{site}/groups/{group.pk}/results.csv").status == 404
    assert "Year 11" not in other.goto(f"{site}/groups/").text()

    # The job seeker's own link opens without signing in, in yet another browser.
    assert new_page().goto(result_url).status == 200


PAGES = [
    "sign-in",
    "group list",
    "new group with errors",
    "group page",
    "delete group",
    "remove member",
    "join code",
    "unknown code",
    "join",
    "quiz page after joining",
]


def open_named_page(page, site: str, name: str) -> None:
    if name == "sign-in":
        page.goto(f"{site}/accounts/login/?next=/groups/")
        return
    if name in ("join code", "unknown code", "join", "quiz page after joining"):
        group = group_create(owner=make_counselor("lee"), name="Job club", closes_on=None)
        path = {"join code": "/join/", "unknown code": "/join/ABCD-EFGH/"}
        page.goto(site + path.get(name, group.join_path))
        if name == "quiz page after joining":
            page.get_by_label("Nickname").fill("Sam")
            page.get_by_label("Quick interest quiz (30 activities, about 5 minutes)").check()
            page.get_by_role("button", name="Start the quiz").click()
            page.wait_for_url(f"{site}/quiz/page/1/")
        elif name == "join":
            page.get_by_role("button", name="Start the quiz").click()
            page.locator(".invalid-feedback").first.wait_for()
        return
    lee = make_counselor("lee")
    group = group_create(owner=lee, name="Year 11, Ms Lee", closes_on=None)
    sign_in(page, site, "lee")
    if name == "new group with errors":
        page.goto(f"{site}/groups/new/")
        page.get_by_role("button", name="Create the group").click()
        page.locator(".invalid-feedback").first.wait_for()
    elif name == "delete group":
        page.goto(f"{site}/groups/{group.pk}/delete/")
    elif name == "remove member":
        from counselors.models import Membership

        attempt = finished_result("quick", dict.fromkeys("RIASEC", 2))
        member = Membership.objects.create(group=group, attempt=attempt, nickname="Ana")
        page.goto(f"{site}/groups/{group.pk}/members/{member.pk}/remove/")
    elif name == "group page":
        from counselors.models import Membership
        from quiz.services import attempt_start

        for nickname, values in (
            ("Ana", {"R": 1, "I": 0, "A": 0, "S": 2, "E": 4, "C": 3}),
            ("Ben", dict.fromkeys("RIASEC", 2)),
        ):
            attempt = finished_result("quick", values)
            Membership.objects.create(group=group, attempt=attempt, nickname=nickname)
        Membership.objects.create(
            group=group, attempt=attempt_start(questionnaire=attempt.questionnaire), nickname="Cleo"
        )
        page.goto(site + group.get_absolute_url())


@pytest.mark.parametrize("name", PAGES)
def test_counselor_pages_have_one_h1_and_no_serious_axe_violations(page, site, name):
    open_named_page(page, site, name)
    assert page.locator("h1").count() == 1
    assert_accessible(page, f"axe-counselors-{name}")


def test_the_group_page_never_scrolls_sideways_on_a_phone(new_page, site):
    phone = new_page(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    open_named_page(phone, site, "group page")
    screenshot(phone, "phone-counselor-group-page")
    assert phone.evaluate("document.documentElement.scrollWidth") == 375
