"""Texts written in English and, where staff or the default data give one, in Spanish.

A translated model field ``title`` has a Spanish twin ``title_es`` (blank when untranslated).
``title_i18n = Translated("title")`` on the model reads the active language's text and falls
back to the English; ``localized("title")`` does the same in the database, for ordering.
"""

from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language

SOURCE_LANGUAGE = "en"
TRANSLATION_LANGUAGES = ("es",)


def active_translation() -> str | None:
    """The language code of the translated texts to show, or None for the English ones."""
    language = (get_language() or SOURCE_LANGUAGE)[:2]
    return language if language in TRANSLATION_LANGUAGES else None


class Translated:
    """The field's text in the active language, else the English text."""

    def __init__(self, field: str):
        self.field = field

    def __set_name__(self, owner, name: str) -> None:
        owner.translated_fields = (*getattr(owner, "translated_fields", ()), self.field)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        language = active_translation()
        if language:
            text = getattr(instance, f"{self.field}_{language}")
            if text:
                return text
        return getattr(instance, self.field)


def localized(field: str):
    """A database expression for the field in the active language, else the English."""
    language = active_translation()
    if language is None:
        return F(field)
    return Coalesce(NullIf(F(f"{field}_{language}"), Value("")), F(field))


def untranslated_filter(model, language: str = "es"):
    """A Q matching records with an English text whose translation is blank."""

    query = Q()
    for field in model.translated_fields:
        query |= ~Q(**{field: ""}) & Q(**{f"{field}_{language}": ""})
    return query
