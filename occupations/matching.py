"""Ranking occupations by how well their interest profile fits a person's: no Django.

Fit is the Pearson correlation between the person's six scores and the occupation's six
O*NET interest values, so only the shape of a profile counts, never its overall level: the
person may be scored on any non-negative scale. Ranking is one vectorised pass over a matrix
of profiles.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from occupations.areas import LETTERS

# Cut-offs on r x 100. O*NET publishes no correlation cut-off for its interest matches (its
# tools match on the high-point code); these follow the usual reading of profile correlations,
# where .50 and above is a strong agreement of shape. See the "How the quiz works" page.
FIT_LABELS: tuple[tuple[int, str], ...] = ((75, "Great"), (50, "Good"), (25, "Fair"), (0, "Weak"))
LABELS: tuple[str, ...] = tuple(label for _, label in FIT_LABELS)


def fit_label(fit: int, ceiling: str | None = None) -> str:
    """The label of a fit, never better than ``ceiling`` (used when a profile is low or flat)."""
    label = next(label for floor, label in FIT_LABELS if fit >= floor)
    if ceiling is not None and LABELS.index(label) < LABELS.index(ceiling):
        return ceiling
    return label


@dataclass(frozen=True)
class Ranked:
    index: int
    correlation: float
    fit: int

    @property
    def label(self) -> str:
        return fit_label(self.fit)


class ProfileMatrix:
    """Occupation profiles, centred and scaled once so each ranking is one matrix product."""

    def __init__(self, profiles: Sequence[Sequence[float]], codes: Sequence[str]) -> None:
        matrix = np.asarray(profiles, dtype=np.float64).reshape(-1, 6)
        centred = matrix - matrix.mean(axis=1, keepdims=True)
        norms = np.linalg.norm(centred, axis=1, keepdims=True)
        self.size = matrix.shape[0]
        self.raw = matrix
        self.unit = np.divide(centred, norms, out=np.zeros_like(centred), where=norms > 0)
        self.code_letters = [np.array([code[p : p + 1] for code in codes]) for p in range(3)]

    def rank(
        self,
        person: Mapping[str, float],
        person_code: str,
        limit: int | None = None,
        allowed: np.ndarray | None = None,
    ) -> list[Ranked]:
        """Best fits first.

        Ties in correlation (to 4 decimals) go to occupations whose high-point code agrees with
        the person's code in more leading letters, then to the earlier row. A person with a flat
        profile (no variance) has no correlation with anything, so occupations are ranked by
        their value in the person's top area instead (``is_flat`` tells callers).
        """
        vector = np.array([float(person[letter]) for letter in LETTERS])
        if self.size == 0:
            return []
        agreement = self._agreement(person_code)
        if is_flat(person):
            top = LETTERS.index(person_code[0])
            primary = (self.raw[:, top] - 1) / 6
            correlations = np.zeros(self.size)
        else:
            centred = vector - vector.mean()
            correlations = self.unit @ (centred / np.linalg.norm(centred))
            primary = correlations
        order_keys = [np.arange(self.size), -agreement, -np.round(primary, 4)]
        order = np.lexsort(order_keys)
        if allowed is not None:
            order = order[allowed[order]]
        if limit is not None:
            order = order[:limit]
        return [
            Ranked(index=int(i), correlation=float(correlations[i]), fit=_fit(correlations[i]))
            for i in order
        ]

    def _agreement(self, person_code: str) -> np.ndarray:
        """How many leading letters of each occupation's code agree with the person's code."""
        agreement = np.zeros(self.size)
        still = np.ones(self.size, dtype=bool)
        for letters, letter in zip(self.code_letters, person_code[:3], strict=False):
            still &= letters == letter
            agreement += still
        return agreement


def _fit(correlation: float) -> int:
    return int(round(max(correlation, 0.0) * 100))


def is_flat(person: Mapping[str, float]) -> bool:
    values = [float(person[letter]) for letter in LETTERS]
    return max(values) - min(values) == 0
