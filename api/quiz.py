"""Interest areas, questionnaires and results."""

import uuid

from django.http import Http404, HttpRequest
from ninja import Path, Query, Router, Status

from api import schemas
from api.answers import read_answers
from api.errors import bad_fields
from api.language import RESULT_PARAMETERS, language_route, result_language
from api.ratelimit import PostsPerMinute
from api.schemas import SLUG_PATTERN, Error, MatchOptions
from api.services import result_create
from occupations.models import InterestArea
from quiz.models import Attempt, Item, Questionnaire
from quiz.results import interpret_result
from quiz.scoring import SCALE
from quiz.selectors import active_items

router = Router(tags=["quiz"])
get, post = language_route(router.get), language_route(router.post)


@get("/areas/", "The six interest areas", {200: list[schemas.Area]})
def areas(request: HttpRequest):
    return InterestArea.objects.all()


@get("/questionnaires/", "Questionnaires offered", {200: list[schemas.QuestionnaireSummary]})
def questionnaires(request: HttpRequest):
    return Questionnaire.objects.offered()


@get(
    "/questionnaires/{slug}/",
    "A questionnaire's items, with the area each is scored on",
    {200: schemas.QuestionnaireDetail, 404: Error},
)
def questionnaire(request: HttpRequest, slug: str = Path(..., pattern=SLUG_PATTERN, max_length=50)):
    found = Questionnaire.objects.offered().filter(slug=slug).first()
    if found is None:
        raise Http404("There is no active questionnaire with this slug.")
    return {
        "slug": found.slug,
        "title": found.title_i18n,
        "scale": SCALE,
        "items": Item.objects.in_form(found.pk),
    }


@post(
    "/results/",
    "Score a complete set of answers",
    {201: schemas.ResultOut, 413: Error, 429: Error},
    throttle=[PostsPerMinute()],
)
def create_result(request: HttpRequest, payload: schemas.ResultIn):
    found = Questionnaire.objects.offered().filter(slug=payload.questionnaire).first()
    if found is None:
        message = "There is no active questionnaire with this slug."
        raise bad_fields([{"field": "questionnaire", "message": message}])
    items = active_items(found.pk)
    answers = read_answers(items, payload.answers)
    attempt = result_create(questionnaire=found, answers=answers, items=items)
    return Status(201, interpret_result(attempt, **MatchOptions().dict()))


@get(
    "/results/{token}/",
    "A finished result, with its matches filtered",
    {200: schemas.ResultOut, 404: Error},
    openapi_extra={"parameters": RESULT_PARAMETERS},
)
def result(request: HttpRequest, token: uuid.UUID, options: Query[MatchOptions]):
    attempt = Attempt.objects.finished().select_related("questionnaire").filter(token=token).first()
    if attempt is None:
        raise Http404("There is no result with this token.")
    result_language(request, attempt.language)
    return interpret_result(attempt, **options.dict())
