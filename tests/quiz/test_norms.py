from datetime import UTC, datetime

import pytest

from quiz.models import Attempt, Questionnaire
from quiz.norms import norm_table, percentile_rank, percentiles
from quiz.services import TooFewResults, questionnaire_save, questionnaire_save_norms

MAXIMUM = dict.fromkeys("RIASEC", 20)


def _raw(r: int) -> dict[str, int]:
    return {"R": r, "I": 10, "A": 0, "S": 5, "E": 20, "C": 0}


def test_percentile_rank_is_the_mid_rank():
    # R percents 0, 25, 50, 50, 100 over five results.
    table = norm_table((_raw(r), MAXIMUM) for r in (0, 5, 10, 10, 20))
    assert table["R"] == {"0.0": 1, "25.0": 1, "50.0": 2, "100.0": 1}
    assert percentile_rank(table, "R", 50.0) == 60  # (2 below + 2 / 2) of 5
    assert percentile_rank(table, "R", 100.0) == 90
    assert percentile_rank(table, "R", 0.0) == 10
    assert percentile_rank(table, "E", 100.0) == 50  # everyone the same
    assert percentiles(table, "R") == {10: 0.0, 25: 25.0, 50: 50.0, 75: 50.0, 90: 100.0}


def _finished(questionnaire, count: int) -> None:
    when = datetime(2026, 5, 1, tzinfo=UTC)
    Attempt.objects.bulk_create(
        Attempt(
            questionnaire=questionnaire,
            finished_at=when,
            raw_scores=_raw(n % 21),
            max_scores=MAXIMUM,
            code="ERI",
        )
        for n in range(count)
    )


@pytest.mark.django_db
def test_norms_need_200_results_then_show_on_results_pages_when_switched_on(client, default_data):
    quick = Questionnaire.objects.get(slug="quick")
    _finished(quick, 199)
    with pytest.raises(TooFewResults):
        questionnaire_save_norms(questionnaire=quick)
    _finished(quick, 1)
    assert questionnaire_save_norms(questionnaire=quick) == 200
    quick.refresh_from_db()
    assert quick.norms_count == 200 and sum(quick.norms["R"].values()) == 200
    result = Attempt.objects.filter(questionnaire=quick, raw_scores__R=20).first()
    url = result.get_absolute_url()
    assert "Percentile on this site" not in client.get(url).content.decode()
    quick.show_percentiles = True
    questionnaire_save(questionnaire=quick)
    html = client.get(url).content.decode()
    assert "Percentile on this site" in html
    # R = 20 of 20 for 9 of the 200 (n % 21 == 20): mid-rank 100 * (191 + 4.5) / 200 = 97.75.
    assert '<td class="percentile">98</td>' in html
    # The other five areas are the same for everyone: the middle of 200 equal scores.
    assert html.count('<td class="percentile">50</td>') == 5
    assert "the 200 people who finished the quick interest quiz on this site" in html
