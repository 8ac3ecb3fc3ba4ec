"""Reads of the quiz flow."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.http import HttpRequest

from quiz.models import Attempt, Item

SESSION_KEY = "careerquiz_attempt"


def session_attempt(request: HttpRequest) -> Attempt | None:
    """The in-progress attempt tied to this browser session, if any."""
    token = request.session.get(SESSION_KEY)
    if not token:
        return None
    return Attempt.objects.in_progress().select_related("questionnaire").filter(token=token).first()


@dataclass(frozen=True)
class ActiveItem:
    """What the quiz needs of an item, as plain values: a page builds no model instances."""

    pk: int
    order: int
    text: str
    area_letter: str


def active_items(questionnaire_id: int) -> list[ActiveItem]:
    """The items a questionnaire asks now, in order (the quiz pages and the API)."""
    rows = (
        Item.objects.filter(questionnaire=questionnaire_id, is_active=True)
        .order_by("order", "id")
        .values_list("id", "order", "text", "area__letter")
    )
    return [ActiveItem(*row) for row in rows]


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
    answers = dict(attempt.answers.values_list("item_id", "value"))
    return Progress(
        items=active_items(attempt.questionnaire_id),
        answers=answers,
        page_size=attempt.questionnaire.page_size or 10,
    )
