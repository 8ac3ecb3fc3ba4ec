"""Per-client limits on the API, counted in the shared cache (careerquiz/clients.py)."""

from django.conf import settings
from django.http import HttpRequest
from ninja.throttling import BaseThrottle

from careerquiz.clients import seconds_left, within_limit


class PerMinute(BaseThrottle):
    """settings.<setting> requests a minute per client, counted under scope; 0 turns it off."""

    scope: str
    setting: str

    def allow_request(self, request: HttpRequest) -> bool:
        return within_limit(request, scope=self.scope, limit=getattr(settings, self.setting))

    def wait(self) -> float:
        return seconds_left()


class PostsPerMinute(PerMinute):
    """For the endpoints that write: POSTs a minute per client."""

    scope = "api-post"
    setting = "API_RATE_LIMIT_PER_MINUTE"


class RequestsPerMinute(PerMinute):
    """For the whole API: requests of any kind a minute per client."""

    scope = "api"
    setting = "API_READ_RATE_LIMIT_PER_MINUTE"
