import sys

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views import defaults
from django.views.decorators.cache import never_cache

from careerquiz.health import database_writable, is_outage, outage_response
from occupations.cache import catalogue_page
from occupations.models import InterestArea
from quiz.history import remembered_results


def home(request: HttpRequest) -> HttpResponse:
    """The cached page, unless this browser has results of its own to list."""
    results = remembered_results(request.session)
    if results:
        return render(
            request, "home.html", {"areas": InterestArea.objects.all(), "results": results}
        )
    return _home(request)


@catalogue_page
def _home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html", {"areas": InterestArea.objects.all()})


def robots_txt(request: HttpRequest) -> HttpResponse:
    """Results are private pages reached by their links: crawlers keep off them."""
    lines = ["User-agent: *", "Disallow: /results/", "Disallow: /api/v1/results/", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")


def about(request: HttpRequest) -> HttpResponse:
    return render(request, "about.html")


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    """Readiness: "ok" only when the database takes a write. ``?live`` asks only whether this
    process answers, without touching the database (for restarting a stuck process)."""
    if "live" in request.GET or database_writable():
        return HttpResponse("ok", content_type="text/plain")
    response = HttpResponse(
        "unavailable: the database cannot be written", content_type="text/plain", status=503
    )
    response["Retry-After"] = "5"
    return response


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page links; send them to the real icon."""
    return redirect(static("careerquiz/favicon.svg"))


def server_error(request: HttpRequest) -> HttpResponse:
    """A lost database is an outage (503, try again), not a fault of the page."""
    if is_outage(sys.exc_info()[1]):
        return outage_response(request)
    return defaults.server_error(request)
