"""Records as the API returns them: plain dicts in the shapes of api/schemas.py."""

from decimal import Decimal

from django.conf import settings
from django.http import HttpRequest

from occupations.areas import LETTERS
from occupations.formatting import money
from occupations.models import Occupation
from occupations.selectors import Match
from quiz.models import Attempt
from quiz.scoring import Scores

WAGE_FIELDS = ("median", "p10", "p25", "p75", "p90")
BLS_FIELDS = (
    "employment",
    *(f"wage_{name}" for name in WAGE_FIELDS),
    "outlook_percent",
    "outlook_openings",
)
# The credits O*NET's CC BY 4.0 licence and BLS ask for, as the career pages give them.
ONET_ATTRIBUTION = (
    "Includes information from the O*NET {release} Database by the U.S. Department of Labor, "
    "Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license "
    "(https://creativecommons.org/licenses/by/4.0/). O*NET® is a trademark of USDOL/ETA."
)
BLS_ATTRIBUTION = (
    "Employment, wage and projection figures come from the U.S. Bureau of Labor Statistics "
    "(Occupational Employment and Wage Statistics and Employment Projections), which are in "
    "the public domain."
)


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def career_url(request: HttpRequest, occupation: Occupation) -> str:
    return request.build_absolute_uri(occupation.get_absolute_url())


def match(request: HttpRequest, found: Match) -> dict:
    occupation = found.occupation
    return {
        "soc_code": occupation.soc_code,
        "title": occupation.title,
        "url": career_url(request, occupation),
        "code": occupation.high_point_code,
        "job_zone": occupation.job_zone,
        "fit": found.fit,
        "label": found.label,
        **_figures(occupation),
    }


def _figures(occupation: Occupation) -> dict:
    """Median wage and outlook with the year and period they are from, for list items."""
    return {
        "wages": {
            "median": _number(occupation.wage_median),
            "unit": occupation.wage_unit,
            "year": occupation.wage_year,
            "display": money(
                occupation.wage_median,
                unit=occupation.wage_unit,
                top_coded="wage_median" in (occupation.wage_top_coded or []),
            ),
        },
        "outlook": {
            "period": occupation.outlook_period,
            "percent_change": _number(occupation.outlook_percent),
            "openings": occupation.outlook_openings,
            "comparison": occupation.outlook_comparison,
        },
        "bright_outlook": occupation.bright_outlook,
    }


def result(request: HttpRequest, attempt: Attempt, scores: Scores, matches: list[Match]) -> dict:
    return {
        "token": str(attempt.token),
        "url": request.build_absolute_uri(attempt.get_absolute_url()),
        "questionnaire": attempt.questionnaire.slug,
        "scores": dict(scores.raw),
        "percents": scores.percents,
        "code": attempt.code,
        "matches": [match(request, found) for found in matches],
    }


def career_summary(request: HttpRequest, occupation: Occupation) -> dict:
    return {
        "soc_code": occupation.soc_code,
        "title": occupation.title,
        "slug": occupation.slug,
        "url": career_url(request, occupation),
        "code": occupation.high_point_code,
        "job_zone": occupation.job_zone,
        "median_wage": _number(occupation.wage_median),
        "wage_unit": occupation.wage_unit,
        **_figures(occupation),
        "entry_education": occupation.entry_education,
    }


def _wages(occupation: Occupation) -> dict:
    top_coded = occupation.wage_top_coded or []
    values = {name: getattr(occupation, f"wage_{name}") for name in WAGE_FIELDS}
    return {
        **{name: _number(value) for name, value in values.items()},
        "employment": occupation.employment,
        "year": occupation.wage_year,
        "unit": occupation.wage_unit,
        "top_coded": [name for name in WAGE_FIELDS if f"wage_{name}" in top_coded],
        "display": {
            name: money(value, unit=occupation.wage_unit, top_coded=f"wage_{name}" in top_coded)
            for name, value in values.items()
            if value is not None
        },
    }


def _sources(occupation: Occupation, industries: list) -> dict:
    """Where each part comes from, and the credits owed, on the career page's terms."""
    onet = (
        None not in occupation.interests.values()
        or bool(occupation.high_point_code or occupation.job_zone)
        or "O*NET" in occupation.text_source
    )
    bls = bool(industries) or any(getattr(occupation, field) is not None for field in BLS_FIELDS)
    credits = ([ONET_ATTRIBUTION.format(release=settings.ONET_RELEASE)] if onet else []) + (
        [BLS_ATTRIBUTION] if bls else []
    )
    return {
        "text": occupation.text_source,
        "interests": occupation.interest_source,
        "employment": occupation.employment_source,
        "wages": occupation.wage_source,
        "outlook": occupation.outlook_source,
        "qualities": occupation.qualities_source,
        "attribution": credits,
    }


def career_detail(request: HttpRequest, occupation: Occupation) -> dict:
    related = [link.to_occupation for link in occupation.related_links.all()]
    industries = list(occupation.industries.all())
    return {
        **career_summary(request, occupation),
        "also_called": occupation.also_called,
        "alternate_titles": [t for t in occupation.alternate_titles.splitlines() if t.strip()],
        "summary": occupation.summary,
        "duties": [duty.text for duty in occupation.duties.all()],
        "interests": {letter: _number(occupation.interests[letter]) for letter in LETTERS},
        "job_zone_name": occupation.job_zone_name,
        "wages": _wages(occupation),
        "outlook": {
            "period": occupation.outlook_period,
            "percent_change": _number(occupation.outlook_percent),
            "openings": occupation.outlook_openings,
            "employment": occupation.outlook_employment,
            "comparison": occupation.outlook_comparison,
            "text": occupation.outlook_text,
        },
        "earlier_figures": occupation.earlier_figures,
        "work_environment": occupation.work_environment,
        "entry_education": occupation.entry_education,
        "work_experience": occupation.work_experience,
        "job_training": occupation.job_training,
        "industries": [
            {
                "name": row.name,
                "share_percent": _number(row.share_percent),
                "median_wage": _number(row.median_wage),
                "year": row.year,
            }
            for row in industries
        ],
        "qualities": [
            {"name": row.name, "description": row.description} for row in occupation.qualities.all()
        ],
        "links": [
            {"organisation": row.organisation, "url": row.url, "description": row.description}
            for row in occupation.links.all()
        ],
        "related": [
            {"soc_code": o.soc_code, "title": o.title, "url": career_url(request, o)}
            for o in related
        ],
        "sources": _sources(occupation, industries),
        "updated_at": occupation.updated_at.isoformat(),
    }
