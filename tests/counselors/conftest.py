import re
from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from counselors.models import CounselorGroup, Membership
from counselors.services import group_create
from quiz.models import Attempt

PASSWORD = "a long counselor password"
JOIN_KEY = re.compile(r'name="join_key" value="([0-9a-f-]{36})"')


def make_counselor(username: str) -> User:
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Counselors"))
    return user


@pytest.fixture
def counselor(db) -> User:
    return make_counselor("lee")


@pytest.fixture
def other_counselor(db) -> User:
    return make_counselor("kim")


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def counselor_client(counselor) -> Client:
    return client_for(counselor)


@pytest.fixture
def group(counselor, default_data) -> CounselorGroup:
    return group_create(owner=counselor, name="Year 11, Ms Lee", closes_on=None)


def join(client: Client, group: CounselorGroup, nickname: str, slug: str = "quick"):
    """Open the group's join link and send the form as a browser would."""
    page = client.get(group.join_path)
    assert page.status_code == 200
    key = JOIN_KEY.search(page.content.decode()).group(1)
    return client.post(
        group.join_path, {"nickname": nickname, "questionnaire": slug, "join_key": key}
    )


def finish_as_member(
    group: CounselorGroup, nickname: str, values: dict[str, int], finished_at: datetime
) -> Attempt:
    """A member who joined and answered every item with their area's value, through the views."""
    from tests.quiz.conftest import item_names

    client = Client()
    assert join(client, group, nickname).status_code == 302
    attempt = Membership.objects.get(group=group, nickname=nickname).attempt
    letters = {f"item_{item.pk}": item.area.letter for item in attempt.questionnaire.items.all()}
    number = 1
    while True:
        page = client.get(f"/quiz/page/{number}/")
        last = "See my results" in page.content.decode()
        data = {name: str(values[letters[name]]) for name in item_names(page)}
        data["action"] = "finish" if last else "next"
        response = client.post(f"/quiz/page/{number}/", data)
        assert response.status_code == 302
        if last:
            break
        number += 1
    Attempt.objects.filter(pk=attempt.pk).update(finished_at=finished_at)
    attempt.refresh_from_db()
    return attempt


MARCH_1 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
MARCH_2 = datetime(2026, 3, 2, 14, 5, tzinfo=UTC)
