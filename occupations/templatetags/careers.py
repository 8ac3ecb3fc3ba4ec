from collections.abc import Mapping
from decimal import Decimal

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from careerquiz.translation import active_translation
from occupations.areas import EDUCATION_LEVELS, LETTERS
from occupations.credits import (
    LICENSE_URL,
    bls_attribution_text,
    license_name,
    onet_attribution_text,
)
from occupations.formatting import (
    change_words,
    code_names,
    comparison_sentence,
    money,
    number,
    period_words,
    scale,
    signed_percent,
)
from occupations.models import InterestArea, Occupation

register = template.Library()

# Chart geometry, in SVG user units.
PROFILE_COLUMN, PROFILE_BAR, PROFILE_HEIGHT, PROFILE_BASE = 40, 24, 100, 118
RANGE_WIDTH, RANGE_PAD = 300, 6
PERCENTILES = (
    ("wage_p10", gettext_lazy("10th percentile")),
    ("wage_p25", gettext_lazy("25th percentile")),
    ("wage_median", gettext_lazy("Median")),
    ("wage_p75", gettext_lazy("75th percentile")),
    ("wage_p90", gettext_lazy("90th percentile")),
)
# BLS writes "None" where a career needs no experience or on-the-job training.
NOTHING_NEEDED = {"none", "n/a"}
# BLS's other words for experience and training, translated where they are shown.
REQUIREMENTS = {
    *EDUCATION_LEVELS,
    gettext_noop("Less than 5 years"),
    gettext_noop("5 years or more"),
    gettext_noop("Short-term on-the-job training"),
    gettext_noop("Moderate-term on-the-job training"),
    gettext_noop("Long-term on-the-job training"),
    gettext_noop("Apprenticeship"),
    gettext_noop("Internship/residency"),
}


@register.simple_tag
def onet_attribution(release: str) -> str:
    """The O*NET credit as the API gives it, with the licence's name as its link."""
    name = license_name()
    text = onet_attribution_text(release).replace(f" ({LICENSE_URL})", "")
    before, after = text.split(name)
    return format_html('{}<a href="{}">{}</a>{}', before, LICENSE_URL, name, after)


@register.simple_tag
def bls_attribution() -> str:
    return bls_attribution_text()


@register.simple_tag
def wage(occupation: Occupation, field: str = "wage_median") -> str:
    """An occupation's wage field as shown to people, e.g. "$239,200 or more"."""
    return money(
        getattr(occupation, field),
        unit=occupation.wage_unit,
        top_coded=field in (occupation.wage_top_coded or []),
    )


@register.simple_tag
def wage_amount(occupation: Occupation, value: Decimal | None) -> str:
    """Another wage of the occupation (e.g. in one industry), in the occupation's unit."""
    return money(value, unit=occupation.wage_unit)


@register.filter
def dollars(value) -> str:
    return money(value)


def _words_unless_blank(function):
    """A filter giving ``function(value)``, or "" for a missing value."""
    return lambda value: "" if value is None or value == "" else function(value)


register.filter("number", _words_unless_blank(number))
register.filter("signed_percent", _words_unless_blank(signed_percent))
register.filter("period_words", _words_unless_blank(period_words))
register.filter("change_words", _words_unless_blank(change_words))
register.filter("comparison_sentence", _words_unless_blank(comparison_sentence))


@register.filter(name="comparison_words")
def comparison_words(value: str) -> str:
    """ "slower" -> "slower than average", BLS's wording of a growth category."""
    return str(dict(Occupation.OUTLOOK_COMPARISONS).get(value or "", ""))


@register.filter
def requirement(value: str) -> str:
    """An education, experience or training requirement in words, never a bare "None"."""
    if value.strip().lower() in NOTHING_NEEDED:
        return _("Not usually needed")
    return _(value) if value in REQUIREMENTS else value


@register.filter
def in_language(texts: Mapping, field: str) -> str:
    """``texts[field]`` in the active language (e.g. ``texts["text_es"]``), else the English."""
    language = active_translation()
    return (language and texts.get(f"{field}_{language}")) or texts.get(field, "")


@register.filter
def get_area(areas: Mapping[str, InterestArea], letter: str) -> InterestArea | None:
    return areas.get(letter)


@register.simple_tag
def area_names(code: str, areas: Mapping[str, InterestArea], holland: bool = True) -> str:
    """ "Persuading and Organizing (Enterprising and Conventional)" for "EC"."""
    if not code:
        return ""
    friendly = code_names(code, {k: a.friendly_name_i18n for k, a in areas.items()})
    if not holland:
        return friendly
    return f"{friendly} ({code_names(code, {k: a.name_i18n for k, a in areas.items()})})"


@register.inclusion_tag("occupations/includes/_profile_chart.html")
def profile_chart(occupation: Occupation, areas: Mapping[str, InterestArea]) -> dict:
    """Six columns on O*NET's 1 to 7 scale, drawn from the baseline up."""
    bars = []
    for index, letter in enumerate(LETTERS):
        value = occupation.interests[letter]
        height = 0 if value is None else scale(value, low=1, high=7, length=PROFILE_HEIGHT)
        area = areas.get(letter)
        bars.append(
            {
                "letter": letter,
                "area": area,
                "value": value,
                "x": index * PROFILE_COLUMN + (PROFILE_COLUMN - PROFILE_BAR) / 2,
                "centre": index * PROFILE_COLUMN + PROFILE_COLUMN / 2,
                "y": PROFILE_BASE - height,
                "label_y": PROFILE_BASE - height - 4,
                "height": height,
                "colour": area.colour if area else "#495057",
            }
        )
    return {
        "bars": bars,
        "bar_width": PROFILE_BAR,
        "base": PROFILE_BASE,
        "width": PROFILE_COLUMN * len(LETTERS),
    }


@register.inclusion_tag("occupations/includes/_wage_range.html")
def wage_range(occupation: Occupation) -> dict:
    """The published percentiles as text, and drawn on one axis when there are two or more."""
    points = [
        {"field": field, "label": label, "value": getattr(occupation, field)}
        for field, label in PERCENTILES
        if getattr(occupation, field)  # a zero wage is a data error, never shown as "$0"
    ]
    low = float(min((p["value"] for p in points), default=0))
    high = float(max((p["value"] for p in points), default=0))
    for point in points:
        point["text"] = wage(occupation, point["field"])
        point["x"] = RANGE_PAD + scale(
            point["value"], low=low, high=high, length=RANGE_WIDTH - 2 * RANGE_PAD
        )
    by_field = {point["field"]: point for point in points}
    return {
        "points": points,
        "drawn": len(points) >= 2,
        "outer": _span(by_field, "wage_p10", "wage_p90"),
        "middle": _span(by_field, "wage_p25", "wage_p75"),
        "median": by_field.get("wage_median"),
        "width": RANGE_WIDTH,
    }


def _span(points: dict, start: str, end: str) -> dict | None:
    if start not in points or end not in points:
        return None
    return {"x": points[start]["x"], "width": round(points[end]["x"] - points[start]["x"], 1)}
