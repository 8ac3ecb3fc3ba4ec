"""Writes of the quiz flow: starting, saving pages of answers, finishing, discarding."""

from collections.abc import Mapping
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from occupations.services import catalogue_written
from quiz.models import Answer, Attempt, Item, Questionnaire
from quiz.norms import NORMS_MINIMUM, norm_table, table_size
from quiz.scoring import holland_code, score_answers


class NoActiveItems(Exception):
    """The questionnaire asks nothing now: scoring it would give a meaningless all-zero result."""


class TooFewResults(Exception):
    def __init__(self, count: int) -> None:
        super().__init__(f"{count} finished results; site norms need at least {NORMS_MINIMUM}")
        self.count = count


class IncompleteAttempt(Exception):
    def __init__(self, missing: list[int]) -> None:
        super().__init__(f"{len(missing)} activities are not answered yet")
        self.missing = missing


@transaction.atomic
def attempt_start(*, questionnaire: Questionnaire, language: str = "en") -> Attempt:
    return Attempt.objects.create(questionnaire=questionnaire, language=language)


class AttemptGone(Exception):
    """The attempt was discarded (Start over in another tab) while this request was on its way."""


def _locked(attempt: Attempt) -> Attempt:
    """The attempt's row, locked until the transaction ends; AttemptGone if it was deleted.

    Every write to an attempt and its answers goes through this lock, so "Start over", "Next"
    and "See my results" from two tabs run one after the other, each on the current state.
    """
    locked = Attempt.objects.select_for_update().filter(pk=attempt.pk).first()
    if locked is None:
        raise AttemptGone(attempt.pk)
    return locked


@transaction.atomic
def attempt_save_page(
    *, attempt: Attempt, answers: Mapping[Item, int], language: str | None = None
) -> Attempt:
    """Store answers, keeping a copy of each item's wording (in the active language, the one
    the page was shown in) and area as asked; ``language`` becomes the attempt's language.

    Returns the attempt as stored: when another tab finished it meanwhile, nothing is written,
    so a result's answers can never change after its scores were computed.
    """
    locked = _locked(attempt)
    if locked.is_finished or not answers:
        return locked
    Answer.objects.bulk_create(
        [
            Answer(
                attempt=locked,
                item_id=item.pk,
                position=item.order,
                item_text=item.text_i18n,
                area_letter=item.area_letter,
                value=value,
            )
            for item, value in answers.items()
        ],
        update_conflicts=True,
        unique_fields=["attempt", "item"],
        update_fields=["value", "item_text", "area_letter", "position"],
    )
    changes = {"updated_at": timezone.now()}
    if language:
        changes["language"] = locked.language = language
    Attempt.objects.filter(pk=locked.pk).update(**changes)
    return locked


@transaction.atomic
def attempt_finish(*, attempt: Attempt, items: list[Item], language: str | None = None) -> Attempt:
    """Score a fully answered attempt and freeze it as a permanent result, in ``language``
    (the one it was finished in) when given.

    Idempotent: a second finish (double tap, second tab) returns the stored result unchanged.
    Scores come from the answers as stored, read under the attempt's lock.
    """
    locked = _locked(attempt)
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
    locked.language = language or locked.language
    locked.save(
        update_fields=["raw_scores", "max_scores", "code", "finished_at", "updated_at", "language"]
    )
    return locked


@transaction.atomic
def attempt_discard(*, attempt: Attempt) -> None:
    """Delete an unfinished attempt; a finished one (finished in another tab) is kept."""
    try:
        locked = _locked(attempt)
    except AttemptGone:
        return
    if not locked.is_finished:
        locked.delete()


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


@transaction.atomic
def questionnaire_save(*, questionnaire: Questionnaire) -> None:
    """Save staff's edits; cached results pages retire, since they may show its norms."""
    questionnaire.save()
    catalogue_written()


@transaction.atomic
def questionnaire_save_norms(*, questionnaire: Questionnaire) -> int:
    """Freeze the questionnaire's norms from its finished results; returns how many."""
    locked = Questionnaire.objects.select_for_update().get(pk=questionnaire.pk)
    rows = Attempt.objects.finished().filter(questionnaire=locked)
    table = norm_table(rows.values_list("raw_scores", "max_scores"))
    count = table_size(table)
    if count < NORMS_MINIMUM:
        raise TooFewResults(count)
    locked.norms, locked.norms_count, locked.norms_saved_at = table, count, timezone.now()
    locked.save(update_fields=["norms", "norms_count", "norms_saved_at"])
    catalogue_written()
    return count
