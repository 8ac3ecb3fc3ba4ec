"""The words of the quiz's reading of a result, in the active language.

quiz.scoring decides what may be said about a profile, as plain values; this module says it.
Its sentences are chosen so that none contradicts another: a low or flat profile gets no
claim about a clear code; a tie on top is never "well ahead"; consistency is only read when
the first two letters are not tied.
"""

from collections.abc import Mapping, Sequence

from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from occupations.areas import LETTERS
from quiz.scoring import SCALE, HollandCode, Reading

# The fit labels of occupations.matching, as the quiz's pages word them.
FIT_LABELS = {
    "Great": pgettext_lazy("fit label", "Great"),
    "Good": pgettext_lazy("fit label", "Good"),
    "Fair": pgettext_lazy("fit label", "Fair"),
    "Weak": pgettext_lazy("fit label", "Weak"),
}
FIT_PHRASES = {
    "Great": pgettext_lazy("fit", "Great fit"),
    "Good": pgettext_lazy("fit", "Good fit"),
    "Fair": pgettext_lazy("fit", "Fair fit"),
    "Weak": pgettext_lazy("fit", "Weak fit"),
}


def scale() -> tuple[tuple[int, str], ...]:
    """The five answers, worded in the active language."""
    return tuple((value, _(label)) for value, label in SCALE)


def fit_label(label: str) -> str:
    return str(FIT_LABELS.get(label, label))


def fit_phrase(label: str) -> str:
    return str(FIT_PHRASES.get(label, label))


def join(words: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(words) == 1:
        return words[0]
    return _("%(first)s and %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def describe_code(code: HollandCode, names: Mapping[str, str] | None = None) -> str:
    """E.g. "E, C, then R and I tied" (only as far as the third place reaches)."""
    parts: list[str] = []
    covered = 0
    for group in code.groups:
        if covered >= 3:
            break
        words = [names[letter] if names else letter for letter in group]
        parts.append(words[0] if len(words) == 1 else _("%(areas)s tied") % {"areas": join(words)})
        covered += len(group)
    if len(parts) == 1:
        return parts[0]
    return _("%(first)s, then %(last)s") % {"first": ", ".join(parts[:-1]), "last": parts[-1]}


def statements(reading: Reading, names: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(key, sentence) pairs in the order shown; ``names`` words the letters."""
    names = names or {letter: letter for letter in LETTERS}
    said: list[tuple[str, str]] = []
    if reading.low:
        said.append(("low", _low()))
    if reading.flat:
        said.append(("flat", _flat(reading.level)))
    if reading.alternative_count > 1:
        said.append(("tie", _tie(reading, names)))
    if not (reading.low or reading.flat):
        said.append(("differentiation", _differentiation(reading, names)))
    if reading.consistency and not reading.low:
        first, second = (names[letter] for letter in reading.code.letters[:2])
        said.append(("consistency", _consistency(reading.consistency, first, second)))
    return said


def _tie(reading: Reading, names: Mapping[str, str]) -> str:
    tied = describe_code(reading.code, names)
    if reading.several_codes:
        return _(
            "Some of your areas scored exactly the same (%(tied)s). Tied areas have no order, "
            "so your code could be several different codes, so no single code describes you."
        ) % {"tied": tied}
    return _(
        "Some of your areas scored exactly the same (%(tied)s). Tied areas have no order, "
        "so your code could be any of %(codes)s."
    ) % {"tied": tied, "codes": join(list(reading.alternatives))}


def _differentiation(reading: Reading, names: Mapping[str, str]) -> str:
    if reading.guidance == "clear":
        return _(
            "Your strongest area, %(area)s, is well ahead of the others: your code is a clear "
            "guide."
        ) % {"area": names[reading.code.letters[0]]}
    if reading.differentiation == "high":
        leaders = join([names[letter] for letter in reading.code.letters[:2]])
        if reading.top_tied:
            sentence = _(
                "Your top areas stand well clear of your lowest, but %(areas)s are tied, so "
                "read them together rather than in order."
            )
        else:
            sentence = _(
                "Your top areas stand well clear of your lowest, but %(areas)s are close, so "
                "read them together rather than in order."
            )
        return sentence % {"areas": leaders}
    if reading.differentiation == "moderate":
        return _(
            "Your top areas lead, but others are not far behind; careers in your fourth or "
            "fifth area may interest you too."
        )
    return _("Several areas are close, so treat your code as a starting point and explore widely.")


def _low() -> str:
    return _(
        "You rated every kind of activity low: no area reached halfway between Dislike and "
        "Unsure. Your code is only a weak guide, and so are the careers below, so none is "
        "labelled better than a Good fit. That is common when none of the activities felt "
        "like you; try again later, or talk with a career adviser about work you have enjoyed "
        "before."
    )


def _flat(level: str) -> str:
    if level == "low":
        return _("Your six areas are close together, so no area stands out.")
    if level == "high":
        return _(
            "You rated most activities high, and no area stands out. Liking many kinds of work "
            "is a strength, but it makes the code less telling: think about which activities "
            "you would pick if you could do only one kind of work."
        )
    return _(
        "Your six areas are close together, so no area clearly stands out and the code is "
        "only a rough guide. Look at careers from several areas and notice which ones you "
        "keep coming back to."
    )


def _consistency(kind: str, first: str, second: str) -> str:
    names = {"first": first, "second": second}
    if kind == "adjacent":
        return (
            _(
                "Your first two areas, %(first)s and %(second)s, sit next to each other on "
                "Holland's hexagon of interests, and many jobs combine them."
            )
            % names
        )
    if kind == "alternate":
        return (
            _(
                "Your first two areas, %(first)s and %(second)s, are one step apart on Holland's "
                "hexagon, so some jobs combine them."
            )
            % names
        )
    return (
        _(
            "Your first two areas, %(first)s and %(second)s, are opposites on Holland's hexagon. "
            "Fewer jobs combine both, but you might find one that does, or enjoy one at work and "
            "the other outside it."
        )
        % names
    )
