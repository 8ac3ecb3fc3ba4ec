"""Made-up catalogues for tests and `make bench`: defined once, so both measure the same thing.

``random_profiles`` is plain numpy (the benchmark uses it without Django);
``synthetic_occupations`` builds unsaved rows with distinct, valid profiles.
"""

from decimal import Decimal

import numpy as np

from occupations.areas import LETTERS


def random_profiles(size: int, seed: int) -> tuple[np.ndarray, list[str]]:
    """Random O*NET-like profiles (1 to 7) and their high-point codes (top three areas)."""
    rng = np.random.default_rng(seed)
    profiles = np.round(rng.uniform(1, 7, size=(size, 6)), 2)
    top = np.argsort(-profiles, axis=1, kind="stable")[:, :3]
    return profiles, ["".join(LETTERS[k] for k in row) for row in top]


def synthetic_occupations(size: int) -> list:
    """``size`` unsaved careers with distinct profiles and Job Zones; every other one paid."""
    from occupations.models import Occupation

    careers = []
    for n in range(size):
        profile = [
            Decimal(1 + (n * (k + 3) + k * k) % 61 / 10).quantize(Decimal("0.01")) for k in range(6)
        ]
        ranked = sorted(range(6), key=lambda k: (-profile[k], k))
        careers.append(
            Occupation(
                soc_code=f"{11 + n // 10000:02d}-{n % 10000:04d}.00",
                title=f"Synthetic career {n:04d}",
                slug=f"synthetic-career-{n:04d}",
                **{f"interest_{letter.lower()}": profile[k] for k, letter in enumerate(LETTERS)},
                high_point_code="".join(LETTERS[k] for k in ranked[:3]),
                job_zone=1 + n % 5,
                wage_median=Decimal(30000 + 150 * n) if n % 2 == 0 else None,
                wage_year=2024 if n % 2 == 0 else None,
            )
        )
    return careers
