"""The career catalogue, and matching a profile to it."""

from django.http import Http404, HttpRequest
from ninja import Path, Query, Router

from api import schemas
from api.language import language_route
from api.schemas import SOC_CODE_PATTERN, Error
from occupations.areas import LETTERS
from occupations.models import Occupation
from occupations.selectors import match_occupations
from quiz.scoring import holland_code

router = Router(tags=["careers"])
get = language_route(router.get)

# Scores are read to this many decimals: smaller differences would vanish when squared.
SCORE_DECIMALS = 6


@get("/careers/", "Search and filter the catalogue", {200: schemas.CareerPage})
def careers(request: HttpRequest, filters: Query[schemas.CareerQuery]):
    found = Occupation.objects.filtered(
        q=filters.q,
        area=filters.area or "",
        code=filters.code or "",
        job_zone=filters.job_zone,
        education=filters.education,
        bright=bool(filters.bright),
    ).best_first(filters.q)
    page = found[filters.offset : filters.offset + filters.limit]
    return {"count": found.count(), "results": list(page)}


@get("/careers/{soc_code}/", "One career's whole record", {200: schemas.CareerDetail, 404: Error})
def career(request: HttpRequest, soc_code: str = Path(..., pattern=SOC_CODE_PATTERN)):
    occupation = Occupation.objects.with_details().filter(soc_code=soc_code).first()
    if occupation is None:
        raise Http404("There is no career with this O*NET-SOC code.")
    return occupation


@get("/matches/", "Careers ranked by fit to a profile", {200: schemas.MatchList})
def matches(request: HttpRequest, profile: Query[schemas.ProfileQuery]):
    scores = {letter: round(getattr(profile, letter), SCORE_DECIMALS) for letter in LETTERS}
    found = match_occupations(
        scores, holland_code(scores).letters, job_zone=profile.job_zone, limit=profile.limit
    )
    return {"results": found.matches}
