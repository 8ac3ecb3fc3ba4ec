"""Why a career matches: exact sentences for profiles whose differences are known."""

import pytest

from occupations.explanation import explain_match, people_in, ranking

NAMES = {
    "R": "Building",
    "I": "Thinking",
    "A": "Creating",
    "S": "Helping",
    "E": "Persuading",
    "C": "Organizing",
}
# O*NET 29.3 interest profiles (1-7).
PRODUCTION_MANAGERS = {"R": 4.23, "I": 2.94, "A": 1.33, "S": 1.83, "E": 5.92, "C": 5.29}
CARPENTERS = {"R": 6.74, "I": 1.90, "A": 2.19, "S": 1.90, "E": 1.79, "C": 3.46}
ACTORS = {"R": 2.31, "I": 2.13, "A": 7.00, "S": 4.10, "E": 4.00, "C": 1.67}


@pytest.mark.parametrize(
    ("person", "job", "title", "sentence"),
    [
        pytest.param(
            {"R": 20, "I": 30, "A": 10, "S": 40, "E": 90, "C": 85},
            PRODUCTION_MANAGERS,
            "Industrial Production Managers",
            "Both you and industrial production managers rank Persuading and Organizing "
            "highest; you care less for Building than this job needs.",
            id="same-two-highest-and-the-job-needs-more-of-a-low-area",
        ),
        pytest.param(
            {"R": 8, "I": 12, "A": 4, "S": 16, "E": 36, "C": 34},
            PRODUCTION_MANAGERS,
            "Industrial Production Managers",
            "Both you and industrial production managers rank Persuading and Organizing "
            "highest; you care less for Building than this job needs.",
            id="the-same-person-on-the-raw-score-scale",
        ),
        pytest.param(
            {"R": 90, "I": 20, "A": 60, "S": 30, "E": 10, "C": 20},
            CARPENTERS,
            "Carpenters",
            "Both you and carpenters rank Building highest; "
            "you care less for Organizing than this job needs.",
            id="same-highest-area-only",
        ),
        pytest.param(
            {"R": 10, "I": 20, "A": 60, "S": 90, "E": 70, "C": 30},
            ACTORS,
            "Actors",
            "Helping, Persuading and Creating are among the top three interests of both you "
            "and actors.",
            id="same-top-three-in-another-order",
        ),
        pytest.param(
            {"R": 50, "I": 20, "A": 10, "S": 95, "E": 90, "C": 70},
            PRODUCTION_MANAGERS,
            "Industrial Production Managers",
            "Persuading and Organizing are among the top three interests of both you and "
            "industrial production managers; this job offers less Helping than you would like.",
            id="the-job-lacks-one-of-your-top-areas",
        ),
        pytest.param(
            {"R": 60, "I": 61, "A": 10, "S": 25, "E": 100, "C": 90},
            {"R": 4.0, "I": 3.9, "A": 1.0, "S": 2.0, "E": 6.0, "C": 5.5},
            "Plant Managers",
            "Both you and plant managers rank Persuading and Organizing highest.",
            id="a-small-difference-in-the-third-area-is-not-named",
        ),
        pytest.param(
            {"R": 60, "I": 30, "A": 10, "S": 20, "E": 90, "C": 85},
            PRODUCTION_MANAGERS,
            "Industrial Production Managers",
            "Both you and industrial production managers rank Persuading and Organizing "
            "highest, then Building.",
            id="same-three-highest-in-the-same-order",
        ),
        pytest.param(
            {"R": 60, "I": 60, "A": 10, "S": 20, "E": 90, "C": 85},
            PRODUCTION_MANAGERS,
            "Industrial Production Managers",
            "Both you and industrial production managers rank Persuading and Organizing highest.",
            id="a-third-area-tied-with-the-fourth-is-not-called-next",
        ),
        pytest.param(
            {"R": 90, "I": 80, "A": 10, "S": 10, "E": 10, "C": 70},
            ACTORS,
            "Actors",
            "Actors lean most towards Creating and Helping, which are not among your top "
            "three interests (Building, Thinking and Organizing).",
            id="nothing-in-common",
        ),
        pytest.param(
            dict.fromkeys(NAMES, 50),
            CARPENTERS,
            "Carpenters",
            "Your scores are the same in every area; carpenters lean most towards Building.",
            id="a-flat-profile-hears-what-the-job-leans-towards",
        ),
        pytest.param(
            {"R": 90, "I": 20, "A": 60, "S": 30, "E": 10, "C": 20},
            CARPENTERS,
            "Carpenters, Finish",
            "Both you and people in this job rank Building highest; "
            "you care less for Organizing than this job needs.",
            id="a-title-with-a-comma-reads-as-people-in-this-job",
        ),
    ],
)
def test_the_sentence_names_what_is_shared_and_the_largest_difference(person, job, title, sentence):
    assert explain_match(person, job, names=NAMES, title=title) == sentence


def test_tied_areas_rank_in_riasec_order():
    assert ranking({"R": 1, "I": 5, "A": 5, "S": 2, "E": 5, "C": 0}) == [
        "I",
        "A",
        "E",
        "S",
        "R",
        "C",
    ]


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Industrial Production Managers", "industrial production managers"),
        ("Self-Enrichment Teachers", "self-enrichment teachers"),
        ("CNC Tool Programmers", "CNC tool programmers"),
        ("Cooks, Restaurant", "people in this job"),
        ("Architects, Except Landscape and Naval", "people in this job"),
    ],
)
def test_titles_read_as_people_inside_a_sentence(title, words):
    assert people_in(title) == words
