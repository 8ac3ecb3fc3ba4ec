"""What a result page says about a person's scores, in plain words."""

from dataclasses import dataclass

from django.http import HttpRequest
from django.template.loader import render_to_string

from occupations.formatting import join_words
from occupations.models import InterestArea
from occupations.selectors import match_occupations
from quiz.matches import MatchFilterForm
from quiz.models import Attempt
from quiz.scoring import LETTERS, HollandCode, Reading, Scores, read_profile

# A profile that is low or flat says little, so no career is labelled better than this.
UNCLEAR_CEILING = "Good"


@dataclass(frozen=True)
class AreaScore:
    area: InterestArea
    raw: int
    maximum: int
    percent: float


@dataclass(frozen=True)
class Interpretation:
    scores: Scores
    areas: list[AreaScore]
    code: HollandCode
    top: list[AreaScore]
    reading: Reading

    @property
    def friendly_code(self) -> str:
        return join_words([score.area.friendly_name for score in self.top])

    @property
    def statements(self) -> list[tuple[str, str]]:
        return self.reading.statements({s.area.letter: s.area.friendly_name for s in self.areas})

    @property
    def fit_ceiling(self) -> str | None:
        return fit_ceiling(self.reading)


def fit_ceiling(reading: Reading) -> str | None:
    return UNCLEAR_CEILING if reading.low or reading.flat else None


def interpret(attempt: Attempt, areas: list[InterestArea]) -> Interpretation:
    """Built from the stored scores only, so later edits to items never change a result."""
    scores = Scores(raw=attempt.raw_scores, maximum=attempt.max_scores)
    percents = scores.percents
    by_letter = {area.letter: area for area in areas}
    area_scores = [
        AreaScore(
            area=by_letter[letter],
            raw=scores.raw[letter],
            maximum=scores.maximum[letter],
            percent=percents[letter],
        )
        for letter in LETTERS
    ]
    reading = read_profile(percents)
    code = reading.code
    lookup = {score.area.letter: score for score in area_scores}
    return Interpretation(
        scores=scores,
        areas=area_scores,
        code=code,
        top=[lookup[letter] for letter in code.letters],
        reading=reading,
    )


def render_result_body(
    request: HttpRequest, attempt: Attempt, *, options: dict, version: tuple
) -> str:
    """The main content of a results page: scores, code, advice and matching careers."""
    areas = list(InterestArea.objects.all())
    interpretation = interpret(attempt, areas)
    matches = match_occupations(
        interpretation.scores.percents,
        interpretation.code.letters,
        version=version,
        ceiling=interpretation.fit_ceiling,
        **options,
    )
    context = {
        "attempt": attempt,
        "result": interpretation,
        "filters": MatchFilterForm(request.GET or None, areas=areas),
        "options": options,
        "matches": matches,
        "areas_by_letter": {area.letter: area for area in areas},
        "url": request.build_absolute_uri(attempt.get_absolute_url()),
    }
    return render_to_string("quiz/includes/_result_body.html", context, request)
