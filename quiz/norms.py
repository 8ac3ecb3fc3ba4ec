"""Norms from this site's own results: plain Python, no Django.

A norm table holds, for each area, how many finished results had each percent score. A
person's percentile in an area is the mid-rank: the share who scored lower plus half the
share who scored the same, so a score in the middle of many equal ones sits in their middle.
"""

from collections import Counter
from collections.abc import Iterable, Mapping

from quiz.scoring import LETTERS, Scores

# Fewer results than this describe too few people for a percentile to mean much.
NORMS_MINIMUM = 200
SHOWN_PERCENTILES: tuple[int, ...] = (10, 25, 50, 75, 90)

NormTable = dict[str, dict[str, int]]  # area letter -> {percent as text: count}


def norm_table(results: Iterable[tuple[Mapping[str, int], Mapping[str, int]]]) -> NormTable:
    """Counts of each area's percent over (raw scores, maxima) pairs of finished results."""
    counts = {letter: Counter() for letter in LETTERS}
    for raw, maximum in results:
        if not raw or set(raw) != set(LETTERS):
            continue  # not a complete set of six scores
        percents = Scores(raw=raw, maximum=maximum).percents
        for letter in LETTERS:
            counts[letter][str(percents[letter])] += 1
    return {
        letter: dict(sorted(counts[letter].items(), key=lambda kv: float(kv[0])))
        for letter in LETTERS
    }


def table_size(table: NormTable) -> int:
    return sum(table[LETTERS[0]].values()) if table else 0


def percentile_rank(table: NormTable, letter: str, percent: float) -> int:
    """Mid-rank percentile (0-100, rounded) of ``percent`` in the area's distribution."""
    counts = {float(value): count for value, count in table[letter].items()}
    total = sum(counts.values())
    below = sum(count for value, count in counts.items() if value < percent)
    same = counts.get(percent, 0)
    return round(100 * (below + same / 2) / total)


def percentiles(table: NormTable, letter: str) -> dict[int, float]:
    """The area's score at each shown percentile (nearest rank)."""
    values = sorted((float(value), count) for value, count in table[letter].items())
    total = sum(count for _, count in values)
    found: dict[int, float] = {}
    for wanted in SHOWN_PERCENTILES:
        rank = max(1, -(-wanted * total // 100))
        seen = 0
        for value, count in values:
            seen += count
            if seen >= rank:
                found[wanted] = value
                break
    return found
