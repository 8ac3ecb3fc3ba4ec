from dataclasses import dataclass

from django import forms
from django.utils.html import escape, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from quiz.selectors import ActiveItem
from quiz.wording import scale

FIELD_PREFIX = "item_"
CHOICE = (
    '<div class="form-check form-check-inline"><input type="radio" '
    'class="form-check-input{invalid}" name="{name}" value="{value}" id="id_{name}_{value}"'
    '{checked}><label for="id_{name}_{value}" class="form-check-label">{label}</label></div>'
)


def select_options(choices, selected) -> SafeString:
    """A select's <option> tags, ``selected`` marked: built here, not by a template loop."""
    chosen = "" if selected is None else str(selected)
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (value, " selected" if chosen and str(value) == chosen else "", label)
            for value, label in choices
        ),
    )


class UnexpectedItems(Exception):
    """The post names activities that are not on this page: a tampered or stale form."""


@dataclass(frozen=True)
class ItemRow:
    """One activity as the page shows it: a five-point radio group in its own fieldset."""

    name: str
    text: str
    value: int | None
    error: str
    scale: tuple[tuple[int, str], ...]  # the answers' labels, escaped

    @property
    def choices(self) -> SafeString:
        """The five radio buttons, built here rather than by template loops: a page shows ten
        activities, and fifty small template renders would cost more than the rest of it."""
        # Safe without escaping: the name is "item_<id>", values are ints, labels escaped once.
        invalid = " is-invalid" if self.error else ""
        return mark_safe(  # noqa: S308
            "\n".join(
                CHOICE.format(
                    invalid=invalid,
                    name=self.name,
                    value=value,
                    checked=" checked" if value == self.value else "",
                    label=label,
                )
                for value, label in self.scale
            )
        )


def field_name(item: ActiveItem) -> str:
    return f"{FIELD_PREFIX}{item.pk}"


def item_rows(
    items: list[ActiveItem], values: dict[int, int], errors: dict[str, list[str]] | None = None
) -> list[ItemRow]:
    """What the page template needs, and nothing more: it is the quiz's most requested page."""
    errors = errors or {}
    escaped = tuple((value, escape(label)) for value, label in scale())
    return [
        ItemRow(
            name=field_name(item),
            text=item.text_i18n,
            value=values.get(item.pk),
            error=" ".join(errors.get(field_name(item), [])),
            scale=escaped,
        )
        for item in items
    ]


class PageForm(forms.Form):
    """Validates one posted page of activities."""

    def __init__(self, *args, items: list[ActiveItem], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.items = items
        for item in items:
            self.fields[field_name(item)] = forms.TypedChoiceField(
                label=item.text_i18n,
                choices=scale(),
                coerce=int,
                required=False,
                error_messages={"invalid_choice": gettext_lazy("Choose one of the five answers.")},
            )
        if self.is_bound:
            expected = set(self.fields)
            posted = {key for key in self.data if key.startswith(FIELD_PREFIX)}
            if posted - expected:
                raise UnexpectedItems(sorted(posted - expected))

    def clean(self):
        cleaned = super().clean()
        for name in self.fields:
            if self.is_bound and len(self.data.getlist(name)) > 1:
                self.add_error(name, _("Choose only one answer for this activity."))
        return cleaned

    def answered(self) -> dict[ActiveItem, int]:
        """Valid answers given on this page (invalid or missing ones are left out)."""
        values: dict[ActiveItem, int] = {}
        for item in self.items:
            name = field_name(item)
            if name in self.errors:
                continue
            value = self.cleaned_data.get(name)
            if value is not None and value != "":
                values[item] = value
        return values

    def require_all(self) -> bool:
        """Mark every unanswered activity; True when the page is complete."""
        for item in self.items:
            name = field_name(item)
            if name not in self.errors and self.cleaned_data.get(name) in (None, ""):
                self.add_error(name, _("Please choose an answer for this activity."))
        return not self.errors

    def rows(self) -> list[ItemRow]:
        values = {item.pk: value for item, value in self.answered().items()}
        return item_rows(self.items, values, self.errors)
