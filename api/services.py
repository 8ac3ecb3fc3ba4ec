"""Writes made through the API, composed from the quiz's own services."""

from collections.abc import Mapping

from django.db import transaction

from quiz.models import Attempt, Item, Questionnaire
from quiz.services import attempt_finish, attempt_save_page, attempt_start


@transaction.atomic
def result_create(
    *, questionnaire: Questionnaire, answers: Mapping[Item, int], items: list[Item]
) -> Attempt:
    """A finished result from a complete set of answers, exactly as the quiz pages make one."""
    attempt = attempt_start(questionnaire=questionnaire)
    attempt_save_page(attempt=attempt, answers=answers)
    return attempt_finish(attempt=attempt, items=items)
