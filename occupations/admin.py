from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Exists, OuterRef, Q

from careerquiz.admin_filters import ConditionFilter
from careerquiz.translation import untranslated_filter
from occupations.areas import LETTERS
from occupations.models import (
    Duty,
    Industry,
    InfoLink,
    InterestArea,
    Occupation,
    Quality,
    RelatedOccupation,
)
from occupations.services import catalogue_written, occupation_record_edits, occupation_save

# Inline formset prefix -> the name importers look for in Occupation.edited_fields.
INLINE_EDIT_NAMES = {
    "duties": "duties",
    "industries": "industries",
    "qualities": "qualities",
    "links": "links",
    "related_links": "related",
}


class TextField(forms.CharField):
    """Text with line breaks as stored: browsers send CR LF, which must not count as an edit."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n") if isinstance(value, str) else value


TEXT = {"form_class": TextField}
SHORT_TEXT = {models.TextField: {**TEXT, "widget": forms.Textarea(attrs={"rows": 2, "cols": 60})}}


class CatalogueAdmin(admin.ModelAdmin):
    """Every save or delete here retires the cached pages built from the old catalogue."""

    formfield_overrides = {models.TextField: TEXT}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        catalogue_written()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        catalogue_written()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        catalogue_written()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        catalogue_written()


class UntranslatedFilter(admin.SimpleListFilter):
    """Records with an English text whose Spanish is blank (and so shows the English)."""

    title = "translation"
    parameter_name = "untranslated"

    def lookups(self, request, model_admin):
        return [("es", "Untranslated (Spanish)")]

    def queryset(self, request, queryset):
        if self.value() == "es":
            return queryset.filter(self.missing(queryset.model))
        return queryset

    def missing(self, model):
        return untranslated_filter(model)


class OccupationUntranslatedFilter(UntranslatedFilter):
    """Careers missing a Spanish text of their own or of one of their listed rows."""

    def missing(self, model):
        query = untranslated_filter(model)
        for row in (Duty, Industry, Quality, InfoLink):
            rows = row.objects.filter(untranslated_filter(row), occupation=OuterRef("pk"))
            query |= Exists(rows)
        return query


@admin.register(InterestArea)
class InterestAreaAdmin(CatalogueAdmin):
    list_display = ("letter", "name", "friendly_name", "colour", "order")
    list_editable = ("order",)
    list_filter = (UntranslatedFilter,)
    fields = (
        "letter",
        ("name", "name_es"),
        ("friendly_name", "friendly_name_es"),
        ("description", "description_es"),
        "colour",
        "order",
    )


class FirstInterestFilter(admin.SimpleListFilter):
    title = "first interest letter"
    parameter_name = "interest"

    def lookups(self, request, model_admin):
        names = dict(InterestArea.objects.values_list("letter", "friendly_name"))
        return [
            (letter, f"{letter} – {names[letter]}" if letter in names else letter)
            for letter in LETTERS
        ]

    def queryset(self, request, queryset):
        if self.value() in LETTERS:
            return queryset.with_code_prefix(self.value())
        return queryset


class HasPayFilter(ConditionFilter):
    title = "has pay data"
    parameter_name = "pay"
    ways = (("yes", "Yes"), ("no", "No"))

    def condition(self, queryset) -> Q:
        return Q(wage_median__isnull=False)


class DutyInline(admin.TabularInline):
    model = Duty
    fields = ("order", "text", "text_es")
    formfield_overrides = SHORT_TEXT
    extra = 0


class IndustryInline(admin.TabularInline):
    model = Industry
    fields = ("order", "name", "name_es", "share_percent", "median_wage", "year")
    verbose_name_plural = "employing industries and their pay"
    extra = 0


class QualityInline(admin.TabularInline):
    model = Quality
    fields = ("order", "name", "name_es", "description", "description_es")
    formfield_overrides = SHORT_TEXT
    extra = 0


class RelatedOccupationInline(admin.TabularInline):
    model = RelatedOccupation
    fk_name = "from_occupation"
    fields = ("order", "to_occupation")
    autocomplete_fields = ("to_occupation",)
    verbose_name_plural = "related occupations"
    extra = 0


class InfoLinkInline(admin.TabularInline):
    model = InfoLink
    fields = ("order", "organisation", "url", "description", "description_es")
    verbose_name_plural = "more-information links"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    extra = 0


@admin.register(Occupation)
class OccupationAdmin(CatalogueAdmin):
    list_display = ("title", "soc_code", "high_point_code", "job_zone", "wage_median", "updated_at")
    list_filter = ("job_zone", FirstInterestFilter, HasPayFilter, OccupationUntranslatedFilter)
    search_fields = ("title", "title_es", "alternate_titles", "soc_code")
    search_help_text = (
        "Search by title (English or Spanish, with or without accents, any plural or feminine "
        "form), alternate title or O*NET-SOC code, as the public career list searches."
    )
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("edited_fields", "created_at", "updated_at")

    def get_search_results(self, request, queryset, search_term):
        """The public search (``Occupation.objects.search``): "enfermera" finds Registered
        Nurses here too, which word-by-word icontains over the fields would not."""
        if not search_term.strip():
            return queryset, False
        return queryset.search(search_term), False

    # In the order of the career page; the lists (duties, industries, …) follow as inlines.
    # Each Spanish text sits beside its English; a blank one shows the English to readers.
    fieldsets = (
        (
            None,
            {
                "fields": (
                    ("title", "title_es"),
                    "slug",
                    "soc_code",
                    ("also_called", "also_called_es"),
                    ("summary", "summary_es"),
                ),
                "description": "Spanish texts (“… in Spanish”) are shown to Spanish readers; "
                "where one is blank they see the English.",
            },
        ),
        ("What they do", {"fields": (("specialties", "specialties_es"),)}),
        (
            "Work environment",
            {
                "fields": (
                    ("employment", "employment_year"),
                    ("work_environment", "work_environment_es"),
                    ("schedules", "schedules_es"),
                )
            },
        ),
        (
            "How to become one",
            {
                "fields": (
                    "entry_education",
                    "work_experience",
                    "job_training",
                    ("education", "education_es"),
                    ("experience", "experience_es"),
                    ("training", "training_es"),
                    ("certifications", "certifications_es"),
                )
            },
        ),
        (
            "Personality and interests",
            {
                "fields": (
                    ("interest_r", "interest_i", "interest_a"),
                    ("interest_s", "interest_e", "interest_c"),
                    "high_point_code",
                    "job_zone",
                ),
                "description": "O*NET interest profile, 1 (low) to 7 (high).",
            },
        ),
        (
            "Pay",
            {
                "fields": (
                    ("wage_year", "wage_unit"),
                    "wage_median",
                    ("wage_p10", "wage_p25"),
                    ("wage_p75", "wage_p90"),
                    "wage_top_coded",
                )
            },
        ),
        (
            "Job outlook",
            {
                "fields": (
                    "outlook_period",
                    ("outlook_employment", "outlook_percent"),
                    ("outlook_comparison", "outlook_openings"),
                    ("outlook_text", "outlook_text_es"),
                )
            },
        ),
        (
            "Earlier figures",
            {
                "fields": ("earlier_figures",),
                "description": "Figures of an earlier BLS release, shown apart with their years.",
            },
        ),
        (
            "Search",
            {"fields": (("alternate_titles", "everyday_names", "alternate_titles_es"),)},
        ),
        (
            "Sources",
            {
                "fields": (
                    "text_source",
                    "interest_source",
                    "employment_source",
                    "wage_source",
                    "outlook_source",
                    "qualities_source",
                )
            },
        ),
        (
            "Record",
            {
                "fields": ("edited_fields", "created_at", "updated_at"),
                "description": (
                    "Fields changed here are listed under “edited fields”; data imports leave "
                    "them as you set them unless run with --overwrite."
                ),
            },
        ),
    )
    inlines = (
        DutyInline,
        IndustryInline,
        QualityInline,
        RelatedOccupationInline,
        InfoLinkInline,
    )

    def save_model(self, request, obj, form, change):
        occupation_save(occupation=obj, changed_fields=form.changed_data)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        edited = [
            INLINE_EDIT_NAMES[formset.prefix] for formset in formsets if formset.has_changed()
        ]
        occupation_record_edits(occupation=form.instance, fields=edited)
