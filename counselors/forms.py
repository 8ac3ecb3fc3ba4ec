import uuid

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import RegexValidator
from django.utils import timezone

from counselors import codes
from quiz.models import Questionnaire

# Letters, digits, spaces and a few marks, starting with a letter or digit: a nickname can
# never be read as a formula when the exports are opened in a spreadsheet.
nickname_validator = RegexValidator(
    r"^\w[\w .'-]*$",
    "Use letters, digits and spaces (and . ' - if you like), starting with a letter or digit.",
    code="nickname",
)


class StyledForm:
    """Bootstrap's classes on text inputs and radio buttons (counselors/includes/_form.html)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            radio = isinstance(field.widget, forms.RadioSelect)
            field.widget.attrs.setdefault("class", "form-check-input" if radio else "form-control")


class CounselorAuthenticationForm(StyledForm, AuthenticationForm):
    pass


class GroupForm(StyledForm, forms.Form):
    name = forms.CharField(
        max_length=100,
        error_messages={"required": "Give the group a name."},
        help_text="For example the class or workshop: “Year 11, Ms Lee” or “Job club, March”.",
    )
    closes_on = forms.DateField(
        label="Joining closes after (optional)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="After this day the code no longer lets anyone join. Results stay.",
    )

    def clean_name(self) -> str:
        return self.cleaned_data["name"].strip()

    def clean_closes_on(self):
        closes_on = self.cleaned_data["closes_on"]
        unchanged = closes_on == self.initial.get("closes_on")
        if closes_on is not None and closes_on < timezone.localdate() and not unchanged:
            raise forms.ValidationError("Choose today or a later day.", code="past")
        return closes_on


class CodeForm(StyledForm, forms.Form):
    code = forms.CharField(
        label="Group code",
        max_length=20,
        error_messages={"required": "Type the code your counselor gave you."},
        help_text="The eight letters and digits your counselor gave you, e.g. ABCD-EFGH.",
    )

    def clean_code(self) -> str:
        code = codes.normalize(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(
                "A group code has eight letters and digits, like ABCD-EFGH. "
                "Check the code and type it again.",
                code="format",
            )
        return code


class JoinForm(StyledForm, forms.Form):
    nickname = forms.CharField(
        max_length=40,
        validators=[nickname_validator],
        help_text="A first name, initials or a made-up name all work.",
        error_messages={"required": "Choose a nickname."},
    )
    questionnaire = forms.ModelChoiceField(
        label="Which quiz?",
        queryset=Questionnaire.objects.none(),
        widget=forms.RadioSelect,
        to_field_name="slug",
        empty_label=None,
        error_messages={
            "required": "Choose the full or the quick quiz.",
            "invalid_choice": "Choose the full or the quick quiz.",
        },
    )
    join_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["questionnaire"].queryset = Questionnaire.objects.offered()
        self.fields["questionnaire"].label_from_instance = lambda q: (
            f"{q.title} ({q.item_count} activities, about {q.minutes} minutes)"
        )
        if not self.is_bound:
            self.initial.setdefault("join_key", uuid.uuid4())

    def clean_nickname(self) -> str:
        return " ".join(self.cleaned_data["nickname"].split())
