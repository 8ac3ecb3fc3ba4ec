"""Simulated respondents: how often a form leads back to the occupation a person resembles.

Plain Python and numpy, no Django. Each simulated person has the interest profile of one
O*NET occupation (OI values 1-7). They answer every item of a form:

    liking = 0.8 * s[item area] + 0.2 * (s . w)
    answer = round(4 * liking + noise), kept within 0-4

where ``s`` is the person's profile rescaled to 0-1, ``w`` the item's reference occupation
profile rescaled to 0-1 and normalised to sum to one (items sample real work, so a person
who resembles the reference occupation likes the item a little more, whatever its area),
and ``noise`` is normal with the standard deviation of the noise level, in answer points.
The answers are scored as the quiz scores them and every occupation is ranked by Pearson
correlation, as on the results page. Recovery top-N is the share of people whose own
occupation is among the first N; an occupation with the same correlation counts as ahead
(a conservative rule, since O*NET has occupations with identical profiles).
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from occupations.areas import LETTERS
from quiz.scoring import read_profile

AREA_WEIGHT = 0.8
TOPS: tuple[int, ...] = (1, 5, 20)


@dataclass(frozen=True)
class FormItems:
    """A form as the simulation needs it: each item's area index and reference profile."""

    name: str
    areas: np.ndarray  # (items,) area index 0-5
    references: np.ndarray  # (items, 6) O*NET OI profile of each item's reference occupation


@dataclass(frozen=True)
class Recovery:
    form: str
    noise: float
    people: int
    top: dict[int, float]
    tie_in_code: float
    low: float
    flat: float


def answers(profiles: np.ndarray, form: FormItems, noise: float, rng) -> np.ndarray:
    """(people, items) answers 0-4 of people with these OI profiles."""
    scaled = (profiles - 1) / 6
    weights = (form.references - 1) / 6
    weights = weights / weights.sum(axis=1, keepdims=True)
    liking = AREA_WEIGHT * scaled[:, form.areas] + (1 - AREA_WEIGHT) * scaled @ weights.T
    raw = 4 * liking + rng.normal(0.0, noise, size=liking.shape)
    return np.clip(np.rint(raw), 0, 4)


def percents(answered: np.ndarray, form: FormItems) -> np.ndarray:
    """(people, 6) percent of the most possible per area, as the quiz scores them."""
    onehot = np.eye(6)[form.areas]
    maximum = 4 * onehot.sum(axis=0)
    return np.round(100 * (answered @ onehot) / maximum, 1)


def ranks_of_own(scores: np.ndarray, profiles: np.ndarray, own: np.ndarray) -> np.ndarray:
    """1-based rank of each person's own occupation among all, by Pearson correlation."""
    people = _unit(scores)
    occupations = _unit(profiles)
    correlations = np.round(people @ occupations.T, 6)
    mine = correlations[np.arange(len(own)), own]
    ahead = (correlations >= mine[:, None]).sum(axis=1) - 1
    return ahead + 1


def recovery(
    profiles: Sequence[Sequence[float]],
    form: FormItems,
    noise: float,
    *,
    repeats: int,
    seed: int,
) -> Recovery:
    matrix = np.asarray(profiles, dtype=np.float64).reshape(-1, 6)
    rng = np.random.default_rng(seed)
    own = np.tile(np.arange(len(matrix)), repeats)
    people = matrix[own]
    scores = percents(answers(people, form, noise, rng), form)
    ranks = ranks_of_own(scores, matrix, own)
    readings = [read_profile(dict(zip(LETTERS, row, strict=True))) for row in scores.tolist()]
    count = len(own)
    return Recovery(
        form=form.name,
        noise=noise,
        people=count,
        top={n: float((ranks <= n).mean()) for n in TOPS},
        tie_in_code=sum(r.code.has_tie_in_code for r in readings) / count,
        low=sum(r.low for r in readings) / count,
        flat=sum(r.flat for r in readings) / count,
    )


def _unit(rows: np.ndarray) -> np.ndarray:
    centred = rows - rows.mean(axis=1, keepdims=True)
    norms = np.linalg.norm(centred, axis=1, keepdims=True)
    return np.divide(centred, norms, out=np.zeros_like(centred), where=norms > 0)
