import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.scoring import (
    LETTERS,
    consistency,
    differentiation,
    differentiation_level,
    flat_profile,
    holland_code,
    score_answers,
)

answers_strategy = st.lists(
    st.tuples(st.sampled_from(LETTERS), st.integers(min_value=0, max_value=4)), max_size=80
)


def test_raw_scores_are_sums_per_area_and_percent_of_maximum():
    answers = [("R", 4), ("R", 3), ("I", 0), ("A", 2), ("S", 1), ("E", 4), ("C", 4), ("C", 2)]
    scores = score_answers(answers)
    assert scores.raw == {"R": 7, "I": 0, "A": 2, "S": 1, "E": 4, "C": 6}
    assert scores.maximum == {"R": 8, "I": 4, "A": 4, "S": 4, "E": 4, "C": 8}
    assert scores.percents == {"R": 87.5, "I": 0.0, "A": 50.0, "S": 25.0, "E": 100.0, "C": 75.0}


def test_full_form_scores_range_from_0_to_40():
    top = score_answers([(letter, 4) for letter in LETTERS for _ in range(10)])
    bottom = score_answers([(letter, 0) for letter in LETTERS for _ in range(10)])
    assert set(top.raw.values()) == {40} and set(top.percents.values()) == {100.0}
    assert set(bottom.raw.values()) == {0} and set(bottom.percents.values()) == {0.0}


@pytest.mark.parametrize("bad", [("R", 5), ("R", -1), ("X", 2)])
def test_out_of_scale_answers_and_unknown_areas_are_rejected(bad):
    with pytest.raises(ValueError):
        score_answers([bad])


@given(answers_strategy)
def test_scores_stay_within_bounds(answers):
    scores = score_answers(answers)
    for letter in LETTERS:
        assert 0 <= scores.raw[letter] <= scores.maximum[letter]
        assert 0 <= scores.percents[letter] <= 100


@given(answers_strategy, st.randoms())
def test_order_of_answers_does_not_matter(answers, rnd):
    shuffled = list(answers)
    rnd.shuffle(shuffled)
    assert score_answers(shuffled) == score_answers(answers)


@given(answers_strategy.filter(lambda a: any(v < 4 for _, v in a)), st.data())
def test_raising_an_answer_never_lowers_its_area(answers, data):
    index = data.draw(st.sampled_from([i for i, (_, v) in enumerate(answers) if v < 4]))
    letter, value = answers[index]
    raised = list(answers)
    raised[index] = (letter, value + 1)
    before, after = score_answers(answers), score_answers(raised)
    assert after.raw[letter] == before.raw[letter] + 1
    assert all(after.raw[other] == before.raw[other] for other in LETTERS if other != letter)


def test_code_is_three_highest_areas():
    code = holland_code({"R": 40, "I": 10, "A": 5, "S": 20, "E": 90, "C": 70})
    assert code.letters == "ECR"
    assert not code.has_tie_in_code
    assert code.describe() == "E, C, then R"


def test_ties_follow_riasec_order_and_are_described_honestly():
    code = holland_code({"R": 50, "I": 50, "A": 5, "S": 20, "E": 90, "C": 70})
    assert code.letters == "ECR"
    assert code.has_tie_in_code
    assert code.describe() == "E, C, then R and I tied"
    names = {"E": "Persuading", "C": "Organizing", "R": "Building", "I": "Thinking"}
    assert code.describe(names) == "Persuading, Organizing, then Building and Thinking tied"


def test_tie_at_the_top():
    code = holland_code({"R": 10, "I": 10, "A": 80, "S": 80, "E": 80, "C": 80})
    assert code.letters == "ASE"
    assert code.describe() == "A, S, E and C tied"


@given(
    st.dictionaries(st.sampled_from(LETTERS), st.integers(0, 100), min_size=6, max_size=6),
    st.randoms(),
)
def test_code_does_not_depend_on_dict_order(percents, rnd):
    items = list(percents.items())
    rnd.shuffle(items)
    assert holland_code(dict(items)) == holland_code(percents)
    letters = holland_code(percents).letters
    assert [percents[x] for x in letters] == sorted(percents.values(), reverse=True)[:3]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("RI", "adjacent"),
        ("RC", "adjacent"),
        ("RA", "alternate"),
        ("SC", "alternate"),
        ("RS", "opposite"),
        ("IE", "opposite"),
        ("AC", "opposite"),
        ("ES", "adjacent"),
    ],
)
def test_consistency_on_the_hexagon(code, expected):
    assert consistency(code) == expected


def test_differentiation_levels():
    assert differentiation({"R": 90, "I": 10, "A": 10, "S": 10, "E": 10, "C": 10}) == 80.0
    assert differentiation_level({"R": 90, "I": 10, "A": 10, "S": 10, "E": 10, "C": 10}) == "high"
    assert differentiation_level({"R": 60, "I": 40, "A": 40, "S": 40, "E": 40, "C": 40}) == (
        "moderate"
    )
    assert differentiation_level({"R": 50, "I": 45, "A": 40, "S": 40, "E": 40, "C": 40}) == "low"


def test_flat_profiles_are_recognised_low_middle_and_high():
    assert flat_profile({letter: 10 for letter in LETTERS}) == "low"
    assert flat_profile({letter: 50 for letter in LETTERS}) == "middle"
    assert flat_profile({"R": 95, "I": 90, "A": 85, "S": 90, "E": 88, "C": 81}) == "high"
    assert flat_profile({"R": 95, "I": 20, "A": 85, "S": 90, "E": 88, "C": 81}) is None


def test_random_answers_give_a_valid_code():
    rnd = random.Random(7)
    scores = score_answers([(rnd.choice(LETTERS), rnd.randint(0, 4)) for _ in range(60)])
    code = holland_code(scores.percents).letters
    assert len(code) == 3 and len(set(code)) == 3 and set(code) <= set(LETTERS)
