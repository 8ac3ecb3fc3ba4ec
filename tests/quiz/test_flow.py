import pytest
from django.test import Client

from quiz.models import Answer, Attempt, Item
from tests.quiz.conftest import form_items, item_names, take_quiz

pytestmark = pytest.mark.django_db


def area_value(letter_values):
    """Answer by item area, looked up from the item id in the field name."""

    def value(name, _page):
        item = Item.objects.select_related("area").get(pk=int(name.split("_")[1]))
        return letter_values[item.area.letter]

    return value


def test_start_page_explains_the_quiz_and_offers_both_forms(client, quiz_data):
    html = client.get("/quiz/").content.decode()
    assert "no right or wrong answers" in html
    assert "Nothing personal is asked or stored" in html
    assert "not be used to make hiring decisions" in html
    assert "60 activities · about 10 minutes" in html
    assert "30 activities · about 5 minutes" in html


@pytest.mark.parametrize(
    ("slug", "count", "pages", "top"), [("full", 60, 6, 40), ("quick", 30, 3, 20)]
)
def test_whole_quiz_gives_scores_and_code(client, quiz_data, slug, count, pages, top):
    values = {"R": 1, "I": 0, "A": 0, "S": 2, "E": 4, "C": 3}
    attempt = take_quiz(client, slug, area_value(values))
    assert attempt.is_finished
    assert attempt.answers.count() == count
    per_area = count // 6
    assert attempt.raw_scores == {k: v * per_area for k, v in values.items()}
    assert attempt.max_scores == dict.fromkeys("RIASEC", top)
    assert attempt.code == "ECS"
    page = client.get(f"/results/{attempt.token}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "ECS" in html and "Persuading, Organizing and Helping" in html
    assert f"{4 * per_area} of {top} (100%)" in html
    # A finished quiz is not offered for continuing; a stale tab is sent to the result instead.
    assert "Continue where you left off" not in client.get("/quiz/").content.decode()
    assert client.get("/quiz/page/1/").url == attempt.get_absolute_url()


def test_items_are_interleaved_through_the_areas(client, quiz_data):
    client.post("/quiz/", {"questionnaire": "full"})
    names = item_names(client.get("/quiz/page/1/"))
    letters = [Item.objects.get(pk=int(n.split("_")[1])).area.letter for n in names]
    assert letters == list("RIASECRIAS")


def test_progress_is_shown(client, quiz_data):
    client.post("/quiz/", {"questionnaire": "full"})
    names = item_names(client.get("/quiz/page/1/"))
    client.post("/quiz/page/1/", {**{n: "2" for n in names}, "action": "next"})
    html = client.get("/quiz/page/2/").content.decode()
    assert "10 of 60 answered" in html
    assert "page 2 of 6" in html
    assert '<progress max="60" value="10"' in html


def test_each_item_is_a_fieldset_with_the_activity_as_legend(client, quiz_data):
    client.post("/quiz/", {"questionnaire": "quick"})
    html = client.get("/quiz/page/1/").content.decode()
    first = form_items("quick")[0]
    assert html.count("<fieldset") == 10
    assert f"<legend>{first.text}</legend>" in html
    for label in ("Strongly dislike", "Dislike", "Unsure", "Like", "Strongly like"):
        assert f">{label}</label>" in html


def test_back_and_next_keep_answers(client, quiz_data):
    client.post("/quiz/", {"questionnaire": "quick"})
    page1 = item_names(client.get("/quiz/page/1/"))
    client.post("/quiz/page/1/", {**{n: "4" for n in page1}, "action": "next"})
    page2 = item_names(client.get("/quiz/page/2/"))
    # Back with a partly answered page keeps what was given, without an error.
    response = client.post("/quiz/page/2/", {page2[0]: "1", "action": "back"})
    assert response.status_code == 302 and response.url == "/quiz/page/1/"
    html = client.get("/quiz/page/1/").content.decode()
    assert html.count("checked") == 10
    html = client.get("/quiz/page/2/").content.decode()
    assert f'name="{page2[0]}" value="1" id="id_{page2[0]}_1" checked' in html


def test_gaps_are_marked_at_each_unanswered_item_and_answers_are_kept(client, quiz_data):
    client.post("/quiz/", {"questionnaire": "quick"})
    names = item_names(client.get("/quiz/page/1/"))
    response = client.post("/quiz/page/1/", {names[0]: "3", names[1]: "0", "action": "next"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("Please choose an answer for this activity.") == 8
    assert Answer.objects.filter(attempt__finished_at=None).count() == 2
    assert f'name="{names[0]}" value="3" id="id_{names[0]}_3" checked' in html


def test_finishing_with_gaps_on_an_earlier_page_sends_you_back_there(client, quiz_data):
    client.post("/quiz/", {"questionnaire": "quick"})
    for number in (1, 2):
        names = item_names(client.get(f"/quiz/page/{number}/"))
        client.post(f"/quiz/page/{number}/", {**{n: "2" for n in names}, "action": "next"})
    attempt = Attempt.objects.get()
    attempt.answers.filter(position=3).delete()
    names = item_names(client.get("/quiz/page/3/"))
    response = client.post("/quiz/page/3/", {**{n: "2" for n in names}, "action": "finish"})
    assert response.status_code == 302 and response.url == "/quiz/page/1/"
    assert not Attempt.objects.get().is_finished


def test_coming_back_resumes_and_offers_to_start_over(client, quiz_data):
    client.post("/quiz/", {"questionnaire": "full"})
    names = item_names(client.get("/quiz/page/1/"))
    client.post("/quiz/page/1/", {**{n: "2" for n in names}, "action": "next"})
    html = client.get("/quiz/").content.decode()
    assert "You have answered 10 of 60 activities" in html
    assert 'href="/quiz/page/2/"' in html
    assert "Start over" in html
    response = client.post("/quiz/restart/")
    assert response.status_code == 302
    assert Attempt.objects.count() == 0
    assert "Welcome back" not in client.get("/quiz/").content.decode()


def test_pages_without_an_attempt_redirect_to_start(client, quiz_data):
    response = client.get("/quiz/page/1/")
    assert response.status_code == 302 and response.url == "/quiz/"


def test_page_number_out_of_range_is_404(client, quiz_data):
    client.post("/quiz/", {"questionnaire": "quick"})
    assert client.get("/quiz/page/4/").status_code == 404
    assert client.get("/quiz/page/0/").status_code == 404


def test_unknown_questionnaire_gets_a_message(client, quiz_data):
    response = client.post("/quiz/", {"questionnaire": "nope"}, follow=True)
    assert "Please choose the full or the quick quiz." in response.content.decode()
    assert Attempt.objects.count() == 0


@pytest.mark.parametrize("value", ["5", "-1", "abc", "", "2.5", "9" * 30])
def test_values_outside_the_scale_get_a_form_error_and_lose_nothing(client, quiz_data, value):
    client.post("/quiz/", {"questionnaire": "quick"})
    names = item_names(client.get("/quiz/page/1/"))
    client.post("/quiz/page/1/", {names[0]: "4", names[1]: "3", "action": "back"})
    response = client.post("/quiz/page/1/", {names[0]: value, names[1]: "1", "action": "next"})
    assert response.status_code == 200
    stored = dict(Answer.objects.values_list("item_id", "value"))
    first = int(names[0].split("_")[1])
    assert stored[first] == 4  # the earlier answer survives the bad post
    assert stored[int(names[1].split("_")[1])] == 1


def test_unknown_item_ids_are_a_400(client, quiz_data):
    client.post("/quiz/", {"questionnaire": "quick"})
    names = item_names(client.get("/quiz/page/1/"))
    client.post("/quiz/page/1/", {names[0]: "4", "action": "back"})
    response = client.post("/quiz/page/1/", {names[0]: "1", "item_999999": "2"})
    assert response.status_code == 400
    assert "do not belong to this page" in response.content.decode()
    assert Answer.objects.get().value == 4


def test_items_of_another_page_are_a_400(client, quiz_data):
    client.post("/quiz/", {"questionnaire": "quick"})
    page1 = item_names(client.get("/quiz/page/1/"))
    response = client.post("/quiz/page/2/", {page1[0]: "1"})
    assert response.status_code == 400


def test_duplicated_item_ids_get_a_form_error(client, quiz_data):
    client.post("/quiz/", {"questionnaire": "quick"})
    names = item_names(client.get("/quiz/page/1/"))
    response = client.post("/quiz/page/1/", {names[0]: ["1", "3"], "action": "next"})
    assert response.status_code == 200
    assert "Choose only one answer for this activity." in response.content.decode()
    assert Answer.objects.count() == 0


def test_another_sessions_attempt_cannot_be_touched(quiz_data):
    alice, mallory = Client(), Client()
    alice.post("/quiz/", {"questionnaire": "quick"})
    names = item_names(alice.get("/quiz/page/1/"))
    alice.post("/quiz/page/1/", {**{n: "4" for n in names}, "action": "next"})
    # Mallory has no attempt of her own: she is sent to the start, Alice's answers stay.
    response = mallory.post("/quiz/page/1/", {**{n: "0" for n in names}, "action": "next"})
    assert response.status_code == 302 and response.url == "/quiz/"
    assert set(Answer.objects.values_list("value", flat=True)) == {4}


def test_posts_without_csrf_token_are_refused(quiz_data):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/quiz/", {"questionnaire": "quick"})
    assert response.status_code == 403
    assert "Your form expired" in response.content.decode()
    assert Attempt.objects.count() == 0


def test_a_finished_result_is_not_changed_by_posting_again(client, quiz_data):
    attempt = take_quiz(client, "quick", lambda n, p: 2)
    client.post("/quiz/page/1/", {"action": "next"})
    attempt.refresh_from_db()
    assert attempt.answers.count() == 30 and set(
        attempt.answers.values_list("value", flat=True)
    ) == {2}
