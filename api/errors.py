"""Every API error is JSON: {"detail": "...", "errors": [{"field": "...", "message": "..."}]}."""

import logging

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import HttpError, Throttled, ValidationError

from api.parser import BodyRejected
from careerquiz.health import RETRY_AFTER_SECONDS, drop_connection, is_outage

logger = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(self, status: int, detail: str, errors: list[dict] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors or []


def bad_fields(errors: list[dict]) -> ApiError:
    return ApiError(400, "Some fields are not valid; see errors.", errors)


def field_name(location: tuple) -> str:
    """("body", "payload", "answers", "12") -> "answers.12"; ("query", "limit") -> "limit".

    A body's second part is the name of the view's argument, which callers never see.
    """
    source, *rest = location
    if source == "body":
        rest = rest[1:]
    parts = [str(part) for part in rest if part != "[key]"]
    return ".".join(parts) or str(source)


def error_response(api: NinjaAPI, request: HttpRequest, error: ApiError) -> HttpResponse:
    body = {"detail": error.detail, "errors": error.errors}
    return api.create_response(request, body, status=error.status)


def install(api: NinjaAPI) -> None:
    def on_api_error(request, exc: ApiError):
        return error_response(api, request, exc)

    def on_validation_error(request, exc: ValidationError):
        errors = [
            {"field": field_name(tuple(error["loc"])), "message": error["msg"]}
            for error in exc.errors
        ]
        return error_response(api, request, bad_fields(errors))

    def on_http_error(request, exc: HttpError):
        if isinstance(exc, Throttled):
            detail = "Too many requests from this address; try again after Retry-After seconds."
            return error_response(api, request, ApiError(429, detail))
        if exc.status_code == 400:
            # ninja raises this one only when the body cannot be parsed (api/parser.py).
            cause = exc.__cause__
            message = str(cause) if isinstance(cause, BodyRejected) else "The body is not JSON."
            return error_response(api, request, bad_fields([{"field": "body", "message": message}]))
        return error_response(api, request, ApiError(exc.status_code, str(exc)))

    def on_not_found(request, exc: Http404):
        return error_response(api, request, ApiError(404, str(exc) or "Not found."))

    def on_unexpected(request, exc: Exception):
        if is_outage(exc):
            drop_connection()
            detail = "The database is not answering just now; try again after Retry-After seconds."
            response = error_response(api, request, ApiError(503, detail))
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
            return response
        # Last resort: the tests send every kind of input without reaching it.
        logger.exception("API request failed", exc_info=exc)
        return error_response(api, request, ApiError(500, "Something went wrong on our side."))

    api.add_exception_handler(ApiError, on_api_error)
    api.add_exception_handler(ValidationError, on_validation_error)
    api.add_exception_handler(HttpError, on_http_error)
    api.add_exception_handler(Http404, on_not_found)
    api.add_exception_handler(Exception, on_unexpected)
