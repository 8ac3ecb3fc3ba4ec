"""Writes made through the API, composed from the quiz's own services."""

from collections.abc import Mapping

from django.db import transaction
from django.utils.translation import get_language

from quiz.models import Attempt, Item, Questionnaire
from quiz.services import attempt_finish, attempt_save_page, attempt_start


@transaction.atomic
def result_create(
    *, questionnaire: Questionnaire, answers: Mapping[Item, int], items: list[Item]
) -> Attempt:
    """A finished result from a complete set of answers, exactly as the quiz pages make one,
    in the language the request asked for (the wording kept and the result's language)."""
    attempt = attempt_start(questionnaire=questionnaire, language=get_language())
    attempt_save_page(attempt=attempt, answers=answers)
    return attempt_finish(attempt=attempt, items=items)
