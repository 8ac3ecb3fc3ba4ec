"""PDF documents rendered from Django templates with WeasyPrint, using local files only.

The system libraries WeasyPrint needs (Pango, HarfBuzz) and the DejaVu fonts come from Debian
packages; README "PDF reports" lists them and `.ci/run` installs them when missing.
"""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

# Where relative links in a document point when no request gives the site's own address.
DEFAULT_BASE_URL = "http://localhost/"


class LocalFetcher(URLFetcher):
    """Serves the app's static files and data: URLs; refuses every other address.

    A document never makes a network request, even for a URL a member of staff typed into
    content: WeasyPrint leaves out what is refused.
    """

    def __init__(self, base_url: str) -> None:
        super().__init__(allowed_protocols=("http", "https", "data"))
        self.origin = urlsplit(base_url)[:2]

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        if url.startswith("data:"):
            return super().fetch(url, headers)
        parts = urlsplit(url)
        if parts[:2] != self.origin or not parts.path.startswith(settings.STATIC_URL):
            raise ValueError(f"Only the site's own static files are fetched, not {url}")
        path = static_file(unquote(parts.path.removeprefix(settings.STATIC_URL)))
        if path is None:
            raise ValueError(f"No static file at {url}")
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": _content_type(path)})


def static_file(name: str) -> Path | None:
    """A static file by its name, from the apps' folders or from the collected files."""
    if ".." in Path(name).parts:
        return None
    found = finders.find(name)
    if found:
        return Path(found)
    try:
        path = Path(staticfiles_storage.path(name))
    except NotImplementedError:
        return None
    return path if path.is_file() else None


def _content_type(path: Path) -> str:
    return {".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png"}.get(
        path.suffix, "application/octet-stream"
    )


def render_pdf(template_name: str, context: dict, *, request: HttpRequest | None = None) -> bytes:
    """The template rendered with ``context`` as PDF bytes.

    Templates extend ``pdf/base.html``, which loads ``careerquiz/pdf.css``; links and static
    URLs resolve against the request's site.
    """
    html = render_to_string(template_name, context, request)
    base_url = request.build_absolute_uri("/") if request is not None else DEFAULT_BASE_URL
    document = HTML(string=html, base_url=base_url, url_fetcher=LocalFetcher(base_url))
    return document.write_pdf(stylesheets=[page_numbers()])


def page_numbers() -> CSS:
    """Each page's "Page 1 of 2" in the active language: a stylesheet cannot be translated."""
    words = _("Page %(page)s of %(pages)s").replace("\\", "\\\\").replace('"', '\\"')
    content = words % {"page": '" counter(page) "', "pages": '" counter(pages) "'}
    return CSS(string=f'@page {{ @bottom-right {{ content: "{content}"; }} }}')


def pdf_response(content: bytes, *, filename: str) -> HttpResponse:
    """A PDF shown in the browser, saved as ``filename`` when downloaded."""
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
