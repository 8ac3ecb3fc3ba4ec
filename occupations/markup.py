"""Small pieces of a page's HTML built in Python: escaped values, filled messages, rows of
lists and tables, paragraphs, links to careers. Pages with dozens of rows build them here,
since a loop of tags and filters in a template costs far more."""

import functools
import html
import re
from collections.abc import Iterable

from django.urls import get_script_prefix, reverse
from django.utils.safestring import SafeData, SafeString, mark_safe

# A slug no career has, reversed to find the address around a slug.
SLUG_MARK = "slug-mark"
NEWLINES = re.compile(r"\r\n|\r")
PARAGRAPH_BREAK = re.compile("\n{2,}")
# A row of a two-column table whose first cell names the row.
TABLE_ROW = '<tr><th scope="row" class="fw-normal">{}</th><td class="text-end">{}</td></tr>'


def escaped(value) -> str:
    """``conditional_escape`` without its lazy-text wrapper, which costs more than escaping
    the few hundred values of a page."""
    if isinstance(value, SafeData):
        return value
    return html.escape(str(value))


def rows(template: str, values: Iterable[tuple]) -> SafeString:
    """The rows of a list or table, built here: a loop in the template costs far more."""
    return mark_safe("".join(template.format(*map(escaped, row)) for row in values))


def paragraphs(text: str) -> SafeString:
    """Plain text as the ``linebreaks`` filter prints it, without its lazy-text wrappers."""
    text = NEWLINES.sub("\n", text)
    return mark_safe(
        "\n\n".join(
            "<p>{}</p>".format(html.escape(paragraph).replace("\n", "<br>"))
            for paragraph in PARAGRAPH_BREAK.split(text)
        )
    )


def fill(translated: str, **values) -> SafeString:
    """A translated message with its values escaped, as ``{% blocktranslate %}`` fills it."""
    return mark_safe(translated % {name: escaped(value) for name, value in values.items()})


def fill_when(known: str, dated: str, undated: str, **values) -> SafeString:
    """``dated`` when the value named ``known`` (a year or period) is given, else ``undated``,
    the same sentence without it: every figure says when it is from, if we know."""
    return fill(dated if values[known] else undated, **values)


def in_language(english: str, spanish: str | None, language: str | None) -> str:
    return (language and spanish) or english


def career_url_parts() -> tuple[str, str]:
    """A career page's address around its slug: reversed once, not once per link."""
    return addresses()["career"]


def addresses() -> dict:
    """The addresses career pages link, worked out once per script prefix: they depend only
    on the code, as ``careerquiz.context_processors.site`` says of the site's menu."""
    return _addresses(get_script_prefix())


@functools.cache
def _addresses(script_prefix: str) -> dict:
    return {
        "career": tuple(reverse("occupations:detail", args=[SLUG_MARK]).split(SLUG_MARK)),
        "about": reverse("about"),
        "quiz": reverse("quiz:start"),
    }


def words_unless_blank(function, value) -> str:
    """``function(value)``, or "" for a missing value."""
    return "" if value is None or value == "" else function(value)
