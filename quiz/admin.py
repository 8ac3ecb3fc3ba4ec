from django.contrib import admin
from django.db.models import Count
from django.urls import path
from django.utils.html import format_html, format_html_join

from occupations.areas import LETTERS
from quiz.admin_views import item_statistics, results_csv
from quiz.models import Answer, Item, Questionnaire, Result

SNAPSHOT_NOTE = (
    "Editing an item's wording or area, reordering, deactivating or deleting it never changes "
    "results already given: each answer keeps a copy of the activity as it was asked, and each "
    "finished result keeps its scores. Changes apply to quizzes started from now on."
)


class ItemInline(admin.TabularInline):
    model = Item
    fields = ("order", "text", "area", "is_active")
    extra = 0


@admin.register(Questionnaire)
class QuestionnaireAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "is_active", "item_count", "minutes", "order")
    list_editable = ("order",)
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = (
        (None, {"fields": ("title", "slug", "description", "minutes", "page_size")}),
        ("Offering", {"fields": ("is_active", "order")}),
        ("Items and past results", {"fields": (), "description": SNAPSHOT_NOTE}),
    )
    inlines = (ItemInline,)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(item_total=Count("items"))

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


@admin.register(Item)
class ItemAdmin(admin.ModelAdmin):
    list_display = ("text", "order", "questionnaire", "area", "is_active", "answer_count")
    list_editable = ("order",)
    list_filter = ("area", "questionnaire", "is_active")
    list_select_related = ("questionnaire", "area")
    search_fields = ("text",)
    fieldsets = (
        (
            None,
            {
                "fields": ("questionnaire", "order", "text", "area", "is_active"),
                "description": SNAPSHOT_NOTE,
            },
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(answer_total=Count("answers"))

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
