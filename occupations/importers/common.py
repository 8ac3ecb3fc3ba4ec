"""What every importer shares: the error for bad input, the summary, progress and saving."""

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from django.utils import timezone

from occupations.models import Occupation

T = TypeVar("T")
Progress = Callable[[str], None]
PROGRESS_EVERY = 5000


def no_progress(message: str) -> None:
    pass


class ImportFileError(Exception):
    """Bad input: names the file, the line (or spreadsheet row) and the problem."""

    def __init__(self, path: Path | str, problem: str, *, line: int | None = None, unit="line"):
        self.path = Path(path)
        self.line = line
        self.problem = problem
        where = f"{path}, {unit} {line}" if line else str(path)
        super().__init__(f"{where}: {problem}")


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = [
            f"{self.created:,} created, {self.updated:,} updated, {self.unchanged:,} unchanged, "
            f"{self.skipped.total():,} skipped"
        ]
        lines += [
            f"  skipped {count:,}: {reason}" for reason, count in sorted(self.skipped.items())
        ]
        return lines + self.notes


def counted(rows: Iterable[T], *, label: str, progress: Progress) -> Iterator[T]:
    """Yield rows, reporting a running count every PROGRESS_EVERY rows and the total at the end."""
    count = 0
    for count, row in enumerate(rows, start=1):
        if count % PROGRESS_EVERY == 0:
            progress(f"{label}: {count:,} rows read")
        yield row
    progress(f"{label}: {count:,} rows")


def kept(occupation: Occupation, name: str, *, overwrite: bool) -> bool:
    """Whether staff edited this field in admin, so an import must leave it alone."""
    return not overwrite and name in occupation.edited_fields


def apply_values(occupation: Occupation, values: dict, *, overwrite: bool) -> set[str]:
    """Set the imported values that differ, except staff edits; return the changed fields.

    With overwrite, the overwritten fields stop counting as staff edits, so later imports keep
    them current.
    """
    changed = set()
    for name, value in values.items():
        if not kept(occupation, name, overwrite=overwrite) and getattr(occupation, name) != value:
            setattr(occupation, name, value)
            changed.add(name)
    if overwrite and forget_edits(occupation, values.keys()):
        changed.add("edited_fields")
    return changed


def forget_edits(occupation: Occupation, names: Iterable[str]) -> bool:
    """Drop names from edited_fields once an import has overwritten them; True if any were."""
    names = set(names)
    remaining = [name for name in occupation.edited_fields if name not in names]
    if len(remaining) == len(occupation.edited_fields):
        return False
    occupation.edited_fields = remaining
    return True


def save_changed(occupations: Sequence[Occupation], fields: Iterable[str]) -> None:
    """bulk_update the given fields, and updated_at, which bulk_update does not set by itself.

    The matching cache is keyed on updated_at, so every changed row must get a new one.
    """
    now = timezone.now()
    for occupation in occupations:
        occupation.updated_at = now
    Occupation.objects.bulk_update(occupations, sorted({*fields, "updated_at"}))


def chunks(items: Sequence[T], size: int = 500) -> Iterator[Sequence[T]]:
    # Keeps `id__in` lists under SQLite's limit on query parameters.
    for start in range(0, len(items), size):
        yield items[start : start + size]
