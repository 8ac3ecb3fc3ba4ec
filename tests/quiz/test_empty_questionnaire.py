"""A questionnaire whose items are all inactive asks nothing, so it can never give a result."""

import pytest

from quiz.models import Attempt, Questionnaire
from quiz.services import NoActiveItems, attempt_finish, attempt_start

pytestmark = pytest.mark.django_db


@pytest.fixture
def emptied(quiz_data) -> Questionnaire:
    quick = Questionnaire.objects.get(slug="quick")
    quick.items.update(is_active=False)
    return quick


def test_finishing_without_active_items_is_refused(emptied):
    attempt = attempt_start(questionnaire=emptied)
    with pytest.raises(NoActiveItems):
        attempt_finish(attempt=attempt, items=[])
    attempt.refresh_from_db()
    assert attempt.finished_at is None and attempt.raw_scores is None


def test_an_empty_questionnaire_is_not_offered(client, emptied):
    page = client.get("/quiz/").content.decode()
    assert 'value="full"' in page
    assert 'value="quick"' not in page
    response = client.post("/quiz/", {"questionnaire": "quick"}, follow=True)
    assert "Please choose the full or the quick quiz." in response.content.decode()


def test_a_quiz_emptied_while_taken_ends_without_a_result(client, quiz_data):
    assert client.post("/quiz/", {"questionnaire": "quick"}).status_code == 302
    Questionnaire.objects.get(slug="quick").items.update(is_active=False)
    response = client.post("/quiz/page/1/", {"action": "finish"}, follow=True)
    assert response.redirect_chain[-1][0] == "/quiz/"
    assert "This quiz has no activities at the moment." in response.content.decode()
    assert not Attempt.objects.finished().exists()


def test_the_api_refuses_an_empty_questionnaire(client, emptied):
    response = client.post(
        "/api/v1/results/",
        {"questionnaire": "quick", "answers": {}},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"field": "questionnaire", "message": "There is no active questionnaire with this slug."}
    ]
    assert not Attempt.objects.finished().exists()
