"""Which language the quiz speaks: while it is taken, and when a result is read later."""

import functools
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils import translation

from occupations.cache import PAGE_CACHE
from quiz.models import Attempt
from quiz.selectors import finished_result


def current_language() -> str:
    """The active language as one of settings.LANGUAGES (what Attempt.language stores)."""
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def chosen_language(request: HttpRequest) -> str | None:
    """The language a quiz page's own switcher buttons posted, if the site offers it."""
    language = request.POST.get("language")
    return language if language in dict(settings.LANGUAGES) else None


def remember_language(response: HttpResponse, language: str) -> HttpResponse:
    """Set the language cookie exactly as django.views.i18n.set_language does."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


def _taken_in(token) -> tuple[str | None, Attempt | None]:
    """The language a finished result was taken in, and the result when it had to be read.

    A result's language never changes, so it is kept in the page cache beside its pages: a
    page served from the cache then still costs no query. With the page cache off nothing is
    kept: a file cache would write a file on every view that is expired at once.
    """
    cache = caches[PAGE_CACHE] if settings.PAGE_CACHE_SECONDS else None
    key = f"result-language:{token}"
    language = cache.get(key) if cache else None
    if language:
        return language, None
    attempt = finished_result(token)
    if attempt is None:
        return None, None
    if cache:
        cache.set(key, attempt.language, settings.PAGE_CACHE_SECONDS)
    return attempt.language, attempt


def in_result_language(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Show a result in the language it was taken in, unless the reader chose a language
    with the switcher (the language cookie is set): then in the reader's choice.

    The language is active before the page cache computes its key and ETag, so English and
    Spanish renders of one result are cached apart. The view gets the result when it was
    read here (``attempt``), or None.
    """

    @functools.wraps(view)
    def wrapped(request: HttpRequest, token, **kwargs) -> HttpResponse:
        attempt = None
        language = None
        if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
            language, attempt = _taken_in(token)
        language = language or translation.get_language()
        with translation.override(language):
            response = view(request, token, attempt=attempt, **kwargs)
        response.headers.setdefault("Content-Language", language)
        return response

    return wrapped
