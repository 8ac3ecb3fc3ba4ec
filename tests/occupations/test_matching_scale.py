"""Matching stays right as the catalogue grows far beyond O*NET's thousand careers.

How fast it stays is measured by `make bench` (docs/BENCHMARKS.md), never asserted here.
"""

import numpy as np
import pytest

from occupations.areas import LETTERS
from occupations.matching import ProfileMatrix
from occupations.synthetic import random_profiles

PERSON = {"R": 12.0, "I": 30.0, "A": 22.0, "S": 35.0, "E": 18.0, "C": 9.0}


@pytest.fixture(scope="module")
def large() -> ProfileMatrix:
    return ProfileMatrix(*random_profiles(100_000, seed=1))


def test_the_large_ranking_is_still_correct(large):
    ranked = large.rank(PERSON, "SIA", limit=20)
    centred = large.raw - large.raw.mean(axis=1, keepdims=True)
    person = np.array([PERSON[letter] for letter in LETTERS])
    person = person - person.mean()
    expected = centred @ person / (np.linalg.norm(centred, axis=1) * np.linalg.norm(person))
    best = np.sort(np.round(expected, 4))[::-1][:20]

    assert len(ranked) == 20
    assert np.round([r.correlation for r in ranked], 4).tolist() == best.tolist()
    assert ranked[0].correlation == pytest.approx(expected.max())
