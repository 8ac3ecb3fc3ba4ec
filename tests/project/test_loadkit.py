import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from loadkit import percentile  # noqa: E402


@pytest.mark.parametrize(
    ("fraction", "expected"),
    [(0.5, 5), (0.95, 10), (0.9, 9), (0.1, 1), (0.0, 1), (1.0, 10)],
)
def test_percentile_is_the_nearest_rank(fraction, expected):
    assert percentile([float(n) for n in range(1, 11)], fraction) == expected


def test_percentile_of_one_value_and_of_none():
    assert percentile([7.0], 0.95) == 7.0
    assert percentile([], 0.5) != percentile([], 0.5)  # NaN
