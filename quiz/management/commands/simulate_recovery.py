from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from quiz.recovery import run_study, write_study


class Command(BaseCommand):
    help = (
        "Simulate respondents from the occupations' O*NET interest profiles at several noise "
        "levels, answer each offered form, and report how often their own occupation comes "
        "back among the top 1, 5 and 20 matches. Writes SIMULATION.md and simulation.json."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--repeats", type=int, default=5, help="People per occupation.")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--output", type=Path, default=Path(settings.BASE_DIR) / "docs", metavar="DIR"
        )

    def handle(self, *args, repeats: int, seed: int, output: Path, **options) -> None:
        if repeats < 1:
            raise CommandError("--repeats must be at least 1.")
        study = run_study(repeats=repeats, seed=seed)
        if not study["occupations"] or not study["forms"]:
            raise CommandError("Nothing to simulate: load occupations and questionnaires first.")
        report, data = write_study(study, output)
        self.stdout.write(
            f"Simulated {study['occupations']} occupations; wrote {report} and {data}."
        )
