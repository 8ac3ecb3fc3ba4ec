from pathlib import Path

from django.core.management.base import BaseCommand

from occupations.importers.oews import import_wages
from occupations.management.commands._importing import run_import


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
        run_import(self, "OEWS", import_wages, path=file, year=year, overwrite=overwrite)
