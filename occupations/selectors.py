"""Reads used across apps: matching a person's scores to the catalogue."""

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from django.db import connection

from occupations.areas import LETTERS
from occupations.matching import ProfileMatrix, fit_label, is_flat
from occupations.models import InterestArea, Occupation

PROFILE_FIELDS = tuple(f"interest_{letter.lower()}" for letter in LETTERS)


@dataclass(frozen=True)
class Match:
    occupation: Occupation
    fit: int
    shared: tuple[str, ...]
    ceiling: str | None = None

    @property
    def label(self) -> str:
        return fit_label(self.fit, self.ceiling)


@dataclass(frozen=True)
class MatchList:
    matches: list[Match]
    total: int
    flat: bool


@dataclass(frozen=True)
class _Catalogue:
    matrix: ProfileMatrix
    ids: np.ndarray
    job_zones: np.ndarray
    codes: np.ndarray


_cache: dict[tuple, _Catalogue] = {}


def catalogue_version_sql() -> str:
    """Three SQL scalars that change whenever an occupation or interest area is added, removed
    or saved.

    Importers and admin saves move updated_at, so anything keyed on them stays fresh. Pages
    that run it on every request embed it in their own query: plain SQL, no ORM compiling.
    """
    occupations = connection.ops.quote_name(Occupation._meta.db_table)
    areas = connection.ops.quote_name(InterestArea._meta.db_table)
    return (
        f"(SELECT COUNT(*) FROM {occupations}), (SELECT MAX(updated_at) FROM {occupations}), "
        f"(SELECT MAX(updated_at) FROM {areas})"
    )


def version_from_row(row) -> tuple:
    count, occupations_changed, areas_changed = row
    return (count, str(occupations_changed or ""), str(areas_changed or ""))


def catalogue_version() -> tuple:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {catalogue_version_sql()}")
        return version_from_row(cursor.fetchone())


def _catalogue(version: tuple | None = None) -> _Catalogue:
    """Profiles of every occupation, rebuilt only when the catalogue has changed."""
    key = version or catalogue_version()
    cached = _cache.get(key)
    if cached is None:
        rows = list(
            Occupation.objects.with_profiles()
            .order_by("title", "soc_code")
            .values_list("id", "high_point_code", "job_zone", *PROFILE_FIELDS)
        )
        codes = [row[1] or "" for row in rows]
        cached = _Catalogue(
            matrix=ProfileMatrix([row[3:] for row in rows], codes),
            ids=np.array([row[0] for row in rows], dtype=np.int64),
            job_zones=np.array([row[2] or 0 for row in rows]),
            codes=np.array(codes),
        )
        _cache.clear()
        _cache[key] = cached
    return cached


def match_occupations(
    scores: Mapping[str, float],
    code: str,
    *,
    job_zone: int | None = None,
    area: str | None = None,
    limit: int = 20,
    version: tuple | None = None,
    ceiling: str | None = None,
) -> MatchList:
    """Occupations ranked by fit to ``scores`` (any non-negative scale), best first.

    ``ceiling`` caps the fit labels, for a person whose profile says little (low or flat).
    """
    catalogue = _catalogue(version)
    allowed = np.ones(catalogue.matrix.size, dtype=bool)
    if job_zone:
        allowed &= catalogue.job_zones == job_zone
    if area:
        allowed &= np.char.find(catalogue.codes, area) >= 0
    ranked = catalogue.matrix.rank(scores, code, limit=limit, allowed=allowed)
    ids = [int(catalogue.ids[r.index]) for r in ranked]
    occupations = Occupation.objects.in_bulk(ids)
    top = set(code[:3])
    matches = [
        Match(
            occupation=occupations[occupation_id],
            fit=r.fit,
            shared=tuple(
                letter for letter in occupations[occupation_id].high_point_code if letter in top
            ),
            ceiling=ceiling,
        )
        for occupation_id, r in zip(ids, ranked, strict=True)
        if occupation_id in occupations
    ]
    return MatchList(matches=matches, total=int(allowed.sum()), flat=is_flat(scores))
