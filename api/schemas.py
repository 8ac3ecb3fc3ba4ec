"""The API's request and response shapes; their field names are a contract with integrators."""

from typing import Annotated, Literal

from django.utils.translation import gettext
from ninja import Field, Schema
from pydantic import ConfigDict, StrictInt

from careerquiz.translation import active_translation
from occupations.credits import occupation_credits
from occupations.earlier_figures import figures_in_language
from occupations.formatting import money, requirement
from occupations.sources import source_note

SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
SOC_CODE_PATTERN = r"^[0-9]{2}-[0-9]{4}\.[0-9]{2}$"
ANSWER_KEY_PATTERN = r"^[0-9]+$"
WAGE_NAMES = ("median", "p10", "p25", "p75", "p90")
BLS_WORDS = (
    "BLS's own words, in English whatever the language; a career's record gives them in the "
    "response's language under requirements."
)

Answer = Annotated[StrictInt, Field(ge=0, le=4)]


class FieldError(Schema):
    field: str = Field(description='Where the problem is, e.g. "answers.123" or "limit".')
    message: str


class Error(Schema):
    detail: str
    errors: list[FieldError] = Field(
        default_factory=list, description="One entry per bad field; empty for other errors."
    )


class Area(Schema):
    letter: str
    name: str = Field(alias="name_i18n")
    friendly_name: str = Field(alias="friendly_name_i18n")
    description: str = Field(alias="description_i18n")


class QuestionnaireSummary(Schema):
    slug: str
    title: str = Field(alias="title_i18n")
    item_count: int


class ScalePoint(Schema):
    """From a (value, label) pair of ``quiz.scoring.SCALE``."""

    value: int
    label: str

    @staticmethod
    def resolve_value(point) -> int:
        return point[0]

    @staticmethod
    def resolve_label(point) -> str:
        return gettext(point[1])


class ItemOut(Schema):
    """From an ``Item`` of ``Item.objects.in_form()``."""

    id: int = Field(alias="pk")
    text: str = Field(alias="text_i18n")
    area: str = Field(alias="area.letter", description="The RIASEC letter the item is scored on.")
    reference_soc_code: str = Field(
        description="The O*NET-SOC code of the occupation whose work the item samples; "
        "empty for first-edition items."
    )


class QuestionnaireDetail(Schema):
    slug: str
    title: str
    scale: list[ScalePoint]
    items: list[ItemOut]


class ResultIn(Schema):
    model_config = ConfigDict(extra="forbid")

    questionnaire: str = Field(max_length=50, pattern=SLUG_PATTERN, examples=["quick"])
    answers: dict[Annotated[str, Field(pattern=ANSWER_KEY_PATTERN)], Answer] = Field(
        description="Every active item of the questionnaire, by item id, answered 0 to 4.",
        examples=[{"1": 4, "2": 0}],
    )


class Letters(Schema):
    R: float
    I: float  # noqa: E741 - the six fields are the RIASEC letters
    A: float
    S: float
    E: float
    C: float


class RawScores(Schema):
    R: int
    I: int  # noqa: E741
    A: int
    S: int
    E: int
    C: int


class Interests(Schema):
    R: float | None
    I: float | None  # noqa: E741
    A: float | None
    S: float | None
    E: float | None
    C: float | None


def _absolute(context, path: str) -> str:
    return context["request"].build_absolute_uri(path)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


class WageSummary(Schema):
    median: float | None
    unit: str = Field(description='"annual" or "hourly".')
    year: int | None = Field(description="The OEWS survey the wage is from (May of that year).")
    display: str = Field(description='The median as written for people: "$103,150".')


class OutlookSummary(Schema):
    period: str = Field(description='The BLS projection period, e.g. "2020-30".')
    percent_change: float | None
    openings: int | None = Field(description="Openings a year, on average over the period.")
    comparison: str


BRIGHT_OUTLOOK = Field(
    description="Growth much faster than average, or at least 100,000 openings a year "
    "(see the About page)."
)


def wage_summary(occupation) -> dict:
    """The median wage with the survey year it is from, as list items give it."""
    return {
        "median": occupation.wage_median,
        "unit": occupation.wage_unit,
        "year": occupation.wage_year,
        "display": money(
            occupation.wage_median,
            unit=occupation.wage_unit,
            top_coded="wage_median" in (occupation.wage_top_coded or []),
        ),
    }


def outlook_summary(occupation) -> dict:
    return {
        "period": occupation.outlook_period,
        "percent_change": occupation.outlook_percent,
        "openings": occupation.outlook_openings,
        "comparison": occupation.outlook_comparison,
    }


class MatchOut(Schema):
    """From an ``occupations.selectors.Match``."""

    soc_code: str = Field(alias="occupation.soc_code")
    title: str = Field(alias="occupation.title_i18n")
    url: str
    code: str = Field(
        alias="occupation.high_point_code",
        description="The career's O*NET high-point code, one to three letters.",
    )
    job_zone: int | None = Field(alias="occupation.job_zone")
    fit: int = Field(ge=0, le=100, description="How well the shapes of the profiles agree.")
    label: str = Field(description="Great, Good, Fair or Weak.")
    wages: WageSummary
    outlook: OutlookSummary
    bright_outlook: bool = BRIGHT_OUTLOOK
    why: str = Field(
        description="One sentence on what the person's and the career's profiles share and "
        "where they differ most."
    )

    @staticmethod
    def resolve_url(match, context) -> str:
        return _absolute(context, match.occupation.get_absolute_url())

    @staticmethod
    def resolve_wages(match) -> dict:
        return wage_summary(match.occupation)

    @staticmethod
    def resolve_outlook(match) -> dict:
        return outlook_summary(match.occupation)

    @staticmethod
    def resolve_bright_outlook(match) -> bool:
        return match.occupation.bright_outlook


class Statement(Schema):
    key: str = Field(description="low, flat, tie, differentiation or consistency.")
    text: str


class Differentiation(Schema):
    spread: float = Field(description="Highest area minus lowest, in percentage points.")
    iachan: float = Field(description="Iachan's index L1 - (L2 + L4) / 2, in points.")
    level: str = Field(description="high (Iachan 30+), moderate (15+) or low; low when flat.")


class InterpretationOut(Schema):
    low: bool = Field(description="No area reached 37.5%: matches are weak guidance.")
    flat: bool = Field(description="All six areas lie within 15 points of each other.")
    differentiation: Differentiation
    code_alternatives: list[str] = Field(
        description="Every code the ties allow, the code first; empty when there are more "
        "than six (several_codes)."
    )
    several_codes: bool
    consistency: str | None = Field(
        description="adjacent, alternate or opposite; null when the first two letters tie "
        "or the profile is flat."
    )
    guidance: str = Field(description="How far to lean on the code: clear, rough or weak.")
    statements: list[Statement] = Field(description="The sentences the results page shows.")


class ResultOut(Schema):
    """From a ``quiz.results.Interpretation``, as the results page shows it."""

    token: str
    url: str
    questionnaire: str = Field(alias="attempt.questionnaire.slug")
    scores: RawScores = Field(alias="scores.raw")
    percents: Letters = Field(alias="scores.percents")
    code: str = Field(alias="code.letters")
    interpretation: InterpretationOut
    matches: list[MatchOut] = Field(alias="matches.matches")

    @staticmethod
    def resolve_token(result) -> str:
        return str(result.attempt.token)

    @staticmethod
    def resolve_url(result, context) -> str:
        return _absolute(context, result.attempt.get_absolute_url())

    @staticmethod
    def resolve_interpretation(result) -> dict:
        reading = result.reading
        return {
            "low": reading.low,
            "flat": reading.flat,
            "differentiation": {
                "spread": reading.spread,
                "iachan": reading.iachan,
                "level": reading.differentiation,
            },
            "code_alternatives": reading.code_alternatives,
            "several_codes": reading.several_codes,
            "consistency": reading.consistency,
            "guidance": reading.guidance,
            "statements": [{"key": key, "text": text} for key, text in result.statements],
        }


class MatchList(Schema):
    results: list[MatchOut]


class CareerSummary(Schema):
    """From an ``Occupation``."""

    soc_code: str
    title: str = Field(alias="title_i18n")
    slug: str
    url: str
    code: str = Field(alias="high_point_code")
    job_zone: int | None
    median_wage: float | None = Field(alias="wage_median")
    wage_unit: str = Field(description='"annual" or "hourly": what median_wage is per.')
    wages: WageSummary
    outlook: OutlookSummary
    bright_outlook: bool = BRIGHT_OUTLOOK
    entry_education: str = Field(description=BLS_WORDS)

    @staticmethod
    def resolve_url(occupation, context) -> str:
        return _absolute(context, occupation.get_absolute_url())

    @staticmethod
    def resolve_wages(occupation) -> dict:
        return wage_summary(occupation)

    @staticmethod
    def resolve_outlook(occupation) -> dict:
        return outlook_summary(occupation)


class CareerPage(Schema):
    count: int
    results: list[CareerSummary]


class Wages(Schema):
    """From an ``Occupation``."""

    median: float | None = Field(alias="wage_median")
    p10: float | None = Field(alias="wage_p10")
    p25: float | None = Field(alias="wage_p25")
    p75: float | None = Field(alias="wage_p75")
    p90: float | None = Field(alias="wage_p90")
    employment: int | None
    year: int | None = Field(alias="wage_year")
    unit: str = Field(alias="wage_unit")
    top_coded: list[str] = Field(
        description="Percentiles at the ceiling BLS publishes: the real value is that or more."
    )
    display: dict[str, str] = Field(
        description='Each wage as written for people: "$239,200 or more".'
    )

    @staticmethod
    def resolve_top_coded(occupation) -> list[str]:
        top_coded = occupation.wage_top_coded or []
        return [name for name in WAGE_NAMES if f"wage_{name}" in top_coded]

    @staticmethod
    def resolve_display(occupation) -> dict[str, str]:
        top_coded = occupation.wage_top_coded or []
        shown = {}
        for name in WAGE_NAMES:
            value = getattr(occupation, f"wage_{name}")
            if value is not None:
                coded = f"wage_{name}" in top_coded
                shown[name] = money(value, unit=occupation.wage_unit, top_coded=coded)
        return shown


class Outlook(Schema):
    """From an ``Occupation``."""

    period: str = Field(alias="outlook_period")
    percent_change: float | None = Field(alias="outlook_percent")
    openings: int | None = Field(alias="outlook_openings")
    employment: int | None = Field(alias="outlook_employment")
    comparison: str = Field(alias="outlook_comparison")
    text: str = Field(alias="outlook_text_i18n")


class Industry(Schema):
    name: str = Field(alias="name_i18n")
    share_percent: float | None
    median_wage: float | None
    year: int | None = Field(description="Year of the share and wage (wages: May).")


class Quality(Schema):
    name: str = Field(alias="name_i18n")
    description: str = Field(alias="description_i18n")


class Link(Schema):
    organisation: str
    url: str
    description: str = Field(alias="description_i18n")


class RelatedCareer(Schema):
    soc_code: str
    title: str = Field(alias="title_i18n")
    url: str

    @staticmethod
    def resolve_url(occupation, context) -> str:
        return _absolute(context, occupation.get_absolute_url())


# Each field of Sources and the Occupation field it words (``occupations.sources``).
SOURCE_NOTES = (
    ("text", "text_source"),
    ("interests", "interest_source"),
    ("employment", "employment_source"),
    ("wages", "wage_source"),
    ("outlook", "outlook_source"),
    ("qualities", "qualities_source"),
)


class Requirements(Schema):
    """A career's requirements in words of the response's language, as its page shows them:
    BLS's "None" reads "Not usually needed", and a blank value stays blank."""

    entry_education: str
    work_experience: str
    job_training: str


class Sources(Schema):
    """Where a career's data come from, in the response's language; the credits follow
    ``occupations.credits``."""

    text: str
    interests: str
    employment: str
    wages: str
    outlook: str
    qualities: str
    attribution: list[str]


class CareerDetail(CareerSummary):
    """From an ``Occupation`` of ``Occupation.objects.with_details()``."""

    also_called: str = Field(alias="also_called_i18n")
    alternate_titles: list[str] = Field(description="Job titles O*NET reports for the career.")
    everyday_names: list[str] = Field(
        description="Everyday English names O*NET's titles lack (“cop”), which search knows too."
    )
    alternate_titles_es: list[str] = Field(
        description="Everyday and regional Spanish names of the career, which search knows too."
    )
    summary: str = Field(alias="summary_i18n")
    duties: list[str]
    interests: Interests
    job_zone_name: str
    wages: Wages
    outlook: Outlook
    bright_outlook: bool = BRIGHT_OUTLOOK
    earlier_figures: dict = Field(
        description="Figures from an earlier BLS release with their own year or period, kept "
        "for reference (the seed page's 2021 figures for Industrial Production Managers); "
        "sources and outlook text in the response's language."
    )
    work_environment: str = Field(alias="work_environment_i18n")
    entry_education: str = Field(description=BLS_WORDS)
    work_experience: str = Field(description=BLS_WORDS)
    job_training: str = Field(description=BLS_WORDS)
    requirements: Requirements
    industries: list[Industry]
    qualities: list[Quality]
    links: list[Link]
    related: list[RelatedCareer]
    sources: Sources
    updated_at: str

    @staticmethod
    def resolve_requirements(occupation) -> dict:
        return {
            field: requirement(value) if (value := getattr(occupation, field)) else ""
            for field in Requirements.model_fields
        }

    @staticmethod
    def resolve_earlier_figures(occupation) -> dict:
        return figures_in_language(occupation.earlier_figures, active_translation())

    @staticmethod
    def resolve_alternate_titles(occupation) -> list[str]:
        return _lines(occupation.alternate_titles)

    @staticmethod
    def resolve_everyday_names(occupation) -> list[str]:
        return _lines(occupation.everyday_names)

    @staticmethod
    def resolve_alternate_titles_es(occupation) -> list[str]:
        return _lines(occupation.alternate_titles_es)

    @staticmethod
    def resolve_duties(occupation) -> list[str]:
        return [duty.text_i18n for duty in occupation.duties.all()]

    @staticmethod
    def resolve_interests(occupation) -> dict:
        return occupation.interests

    @staticmethod
    def resolve_wages(occupation):
        return occupation

    @staticmethod
    def resolve_outlook(occupation):
        return occupation

    @staticmethod
    def resolve_related(occupation) -> list:
        return [link.to_occupation for link in occupation.related_links.all()]

    @staticmethod
    def resolve_sources(occupation) -> dict:
        credits = occupation_credits(occupation, list(occupation.industries.all()))
        related = [link.to_occupation for link in occupation.related_links.all()]
        titles = {career.title: career.title_i18n for career in related}
        notes = {
            name: source_note(getattr(occupation, field), titles) for name, field in SOURCE_NOTES
        }
        return {**notes, "attribution": credits.attribution}

    @staticmethod
    def resolve_updated_at(occupation) -> str:
        return occupation.updated_at.isoformat()


# Query strings ----------------------------------------------------------------------------

# Large enough for any scale a person is scored on, small enough to square without overflow.
MAX_SCORE = 1_000_000
Score = Annotated[float, Field(ge=0, le=MAX_SCORE, allow_inf_nan=False)]
JobZone = Annotated[int | None, Field(ge=1, le=5, description="O*NET Job Zone, 1 to 5.")]
MatchLimit = Annotated[int, Field(ge=1, le=200, description="How many matches, 1 to 200.")]


class MatchOptions(Schema):
    job_zone: JobZone = None
    limit: MatchLimit = 20


class ProfileQuery(MatchOptions):
    R: Score
    I: Score  # noqa: E741
    A: Score
    S: Score
    E: Score
    C: Score


class CareerQuery(Schema):
    q: str = Field(
        "",
        max_length=100,
        description="Words of a title, or the start of a code. A search lists the best matches "
        "first (titles that begin with the first word, then titles that hold it as a whole "
        "word, then the rest), each group by title; without one, careers come by title.",
    )
    area: Literal["R", "I", "A", "S", "E", "C"] | None = Field(
        None, description="Careers with this letter anywhere in their high-point code."
    )
    code: str | None = Field(
        None,
        pattern=r"^[RIASECriasec]{1,3}$",
        description="Careers whose high-point code starts with these letters, e.g. EC.",
    )
    job_zone: JobZone = None
    education: int | None = Field(
        None,
        ge=1,
        le=8,
        description="Typical entry-level education at most this level: 1 no formal credential, "
        "2 high school, 3 some college, 4 postsecondary award, 5 associate's, 6 bachelor's, "
        "7 master's, 8 doctoral or professional degree.",
    )
    bright: bool | None = Field(None, description="true: only careers with a bright outlook.")
    limit: int = Field(25, ge=1, le=100)
    offset: int = Field(0, ge=0, le=1_000_000)
