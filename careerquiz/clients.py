"""Who is asking: one rule for every per-client limit (sign-in lock-out, quiz starts, API).

Behind N trusted proxies (settings.TRUSTED_PROXIES), the client's address is the Nth from the
right of X-Forwarded-For, the one the outermost trusted proxy saw. Without proxies the header
is ignored, as anyone can write it. Limits count a keyed hash of the address, so no address is
stored in the cache.
"""

import functools
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.crypto import salted_hmac


def client_address(request: HttpRequest) -> str:
    proxies = settings.TRUSTED_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
        if addresses:
            return addresses[-min(proxies, len(addresses))]
    return request.META.get("REMOTE_ADDR", "")


def within_limit(request: HttpRequest, *, scope: str, limit: int, window: int = 60) -> bool:
    """Count this request for its client in `scope`; False once `limit` is passed within the
    current `window` seconds. A limit of 0 turns counting off. The count lives in the default
    cache, so several app servers sharing one cache (Redis) share the limit."""
    if limit <= 0:
        return True
    client = salted_hmac(f"careerquiz.{scope}", client_address(request)).hexdigest()
    key = f"rate:{scope}:{client}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window * 2)
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, timeout=window * 2)
        count = 1
    return count <= limit


def seconds_left(window: int = 60) -> int:
    """Seconds until the current window ends and counting starts again."""
    return int(window - time.time() % window) + 1


def posts_limited(*, scope: str, setting: str) -> Callable:
    """A view decorator: POSTs beyond settings.<setting> a minute per client get a 429 page."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            limit = getattr(settings, setting)
            if request.method == "POST" and not within_limit(request, scope=scope, limit=limit):
                wait = seconds_left()
                html = render_to_string("429.html", {"wait": wait}, request)
                return HttpResponse(html, status=429, headers={"Retry-After": str(wait)})
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
