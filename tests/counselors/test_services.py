"""The join service under a race: another request commits between the checks and the insert."""

import uuid

import pytest

from counselors import services
from counselors.models import Membership
from quiz.models import Attempt, Questionnaire
from quiz.services import attempt_start

pytestmark = pytest.mark.django_db


def racing(monkeypatch, *, group, nickname: str, join_key: uuid.UUID):
    """A competing request that joins right after this one's checks, as if it won the race."""
    quick = Questionnaire.objects.get(slug="quick")
    check = services.nickname_taken

    def taken_after_competitor(**kwargs):
        taken = check(**kwargs)
        Membership.objects.create(
            group=group,
            attempt=attempt_start(questionnaire=quick),
            nickname=nickname,
            join_key=join_key,
        )
        return taken

    monkeypatch.setattr(services, "nickname_taken", taken_after_competitor)
    return quick


def test_the_same_form_sent_twice_at_once_joins_once(monkeypatch, group):
    key = uuid.uuid4()
    quick = racing(monkeypatch, group=group, nickname="Ana", join_key=key)
    membership = services.group_join(group=group, nickname="Ana", questionnaire=quick, join_key=key)
    assert membership == Membership.objects.get()
    assert Attempt.objects.count() == 1


def test_two_people_taking_one_nickname_at_once_get_nickname_taken(monkeypatch, group):
    quick = racing(monkeypatch, group=group, nickname="ana", join_key=uuid.uuid4())
    with pytest.raises(services.NicknameTaken):
        services.group_join(group=group, nickname="Ana", questionnaire=quick, join_key=uuid.uuid4())
    # No attempt is left behind without a member (here the competitor rolls back with us).
    assert Attempt.objects.count() == Membership.objects.count()


def test_the_same_nickname_may_be_used_in_another_group(group, counselor):
    other = services.group_create(owner=counselor, name="Other", closes_on=None)
    quick = Questionnaire.objects.get(slug="quick")
    for each in (group, other):
        services.group_join(group=each, nickname="Ana", questionnaire=quick, join_key=uuid.uuid4())
    assert Membership.objects.count() == 2


def test_a_new_group_never_reuses_a_code_in_use(monkeypatch, group, counselor):
    from counselors import codes

    fresh = "ABCDEFGH" if group.join_code != "ABCDEFGH" else "HGFEDCBA"
    offered = iter([group.join_code, group.join_code, fresh])
    monkeypatch.setattr(codes, "new_code", lambda: next(offered))
    made = services.group_create(owner=counselor, name="Second", closes_on=None)
    assert made.join_code == fresh
    monkeypatch.setattr(codes, "new_code", lambda: fresh)
    with pytest.raises(RuntimeError, match="no free join code after 5 tries"):
        services.group_create(owner=counselor, name="Third", closes_on=None)
