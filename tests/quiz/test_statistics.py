import pytest

from quiz.statistics import (
    ItemStatistics,
    correlation,
    cronbach_alpha,
    sample_sd,
    sample_variance,
    scale_statistics,
)

# Worked example, computed by hand: 4 respondents x 3 items (a, b, c).
#
#        a  b  c  total
#   P1   4  3  3   10
#   P2   3  4  1    8
#   P3   1  2  2    5
#   P4   0  1  2    3
#
# Totals: mean 26/4 = 6.5; deviations 3.5, 1.5, -1.5, -3.5; squares sum to 29;
#   sample variance 29/3 = 9.667; SD sqrt(9.667) = 3.109.
# Item variances (sample): a mean 2, deviations 2 1 -1 -2, squares 10 -> 10/3;
#   b mean 2.5, deviations .5 1.5 -.5 -1.5, squares 5 -> 5/3;
#   c mean 2, deviations 1 -1 0 0, squares 2 -> 2/3. Sum 17/3.
# Cronbach's alpha = k/(k-1) * (1 - 17/3 / 29/3) = 3/2 * 12/29 = 18/29 = 0.621.
# Corrected item-total correlations (item against the sum of the other two):
#   a: rest 6 5 4 3 (mean 4.5, deviations 1.5 .5 -.5 -1.5, squares 5);
#      cross products 2*1.5 + 1*.5 + -1*-.5 + -2*-1.5 = 7; r = 7 / sqrt(10 * 5) = 0.990
#   b: rest 7 4 3 2 (mean 4, deviations 3 0 -1 -2, squares 14);
#      cross products .5*3 + 1.5*0 + -.5*-1 + -1.5*-2 = 5; r = 5 / sqrt(5 * 14) = 0.598
#   c: rest 7 7 3 1 (mean 4.5, deviations 2.5 2.5 -1.5 -3.5, squares 27);
#      cross products 1*2.5 + -1*2.5 + 0 + 0 = 0; r = 0.000, under .30: flagged.
# Answer distributions (counts of 0, 1, 2, 3, 4): a 1 1 0 1 1; b 0 1 1 1 1; c 0 1 2 1 0.
EXAMPLE = [[4, 3, 3], [3, 4, 1], [1, 2, 2], [0, 1, 2]]


def test_worked_example_scale_statistics():
    stats = scale_statistics(EXAMPLE, 3)
    assert stats.count == 4
    assert stats.mean == 6.5
    assert round(stats.sd, 3) == 3.109
    assert round(stats.alpha, 3) == 0.621
    assert stats.alpha == pytest.approx(18 / 29)


def test_worked_example_items():
    items = scale_statistics(EXAMPLE, 3).items
    assert [item.mean for item in items] == [2.0, 2.5, 2.0]
    assert [item.distribution for item in items] == [
        (1, 1, 0, 1, 1),
        (0, 1, 1, 1, 1),
        (0, 1, 2, 1, 0),
    ]
    assert [round(item.corrected_item_total, 3) for item in items] == [0.990, 0.598, 0.0]
    assert [item.needs_review for item in items] == [False, False, True]


def test_variance_and_sd_are_sample_statistics():
    assert sample_variance([10, 8, 5, 3]) == pytest.approx(29 / 3)
    assert sample_sd([1, 3]) == pytest.approx(2**0.5)


def test_correlation_of_exactly_point_three_is_not_flagged():
    # Items [4, 3, 1, 0] and rest [4, 7, 6, 3]: cross products 3, squares 10 and 10,
    # r = 3 / sqrt(100) = 0.300, which is not under .30.
    matrix = [[4, 3, 1], [3, 4, 3], [1, 2, 4], [0, 1, 2]]
    first = scale_statistics(matrix, 3).items[0]
    assert round(first.corrected_item_total, 3) == 0.3
    assert first.needs_review is False
    assert ItemStatistics(mean=2.0, distribution=(), corrected_item_total=0.2995).needs_review


def test_fewer_than_two_results_give_no_spread_without_errors():
    one = scale_statistics([[4, 2, 1]], 3)
    assert (one.count, one.mean, one.sd, one.alpha) == (1, 7.0, None, None)
    assert [item.corrected_item_total for item in one.items] == [None, None, None]
    assert [item.needs_review for item in one.items] == [False, False, False]
    none = scale_statistics([], 3)
    assert (none.count, none.mean, none.sd, none.alpha) == (0, None, None, None)
    assert none.items[0] == ItemStatistics(
        mean=None, distribution=(0, 0, 0, 0, 0), corrected_item_total=None
    )


def test_zero_variance_gives_undefined_alpha_and_correlations():
    same = scale_statistics([[2, 2], [2, 2], [2, 2]], 2)
    assert (same.mean, same.sd, same.alpha) == (4.0, 0.0, None)
    assert [item.corrected_item_total for item in same.items] == [None, None]
    # One item that never varies: its correlation is undefined, the other's too (its rest).
    mixed = scale_statistics([[0, 3], [4, 3], [2, 3]], 2)
    assert [item.corrected_item_total for item in mixed.items] == [None, None]
    assert round(mixed.alpha, 3) == 0.0


def test_alpha_needs_two_items():
    assert cronbach_alpha([[1], [3]], 1) is None
    assert scale_statistics([[1], [3]], 1).items[0].corrected_item_total is None


def test_bad_input_is_refused_clearly():
    with pytest.raises(ValueError, match="row 2 has 2 answers, expected 3"):
        scale_statistics([[1, 2, 3], [1, 2]], 3)
    with pytest.raises(ValueError, match="outside 0-4"):
        scale_statistics([[1, 5]], 2)
    with pytest.raises(ValueError, match="3 values cannot be paired with 2"):
        correlation([1, 2, 3], [1, 2])


def test_f_quantiles_match_published_tables():
    from quiz.statistics import f_quantile

    assert f_quantile(0.95, 10, 20) == pytest.approx(2.348, abs=0.001)
    assert f_quantile(0.975, 5, 10) == pytest.approx(4.236, abs=0.001)
    assert f_quantile(0.05, 10, 20) == pytest.approx(1 / 2.774, abs=0.001)


def test_feldt_interval_for_alpha():
    from quiz.statistics import alpha_interval

    low, high = alpha_interval(0.8, 100, 10)
    # 1 - 0.2 * F(.975; 99, 891) and 1 - 0.2 * F(.025; 99, 891).
    assert (round(low, 3), round(high, 3)) == (0.736, 0.854)
    narrower = alpha_interval(0.8, 1000, 10)
    assert low < narrower[0] < 0.8 < narrower[1] < high
    assert alpha_interval(None, 100, 10) is None
    assert alpha_interval(0.8, 2, 10) is None
    assert scale_statistics(EXAMPLE, 3).alpha_interval == alpha_interval(
        scale_statistics(EXAMPLE, 3).alpha, len(EXAMPLE), 3
    )
