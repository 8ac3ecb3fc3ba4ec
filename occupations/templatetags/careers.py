from django import template

from occupations.formatting import money
from occupations.models import Occupation

register = template.Library()


@register.simple_tag
def wage(occupation: Occupation, field: str = "wage_median") -> str:
    """An occupation's wage field as shown to people, e.g. "$239,200 or more"."""
    return money(
        getattr(occupation, field),
        unit=occupation.wage_unit,
        top_coded=field in (occupation.wage_top_coded or []),
    )


@register.filter
def dollars(value) -> str:
    return money(value)
