"""The page cache: whole responses of pages that show only catalogue data (and frozen results).

Pages are kept in the "pages" cache alias under the catalogue's version, a random key that
every write to the catalogue replaces (admin saves and deletes, the importers,
load_default_data), so a hit costs one cache read and no query. Writes that go around
those paths (a raw UPDATE in a shell) show after PAGE_CACHE_SECONDS at most.
"""

import functools
import hashlib
import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language
from django.views.decorators.http import condition

PAGE_CACHE = "pages"
VERSION_KEY = "catalogue:version"


def catalogue_version() -> str:
    return caches[PAGE_CACHE].get_or_set(VERSION_KEY, lambda: uuid.uuid4().hex, timeout=None)


def catalogue_changed() -> None:
    """Retire every cached page and the matching matrices built from the old catalogue."""
    caches[PAGE_CACHE].set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def _page_key(request: HttpRequest, version: str) -> str:
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"page:{version}:{get_language()}:{address}"


def _cacheable(request: HttpRequest) -> bool:
    return bool(settings.PAGE_CACHE_SECONDS) and "messages" not in request.COOKIES


def _etag(request: HttpRequest, *args, **kwargs) -> str | None:
    if not _cacheable(request):
        return None
    return _page_key(request, catalogue_version()).split(":", 1)[1]


def catalogue_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve a GET from the page cache while the catalogue is unchanged, with an ETag.

    A page with a pending flash message (kept in its cookie) is neither served from nor
    stored in the cache, so the message is never lost or shown twice.
    """

    @functools.wraps(view)
    def cached(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method != "GET" or not _cacheable(request):
            return view(request, *args, **kwargs)
        cache = caches[PAGE_CACHE]
        key = _page_key(request, catalogue_version())
        response = cache.get(key)
        if response is None:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            if response.status_code == 200:
                cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response

    return condition(etag_func=_etag)(cached)
