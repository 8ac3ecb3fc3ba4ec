from pathlib import Path

from occupations.importers.onet import import_release
from occupations.management.commands._importing import ImportCommand


class Command(ImportCommand):
    help = (
        "Import an O*NET database text release (the folder of tab-separated .txt files): "
        "occupations, interest profiles, job zones, tasks, related occupations and titles."
    )
    overwrite_help = "replace staff edits and the occupations' own summaries and duties"

    def create_parser(self, prog_name, subcommand, **kwargs):
        # Our --version (the O*NET release) replaces Django's --version (its own version).
        return super().create_parser(prog_name, subcommand, conflict_handler="resolve", **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="folder of the O*NET text release")
        parser.add_argument(
            "--version",
            dest="release",
            help='release name, e.g. "O*NET 29.3" (default: from Read Me.txt or the folder name)',
        )
        super().add_arguments(parser)

    def handle(self, *args, directory: Path, release: str | None, overwrite: bool, **options):
        self.run_import(
            "O*NET", import_release, directory=directory, version=release, overwrite=overwrite
        )
