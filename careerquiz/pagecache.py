"""Reusing whole rendered pages whose content depends only on data with a version key."""

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

PAGE_CACHE_SECONDS = 60 * 60


def cached_page(
    request: HttpRequest, key_parts: tuple, render: Callable[[], HttpResponse]
) -> HttpResponse:
    """The page from cache when its key parts are unchanged, else ``render()`` and keep it.

    Callers put a version of every piece of data the page shows into ``key_parts``. Pages
    with pending flash messages are neither served from nor stored in the cache.
    """
    parts = (request.get_host(), request.path, settings.ONET_RELEASE, *key_parts)
    key = "page:" + hashlib.sha256(repr(parts).encode()).hexdigest()
    cacheable = not messages.get_messages(request)
    if cacheable:
        page = cache.get(key)
        if page is not None:
            return HttpResponse(page)
    response = render()
    if hasattr(response, "render"):
        response.render()
    if cacheable and response.status_code == 200:
        cache.set(key, response.content, PAGE_CACHE_SECONDS)
    return response
