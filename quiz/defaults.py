"""Loading the embedded default questionnaires from fixtures/questionnaires.json.

Only missing questionnaires are created (by slug); existing ones, perhaps edited by staff,
are left alone, so running it again changes nothing.
"""

import json
from pathlib import Path

from django.db import transaction

from occupations.models import InterestArea
from quiz.models import Item, Questionnaire


@transaction.atomic
def load_questionnaires(*, fixtures_dir: Path) -> int:
    data = json.loads((fixtures_dir / "questionnaires.json").read_text(encoding="utf-8"))
    areas = {area.letter: area for area in InterestArea.objects.all()}
    existing = set(Questionnaire.objects.values_list("slug", flat=True))
    created = 0
    for position, entry in enumerate(data["questionnaires"]):
        if entry["slug"] in existing:
            continue
        questionnaire = Questionnaire.objects.create(
            slug=entry["slug"],
            title=entry["title"],
            description=entry["description"],
            minutes=entry["minutes"],
            order=position,
        )
        Item.objects.bulk_create(
            Item(questionnaire=questionnaire, order=n, text=item["text"], area=areas[item["area"]])
            for n, item in enumerate(entry["items"], start=1)
        )
        created += 1
    return created
