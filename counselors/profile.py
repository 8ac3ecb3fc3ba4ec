"""A group's interest profile: plain Python, no Django."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from occupations.areas import LETTERS


@dataclass(frozen=True)
class GroupProfile:
    results: int
    mean_percents: dict[str, float]
    first_letters: dict[str, int]


def group_profile(results: Iterable[tuple[Mapping[str, float], str]]) -> GroupProfile:
    """The mean percent of each area, and how many codes start with each letter.

    Each result is (area percents, Holland code). Percents, not raw scores, are averaged so
    that results of the full and the quick form count alike.
    """
    totals = dict.fromkeys(LETTERS, 0.0)
    first_letters = dict.fromkeys(LETTERS, 0)
    count = 0
    for percents, code in results:
        for letter in LETTERS:
            totals[letter] += percents[letter]
        first_letters[code[0]] += 1
        count += 1
    means = {letter: round(totals[letter] / count, 1) if count else 0.0 for letter in LETTERS}
    return GroupProfile(results=count, mean_percents=means, first_letters=first_letters)
