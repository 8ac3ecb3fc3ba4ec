"""The career list's rows, worked out once in Python: a page shows twenty-five of them, and an
include, tags and a reversed URL per row cost more than the rest of the page."""

from collections.abc import Iterable

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from occupations.formatting import code_names, signed_percent, wage
from occupations.markup import career_url_parts, escaped, fill
from occupations.models import InterestArea, Occupation
from occupations.selectors import MATCH_FIELDS

# What a row shows.
LISTED_FIELDS = MATCH_FIELDS

ROW = (
    '<tr><th scope="row" class="fw-normal"><a href="{}">{}</a></th><td>{}</td><td>{}</td>'
    '<td class="text-end text-nowrap">{}</td><td class="text-end text-nowrap">{}</td></tr>'
)


def career_rows(occupations: Iterable[Occupation], areas: dict[str, InterestArea]) -> SafeString:
    names = {letter: area.friendly_name_i18n for letter, area in areas.items()}
    url_parts = career_url_parts()
    missing = {
        "rated": mark_safe(f'<span class="text-body-secondary">{_("Not rated")}</span>'),
        "published": mark_safe(f'<span class="text-body-secondary">{_("Not published")}</span>'),
        "projected": mark_safe(f'<span class="text-body-secondary">{_("Not projected")}</span>'),
    }
    bright = mark_safe(f'<br><span class="badge bright-outlook">{_("Bright outlook")}</span>')
    html = []
    for occupation in occupations:
        code = occupation.high_point_code
        if code:
            code_cell = mark_safe(
                f'<span class="code-letters">{escaped(code)}</span> '
                f'<span class="small">{escaped(code_names(code, names))}</span>'
            )
        else:
            code_cell = missing["rated"]
        zone = occupation.job_zone
        zone_cell = (
            mark_safe(f'{zone}: <span class="small">{escaped(occupation.job_zone_name)}</span>')
            if zone
            else missing["rated"]
        )
        html.append(
            ROW.format(
                escaped(occupation.slug.join(url_parts)),
                escaped(occupation.title_i18n),
                code_cell,
                zone_cell,
                _pay(occupation) or missing["published"],
                _growth(occupation, missing["projected"])
                + (bright if occupation.bright_outlook else ""),
            )
        )
    return mark_safe("".join(html))


def _pay(occupation: Occupation) -> str:
    if not occupation.wage_median:
        return ""
    pay = escaped(wage(occupation))
    if occupation.wage_year:
        may = fill(_("May %(year)s"), year=occupation.wage_year)
        pay += _aside(may)
    return pay


def _growth(occupation: Occupation, not_projected: str) -> str:
    if occupation.outlook_percent is None:
        return not_projected
    growth = escaped(signed_percent(occupation.outlook_percent))
    if occupation.outlook_period:
        growth += _aside(escaped(occupation.outlook_period))
    return growth


def _aside(html: str) -> str:
    """A small note in brackets after a figure: its year or period."""
    return f' <span class="small text-body-secondary">({html})</span>'
