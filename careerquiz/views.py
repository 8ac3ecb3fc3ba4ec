from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache

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
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return HttpResponse("ok", content_type="text/plain")


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page links; send them to the real icon."""
    return redirect(static("careerquiz/favicon.svg"))
