"""`make bench`'s arithmetic: ratios against each round's own floor, the median of rounds."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from bench import median_stats, ratios, round_ratios  # noqa: E402
from loadkit import Stats  # noqa: E402

FLOOR, PAGE = "`/healthz` (floor)", "career page"


def measured(rps: float, errors: int = 0, p50_ms: float = 10.0) -> Stats:
    return Stats(requests=int(rps * 5), errors=errors, seconds=5.0, p50_ms=p50_ms, p95_ms=20.0)


def a_round(first: float, page: float, last: float, errors: int = 0) -> list:
    return [(FLOOR, measured(first)), (PAGE, measured(page, errors)), (FLOOR, measured(last))]


def test_a_page_is_compared_with_the_floor_of_its_own_round():
    rounds = [a_round(1000, 500, 1000), a_round(600, 240, 600), a_round(1000, 460, 1000)]
    assert round_ratios(rounds) == {PAGE: [0.5, 0.4, 0.46]}
    # A round taken by a busy neighbour (the second) moves its floor too, and not the median.
    assert ratios(rounds) == {PAGE: pytest.approx(0.46)}


def test_the_floor_of_a_round_is_the_mean_of_its_first_and_last_measures():
    assert round_ratios([a_round(800, 450, 1000)]) == {PAGE: [0.5]}


def test_the_table_shows_the_median_round_with_every_rounds_errors():
    rounds = [a_round(1000, 500, 1000, errors=1), a_round(900, 300, 900), a_round(1000, 400, 1000)]
    page = median_stats(rounds, 1)
    assert (page.rps, page.errors) == (400, 1)
    assert median_stats(rounds, 0).rps == 1000  # the floors: 1000, 900, 1000
