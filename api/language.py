"""The language the API answers in: ``?lang=``, else Accept-Language, else English.

Texts come in the active language (the models' ``<field>_i18n`` attributes), so choosing the
language is all a view needs. A result keeps the language it was taken in unless the request
names one (``result_language``).
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_noop
from django.utils.translation.trans_real import parse_accept_lang_header

from api.schemas import Error

CODES = tuple(code for code, _name in settings.LANGUAGES)

PARAMETERS = [
    {
        "in": "query",
        "name": "lang",
        "required": False,
        "schema": {"type": "string", "enum": list(CODES)},
        "description": "The language of the texts: en (English) or es (Spanish). Wins over "
        "Accept-Language; any other value is refused with a 400.",
    },
    {
        "in": "header",
        "name": "Accept-Language",
        "required": False,
        "schema": {"type": "string"},
        "description": 'Used when there is no lang: "es" (or es-MX, es-US…) for Spanish '
        "texts. Texts without a Spanish version fall back to English. The response's "
        "Content-Language names the language used.",
    },
]
RESULT_PARAMETERS = [
    {
        **PARAMETERS[0],
        "description": PARAMETERS[0]["description"] + " Without lang or "
        "Accept-Language a result comes in the language the quiz was taken in.",
    },
    PARAMETERS[1],
]

# The answer scale as quiz.scoring.SCALE words it, in this app's catalogue for the API.
SCALE_LABELS = (
    gettext_noop("Strongly dislike"),
    gettext_noop("Dislike"),
    gettext_noop("Unsure"),
    gettext_noop("Like"),
    gettext_noop("Strongly like"),
)


def language_route(route):
    """``route`` (a router's ``get`` or ``post``) for views whose texts come in the request's
    language: ``lang`` and Accept-Language documented, and the 400 that ``api.guard`` answers
    to an unknown ``lang`` before the view runs."""

    def decorator(path: str, summary: str, response: dict, **options):
        options.setdefault("openapi_extra", {"parameters": PARAMETERS})
        return route(
            path,
            response=dict(sorted({**response, 400: Error}.items())),
            summary=summary,
            **options,
        )

    return decorator


class UnknownLanguage(ValueError):
    pass


def requested_language(request: HttpRequest) -> str | None:
    """The language the request names, or None; UnknownLanguage for a bad ``lang``."""
    if "lang" in request.GET:
        code = request.GET["lang"]
        if code not in CODES:
            raise UnknownLanguage(code)
        return code
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code != "*":
            try:
                return translation.get_supported_language_variant(code)
            except LookupError:
                continue
    return None


def in_language(
    request: HttpRequest, language: str | None, answer: Callable[[], HttpResponse]
) -> HttpResponse:
    """``answer()`` with ``language`` (else English) active; the response says which."""
    request.api_language = language
    with translation.override(language or settings.LANGUAGE_CODE):
        response = answer()
        response["Content-Language"] = translation.get_language()
    patch_vary_headers(response, ("Accept-Language",))
    return response


def result_language(request: HttpRequest, taken_in: str) -> None:
    """A result's texts in the language it was taken in, unless the request named one."""
    if getattr(request, "api_language", None) is None and taken_in in CODES:
        translation.activate(taken_in)
