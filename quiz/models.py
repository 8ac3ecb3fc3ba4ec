import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse

from careerquiz.translation import Translated
from occupations.areas import JOB_ZONES
from occupations.models import InterestArea, soc_code_validator
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
    title_es = models.CharField("title in Spanish", max_length=100, blank=True)
    description_es = models.TextField("description in Spanish", blank=True)
    minutes = models.PositiveSmallIntegerField(
        default=10, help_text="About how long the questionnaire takes, in minutes."
    )
    page_size = models.PositiveSmallIntegerField(default=10, help_text="Items per page.")
    is_active = models.BooleanField(
        "offered to job seekers", default=True, help_text="Inactive questionnaires are hidden."
    )
    order = models.PositiveSmallIntegerField(default=0)
    items = models.ManyToManyField(
        "Item", through="FormItem", related_name="questionnaires", blank=True
    )
    show_percentiles = models.BooleanField(
        "show site norms on results pages",
        default=False,
        help_text=(
            "Show each area's percentile among this site's earlier results, from the norms "
            "last saved (the “Save site norms” action; it needs at least 200 finished results)."
        ),
    )
    norms = models.JSONField(null=True, blank=True, editable=False)
    norms_count = models.PositiveIntegerField(default=0, editable=False)
    norms_saved_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = QuestionnaireQuerySet.as_manager()

    title_i18n = Translated("title")
    description_i18n = Translated("description")

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = "questionnaire"

    def __str__(self) -> str:
        return self.title


class ItemQuerySet(models.QuerySet):
    def in_form(self, questionnaire_id: int) -> "ItemQuerySet":
        """A questionnaire's active items in its order, each with its ``order`` there."""
        return (
            self.filter(memberships__questionnaire_id=questionnaire_id, is_active=True)
            .annotate(order=models.F("memberships__order"))
            .select_related("area")
            .order_by("order", "id")
        )


class Item(models.Model):
    """One activity of an item bank; the questionnaires (forms) that ask it list it by order."""

    bank = models.CharField(
        "item bank",
        max_length=20,
        default="v2",
        help_text="The edition of the item bank the activity was written for.",
    )
    text = models.CharField(
        "activity",
        max_length=200,
        help_text=(
            "One concrete work activity, e.g. “Repair a bicycle”. Editing the wording or area "
            "never changes finished results: each result keeps a copy of what was asked."
        ),
    )
    text_es = models.CharField(
        "activity in Spanish",
        max_length=200,
        blank=True,
        help_text="Shown to people taking the quiz in Spanish; blank shows the English.",
    )
    area = models.ForeignKey(InterestArea, on_delete=models.PROTECT, related_name="items")
    reference_soc_code = models.CharField(
        "reference occupation",
        max_length=10,
        blank=True,
        validators=[soc_code_validator],
        help_text="O*NET-SOC code of the occupation whose work the activity samples.",
    )
    job_zone = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        choices=sorted(JOB_ZONES.items()),
        help_text="The reference occupation's O*NET Job Zone.",
    )
    is_active = models.BooleanField("active", default=True)

    objects = ItemQuerySet.as_manager()

    text_i18n = Translated("text")

    class Meta:
        ordering = ["bank", "area__order", "id"]
        verbose_name = "item"

    def __str__(self) -> str:
        return self.text

    @property
    def area_letter(self) -> str:
        return self.area.letter


class FormItem(models.Model):
    """An item's place in a questionnaire; one item may appear in several questionnaires."""

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="memberships"
    )
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="memberships")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["questionnaire", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "item"], name="item_once_per_form")
        ]
        verbose_name = "item in questionnaire"
        verbose_name_plural = "items in questionnaire"

    def __str__(self) -> str:
        return f"{self.order}. {self.item}"


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
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text="The language the quiz was taken in; its result is shown in it.",
    )

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
