"""Plain-words formatting of money, counts and profiles, in the active language.

Django only for gettext: the words come from the occupations catalogue.
"""

import re
from collections.abc import Mapping
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from occupations.areas import EDUCATION_LEVELS

# BLS writes "None" where a career needs no experience or on-the-job training.
NOTHING_NEEDED = {"none", "n/a"}
# BLS's other words for experience and training, translated where they are shown.
REQUIREMENTS = {
    *EDUCATION_LEVELS,
    gettext_noop("Less than 5 years"),
    gettext_noop("5 years or more"),
    gettext_noop("Short-term on-the-job training"),
    gettext_noop("Moderate-term on-the-job training"),
    gettext_noop("Long-term on-the-job training"),
    gettext_noop("Apprenticeship"),
    gettext_noop("Internship/residency"),
}


def money(
    value: Decimal | int | float | None, unit: str = "annual", top_coded: bool = False
) -> str:
    """ "$103,150", "$23.45 per hour", "$239,200 or more"; "" when there is no value."""
    if value is None:
        return ""
    amount = Decimal(value)
    text = f"${amount:,.2f}" if unit == "hourly" else f"${amount:,.0f}"
    if unit == "hourly" and top_coded:
        return _("%(amount)s per hour or more") % {"amount": text}
    if unit == "hourly":
        return _("%(amount)s per hour") % {"amount": text}
    if top_coded:
        return _("%(amount)s or more") % {"amount": text}
    return text


def wage(occupation, field: str = "wage_median") -> str:
    """An occupation's wage field as shown to people, e.g. "$239,200 or more"."""
    return money(
        getattr(occupation, field),
        unit=occupation.wage_unit,
        top_coded=field in (occupation.wage_top_coded or []),
    )


def join_words(words: list[str]) -> str:
    """ "Persuading", "Persuading and Organizing", "Persuading, Organizing and Building"."""
    if len(words) <= 1:
        return "".join(words)
    conjunction = _("and")
    # Spanish writes "e" for "y" before an "i" sound: "Realista e Investigador".
    if conjunction == "y" and re.match(r"h?[iíIÍ](?![aeiouáéíóú])", words[-1]):
        conjunction = "e"
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def number(value: Decimal | int | float) -> str:
    """ "203,800", "7.5", "-3": thousands separated, no trailing zeros."""
    amount = Decimal(value)
    if amount == amount.to_integral_value():
        return f"{int(amount):,}"
    return f"{amount:,f}".rstrip("0")


def signed_percent(percent: Decimal | int | float) -> str:
    """ "+22.2%", "-5.7%", "0%": a projected change as the career list shows it."""
    amount = Decimal(percent)
    return f"{'+' if amount > 0 else ''}{number(amount)}%"


def period_words(period: str) -> str:
    """ "2021-31" -> "2021 to 2031"; anything unrecognised is returned as it was given."""
    match = re.fullmatch(r"\s*(\d{4})\s*[-–—]\s*(\d{2}|\d{4})\s*", period)
    if not match:
        return period.strip()
    start, end = int(match[1]), match[2]
    if len(end) == 2:
        full = start - start % 100 + int(end)
        end = str(full + 100 if full < start else full)
    return _("%(start)s to %(end)s") % {"start": start, "end": end}


def change_words(percent: Decimal | int | float) -> str:
    """ "grow 3 percent", "shrink 2.5 percent", "stay about the same" (0 percent)."""
    amount = Decimal(percent)
    if amount > 0:
        return _("grow %(percent)s percent") % {"percent": number(amount)}
    if amount < 0:
        return _("shrink %(percent)s percent") % {"percent": number(-amount)}
    return _("stay about the same")


def scale(value: Decimal | int | float, *, low: float, high: float, length: float) -> float:
    """Where ``value`` falls on a chart axis from ``low`` (0) to ``high`` (``length``).

    Values outside the axis are clamped to it; a zero-width axis puts everything mid-way.
    """
    if high <= low:
        return round(length / 2, 1)
    share = (float(value) - low) / (high - low)
    return round(min(max(share, 0.0), 1.0) * length, 1)


def code_names(code: str, names: Mapping[str, str]) -> str:
    """ "EC" -> "Persuading and Organizing" given each letter's name; unknown letters stay."""
    return join_words([names.get(letter, letter) for letter in code])


# How BLS's growth category (Occupation.OUTLOOK_COMPARISONS) reads after a projected change.
COMPARISON_SENTENCES: dict[str, str] = {
    "much-faster": gettext_noop("That is much faster than the average for all occupations."),
    "faster": gettext_noop("That is faster than the average for all occupations."),
    "average": gettext_noop("That is about as fast as the average for all occupations."),
    "slower": gettext_noop("That is slower than the average for all occupations."),
    "little-change": gettext_noop(
        "Compared with all occupations, that amounts to little or no change."
    ),
    "decline": gettext_noop(
        "That is a decline, while jobs across all occupations grow on average."
    ),
}


def comparison_sentence(comparison: str) -> str:
    sentence = COMPARISON_SENTENCES.get(comparison)
    return _(sentence) if sentence else ""


def requirement(value: str) -> str:
    """An education, experience or training requirement in words, never a bare "None"."""
    if value.strip().lower() in NOTHING_NEEDED:
        return _("Not usually needed")
    return _(value) if value in REQUIREMENTS else value
