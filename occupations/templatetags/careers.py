from django import template

from occupations.credits import bls_attribution_text, onet_attribution_html
from occupations.formatting import number, signed_percent, wage
from occupations.markup import words_unless_blank

register = template.Library()


@register.simple_tag
def onet_attribution(release: str) -> str:
    """The O*NET credit as the API gives it, with the licence's name as its link."""
    return onet_attribution_html(release)


@register.simple_tag
def bls_attribution() -> str:
    return bls_attribution_text()


register.simple_tag(wage, name="wage")


register.filter("number", lambda value: words_unless_blank(number, value))
register.filter("signed_percent", lambda value: words_unless_blank(signed_percent, value))
