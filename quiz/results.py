"""What a finished result says: scores, Holland code, advice and matching careers.

``interpret_result`` is the one reading of a result: the results page, the API (and any
printout) all show what it returns.
"""

from dataclasses import dataclass

from occupations.formatting import join_words
from occupations.models import InterestArea
from occupations.selectors import Match, MatchList, match_occupations
from quiz.models import Attempt
from quiz.scoring import (
    LETTERS,
    HollandCode,
    Scores,
    consistency,
    differentiation_level,
    flat_profile,
    holland_code,
)


@dataclass(frozen=True)
class AreaScore:
    area: InterestArea
    raw: int
    maximum: int
    percent: float


@dataclass(frozen=True)
class MatchCard:
    """A match with its words worked out once, not by loops in the template per card."""

    match: Match
    code_names: str  # "Persuading, Organizing, Building"


@dataclass(frozen=True)
class Interpretation:
    attempt: Attempt
    scores: Scores
    areas: list[AreaScore]
    code: HollandCode
    top: list[AreaScore]
    differentiation: str
    consistency: str
    flat: str | None
    matches: MatchList

    @property
    def friendly_code(self) -> str:
        return join_words([score.area.friendly_name for score in self.top])

    @property
    def tie_description(self) -> str:
        return self.code.describe()

    @property
    def cards(self) -> list[MatchCard]:
        names = {score.area.letter: score.area.friendly_name for score in self.areas}
        return [
            MatchCard(
                match=match,
                code_names=", ".join(names[letter] for letter in match.occupation.high_point_code),
            )
            for match in self.matches.matches
        ]


def interpret_result(
    attempt: Attempt,
    *,
    job_zone: int | None = None,
    area: str | None = None,
    limit: int = 20,
) -> Interpretation:
    """Built from the stored scores only, so later edits to items never change a result."""
    scores = Scores(raw=attempt.raw_scores, maximum=attempt.max_scores)
    percents = scores.percents
    by_letter = {area.letter: area for area in InterestArea.objects.all()}
    area_scores = [
        AreaScore(
            area=by_letter[letter],
            raw=scores.raw[letter],
            maximum=scores.maximum[letter],
            percent=percents[letter],
        )
        for letter in LETTERS
    ]
    code = holland_code(percents)
    lookup = {score.area.letter: score for score in area_scores}
    return Interpretation(
        attempt=attempt,
        scores=scores,
        areas=area_scores,
        code=code,
        top=[lookup[letter] for letter in code.letters],
        differentiation=differentiation_level(percents),
        consistency=consistency(code.letters),
        flat=flat_profile(percents),
        matches=match_occupations(
            percents, code.letters, job_zone=job_zone, area=area, limit=limit
        ),
    )
