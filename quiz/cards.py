"""A result's matches as cards: their words worked out once in Python, not by template loops.

The results page shows twenty cards, and a template's loop of tags and filters per card cost
more than the rest of the page; so the words every card shares are translated once per page
(``CardWords``) and the page's list is one string of HTML (``card_list``).
"""

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from occupations.areas import JOB_ZONES
from occupations.formatting import change_words, money, period_words
from occupations.markup import career_url_parts
from occupations.selectors import Match
from quiz.wording import FIT_LABELS, FIT_PHRASES

SENTENCES = {
    "code": gettext_noop("Code %(code)s: %(names)s"),
    "zone": gettext_noop("Job Zone %(zone)s: %(name)s."),
    "pay_in": gettext_noop("Median pay %(pay)s (May %(year)s)."),
    "pay": gettext_noop("Median pay %(pay)s."),
    "change_in": gettext_noop("Jobs projected to %(change)s from %(period)s."),
    "change": gettext_noop("Jobs projected to %(change)s."),
    "why": gettext_noop("Why:"),
    "bright": gettext_noop("Bright outlook"),
}
CARD = (
    '<li class="match card mb-2"><div class="card-body">'
    '<h3 class="h5 mb-1"><a href="{url}">{title}</a></h3>'
    '<p class="mb-1"><span class="badge fit fit-{fit_class}">{fit_phrase} · {fit}/100</span>'
    "{code}</p>"
    '<p class="mb-1 why"><span class="fw-semibold">{why_label}</span> {why}</p>'
    '<p class="mb-0 small">{facts}{bright}</p>'
    "</div></li>\n"
)


@dataclass(frozen=True)
class CardWords:
    """What all cards of a page word alike, in the active language."""

    names: Mapping[str, str]  # each area's everyday name, by letter
    url_parts: tuple[str, str]  # a career page's address around its slug
    sentences: Mapping[str, str]
    fit_labels: Mapping[str, str]
    fit_phrases: Mapping[str, str]
    job_zones: Mapping[int, str]  # "some preparation needed"
    # Kept for the page: many careers share a projected change, most share a period.
    change: Callable[[Decimal], str]
    period: Callable[[str], str]

    @classmethod
    def for_page(cls, names: Mapping[str, str]) -> "CardWords":
        return cls(
            names=names,
            url_parts=career_url_parts(),
            sentences={key: _(text) for key, text in SENTENCES.items()},
            fit_labels={label: str(text) for label, text in FIT_LABELS.items()},
            fit_phrases={label: str(text) for label, text in FIT_PHRASES.items()},
            job_zones={zone: _(name).lower() for zone, name in JOB_ZONES.items()},
            change=functools.cache(change_words),
            period=functools.cache(period_words),
        )


@dataclass(frozen=True)
class MatchCard:
    """A match with its words worked out once."""

    match: Match
    fit_label: str  # "Great"
    fit_phrase: str  # "Great fit"
    url: str
    title: str
    code: str  # "ECR"
    code_line: str  # "Code ECR: Persuading, Organizing, Building"; "" without a code
    fit: int
    fit_class: str  # "great"
    why: str
    facts: str  # its Job Zone, pay and outlook in sentences, those it has

    @classmethod
    def build(cls, match: Match, words: CardWords) -> "MatchCard":
        occupation = match.occupation
        code = occupation.high_point_code
        names = ", ".join(words.names[letter] for letter in code)
        return cls(
            match=match,
            fit_label=words.fit_labels.get(match.label, match.label),
            fit_phrase=words.fit_phrases.get(match.label, match.label),
            url=occupation.slug.join(words.url_parts),
            title=occupation.title_i18n,
            code=code,
            code_line=words.sentences["code"] % {"code": code, "names": names} if code else "",
            fit=match.fit,
            fit_class=match.label.lower(),
            why=match.why,
            facts=_facts(occupation, words),
        )


def _facts(occupation, words: CardWords) -> str:
    said, sentences = [], words.sentences
    if occupation.job_zone:
        zone = occupation.job_zone
        said.append(sentences["zone"] % {"zone": zone, "name": words.job_zones.get(zone, "")})
    if occupation.wage_median:
        top_coded = "wage_median" in (occupation.wage_top_coded or [])
        pay = money(occupation.wage_median, occupation.wage_unit, top_coded)
        year = occupation.wage_year
        said.append(sentences["pay_in" if year else "pay"] % {"pay": pay, "year": year})
    if occupation.outlook_percent is not None:
        change = words.change(occupation.outlook_percent)
        if occupation.outlook_period:
            period = words.period(occupation.outlook_period)
            said.append(sentences["change_in"] % {"change": change, "period": period})
        else:
            said.append(sentences["change"] % {"change": change})
    return " ".join(said)


def card_list(cards: list[MatchCard], words: CardWords) -> SafeString:
    """The cards' list items, each text escaped here."""
    why_label = escape(words.sentences["why"])
    bright = f' <span class="badge bright-outlook">{escape(words.sentences["bright"])}</span>'
    return mark_safe(  # noqa: S308
        "".join(
            CARD.format(
                url=escape(card.url),
                title=escape(card.title),
                fit_class=card.fit_class,
                fit_phrase=escape(card.fit_phrase),
                fit=card.fit,
                code=f' <span class="ms-2">{escape(card.code_line)}</span>' if card.code else "",
                why_label=why_label,
                why=escape(card.why),
                facts=escape(card.facts),
                bright=bright if card.match.occupation.bright_outlook else "",
            )
            for card in cards
        )
    )
