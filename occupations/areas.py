"""The six RIASEC interest areas: plain constants shared by scoring and matching.

The Job Zone and education names are the English values stored and filtered on; they are
marked for translation here and translated where they are shown (``gettext(name)``).
"""


def _(message: str) -> str:
    """Marks a name for makemessages (as Django's gettext_noop does) without importing Django:
    scoring and matching import this module as plain Python."""
    return message


LETTERS: tuple[str, ...] = ("R", "I", "A", "S", "E", "C")

# O*NET's Job Zone names (Job Zone Reference.txt), without the "Job Zone N:" prefix.
JOB_ZONES: dict[int, str] = {
    1: _("Little or no preparation needed"),
    2: _("Some preparation needed"),
    3: _("Medium preparation needed"),
    4: _("Considerable preparation needed"),
    5: _("Extensive preparation needed"),
}

# BLS's typical entry-level education, from least to most.
EDUCATION_LEVELS = [
    _("No formal educational credential"),
    _("High school diploma or equivalent"),
    _("Some college, no degree"),
    _("Postsecondary nondegree award"),
    _("Associate's degree"),
    _("Bachelor's degree"),
    _("Master's degree"),
    _("Doctoral or professional degree"),
]
