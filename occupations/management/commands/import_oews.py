import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from occupations.importers.common import ImportFileError
from occupations.importers.oews import import_wages


class Command(BaseCommand):
    help = (
        "Import employment and wages from a BLS OEWS national file (the .xlsx as published, "
        "or a CSV export of it) into the occupations whose O*NET-SOC code starts with its codes."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="e.g. national_M2024_dl.xlsx")
        parser.add_argument(
            "--year",
            type=int,
            help="survey year (May YYYY); needed when the file name does not say it",
        )
        parser.add_argument(
            "--overwrite", action="store_true", help="replace fields staff edited in admin"
        )

    def handle(self, *args, file: Path, year: int | None, overwrite: bool, **options):
        started = time.monotonic()
        try:
            summary = import_wages(
                path=file, year=year, overwrite=overwrite, progress=self.stdout.write
            )
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        for line in summary.lines():
            self.stdout.write(line)
        self.stdout.write(f"OEWS import finished in {time.monotonic() - started:.1f} s")
