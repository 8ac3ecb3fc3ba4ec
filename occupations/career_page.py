"""What a career page says, worked out once in Python from ``career_facts``.

The page shows dozens of sentences and rows: building their words here, rather than with
includes, tags and filters per row in the template, keeps a page to a fraction of the cost.
Each sentence is the ``{% blocktranslate %}`` it replaces: the same message, its values
escaped and the translation's own words kept as they are.
"""

from collections.abc import Iterable

from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from careerquiz.translation import active_translation
from occupations.charts import AreaWords, ProfileChart, WageRange
from occupations.credits import (
    Credits,
    bls_attribution_text,
    occupation_credits,
    onet_attribution_html,
)
from occupations.earlier_figures import EarlierFigures
from occupations.formatting import (
    change_words,
    comparison_sentence,
    money,
    number,
    period_words,
    requirement,
    wage,
)
from occupations.markup import (
    TABLE_ROW,
    addresses,
    escaped,
    fill,
    fill_when,
    in_language,
    paragraphs,
    rows,
    words_unless_blank,
)
from occupations.models import Occupation
from occupations.selectors import CareerFacts
from occupations.sources import source_note

REQUIREMENT_FIELDS = (
    ("entry_education", gettext_noop("Typical education to start")),
    ("work_experience", gettext_noop("Work experience in a related occupation")),
    ("job_training", gettext_noop("Typical on-the-job training")),
)
BECOME_TEXTS = (
    ("education", gettext_noop("Education")),
    ("experience", gettext_noop("Work experience")),
    ("training", gettext_noop("Training")),
    ("certifications", gettext_noop("Licenses and certifications")),
)
SOURCE_FIELDS = (
    ("text_source", gettext_noop("Career description")),
    ("interest_source", gettext_noop("Interests and Job Zone")),
    ("employment_source", gettext_noop("Employment")),
    ("wage_source", gettext_noop("Pay")),
    ("outlook_source", gettext_noop("Job outlook")),
)


INDUSTRY_TABLE = (
    '<div class="table-responsive"><table class="table table-sm career-table">'
    "<caption>{}</caption><thead><tr>"
    '<th scope="col">{}</th><th scope="col" class="text-end">{}</th>'
    "</tr></thead><tbody>{}</tbody></table></div>"
)


def industry_table(caption: SafeString, value_heading: str, values: Iterable[tuple]) -> SafeString:
    """A table of industries with one figure each (share of jobs, median wage)."""
    body = rows(TABLE_ROW, values)
    return rows(INDUSTRY_TABLE, [(caption, _("Industry"), value_heading, body)])


class CareerPage:
    """Everything ``occupation_detail.html`` shows, as words and rows ready to print."""

    def __init__(self, facts: CareerFacts) -> None:
        occupation = self.occupation = facts.occupation
        self.language = active_translation()
        self.title = occupation.title_i18n
        links = addresses()
        self.about_url = links["about"]
        self.quiz_url = links["quiz"]
        self._header(occupation)
        self._duties(occupation, facts)
        self._work_environment(occupation, facts)
        self._how_to_become(occupation)
        self._interests(occupation, AreaWords.of(facts.areas, self.language))
        self._qualities(occupation, facts)
        self._pay(occupation, facts)
        self._outlook(occupation)
        self.earlier = EarlierFigures.build(occupation.earlier_figures, self.language)
        url_parts = links["career"]
        self.related = rows(
            '<li><a href="{}">{}</a></li>',
            (
                (slug.join(url_parts), in_language(title, title_es, self.language))
                for slug, title, title_es in facts.related
            ),
        )
        self.links = rows(
            '<li><a href="{}" rel="noopener">{}</a>{}</li>',
            (
                (url, name, mark_safe(": " + escaped(in_language(text, text_es, self.language))))
                if text
                else (url, name, "")
                for name, url, text, text_es in facts.links
            ),
        )
        self._sources(occupation, occupation_credits(occupation, facts.industries))

    def _text(self, occupation: Occupation, field: str) -> SafeString | str:
        """A translated text field in paragraphs, or "" while its English text is blank."""
        if not getattr(occupation, field):
            return ""
        return paragraphs(getattr(occupation, f"{field}_i18n"))

    def _header(self, occupation: Occupation) -> None:
        if occupation.summary:
            self.description = Truncator(occupation.summary_i18n).chars(160)
        else:
            self.description = fill(
                _("What %(title)s do, how to become one, pay and job outlook."),
                title=self.title.lower(),
            )
        self.also_called = (
            fill(_("Also called %(names)s"), names=occupation.also_called_i18n)
            if occupation.also_called
            else ""
        )
        self.soc_code = fill(_("O*NET-SOC code %(code)s"), code=occupation.soc_code)
        self.summary = self._text(occupation, "summary")

    def _duties(self, occupation: Occupation, facts: CareerFacts) -> None:
        self.duties = rows(
            "<li>{}</li>", ((in_language(text, es, self.language),) for text, es in facts.duties)
        )
        self.specialties = self._text(occupation, "specialties")

    def _work_environment(self, occupation: Occupation, facts: CareerFacts) -> None:
        shares = [row for row in facts.industries if row[2] is not None]
        count = occupation.employment
        self.employment = (
            fill_when(
                "year",
                _("There were %(count)s jobs in %(year)s in this occupation."),
                _("There were %(count)s jobs in this occupation."),
                count=number(count),
                year=occupation.employment_year,
            )
            if count
            else ""
        )
        self.shares = ""
        if shares:
            caption = fill_when(
                "year",
                _(
                    "Industries employing the most %(title)s, with each industry's share "
                    "of the occupation's jobs in %(year)s"
                ),
                _(
                    "Industries employing the most %(title)s, with each industry's share "
                    "of the occupation's jobs"
                ),
                title=self.title.lower(),
                year=shares[0][4] or occupation.employment_year,
            )
            self.shares = industry_table(
                caption,
                _("Share of jobs"),
                (
                    (in_language(name, name_es, self.language), f"{number(share)}%")
                    for name, name_es, share, _wage, _year in shares
                ),
            )
        self.work_environment = self._text(occupation, "work_environment")
        self.schedules = self._text(occupation, "schedules")

    def _how_to_become(self, occupation: Occupation) -> None:
        self.requirements = rows(
            '<dt class="col-sm-5">{}</dt><dd class="col-sm-7">{}</dd>',
            (
                (mark_safe(_(label)), requirement(getattr(occupation, field)))
                for field, label in REQUIREMENT_FIELDS
                if getattr(occupation, field)
            ),
        )
        self.become_texts = rows(
            '<h3 id="{}-heading">{}</h3>{}',
            (
                (field, mark_safe(_(heading)), self._text(occupation, field))
                for field, heading in BECOME_TEXTS
                if getattr(occupation, field)
            ),
        )

    def _interests(self, occupation: Occupation, areas: dict[str, "AreaWords"]) -> None:
        code = occupation.high_point_code
        self.code_sentence = ""
        self.code_areas = ""
        if code:
            best = AreaWords.names(code[:2], areas)
            if len(code) > 1:
                sentence = fill(
                    _("The interest areas that fit this career best are <strong>%(best)s</strong>"),
                    best=best,
                )
            else:
                sentence = fill(
                    _("The interest area that fits this career best is <strong>%(best)s</strong>"),
                    best=best,
                )
            if len(code) > 2:
                sentence += fill(_(", followed by %(next)s"), next=AreaWords.names(code[2:], areas))
            holland = fill(_("Its Holland code is %(code)s."), code=code)
            self.code_sentence = sentence + mark_safe(". ") + holland
            self.code_areas = rows(
                "<li><strong>{}</strong> ({}): {}</li>",
                (
                    (area.friendly, area.holland, area.description)
                    for area in (areas.get(letter) for letter in code)
                    if area
                ),
            )
        interests = occupation.interests
        profile_complete = None not in interests.values()
        self.chart = ProfileChart.build(interests, areas) if profile_complete else None
        self.job_zone = (
            fill(
                _("<strong>Job Zone %(zone)s:</strong> %(name)s."),
                zone=occupation.job_zone,
                name=occupation.job_zone_name,
            )
            if occupation.job_zone
            else ""
        )
        self.shows_interests = bool(code or profile_complete or occupation.job_zone)
        self.quiz_invitation = ""
        if self.shows_interests:
            self.quiz_invitation = fill(
                _(
                    'Wondering whether your own interests fit? <a href="%(quiz_start)s">Take '
                    "the careerquiz interest quiz</a>."
                ),
                quiz_start=self.quiz_url,
            )

    def _qualities(self, occupation: Occupation, facts: CareerFacts) -> None:
        language = self.language
        self.qualities = rows(
            "<dt>{}</dt><dd>{}</dd>",
            (
                (in_language(name, name_es, language), in_language(text, text_es, language))
                for name, name_es, text, text_es in facts.qualities
            ),
        )
        self.qualities_source = (
            fill(
                _(
                    'Chosen from %(source)s; the explanations are ours. <a href="%(about)s'
                    '#qualities">How we choose qualities</a>'
                ),
                source=source_note(occupation.qualities_source, self._related_titles(facts)),
                about=self.about_url,
            )
            if occupation.qualities_source
            else ""
        )

    def _pay(self, occupation: Occupation, facts: CareerFacts) -> None:
        unit = occupation.wage_unit
        hourly = unit == "hourly"
        year = occupation.wage_year
        self.median = ""
        if occupation.wage_median:
            messages = (
                (
                    _("Median hourly wage in May %(year)s: <strong>%(median)s</strong>"),
                    _("Median hourly wage: <strong>%(median)s</strong>"),
                )
                if hourly
                else (
                    _("Median annual wage in May %(year)s: <strong>%(median)s</strong>"),
                    _("Median annual wage: <strong>%(median)s</strong>"),
                )
            )
            self.median = fill_when("year", *messages, year=year, median=wage(occupation))
        self.wage_range = WageRange.build(occupation)
        paid = sorted((row for row in facts.industries if row[3]), key=lambda row: -row[3])
        self.pay_rows = ""
        if paid:
            caption = fill(
                _("Median hourly wage in the industries employing the most %(title)s")
                if hourly
                else _("Median annual wage in the industries employing the most %(title)s"),
                title=self.title.lower(),
            )
            year = paid[0][4] or occupation.wage_year
            if year:
                caption += mark_safe(", ") + fill(_("May %(year)s"), year=year)
            self.pay_rows = industry_table(
                caption,
                _("Median wage"),
                (
                    (in_language(name, name_es, self.language), money(pay, unit=unit))
                    for name, name_es, _share, pay, _year in paid
                ),
            )
        self.wage_source = self._source(occupation.wage_source)
        self.shows_pay = bool(
            occupation.wage_median
            or occupation.wage_p10
            or occupation.wage_p25
            or occupation.wage_p75
            or occupation.wage_p90
            or paid
        )

    @staticmethod
    def _source(source: str) -> SafeString | str:
        return fill(_("Source: %(source)s."), source=source_note(source)) if source else ""

    def _related_titles(self, facts: CareerFacts) -> dict[str, str]:
        """Related careers' titles in the page's language, by their English title."""
        if self.language is None:
            return {}
        return {
            title: in_language(title, title_es, self.language)
            for _slug, title, title_es in facts.related
        }

    def _outlook(self, occupation: Occupation) -> None:
        period = words_unless_blank(period_words, occupation.outlook_period)
        self.bright = ""
        if occupation.bright_outlook:
            if occupation.outlook_comparison == "much-faster":
                self.bright = fill_when(
                    "period",
                    _("Jobs are projected to grow much faster than average from %(period)s."),
                    _("Jobs are projected to grow much faster than average."),
                    period=period,
                )
            else:
                self.bright = fill_when(
                    "period",
                    _("At least 100,000 openings a year are projected from %(period)s."),
                    _("At least 100,000 openings a year are projected."),
                    period=period,
                )
        self.change = ""
        if occupation.outlook_percent is not None:
            self.change = fill_when(
                "period",
                _("The number of jobs is projected to %(change)s from %(period)s."),
                _("The number of jobs is projected to %(change)s."),
                change=change_words(occupation.outlook_percent),
                period=period,
            )
            if occupation.outlook_comparison:
                self.change += mark_safe(
                    " " + escaped(comparison_sentence(occupation.outlook_comparison))
                )
        self.openings = ""
        if occupation.outlook_openings:
            self.openings = fill_when(
                "period",
                _(
                    "About <strong>%(openings)s openings a year</strong> are projected on "
                    "average from %(period)s."
                ),
                _("About <strong>%(openings)s openings a year</strong> are projected."),
                openings=number(occupation.outlook_openings),
                period=period,
            )
        self.outlook_text = self._text(occupation, "outlook_text")
        self.outlook_source = self._source(occupation.outlook_source)
        self.shows_outlook = bool(
            occupation.outlook_percent is not None
            or occupation.outlook_openings
            or occupation.outlook_text
        )

    def _sources(self, occupation: Occupation, credits: Credits) -> None:
        self.sources = rows(
            '<dt class="col-sm-4">{}</dt><dd class="col-sm-8">{}</dd>',
            (
                (mark_safe(_(label)), source_note(getattr(occupation, field)))
                for field, label in SOURCE_FIELDS
                if getattr(occupation, field)
            ),
        )
        release = credits.onet_release
        self.onet_credit = onet_attribution_html(release) if release else ""
        self.bls_credit = bls_attribution_text() if credits.bls else ""
        written = (
            _("The descriptions on this page are written by careerquiz.") + " "
            if occupation.summary
            else ""
        )
        self.updated = mark_safe(written) + fill(
            _(
                'Record last updated %(date)s. See <a href="%(about)s#data">data sources '
                "and credits</a>."
            ),
            date=date_format(localtime(occupation.updated_at), _("F j, Y")),
            about=self.about_url,
        )
        self.shows_sources = bool(self.sources or credits.onet_release or credits.bls)
