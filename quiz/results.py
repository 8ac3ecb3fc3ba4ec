"""What a finished result says: scores, Holland code, advice and matching careers.

``interpret_result`` is the one reading of a result: the results page, the API (and any
printout) all show what it returns.
"""

from dataclasses import dataclass

from django.template.defaultfilters import floatformat
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from careerquiz.prepared import PreparedQuery
from occupations.models import InterestArea
from occupations.selectors import MatchList, match_occupations
from quiz.cards import CardWords, MatchCard, card_list
from quiz.models import Attempt, Questionnaire
from quiz.norms import NORMS_MINIMUM, NormTable, percentile_rank
from quiz.scoring import LETTERS, HollandCode, Reading, Scores, read_profile
from quiz.wording import join, statements

# A profile that is low or flat says little, so no career is labelled better than this.
UNCLEAR_CEILING = "Good"
_AREAS = PreparedQuery(
    InterestArea,
    lambda marks: InterestArea.objects.values_list(
        *(field.attname for field in InterestArea._meta.concrete_fields)
    ),
)


@dataclass(frozen=True)
class AreaScore:
    area: InterestArea
    raw: int
    maximum: int
    percent: float
    percentile: int | None = None


@dataclass(frozen=True)
class Interpretation:
    attempt: Attempt
    scores: Scores
    areas: list[AreaScore]
    code: HollandCode
    top: list[AreaScore]
    reading: Reading
    matches: MatchList

    @property
    def friendly_code(self) -> str:
        return join([score.area.friendly_name_i18n for score in self.top])

    @property
    def statements(self) -> list[tuple[str, str]]:
        """The sentences shown, with the areas by their friendly names."""
        return statements(
            self.reading, {s.area.letter: s.area.friendly_name_i18n for s in self.areas}
        )

    @property
    def shows_percentiles(self) -> bool:
        return self.areas[0].percentile is not None

    @property
    def score_rows(self) -> list[dict]:
        """The score table's rows in words, worked out here rather than by template filters."""
        words = _("%(raw)s of %(maximum)s (%(percent)s%%)")
        return [
            {
                **_names(score.area),
                "score": words
                % {"raw": score.raw, "maximum": score.maximum, "percent": _whole(score.percent)},
                "percentile": score.percentile,
                "bar": f"{score.percent:.1f}",
                "colour": score.area.colour,
            }
            for score in self.areas
        ]

    @property
    def top_rows(self) -> list[dict]:
        words = _("You scored %(percent)s%% here.")
        return [
            {
                **_names(score.area),
                "description": score.area.description_i18n,
                "scored": words % {"percent": _whole(score.percent)},
            }
            for score in self.top
        ]

    @property
    def cards(self) -> list[MatchCard]:
        return self._cards(self._card_words())

    @property
    def card_list(self) -> SafeString:
        """The results page's list of cards, as HTML."""
        words = self._card_words()
        return card_list(self._cards(words), words)

    def _card_words(self) -> CardWords:
        return CardWords.for_page({s.area.letter: s.area.friendly_name_i18n for s in self.areas})

    def _cards(self, words: CardWords) -> list[MatchCard]:
        return [MatchCard.build(match, words) for match in self.matches.matches]


def _names(area: InterestArea) -> dict:
    return {"name": area.friendly_name_i18n, "area_name": area.name_i18n}


def _whole(percent: float) -> str:
    """A percent as the templates' ``floatformat:0`` writes it (halves rounded up)."""
    return floatformat(percent, 0)


def site_norms(questionnaire: Questionnaire) -> NormTable | None:
    """The saved norms, when staff have switched them on for this questionnaire."""
    if questionnaire.show_percentiles and questionnaire.norms_count >= NORMS_MINIMUM:
        return questionnaire.norms
    return None


def fit_ceiling(reading: Reading) -> str | None:
    return UNCLEAR_CEILING if reading.low or reading.flat else None


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
    by_letter = {area.letter: area for area in _AREAS.objects()}
    norms = site_norms(attempt.questionnaire)
    area_scores = [
        AreaScore(
            area=by_letter[letter],
            raw=scores.raw[letter],
            maximum=scores.maximum[letter],
            percent=percents[letter],
            percentile=percentile_rank(norms, letter, percents[letter]) if norms else None,
        )
        for letter in LETTERS
    ]
    reading = read_profile(percents)
    code = reading.code
    lookup = {score.area.letter: score for score in area_scores}
    return Interpretation(
        attempt=attempt,
        scores=scores,
        areas=area_scores,
        code=code,
        top=[lookup[letter] for letter in code.letters],
        reading=reading,
        matches=match_occupations(
            percents,
            code.letters,
            job_zone=job_zone,
            area=area,
            limit=limit,
            ceiling=fit_ceiling(reading),
        ),
    )
