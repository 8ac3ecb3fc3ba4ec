from django.core.management.base import BaseCommand, CommandError

from quiz.services import results_purge


class Command(BaseCommand):
    help = (
        "Delete quiz results finished more than DAYS days ago, and unfinished attempts not "
        "touched for DAYS days (the retention policy; run it daily from cron or a timer)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--older-than", type=int, required=True, metavar="DAYS")

    def handle(self, *args, older_than: int, **options) -> None:
        if older_than < 1:
            raise CommandError("--older-than must be a whole number of days, at least 1.")
        finished, unfinished = results_purge(older_than_days=older_than)
        self.stdout.write(
            f"Deleted {finished} results and {unfinished} unfinished attempts older than "
            f"{older_than} days."
        )
