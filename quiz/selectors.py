"""Reads of the quiz flow."""

import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django.db import router
from django.db.models import QuerySet
from django.http import HttpRequest

from careerquiz.prepared import PreparedQuery
from careerquiz.translation import Translated
from quiz.models import Answer, Attempt, Item, Questionnaire
from quiz.scoring import score_answers

SESSION_KEY = "careerquiz_attempt"


_ATTEMPT_FIELDS = tuple(field.attname for field in Attempt._meta.concrete_fields)
_QUESTIONNAIRE_FIELDS = tuple(field.attname for field in Questionnaire._meta.concrete_fields)


def _with_questionnaire(attempts: Callable[[], QuerySet]) -> PreparedQuery:
    return PreparedQuery(
        Attempt,
        lambda marks: (
            attempts()
            .filter(token=marks[0])
            .values_list(
                *_ATTEMPT_FIELDS, *(f"questionnaire__{name}" for name in _QUESTIONNAIRE_FIELDS)
            )
        ),
        field="token",
        kind=uuid.UUID,
    )


_IN_PROGRESS = _with_questionnaire(Attempt.objects.in_progress)
_FINISHED = _with_questionnaire(Attempt.objects.finished)


def _attempt(query: PreparedQuery, token: uuid.UUID | str) -> Attempt | None:
    """The attempt with its questionnaire, as select_related would give it."""
    rows = query.rows([token])
    if not rows:
        return None
    alias, split = router.db_for_read(Attempt), len(_ATTEMPT_FIELDS)
    attempt = Attempt.from_db(alias, _ATTEMPT_FIELDS, rows[0][:split])
    attempt.questionnaire = Questionnaire.from_db(alias, _QUESTIONNAIRE_FIELDS, rows[0][split:])
    return attempt


def finished_result(token: uuid.UUID | str) -> Attempt | None:
    return _attempt(_FINISHED, token)


def session_attempt(request: HttpRequest) -> Attempt | None:
    """The in-progress attempt tied to this browser session, if any."""
    token = request.session.get(SESSION_KEY)
    return _attempt(_IN_PROGRESS, token) if token else None


def session_result(request: HttpRequest) -> Attempt | None:
    """The result this session's quiz became: a second tab still posting to it is sent there."""
    token = request.session.get(SESSION_KEY)
    return finished_result(token) if token else None


@dataclass(frozen=True)
class ActiveItem:
    """What the quiz needs of an item, as plain values: a page builds no model instances."""

    pk: int
    order: int
    text: str
    text_es: str
    area_letter: str
    reference_soc_code: str

    text_i18n = Translated("text")


_ACTIVE_ITEMS = PreparedQuery(
    Item,
    lambda marks: Item.objects.in_form(marks[0]).values_list(
        "id", "order", "text", "text_es", "area__letter", "reference_soc_code"
    ),
)
_ANSWERS = PreparedQuery(
    Answer,
    lambda marks: Answer.objects.filter(attempt_id=marks[0]).values_list("item_id", "value"),
)


def active_items(questionnaire_id: int) -> list[ActiveItem]:
    """The items a questionnaire asks now, in order (the quiz pages and the API)."""
    return [ActiveItem(*row) for row in _ACTIVE_ITEMS.rows([questionnaire_id])]


@dataclass(frozen=True)
class Progress:
    items: list[ActiveItem]
    answers: dict[int, int]
    page_size: int

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def answered(self) -> int:
        return sum(1 for item in self.items if item.pk in self.answers)

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.page_size))

    def page_items(self, number: int) -> list[ActiveItem]:
        start = (number - 1) * self.page_size
        return self.items[start : start + self.page_size]

    def with_answers(self, saved: Mapping[ActiveItem, int]) -> "Progress":
        """This progress after saving ``saved``, without reading the answers again."""
        answers = {**self.answers, **{item.pk: value for item, value in saved.items()}}
        return Progress(items=self.items, answers=answers, page_size=self.page_size)

    def first_incomplete_page(self) -> int:
        for number in range(1, self.page_count + 1):
            if any(item.pk not in self.answers for item in self.page_items(number)):
                return number
        return self.page_count


def attempt_progress(attempt: Attempt) -> Progress:
    answers = dict(_ANSWERS.rows([attempt.pk]))
    return Progress(
        items=active_items(attempt.questionnaire_id),
        answers=answers,
        page_size=attempt.questionnaire.page_size or 10,
    )


def results_out_of_step() -> list[str]:
    """Tokens of finished results whose stored scores differ from their stored answers' scores.

    Empty after any mix of races and faults: the check behind the race tests and `make cluster`.
    """
    answers: dict[int, list[tuple[str, int]]] = defaultdict(list)
    rows = Answer.objects.filter(attempt__finished_at__isnull=False).values_list(
        "attempt_id", "area_letter", "value"
    )
    for attempt_id, letter, value in rows.iterator(chunk_size=5000):
        answers[attempt_id].append((letter, value))
    out_of_step = []
    for pk, token, raw, maximum in Attempt.objects.finished().values_list(
        "pk", "token", "raw_scores", "max_scores"
    ):
        scores = score_answers(answers.get(pk, []))
        if (dict(scores.raw), dict(scores.maximum)) != (raw, maximum):
            out_of_step.append(str(token))
    return out_of_step
