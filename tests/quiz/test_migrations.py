"""Upgrading a site with first-edition (v1) items and results to the shared item bank."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("quiz", "0002_content_editors"), ("occupations", "0001_initial")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


def test_v1_questionnaires_keep_their_items_and_results_display(client):
    old = _migrate(BEFORE)
    InterestArea = old.get_model("occupations", "InterestArea")
    for order, letter in enumerate("RIASEC", start=1):
        InterestArea.objects.create(letter=letter, name=letter, friendly_name=letter, order=order)
    area = InterestArea.objects.get(letter="R")
    Questionnaire = old.get_model("quiz", "Questionnaire")
    Item = old.get_model("quiz", "Item")
    quick = Questionnaire.objects.create(slug="quick", title="Quick interest quiz")
    own = Questionnaire.objects.create(slug="own", title="Our own quiz")
    first = Item.objects.create(questionnaire=quick, order=1, text="Fix a bike", area=area)
    Item.objects.create(questionnaire=quick, order=2, text="Mend a fence", area=area)
    Item.objects.create(questionnaire=own, order=1, text="Build a shed", area=area)
    finished = old.get_model("quiz", "Attempt").objects.create(
        questionnaire=quick,
        finished_at=timezone.now(),
        raw_scores=dict.fromkeys("RIASEC", 4) | {"R": 8},
        max_scores=dict.fromkeys("RIASEC", 8),
        code="RIA",
    )
    old.get_model("quiz", "Answer").objects.create(
        attempt=finished, item=first, position=1, item_text="Fix a bike", area_letter="R", value=4
    )

    new = _migrate([("quiz", "0004_editors_arrange_forms")])
    Questionnaire = new.get_model("quiz", "Questionnaire")
    renamed = Questionnaire.objects.get(pk=quick.pk)
    assert (renamed.slug, renamed.is_active) == ("quick-v1", False)
    assert renamed.title == "Quick interest quiz (first edition)"
    assert Questionnaire.objects.get(pk=own.pk).slug == "own"
    memberships = new.get_model("quiz", "FormItem").objects.order_by("questionnaire_id", "order")
    assert [(m.questionnaire.slug, m.order, m.item.text, m.item.bank) for m in memberships] == [
        ("quick-v1", 1, "Fix a bike", "v1"),
        ("quick-v1", 2, "Mend a fence", "v1"),
        ("own", 1, "Build a shed", "v1"),
    ]
    answer = new.get_model("quiz", "Answer").objects.get()
    assert (answer.item_id, answer.item_text) == (first.pk, "Fix a bike")

    _migrate(_leaves())
    page = client.get(f"/results/{finished.token}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Quick interest quiz (first edition)" in html and "RIA" in html


def _leaves():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()
