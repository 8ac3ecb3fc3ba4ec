"""Interest areas, questionnaires and results."""

import uuid

from django.db.models import Count, Q
from django.http import Http404, HttpRequest
from ninja import Path, Query, Router, Status

from api import schemas, serializers
from api.answers import read_answers
from api.errors import bad_fields
from api.ratelimit import PostsPerMinute
from api.schemas import SLUG_PATTERN, Error, MatchOptions
from api.services import result_create
from occupations.models import InterestArea
from occupations.selectors import match_occupations
from quiz.models import Attempt, Item, Questionnaire
from quiz.results import fit_ceiling
from quiz.scoring import SCALE, Scores, read_profile

router = Router(tags=["quiz"])


def _questionnaire(slug: str) -> Questionnaire | None:
    return Questionnaire.objects.filter(is_active=True, slug=slug).first()


def _items(questionnaire: Questionnaire) -> list[Item]:
    return list(Item.objects.in_form(questionnaire.pk))


def _result(request: HttpRequest, attempt: Attempt, options: MatchOptions) -> dict:
    """Scores, code and matches worked out as the results page works them out."""
    scores = Scores(raw=attempt.raw_scores, maximum=attempt.max_scores)
    reading = read_profile(scores.percents)
    found = match_occupations(
        scores.percents,
        reading.code.letters,
        job_zone=options.job_zone,
        limit=options.limit,
        ceiling=fit_ceiling(reading),
    )
    names = dict(InterestArea.objects.values_list("letter", "friendly_name"))
    statements = reading.statements(names)
    return serializers.result(request, attempt, scores, found.matches, reading, statements)


@router.get("/areas/", response=list[schemas.Area], summary="The six interest areas")
def areas(request: HttpRequest):
    return InterestArea.objects.all()


@router.get(
    "/questionnaires/",
    response=list[schemas.QuestionnaireSummary],
    summary="Questionnaires offered",
)
def questionnaires(request: HttpRequest):
    active = Count("items", filter=Q(items__is_active=True))
    return (
        Questionnaire.objects.filter(is_active=True)
        .annotate(item_count=active)
        .order_by("order", "slug")
    )


@router.get(
    "/questionnaires/{slug}/",
    response={200: schemas.QuestionnaireDetail, 400: Error, 404: Error},
    summary="A questionnaire's items, with the area each is scored on",
)
def questionnaire(request: HttpRequest, slug: str = Path(..., pattern=SLUG_PATTERN, max_length=50)):
    found = _questionnaire(slug)
    if found is None:
        raise Http404("There is no active questionnaire with this slug.")
    return {
        "slug": found.slug,
        "title": found.title,
        "scale": [{"value": value, "label": label} for value, label in SCALE],
        "items": [
            {
                "id": item.pk,
                "text": item.text,
                "area": item.area.letter,
                "reference_soc_code": item.reference_soc_code,
            }
            for item in _items(found)
        ],
    }


@router.post(
    "/results/",
    response={201: schemas.ResultOut, 400: Error, 413: Error, 429: Error},
    throttle=[PostsPerMinute()],
    summary="Score a complete set of answers",
)
def create_result(request: HttpRequest, payload: schemas.ResultIn):
    found = _questionnaire(payload.questionnaire)
    if found is None:
        message = "There is no active questionnaire with this slug."
        raise bad_fields([{"field": "questionnaire", "message": message}])
    items = _items(found)
    answers = read_answers(items, payload.answers)
    attempt = result_create(questionnaire=found, answers=answers, items=items)
    return Status(201, _result(request, attempt, MatchOptions()))


@router.get(
    "/results/{token}/",
    response={200: schemas.ResultOut, 400: Error, 404: Error},
    summary="A finished result, with its matches filtered",
)
def result(request: HttpRequest, token: uuid.UUID, options: Query[MatchOptions]):
    attempt = Attempt.objects.finished().select_related("questionnaire").filter(token=token).first()
    if attempt is None:
        raise Http404("There is no result with this token.")
    return _result(request, attempt, options)
