"""The career catalogue, and matching a profile to it."""

from django.http import Http404, HttpRequest
from ninja import Path, Query, Router

from api import schemas
from api.language import PARAMETERS
from api.schemas import SOC_CODE_PATTERN, Error
from careerquiz.translation import localized
from occupations.areas import LETTERS
from occupations.models import Occupation
from occupations.selectors import match_occupations
from quiz.scoring import holland_code

router = Router(tags=["careers"])

# Scores are read to this many decimals: smaller differences would vanish when squared.
SCORE_DECIMALS = 6


@router.get(
    "/careers/",
    response={200: schemas.CareerPage, 400: Error},
    summary="Search and filter the catalogue",
    openapi_extra={"parameters": PARAMETERS},
)
def careers(request: HttpRequest, filters: Query[schemas.CareerQuery]):
    found = Occupation.objects.filtered(
        q=filters.q,
        area=filters.area or "",
        code=filters.code or "",
        job_zone=filters.job_zone,
        education=filters.education,
        bright=bool(filters.bright),
    ).order_by(localized("title"), "soc_code")
    page = found[filters.offset : filters.offset + filters.limit]
    return {"count": found.count(), "results": list(page)}


@router.get(
    "/careers/{soc_code}/",
    response={200: schemas.CareerDetail, 400: Error, 404: Error},
    summary="One career's whole record",
    openapi_extra={"parameters": PARAMETERS},
)
def career(request: HttpRequest, soc_code: str = Path(..., pattern=SOC_CODE_PATTERN)):
    occupation = Occupation.objects.with_details().filter(soc_code=soc_code).first()
    if occupation is None:
        raise Http404("There is no career with this O*NET-SOC code.")
    return occupation


@router.get(
    "/matches/",
    response={200: schemas.MatchList, 400: Error},
    summary="Careers ranked by fit to a profile",
    openapi_extra={"parameters": PARAMETERS},
)
def matches(request: HttpRequest, profile: Query[schemas.ProfileQuery]):
    scores = {letter: round(getattr(profile, letter), SCORE_DECIMALS) for letter in LETTERS}
    found = match_occupations(
        scores, holland_code(scores).letters, job_zone=profile.job_zone, limit=profile.limit
    )
    return {"results": found.matches}
