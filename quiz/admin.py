from django.contrib import admin, messages
from django.db.models import Count, Q
from django.urls import path
from django.utils.html import format_html, format_html_join

from careerquiz.admin_filters import ConditionFilter
from careerquiz.translation import untranslated_filter
from occupations.areas import LETTERS
from quiz.admin_views import item_statistics, results_csv
from quiz.models import Answer, FormItem, Item, Questionnaire, Result
from quiz.services import TooFewResults, questionnaire_save, questionnaire_save_norms

SNAPSHOT_NOTE = (
    "Editing an item's wording or area, reordering, deactivating or deleting it never changes "
    "results already given: each answer keeps a copy of the activity as it was asked, and each "
    "finished result keeps its scores. Changes apply to quizzes started from now on."
)


SHARED_NOTE = (
    "An item is one row of the item bank: the questionnaires that list it share it, so an "
    "edit to its wording shows in every one of them."
)


class FormItemInline(admin.TabularInline):
    model = FormItem
    fields = ("order", "item", "area", "is_active")
    readonly_fields = ("area", "is_active")
    raw_id_fields = ("item",)
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("item__area")

    @admin.display(description="area")
    def area(self, membership: FormItem) -> str:
        return membership.item.area.letter if membership.item_id else ""

    @admin.display(description="active", boolean=True)
    def is_active(self, membership: FormItem) -> bool | None:
        return membership.item.is_active if membership.item_id else None


class ItemFormsInline(admin.TabularInline):
    model = FormItem
    fields = ("questionnaire", "order")
    verbose_name = "questionnaire using this item"
    verbose_name_plural = "questionnaires using this item"
    extra = 0


@admin.register(Questionnaire)
class QuestionnaireAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "is_active", "item_count", "minutes", "order")
    list_editable = ("order",)
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = (
        (
            None,
            {
                "fields": (
                    ("title", "title_es"),
                    "slug",
                    ("description", "description_es"),
                    "minutes",
                    "page_size",
                )
            },
        ),
        ("Offering", {"fields": ("is_active", "order")}),
        ("Site norms", {"fields": ("show_percentiles", "norms_summary")}),
        ("Items and past results", {"fields": (), "description": f"{SHARED_NOTE} {SNAPSHOT_NOTE}"}),
    )
    inlines = (FormItemInline,)
    readonly_fields = ("norms_summary",)
    actions = ("save_norms",)

    @admin.display(description="saved norms")
    def norms_summary(self, questionnaire: Questionnaire) -> str:
        if not questionnaire.norms_saved_at:
            return "None saved yet."
        return (
            f"{questionnaire.norms_count:,} finished results, saved "
            f"{questionnaire.norms_saved_at:%Y-%m-%d %H:%M} UTC."
        )

    def save_model(self, request, obj, form, change):
        questionnaire_save(questionnaire=obj)

    @admin.action(description="Save site norms from finished results", permissions=["change"])
    def save_norms(self, request, queryset):
        for questionnaire in queryset:
            try:
                count = questionnaire_save_norms(questionnaire=questionnaire)
            except TooFewResults as too_few:
                self.message_user(request, f"{questionnaire}: {too_few}.", messages.WARNING)
            else:
                self.message_user(request, f"{questionnaire}: norms saved from {count:,} results.")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(item_total=Count("memberships"))

    @admin.display(description="items", ordering="item_total")
    def item_count(self, questionnaire: Questionnaire) -> int:
        return questionnaire.item_total

    def get_urls(self):
        view = self.admin_site.admin_view(self.statistics_view)
        return [
            path("statistics/", view, name="quiz_questionnaire_statistics"),
            *super().get_urls(),
        ]

    def statistics_view(self, request):
        return item_statistics(request, model_admin=self)


class SpanishFilter(ConditionFilter):
    """Which records still lack a Spanish text (shown in English to people taking it in Spanish)."""

    title = "Spanish"
    parameter_name = "spanish"
    ways = (("untranslated", "Untranslated"), ("translated", "Translated"))

    def condition(self, queryset) -> Q:
        return untranslated_filter(queryset.model)


@admin.register(Item)
class ItemAdmin(admin.ModelAdmin):
    list_display = ("text", "area", "job_zone", "reference_soc_code", "forms", "is_active")
    list_filter = ("bank", "area", "job_zone", "questionnaires", "is_active", SpanishFilter)
    list_select_related = ("area",)
    search_fields = ("text", "text_es", "reference_soc_code")
    fieldsets = (
        (
            None,
            {
                "fields": ("bank", ("text", "text_es"), "area", "is_active"),
                "description": f"{SHARED_NOTE} {SNAPSHOT_NOTE}",
            },
        ),
        ("What the activity samples", {"fields": ("reference_soc_code", "job_zone")}),
        ("Use", {"fields": ("answer_count",)}),
    )
    readonly_fields = ("answer_count",)
    inlines = (ItemFormsInline,)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(answer_total=Count("answers", distinct=True))
            .prefetch_related("questionnaires")
        )

    @admin.display(description="used in")
    def forms(self, item: Item) -> str:
        return ", ".join(q.slug for q in item.questionnaires.all()) or "no questionnaire"

    @admin.display(description="answers so far", ordering="answer_total")
    def answer_count(self, item: Item) -> int:
        return item.answer_total


class AnswerInline(admin.TabularInline):
    model = Answer
    fields = ("position", "item_text", "area_letter", "value")
    readonly_fields = fields
    verbose_name_plural = "answers, as asked"
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class CodeLetterFilter(admin.SimpleListFilter):
    title = "first letter of code"
    parameter_name = "letter"

    def lookups(self, request, model_admin):
        return [(letter, letter) for letter in LETTERS]

    def queryset(self, request, queryset):
        if self.value() in LETTERS:
            return queryset.filter(code__startswith=self.value())
        return queryset


@admin.register(Result)
class ResultAdmin(admin.ModelAdmin):
    """Finished results, read-only for everyone: they are what people were told."""

    list_display = ("finished_at", "questionnaire", "code", "scores")
    list_filter = (("finished_at", admin.DateFieldListFilter), CodeLetterFilter, "questionnaire")
    list_select_related = ("questionnaire",)
    search_fields = ("=code",)
    search_help_text = "Type a whole Holland code, e.g. ECR."
    date_hierarchy = "finished_at"
    fields = ("questionnaire", "started_at", "finished_at", "code", "score_table")
    readonly_fields = fields
    inlines = (AnswerInline,)
    actions = ("export_csv",)

    def get_queryset(self, request):
        return super().get_queryset(request).finished()

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="scores (raw of most possible)")
    def scores(self, result: Result) -> str:
        return " · ".join(
            f"{letter} {result.raw_scores[letter]}/{result.max_scores[letter]}"
            for letter in LETTERS
        )

    @admin.display(description="scores")
    def score_table(self, result: Result) -> str:
        rows = format_html_join(
            "",
            "<tr><th scope='row'>{}</th><td>{}</td><td>{}</td></tr>",
            ((letter, result.raw_scores[letter], result.max_scores[letter]) for letter in LETTERS),
        )
        return format_html(
            "<table><thead><tr><th>Area</th><th>Score</th><th>Most possible</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            rows,
        )

    @admin.action(description="Export selected results as CSV", permissions=["view"])
    def export_csv(self, request, queryset):
        return results_csv(queryset)
