from django.core.management.base import BaseCommand

from careerquiz.defaults import FIXTURES_DIR
from occupations.cache import catalogue_changed
from occupations.defaults import load_areas, load_catalogue
from quiz.defaults import load_questionnaires


class Command(BaseCommand):
    help = (
        "Load the embedded default data (interest areas, questionnaires, career catalogue). "
        "Creates only what is missing and fills blank Spanish texts and other names where ours "
        "exist, never what staff wrote or cleared; running it again changes nothing."
    )

    def handle(self, *args, **options) -> None:
        areas = load_areas(fixtures_dir=FIXTURES_DIR)
        questionnaires = load_questionnaires(fixtures_dir=FIXTURES_DIR)
        occupations = load_catalogue(fixtures_dir=FIXTURES_DIR)
        catalogue_changed()
        self.stdout.write(
            f"Default data: {areas} interest areas, {questionnaires} questionnaires and "
            f"{occupations} occupations created; existing records kept, blank Spanish texts and "
            "other names filled where ours exist."
        )
