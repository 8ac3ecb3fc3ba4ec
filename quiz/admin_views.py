"""Admin pages beyond the model lists: item statistics and the results CSV export."""

import csv
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from occupations.areas import LETTERS
from occupations.models import InterestArea
from quiz.models import Answer, Attempt, Item, Questionnaire
from quiz.statistics import REVIEW_BELOW, ItemStatistics, ScaleStatistics, scale_statistics


@dataclass(frozen=True)
class ItemReport:
    item: Item
    stats: ItemStatistics


@dataclass(frozen=True)
class AreaReport:
    area: InterestArea
    stats: ScaleStatistics
    items: list[ItemReport]
    left_out: int


@dataclass(frozen=True)
class QuestionnaireReport:
    questionnaire: Questionnaire
    results: int
    areas: list[AreaReport]


def questionnaire_reports() -> list[QuestionnaireReport]:
    """Statistics of each questionnaire's active items, area by area, over finished results.

    A result counts for an area when it answered every active item of that area as it stands
    now (same item, same area); results from before an item was added or moved are left out.
    """
    items = list(
        Item.objects.filter(is_active=True)
        .select_related("area")
        .order_by("area__order", "area__letter", "order", "id")
    )
    # Every answer of every finished result in one query, grouped here by result.
    answers: dict[int, dict[tuple[int, str], int]] = defaultdict(dict)
    results_of: dict[int, set[int]] = defaultdict(set)
    rows = Answer.objects.filter(attempt__finished_at__isnull=False, item__isnull=False)
    for questionnaire_id, attempt_id, item_id, letter, value in rows.values_list(
        "attempt__questionnaire_id", "attempt_id", "item_id", "area_letter", "value"
    ):
        answers[attempt_id][(item_id, letter)] = value
        results_of[questionnaire_id].add(attempt_id)
    finished = dict(
        Attempt.objects.finished()
        .values("questionnaire")
        .annotate(total=Count("id"))
        .values_list("questionnaire", "total")
    )
    reports = []
    for questionnaire in Questionnaire.objects.all():
        by_area: dict[InterestArea, list[Item]] = {}
        for item in items:
            if item.questionnaire_id == questionnaire.pk:
                by_area.setdefault(item.area, []).append(item)
        total = finished.get(questionnaire.pk, 0)
        areas = [
            _area_report(area, area_items, answers, sorted(results_of[questionnaire.pk]), total)
            for area, area_items in by_area.items()
        ]
        reports.append(QuestionnaireReport(questionnaire=questionnaire, results=total, areas=areas))
    return reports


def _area_report(area, items, answers, result_ids, total) -> AreaReport:
    keys = [(item.pk, area.letter) for item in items]
    matrix = [
        [answers[result][key] for key in keys]
        for result in result_ids
        if all(key in answers[result] for key in keys)
    ]
    stats = scale_statistics(matrix, len(keys))
    return AreaReport(
        area=area,
        stats=stats,
        items=[ItemReport(item=i, stats=s) for i, s in zip(items, stats.items, strict=True)],
        left_out=total - stats.count,
    )


def item_statistics(request: HttpRequest, *, model_admin: admin.ModelAdmin) -> TemplateResponse:
    if not (model_admin.has_view_permission(request) and request.user.has_perm("quiz.view_result")):
        raise PermissionDenied
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Item statistics",
        "opts": model_admin.model._meta,
        "reports": questionnaire_reports(),
        "review_below": REVIEW_BELOW,
    }
    return TemplateResponse(request, "admin/quiz/questionnaire/statistics.html", context)


def _answer_column(item_id: int | None, position: int, text: str) -> str:
    """Columns are items, by id: positions repeat (staff may give several items one order).

    An answer whose item was deleted since keeps a column of its own wording.
    """
    if item_id is not None:
        return f"item_{item_id}"
    return f"deleted_item_{position}_{hashlib.sha256(text.encode()).hexdigest()[:8]}"


def results_csv(results: QuerySet[Attempt]) -> HttpResponse:
    """One row per result: scores, then each answer in its item's column."""
    results = results.select_related("questionnaire").order_by("finished_at", "pk")
    answers: dict[int, dict[str, int]] = defaultdict(dict)
    order: dict[str, tuple[int, int]] = {}
    rows = Answer.objects.filter(attempt__in=results.values("pk")).values_list(
        "attempt_id", "item_id", "position", "item_text", "value"
    )
    for attempt_id, item_id, position, text, value in rows:
        column = _answer_column(item_id, position, text)
        answers[attempt_id][column] = value
        order.setdefault(column, (position, item_id or 0))
    columns = sorted(order, key=lambda column: (order[column], column))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="careerquiz-results.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            "result",
            "finished_at",
            "questionnaire",
            "code",
            *LETTERS,
            *(f"{letter}_max" for letter in LETTERS),
            *columns,
        ]
    )
    for result in results:
        given = answers[result.pk]
        writer.writerow(
            [
                result.pk,
                result.finished_at.astimezone(UTC).isoformat(timespec="seconds"),
                result.questionnaire.slug,
                result.code,
                *(result.raw_scores[letter] for letter in LETTERS),
                *(result.max_scores[letter] for letter in LETTERS),
                *(given.get(column, "") for column in columns),
            ]
        )
    return response
