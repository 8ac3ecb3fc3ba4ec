from datetime import UTC, datetime

import pytest

from occupations.models import InterestArea
from quiz.admin_views import questionnaire_reports
from quiz.models import Answer, Attempt, FormItem, Item, Questionnaire
from tests.admin.conftest import make_result
from tests.quiz.test_statistics import EXAMPLE

pytestmark = pytest.mark.django_db
WHEN = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def example(default_data) -> Questionnaire:
    """The hand-worked example of tests/quiz/test_statistics.py as real results."""
    questionnaire = Questionnaire.objects.create(slug="example", title="Example quiz", order=9)
    realistic = InterestArea.objects.get(letter="R")
    items = [Item.objects.create(text=f"Task {n}", area=realistic) for n in (1, 2, 3)]
    for n, item in enumerate(items, start=1):
        FormItem.objects.create(questionnaire=questionnaire, item=item, order=n)
        item.order = n
    for row in EXAMPLE:
        make_result(questionnaire, row, WHEN)
    # A result from before item 3 existed, and an unfinished attempt: both left out.
    for finished_at in (WHEN, None):
        attempt = Attempt.objects.create(
            questionnaire=questionnaire,
            finished_at=finished_at,
            code="RIA",
            raw_scores={},
            max_scores={},
        )
        for item in items[:2]:
            Answer.objects.create(
                attempt=attempt,
                item=item,
                position=item.order,
                item_text=item.text,
                area_letter="R",
                value=4,
            )
    return questionnaire


def test_statistics_page_shows_the_worked_example(editor_client, example):
    response = editor_client.get("/admin/quiz/questionnaire/statistics/")
    assert response.status_code == 200
    report = next(r for r in response.context["reports"] if r.questionnaire == example)
    assert report.results == 5
    [area] = report.areas
    assert (area.area.letter, area.stats.count, area.left_out) == ("R", 4, 1)
    html = response.content.decode()
    section = html[html.index("Example quiz: 5 finished results") :]
    section = section[: section.index("</section>")]
    compact = " ".join(section.split())
    assert "<td>4 (1 left out)</td> <td>6.50</td> <td>3.11</td> <td>0.621</td>" in compact
    assert (
        "<td>2.00</td> <td>1</td><td>1</td><td>0</td><td>1</td><td>1</td> <td>0.990</td>" in compact
    )
    assert (
        "<td>2.50</td> <td>0</td><td>1</td><td>1</td><td>1</td><td>1</td> <td>0.598</td>" in compact
    )
    assert (
        "<td>2.00</td> <td>0</td><td>1</td><td>2</td><td>1</td><td>0</td> <td>0.000</td> "
        "<td><strong>Review: under 0.30</strong></td>" in compact
    )
    assert compact.count("Review: under 0.30</strong>") == 1


def test_statistics_page_without_results_shows_dashes(editor_client, default_data):
    html = editor_client.get("/admin/quiz/questionnaire/statistics/").content.decode()
    assert "Full interest quiz: 0 finished results" in html
    assert "Review: under" not in html
    assert "<td>—</td>" in html


def test_questionnaire_and_item_lists_link_to_statistics(editor_client, default_data):
    for url in ("/admin/quiz/questionnaire/", "/admin/quiz/item/"):
        html = editor_client.get(url).content.decode()
        assert 'href="/admin/quiz/questionnaire/statistics/">Item statistics</a>' in html


def test_statistics_read_all_answers_in_one_query(example, django_assert_num_queries):
    # Items, answers, finished counts and questionnaires: four queries however many results.
    with django_assert_num_queries(4):
        reports = questionnaire_reports()
    assert [report.questionnaire.slug for report in reports] == ["full", "quick", "example"]


def test_statistics_show_alpha_intervals_and_norms_from_200_results(superuser_client, example):
    html = superuser_client.get("/admin/quiz/questionnaire/statistics/").content.decode()
    assert "95% interval" in html
    assert "Site norms appear here once this questionnaire has 200 finished results." in html
    Attempt.objects.bulk_create(
        Attempt(
            questionnaire=example,
            finished_at=WHEN,
            raw_scores={"R": n % 13, "I": 0, "A": 0, "S": 0, "E": 0, "C": 0},
            max_scores={"R": 12, "I": 0, "A": 0, "S": 0, "E": 0, "C": 0},
            code="RIA",
        )
        for n in range(200)
    )
    html = superuser_client.get("/admin/quiz/questionnaire/statistics/").content.decode()
    assert "Site norms: percent score at each percentile" in html
    # 204 complete results: the 200 above (R 0-12 of 12, evenly) and the worked example's 4.
    assert (
        '<tr><th scope="row">Building (R)</th><td>8.3%</td><td>25.0%</td><td>50.0%</td>'
        "<td>75.0%</td><td>91.7%</td></tr>"
    ) in html


def test_editor_saves_norms_from_the_questionnaire_list(editor_client, example):
    data = {"action": "save_norms", "_selected_action": [example.pk]}
    response = editor_client.post("/admin/quiz/questionnaire/", data, follow=True)
    assert "Example quiz: 4 finished results; site norms need at least 200." in (
        response.content.decode()
    )
    example.refresh_from_db()
    assert example.norms is None and example.norms_count == 0
    page = editor_client.get(f"/admin/quiz/questionnaire/{example.pk}/change/").content.decode()
    assert "Show site norms on results pages" in page and "None saved yet." in page
