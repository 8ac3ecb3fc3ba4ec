from pathlib import Path

import django.contrib.admin
import pytest
from django.conf import settings
from django.template import Context, Engine, engines
from django.template.base import DebugLexer, TokenType
from django.templatetags.i18n import TranslateNode
from django.utils import translation

from careerquiz.template_loader import fold_translations

ROOT = Path(settings.BASE_DIR)
# Django's own engine, without our loader: what an unfolded tag prints.
PLAIN = Engine(libraries={"i18n": "django.templatetags.i18n"})


def render(source: str) -> str:
    return PLAIN.from_string(source).render(Context())


def project_templates() -> list[Path]:
    """Ours and the Django admin's, which staff see in both languages too."""
    admin = Path(django.contrib.admin.__file__).parent / "templates"
    ours = (path for path in ROOT.glob("*/templates/**/*.html") if "tests" not in path.parts)
    return sorted([*ours, *admin.glob("**/*.html")])


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_folded_tag_prints_what_django_prints_for_it(language):
    """Each literal {% translate %} of every template, folded, reads as Django renders it."""
    checked = 0
    with translation.override(language):
        for path in project_templates():
            for token in DebugLexer(path.read_text()).tokenize():
                if token.token_type != TokenType.BLOCK or token.contents.split()[0] != "translate":
                    continue
                tag = "{% load i18n %}{% " + token.contents + " %}"
                folded = fold_translations(tag)
                checked += folded != tag
                assert render(folded) == render(tag), (path, token.contents)
    assert checked > 400


def test_a_literal_is_written_in_the_active_language():
    source = '{% load i18n %}<a>{% translate "Careers" %}</a>'
    with translation.override("es"):
        assert fold_translations(source) == "{% load i18n %}<a>Carreras</a>"
    with translation.override("en"):
        assert fold_translations(source) == "{% load i18n %}<a>Careers</a>"


def test_a_message_context_picks_its_translation():
    source = '{% load i18n %}{% translate "Main" context "navigation" %}'
    with translation.override("es"):
        assert fold_translations(source) == "{% load i18n %}Principal"


@pytest.mark.parametrize(
    "tag",
    [
        "{% translate title %}",  # a variable
        '{% translate "Careers" as heading %}',  # kept for later use
        '{% translate "Careers" noop %}',
        '{% translate "Careers"|upper %}',
        '{% translate "Main" context word %}',  # the context is a variable
        '{% translate "a {{ b }}" %}',  # its text would be read as template syntax
    ],
)
def test_tags_that_need_the_render_are_left_to_django(tag):
    source = "{% load i18n %}" + tag
    with translation.override("es"):
        assert fold_translations(source) == source


def test_percent_signs_print_as_the_tag_prints_them():
    with translation.override("en"):
        assert fold_translations('{% load i18n %}{% translate "100% free" %}') == (
            "{% load i18n %}100% free"
        )


def test_nothing_is_folded_before_i18n_is_loaded_or_where_the_language_changes():
    before = '{% translate "Careers" %}{% load i18n %}'
    switching = '{% load i18n %}{% language "en" %}{% translate "Careers" %}{% endlanguage %}'
    partial = '{% load language from i18n %}{% translate "Careers" %}'
    with translation.override("es"):
        assert fold_translations(before) == before
        assert fold_translations(switching) == switching
        assert fold_translations(partial) == partial


def test_each_language_has_its_own_compiled_template_without_translate_nodes():
    engine = engines["django"].engine
    with translation.override("en"):
        english = engine.get_template("base.html")
        assert english is engine.get_template("base.html")
    with translation.override("es"):
        spanish = engine.get_template("base.html")
    assert spanish is not english
    assert not english.nodelist.get_nodes_by_type(TranslateNode)
    assert "Skip to main content" in english.source
    assert "Saltar al contenido principal" in spanish.source


@pytest.mark.django_db
def test_pages_are_served_in_each_language_in_turn(client):
    """The compiled templates of one language are never served in the other."""
    for language, menu in [("es", "Carreras"), ("en", "Careers"), ("es", "Carreras")]:
        page = client.get("/about/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
        assert f'<a href="/careers/">{menu}</a>' in page
