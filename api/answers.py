"""Checking a posted set of answers against a questionnaire's active items."""

from collections.abc import Mapping

from api.errors import bad_fields
from quiz.models import Item


def read_answers(items: list[Item], answers: Mapping[str, int]) -> dict[Item, int]:
    """Answers by item; raises a 400 naming every unknown and every unanswered item."""
    by_key = {str(item.pk): item for item in items}
    errors = [
        {"field": f"answers.{key}", "message": "Not an active item of this questionnaire."}
        for key in answers
        if key not in by_key
    ]
    errors += [
        {"field": f"answers.{key}", "message": "Not answered: every item needs a value 0-4."}
        for key in by_key
        if key not in answers
    ]
    if errors:
        raise bad_fields(errors)
    return {by_key[key]: value for key, value in answers.items()}
