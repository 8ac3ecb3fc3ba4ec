from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_http_methods, require_POST

from occupations.cache import catalogue_page
from occupations.forms import MatchFilterForm
from occupations.matching import FIT_LABELS
from quiz.forms import PageForm, UnexpectedItems
from quiz.models import Attempt, Questionnaire
from quiz.recovery import published_study
from quiz.results import UNCLEAR_CEILING, interpret_result
from quiz.scoring import (
    CLEAR_LEAD,
    FLAT_RANGE,
    HIGH_DIFFERENTIATION,
    LOW_CEILING,
    LOW_DIFFERENTIATION,
    MOST_ALTERNATIVES,
)
from quiz.selectors import SESSION_KEY, attempt_progress, session_attempt
from quiz.services import (
    IncompleteAttempt,
    NoActiveItems,
    attempt_discard,
    attempt_finish,
    attempt_save_page,
    attempt_start,
)


@require_http_methods(["GET", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    questionnaires = Questionnaire.objects.offered()
    attempt = session_attempt(request)
    if request.method == "POST":
        questionnaire = questionnaires.filter(slug=request.POST.get("questionnaire")).first()
        if questionnaire is None:
            messages.error(request, "Please choose the full or the quick quiz.")
            return redirect("quiz:start")
        if attempt is not None:
            attempt_discard(attempt=attempt)
        attempt = attempt_start(questionnaire=questionnaire)
        request.session[SESSION_KEY] = str(attempt.token)
        return redirect("quiz:page", number=1)
    progress = attempt_progress(attempt) if attempt else None
    return render(
        request,
        "quiz/start.html",
        {"questionnaires": questionnaires, "attempt": attempt, "progress": progress},
    )


@require_POST
def restart(request: HttpRequest) -> HttpResponse:
    attempt = session_attempt(request)
    if attempt is not None:
        attempt_discard(attempt=attempt)
    request.session.pop(SESSION_KEY, None)
    messages.info(request, "Your unfinished answers were cleared. Choose a quiz to start over.")
    return redirect("quiz:start")


@require_http_methods(["GET", "POST"])
def page(request: HttpRequest, number: int) -> HttpResponse:
    attempt = session_attempt(request)
    if attempt is None:
        messages.info(request, "Choose a quiz to begin.")
        return redirect("quiz:start")
    progress = attempt_progress(attempt)
    if not 1 <= number <= progress.page_count:
        raise Http404("There is no such page in this quiz.")
    items = progress.page_items(number)
    if request.method == "GET":
        initial = {PageForm.field_name(i): progress.answers.get(i.pk) for i in items}
        form = PageForm(items=items, initial=initial)
        return _render_page(request, attempt, progress, number, form)
    try:
        form = PageForm(request.POST, items=items)
    except UnexpectedItems:
        return HttpResponseBadRequest(
            render_to_string(
                "400.html",
                {
                    "reason": "The answers sent do not belong to this "
                    "page of the quiz. Go back and try again."
                },
                request,
            )
        )
    form.is_valid()
    attempt_save_page(attempt=attempt, answers=form.answered())
    progress = attempt_progress(attempt)
    action = request.POST.get("action", "next")
    if action == "back" and number > 1:
        return redirect("quiz:page", number=number - 1)
    if not form.require_all():
        return _render_page(request, attempt, progress, number, form)
    if number < progress.page_count:
        return redirect("quiz:page", number=number + 1)
    return _finish(request, attempt, progress)


def _finish(request, attempt, progress) -> HttpResponse:
    try:
        attempt = attempt_finish(attempt=attempt, items=progress.items)
    except IncompleteAttempt as incomplete:
        messages.error(
            request,
            f"{len(incomplete.missing)} activities still need an answer before you can finish.",
        )
        return redirect("quiz:page", number=progress.first_incomplete_page())
    except NoActiveItems:
        attempt_discard(attempt=attempt)
        request.session.pop(SESSION_KEY, None)
        messages.error(request, "This quiz has no activities at the moment. Choose another one.")
        return redirect("quiz:start")
    request.session.pop(SESSION_KEY, None)
    return redirect(attempt)


def _render_page(request, attempt, progress, number, form) -> HttpResponse:
    context = {
        "attempt": attempt,
        "progress": progress,
        "number": number,
        "form": form,
        "is_last": number == progress.page_count,
        "percent_done": round(100 * progress.answered / progress.total) if progress.total else 0,
    }
    return render(request, "quiz/page.html", context)


# A finished result never changes: its page is reused until the catalogue (or its
# questionnaire's norms setting, see quiz.services.questionnaire_save) does.
@catalogue_page
def result(request: HttpRequest, token) -> HttpResponse:
    attempt = get_object_or_404(
        Attempt.objects.finished().select_related("questionnaire"), token=token
    )
    filters = MatchFilterForm(request.GET or None)
    options = filters.match_options()
    interpretation = interpret_result(attempt, **options)
    filters.name_areas([score.area for score in interpretation.areas])
    context = {
        "attempt": attempt,
        "result": interpretation,
        "filters": filters,
        "options": options,
        "url": request.build_absolute_uri(attempt.get_absolute_url()),
    }
    return render(request, "quiz/result.html", context)


def how_it_works(request: HttpRequest) -> HttpResponse:
    """The method, its limits and the simulation study, with the constants the code uses."""
    context = {
        "study": published_study(Path(settings.BASE_DIR) / "docs"),
        "bands": {
            "flat": FLAT_RANGE,
            "low": LOW_CEILING,
            "high": HIGH_DIFFERENTIATION,
            "moderate": LOW_DIFFERENTIATION,
            "lead": CLEAR_LEAD,
            "most": MOST_ALTERNATIVES,
        },
        "fit_labels": FIT_LABELS,
        "ceiling": UNCLEAR_CEILING,
        "forms": Questionnaire.objects.offered(),
    }
    return render(request, "quiz/how_it_works.html", context)
