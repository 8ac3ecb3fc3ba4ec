from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from quiz.models import Answer, Attempt, Questionnaire

pytestmark = pytest.mark.django_db


def make(questionnaire, *, finished_days_ago=None, touched_days_ago=0):
    attempt = Attempt.objects.create(questionnaire=questionnaire)
    now = timezone.now()
    Attempt.objects.filter(pk=attempt.pk).update(
        updated_at=now - timedelta(days=touched_days_ago),
        finished_at=None if finished_days_ago is None else now - timedelta(days=finished_days_ago),
        code="" if finished_days_ago is None else "RIA",
    )
    Answer.objects.create(attempt=attempt, position=1, item_text="x", area_letter="R", value=2)
    return attempt


def test_purge_deletes_old_results_and_stale_attempts_only(default_data, capsys):
    quick = Questionnaire.objects.get(slug="quick")
    old = make(quick, finished_days_ago=400, touched_days_ago=400)
    recent = make(quick, finished_days_ago=10, touched_days_ago=10)
    stale = make(quick, touched_days_ago=400)
    active = make(quick, touched_days_ago=1)
    call_command("purge_results", "--older-than", "365")
    remaining = set(Attempt.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, active.pk}
    assert not Answer.objects.filter(attempt__in=[old.pk, stale.pk]).exists()
    assert "Deleted 1 results and 1 unfinished attempts older than 365 days." in (
        capsys.readouterr().out
    )


def test_purge_refuses_nonsense_days(db):
    with pytest.raises(CommandError, match="at least 1"):
        call_command("purge_results", "--older-than", "0")
