from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache

from occupations.cache import catalogue_page
from occupations.models import InterestArea


@catalogue_page
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html", {"areas": InterestArea.objects.all()})


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
