"""Writes of the quiz flow: starting, saving pages of answers, finishing, discarding."""

from collections.abc import Mapping
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from quiz.models import Answer, Attempt, Item, Questionnaire
from quiz.scoring import holland_code, score_answers


class NoActiveItems(Exception):
    """The questionnaire asks nothing now: scoring it would give a meaningless all-zero result."""


class IncompleteAttempt(Exception):
    def __init__(self, missing: list[int]) -> None:
        super().__init__(f"{len(missing)} activities are not answered yet")
        self.missing = missing


@transaction.atomic
def attempt_start(*, questionnaire: Questionnaire) -> Attempt:
    return Attempt.objects.create(questionnaire=questionnaire)


@transaction.atomic
def attempt_save_page(*, attempt: Attempt, answers: Mapping[Item, int]) -> None:
    """Store answers, keeping a copy of each item's wording and area as asked."""
    if attempt.is_finished or not answers:
        return
    Answer.objects.bulk_create(
        [
            Answer(
                attempt=attempt,
                item_id=item.pk,
                position=item.order,
                item_text=item.text,
                area_letter=item.area_letter,
                value=value,
            )
            for item, value in answers.items()
        ],
        update_conflicts=True,
        unique_fields=["attempt", "item"],
        update_fields=["value", "item_text", "area_letter", "position"],
    )
    Attempt.objects.filter(pk=attempt.pk).update(updated_at=timezone.now())


@transaction.atomic
def attempt_finish(*, attempt: Attempt, items: list[Item]) -> Attempt:
    """Score a fully answered attempt and freeze it as a permanent result."""
    locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if locked.is_finished:
        return locked
    if not items:
        raise NoActiveItems(f"{locked.questionnaire} has no active items")
    item_ids = [item.pk for item in items]
    answers = list(locked.answers.filter(item__in=item_ids))
    answered = {answer.item_id for answer in answers}
    missing = [item.pk for item in items if item.pk not in answered]
    if missing:
        raise IncompleteAttempt(missing)
    # Answers to items made inactive since they were given do not count.
    locked.answers.exclude(item__in=item_ids).delete()
    scores = score_answers((answer.area_letter, answer.value) for answer in answers)
    locked.raw_scores = dict(scores.raw)
    locked.max_scores = dict(scores.maximum)
    locked.code = holland_code(scores.percents).letters
    locked.finished_at = timezone.now()
    locked.save(update_fields=["raw_scores", "max_scores", "code", "finished_at", "updated_at"])
    return locked


@transaction.atomic
def attempt_discard(*, attempt: Attempt) -> None:
    if not attempt.is_finished:
        attempt.delete()


@transaction.atomic
def results_purge(*, older_than_days: int) -> tuple[int, int]:
    """Delete results finished, and unfinished attempts last touched, before the cut-off."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    finished = Attempt.objects.finished().filter(finished_at__lt=cutoff)
    unfinished = Attempt.objects.in_progress().filter(updated_at__lt=cutoff)
    finished_count, unfinished_count = finished.count(), unfinished.count()
    finished.delete()
    unfinished.delete()
    return finished_count, unfinished_count
