"""Where a career's texts and figures come from, in the reader's language.

The catalogue build and the importers write each source note in English from the forms
below, so the note stays readable in the admin, the fixture and the API. A page words a note
in one of these forms again in the active language; any other note (one staff wrote) is
shown as it stands.
"""

import re
from collections.abc import Mapping

from django.utils.translation import gettext, gettext_noop

EDITORS = gettext_noop("careerquiz editors")
WAGES = gettext_noop("BLS Occupational Employment and Wage Statistics, May %(year)s")
PROJECTIONS = gettext_noop("BLS Employment Projections %(period)s")
PROJECTIONS_GROUP = gettext_noop(
    "BLS Employment Projections %(period)s for the group %(group)s (%(code)s)"
)
STYLES_OF_RELATED = gettext_noop(
    "%(release)s of a closely related occupation, %(title)s (%(code)s), as O*NET has not "
    "rated this one"
)
STYLES_OF_GROUP = gettext_noop(
    "%(release)s: the styles most often rated most important in the %(count)s rated "
    "occupations whose SOC code starts %(prefix)s, as O*NET has not rated this one"
)
STYLES_OF_ONE = gettext_noop(
    "%(release)s: the styles rated most important in the one rated occupation whose SOC "
    "code starts %(prefix)s, as O*NET has not rated this one"
)
STYLES_FOR_MILITARY = gettext_noop(
    "O*NET work styles picked by careerquiz editors, as O*NET rates none for military occupations"
)
FORMS = (
    EDITORS,
    WAGES,
    PROJECTIONS_GROUP,
    PROJECTIONS,
    STYLES_OF_RELATED,
    STYLES_OF_GROUP,
    STYLES_OF_ONE,
    STYLES_FOR_MILITARY,
)


def styles_of_group(release: str, count: int, prefix: str) -> str:
    """The note for work styles taken from the rated occupations of a SOC group."""
    form = STYLES_OF_ONE if count == 1 else STYLES_OF_GROUP
    return form % {"release": release, "count": count, "prefix": prefix}


# What each placeholder of the forms matches; any other, some text.
VALUES = {
    "year": r"\d{4}",
    "period": r"\d{4}-\d{2}",
    "count": r"\d+",
    "code": r"[\d.-]+",
    "prefix": r"[\d-]+",
}


def _pattern(form: str) -> re.Pattern:
    def value(placeholder: re.Match) -> str:
        return f"(?P<{placeholder[1]}>{VALUES.get(placeholder[1], '.+?')})"

    return re.compile(re.sub(r"%\\\((\w+)\\\)s", value, re.escape(form)))


PATTERNS = tuple((form, _pattern(form)) for form in FORMS)


def source_note(note: str, titles: Mapping[str, str] | None = None) -> str:
    """``note`` in the active language when it is in one of the forms above.

    ``titles`` gives careers' titles in the active language by their English title, for the
    career a note borrows from.
    """
    for form, pattern in PATTERNS:
        found = pattern.fullmatch(note)
        if found:
            values = found.groupdict()
            if "title" in values and titles:
                values["title"] = titles.get(values["title"]) or values["title"]
            if form == STYLES_OF_GROUP and values["count"] == "1":
                form = STYLES_OF_ONE
            return gettext(form) % values
    return note
