"""Updating the catalogue from the BLS files, whose rows are keyed by six-digit SOC code.

A SOC code (11-3051) applies to every O*NET-SOC code that starts with it (11-3051.00, .01, ...).
"""

from collections import defaultdict
from collections.abc import Iterable

from occupations.importers.common import (
    ImportSummary,
    Progress,
    apply_values,
    no_progress,
    save_changed,
)
from occupations.models import Occupation


def occupations_by_soc() -> dict[str, list[Occupation]]:
    """Every occupation under its six-digit SOC code (11-3051 holds 11-3051.00 and .01)."""
    by_soc: dict[str, list[Occupation]] = defaultdict(list)
    for occupation in Occupation.objects.all():
        by_soc[occupation.soc_code[:7]].append(occupation)
    return by_soc


def update_occupations(
    updates: Iterable[tuple[Occupation, dict]],
    *,
    overwrite: bool,
    summary: ImportSummary,
    progress: Progress = no_progress,
) -> None:
    """Apply each occupation's imported values; save the changed ones, count the others."""
    changed: list[Occupation] = []
    fields: set[str] = set()
    for occupation, values in updates:
        names = apply_values(occupation, values, overwrite=overwrite)
        if names:
            changed.append(occupation)
            fields |= names
        else:
            summary.unchanged += 1
    progress(f"Saving {len(changed):,} changed occupations")
    save_changed(changed, fields)
    summary.updated = len(changed)


def note_unmatched(summary: ImportSummary, by_soc: dict[str, list[Occupation]]) -> None:
    """Note the occupations still in by_soc: the file had no row for them."""
    left = sum(len(occupations) for occupations in by_soc.values())
    if left:
        summary.notes.append(f"{left:,} occupations have no row in this file; left as they were")
