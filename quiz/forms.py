from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout
from django import forms

from quiz.models import Item
from quiz.scoring import SCALE

FIELD_PREFIX = "item_"


class UnexpectedItems(Exception):
    """The post names activities that are not on this page: a tampered or stale form."""


class PageForm(forms.Form):
    """One page of activities; each is a five-point radio group in its own fieldset."""

    def __init__(self, *args, items: list[Item], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.items = items
        for item in items:
            self.fields[self.field_name(item)] = forms.TypedChoiceField(
                label=item.text,
                choices=SCALE,
                coerce=int,
                required=False,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": "Choose one of the five answers."},
            )
        if self.is_bound:
            expected = set(self.fields)
            posted = {key for key in self.data if key.startswith(FIELD_PREFIX)}
            if posted - expected:
                raise UnexpectedItems(sorted(posted - expected))
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            *(Field(name, template="quiz/includes/_item_field.html") for name in self.fields)
        )

    @staticmethod
    def field_name(item: Item) -> str:
        return f"{FIELD_PREFIX}{item.pk}"

    def clean(self):
        cleaned = super().clean()
        for name in self.fields:
            if self.is_bound and len(self.data.getlist(name)) > 1:
                self.add_error(name, "Choose only one answer for this activity.")
        return cleaned

    def answered(self) -> dict[Item, int]:
        """Valid answers given on this page (invalid or missing ones are left out)."""
        values: dict[Item, int] = {}
        for item in self.items:
            name = self.field_name(item)
            if name in self.errors:
                continue
            value = self.cleaned_data.get(name)
            if value is not None and value != "":
                values[item] = value
        return values

    def require_all(self) -> bool:
        """Mark every unanswered activity; True when the page is complete."""
        for item in self.items:
            name = self.field_name(item)
            if name not in self.errors and self.cleaned_data.get(name) in (None, ""):
                self.add_error(name, "Please choose an answer for this activity.")
        return not self.errors
