"""Writes of the counselor area: creating groups and joining them."""

import uuid
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction

from counselors import codes
from counselors.models import CounselorGroup, Membership
from quiz.models import Questionnaire
from quiz.services import attempt_start

CODE_TRIES = 5


class NicknameTaken(Exception):
    pass


class GroupClosed(Exception):
    pass


@transaction.atomic
def group_create(*, owner: AbstractBaseUser, name: str, closes_on: date | None) -> CounselorGroup:
    for _ in range(CODE_TRIES):
        try:
            # A savepoint per try: a code already in use fails only this insert.
            with transaction.atomic():
                return CounselorGroup.objects.create(
                    owner=owner, name=name, closes_on=closes_on, join_code=codes.new_code()
                )
        except IntegrityError:
            continue
    raise RuntimeError(f"no free join code after {CODE_TRIES} tries")


@transaction.atomic
def group_update(*, group: CounselorGroup, name: str, closes_on: date | None) -> CounselorGroup:
    group.name = name
    group.closes_on = closes_on
    group.save(update_fields=["name", "closes_on"])
    return group


@transaction.atomic
def group_delete(*, group: CounselorGroup) -> None:
    """Delete the group and its list of members; the members' results stay theirs."""
    group.delete()


@transaction.atomic
def membership_remove(*, membership: Membership) -> None:
    """Take a member off the group's list; their result stays theirs."""
    membership.delete()


def _joined_with(*, group: CounselorGroup, join_key: uuid.UUID) -> Membership | None:
    return (
        Membership.objects.select_related("attempt").filter(group=group, join_key=join_key).first()
    )


def nickname_taken(*, group: CounselorGroup, nickname: str) -> bool:
    return group.memberships.filter(nickname__iexact=nickname).exists()


@transaction.atomic
def group_join(
    *, group: CounselorGroup, nickname: str, questionnaire: Questionnaire, join_key: uuid.UUID
) -> Membership:
    """Start a quiz attempt for a new member, once per join form however often it is sent."""
    existing = _joined_with(group=group, join_key=join_key)
    if existing is not None:
        return existing
    if group.is_closed:
        raise GroupClosed
    if nickname_taken(group=group, nickname=nickname):
        raise NicknameTaken
    try:
        with transaction.atomic():
            attempt = attempt_start(questionnaire=questionnaire)
            return Membership.objects.create(
                group=group, attempt=attempt, nickname=nickname, join_key=join_key
            )
    except IntegrityError:
        # Another request got there first: the same form sent twice, or the same nickname.
        existing = _joined_with(group=group, join_key=join_key)
        if existing is None:
            raise NicknameTaken from None
        return existing
