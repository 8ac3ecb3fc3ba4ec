"""The API's request and response shapes; their field names are a contract with integrators."""

from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import ConfigDict, StrictInt

SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
SOC_CODE_PATTERN = r"^[0-9]{2}-[0-9]{4}\.[0-9]{2}$"
ANSWER_KEY_PATTERN = r"^[0-9]+$"

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
    name: str
    friendly_name: str
    description: str


class QuestionnaireSummary(Schema):
    slug: str
    title: str
    item_count: int


class ScalePoint(Schema):
    value: int
    label: str


class ItemOut(Schema):
    id: int
    text: str


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


class MatchOut(Schema):
    soc_code: str
    title: str
    url: str
    code: str = Field(description="The career's O*NET high-point code, one to three letters.")
    job_zone: int | None
    fit: int = Field(ge=0, le=100, description="How well the shapes of the profiles agree.")
    label: str = Field(description="Great, Good, Fair or Weak.")
    wages: WageSummary
    outlook: OutlookSummary
    bright_outlook: bool = BRIGHT_OUTLOOK


class ResultOut(Schema):
    token: str
    url: str
    questionnaire: str
    scores: RawScores
    percents: Letters
    code: str
    matches: list[MatchOut]


class MatchList(Schema):
    results: list[MatchOut]


class CareerSummary(Schema):
    soc_code: str
    title: str
    slug: str
    url: str
    code: str
    job_zone: int | None
    median_wage: float | None
    wage_unit: str = Field(description='"annual" or "hourly": what median_wage is per.')
    wages: WageSummary
    outlook: OutlookSummary
    bright_outlook: bool = BRIGHT_OUTLOOK
    entry_education: str


class CareerPage(Schema):
    count: int
    results: list[CareerSummary]


class Wages(Schema):
    median: float | None
    p10: float | None
    p25: float | None
    p75: float | None
    p90: float | None
    employment: int | None
    year: int | None
    unit: str
    top_coded: list[str] = Field(
        description="Percentiles at the ceiling BLS publishes: the real value is that or more."
    )
    display: dict[str, str] = Field(
        description='Each wage as written for people: "$239,200 or more".'
    )


class Outlook(Schema):
    period: str
    percent_change: float | None
    openings: int | None
    employment: int | None
    comparison: str
    text: str


class Industry(Schema):
    name: str
    share_percent: float | None
    median_wage: float | None
    year: int | None = Field(description="Year of the share and wage (wages: May).")


class Quality(Schema):
    name: str
    description: str


class Link(Schema):
    organisation: str
    url: str
    description: str


class RelatedCareer(Schema):
    soc_code: str
    title: str
    url: str


class Sources(Schema):
    text: str
    interests: str
    employment: str
    wages: str
    outlook: str
    qualities: str
    attribution: list[str]


class CareerDetail(Schema):
    soc_code: str
    title: str
    slug: str
    url: str
    also_called: str
    alternate_titles: list[str]
    summary: str
    duties: list[str]
    code: str
    interests: Interests
    job_zone: int | None
    job_zone_name: str
    wages: Wages
    outlook: Outlook
    bright_outlook: bool = BRIGHT_OUTLOOK
    earlier_figures: dict = Field(
        description="Figures from an earlier BLS release with their own year or period, kept "
        "for reference (the seed page's 2021 figures for Industrial Production Managers)."
    )
    work_environment: str
    entry_education: str
    work_experience: str
    job_training: str
    industries: list[Industry]
    qualities: list[Quality]
    links: list[Link]
    related: list[RelatedCareer]
    sources: Sources
    updated_at: str


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
    q: str = Field("", max_length=100, description="Words of a title, or the start of a code.")
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
