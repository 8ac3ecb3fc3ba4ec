"""Templates compiled once per language, their constant translations written in.

``{% translate "Careers" %}`` costs a node, a lazy string and a catalogue lookup on every
render; a page has dozens. This loader keeps one compiled template per language and, before
compiling, replaces each such tag whose message is a literal by its translation, exactly as
the tag would print it. Templates stay plain Django templates: makemessages reads them as
written, and a tag with a variable, ``as``, ``noop`` or a filter is left to Django.
"""

from django.template.base import DebugLexer, TokenType
from django.template.loaders import cached
from django.utils import translation
from django.utils.text import smart_split, unescape_string_literal

TAGS = ("translate", "trans")
# Text the template engine would read as syntax: such a translation keeps its tag.
SYNTAX = ("{%", "%}", "{{", "}}", "{#", "#}")


class Loader(cached.Loader):
    def cache_key(self, template_name, skip=None):
        return f"{super().cache_key(template_name, skip)}:{translation.get_language()}"

    def get_contents(self, origin) -> str:
        return fold_translations(super().get_contents(origin))


def fold_translations(source: str) -> str:
    """``source`` with each literal ``{% translate %}`` in the active language, once the
    template has loaded ``i18n``. A template that switches language inside itself
    (``{% language %}``) is left as it is."""
    tokens = DebugLexer(source).tokenize()
    if any(_is_tag(token, "language") for token in tokens):
        return source
    parts, loaded, done = [], False, 0
    for token in tokens:
        if token.token_type != TokenType.BLOCK:
            continue
        if _is_tag(token, "load"):
            # "{% load i18n %}", not "{% load language from i18n %}" (translate may be missing)
            names = token.split_contents()[1:]
            loaded = loaded or ("i18n" in names and "from" not in names)
            continue
        text = _translation(token) if loaded else None
        if text is None:
            continue
        start, end = token.position
        parts += [source[done:start], text]
        done = end
    return "".join(parts) + source[done:] if parts else source


def _is_tag(token, name: str) -> bool:
    return token.token_type == TokenType.BLOCK and token.contents.split(" ", 1)[0] == name


def _translation(token) -> str | None:
    """What the tag prints, or None where it cannot be worked out before rendering."""
    bits = list(smart_split(token.contents))
    if len(bits) not in (2, 4) or bits[0] not in TAGS or (len(bits) == 4 and bits[2] != "context"):
        return None
    try:
        message, *context = (unescape_string_literal(bit) for bit in bits[1::2])
    except ValueError:  # a variable, not a quoted literal
        return None
    # As django.template.base.Variable does: a literal "%" is doubled for the catalogue.
    msgid = message.replace("%", "%%")
    translated = translation.pgettext(context[0], msgid) if context else translation.gettext(msgid)
    text = translated.replace("%%", "%")
    if any(mark in text for mark in SYNTAX):
        return None
    return text
