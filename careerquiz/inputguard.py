"""Input that must never reach the database: refused before any view runs.

PostgreSQL cannot store or even compare text holding a NUL character, so a NUL anywhere in
a request's address, query or form fields gets a 400 naming the field, on every database.
A form body over the upload limits gets a 413 instead of Django's generic 400.
This runs before LocaleMiddleware, so a refusal picks the visitor's language itself.
"""

from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def nul_field(fields: Iterable[tuple[str, list]]) -> str | None:
    for name, values in fields:
        if "\x00" in name or any(isinstance(v, str) and "\x00" in v for v in values):
            return name.replace("\x00", "\\0")
    return None


def refusal(request: HttpRequest, status: int, message: str, **params) -> HttpResponse:
    """``message`` (marked with gettext_noop) in the visitor's language, as JSON for the API."""
    with translation.override(translation.get_language_from_request(request)):
        reason = gettext(message) % params
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": reason, "errors": []}, status=status)
        template = "413.html" if status == 413 else "400.html"
        html = render_to_string(template, {"reason": reason}, request)
    return HttpResponse(html, status=status)


def too_large_refusal(request: HttpRequest) -> HttpResponse:
    message = gettext_noop(
        "What you sent is too large: form fields may hold at most %(fields)s KB together, "
        "and a form with attached files at most %(body)s KB."
    )
    fields = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024
    body = settings.MAX_MULTIPART_BODY_SIZE // 1024
    return refusal(request, 413, message, fields=fields, body=body)


class InputGuardMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path:
            message = gettext_noop("The address holds a NUL character, which is not allowed.")
            return refusal(request, 400, message)
        too_large = self.declared_too_large(request)
        if too_large:
            return too_large_refusal(request)
        try:
            fields = list(request.GET.lists())
            if request.method == "POST" and request.content_type in FORM_TYPES:
                fields += list(request.POST.lists())
        except RequestDataTooBig:
            return too_large_refusal(request)
        except TooManyFieldsSent:
            return refusal(request, 400, gettext_noop("The form sent has far too many fields."))
        name = nul_field(fields)
        if name is not None:
            message = gettext_noop(
                "The field “%(name)s” holds a NUL character, which is not allowed. "
                "Go back and try again."
            )
            return refusal(request, 400, message, name=name)
        return self.get_response(request)

    @staticmethod
    def declared_too_large(request: HttpRequest) -> bool:
        """A multipart upload declaring more than the limit is refused before it is read."""
        if request.content_type != "multipart/form-data":
            return False
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return False
        return declared > settings.MAX_MULTIPART_BODY_SIZE
