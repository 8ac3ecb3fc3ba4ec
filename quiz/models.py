import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse

from occupations.models import InterestArea
from quiz.scoring import SCALE


class QuestionnaireQuerySet(models.QuerySet):
    def offered(self) -> "QuestionnaireQuerySet":
        """Active questionnaires that have active items, with their count, in display order."""
        return (
            self.filter(is_active=True)
            .annotate(item_count=Count("items", filter=Q(items__is_active=True)))
            .filter(item_count__gt=0)
            .order_by("order", "slug")
        )


class Questionnaire(models.Model):
    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=100)
    description = models.TextField(blank=True)
    minutes = models.PositiveSmallIntegerField(
        default=10, help_text="About how long the questionnaire takes, in minutes."
    )
    page_size = models.PositiveSmallIntegerField(default=10, help_text="Items per page.")
    is_active = models.BooleanField(
        "offered to job seekers", default=True, help_text="Inactive questionnaires are hidden."
    )
    order = models.PositiveSmallIntegerField(default=0)

    objects = QuestionnaireQuerySet.as_manager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = "questionnaire"

    def __str__(self) -> str:
        return self.title


class Item(models.Model):
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="items")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.CharField(
        "activity",
        max_length=200,
        help_text=(
            "One concrete work activity, e.g. “Repair a bicycle”. Editing the wording or area "
            "never changes finished results: each result keeps a copy of what was asked."
        ),
    )
    area = models.ForeignKey(InterestArea, on_delete=models.PROTECT, related_name="items")
    is_active = models.BooleanField("active", default=True)

    class Meta:
        ordering = ["questionnaire", "order", "id"]
        verbose_name = "item"

    def __str__(self) -> str:
        return self.text

    @property
    def area_letter(self) -> str:
        return self.area.letter


class AttemptQuerySet(models.QuerySet):
    def finished(self) -> "AttemptQuerySet":
        return self.exclude(finished_at=None)

    def in_progress(self) -> "AttemptQuerySet":
        return self.filter(finished_at=None)


class Attempt(models.Model):
    """One person's pass through a questionnaire; once finished it is their permanent result."""

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="attempts"
    )
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True, db_index=True)
    raw_scores = models.JSONField(null=True, blank=True)
    max_scores = models.JSONField(null=True, blank=True)
    code = models.CharField(max_length=3, blank=True, db_index=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        verbose_name = "attempt"

    def __str__(self) -> str:
        return f"{self.questionnaire} {self.code or '(in progress)'}"

    def get_absolute_url(self) -> str:
        return reverse("quiz:result", args=[self.token])

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None


class Result(Attempt):
    """Finished attempts, as staff see them in admin."""

    class Meta:
        proxy = True
        verbose_name = "result"


class Answer(models.Model):
    """An answer, with a copy of the item as it was asked so later edits never alter it."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    item = models.ForeignKey(
        Item, on_delete=models.SET_NULL, null=True, blank=True, related_name="answers"
    )
    position = models.PositiveSmallIntegerField()
    item_text = models.CharField(max_length=200)
    area_letter = models.CharField(max_length=1)
    value = models.PositiveSmallIntegerField(
        choices=SCALE, validators=[MinValueValidator(0), MaxValueValidator(4)]
    )

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "item"], name="one_answer_per_item"),
            models.CheckConstraint(
                condition=models.Q(value__gte=0) & models.Q(value__lte=4),
                name="answer_value_on_scale",
            ),
        ]
        verbose_name = "answer"

    def __str__(self) -> str:
        return f"{self.item_text}: {self.value}"
