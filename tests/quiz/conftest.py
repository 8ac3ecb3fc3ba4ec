import re

import pytest

from quiz.models import Attempt, Item, Questionnaire

ITEM = re.compile(r'name="(item_\d+)"')


def item_names(response) -> list[str]:
    return list(dict.fromkeys(ITEM.findall(response.content.decode())))


def take_quiz(client, slug: str, value_for=lambda name, n: 3) -> Attempt:
    """Answer every page of a questionnaire through the real views; return the result."""
    response = client.post("/quiz/", {"questionnaire": slug})
    assert response.status_code == 302
    number = 1
    while True:
        page = client.get(f"/quiz/page/{number}/")
        assert page.status_code == 200
        names = item_names(page)
        data = {name: str(value_for(name, number)) for name in names}
        last = 'value="finish"' in page.content.decode()
        data["action"] = "finish" if last else "next"
        response = client.post(f"/quiz/page/{number}/", data)
        assert response.status_code == 302, response.content.decode()[:2000]
        if last:
            token = response.url.rstrip("/").rsplit("/", 1)[-1]
            return Attempt.objects.get(token=token)
        number += 1


def form_items(slug: str) -> list[Item]:
    """A questionnaire's active items, in its order."""
    return list(Item.objects.in_form(Questionnaire.objects.get(slug=slug).pk))


def by_area(values: dict[str, int]):
    """An answer for take_quiz: each item gets the value given for its interest area."""

    def value(name, _page):
        return values[Item.objects.get(pk=int(name.split("_")[1])).area.letter]

    return value


@pytest.fixture
def quiz_data(default_data):
    return default_data
