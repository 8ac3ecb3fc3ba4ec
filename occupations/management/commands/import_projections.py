from decimal import Decimal
from pathlib import Path

from occupations.importers.projections import import_projections
from occupations.management.commands._importing import ImportCommand


class Command(ImportCommand):
    help = (
        "Import a BLS Employment Projections occupation table (CSV as exported from the BLS "
        "site): base-year employment, projected change, openings, education and training."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="e.g. occupation-projections-2020-30.csv")
        parser.add_argument(
            "--average-growth",
            type=Decimal,
            help="projected growth of all occupations over the period, in percent "
            "(known for 2020-30 and 2021-31); used to word the comparison",
        )
        super().add_arguments(parser)

    def handle(self, *args, file: Path, average_growth: Decimal | None, overwrite: bool, **options):
        self.run_import(
            "Projections",
            import_projections,
            path=file,
            average_growth=average_growth,
            overwrite=overwrite,
        )
