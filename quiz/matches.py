from django import forms

from occupations.areas import JOB_ZONES, LETTERS
from occupations.models import InterestArea

PAGE = 20
MOST = 200
DEFAULT_OPTIONS = {"job_zone": None, "area": None, "limit": PAGE}


class MatchFilterForm(forms.Form):
    """Filters of the matches on a results page; bad values are ignored, never an error page."""

    job_zone = forms.TypedChoiceField(
        label="How much preparation are you willing to do?",
        required=False,
        coerce=int,
        empty_value=None,
    )
    area = forms.ChoiceField(label="Interest area", required=False)
    limit = forms.IntegerField(
        required=False, min_value=PAGE, max_value=MOST, widget=forms.HiddenInput
    )

    def __init__(self, *args, areas: list[InterestArea], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["job_zone"].choices = [("", "Any amount")] + [
            (number, f"{number}: {name}") for number, name in sorted(JOB_ZONES.items())
        ]
        names = {area.letter: f"{area.friendly_name} ({area.name})" for area in areas}
        self.fields["area"].choices = [("", "Any area")] + [
            (letter, names.get(letter, letter)) for letter in LETTERS
        ]

    def match_options(self) -> dict:
        """The valid filters; an invalid one falls back to its default, the others still apply."""
        if not self.is_bound:
            return dict(DEFAULT_OPTIONS)
        self.is_valid()
        data = self.cleaned_data
        return {
            "job_zone": data.get("job_zone"),
            "area": data.get("area") or None,
            "limit": data.get("limit") or PAGE,
        }
