"""Loading the embedded default item bank and questionnaires from fixtures/questionnaires.json.

Only missing questionnaires are created (by slug); existing ones, perhaps edited by staff,
are left alone, so running it again changes nothing, except that blank Spanish texts of the
default questionnaires and items are filled in (staff's Spanish is never replaced).
Questionnaires of one bank share its items: an item already in the database (same bank and
wording) is reused, not copied.
"""

import json
from pathlib import Path

from django.db import transaction

from occupations.defaults import fill_translations
from occupations.models import InterestArea
from quiz.models import FormItem, Item, Questionnaire


@transaction.atomic
def load_questionnaires(*, fixtures_dir: Path) -> int:
    data = json.loads((fixtures_dir / "questionnaires.json").read_text(encoding="utf-8"))
    areas = {area.letter: area for area in InterestArea.objects.all()}
    existing = Questionnaire.objects.in_bulk(field_name="slug")
    fill_translations(existing, {entry["slug"]: entry for entry in data["questionnaires"]})
    for bank, entries in data["banks"].items():
        stored = {item.text: item for item in Item.objects.filter(bank=bank)}
        fill_translations(stored, {entry["text"]: entry for entry in entries})
    items: dict[str, dict[str, Item]] = {}
    created = 0
    for position, entry in enumerate(data["questionnaires"]):
        if entry["slug"] in existing:
            continue
        bank = entry["bank"]
        if bank not in items:
            items[bank] = _bank_items(bank, data["banks"][bank], areas)
        questionnaire = Questionnaire.objects.create(
            slug=entry["slug"],
            title=entry["title"],
            title_es=entry.get("title_es", ""),
            description=entry["description"],
            description_es=entry.get("description_es", ""),
            minutes=entry["minutes"],
            order=position,
        )
        FormItem.objects.bulk_create(
            FormItem(questionnaire=questionnaire, item=items[bank][key], order=order)
            for order, key in enumerate(entry["items"], start=1)
        )
        created += 1
    return created


def _bank_items(bank: str, entries: list[dict], areas: dict) -> dict[str, Item]:
    """The bank's items by fixture key, creating those not in the database yet."""
    stored = {item.text: item for item in Item.objects.filter(bank=bank)}
    found = {}
    for entry in entries:
        item = stored.get(entry["text"])
        if item is None:
            item = Item.objects.create(
                bank=bank,
                text=entry["text"],
                text_es=entry.get("text_es", ""),
                area=areas[entry["area"]],
                reference_soc_code=entry["reference_soc_code"],
                job_zone=entry["job_zone"],
            )
        found[entry["key"]] = item
    return found
