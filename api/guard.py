"""What wraps every API view before django-ninja sees the request: the body limit, and JSON
for the 405s and 404s ninja would answer in HTML. (CORS is django-cors-headers' middleware.)
"""

import functools
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.urls import is_valid_path

from api.language import UnknownLanguage, in_language, requested_language


def error(status: int, detail: str, errors: list[dict] | None = None) -> JsonResponse:
    return JsonResponse({"detail": detail, "errors": errors or []}, status=status)


def too_large() -> JsonResponse:
    limit = settings.API_MAX_BODY_BYTES
    return error(413, f"The request body is larger than the limit of {limit} bytes.")


def body_too_large(request: HttpRequest) -> bool:
    limit = settings.API_MAX_BODY_BYTES
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        return True
    try:
        return len(request.body) > limit
    except RequestDataTooBig:
        return True


def not_found(request: HttpRequest, path: str = "") -> HttpResponse:
    """Unknown addresses under /api/v1/ answer in JSON too, with a hint for a missing slash."""
    with_slash = f"{request.path}/"
    if not request.path.endswith("/") and is_valid_path(with_slash):
        if request.method in ("GET", "HEAD"):
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(with_slash + (f"?{query}" if query else ""))
        return error(404, f"Not found. API addresses end with a slash: {with_slash}")
    return error(404, "Not found. See /api/v1/docs for the API's addresses.")


def index(request: HttpRequest) -> JsonResponse:
    return JsonResponse(
        {
            "docs": request.build_absolute_uri("docs"),
            "openapi": request.build_absolute_uri("openapi.json"),
        }
    )


def not_allowed(response: HttpResponse) -> JsonResponse:
    allowed = response.get("Allow", "")
    response = error(405, f"This address answers only {allowed}.")
    response["Allow"] = allowed
    return response


def unknown_language(code: str) -> JsonResponse:
    message = "Use en (English) or es (Spanish), or leave lang out."
    return error(400, f"Unknown language “{code}”.", [{"field": "lang", "message": message}])


def guarded(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method in ("POST", "PUT", "PATCH") and body_too_large(request):
            return too_large()
        try:
            language = requested_language(request)
        except UnknownLanguage as unknown:
            return unknown_language(str(unknown))

        def answer() -> HttpResponse:
            response = view(request, *args, **kwargs)
            return not_allowed(response) if response.status_code == 405 else response

        return in_language(request, language, answer)

    wrapper.csrf_exempt = True  # the API uses no cookies, so there is nothing to forge
    return wrapper
