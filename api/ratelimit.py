"""Per-client limit on POSTs, counted in Django's cache in one-minute windows.

Clients are told apart by a keyed hash of their address, so no address is stored anywhere,
not even in the cache. Behind N trusted proxies (settings.API_TRUSTED_PROXIES), the client's
address is the Nth from the right of X-Forwarded-For; without proxies the header is ignored,
as anyone can write it.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac
from ninja.throttling import BaseThrottle

WINDOW = 60


def client_address(request: HttpRequest) -> str:
    proxies = getattr(settings, "API_TRUSTED_PROXIES", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
        if addresses:
            return addresses[-min(proxies, len(addresses))]
    return request.META.get("REMOTE_ADDR", "")


class PostsPerMinute(BaseThrottle):
    """settings.API_RATE_LIMIT_PER_MINUTE requests a minute per client; 0 turns it off."""

    def allow_request(self, request: HttpRequest) -> bool:
        limit = settings.API_RATE_LIMIT_PER_MINUTE
        if limit <= 0:
            return True
        client = salted_hmac("api.ratelimit", client_address(request)).hexdigest()
        key = f"api-rate:{client}:{int(time.time() // WINDOW)}"
        cache.add(key, 0, timeout=WINDOW * 2)
        try:
            count = cache.incr(key)
        except ValueError:  # the entry expired between add and incr
            cache.set(key, 1, timeout=WINDOW * 2)
            count = 1
        return count <= limit

    def wait(self) -> float:
        """Seconds until the current window ends and the count starts again."""
        return WINDOW - time.time() % WINDOW
