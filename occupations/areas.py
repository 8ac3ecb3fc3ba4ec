"""The six RIASEC interest areas: plain constants shared by scoring and matching."""

LETTERS: tuple[str, ...] = ("R", "I", "A", "S", "E", "C")

# O*NET's Job Zone names (Job Zone Reference.txt), without the "Job Zone N:" prefix.
JOB_ZONES: dict[int, str] = {
    1: "Little or no preparation needed",
    2: "Some preparation needed",
    3: "Medium preparation needed",
    4: "Considerable preparation needed",
    5: "Extensive preparation needed",
}

# BLS's typical entry-level education, from least to most.
EDUCATION_LEVELS = [
    "No formal educational credential",
    "High school diploma or equivalent",
    "Some college, no degree",
    "Postsecondary nondegree award",
    "Associate's degree",
    "Bachelor's degree",
    "Master's degree",
    "Doctoral or professional degree",
]
