import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.scoring import (
    LETTERS,
    MOST_ALTERNATIVES,
    consistency,
    differentiation_level,
    holland_code,
    iachan,
    read_profile,
    score_answers,
    spread,
)
from quiz.wording import describe_code, statements

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
    assert describe_code(code) == "E, C, then R"


def test_ties_follow_riasec_order_and_are_described_honestly():
    code = holland_code({"R": 50, "I": 50, "A": 5, "S": 20, "E": 90, "C": 70})
    assert code.letters == "ECR"
    assert code.has_tie_in_code
    assert describe_code(code) == "E, C, then R and I tied"
    names = {"E": "Persuading", "C": "Organizing", "R": "Building", "I": "Thinking"}
    assert describe_code(code, names) == "Persuading, Organizing, then Building and Thinking tied"


def test_tie_at_the_top():
    code = holland_code({"R": 10, "I": 10, "A": 80, "S": 80, "E": 80, "C": 80})
    assert code.letters == "ASE"
    assert describe_code(code) == "A, S, E and C tied"


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


def test_differentiation_is_highest_minus_lowest_and_iachans_index():
    profile = {"R": 90, "I": 10, "A": 10, "S": 10, "E": 10, "C": 10}
    assert spread(profile) == 80.0
    assert iachan(profile) == 80.0  # 90 - (10 + 10) / 2
    runner_up = {"R": 10, "I": 10, "A": 20, "S": 30, "E": 90, "C": 90}
    assert spread(runner_up) == 80.0
    assert iachan(runner_up) == 35.0  # 90 - (90 + 20) / 2: a close second counts
    assert differentiation_level(profile) == "high"
    assert differentiation_level({"R": 60, "I": 40, "A": 40, "S": 40, "E": 40, "C": 30}) == (
        "moderate"
    )
    assert differentiation_level({"R": 60, "I": 55, "A": 50, "S": 40, "E": 40, "C": 30}) == "low"
    # Within the flat range a profile is never differentiated, whatever the index says.
    assert differentiation_level({"R": 65, "I": 50, "A": 50, "S": 50, "E": 50, "C": 50}) == "low"


def test_building_only_dislike_is_low_and_a_weak_guide():
    reading = read_profile({"R": 25.0, "I": 0.0, "A": 0.0, "S": 0.0, "E": 0.0, "C": 0.0})
    assert reading.low and not reading.flat
    assert reading.guidance == "weak"
    assert [key for key, _ in statements(reading)] == ["low", "tie"]
    assert reading.consistency is None  # I, A, S, E and C tie for second place
    assert reading.several_codes and reading.code_alternatives == []


def test_e_and_c_tied_on_top_reports_both_orders_and_no_lead():
    reading = read_profile({"R": 40, "I": 10, "A": 5, "S": 20, "E": 90, "C": 90})
    assert reading.code.letters == "ECR"
    assert reading.code_alternatives == ["ECR", "CER"]
    assert reading.consistency is None
    text = " ".join(sentence for _, sentence in statements(reading))
    assert "any of ECR and CER" in text
    assert "well ahead" not in text
    assert "E and C are tied" in text


def test_a_tie_straddling_third_place_lists_every_code_it_allows():
    reading = read_profile({"R": 50, "I": 50, "A": 5, "S": 20, "E": 90, "C": 70})
    assert reading.code_alternatives == ["ECR", "ECI"]
    assert reading.consistency == "adjacent"
    three_way = read_profile({"R": 50, "I": 50, "A": 50, "S": 20, "E": 90, "C": 10})
    assert three_way.code_alternatives == ["ERI", "ERA", "EIR", "EIA", "EAR", "EAI"]
    assert not three_way.several_codes
    four_way = read_profile({"R": 50, "I": 50, "A": 50, "S": 50, "E": 90, "C": 10})
    assert four_way.alternative_count == 12 and four_way.several_codes


def test_all_unsure_is_flat_not_low():
    reading = read_profile(dict.fromkeys(LETTERS, 50.0))
    assert reading.flat and not reading.low and reading.level == "middle"
    assert reading.differentiation == "low" and reading.consistency is None
    assert [key for key, _ in statements(reading)][0] == "flat"


def test_clear_profile_is_a_clear_guide():
    reading = read_profile({"R": 90, "I": 60, "A": 10, "S": 20, "E": 30, "C": 40})
    assert reading.guidance == "clear"
    assert reading.consistency == "adjacent"
    keys = [key for key, _ in statements(reading)]
    assert keys == ["differentiation", "consistency"]


percents_strategy = st.fixed_dictionaries(
    {letter: st.sampled_from([x * 2.5 for x in range(41)]) for letter in LETTERS}
)


@given(percents_strategy)
def test_no_sentence_contradicts_another(percents):
    reading = read_profile(percents)
    said = dict(statements(reading))
    text = " ".join(said.values())
    keys = [key for key, _ in statements(reading)]
    assert len(keys) == len(set(keys))
    if reading.top_tied:
        assert "well ahead" not in text
        assert "tie" in said
    if reading.low or reading.flat:
        assert "clear guide" not in text and "well ahead" not in text
        assert "differentiation" not in said
        assert reading.guidance == "weak"
    else:
        assert "differentiation" in said
    assert ("low" in said) == reading.low
    assert ("flat" in said) == reading.flat
    if "well ahead" in text:
        assert reading.guidance == "clear" and not reading.top_tied
    groups = reading.code.groups
    if len(groups[0]) > 1 or len(groups[1]) > 1:
        assert reading.consistency is None and "consistency" not in said
    if reading.low:
        assert "consistency" not in said


@given(percents_strategy)
def test_code_alternatives_are_every_reading_of_the_ties(percents):
    reading = read_profile(percents)
    assert reading.alternatives[0] == reading.code.letters
    assert (reading.alternative_count > 1) == reading.code.has_tie_in_code
    ranked = sorted(percents.values(), reverse=True)[:3]
    for letters in reading.alternatives:
        assert [percents[letter] for letter in letters] == ranked
    if reading.alternative_count <= MOST_ALTERNATIVES:
        assert len(reading.code_alternatives) == reading.alternative_count
        assert "several" not in dict(statements(reading)).get("tie", "")
    else:
        assert reading.code_alternatives == []
        assert "several" in dict(statements(reading))["tie"]


def test_random_answers_give_a_valid_code():
    rnd = random.Random(7)
    scores = score_answers([(rnd.choice(LETTERS), rnd.randint(0, 4)) for _ in range(60)])
    code = holland_code(scores.percents).letters
    assert len(code) == 3 and len(set(code)) == 3 and set(code) <= set(LETTERS)
