import sys

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from careerquiz.health import database_writable, is_outage, outage_response
from careerquiz.pagecache import cached_page
from occupations.models import InterestArea
from occupations.selectors import catalogue_version


def home(request: HttpRequest) -> HttpResponse:
    return cached_page(
        request,
        catalogue_version(),
        lambda: render(request, "home.html", {"areas": InterestArea.objects.all()}),
    )


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


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "400.html", status=400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "403.html", status=403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    if is_outage(sys.exc_info()[1]):
        return outage_response(request)
    return render(request, "500.html", status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "403_csrf.html", status=403)
