"""What a finished result says: scores, Holland code, advice and matching careers.

``interpret_result`` is the one reading of a result: the results page, the API (and any
printout) all show what it returns.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from django.urls import reverse

from occupations.formatting import change_words, money, period_words
from occupations.models import InterestArea
from occupations.selectors import Match, MatchList, match_occupations
from quiz.models import Attempt, Questionnaire
from quiz.norms import NORMS_MINIMUM, NormTable, percentile_rank
from quiz.scoring import LETTERS, HollandCode, Reading, Scores, read_profile
from quiz.wording import fit_label, fit_phrase, join, statements

# A profile that is low or flat says little, so no career is labelled better than this.
UNCLEAR_CEILING = "Good"
# A slug no career has, reversed to find the address around a slug.
SLUG_MARK = "slug-mark"


@dataclass(frozen=True)
class AreaScore:
    area: InterestArea
    raw: int
    maximum: int
    percent: float
    percentile: int | None = None


@dataclass(frozen=True)
class MatchCard:
    """A match with its words worked out once, not by loops, tags and filters in the template:
    the results page shows twenty cards."""

    match: Match
    code_names: str  # "Persuading, Organizing, Building"
    fit_label: str  # "Great"
    fit_phrase: str  # "Great fit"
    url: str
    title: str
    code: str  # "ECR"
    fit: int
    fit_class: str  # "great"
    why: str
    job_zone: int | None
    job_zone_name: str  # "some preparation needed"
    pay: str  # "" without a median wage
    change: str | None  # "grow 3 percent"; None without a projection
    period: str | None  # "2023 to 2033"
    wage_year: int | None
    bright_outlook: bool

    @classmethod
    def build(cls, match: Match, names: Mapping[str, str], url_parts: tuple[str, str]):
        occupation = match.occupation
        top_coded = "wage_median" in (occupation.wage_top_coded or [])
        percent, period = occupation.outlook_percent, occupation.outlook_period
        return cls(
            match=match,
            code_names=", ".join(names[letter] for letter in occupation.high_point_code),
            fit_label=fit_label(match.label),
            fit_phrase=fit_phrase(match.label),
            url=occupation.slug.join(url_parts),
            title=occupation.title_i18n,
            code=occupation.high_point_code,
            fit=match.fit,
            fit_class=match.label.lower(),
            why=match.why,
            job_zone=occupation.job_zone,
            job_zone_name=occupation.job_zone_name.lower(),
            pay=money(occupation.wage_median, occupation.wage_unit, top_coded)
            if occupation.wage_median
            else "",
            change=None if percent is None else change_words(percent),
            period=period_words(period) if period else None,
            wage_year=occupation.wage_year,
            bright_outlook=occupation.bright_outlook,
        )


def career_url_parts() -> tuple[str, str]:
    """A career page's address around its slug: reversed once, not once per card."""
    return tuple(reverse("occupations:detail", args=[SLUG_MARK]).split(SLUG_MARK))


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
    def cards(self) -> list[MatchCard]:
        names = {score.area.letter: score.area.friendly_name_i18n for score in self.areas}
        url_parts = career_url_parts()
        return [MatchCard.build(match, names, url_parts) for match in self.matches.matches]


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
    by_letter = {area.letter: area for area in InterestArea.objects.all()}
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
