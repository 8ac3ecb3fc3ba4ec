"""Two tabs or a double tap racing each other, against the live test database in threads.

Each round starts both requests at one barrier. Whatever the interleaving, no request may fail
and every finished result's stored scores must equal the scores of its stored answers.
"""

import threading
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import pytest
from django.db import connections
from django.test import Client

from quiz.models import Answer, Attempt
from quiz.selectors import results_out_of_step
from tests.quiz.conftest import item_names

pytestmark = pytest.mark.django_db(transaction=True)
ROUNDS = 12
QUICK_PAGES = 3
LAST = f"/quiz/page/{QUICK_PAGES}/"


def race(*calls):
    """Run the calls at the same moment, each in its own thread with its own connection."""
    barrier = threading.Barrier(len(calls))

    def run(call):
        try:
            barrier.wait(timeout=30)
            return call()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(len(calls)) as pool:
        return [future.result() for future in [pool.submit(run, call) for call in calls]]


def second_tab(client: Client) -> Client:
    tab = Client()
    tab.cookies = client.cookies
    return tab


def on_last_page(client: Client, value: int = 2) -> list[str]:
    """Start the quick quiz and answer every page but the last; the last page's fields."""
    client.post("/quiz/", {"questionnaire": "quick"})
    for number in range(1, QUICK_PAGES):
        names = item_names(client.get(f"/quiz/page/{number}/"))
        client.post(f"/quiz/page/{number}/", {**dict.fromkeys(names, str(value)), "action": "next"})
    return item_names(client.get(f"/quiz/page/{QUICK_PAGES}/"))


def test_start_over_racing_next_never_fails_and_leaves_no_stray_answers(quiz_data):
    outcomes = []
    for n in range(ROUNDS):
        client = Client()
        names = on_last_page(client)
        data = {**dict.fromkeys(names, str(n % 5)), "action": "finish"}
        tab = second_tab(client)
        pressed_next, started_over = race(
            partial(client.post, LAST, data),
            partial(tab.post, "/quiz/restart/"),
        )
        assert started_over.status_code == 302 and started_over.url == "/quiz/"
        assert pressed_next.status_code == 302
        outcomes.append(pressed_next.url)

    finished = Attempt.objects.finished().count()
    assert Attempt.objects.in_progress().count() == 0
    assert Answer.objects.filter(attempt__finished_at=None).count() == 0
    assert Answer.objects.count() == 30 * finished
    # Either Next won (a result) or Start over did (back to the start page), nothing else.
    assert {url for url in outcomes if not url.startswith("/results/")} <= {"/quiz/"}
    assert sum(url.startswith("/results/") for url in outcomes) == finished
    assert results_out_of_step() == []


def test_start_over_after_a_lost_race_explains_what_happened(quiz_data):
    client = Client()
    names = on_last_page(client)
    second_tab(client).post("/quiz/restart/")
    response = client.post(LAST, {**dict.fromkeys(names, "1"), "action": "next"}, follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [("/quiz/", 302)]
    assert "The answers you just sent were not saved: this quiz was started over" in html


def test_two_tabs_finishing_at_once_store_one_result_that_matches_its_answers(quiz_data):
    for n in range(ROUNDS):
        client = Client()
        names = on_last_page(client, value=n % 5)
        tab = second_tab(client)
        first, second = race(
            partial(client.post, LAST, {**dict.fromkeys(names, "4"), "action": "finish"}),
            partial(tab.post, LAST, {**dict.fromkeys(names, "0"), "action": "finish"}),
        )
        assert (first.status_code, second.status_code) == (302, 302)
        assert first.url == second.url and first.url.startswith("/results/")

    assert Attempt.objects.finished().count() == ROUNDS
    assert Attempt.objects.in_progress().count() == 0
    assert Answer.objects.count() == 30 * ROUNDS
    assert results_out_of_step() == []


def test_a_finished_quiz_posted_again_from_another_tab_keeps_its_answers(quiz_data):
    client = Client()
    names = on_last_page(client)
    tab = second_tab(client)
    done = client.post(LAST, {**dict.fromkeys(names, "4"), "action": "finish"})
    stored = sorted(Answer.objects.values_list("item_id", "value"))
    again = tab.post(LAST, {**dict.fromkeys(names, "0"), "action": "finish"})
    assert done.status_code == 302 and again.status_code == 302
    assert sorted(Answer.objects.values_list("item_id", "value")) == stored
    assert results_out_of_step() == []
