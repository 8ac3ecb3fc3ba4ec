"""Figures of an earlier BLS release that a career keeps for reference, in sentences."""

from dataclasses import dataclass

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from occupations.formatting import change_words, money, number, period_words
from occupations.markup import escaped, fill, in_language, paragraphs, rows, words_unless_blank
from occupations.models import Occupation
from occupations.sources import source_note


@dataclass(frozen=True)
class EarlierFigures:
    """Figures of an earlier BLS release (``Occupation.earlier_figures``), in sentences."""

    heading: str
    items: SafeString  # list items: a sentence and its source
    text: SafeString | str

    @classmethod
    def build(cls, figures: dict, language: str | None) -> "EarlierFigures | None":
        if not figures:
            return None
        employment = figures.get("employment") or {}
        wages = figures.get("wages") or {}
        outlook = figures.get("outlook") or {}
        year = employment.get("year")
        heading = fill(_("Earlier figures (%(year)s)"), year=year) if year else _("Earlier figures")
        items = []
        if employment.get("count"):
            items.append(
                (
                    fill(
                        _("%(count)s jobs in %(year)s"),
                        count=number(employment["count"]),
                        year=_blank(year),
                    ),
                    employment.get("source", ""),
                )
            )
        if wages.get("median"):
            sentence = fill(
                _(
                    "Median annual wage in May %(year)s: %(median)s; the lowest 10 percent "
                    "earned less than %(p10)s and the highest 10 percent more than %(p90)s"
                ),
                year=_blank(wages.get("year")),
                median=money(wages["median"]),
                p10=money(wages.get("p10")),
                p90=money(wages.get("p90")),
            )
            if wages.get("p25") and wages.get("p75"):
                sentence += mark_safe(" ") + fill(
                    _("(middle half: %(p25)s to %(p75)s)"),
                    p25=money(wages["p25"]),
                    p75=money(wages["p75"]),
                )
            items.append((sentence, wages.get("source", "")))
        if outlook.get("period"):
            sentence = fill(
                _("Projected change from %(period)s: %(change)s"),
                period=period_words(outlook["period"]),
                change=words_unless_blank(change_words, outlook.get("percent_change")),
            )
            if outlook.get("comparison"):
                comparison = escaped(comparison_words(outlook["comparison"]))
                sentence += mark_safe(f" ({comparison})")
            sentence += mark_safe(", ") + fill(
                _("with about %(openings)s openings a year"),
                openings=words_unless_blank(number, outlook.get("openings")),
            )
            items.append((sentence, outlook.get("source", "")))
        text = ""
        if outlook.get("text"):
            text = paragraphs(in_language(outlook["text"], outlook.get("text_es"), language))
        items = rows(
            '<li>{}<span class="small text-body-secondary"> ({})</span></li>',
            ((sentence, source_note(source)) for sentence, source in items),
        )
        return cls(heading=heading, items=items, text=text)


def _blank(value) -> object:
    """A missing figure printed as the template printed it: nothing."""
    return "" if value is None else value


def comparison_words(value: str) -> str:
    """ "slower" -> "slower than average", BLS's wording of a growth category."""
    return str(dict(Occupation.OUTLOOK_COMPARISONS).get(value or "", ""))


def figures_in_language(figures: dict, language: str | None) -> dict:
    """The stored figures with each part's source note and outlook text in ``language``."""
    worded = {}
    for part, values in figures.items():
        values = dict(values)
        if values.get("source"):
            values["source"] = source_note(values["source"])
        if "text" in values:
            values["text"] = in_language(values["text"], values.get("text_es"), language)
        worded[part] = values
    return worded
