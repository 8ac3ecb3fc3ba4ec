"""The page pieces built in Python print exactly what Django's filters and tags would."""

from django.template import Context, Template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from hypothesis import given
from hypothesis import strategies as st

from occupations.markup import escaped, fill, paragraphs, rows

# Text as staff type it: markup characters, quotes, and every kind of line break.
TEXT = st.text(alphabet=st.sampled_from(list("ab <>&'\"\n\r\t")), max_size=40)


@given(TEXT)
def test_paragraphs_print_what_the_linebreaks_filter_prints(text):
    expected = Template("{{ text|linebreaks }}").render(Context({"text": text}))
    assert paragraphs(text) == expected


@given(TEXT)
def test_escaped_is_conditional_escape(text):
    assert escaped(text) == conditional_escape(text)
    assert escaped(mark_safe(text)) == text


def test_rows_escape_every_value_but_safe_ones():
    html = rows("<li>{}{}</li>", [("<b>", mark_safe("<i>x</i>")), (3, "&")])
    assert html == "<li>&lt;b&gt;<i>x</i></li><li>3&amp;</li>"


@given(TEXT)
def test_fill_escapes_values_as_blocktranslate_does(value):
    expected = Template(
        "{% load i18n %}{% blocktranslate %}Also called {{ value }}{% endblocktranslate %}"
    ).render(Context({"value": value}))
    assert fill("Also called %(value)s", value=value) == expected
