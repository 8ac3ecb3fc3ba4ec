"""Why a career matches a person, in one plain sentence (Django only for gettext).

The sentence compares the order of the six areas in the two profiles, as people read a
Holland code, and names the largest difference in shape: both profiles are centred and
scaled as in ``occupations.matching``, so a 0-100 score and a 1-7 O*NET value compare.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from occupations.areas import LETTERS
from occupations.formatting import join_words

# How far apart (in the scaled profiles, whose values lie within -1..1) an area must be
# before the sentence calls it a difference worth naming.
NOTABLE_GAP = 0.2


def ranking(profile: Mapping[str, float]) -> list[str]:
    """Areas highest first; equal values in the order R, I, A, S, E, C (the Holland tie rule)."""
    return sorted(LETTERS, key=lambda letter: (-float(profile[letter]), LETTERS.index(letter)))


def people_in(title: str) -> str:
    """ "Industrial Production Managers" -> "industrial production managers".

    O*NET titles are plural nouns; one with a comma ("Cooks, Restaurant") does not read well
    inside a sentence, so it becomes "people in this job". Acronyms keep their capitals.
    Other languages may wrap the title ("quienes trabajan como gerentes de …").
    """
    if "," in title or "(" in title or not title.strip():
        return _("people in this job")
    words = " ".join(
        word if len(word) > 1 and word.isupper() else word.lower() for word in title.split()
    )
    return pgettext("the people doing a job, from its plural title", "%(title)s") % {"title": words}


@dataclass(frozen=True)
class Profile:
    """Six values with their order and shape worked out once, for a person compared with
    many careers."""

    values: Mapping[str, float]
    order: list[str]
    shape: list[float]

    @classmethod
    def of(cls, values: Mapping[str, float]) -> "Profile":
        return cls(values=values, order=ranking(values), shape=_shape(values))


def explain_match(
    person: "Mapping[str, float] | Profile",
    job: Mapping[str, float],
    *,
    names: Mapping[str, str],
    title: str,
) -> str:
    """One sentence on what the two profiles share and where they differ most.

    ``person`` holds the six scores on any non-negative scale, ``job`` the six O*NET interest
    values, ``names`` the word for each area ("Building") and ``title`` the career's title.
    """
    me = person if isinstance(person, Profile) else Profile.of(person)
    person = me.values
    who = people_in(title)
    mine, theirs = me.order, ranking(job)
    name = [names[letter] for letter in mine], [names[letter] for letter in theirs]
    if len(set(float(person[letter]) for letter in LETTERS)) == 1:
        return _("Your scores are the same in every area; %(who)s lean most towards %(area)s.") % {
            "who": who,
            "area": name[1][0],
        }
    if set(mine[:2]) == set(theirs[:2]):
        words = {"who": who, "first": name[0][0], "second": name[0][1]}
        if mine[2] == theirs[2] and _clear_third(person, mine) and _clear_third(job, theirs):
            shared = _(
                "Both you and %(who)s rank %(first)s and %(second)s highest, then %(third)s"
            ) % {**words, "third": name[0][2]}
        else:
            shared = _("Both you and %(who)s rank %(first)s and %(second)s highest") % words
    elif mine[0] == theirs[0]:
        shared = _("Both you and %(who)s rank %(area)s highest") % {"who": who, "area": name[0][0]}
    else:
        common = [names[letter] for letter in mine[:3] if letter in theirs[:3]]
        if not common:
            return _(
                "%(who)s lean most towards %(theirs)s, which are not among your top three "
                "interests (%(yours)s)."
            ) % {
                "who": _capital(who),
                "theirs": join_words(name[1][:2]),
                "yours": join_words(name[0][:3]),
            }
        shared = ngettext(
            "%(areas)s is among the top three interests of both you and %(who)s",
            "%(areas)s are among the top three interests of both you and %(who)s",
            len(common),
        ) % {"areas": join_words(common), "who": who}
    difference = _largest_difference(me.shape, _shape(job), mine[:3], theirs[:3], names)
    return f"{shared}; {difference}." if difference else f"{shared}."


def _largest_difference(
    my_shape: list[float],
    their_shape: list[float],
    my_top: list[str],
    their_top: list[str],
    names: Mapping[str, str],
) -> str:
    """The area one profile puts in its top three and the other does not, furthest apart."""
    gap = {
        letter: theirs - mine
        for letter, theirs, mine in zip(LETTERS, their_shape, my_shape, strict=True)
    }
    needs_more = [letter for letter in their_top if letter not in my_top]
    offers_less = [letter for letter in my_top if letter not in their_top]
    candidates = [(gap[letter], letter) for letter in needs_more] + [
        (-gap[letter], letter) for letter in offers_less
    ]
    if not candidates:
        return ""
    size, letter = max(candidates, key=lambda pair: (pair[0], -LETTERS.index(pair[1])))
    if size < NOTABLE_GAP:
        return ""
    if letter in needs_more:
        return _("you care less for %(area)s than this job needs") % {"area": names[letter]}
    return _("this job offers less %(area)s than you would like") % {"area": names[letter]}


def _clear_third(profile: Mapping[str, float], order: list[str]) -> bool:
    """Whether the third area stands above the fourth rather than tying with it."""
    return float(profile[order[2]]) > float(profile[order[3]])


def _shape(profile: Mapping[str, float]) -> list[float]:
    """Centred and scaled to length 1; plain Python, as numpy costs more on six values."""
    values = [float(profile[letter]) for letter in LETTERS]
    mean = sum(values) / len(values)
    centred = [value - mean for value in values]
    norm = math.sqrt(sum(value * value for value in centred))
    return [value / norm for value in centred] if norm else centred


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
