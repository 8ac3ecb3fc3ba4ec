from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Lower, Replace
from django.db.models.lookups import Regex
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from careerquiz.translation import Translated, localized
from occupations.areas import EDUCATION_LEVELS, JOB_ZONES, LETTERS
from occupations.outlook import BRIGHT_COMPARISON, BRIGHT_OPENINGS, is_bright
from occupations.search import ACCENT_PAIRS, STEM, search_words, whole_word

soc_code_validator = RegexValidator(
    r"^\d{2}-\d{4}\.\d{2}$", "Enter an O*NET-SOC code such as 11-3051.00.", code="soc_code"
)
profile_validators = [MinValueValidator(Decimal("1")), MaxValueValidator(Decimal("7"))]


def interest_field(name: str) -> models.DecimalField:
    """One value of O*NET's interest profile, 1 (low) to 7 (high)."""
    return models.DecimalField(
        name, max_digits=3, decimal_places=2, null=True, blank=True, validators=profile_validators
    )


class InterestArea(models.Model):
    letter = models.CharField(
        max_length=1, unique=True, choices=[(letter, letter) for letter in LETTERS]
    )
    name = models.CharField("Holland name", max_length=40, unique=True)
    friendly_name = models.CharField(max_length=40, unique=True)
    description = models.TextField(help_text="A short description of the kind of work.")
    name_es = models.CharField("Holland name in Spanish", max_length=40, blank=True)
    friendly_name_es = models.CharField("friendly name in Spanish", max_length=40, blank=True)
    description_es = models.TextField("description in Spanish", blank=True)
    colour = models.CharField(
        max_length=7,
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", "Use a hex colour such as #1f77b4.")],
        help_text="Hex colour used in charts, e.g. #1f77b4.",
    )
    order = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["order", "letter"]
        verbose_name = "interest area"

    name_i18n = Translated("name")
    friendly_name_i18n = Translated("friendly_name")
    description_i18n = Translated("description")

    def __str__(self) -> str:
        return f"{self.friendly_name} ({self.name})"


def folded(field: str):
    """The field as ``occupations.search.fold`` folds it, in SQL."""
    folded_text = Lower(field)
    for accented, plain in ACCENT_PAIRS:
        folded_text = Replace(
            folded_text, Value(accented), Value(plain), output_field=models.TextField()
        )
    return folded_text


# Our names of careers beside their titles, folded (one a line): English everyday names and
# Spanish other names.
OTHER_NAME_COLUMNS = ("search_everyday_names", "search_alternates_es")


def search_rank(query: str) -> Case:
    """0 when the title shown in the active language begins with the first word of
    ``query`` (a form of it as search folds it, whole: "nurse" is not "Nursery"), 1 when a
    word of that title is it or a line of our other names begins with it, else 2."""
    words = search_words(query)
    if not words:
        return Value(0)
    title = localized("search_title")
    starts, has_word = Q(), Q()
    for form in words[0][1]:
        starts |= Q(Regex(title, Value(whole_word(form, after="^"))))
        has_word |= Q(Regex(title, Value(whole_word(form))))
        for names in OTHER_NAME_COLUMNS:
            has_word |= Q(Regex(F(names), Value(whole_word(form, after="(^|\n)"))))
    return Case(When(starts, then=Value(0)), When(has_word, then=Value(1)), default=Value(2))


# What may stand before a word in a folded title ("Helpers--Pipelayers", "Radio/TV", "(CNC)")
# or alternate titles (one a line).
WORD_BREAKS = (" ", "-", "/", "(", "\n")


def _holding(field: str, text: str) -> Q:
    return Q(**{f"{field}__contains": text})


def _beginning_a_word(field: str, text: str) -> Q:
    found = Q(**{f"{field}__startswith": text})
    for mark in WORD_BREAKS:
        found |= Q(**{f"{field}__contains": mark + text})
    return found


class OccupationQuerySet(models.QuerySet):
    def with_profiles(self) -> "OccupationQuerySet":
        return self.exclude(Q(interest_r=None) | Q(interest_c=None))

    def search(self, query: str) -> "OccupationQuerySet":
        """Careers whose titles hold every word of ``query`` (``occupations.search``), or
        whose O*NET-SOC code starts with it."""
        query = query.strip()
        if not query:
            return self
        every_word = Q()
        for word, looked_for in search_words(query):
            # A short word ("it", "hr", "art") is inside too many others: only where one begins.
            holding = _beginning_a_word if len(word) < STEM else _holding
            this_word = holding("search_alternates", word)
            for form in looked_for:
                for field in ("search_title", "search_title_es", *OTHER_NAME_COLUMNS):
                    this_word |= holding(field, form)
            every_word &= this_word
        return self.filter(every_word | Q(soc_code__startswith=query))

    def best_first(self, query: str) -> "OccupationQuerySet":
        """The best matches of ``query`` first (``search_rank``), each group by title in the
        active language; by title alone without a query."""
        best = (search_rank(query),) if query.strip() else ()
        return self.order_by(*best, localized("title"), "soc_code")

    def with_code_prefix(self, prefix: str) -> "OccupationQuerySet":
        return self.filter(high_point_code__startswith=prefix.upper())

    def filtered(
        self,
        *,
        q: str = "",
        area: str = "",
        code: str = "",
        job_zone: int | None = None,
        education: int | None = None,
        bright: bool = False,
    ) -> "OccupationQuerySet":
        """Search and filters of the career list and the API: ``area`` is a letter anywhere in
        the high-point code, ``code`` the letters it starts with."""
        # PostgreSQL cannot compare text holding NUL characters; no title has one.
        found = self.search(q.replace("\x00", ""))
        if area:
            found = found.filter(high_point_code__contains=area)
        if code:
            found = found.with_code_prefix(code)
        if job_zone:
            found = found.filter(job_zone=job_zone)
        if education:
            found = found.with_education_at_most(education)
        if bright:
            found = found.bright_outlook()
        return found

    def with_education_at_most(self, level: int) -> "OccupationQuerySet":
        """Careers whose typical entry-level education is EDUCATION_LEVELS[level - 1] or less."""
        return self.filter(entry_education__in=EDUCATION_LEVELS[:level])

    def bright_outlook(self) -> "OccupationQuerySet":
        """The rule of occupations.outlook.is_bright, in SQL."""
        return self.filter(
            Q(outlook_comparison=BRIGHT_COMPARISON) | Q(outlook_openings__gte=BRIGHT_OPENINGS)
        )

    def with_details(self) -> "OccupationQuerySet":
        """Every list of a career's API record in one query of its own, however long the
        lists are; of a related career only what a link to it shows."""
        related = RelatedOccupation.objects.select_related("to_occupation").only(
            "from_occupation",
            *(f"to_occupation__{field}" for field in ("soc_code", "slug", "title", "title_es")),
        )
        return self.prefetch_related(
            "duties",
            "industries",
            "qualities",
            "links",
            models.Prefetch("related_links", queryset=related),
        )


class Occupation(models.Model):
    WAGE_UNITS = [("annual", _("per year")), ("hourly", _("per hour"))]
    OUTLOOK_COMPARISONS = [
        ("much-faster", _("much faster than average")),
        ("faster", _("faster than average")),
        ("average", _("about as fast as average")),
        ("slower", _("slower than average")),
        ("little-change", _("little or no change")),
        ("decline", _("decline")),
    ]

    soc_code = models.CharField(
        "O*NET-SOC code", max_length=10, unique=True, validators=[soc_code_validator]
    )
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    also_called = models.CharField(
        max_length=300, blank=True, help_text='Shown as "Also called …", e.g. "plant managers".'
    )
    alternate_titles = models.TextField(
        blank=True, help_text="Other job titles, one per line. Used by search."
    )
    everyday_names = models.TextField(
        blank=True,
        help_text="Everyday English names O*NET's titles lack, one per line (“cop” for Police "
        "and Sheriff's Patrol Officers). Used by search; an O*NET import leaves them.",
    )
    alternate_titles_es = models.TextField(
        "other names in Spanish",
        blank=True,
        help_text="Everyday and regional Spanish names of the career, one per line "
        "(“camarero” for Meseros). Used by search.",
    )
    summary = models.TextField(blank=True)
    specialties = models.TextField(blank=True, help_text="Notes on specialties, in paragraphs.")
    title_es = models.CharField("title in Spanish", max_length=200, blank=True)
    also_called_es = models.CharField("also called, in Spanish", max_length=300, blank=True)
    summary_es = models.TextField("summary in Spanish", blank=True)
    specialties_es = models.TextField("specialties in Spanish", blank=True)
    # The titles as search reads them (occupations.search): stems of the typed words are
    # looked for in the title in either language and in our other names (English everyday
    # names, Spanish other names), whole typed words in O*NET's alternate titles.
    # A search ranks by the folded title in the reader's language, so each has its own.
    search_title = models.GeneratedField(
        expression=folded("title"), output_field=models.CharField(max_length=200), db_persist=True
    )
    search_title_es = models.GeneratedField(
        expression=folded("title_es"),
        output_field=models.CharField(max_length=200),
        db_persist=True,
    )
    search_alternates = models.GeneratedField(
        expression=folded("alternate_titles"), output_field=models.TextField(), db_persist=True
    )
    search_alternates_es = models.GeneratedField(
        expression=folded("alternate_titles_es"), output_field=models.TextField(), db_persist=True
    )
    search_everyday_names = models.GeneratedField(
        expression=folded("everyday_names"), output_field=models.TextField(), db_persist=True
    )

    work_environment = models.TextField(blank=True)
    work_environment_es = models.TextField("work environment in Spanish", blank=True)
    employment = models.PositiveIntegerField("number of jobs", null=True, blank=True)
    employment_year = models.PositiveSmallIntegerField(null=True, blank=True)
    schedules = models.TextField("work schedules", blank=True)
    schedules_es = models.TextField("work schedules in Spanish", blank=True)

    entry_education = models.CharField("typical entry-level education", max_length=100, blank=True)
    work_experience = models.CharField(
        "work experience in a related occupation", max_length=100, blank=True
    )
    job_training = models.CharField("typical on-the-job training", max_length=100, blank=True)
    education = models.TextField("education (text)", blank=True)
    experience = models.TextField("work experience (text)", blank=True)
    training = models.TextField("training (text)", blank=True)
    certifications = models.TextField("licenses and certifications", blank=True)
    education_es = models.TextField("education (text) in Spanish", blank=True)
    experience_es = models.TextField("work experience (text) in Spanish", blank=True)
    training_es = models.TextField("training (text) in Spanish", blank=True)
    certifications_es = models.TextField("licenses and certifications in Spanish", blank=True)

    interest_r = interest_field("Realistic")
    interest_i = interest_field("Investigative")
    interest_a = interest_field("Artistic")
    interest_s = interest_field("Social")
    interest_e = interest_field("Enterprising")
    interest_c = interest_field("Conventional")
    high_point_code = models.CharField(
        max_length=3,
        blank=True,
        validators=[RegexValidator(r"^[RIASEC]{0,3}$", "Use up to three of R I A S E C.")],
        help_text="O*NET high-point code: up to three letters, e.g. ECR.",
    )
    job_zone = models.PositiveSmallIntegerField(
        null=True, blank=True, choices=sorted(JOB_ZONES.items())
    )

    wage_year = models.PositiveSmallIntegerField(null=True, blank=True)
    wage_unit = models.CharField(max_length=6, choices=WAGE_UNITS, default="annual")
    wage_median = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    wage_p10 = models.DecimalField(
        "10th percentile wage", max_digits=10, decimal_places=2, null=True, blank=True
    )
    wage_p25 = models.DecimalField(
        "25th percentile wage", max_digits=10, decimal_places=2, null=True, blank=True
    )
    wage_p75 = models.DecimalField(
        "75th percentile wage", max_digits=10, decimal_places=2, null=True, blank=True
    )
    wage_p90 = models.DecimalField(
        "90th percentile wage", max_digits=10, decimal_places=2, null=True, blank=True
    )
    wage_top_coded = models.JSONField(
        default=list,
        blank=True,
        help_text='Wage fields at the top-coded ceiling, shown as "… or more", e.g. ["wage_p90"].',
    )

    outlook_period = models.CharField(max_length=20, blank=True, help_text="e.g. 2021-31")
    outlook_employment = models.PositiveIntegerField(
        "employment in the base year", null=True, blank=True
    )
    outlook_percent = models.DecimalField(
        "projected percent change", max_digits=5, decimal_places=1, null=True, blank=True
    )
    outlook_comparison = models.CharField(max_length=20, blank=True, choices=OUTLOOK_COMPARISONS)
    outlook_openings = models.PositiveIntegerField("openings a year", null=True, blank=True)
    outlook_text = models.TextField(blank=True)
    outlook_text_es = models.TextField("outlook text in Spanish", blank=True)
    earlier_figures = models.JSONField(
        default=dict,
        blank=True,
        help_text="Figures from an earlier BLS release, shown apart with their own year and "
        "never used for sorting, e.g. the Occupational Outlook Handbook's 2021 figures.",
    )

    text_source = models.CharField(max_length=200, blank=True)
    interest_source = models.CharField(max_length=200, blank=True)
    employment_source = models.CharField(max_length=200, blank=True)
    wage_source = models.CharField(max_length=200, blank=True)
    outlook_source = models.CharField(max_length=200, blank=True)
    qualities_source = models.CharField(max_length=200, blank=True)
    related = models.ManyToManyField(
        "self", through="RelatedOccupation", symmetrical=False, blank=True
    )
    edited_fields = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="Fields changed by staff in admin; importers keep them unless --overwrite.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = OccupationQuerySet.as_manager()

    title_i18n = Translated("title")
    also_called_i18n = Translated("also_called")
    summary_i18n = Translated("summary")
    specialties_i18n = Translated("specialties")
    work_environment_i18n = Translated("work_environment")
    schedules_i18n = Translated("schedules")
    education_i18n = Translated("education")
    experience_i18n = Translated("experience")
    training_i18n = Translated("training")
    certifications_i18n = Translated("certifications")
    outlook_text_i18n = Translated("outlook_text")

    class Meta:
        ordering = ["title"]
        verbose_name = "occupation"

    def __str__(self) -> str:
        return f"{self.title} ({self.soc_code})"

    def get_absolute_url(self) -> str:
        return reverse("occupations:detail", args=[self.slug])

    @property
    def interests(self) -> dict[str, Decimal | None]:
        return {letter: getattr(self, f"interest_{letter.lower()}") for letter in LETTERS}

    @property
    def bright_outlook(self) -> bool:
        return is_bright(self.outlook_comparison, self.outlook_openings)

    @property
    def job_zone_name(self) -> str:
        name = JOB_ZONES.get(self.job_zone or 0)
        return gettext(name) if name else ""


class CareerListEntry(models.Model):
    """A row of one of a career page's lists, shown in the order staff give it."""

    order = models.PositiveSmallIntegerField(default=0)
    label_field = "name"

    class Meta:
        abstract = True
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return getattr(self, self.label_field)


class Duty(CareerListEntry):
    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="duties")
    text = models.TextField()
    text_es = models.TextField("text in Spanish", blank=True)

    text_i18n = Translated("text")
    label_field = "text"

    class Meta(CareerListEntry.Meta):
        verbose_name = "duty"
        verbose_name_plural = "duties"


class Industry(CareerListEntry):
    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="industries")
    name = models.CharField(max_length=200)
    name_es = models.CharField("name in Spanish", max_length=200, blank=True)
    name_i18n = Translated("name")
    share_percent = models.DecimalField(
        "share of jobs (%)", max_digits=4, decimal_places=1, null=True, blank=True
    )
    median_wage = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Year of the share and wage (wages: May of that year)."
    )

    class Meta(CareerListEntry.Meta):
        verbose_name = "employing industry"
        verbose_name_plural = "employing industries"


class Quality(CareerListEntry):
    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="qualities")
    name = models.CharField(max_length=100)
    description = models.TextField()
    name_es = models.CharField("name in Spanish", max_length=100, blank=True)
    description_es = models.TextField("description in Spanish", blank=True)

    name_i18n = Translated("name")
    description_i18n = Translated("description")

    class Meta(CareerListEntry.Meta):
        verbose_name = "important quality"
        verbose_name_plural = "important qualities"


class InfoLink(CareerListEntry):
    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="links")
    organisation = models.CharField(max_length=200)
    url = models.URLField()
    description = models.CharField(max_length=300, blank=True)
    description_es = models.CharField("description in Spanish", max_length=300, blank=True)

    description_i18n = Translated("description")
    label_field = "organisation"

    class Meta(CareerListEntry.Meta):
        verbose_name = "more-information link"


class RelatedOccupation(models.Model):
    from_occupation = models.ForeignKey(
        Occupation, on_delete=models.CASCADE, related_name="related_links"
    )
    to_occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="+")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["from_occupation", "to_occupation"], name="unique_related_occupation"
            )
        ]
        verbose_name = "related occupation"

    def __str__(self) -> str:
        return f"{self.from_occupation_id} → {self.to_occupation_id}"
