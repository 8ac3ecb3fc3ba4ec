import time
from collections.abc import Callable

from django.core.management.base import BaseCommand, CommandError

from occupations.cache import catalogue_changed
from occupations.importers.common import ImportFileError, ImportSummary


class ImportCommand(BaseCommand):
    """A command that runs one importer: progress and summary to stdout, file errors as one line.

    Subclasses add their input and options to --overwrite, and call run_import from handle.
    """

    overwrite_help = "replace fields staff edited in admin"

    def add_arguments(self, parser):
        parser.add_argument("--overwrite", action="store_true", help=self.overwrite_help)

    def run_import(self, label: str, importer: Callable[..., ImportSummary], **kwargs) -> None:
        started = time.monotonic()
        try:
            summary = importer(progress=self.stdout.write, **kwargs)
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        finally:
            catalogue_changed()  # even a failed import may have saved some records
        for line in summary.lines():
            self.stdout.write(line)
        self.stdout.write(f"{label} import finished in {time.monotonic() - started:.1f} s")
