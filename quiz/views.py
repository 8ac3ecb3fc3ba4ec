import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from careerquiz.clients import posts_limited
from careerquiz.pdf import pdf_response, render_pdf
from occupations.cache import catalogue_page
from occupations.forms import MatchFilterForm
from occupations.matching import FIT_LABELS as FIT_LABELS_BY_FLOOR
from quiz.forms import PageForm, UnexpectedItems, item_rows, select_options
from quiz.history import forget_results, remember_result, remembered_results
from quiz.language import chosen_language, current_language, in_result_language, remember_language
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
from quiz.selectors import (
    SESSION_KEY,
    attempt_progress,
    finished_result,
    session_attempt,
    session_result,
)
from quiz.services import (
    AttemptGone,
    IncompleteAttempt,
    NoActiveItems,
    attempt_discard,
    attempt_finish,
    attempt_save_page,
    attempt_start,
)
from quiz.wording import fit_label, scale


@require_http_methods(["GET", "POST"])
@posts_limited(scope="quiz-start", setting="QUIZ_START_RATE_LIMIT_PER_MINUTE")
def start(request: HttpRequest) -> HttpResponse:
    questionnaires = Questionnaire.objects.offered()
    attempt = session_attempt(request)
    if request.method == "POST":
        questionnaire = questionnaires.filter(slug=request.POST.get("questionnaire")).first()
        if questionnaire is None:
            messages.error(request, _("Please choose the full or the quick quiz."))
            return redirect("quiz:start")
        if attempt is not None:
            attempt_discard(attempt=attempt)
        attempt = attempt_start(questionnaire=questionnaire, language=current_language())
        request.session.cycle_key()  # a new quiz, a new session key: none fixed in advance
        request.session[SESSION_KEY] = str(attempt.token)
        return redirect("quiz:page", number=1)
    progress = attempt_progress(attempt) if attempt else None
    context = {
        "questionnaires": questionnaires,
        "attempt": attempt,
        "progress": progress,
        "results": remembered_results(request.session),
    }
    return render(request, "quiz/start.html", context)


@require_http_methods(["GET", "POST"])
def restart(request: HttpRequest) -> HttpResponse:
    """GET asks whether to clear the unfinished answers; only the POST it sends clears them."""
    attempt = session_attempt(request)
    if request.method == "GET":
        if attempt is None:
            messages.info(request, _("You have no unfinished quiz. Choose a quiz to start."))
            return redirect("quiz:start")
        context = {"attempt": attempt, "progress": attempt_progress(attempt)}
        return render(request, "quiz/restart.html", context)
    if attempt is not None:
        attempt_discard(attempt=attempt)
    request.session.pop(SESSION_KEY, None)
    messages.info(request, _("Your unfinished answers were cleared. Choose a quiz to start over."))
    return redirect("quiz:start")


@require_POST
def forget(request: HttpRequest) -> HttpResponse:
    forget_results(request.session)
    messages.info(
        request,
        _(
            "This browser no longer lists your results. The results themselves still open "
            "from their links."
        ),
    )
    return redirect("quiz:start")


@require_http_methods(["GET", "POST"])
def page(request: HttpRequest, number: int) -> HttpResponse:
    attempt = session_attempt(request)
    if attempt is None:
        finished = session_result(request)
        if finished is not None:
            return _finished_elsewhere(request, finished)
        if request.method == "POST":
            return _gone(request)
        messages.info(request, _("Choose a quiz to begin."))
        return redirect("quiz:start")
    progress = attempt_progress(attempt)
    if not 1 <= number <= progress.page_count:
        raise Http404(_("There is no such page in this quiz."))
    items = progress.page_items(number)
    if request.method == "GET":
        return _render_page(request, attempt, progress, number, item_rows(items, progress.answers))
    try:
        form = PageForm(request.POST, items=items)
    except UnexpectedItems:
        return HttpResponseBadRequest(
            render_to_string(
                "400.html",
                {
                    "reason": _(
                        "The answers sent do not belong to this page of the quiz. Go back and "
                        "try again."
                    )
                },
                request,
            )
        )
    form.is_valid()
    try:
        saved = attempt_save_page(
            attempt=attempt, answers=form.answered(), language=current_language()
        )
    except AttemptGone:
        return _gone(request)
    if saved.is_finished:
        return _finished_elsewhere(request, saved)
    if "language" in request.POST:
        # The page's language buttons submit its form: whatever it has answered is now saved.
        response = redirect("quiz:page", number=number)
        language = chosen_language(request)
        return remember_language(response, language) if language else response
    progress = progress.with_answers(form.answered())
    action = request.POST.get("action", "next")
    if action == "back" and number > 1:
        return redirect("quiz:page", number=number - 1)
    if not form.require_all():
        return _render_page(request, attempt, progress, number, form.rows(), errors=True)
    if number < progress.page_count:
        return redirect("quiz:page", number=number + 1)
    return _finish(request, attempt, progress)


def _finish(request, attempt, progress) -> HttpResponse:
    try:
        attempt = attempt_finish(attempt=attempt, items=progress.items, language=current_language())
    except IncompleteAttempt as incomplete:
        messages.error(
            request,
            ngettext(
                "%(count)s activity still needs an answer before you can finish.",
                "%(count)s activities still need an answer before you can finish.",
                len(incomplete.missing),
            )
            % {"count": len(incomplete.missing)},
        )
        return redirect("quiz:page", number=progress.first_incomplete_page())
    except NoActiveItems:
        attempt_discard(attempt=attempt)
        request.session.pop(SESSION_KEY, None)
        messages.error(request, _("This quiz has no activities at the moment. Choose another one."))
        return redirect("quiz:start")
    except AttemptGone:
        return _gone(request)
    remember_result(request.session, attempt)
    # The token stays in the session, so a second tab still on this quiz finds the result.
    return redirect(attempt)


def _gone(request) -> HttpResponse:
    """Answers posted for an attempt that "Start over" in another tab has cleared."""
    request.session.pop(SESSION_KEY, None)
    messages.warning(
        request,
        _(
            "The answers you just sent were not saved: this quiz was started over in another "
            "tab or window, or it has expired. Choose a quiz to begin again."
        ),
    )
    return redirect("quiz:start")


def _finished_elsewhere(request, attempt) -> HttpResponse:
    messages.info(request, _("This quiz was already finished in another tab. Here is your result."))
    remember_result(request.session, attempt)
    return redirect(attempt)


def _render_page(request, attempt, progress, number, rows, errors=False) -> HttpResponse:
    context = {
        "attempt": attempt,
        "progress": progress,
        "number": number,
        "rows": rows,
        "errors": errors,
        "scale": scale(),
        "is_last": number == progress.page_count,
        "percent_done": round(100 * progress.answered / progress.total) if progress.total else 0,
    }
    return render(request, "quiz/page.html", context)


def _finished_attempt(token) -> Attempt:
    attempt = finished_result(token)
    if attempt is None:
        raise Http404("No Attempt matches the given query.")
    return attempt


# A finished result never changes: its page is reused until the catalogue (or its
# questionnaire's norms setting, see quiz.services.questionnaire_save) does.
@in_result_language
@catalogue_page
def result(request: HttpRequest, token, attempt: Attempt | None = None) -> HttpResponse:
    attempt = attempt or _finished_attempt(token)
    filters = MatchFilterForm(request.GET or None)
    options = filters.match_options()
    interpretation = interpret_result(attempt, **options)
    filters.name_areas([score.area for score in interpretation.areas])
    context = {
        "attempt": attempt,
        "result": interpretation,
        "filters": filters,
        "options": options,
        "left_out": filters.left_out(),
        "job_zone_options": select_options(filters.fields["job_zone"].choices, options["job_zone"]),
        "area_options": select_options(filters.fields["area"].choices, options["area"]),
        "more_url": _more_matches_url(options, interpretation.matches),
        "url": request.build_absolute_uri(attempt.get_absolute_url()),
    }
    response = render(request, "quiz/result.html", context)
    # Only whoever holds the link should see it: not search engines, not shared caches.
    response["X-Robots-Tag"] = "noindex, nofollow"
    patch_cache_control(response, private=True)
    return response


def _more_matches_url(options: dict, matches) -> str:
    """The "Show more careers" link, with the filters kept; "" when every match is shown."""
    shown = len(matches.matches)
    if matches.total <= shown:
        return ""
    kept = "".join(f"{name}={options[name]}&" for name in ("job_zone", "area") if options[name])
    return f"?{kept}limit={shown + 20}#matches"


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
        "fit_labels": [(floor, fit_label(label)) for floor, label in FIT_LABELS_BY_FLOOR],
        "ceiling": fit_label(UNCLEAR_CEILING),
        "forms": Questionnaire.objects.offered(),
    }
    return render(request, "quiz/how_it_works.html", context)


# The best fits listed for each result compared side by side.
COMPARE_MATCHES = 5
# The best fits a PDF report lists: enough to explore, few enough for two or three pages.
PDF_MATCHES = 10


@in_result_language
@catalogue_page
def result_pdf(request: HttpRequest, token, attempt: Attempt | None = None) -> HttpResponse:
    attempt = attempt or _finished_attempt(token)
    filters = MatchFilterForm(request.GET or None)
    options = {**filters.match_options(), "limit": PDF_MATCHES}
    interpretation = interpret_result(attempt, **options)
    context = {
        "attempt": attempt,
        "result": interpretation,
        "options": options,
        "area_filter": next(
            (score.area for score in interpretation.areas if score.area.letter == options["area"]),
            None,
        ),
        "url": request.build_absolute_uri(attempt.get_absolute_url()),
    }
    content = render_pdf("quiz/result_pdf.html", context, request=request)
    response = pdf_response(content, filename=f"careerquiz-result-{attempt.code}.pdf")
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def compare(request: HttpRequest) -> HttpResponse:
    """Two results side by side, from their tokens in ?a= and ?b=."""
    try:
        tokens = [uuid.UUID(request.GET[key]) for key in ("a", "b")]
    except (KeyError, ValueError):
        reason = _(
            "To compare two results, choose them from the list on the quiz page, or give both "
            "result links' ids as ?a=…&b=…."
        )
        return render(request, "400.html", {"reason": reason}, status=400)
    found = (
        Attempt.objects.finished()
        .select_related("questionnaire")
        .in_bulk(tokens, field_name="token")
    )
    if len(found) < len(set(tokens)):
        reason = _("One of the two results does not exist, or was deleted. Check both links.")
        return render(request, "404.html", {"reason": reason}, status=404)
    results = [interpret_result(found[token], limit=COMPARE_MATCHES) for token in tokens]
    rows = [
        (first.area, first.percent, second.percent, _change(second.percent - first.percent))
        for first, second in zip(results[0].areas, results[1].areas, strict=True)
    ]
    return render(request, "quiz/compare.html", {"results": results, "rows": rows})


def _change(points: float) -> str:
    rounded = round(points)
    if not rounded:
        return _("the same")
    return (_("%(points)s points") % {"points": f"{rounded:+d}"}).replace("-", "\u2212")
