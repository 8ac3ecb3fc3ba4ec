import time
from collections.abc import Callable

from django.core.management.base import BaseCommand, CommandError

from occupations.cache import catalogue_changed
from occupations.importers.common import ImportFileError, ImportSummary


def run_import(command: BaseCommand, label: str, importer: Callable[..., ImportSummary], **kwargs):
    """Run an importer for a command: progress and summary to stdout, file errors as one line."""
    started = time.monotonic()
    try:
        summary = importer(progress=command.stdout.write, **kwargs)
    except ImportFileError as error:
        raise CommandError(str(error)) from None
    finally:
        catalogue_changed()  # even a failed import may have saved some records
    for line in summary.lines():
        command.stdout.write(line)
    command.stdout.write(f"{label} import finished in {time.monotonic() - started:.1f} s")
