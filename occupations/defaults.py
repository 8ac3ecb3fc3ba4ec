"""Loading the embedded default areas and catalogue from fixtures/.

Loading only creates what is missing, by natural key (letter, O*NET-SOC code): records that
already exist, perhaps edited by staff, are never changed, so running it again changes nothing.
"""

import json
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from occupations.areas import LETTERS
from occupations.models import (
    Duty,
    Industry,
    InfoLink,
    InterestArea,
    Occupation,
    Quality,
    RelatedOccupation,
)
from occupations.work_styles import EXPLANATIONS

TEXT_SOURCE = "careerquiz editors"
BATCH = 500
# Text fields only the seed record (Industrial Production Managers) has.
SEED_TEXT_FIELDS = (
    "specialties",
    "schedules",
    "education",
    "experience",
    "training",
    "certifications",
)


@transaction.atomic
def load_areas(*, fixtures_dir: Path) -> int:
    """Create the missing areas; give existing ones the Spanish texts they lack."""
    data = json.loads((fixtures_dir / "areas.json").read_text(encoding="utf-8"))
    existing = InterestArea.objects.in_bulk(field_name="letter")
    new = [
        InterestArea(order=position, **area)
        for position, area in enumerate(data)
        if area["letter"] not in existing
    ]
    InterestArea.objects.bulk_create(new)
    fill_translations(existing, {area["letter"]: area for area in data})
    return len(new)


def fill_translations(records: dict, texts: dict) -> None:
    """Set each record's blank Spanish fields from ``texts`` (by the same key); staff's
    Spanish is never replaced."""
    changed, fields = [], set()
    for key, record in records.items():
        for field in record.translated_fields:
            spanish = texts.get(key, {}).get(f"{field}_es")
            if spanish and not getattr(record, f"{field}_es"):
                setattr(record, f"{field}_es", spanish)
                fields.add(f"{field}_es")
                changed.append(record)
    if changed:
        type(next(iter(records.values()))).objects.bulk_update(set(changed), sorted(fields))


@transaction.atomic
def load_catalogue(*, fixtures_dir: Path) -> int:
    """Create the default occupations that are missing, with their lists and related links.

    Facts come from fixtures/catalogue.json (built by scripts/build_catalogue.py with the
    importers from the O*NET 29.3 and BLS files), texts from fixtures/career_texts/*.json and,
    for Industrial Production Managers, fixtures/industrial_production_managers.json. Qualities
    are the career's top O*NET Work Styles (occupations/work_styles.py) unless its text has its
    own. The seed's May 2021 and 2021-31 figures become earlier_figures, shown apart from the
    May 2024 and 2020-30 figures every career has, so lists and sorting compare like with like.
    """
    catalogue = _read(fixtures_dir / "catalogue.json")
    texts = {}
    for path in sorted((fixtures_dir / "career_texts").glob("*.json")):
        texts.update(_read(path))
    seed = _read(fixtures_dir / "industrial_production_managers.json")
    texts[seed["soc_code"]] = seed

    existing = set(Occupation.objects.values_list("soc_code", flat=True))
    slugs = set(Occupation.objects.values_list("slug", flat=True))
    entries = [entry for entry in catalogue if entry["soc_code"] not in existing]
    occupations = []
    for entry in entries:
        occupation = _occupation(entry, texts.get(entry["soc_code"], {}))
        occupation.slug = _unique_slug(occupation, slugs)
        occupations.append(occupation)
    Occupation.objects.bulk_create(occupations, batch_size=BATCH)

    ids = dict(Occupation.objects.values_list("soc_code", "id"))
    rows: dict[type, list] = {Duty: [], Industry: [], Quality: [], InfoLink: []}
    related = []
    for entry in entries:
        occupation_id = ids[entry["soc_code"]]
        text = texts.get(entry["soc_code"], {})
        rows[Duty] += [
            Duty(occupation_id=occupation_id, order=order, text=duty)
            for order, duty in enumerate(text.get("duties", []))
        ]
        rows[Industry] += [
            Industry(occupation_id=occupation_id, order=order, **industry)
            for order, industry in enumerate(text.get("industries", []))
        ]
        rows[Quality] += [
            Quality(occupation_id=occupation_id, order=order, **quality)
            for order, quality in enumerate(_qualities(entry, text))
        ]
        rows[InfoLink] += [
            InfoLink(occupation_id=occupation_id, order=order, **link)
            for order, link in enumerate(text.get("links", []))
        ]
        related += [
            RelatedOccupation(
                from_occupation_id=occupation_id, to_occupation_id=ids[code], order=order
            )
            for order, code in enumerate(code for code in entry["related"] if code in ids)
        ]
    for model, objects in rows.items():
        model.objects.bulk_create(objects, batch_size=BATCH)
    RelatedOccupation.objects.bulk_create(related, batch_size=BATCH)
    return len(occupations)


def _read(path: Path):
    # Decimals, not floats: profiles such as 4.23 and wages such as 23.33 must stay exact.
    return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


def _qualities(entry: dict, text: dict) -> list[dict]:
    if "qualities" in text:
        return text["qualities"]
    return [{"name": name, "description": EXPLANATIONS[name]} for name in entry["work_styles"]]


def _occupation(entry: dict, text: dict) -> Occupation:
    wages = entry["wages"] or {}
    outlook = entry["outlook"] or {}
    sources = entry["sources"]
    interests = entry["interests"] or {}
    return Occupation(
        soc_code=entry["soc_code"],
        title=entry["title"],
        also_called=", ".join(text.get("also_called", [])),
        alternate_titles="\n".join(entry["alternate_titles"]),
        summary=text.get("summary", ""),
        work_environment=text.get("work_environment", ""),
        **{field: text.get(field, "") for field in SEED_TEXT_FIELDS},
        employment=entry["employment"],
        employment_year=entry["employment_year"],
        entry_education=entry["entry_education"],
        work_experience=entry["work_experience"],
        job_training=entry["job_training"],
        **{f"interest_{letter.lower()}": interests.get(letter) for letter in LETTERS},
        high_point_code=entry["high_point_code"],
        job_zone=entry["job_zone"],
        wage_year=wages.get("year"),
        wage_unit=wages.get("unit", "annual"),
        wage_median=wages.get("median"),
        wage_p10=wages.get("p10"),
        wage_p25=wages.get("p25"),
        wage_p75=wages.get("p75"),
        wage_p90=wages.get("p90"),
        wage_top_coded=wages.get("top_coded", []),
        outlook_period=outlook.get("period", ""),
        outlook_employment=outlook.get("employment"),
        outlook_percent=outlook.get("percent_change"),
        outlook_comparison=outlook.get("comparison", ""),
        outlook_openings=outlook.get("openings"),
        earlier_figures=_earlier_figures(entry, text),
        text_source=TEXT_SOURCE if text else "",
        interest_source=sources["interest"] if interests else "",
        employment_source=sources["employment"],
        wage_source=sources["wage"],
        outlook_source=sources["outlook"],
        qualities_source="" if "qualities" in text else sources["qualities"],
    )


def _earlier_figures(entry: dict, text: dict) -> dict:
    """The seed page's figures (2021 jobs, May 2021 wages, 2021-31 projections), kept apart."""
    if "earlier_wages" not in entry:
        return {}
    outlook = text["outlook"]
    return _json_numbers(
        {
            "employment": {
                "count": text["employment"],
                "year": text["employment_year"],
                "source": text["employment_source"],
            },
            "wages": {**text["wages"], **entry["earlier_wages"]},
            "outlook": {
                "period": outlook["period"],
                "percent_change": outlook["percent_change"],
                "comparison": outlook["comparison"],
                "openings": outlook["openings"],
                "text": outlook["text"],
                "source": outlook["source"],
            },
        }
    )


def _json_numbers(value):
    if isinstance(value, dict):
        return {key: _json_numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_json_numbers(item) for item in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    return value


def _unique_slug(occupation: Occupation, taken: set[str]) -> str:
    slug = slugify(occupation.title)[:200]
    if slug in taken:
        slug = f"{slug}-{slugify(occupation.soc_code)}"
    taken.add(slug)
    return slug
