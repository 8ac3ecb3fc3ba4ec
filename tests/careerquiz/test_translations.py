"""Every text a job seeker reads is marked for translation and translated into Spanish."""

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.template.base import Lexer, TokenType
from django.utils import translation

APPS = ["careerquiz", "occupations", "quiz", "counselors", "api"]
# Names that stay as they are in every language.
UNTRANSLATED_WORDS = re.compile(
    r"careerquiz|O\*NET|RIASEC|BLS|OEWS|SOC|PDF|CSV|API|English|Español"
)
VISIBLE_ATTRIBUTES = {"alt", "title", "placeholder", "aria-label", "content", "aria-description"}
PLACEHOLDER = "\x00"


def _templates() -> list[Path]:
    paths = []
    for app in APPS:
        for path in sorted((settings.BASE_DIR / app / "templates").rglob("*.html")):
            if "admin" not in path.relative_to(settings.BASE_DIR / app / "templates").parts:
                paths.append(path)
    return paths


class _VisibleText(HTMLParser):
    """Collects the text a browser shows or reads out, outside script and style."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self._skip += 1
        attributes = dict(attrs)
        for name, value in attrs:
            visible = name in VISIBLE_ATTRIBUTES or (
                tag == "input"
                and name == "value"
                and attributes.get("type") in {"submit", "button"}
            )
            meta = tag == "meta" and attributes.get("name") != "description"
            if visible and value and not meta:
                self.texts.append(value)

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data):
        if not self._skip:
            self.texts.append(data)


def unmarked_text(source: str) -> list[str]:
    """Words in a template outside {% translate %} and {% blocktranslate %}."""
    pieces, depth, in_comment = [], 0, False
    for token in Lexer(source).tokenize():
        content = token.contents.split()[0] if token.contents.split() else ""
        if token.token_type == TokenType.BLOCK:
            if content == "comment":
                in_comment = True
            elif content == "endcomment":
                in_comment = False
            elif content in {"blocktranslate", "blocktrans"}:
                depth += 1
            elif content in {"endblocktranslate", "endblocktrans"}:
                depth -= 1
        if token.token_type == TokenType.TEXT and not depth and not in_comment:
            pieces.append(token.contents)
        else:
            pieces.append(PLACEHOLDER)
    parser = _VisibleText()
    parser.feed("".join(pieces))
    words = []
    for text in parser.texts:
        text = UNTRANSLATED_WORDS.sub(" ", text.replace(PLACEHOLDER, " "))
        if re.search(r"[^\W\d_]{2,}", text):
            words.append(" ".join(text.split()))
    return words


@pytest.mark.parametrize("path", _templates(), ids=lambda path: str(path.name))
def test_template_text_is_marked_for_translation(path):
    assert unmarked_text(path.read_text(encoding="utf-8")) == [], path


def test_the_checker_finds_unmarked_words():
    source = (
        '{% load i18n %}<p title="Hello there">{% translate "Fine" %} Not marked</p>'
        '<img alt="{% translate "Logo" %}">{% blocktranslate %}Also fine{% endblocktranslate %}'
        "<script>var ignored = 1;</script>"
    )
    assert unmarked_text(source) == ["Hello there", "Not marked"]


@pytest.mark.parametrize("app", APPS)
def test_spanish_catalogue_is_complete(app, tmp_path, monkeypatch):
    """makemessages over the app finds no message without a Spanish translation."""
    if not shutil.which("xgettext"):
        pytest.fail("GNU gettext (xgettext) is needed: .ci/run installs the gettext package")
    copy = tmp_path / app
    shutil.copytree(
        settings.BASE_DIR / app, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo")
    )
    (copy / "locale").mkdir(exist_ok=True)
    monkeypatch.chdir(copy)
    call_command("makemessages", locale=["es"], verbosity=0)
    po_path = copy / "locale" / "es" / "LC_MESSAGES" / "django.po"
    if not po_path.exists():
        assert not (settings.BASE_DIR / app / "locale").exists()
        return
    catalogue = polib.pofile(str(po_path))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert (missing, fuzzy) == ([], [])
    assert catalogue.metadata.get("Language") == "es"


@pytest.mark.django_db
def test_translated_field_falls_back_to_english():
    from occupations.models import Occupation

    occupation = Occupation(title="Electricians", title_es="Electricistas", summary="Wires.")
    with translation.override("es"):
        assert (occupation.title_i18n, occupation.summary_i18n) == ("Electricistas", "Wires.")
    with translation.override("en"):
        assert occupation.title_i18n == "Electricians"
    assert "title" in Occupation.translated_fields
