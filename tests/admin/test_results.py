from datetime import UTC, datetime

import pytest

from tests.admin.conftest import make_result

pytestmark = pytest.mark.django_db


def test_results_cannot_be_added_changed_or_deleted(staff_client, result):
    assert staff_client.get("/admin/quiz/result/add/").status_code == 403
    change = f"/admin/quiz/result/{result.pk}/change/"
    html = staff_client.get(change).content.decode()
    assert 'name="_save"' not in html and 'name="_continue"' not in html
    assert "Activity R" in html and "Strongly like" in html  # answers shown as asked
    assert staff_client.post(change, {"code": "EEE"}).status_code == 403
    assert staff_client.get(f"/admin/quiz/result/{result.pk}/delete/").status_code == 403
    result.refresh_from_db()
    assert result.code == "RIA"


def test_result_list_shows_date_questionnaire_code_and_scores(staff_client, result):
    html = staff_client.get("/admin/quiz/result/").content.decode()
    assert "Mini quiz" in html and "RIA" in html
    assert "R 4/4 · I 3/4 · A 2/4 · S 1/4 · E 0/4 · C 2/4" in html
    assert "delete_selected" not in html
    assert "Add result" not in html


def test_unfinished_attempts_are_not_results(staff_client, result):
    result.__class__.objects.create(questionnaire=result.questionnaire)
    response = staff_client.get("/admin/quiz/result/")
    assert [row.pk for row in response.context["cl"].result_list] == [result.pk]


def test_csv_export_has_one_row_per_result_with_scores_and_answers(staff_client, mini, result):
    second = make_result(mini, [0, 1, 4, 4, 3, 0], datetime(2025, 3, 2, 14, 5, 9, tzinfo=UTC))
    response = staff_client.post(
        "/admin/quiz/result/",
        {"action": "export_csv", "_selected_action": [second.pk, result.pk]},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="careerquiz-results.csv"'
    items = ",".join(
        f"item_{pk}" for pk in mini.items.order_by("order").values_list("pk", flat=True)
    )
    assert response.content.decode() == (
        "result,finished_at,questionnaire,code,R,I,A,S,E,C,"
        f"R_max,I_max,A_max,S_max,E_max,C_max,{items}\r\n"
        f"{result.pk},2025-03-01T09:30:00+00:00,mini,RIA,4,3,2,1,0,2,4,4,4,4,4,4,4,3,2,1,0,2\r\n"
        f"{second.pk},2025-03-02T14:05:09+00:00,mini,ASE,0,1,4,4,3,0,4,4,4,4,4,4,0,1,4,4,3,0\r\n"
    )


def test_csv_keeps_every_answer_when_items_share_an_order(staff_client, mini):
    mini.items.update(order=0)
    finished = make_result(mini, [4, 3, 2, 1, 0, 2], datetime(2025, 3, 1, 9, 30, tzinfo=UTC))
    response = staff_client.post(
        "/admin/quiz/result/", {"action": "export_csv", "_selected_action": [finished.pk]}
    )
    header, row = response.content.decode().splitlines()
    ids = sorted(mini.items.values_list("pk", flat=True))
    assert header.split(",")[16:] == [f"item_{pk}" for pk in ids]
    assert row.split(",")[16:] == ["4", "3", "2", "1", "0", "2"]


def test_csv_keeps_answers_to_deleted_items(staff_client, mini, result):
    mini.items.filter(text="Activity S").delete()
    response = staff_client.post(
        "/admin/quiz/result/", {"action": "export_csv", "_selected_action": [result.pk]}
    )
    header, row = response.content.decode().splitlines()
    assert len(header.split(",")) == len(row.split(",")) == 22
    assert header.split(",")[19].startswith("deleted_item_4_")
    assert row.split(",")[16:] == ["4", "3", "2", "1", "0", "2"]
