"""Reads of the counselor area."""

from dataclasses import dataclass, replace
from datetime import datetime

from django.db.models import Count, Q, QuerySet

from counselors.models import CounselorGroup, Membership
from counselors.profile import GroupProfile, group_profile
from occupations.formatting import join_words
from occupations.models import InterestArea
from quiz.scoring import Scores


@dataclass(frozen=True)
class MemberRow:
    pk: int
    nickname: str
    joined_at: datetime
    form: str
    finished_at: datetime | None
    answered: int
    code: str
    top_areas: str
    percents: dict[str, float]
    result_path: str


def groups_for(user) -> QuerySet[CounselorGroup]:
    return (
        CounselorGroup.objects.visible_to(user)
        .select_related("owner")
        .annotate(
            member_count=Count("memberships"),
            finished_count=Count(
                "memberships", filter=Q(memberships__attempt__finished_at__isnull=False)
            ),
        )
    )


def member_rows(group: CounselorGroup, areas: list[InterestArea]) -> list[MemberRow]:
    """Every member, in the order they joined, with their result if they finished."""
    names = {area.letter: area.friendly_name_i18n for area in areas}
    memberships = (
        Membership.objects.filter(group=group)
        .select_related("attempt__questionnaire")
        .annotate(answered=Count("attempt__answers"))
        .order_by("joined_at", "id")
    )
    return [_row(membership, names) for membership in memberships]


def _row(membership: Membership, names: dict[str, str]) -> MemberRow:
    attempt = membership.attempt
    row = MemberRow(
        pk=membership.pk,
        nickname=membership.nickname,
        joined_at=membership.joined_at,
        form=attempt.questionnaire.title_i18n,
        finished_at=attempt.finished_at,
        answered=membership.answered,
        code="",
        top_areas="",
        percents={},
        result_path="",
    )
    if not attempt.is_finished:
        return row
    return replace(
        row,
        code=attempt.code,
        top_areas=join_words([names[letter] for letter in attempt.code]),
        percents=Scores(raw=attempt.raw_scores, maximum=attempt.max_scores).percents,
        result_path=attempt.get_absolute_url(),
    )


def finished_period(rows: list[MemberRow]) -> tuple[datetime, datetime] | None:
    """When the first and the last of the finished results were finished."""
    moments = [row.finished_at for row in rows if row.finished_at]
    return (min(moments), max(moments)) if moments else None


def profile_of(rows: list[MemberRow]) -> GroupProfile:
    return group_profile((row.percents, row.code) for row in rows if row.code)


@dataclass(frozen=True)
class AreaSummary:
    area: InterestArea
    mean_percent: float
    first_count: int


def area_summaries(profile: GroupProfile, areas: list[InterestArea]) -> list[AreaSummary]:
    return [
        AreaSummary(
            area=area,
            mean_percent=profile.mean_percents[area.letter],
            first_count=profile.first_letters[area.letter],
        )
        for area in areas
    ]
