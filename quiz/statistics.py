"""Item statistics of the interest scales: plain Python, no Django.

A scale is one interest area of one questionnaire. Its data is a matrix with one row per
finished result and one column per item, each cell an answer from 0 to 4.

Variances and standard deviations are sample statistics (divided by n - 1), as item analyses
usually report them. Cronbach's alpha and correlations come out the same either way, because
the divisor cancels. Sums of integer answers are kept as integers until the last division, so
"does not vary" is an exact zero test, not a floating-point guess.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from math import exp, lgamma, log, sqrt

SCALE_VALUES: tuple[int, ...] = (0, 1, 2, 3, 4)
# The usual rule of thumb in scale development: an item whose corrected item-total
# correlation is under .30 measures something other than the rest of its scale.
REVIEW_BELOW = 0.30

Matrix = Sequence[Sequence[int]]


def mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _spread(values: Sequence[int]) -> int:
    """n * sum(x^2) - (sum x)^2, which is n(n-1) times the sample variance."""
    return len(values) * sum(v * v for v in values) - sum(values) ** 2


def sample_variance(values: Sequence[int]) -> float | None:
    """Sample variance (divided by n - 1); None for fewer than two values."""
    n = len(values)
    if n < 2:
        return None
    return _spread(values) / (n * (n - 1))


def sample_sd(values: Sequence[int]) -> float | None:
    """Sample standard deviation (divided by n - 1); None for fewer than two values."""
    variance = sample_variance(values)
    return None if variance is None else sqrt(variance)


def correlation(x: Sequence[int], y: Sequence[int]) -> float | None:
    """Pearson's r; None when there are fewer than two pairs or either side does not vary."""
    if len(x) != len(y):
        raise ValueError(f"{len(x)} values cannot be paired with {len(y)}")
    n = len(x)
    if n < 2:
        return None
    spread_x, spread_y = _spread(x), _spread(y)
    if spread_x == 0 or spread_y == 0:
        return None
    covariance = n * sum(a * b for a, b in zip(x, y, strict=True)) - sum(x) * sum(y)
    return covariance / sqrt(spread_x * spread_y)


def totals(matrix: Matrix) -> list[int]:
    return [sum(row) for row in matrix]


def columns(matrix: Matrix, width: int) -> list[list[int]]:
    return [[row[column] for row in matrix] for column in range(width)]


def cronbach_alpha(matrix: Matrix, width: int) -> float | None:
    """k/(k-1) * (1 - sum of the item variances / variance of the totals).

    None when there are fewer than two items or two rows, or when the totals do not vary.
    """
    if width < 2 or len(matrix) < 2:
        return None
    total_spread = _spread(totals(matrix))
    if total_spread == 0:
        return None
    item_spread = sum(_spread(column) for column in columns(matrix, width))
    return width / (width - 1) * (1 - item_spread / total_spread)


def corrected_item_total(matrix: Matrix, column: int) -> float | None:
    """Correlation of one item with the sum of the scale's other items."""
    item = [row[column] for row in matrix]
    rest = [total - value for total, value in zip(totals(matrix), item, strict=True)]
    return correlation(item, rest)


def distribution(values: Sequence[int]) -> tuple[int, ...]:
    """How many answers there were of each value 0..4."""
    return tuple(sum(1 for v in values if v == scale_value) for scale_value in SCALE_VALUES)


def _beta_fraction(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz's method)."""
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 500):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1 + numerator * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1) < 1e-12:
            break
    return result


def beta_cdf(x: float, a: float, b: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(1 - x))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_fraction(a, b, x) / a
    return 1 - front * _beta_fraction(b, a, 1 - x) / b


def f_quantile(p: float, d1: float, d2: float) -> float:
    """The value below which a share ``p`` of the F(d1, d2) distribution lies."""
    low, high = 0.0, 1.0
    for _ in range(100):  # bisection on the beta variable x = d1 F / (d1 F + d2)
        middle = (low + high) / 2
        if beta_cdf(middle, d1 / 2, d2 / 2) < p:
            low = middle
        else:
            high = middle
    x = (low + high) / 2
    return d2 * x / (d1 * (1 - x))


def alpha_interval(
    alpha: float | None, count: int, width: int, level: float = 0.95
) -> tuple[float, float] | None:
    """Feldt's (1965) confidence interval for Cronbach's alpha.

    (1 - alpha) / (1 - alpha_hat) follows F with n - 1 and (n - 1)(k - 1) degrees of freedom,
    so the bounds are 1 - (1 - alpha_hat) * F at the upper and lower tail. None when alpha is
    undefined or there are fewer than three results.
    """
    if alpha is None or count < 3 or width < 2:
        return None
    d1, d2 = count - 1, (count - 1) * (width - 1)
    tail = (1 - level) / 2
    return (
        1 - (1 - alpha) * f_quantile(1 - tail, d1, d2),
        1 - (1 - alpha) * f_quantile(tail, d1, d2),
    )


@dataclass(frozen=True)
class ItemStatistics:
    mean: float | None
    distribution: tuple[int, ...]
    corrected_item_total: float | None

    @property
    def needs_review(self) -> bool:
        """Under .30 as shown, to three decimals; an undefined correlation is not flagged."""
        r = self.corrected_item_total
        return r is not None and round(r, 3) < REVIEW_BELOW


@dataclass(frozen=True)
class ScaleStatistics:
    count: int
    mean: float | None
    sd: float | None
    alpha: float | None
    items: tuple[ItemStatistics, ...]

    @property
    def alpha_interval(self) -> tuple[float, float] | None:
        """Feldt's 95% confidence interval for alpha."""
        return alpha_interval(self.alpha, self.count, len(self.items))


def scale_statistics(matrix: Matrix, width: int) -> ScaleStatistics:
    """Statistics of a scale of `width` items; `mean` and `sd` are of the total scores."""
    for number, row in enumerate(matrix, start=1):
        if len(row) != width:
            raise ValueError(f"row {number} has {len(row)} answers, expected {width}")
        if any(value not in SCALE_VALUES for value in row):
            raise ValueError(f"row {number} has an answer outside 0-4: {list(row)}")
    scores = totals(matrix)
    return ScaleStatistics(
        count=len(matrix),
        mean=mean(scores),
        sd=sample_sd(scores),
        alpha=cronbach_alpha(matrix, width),
        items=tuple(
            ItemStatistics(
                mean=mean(values),
                distribution=distribution(values),
                corrected_item_total=corrected_item_total(matrix, column),
            )
            for column, values in enumerate(columns(matrix, width))
        ),
    )
