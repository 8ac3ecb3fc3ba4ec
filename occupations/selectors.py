"""Reads of the catalogue: a career's page facts, and matching a person's scores to careers.

``match_occupations`` is the one way anything (results page, API) ranks careers; the math it
runs is ``occupations.matching``.
"""

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from django.utils import translation

from careerquiz.prepared import PreparedQuery
from careerquiz.translation import SOURCE_LANGUAGE, TRANSLATION_LANGUAGES, active_translation
from occupations.areas import LETTERS
from occupations.cache import catalogue_version
from occupations.explanation import Profile, explain_match
from occupations.matching import ProfileMatrix, fit_label, is_flat
from occupations.models import InterestArea, Occupation

PROFILE_FIELDS = tuple(f"interest_{letter.lower()}" for letter in LETTERS)
# What a listed career shows: a match on the results page and in the API, a row of the
# career list.
MATCH_FIELDS = (
    "soc_code",
    "title",
    "title_es",
    "slug",
    "high_point_code",
    "job_zone",
    "wage_median",
    "wage_unit",
    "wage_year",
    "wage_top_coded",
    "outlook_period",
    "outlook_percent",
    "outlook_comparison",
    "outlook_openings",
)

_MATCHED = PreparedQuery(
    Occupation,
    lambda marks: (
        Occupation.objects.filter(id__in=marks).order_by().values_list("id", *MATCH_FIELDS)
    ),
)


# A career page shows every field of the record but these and the generated (folded) titles:
# the other titles serve search only.
NOT_ON_CAREER_PAGE = {
    "alternate_titles",
    "alternate_titles_es",
    "everyday_names",
    "outlook_employment",
    "edited_fields",
    "created_at",
}
CAREER_FIELDS = tuple(
    field.attname
    for field in Occupation._meta.concrete_fields
    if field.name not in NOT_ON_CAREER_PAGE and not field.generated
)
# A career page runs these same seven queries on every request: their SQL is built once.
_CAREER = PreparedQuery(
    Occupation,
    lambda marks: Occupation.objects.filter(slug__in=marks).values_list(*CAREER_FIELDS),
    field="slug",
    kind=str,
)


def _list_of(relation: str, *fields: str) -> PreparedQuery:
    """Rows of one of a career's lists (``Occupation.<relation>``), in the staff's order."""
    link = Occupation._meta.get_field(relation)
    model, key = link.related_model, link.field.name
    return PreparedQuery(
        model, lambda marks: model.objects.filter(**{f"{key}__in": marks}).values_list(*fields)
    )


_DUTIES = _list_of("duties", "text", "text_es")
_INDUSTRIES = _list_of("industries", "name", "name_es", "share_percent", "median_wage", "year")
_QUALITIES = _list_of("qualities", "name", "name_es", "description", "description_es")
_LINKS = _list_of("links", "organisation", "url", "description", "description_es")
_RELATED = _list_of(
    "related_links", "to_occupation__slug", "to_occupation__title", "to_occupation__title_es"
)

_AREAS = PreparedQuery(
    InterestArea,
    lambda _marks: InterestArea.objects.values_list(
        "letter",
        "friendly_name",
        "friendly_name_es",
        "name",
        "name_es",
        "description",
        "description_es",
        "colour",
    ),
)


@dataclass(frozen=True)
class CareerFacts:
    """A career page's data: the record and its lists as plain rows, in the staff's order."""

    occupation: Occupation
    areas: list[tuple]  # letter, friendly_name(_es), name(_es), description(_es), colour
    duties: list[tuple[str, str]]  # text, text_es
    industries: list[tuple]  # name, name_es, share_percent, median_wage, year
    qualities: list[tuple[str, str, str, str]]  # name, name_es, description, description_es
    links: list[tuple[str, str, str, str]]  # organisation, url, description, description_es
    related: list[tuple[str, str, str]]  # slug, title, title_es


def career_facts(slug: str) -> CareerFacts | None:
    """The career with this slug, or None: seven queries, however long its lists are."""
    found = _CAREER.objects([slug])
    if not found:
        return None
    occupation = found[0]
    pk = [occupation.pk]
    return CareerFacts(
        occupation=occupation,
        areas=_AREAS.rows(),
        duties=_DUTIES.rows(pk),
        industries=_INDUSTRIES.rows(pk),
        qualities=_QUALITIES.rows(pk),
        links=_LINKS.rows(pk),
        related=_RELATED.rows(pk),
    )


@dataclass(frozen=True)
class Match:
    occupation: Occupation
    fit: int
    why: str
    ceiling: str | None = None

    @property
    def label(self) -> str:
        return fit_label(self.fit, self.ceiling)


@dataclass(frozen=True)
class MatchList:
    matches: list[Match]
    total: int
    flat: bool


@dataclass(frozen=True)
class _Catalogue:
    matrix: ProfileMatrix
    ids: np.ndarray
    job_zones: np.ndarray
    codes: np.ndarray
    area_names: dict[str | None, dict[str, str]]  # by translation language, None for English


# This process's matrix of the current catalogue version (one entry: older ones are dropped).
_matrices: dict[str, _Catalogue] = {}


def _catalogue() -> _Catalogue:
    version = catalogue_version()
    cached = _matrices.get(version)
    if cached is None:
        rows = list(
            Occupation.objects.with_profiles()
            .order_by("title", "soc_code")
            .values_list("id", "high_point_code", "job_zone", *PROFILE_FIELDS)
        )
        codes = [row[1] or "" for row in rows]
        cached = _Catalogue(
            matrix=ProfileMatrix([row[3:] for row in rows], codes),
            ids=np.array([row[0] for row in rows], dtype=np.int64),
            job_zones=np.array([row[2] or 0 for row in rows]),
            codes=np.array(codes),
            area_names=_area_names(),
        )
        _matrices.clear()
        _matrices[version] = cached
    return cached


def _area_names() -> dict[str | None, dict[str, str]]:
    """Each area's everyday name ("Building") in each language, or its letter while the area
    is missing."""
    areas = InterestArea.objects.in_bulk(field_name="letter")
    names = {}
    for language in (None, *TRANSLATION_LANGUAGES):
        with translation.override(language or SOURCE_LANGUAGE):
            names[language] = {
                letter: areas[letter].friendly_name_i18n if letter in areas else letter
                for letter in LETTERS
            }
    return names


def match_occupations(
    scores: Mapping[str, float],
    code: str,
    *,
    job_zone: int | None = None,
    area: str | None = None,
    limit: int = 20,
    ceiling: str | None = None,
) -> MatchList:
    """Occupations ranked by fit to ``scores`` (any non-negative scale), best first.

    ``ceiling`` caps the fit labels, for a person whose profile says little (low or flat).
    """
    catalogue = _catalogue()
    allowed = np.ones(catalogue.matrix.size, dtype=bool)
    if job_zone:
        allowed &= catalogue.job_zones == job_zone
    if area:
        allowed &= np.char.find(catalogue.codes, area) >= 0
    ranked = catalogue.matrix.rank(scores, code, limit=limit, allowed=allowed)
    ids = [int(catalogue.ids[r.index]) for r in ranked]
    occupations = {occupation.id: occupation for occupation in _MATCHED.objects(ids)} if ids else {}
    area_names = catalogue.area_names[active_translation()]
    person = Profile.of(scores)
    matches = [
        Match(
            occupation=occupations[occupation_id],
            fit=r.fit,
            why=explain_match(
                person,
                dict(zip(LETTERS, catalogue.matrix.raw[r.index], strict=True)),
                names=area_names,
                title=occupations[occupation_id].title_i18n,
            ),
            ceiling=ceiling,
        )
        for occupation_id, r in zip(ids, ranked, strict=True)
        if occupation_id in occupations
    ]
    return MatchList(matches=matches, total=int(allowed.sum()), flat=is_flat(scores))
