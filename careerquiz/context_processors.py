import functools

from django.http import HttpRequest
from django.templatetags.static import static
from django.urls import get_script_prefix, reverse
from django.utils.functional import lazy

from occupations.credits import catalogue_releases

_releases = lazy(catalogue_releases, str)

NAV = {
    "home": "home",
    "quiz": "quiz:start",
    "careers": "occupations:list",
    "how_it_works": "quiz:how-it-works",
    "about": "about",
    "counselors": "counselors:list",
    "set_language": "set_language",
}
ASSETS = {
    "bootstrap_css": "bootstrap/css/bootstrap.min.css",
    "site_css": "careerquiz/site.css",
    "print_css": "careerquiz/print.css",
    "favicon": "careerquiz/favicon.svg",
    "site_js": "careerquiz/site.js",
}


def credits(request: HttpRequest) -> dict:
    """The catalogue's O*NET releases, looked up only by pages that show a credit."""
    return {"onet_releases": _releases()}


class _SiteUrls(dict):
    """Each address worked out on first use: an error page that links no asset must not need
    the static files manifest (it may be what is missing)."""

    def __missing__(self, name: str) -> str:
        if name in NAV:
            value = reverse(NAV[name])
        elif name in ASSETS:
            value = static(ASSETS[name])
        else:
            raise KeyError(name)
        self[name] = value
        return value


@functools.cache
def _links(script_prefix: str) -> _SiteUrls:
    return _SiteUrls()


def site(request: HttpRequest) -> dict:
    """Addresses every page links in its head, menu and footer. They depend only on the code
    and the script prefix, so they are worked out once, not by a dozen tags on every page.
    (Not called ``site``: Django's login view puts the current site under that name.)"""
    return {"site_urls": _links(get_script_prefix())}
