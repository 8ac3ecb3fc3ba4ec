from pathlib import Path

from occupations.importers.oews import import_wages
from occupations.management.commands._importing import ImportCommand


class Command(ImportCommand):
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
        super().add_arguments(parser)

    def handle(self, *args, file: Path, year: int | None, overwrite: bool, **options):
        self.run_import("OEWS", import_wages, path=file, year=year, overwrite=overwrite)
