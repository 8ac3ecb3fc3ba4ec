"""The career list's rows, worked out once in Python: a page shows twenty-five of them, and an
include, tags and a reversed URL per row cost more than the rest of the page."""

from collections.abc import Iterable

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from occupations.formatting import code_names, signed_percent, wage
from occupations.markup import career_url_parts, escaped, fill
from occupations.models import InterestArea, Occupation
from occupations.selectors import MATCH_FIELDS

# What a row shows.
LISTED_FIELDS = MATCH_FIELDS

# The columns after the title: the table's header and each cell's label on phones.
COLUMNS = (
    ("code", gettext_noop("Holland code")),
    ("zone", gettext_noop("Job Zone")),
    ("pay", gettext_noop("Median pay")),
    ("growth", gettext_noop("Job growth")),
)
# Figures are right-aligned, in the header as in the rows.
FIGURES = {"pay", "growth"}
# Each cell names its column for phones, where the rows stack (careers.css); the roles keep the
# table a table for screen readers, which drop it for a table shown as blocks.
ROW = (
    '<tr role="row"><th scope="row" role="rowheader" class="fw-normal"><a href="{url}">{title}'
    '</a></th><td role="cell" data-label="{code_label}">{code}</td>'
    '<td role="cell" data-label="{zone_label}">{zone}</td>'
    '<td role="cell" class="text-end text-nowrap" data-label="{pay_label}">{pay}</td>'
    '<td role="cell" class="text-end text-nowrap" data-label="{growth_label}">{growth}</td></tr>'
)


def column_headings() -> list[tuple[str, str, bool]]:
    """(name, label in the active language, whether it holds figures) of each column."""
    return [(name, _(label), name in FIGURES) for name, label in COLUMNS]


def career_rows(occupations: Iterable[Occupation], areas: dict[str, InterestArea]) -> SafeString:
    names = {letter: area.friendly_name_i18n for letter, area in areas.items()}
    url_parts = career_url_parts()
    missing = {
        "rated": mark_safe(f'<span class="text-body-secondary">{_("Not rated")}</span>'),
        "published": mark_safe(f'<span class="text-body-secondary">{_("Not published")}</span>'),
        "projected": mark_safe(f'<span class="text-body-secondary">{_("Not projected")}</span>'),
    }
    bright = mark_safe(f'<br><span class="badge bright-outlook">{_("Bright outlook")}</span>')
    labels = {f"{name}_label": escaped(label) for name, label, _figure in column_headings()}
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
                url=escaped(occupation.slug.join(url_parts)),
                title=escaped(occupation.title_i18n),
                code=code_cell,
                zone=zone_cell,
                pay=_pay(occupation) or missing["published"],
                growth=_growth(occupation, missing["projected"])
                + (bright if occupation.bright_outlook else ""),
                **labels,
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
