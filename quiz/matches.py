from django import forms

from occupations.areas import JOB_ZONES
from occupations.models import InterestArea

PAGE = 20
MOST = 200


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
        self.fields["area"].choices = [("", "Any area")] + [
            (area.letter, f"{area.friendly_name} ({area.name})") for area in areas
        ]

    def match_options(self) -> dict:
        if not self.is_bound or not self.is_valid():
            return {"job_zone": None, "area": None, "limit": PAGE}
        data = self.cleaned_data
        return {
            "job_zone": data.get("job_zone"),
            "area": data.get("area") or None,
            "limit": data.get("limit") or PAGE,
        }
