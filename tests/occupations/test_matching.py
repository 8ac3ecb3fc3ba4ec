import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from occupations.areas import LETTERS
from occupations.matching import ProfileMatrix, fit_label, is_flat

PROFILES = {
    "11-3051.00": ([4.23, 2.94, 1.33, 1.83, 5.92, 5.29], "ECR"),
    "29-1141.00": ([2.5, 4.8, 1.9, 6.7, 2.3, 3.1], "SIC"),
    "27-1024.00": ([2.0, 2.6, 7.0, 1.8, 2.7, 2.5], "AEI"),
    "47-2111.00": ([6.9, 3.3, 1.2, 1.3, 2.0, 3.1], "RCI"),
    "13-2011.00": ([1.4, 3.1, 1.2, 1.8, 3.6, 6.9], "CEI"),
}


def build() -> ProfileMatrix:
    return ProfileMatrix([p for p, _ in PROFILES.values()], [c for _, c in PROFILES.values()])


def person(values) -> dict[str, float]:
    return dict(zip(LETTERS, values, strict=True))


@pytest.mark.parametrize("index", range(len(PROFILES)))
def test_an_occupations_own_profile_ranks_it_first_with_perfect_fit(index):
    profile, code = list(PROFILES.values())[index]
    ranked = build().rank(person(profile), code)
    assert ranked[0].index == index
    assert ranked[0].fit == 100 and ranked[0].label == "Great"


@given(
    st.lists(st.integers(0, 40), min_size=6, max_size=6).filter(lambda v: len(set(v)) > 1),
    st.floats(0.1, 50),
    st.floats(0, 100),
)
def test_scaling_or_shifting_a_persons_scores_keeps_the_order(values, factor, shift):
    matrix = build()
    code = "".join(sorted(LETTERS, key=lambda x: -values[LETTERS.index(x)])[:3])
    base = [r.index for r in matrix.rank(person(values), code)]
    scaled = [r.index for r in matrix.rank(person([v * factor + shift for v in values]), code)]
    assert base == scaled


def test_level_does_not_matter_only_shape():
    matrix = build()
    low = matrix.rank(person([1, 0, 0, 0, 3, 2]), "ECR")
    high = matrix.rank(person([31, 30, 30, 30, 33, 32]), "ECR")
    assert [r.index for r in low] == [r.index for r in high]
    assert low[0].index == 0


def test_ties_are_broken_by_agreement_of_first_letters():
    matrix = ProfileMatrix([[1, 2, 3, 4, 5, 6]] * 3, ["CEA", "ECS", "ESC"])
    ranked = matrix.rank(person([0, 1, 2, 3, 4, 5]), "ECS")
    assert [r.index for r in ranked] == [1, 2, 0]


def test_flat_person_is_ranked_by_their_top_area():
    matrix = build()
    assert is_flat(person([20] * 6))
    ranked = matrix.rank(person([20] * 6), "CRI")
    assert ranked[0].index == 4  # accountants: highest Conventional value
    assert all(r.fit == 0 for r in ranked)


def test_filter_and_limit():
    matrix = build()
    allowed = np.array([True, False, True, False, True])
    ranked = matrix.rank(
        person([4.23, 2.94, 1.33, 1.83, 5.92, 5.29]), "ECR", limit=2, allowed=allowed
    )
    assert [r.index for r in ranked] == [0, 4]


def test_fit_labels():
    assert [fit_label(f) for f in (100, 75, 74, 50, 49, 25, 24, 0)] == [
        "Great",
        "Great",
        "Good",
        "Good",
        "Fair",
        "Fair",
        "Weak",
        "Weak",
    ]


def test_empty_catalogue_ranks_nothing():
    assert ProfileMatrix([], []).rank(person([1, 2, 3, 4, 5, 6]), "CES") == []


def test_a_ceiling_caps_labels_but_never_raises_them():
    assert [fit_label(fit) for fit in (97, 60, 30, 5)] == ["Great", "Good", "Fair", "Weak"]
    assert [fit_label(fit, "Good") for fit in (97, 60, 30, 5)] == ["Good", "Good", "Fair", "Weak"]
