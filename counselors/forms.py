import uuid

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from counselors import codes
from quiz.models import Questionnaire

# Letters, digits, spaces and a few marks, starting with a letter or digit: a nickname can
# never be read as a formula when the exports are opened in a spreadsheet.
nickname_validator = RegexValidator(
    r"^\w[\w .'-]*$",
    _("Use letters, digits and spaces (and . ' - if you like), starting with a letter or digit."),
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
        label=_("Name"),
        max_length=100,
        error_messages={"required": _("Give the group a name.")},
        help_text=_("For example the class or workshop: “Year 11, Ms Lee” or “Job club, March”."),
    )
    closes_on = forms.DateField(
        label=_("Joining closes after (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("After this day the code no longer lets anyone join. Results stay."),
    )

    def clean_name(self) -> str:
        return self.cleaned_data["name"].strip()

    def clean_closes_on(self):
        closes_on = self.cleaned_data["closes_on"]
        unchanged = closes_on == self.initial.get("closes_on")
        if closes_on is not None and closes_on < timezone.localdate() and not unchanged:
            raise forms.ValidationError(_("Choose today or a later day."), code="past")
        return closes_on


class CodeForm(StyledForm, forms.Form):
    code = forms.CharField(
        label=_("Group code"),
        max_length=20,
        error_messages={"required": _("Type the code your counselor gave you.")},
        help_text=_("The eight letters and digits your counselor gave you, e.g. ABCD-EFGH."),
    )

    def clean_code(self) -> str:
        code = codes.normalize(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(
                _(
                    "A group code has eight letters and digits, like ABCD-EFGH. "
                    "Check the code and type it again."
                ),
                code="format",
            )
        return code


def questionnaire_label(questionnaire: Questionnaire) -> str:
    activities = ngettext(
        "%(title)s (%(count)s activity, about %(minutes)s minutes)",
        "%(title)s (%(count)s activities, about %(minutes)s minutes)",
        questionnaire.item_count,
    )
    return activities % {
        "title": questionnaire.title_i18n,
        "count": questionnaire.item_count,
        "minutes": questionnaire.minutes,
    }


class JoinForm(StyledForm, forms.Form):
    nickname = forms.CharField(
        label=_("Nickname"),
        max_length=40,
        validators=[nickname_validator],
        help_text=_("A first name, initials or a made-up name all work."),
        error_messages={"required": _("Choose a nickname.")},
    )
    questionnaire = forms.ModelChoiceField(
        label=_("Which quiz?"),
        queryset=Questionnaire.objects.none(),
        widget=forms.RadioSelect,
        to_field_name="slug",
        empty_label=None,
        error_messages={
            "required": _("Choose the full or the quick quiz."),
            "invalid_choice": _("Choose the full or the quick quiz."),
        },
    )
    join_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["questionnaire"].queryset = Questionnaire.objects.offered()
        self.fields["questionnaire"].label_from_instance = questionnaire_label
        if not self.is_bound:
            self.initial.setdefault("join_key", uuid.uuid4())

    def clean_nickname(self) -> str:
        return " ".join(self.cleaned_data["nickname"].split())
