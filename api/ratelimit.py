"""Per-client limits on the API, counted in the shared cache (careerquiz/clients.py)."""

from django.conf import settings
from django.http import HttpRequest
from ninja.throttling import BaseThrottle

from careerquiz.clients import seconds_left, within_limit


class PostsPerMinute(BaseThrottle):
    """settings.API_RATE_LIMIT_PER_MINUTE POSTs a minute per client; 0 turns it off."""

    def allow_request(self, request: HttpRequest) -> bool:
        limit = settings.API_RATE_LIMIT_PER_MINUTE
        return within_limit(request, scope="api-post", limit=limit)

    def wait(self) -> float:
        return seconds_left()


class RequestsPerMinute(BaseThrottle):
    """settings.API_READ_RATE_LIMIT_PER_MINUTE requests of any kind a minute per client."""

    def allow_request(self, request: HttpRequest) -> bool:
        limit = settings.API_READ_RATE_LIMIT_PER_MINUTE
        return within_limit(request, scope="api", limit=limit)

    def wait(self) -> float:
        return seconds_left()
