"""Scoring of interest answers: plain Python, no Django.

Answers are on a five-point scale stored as 0-4. An area's raw score is the sum of its
answers; its percent is the raw score over the most it could be, so the 60-item and 30-item
forms compare.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import permutations

from occupations.areas import LETTERS


def gettext_noop(text: str) -> str:
    """Marks a text for the translation catalogues (makemessages finds this name) and returns
    it unchanged: scoring stays free of Django; quiz.wording translates when it shows it."""
    return text


SCALE: tuple[tuple[int, str], ...] = (
    (0, gettext_noop("Strongly dislike")),
    (1, gettext_noop("Dislike")),
    (2, gettext_noop("Unsure")),
    (3, gettext_noop("Like")),
    (4, gettext_noop("Strongly like")),
)
MAX_VALUE = 4

# Bands, all in percentage points of the 0-100 area scale (see docs/HOW_IT_WORKS.md).
# A profile whose six areas all lie within FLAT_RANGE points of each other is "flat": its
# ranking is within what one or two changed answers per area would move.
FLAT_RANGE = 15.0
# "Low": no area reaches LOW_CEILING, halfway between "Dislike" (25) and "Unsure" (50).
LOW_CEILING = 37.5
# Iachan's index bands: "high" when the top area stands 30 points or more above the average
# of the second and fourth, "low" under 15 (the width of a flat profile).
HIGH_DIFFERENTIATION = 30.0
LOW_DIFFERENTIATION = 15.0
# The first area "leads" only when it is at least this far ahead of the second.
CLEAR_LEAD = 10.0
# More codes than this are reported as "several" rather than listed.
MOST_ALTERNATIVES = 6


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


def holland_code(percents: Mapping[str, float]) -> HollandCode:
    ranked = sorted(LETTERS, key=lambda letter: (-percents[letter], LETTERS.index(letter)))
    groups: list[tuple[str, ...]] = []
    for letter in ranked:
        if groups and percents[groups[-1][0]] == percents[letter]:
            groups[-1] = (*groups[-1], letter)
        else:
            groups.append((letter,))
    return HollandCode(letters="".join(ranked[:3]), groups=tuple(groups))


def spread(percents: Mapping[str, float]) -> float:
    """Holland's simplest differentiation: the highest area minus the lowest, in points."""
    values = list(percents.values())
    return round(max(values) - min(values), 1)


def iachan(percents: Mapping[str, float]) -> float:
    """Iachan's (1984) differentiation index: L1 - (L2 + L4) / 2.

    L1, L2 and L4 are the highest, second and fourth highest areas. Unlike "top minus the mean
    of the rest", a runner-up right behind the top area pulls it down.
    """
    values = sorted(percents.values(), reverse=True)
    return round(values[0] - (values[1] + values[3]) / 2, 1)


def differentiation_level(percents: Mapping[str, float]) -> str:
    """ "high", "moderate" or "low" by Iachan's index; a flat profile is always "low"."""
    value = iachan(percents)
    if spread(percents) <= FLAT_RANGE or value < LOW_DIFFERENTIATION:
        return "low"
    return "high" if value >= HIGH_DIFFERENTIATION else "moderate"


def consistency(code: str) -> str:
    """Distance of the first two letters on Holland's hexagon R-I-A-S-E-C.

    Neighbours are "adjacent" (most consistent), one apart "alternate", across "opposite".
    """
    first, second = LETTERS.index(code[0]), LETTERS.index(code[1])
    distance = min((first - second) % 6, (second - first) % 6)
    return {1: "adjacent", 2: "alternate", 3: "opposite"}[distance]


def is_low(percents: Mapping[str, float]) -> bool:
    return max(percents.values()) < LOW_CEILING


def is_flat(percents: Mapping[str, float]) -> bool:
    return spread(percents) <= FLAT_RANGE


def code_alternatives(code: HollandCode) -> list[str]:
    """Every three-letter code the ties allow, the code itself first.

    Tied letters may come in any order, and a tie group that straddles third place may give
    any of its letters to the remaining places.
    """
    codes = [""]
    for group in code.groups:
        room = 3 - len(codes[0])
        if room <= 0:
            break
        taken = min(room, len(group))
        codes = [
            prefix + "".join(order) for prefix in codes for order in permutations(group, taken)
        ]
    return sorted(codes, key=lambda letters: letters != code.letters)


@dataclass(frozen=True)
class Reading:
    """Everything the quiz may say about one profile, worked out once.

    The page, the print view and the API all show this object, so they cannot disagree;
    quiz.wording words it.
    """

    percents: Mapping[str, float]
    code: HollandCode
    spread: float
    iachan: float
    differentiation: str
    low: bool
    flat: bool
    level: str
    alternatives: tuple[str, ...]
    alternative_count: int
    consistency: str | None

    @property
    def top_tied(self) -> bool:
        return len(self.code.groups[0]) > 1

    @property
    def lead(self) -> float:
        values = sorted(self.percents.values(), reverse=True)
        return round(values[0] - values[1], 1)

    @property
    def code_alternatives(self) -> list[str]:
        """All codes the ties allow when there are at most six; otherwise none ("several")."""
        return list(self.alternatives) if self.alternative_count <= MOST_ALTERNATIVES else []

    @property
    def several_codes(self) -> bool:
        return self.alternative_count > MOST_ALTERNATIVES

    @property
    def guidance(self) -> str:
        """How far to lean on the code: "clear", "rough" or "weak"."""
        if self.low or self.flat:
            return "weak"
        if self.differentiation == "high" and not self.top_tied and self.lead >= CLEAR_LEAD:
            return "clear"
        return "rough"


def read_profile(percents: Mapping[str, float]) -> Reading:
    code = holland_code(percents)
    alternatives = code_alternatives(code)
    first_two_clear = len(code.groups[0]) == 1 and len(code.groups[1]) == 1
    flat = is_flat(percents)
    mean = sum(percents.values()) / len(percents)
    return Reading(
        percents=dict(percents),
        code=code,
        spread=spread(percents),
        iachan=iachan(percents),
        differentiation=differentiation_level(percents),
        low=is_low(percents),
        flat=flat,
        level="low" if mean < 40 else "high" if mean > 60 else "middle",
        alternatives=tuple(alternatives[:MOST_ALTERNATIVES]),
        alternative_count=len(alternatives),
        consistency=consistency(code.letters) if first_two_clear and not flat else None,
    )
