"""Loading the embedded default areas and catalogue from fixtures/.

Loading only creates what is missing, by natural key (letter, O*NET-SOC code): records that
already exist, perhaps edited by staff, are never changed, so running it again changes nothing.
"""

import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from django.db import connection, transaction
from django.utils.text import slugify

from careerquiz.translation import untranslated_filter
from occupations import models
from occupations.areas import LETTERS
from occupations.sources import EDITORS
from occupations.spanish_texts import LISTS, SpanishTexts, read_spanish
from occupations.work_styles import EXPLANATIONS

InterestArea, Occupation = models.InterestArea, models.Occupation

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
# Our names of careers that search knows besides their titles: field, and its fixture.
OTHER_NAMES = {
    "everyday_names": "everyday_names.json",
    "alternate_titles_es": "alternate_titles_es.json",
}


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
    updates: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for key, record in records.items():
        for field in record.translated_fields:
            spanish = texts.get(key, {}).get(f"{field}_es")
            if spanish and not getattr(record, f"{field}_es"):
                setattr(record, f"{field}_es", spanish)
                updates[f"{field}_es"].append((spanish, record.pk))
    if updates:
        _update_blank(type(next(iter(records.values()))), updates)


def _update_blank(model, updates: dict[str, list[tuple[str, object]]]) -> None:
    """One executemany per field, where bulk_update takes seconds to build its CASE for the
    whole catalogue's duties; a field someone filled in meanwhile is kept."""
    quote = connection.ops.quote_name
    table, pk = quote(model._meta.db_table), quote(model._meta.pk.column)
    with connection.cursor() as cursor:
        for field, rows in updates.items():
            column = quote(model._meta.get_field(field).column)
            cursor.executemany(
                f"UPDATE {table} SET {column} = %s WHERE {pk} = %s AND {column} = ''", rows
            )


@transaction.atomic
def load_catalogue(*, fixtures_dir: Path) -> int:
    """Create the default occupations that are missing, with their lists and related links.

    Facts come from fixtures/catalogue.json (built by scripts/build_catalogue.py with the
    importers from the O*NET 29.3 and BLS files), texts from fixtures/career_texts/*.json and,
    for Industrial Production Managers, fixtures/industrial_production_managers.json. Qualities
    are the career's top O*NET Work Styles (occupations/work_styles.py) unless its text has its
    own. The seed's May 2021 and 2021-31 figures become earlier_figures, shown apart from the
    May 2024 and 2020-30 figures every career has, so lists and sorting compare like with like.
    Our Spanish texts (occupations/spanish_texts.py) come with them, and existing careers get
    the Spanish they lack, and the everyday names search knows them by in English
    (fixtures/everyday_names.json) and Spanish (fixtures/alternate_titles_es.json) where they
    have none.
    """
    catalogue = _read(fixtures_dir / "catalogue.json")
    texts = {}
    for path in sorted((fixtures_dir / "career_texts").glob("*.json")):
        texts.update(_read(path))
    seed = _read(fixtures_dir / "industrial_production_managers.json")
    texts[seed["soc_code"]] = seed
    spanish = SpanishTexts(texts, read_spanish(fixtures_dir))
    outlooks = spanish.outlook_texts()

    existing = set(Occupation.objects.values_list("soc_code", flat=True))
    slugs = set(Occupation.objects.values_list("slug", flat=True))
    entries = [entry for entry in catalogue if entry["soc_code"] not in existing]
    occupations = []
    for entry in entries:
        occupation = _occupation(entry, texts.get(entry["soc_code"], {}))
        for field, value in spanish.occupation(entry["soc_code"]).items():
            setattr(occupation, field, value)
        if occupation.earlier_figures and entry["soc_code"] in outlooks:
            occupation.earlier_figures["outlook"]["text_es"] = outlooks[entry["soc_code"]]
        occupation.slug = _unique_slug(occupation, slugs)
        occupations.append(occupation)
    Occupation.objects.bulk_create(occupations, batch_size=BATCH)

    ids = dict(Occupation.objects.values_list("soc_code", "id"))
    rows: dict[type, list] = {model: [] for model in LISTS}
    related = []
    for entry in entries:
        code, occupation_id = entry["soc_code"], ids[entry["soc_code"]]
        text = texts.get(code, {})
        lists = {key: text.get(key, []) for key, _fields in LISTS.values()}
        lists["duties"] = [{"text": duty} for duty in lists["duties"]]
        lists["qualities"] = _qualities(entry, text)
        for model, (key, _fields) in LISTS.items():
            rows[model] += [
                model(
                    occupation_id=occupation_id,
                    order=order,
                    **fields,
                    **spanish.row(model, code, fields),
                )
                for order, fields in enumerate(lists[key])
            ]
        related += [
            models.RelatedOccupation(
                from_occupation_id=occupation_id, to_occupation_id=ids[other], order=order
            )
            for order, other in enumerate(other for other in entry["related"] if other in ids)
        ]
    for model, objects in rows.items():
        model.objects.bulk_create(objects, batch_size=BATCH)
    models.RelatedOccupation.objects.bulk_create(related, batch_size=BATCH)
    _fill_spanish(spanish)
    for field, fixture in OTHER_NAMES.items():
        _fill_other_names(field, _read(fixtures_dir / fixture))
    return len(occupations)


def _fill_other_names(field: str, names: dict[str, list[str]]) -> None:
    """Give careers without other names in ``field`` ours. Staff's names, and names staff
    cleared on purpose, are kept."""
    blank = Occupation.objects.filter(soc_code__in=names, **{field: ""})
    rows = [
        ("\n".join(names[code]), pk)
        for pk, code, edited in blank.values_list("pk", "soc_code", "edited_fields")
        if field not in edited
    ]
    if rows:
        _update_blank(Occupation, {field: rows})


def _fill_spanish(spanish: SpanishTexts) -> None:
    """Give existing records the Spanish they lack. Staff's Spanish, and Spanish fields staff
    cleared on purpose (named in edited_fields), are left as they are."""
    records = Occupation.objects.filter(untranslated_filter(Occupation)).in_bulk(
        field_name="soc_code"
    )
    fill_translations(
        records,
        {
            code: {
                field: value
                for field, value in spanish.occupation(code).items()
                if field not in record.edited_fields
            }
            for code, record in records.items()
        },
    )
    for model, (_key, fields) in LISTS.items():
        rows = (
            model.objects.filter(untranslated_filter(model))
            .select_related("occupation")
            .only("occupation__soc_code", *fields, *(f"{field}_es" for field in fields))
            .in_bulk()
        )
        code = {key: row.occupation.soc_code for key, row in rows.items()}
        texts = {key: spanish.row(model, code[key], vars(row)) for key, row in rows.items()}
        fill_translations(rows, texts)
    outlooks, changed = spanish.outlook_texts(), []
    for occupation in Occupation.objects.filter(soc_code__in=outlooks):
        outlook = occupation.earlier_figures.get("outlook")
        if outlook and outlook.get("text") and not outlook.get("text_es"):
            outlook["text_es"] = outlooks[occupation.soc_code]
            changed.append(occupation)
    Occupation.objects.bulk_update(changed, ["earlier_figures"])


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
        text_source=EDITORS if text else "",
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
