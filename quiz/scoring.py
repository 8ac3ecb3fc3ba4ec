"""Scoring of interest answers: plain Python, no Django.

Answers are on a five-point scale stored as 0-4. An area's raw score is the sum of its
answers; its percent is the raw score over the most it could be, so the 60-item and 30-item
forms compare.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from occupations.areas import LETTERS

SCALE: tuple[tuple[int, str], ...] = (
    (0, "Strongly dislike"),
    (1, "Dislike"),
    (2, "Unsure"),
    (3, "Like"),
    (4, "Strongly like"),
)
MAX_VALUE = 4

# A profile whose areas all lie within this many percentage points is "flat".
FLAT_RANGE = 15.0
# Differentiation (top area minus the mean of the other five, in points) bands.
HIGH_DIFFERENTIATION = 30.0
LOW_DIFFERENTIATION = 15.0


@dataclass(frozen=True)
class Scores:
    raw: Mapping[str, int]
    maximum: Mapping[str, int]

    @property
    def percents(self) -> dict[str, float]:
        return {
            letter: round(100 * self.raw[letter] / self.maximum[letter], 1)
            if self.maximum[letter]
            else 0.0
            for letter in LETTERS
        }


def score_answers(answers: Iterable[tuple[str, int]]) -> Scores:
    """Sum (area letter, value) pairs into per-area raw scores and maxima."""
    raw = dict.fromkeys(LETTERS, 0)
    maximum = dict.fromkeys(LETTERS, 0)
    for letter, value in answers:
        if letter not in raw:
            raise ValueError(f"unknown interest area {letter!r}")
        if not 0 <= value <= MAX_VALUE:
            raise ValueError(f"answer {value!r} is outside 0-{MAX_VALUE}")
        raw[letter] += value
        maximum[letter] += MAX_VALUE
    return Scores(raw=raw, maximum=maximum)


@dataclass(frozen=True)
class HollandCode:
    """The three highest areas.

    Tie rule: areas are ranked by percent, highest first; areas with equal percents are tied
    and listed in the fixed R-I-A-S-E-C order. The code takes the first three letters of that
    ranking, and ``groups`` keeps the ties so they can be shown honestly.
    """

    letters: str
    groups: tuple[tuple[str, ...], ...]

    @property
    def has_tie_in_code(self) -> bool:
        position = 0
        for group in self.groups:
            if position < 3 and len(group) > 1:
                return True
            position += len(group)
        return False

    def describe(self, names: Mapping[str, str] | None = None) -> str:
        """E.g. "E, C, then R and I tied" (only as far as the third place reaches)."""
        label = (lambda letter: names[letter]) if names else (lambda letter: letter)
        parts: list[str] = []
        covered = 0
        for group in self.groups:
            if covered >= 3:
                break
            words = [label(letter) for letter in group]
            if len(words) == 1:
                parts.append(words[0])
            else:
                parts.append(" and ".join([", ".join(words[:-1]), words[-1]]) + " tied")
            covered += len(group)
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + ", then " + parts[-1]


def holland_code(percents: Mapping[str, float]) -> HollandCode:
    ranked = sorted(LETTERS, key=lambda letter: (-percents[letter], LETTERS.index(letter)))
    groups: list[tuple[str, ...]] = []
    for letter in ranked:
        if groups and percents[groups[-1][0]] == percents[letter]:
            groups[-1] = (*groups[-1], letter)
        else:
            groups.append((letter,))
    return HollandCode(letters="".join(ranked[:3]), groups=tuple(groups))


def differentiation(percents: Mapping[str, float]) -> float:
    """How far the top area stands above the mean of the other five, in percentage points."""
    values = sorted(percents.values(), reverse=True)
    return round(values[0] - sum(values[1:]) / 5, 1)


def differentiation_level(percents: Mapping[str, float]) -> str:
    value = differentiation(percents)
    if value >= HIGH_DIFFERENTIATION:
        return "high"
    if value >= LOW_DIFFERENTIATION:
        return "moderate"
    return "low"


def consistency(code: str) -> str:
    """Distance of the first two letters on Holland's hexagon R-I-A-S-E-C.

    Neighbours are "adjacent" (most consistent), one apart "alternate", across "opposite".
    """
    first, second = LETTERS.index(code[0]), LETTERS.index(code[1])
    distance = min((first - second) % 6, (second - first) % 6)
    return {1: "adjacent", 2: "alternate", 3: "opposite"}[distance]


def flat_profile(percents: Mapping[str, float]) -> str | None:
    """ "low", "middle" or "high" when all six areas lie close together; otherwise None."""
    values = list(percents.values())
    if max(values) - min(values) > FLAT_RANGE:
        return None
    mean = sum(values) / len(values)
    if mean < 40:
        return "low"
    if mean > 60:
        return "high"
    return "middle"
