from collections.abc import Sequence

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Case, DecimalField, F, When
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from careerquiz.translation import localized
from occupations.areas import EDUCATION_LEVELS, JOB_ZONES, LETTERS
from occupations.models import InterestArea, OccupationQuerySet

# BLS turns hourly wages into annual ones at 2,080 hours a year; sorting by pay does the same
# so that careers published only as hourly wages are not ranked last.
HOURS_PER_YEAR = 2080

# "shown_title" is the title in the active language (annotated by OccupationFilterForm.filter).
SORTS = {
    "title": ("shown_title", "soc_code"),
    "pay": (F("annual_pay").desc(nulls_last=True), "shown_title", "soc_code"),
    "outlook": (F("outlook_percent").desc(nulls_last=True), "shown_title", "soc_code"),
}


def job_zone_field(label: str, any_label: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", any_label)]
        + [
            (str(zone), format_lazy("{}: {}", zone, _(name)))
            for zone, name in sorted(JOB_ZONES.items())
        ],
        error_messages={"invalid_choice": _("Job Zone must be a number from 1 to 5.")},
    )


class OccupationFilterForm(forms.Form):
    """The career list's search, filters and sort, read from the query string.

    ``area`` keeps careers with the area anywhere in their high-point code (up to three
    letters), as the quiz's matches do; ``code`` is for careers whose code starts with given
    letters, so code=E keeps only careers led by Persuading.
    """

    q = forms.CharField(label=_("Search titles"), required=False, max_length=100)
    area = forms.CharField(label=_("Interest area"), required=False, max_length=40)
    # No max_length: a code too long gets clean_code's message, which says what a code is.
    code = forms.CharField(label=_("Holland code starts with"), required=False)
    job_zone = job_zone_field(_("Job Zone (preparation needed)"), _("Any preparation"))
    education = forms.TypedChoiceField(
        label=_("Education needed to start (at most)"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("Any education"))]
        + [(str(level), _(name)) for level, name in enumerate(EDUCATION_LEVELS, start=1)],
        error_messages={"invalid_choice": _("Education must be a number from 1 to 8.")},
    )
    bright = forms.BooleanField(label=_("Bright outlook only"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("match", _("Best match to the search")),
            ("title", _("Title (A to Z)")),
            ("pay", _("Pay (highest first)")),
            ("outlook", _("Job growth (highest first)")),
        ],
        error_messages={"invalid_choice": _("Sort by best match, title, pay or outlook.")},
    )

    def __init__(self, *args, areas: Sequence[InterestArea], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.area_list = list(areas)
        # Friendly names first, then Holland names, in English and in Spanish.
        self.areas = {}
        for field in ("friendly_name", "name", "friendly_name_es", "name_es"):
            for area in areas:
                self.areas.setdefault(getattr(area, field).lower(), area)
        self.areas.pop("", None)
        self.area_choices = [("", _("Any area"))] + [
            (area.friendly_name_i18n, f"{area.friendly_name_i18n} ({area.name_i18n})")
            for area in areas
        ]

    def clean_area(self) -> str:
        """The area's letter, from its friendly or Holland name in any case."""
        value = self.cleaned_data["area"].strip()
        if not value:
            return ""
        area = self.areas.get(value.lower())
        if area is None:
            names = ", ".join(area.friendly_name_i18n for area in self.area_list)
            raise ValidationError(
                _("There is no interest area called “%(value)s”. Choose one of: %(names)s."),
                code="unknown_area",
                params={"value": value, "names": names},
            )
        return area.letter

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].strip().upper()
        letters_ok = all(letter in LETTERS for letter in code) and len(set(code)) == len(code)
        if code and (len(code) > 3 or not letters_ok):
            raise ValidationError(
                _(
                    "A Holland code is one to three different letters from R, I, A, S, E and C, "
                    "for example EC."
                ),
                code="invalid_code",
            )
        return code

    def filter(self, queryset: OccupationQuerySet) -> OccupationQuerySet:
        """``queryset`` searched, filtered and sorted by every valid field; invalid ones are
        left out (the page lists their errors)."""
        self.is_valid()
        data = self.cleaned_data
        queryset = queryset.filtered(
            q=data.get("q") or "",
            area=data.get("area") or "",
            code=data.get("code") or "",
            job_zone=data.get("job_zone"),
            education=data.get("education"),
            bright=bool(data.get("bright")),
        )
        annual_pay = Case(
            When(wage_unit="hourly", then=F("wage_median") * HOURS_PER_YEAR),
            default=F("wage_median"),
            output_field=DecimalField(max_digits=12, decimal_places=2),
        )
        queryset = queryset.annotate(annual_pay=annual_pay, shown_title=localized("title"))
        if self.chosen_sort == "match":
            return queryset.best_first(data["q"])
        return queryset.order_by(*SORTS[self.chosen_sort])

    @property
    def chosen_sort(self) -> str:
        """The sort asked for; without one, best match while searching, else by title."""
        data = getattr(self, "cleaned_data", {})
        sort = data.get("sort") or "match"
        return sort if data.get("q") or sort != "match" else "title"

    @property
    def filtered(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return any(
            data.get(name) for name in ("q", "area", "code", "job_zone", "education", "bright")
        )


MATCH_PAGE = 20
MATCH_MOST = 200


class MatchFilterForm(forms.Form):
    """Filters of a result's matches; bad values are left out and said so, never an error page."""

    job_zone = job_zone_field(_("How much preparation are you willing to do?"), _("Any amount"))
    area = forms.ChoiceField(
        label=_("Interest area"),
        required=False,
        choices=[("", _("Any area"))] + [(letter, letter) for letter in LETTERS],
    )
    limit = forms.IntegerField(
        label=_("Number of careers shown"),
        required=False,
        min_value=MATCH_PAGE,
        max_value=MATCH_MOST,
        widget=forms.HiddenInput,
    )

    def name_areas(self, areas: Sequence[InterestArea]) -> None:
        """Label the area choices with their names, for showing the form."""
        names = {area.letter: f"{area.friendly_name_i18n} ({area.name_i18n})" for area in areas}
        self.fields["area"].choices = [("", _("Any area"))] + [
            (letter, names.get(letter, letter)) for letter in LETTERS
        ]

    def match_options(self) -> dict:
        """The valid filters; an invalid one falls back to its default, the others still apply."""
        if self.is_bound:
            self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "job_zone": data.get("job_zone"),
            "area": data.get("area") or None,
            "limit": data.get("limit") or MATCH_PAGE,
        }

    def left_out(self) -> str:
        """The labels of the filters whose values were not valid, so were not applied."""
        return ", ".join(f"“{self.fields[name].label}”" for name in self.errors)
