"""Writes of the career catalogue made by staff."""

from collections.abc import Iterable

from django.db import transaction

from occupations.cache import catalogue_changed
from occupations.models import Occupation


def catalogue_written() -> None:
    """Call inside any write to the catalogue: cached pages retire now, and again once it
    commits, so a page rendered from the old rows in between is never served."""
    catalogue_changed()
    transaction.on_commit(catalogue_changed)


def _merged(existing: Iterable[str], new: Iterable[str]) -> list[str]:
    return sorted({*existing, *new})


@transaction.atomic
def occupation_save(*, occupation: Occupation, changed_fields: Iterable[str]) -> Occupation:
    """Save an occupation edited by staff, adding the changed fields to `edited_fields`.

    Importers leave the fields named there alone unless run with --overwrite.
    """
    occupation.edited_fields = _merged(occupation.edited_fields, changed_fields)
    occupation.save()
    catalogue_written()
    return occupation


@transaction.atomic
def occupation_record_edits(*, occupation: Occupation, fields: Iterable[str]) -> Occupation:
    """Add names to `edited_fields` of a saved occupation, e.g. "duties" after inline edits."""
    merged = _merged(occupation.edited_fields, fields)
    if merged != occupation.edited_fields:
        occupation.edited_fields = merged
        occupation.save(update_fields=["edited_fields", "updated_at"])
    return occupation
